"""``demining:completionreport`` (completion reports and handover certificates of tasks to
PDF) and ``demining:exporthandover`` (the parcels handed over, for a land registry)."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.completion import CompletionOptions, export_completion_reports
from ..core.completion.parcels import export_handover_parcels
from ..core.errors import DeminingError
from ..settings import REQUIRE_INSPECTION
from .base import COMPLETION_GROUP
from .task_algorithm import TaskAlgorithm


class CompletionReportAlgorithm(TaskAlgorithm):
    NAME = "completionreport"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("CompletionReportAlgorithm", "Completion reports and handover certificates (PDF)")
    GROUP, GROUP_ID = COMPLETION_GROUP
    HELP = QT_TRANSLATE_NOOP(
        "CompletionReportAlgorithm",
        "Prints, per clearance task, a completion report (IMAS 08.30): the task, its hazard, district, "
        "organisation, team and dates; a map of the released land hatched by method over the hazard; the "
        "benchmark and turning points (easting, northing, latitude, longitude, MGRS); hectares by method and "
        "technique (true WGS 84 areas, every square metre once); clearance depth; items found by category and "
        "model with their disposition; accidents during the task; the inspections (IMAS 09.20) and their "
        "results; the hazard's remaining area. With HANDOVER, a second page: the handover certificate (the land "
        "handed over on a map, its area and corner coordinates, the recipient and land use, the residual risk "
        "and signature blocks for the releasing organisation, the national authority and the recipient).\n\n"
        "TASK_IDS: comma-separated task ids (e.g. T-0001, T-0002); or EXPRESSION: a filter on clearance_tasks "
        "(e.g. \"handed_over_on\" IS NOT NULL). PAPER: A4 or A3. A task the handover checks find fault with "
        "(handed over but not completed, completed with hazard land left, handed over without a passed "
        "inspection, a failed inspection with no later pass) is printed with the warning on its pages.\n\n"
        "OUTPUT: a .pdf file, or a folder for one PDF per task (completion_<task id>.pdf). PAGES: pages "
        "written; WARNINGS: the number of warnings printed.")

    def initAlgorithm(self, config=None):
        self.add_task_parameters()
        self.add_paper_parameter()
        self.addParameter(QgsProcessingParameterBoolean(
            "HANDOVER", self.tr("Add the handover certificate"), True, optional=True))
        self.add_pdf_output()
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", self.tr("Warnings printed")))
        self.add_files_output()

    def compute(self, parameters, context, feedback) -> dict:
        store, task_ids, expression = self.chosen_tasks(parameters, context)
        output = self.pdf_output(parameters, context)
        options = CompletionOptions(paper=self.parameterAsEnumString(parameters, "PAPER", context),
                                    handover=self.parameterAsBoolean(parameters, "HANDOVER", context),
                                    require_inspection=REQUIRE_INSPECTION.value())
        result = export_completion_reports(store, output, task_ids=task_ids, expression=expression, options=options,
                                           feedback=feedback, log=feedback.pushInfo)
        for warning in result.warnings:
            feedback.pushWarning(self.tr("Printed with a warning: {0}").format(warning))
        feedback.pushInfo(self.tr("{0} page(s): {1}").format(result.pages, ", ".join(result.files)))
        return {"OUTPUT": output, "PAGES": result.pages, "WARNINGS": len(result.warnings),
                "FILES": ";".join(result.files)}


class ExportHandoverAlgorithm(TaskAlgorithm):
    NAME = "exporthandover"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ExportHandoverAlgorithm", "Export handed-over land (parcels)")
    GROUP, GROUP_ID = COMPLETION_GROUP
    HELP = QT_TRANSLATE_NOOP(
        "ExportHandoverAlgorithm",
        "Writes the land handed over, for a cadastre or land registry: one parcel per chosen task that has a "
        "handover date (its released land as one polygon, in WGS 84) with task, hazard, district, organisation, "
        "team, area_ha (true WGS 84 area, counted once), completion and handover dates, recipient, land use "
        "after release, beneficiaries and residual risk. Chosen tasks not handed over are listed in the log.\n\n"
        "TASK_IDS or EXPRESSION choose the tasks. OUTPUT: a .gpkg or .geojson file. PARCELS: parcels "
        "written; AREA_HA: their total area.")

    def initAlgorithm(self, config=None):
        self.add_task_parameters()
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", self.tr("Parcels file"), self.tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson)")))
        self.addOutput(QgsProcessingOutputNumber("PARCELS", self.tr("Parcels written")))
        self.addOutput(QgsProcessingOutputNumber("AREA_HA", self.tr("Area of the parcels (ha)")))

    def compute(self, parameters, context, feedback) -> dict:
        store, task_ids, expression = self.chosen_tasks(parameters, context)
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not output:
            raise DeminingError(self.tr("OUTPUT: give a .gpkg or .geojson file."))
        result = export_handover_parcels(store, output, task_ids=task_ids, expression=expression,
                                         log=feedback.pushWarning)
        feedback.pushInfo(self.tr("{0} parcel(s), {1:,.2f} ha: {2}").format(
            result.parcels, result.area_ha, ", ".join(result.task_ids)))
        return {"OUTPUT": result.path, "PARCELS": result.parcels, "AREA_HA": result.area_ha}
