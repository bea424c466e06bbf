"""Completion reports in the GUI: "Print Completion Report…" on the selected tasks (menu, and
on clearance task features like "Print Field Map…"), the warnings of the handover checks
said before printing, and the pages written in the background like the field maps (the
field map controller's work, with the completion report's builder, dialog and words)."""

from typing import List, Optional

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.completion import FILE_PREFIX, CompletionBuilder, CompletionOptions, handover_warnings
from ..settings import REQUIRE_INSPECTION
from .fieldmap_controller import FieldMapController, FieldMapTask
from .notify import notify_warning


class CompletionTask(FieldMapTask):
    """Completion report pages written in the main thread, standing in the task manager."""

    FILE_PREFIX = FILE_PREFIX

    def __init__(self, builder: CompletionBuilder, tasks, output: str, on_finished):
        super().__init__(builder, tasks, output, on_finished)
        self.setDescription(QCoreApplication.translate(
            "CompletionController", "Completion reports: {0} task(s)").format(len(tasks)))


class CompletionController(FieldMapController):
    ACTION_TEXT = QT_TRANSLATE_NOOP("CompletionController", "Print Completion Report…")
    TASK_CLASS = CompletionTask
    NO_OUTPUT_TEXT = QT_TRANSLATE_NOOP("CompletionController", "Choose where to write the completion reports.")
    STARTED_TEXT = QT_TRANSLATE_NOOP("CompletionController", "Printing {0} completion report(s) to {1}")
    DONE_TEXT = QT_TRANSLATE_NOOP("CompletionController", "{0} completion report page(s) written to {1}")
    FAILED_TEXT = QT_TRANSLATE_NOOP("CompletionController", "Printing completion reports")
    CANCELLED_TEXT = QT_TRANSLATE_NOOP("CompletionController", "Completion reports cancelled.")

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("CompletionController", text)

    def make_dialog(self, layer, task_ids: List[str]):
        from .completion_dialog import CompletionDialog

        return CompletionDialog(layer, task_ids, self.iface.mainWindow(), REQUIRE_INSPECTION.value())

    def make_builder(self, store, options: Optional[CompletionOptions]) -> CompletionBuilder:
        return CompletionBuilder(store, options)

    def before_export(self, store, builder: CompletionBuilder, tasks, options: CompletionOptions) -> None:
        """Say the handover checks' findings on the chosen tasks; the pages print them too."""
        warnings = handover_warnings(store, [t["task_id"] for t in tasks],
                                     require_inspection=options.require_inspection, layers=builder.layers)
        if warnings:
            notify_warning(self.iface, self.tr("Printing with {0} warning(s) on the pages: {1}").format(
                len(warnings), warnings[0]), "\n".join(warnings))
