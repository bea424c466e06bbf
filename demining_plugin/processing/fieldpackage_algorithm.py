"""``demining:fieldpackage``: clearance tasks packaged for a team's tablet (QField)."""

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import DeminingError
from ..core.fieldwork.package import build_package
from .task_algorithm import TaskAlgorithm


class FieldPackageAlgorithm(TaskAlgorithm):
    NAME = "fieldpackage"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("FieldPackageAlgorithm", "Package tasks for the field (QField)")
    HELP = QT_TRANSLATE_NOOP(
        "FieldPackageAlgorithm",
        "Packages clearance tasks for a field team's tablet: a folder (or a .zip) that QField opens as it is, "
        "with a QGIS project (relative paths) and a GeoPackage. The tasks and their sectors, the hazards under "
        "them, released land, task points (medevac, access...), items found, routes and, if asked, mapped mines "
        "around the tasks come as read-only context, styled as in the plugin; the team fills in items found "
        "(with a photo), released land and a daily log, with today, the team and the task under the point as "
        "defaults. manifest.json and manifest.txt say what the package holds; Demining ▸ Merge field results "
        "brings it back.\n\n"
        "TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002); or EXPRESSION: a filter on clearance_tasks "
        "(e.g. \"district\" = 'Aghdam' AND \"status\" <> 'closed'). TEAM: the team's name, the default of its "
        "records. MAPPED_MINES: also take the mines of supplied minefield records. BASEMAP: a raster copied "
        "clipped to the tasks (plus a margin) for offline use.\n\n"
        "OUTPUT: a new or empty folder, a previous package's folder (replaced unless it holds photos), or a "
        ".zip file. PROJECT: the project file (its name inside the ZIP). PACKAGE_ID: the package's identifier.")

    def initAlgorithm(self, config=None):
        self.add_task_parameters()
        self.addParameter(QgsProcessingParameterString("TEAM", self.tr("Team"), "", optional=True))
        self.add_mapped_mines_parameter(self.tr("Include mines of supplied minefield records"))
        self.addParameter(QgsProcessingParameterRasterLayer(
            "BASEMAP", self.tr("Basemap (raster, clipped to the tasks)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", self.tr("Package folder (or a .zip file)"), self.tr("ZIP files (*.zip)")))
        self.addOutput(QgsProcessingOutputString("PROJECT", self.tr("Project file of the package")))
        self.addOutput(QgsProcessingOutputString("PACKAGE_ID", self.tr("Package identifier")))

    def compute(self, parameters, context, feedback) -> dict:
        store, task_ids, expression = self.chosen_tasks(parameters, context)
        basemap = None
        if parameters.get("BASEMAP"):
            raster = self.parameterAsRasterLayer(parameters, "BASEMAP", context)
            if raster is None or raster.providerType() != "gdal":
                raise DeminingError(self.tr("BASEMAP: {0} is not a raster file.").format(
                    parameters.get("BASEMAP")))
            basemap = raster.source()
        package = build_package(
            store, task_ids, team=self.parameterAsString(parameters, "TEAM", context),
            mapped_mines=self.mapped_mines(parameters, context), basemap=basemap,
            output=self.parameterAsFileOutput(parameters, "OUTPUT", context), feedback=feedback,
            expression=expression)
        feedback.pushInfo(self.tr("Package {0} of {1} written to {2}").format(
            package.package_id, ", ".join(package.manifest["tasks"]), package.output))
        return {"OUTPUT": package.output, "PROJECT": package.project, "PACKAGE_ID": package.package_id}
