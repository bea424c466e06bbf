"""Completion reports in the GUI: "Print Completion Report…" on the selected tasks (menu, and
on clearance task features like "Print Field Map…"), the warnings of the handover checks
said before printing, and the pages written in the background like the field maps."""

from typing import List, Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer

from ..core import log
from ..core.completion import FILE_PREFIX, CompletionBuilder, CompletionOptions, handover_warnings
from ..core.errors import DeminingError
from ..core.fieldmap import check_output, select_tasks
from ..settings import REQUIRE_INSPECTION
from .fieldmap_controller import FieldMapController, FieldMapTask
from .notify import notify_error, notify_exception, notify_success, notify_warning


class CompletionTask(FieldMapTask):
    """Completion report pages written in the main thread, standing in the task manager."""

    FILE_PREFIX = FILE_PREFIX

    def __init__(self, builder: CompletionBuilder, tasks, output: str, on_finished):
        super().__init__(builder, tasks, output, on_finished)
        self.setDescription(QCoreApplication.translate(
            "CompletionController", "Completion reports: {0} task(s)").format(len(tasks)))


class CompletionController(FieldMapController):
    ACTION_TEXT = QT_TRANSLATE_NOOP("CompletionController", "Print Completion Report…")

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("CompletionController", text)

    def show_dialog(self, task_ids: Optional[List[str]] = None, layer=None) -> None:
        from .completion_dialog import CompletionDialog

        store = self.session.store if self.session is not None else None
        if store is None:
            notify_warning(self.iface, self.tr("Open a Demining store first (Demining ▸ Open Store…)."))
            return
        layer = layer or self._tasks_layer()
        if task_ids is None and layer is not None:
            task_ids = [f["task_id"] for f in layer.selectedFeatures() if f["task_id"]]
        dialog = CompletionDialog(layer, task_ids or [], self.iface.mainWindow(), REQUIRE_INSPECTION.value())
        if not dialog.exec_():
            return
        try:
            self.start_export(store, dialog.chosen_task_ids(), dialog.chosen_expression(), dialog.options(),
                              dialog.output_path())
        except DeminingError as error:
            notify_error(self.iface, str(error))
        except Exception as error:  # noqa: BLE001 (a bug: logged with its traceback, short message shown)
            notify_exception(self.iface, error, self.tr("Printing completion reports"))

    def start_export(self, store, task_ids, expression, options: CompletionOptions, output: str) -> CompletionTask:
        """Check the choice and say the handover checks' warnings now, then print anyway in the background."""
        if not output:
            raise DeminingError(self.tr("Choose where to write the completion reports."))
        check_output(output)
        builder = CompletionBuilder(store, options)
        tasks = select_tasks(builder.tasks, task_ids, expression)
        warnings = handover_warnings(store, [t["task_id"] for t in tasks],
                                     require_inspection=options.require_inspection, layers=builder.layers)
        if warnings:
            notify_warning(self.iface, self.tr("Printing with {0} warning(s) on the pages: {1}").format(
                len(warnings), warnings[0]), "\n".join(warnings))
        task = CompletionTask(builder, tasks, output, self._on_export_finished)
        self.running.append(task)
        QgsApplication.taskManager().addTask(task)
        QTimer.singleShot(0, task.begin)
        log.log_info(self.tr("Printing {0} completion report(s) to {1}").format(len(tasks), output))
        return task

    def _on_export_finished(self, task: CompletionTask) -> None:
        if task in self.running:
            self.running.remove(task)
        if task.result is not None and task.error is None:
            files = task.result.files
            where = files[0] if len(files) == 1 else task.output
            notify_success(self.iface, self.tr("Completion reports of {0} task(s) written to {1}").format(
                task.result.pages, where))
        elif isinstance(task.error, DeminingError):
            notify_error(self.iface, str(task.error))
        elif task.error is not None:
            notify_exception(self.iface, task.error, self.tr("Printing completion reports"))
        else:
            notify_warning(self.iface, self.tr("Completion reports cancelled."))
