"""``demining:fieldmap``: field maps of clearance tasks to PDF."""

from qgis.core import QgsProcessingParameterEnum
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.fieldmap import ORIENTATIONS, FieldMapOptions, export_field_maps
from .task_algorithm import TaskAlgorithm


class FieldMapAlgorithm(TaskAlgorithm):
    NAME = "fieldmap"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("FieldMapAlgorithm", "Field maps of tasks (PDF)")
    HELP = QT_TRANSLATE_NOOP(
        "FieldMapAlgorithm",
        "Prints one page per clearance task for the field team: the task in its local UTM zone "
        "with a UTM/MGRS grid, numbered turning points and their coordinate table, hazard, released "
        "land, items found, routes, the task's medevac / helicopter landing / access points, an "
        "overview of the districts, legend, scale and a north arrow with the magnetic declination "
        "(World Magnetic Model on the print date).\n\n"
        "TASK_IDS: comma-separated task ids (e.g. "
        "T-0001, T-0002), printed in that order; or EXPRESSION: a filter on clearance_tasks (e.g. "
        "\"district\" = 'Aghdam' AND \"status\" <> 'closed'), printed in task id order. PAPER: A4 or "
        "A3. ORIENTATION: portrait or landscape. MAPPED_MINES: also draw the mines of supplied "
        "minefield records.\n\n"
        "OUTPUT: a .pdf file (one page per task) or a folder (one PDF per task, "
        "fieldmap_<task id>.pdf). PAGES: the number of pages written.")

    def initAlgorithm(self, config=None):
        self.add_task_parameters()
        self.add_paper_parameter()
        self.addParameter(QgsProcessingParameterEnum(
            "ORIENTATION", self.tr("Orientation"), options=list(ORIENTATIONS), defaultValue="portrait",
            usesStaticStrings=True))
        self.add_mapped_mines_parameter(self.tr("Draw mines of supplied minefield records"))
        self.add_pdf_output()
        self.add_files_output()

    def compute(self, parameters, context, feedback) -> dict:
        store, task_ids, expression = self.chosen_tasks(parameters, context)
        output = self.pdf_output(parameters, context)
        options = FieldMapOptions(
            paper=self.parameterAsEnumString(parameters, "PAPER", context),
            orientation=self.parameterAsEnumString(parameters, "ORIENTATION", context),
            mapped_mines=self.mapped_mines(parameters, context))
        result = export_field_maps(store, output, task_ids=task_ids, expression=expression, options=options,
                                   feedback=feedback, log=feedback.pushInfo)
        feedback.pushInfo(self.tr("{0} page(s): {1}").format(result.pages, ", ".join(result.files)))
        return {"OUTPUT": output, "PAGES": result.pages, "FILES": ";".join(result.files)}
