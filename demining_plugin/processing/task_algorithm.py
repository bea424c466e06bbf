"""What the algorithms on chosen clearance tasks share (field maps, field packages, completion
reports, handover parcels): tasks chosen by their ids or by an expression, the paper and PDF
output of those that print, the main thread."""

from typing import List, Tuple

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.errors import DeminingError
from ..core.fieldmap import PAPERS, parse_task_ids
from ..core.store import ProjectStore
from .base import FIELD_MAPS_GROUP, DeminingAlgorithm
from .store_parameter import store_parameter


class TaskAlgorithm(DeminingAlgorithm):
    """STORE, TASK_IDS or EXPRESSION; run in the main thread (layouts are drawn with Qt's
    painting classes, projects are written as the desktop writes them)."""

    EXPLAINS_STORE = True
    GROUP, GROUP_ID = FIELD_MAPS_GROUP

    def flags(self):
        return super().flags() | self.FlagNoThreading

    def add_task_parameters(self) -> None:
        self.addParameter(store_parameter())
        self.addParameter(QgsProcessingParameterString(
            "TASK_IDS", self.tr("Task ids (comma-separated)"), "", optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            "EXPRESSION", self.tr("Or tasks matching the expression"), "", optional=True))

    def add_paper_parameter(self) -> None:
        self.addParameter(QgsProcessingParameterEnum(
            "PAPER", self.tr("Paper"), options=list(PAPERS), defaultValue="A4", usesStaticStrings=True))

    def add_mapped_mines_parameter(self, description: str) -> None:
        """MAPPED_MINES: also the mines of supplied minefield records (off unless asked)."""
        self.addParameter(QgsProcessingParameterBoolean("MAPPED_MINES", description, False, optional=True))

    def mapped_mines(self, parameters, context) -> bool:
        return self.parameterAsBoolean(parameters, "MAPPED_MINES", context)

    def add_pdf_output(self) -> None:
        """OUTPUT: a .pdf file, or a folder for one PDF per task; and the PAGES written."""
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", self.tr("PDF file (or a folder for one PDF per task)"), self.tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", self.tr("Pages written")))

    def add_files_output(self) -> None:
        """FILES: the PDF files written, separated by semicolons."""
        self.addOutput(QgsProcessingOutputString("FILES", self.tr("Files written (;-separated)")))

    def pdf_output(self, parameters, context) -> str:
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not output:
            raise DeminingError(self.tr("OUTPUT: give a .pdf file or a folder."))
        return output

    def chosen_tasks(self, parameters, context) -> Tuple[ProjectStore, List[str], str]:
        """The store, the task ids given and the expression given (either may be empty)."""
        task_ids = parse_task_ids(self.parameterAsString(parameters, "TASK_IDS", context))
        return self.store(parameters, context), task_ids, self.parameterAsExpression(parameters, "EXPRESSION", context)
