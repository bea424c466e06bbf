"""Field maps in the GUI: the dialog, the export as a background task, the Layout
Designer, and "Print Field Map…" on clearance tasks (attribute table and identify
results, through a map layer action registered on every clearance_tasks layer)."""

import threading
from typing import Dict, List, Optional

from qgis.core import QgsApplication, QgsFeedback, QgsProject, QgsVectorLayer
from qgis.gui import QgsGui, QgsMapLayerAction
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer

from ..core import log
from ..core.errors import DeminingError
from ..core.fieldmap import FieldMapBuilder, check_output, field_map_layout, select_tasks, write_pages
from ..core.store.location import LAYER_PROPERTY
from .notify import notify_error, notify_exception, notify_success, notify_warning
from .tasks import BackgroundTask

#: Custom property the store session puts on every store layer (see gui/session.py).


class FieldMapTask(BackgroundTask):
    """Field map pages written with progress and cancel in QGIS's task manager.

    Print layouts are Qt graphics scenes and live in the main thread: drawn from a worker
    thread Qt refuses their timers and parents (seen as warnings, then broken pages). So
    the pages are drawn in the main thread, one at a time, letting the event loop run
    between pages (as QGIS's own atlas export does), while this task stands for the work
    in the task manager: its progress bar and its cancel button. ``work()`` only waits in
    the worker thread for the pages to be done."""

    #: Files of a folder output are named ``<FILE_PREFIX><task id>.pdf``.
    FILE_PREFIX = "fieldmap_"

    def __init__(self, builder: FieldMapBuilder, tasks, output: str, on_finished):
        super().__init__(QCoreApplication.translate("FieldMap", "Field maps: {0} task(s)").format(len(tasks)),
                         on_finished)
        self.builder = builder
        self.tasks = tasks
        self.output = output
        self._pages_error: Optional[BaseException] = None
        self._pages = None
        self._done = threading.Event()
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self._on_progress)

    def begin(self) -> None:
        """Draw and write the pages (main thread); called once the task has started."""
        if self.builder is None or self.feedback.isCanceled():
            # Cancelled (or finished) before the first page.
            self._pages_error = DeminingError(
                QCoreApplication.translate("FieldMap", "Field maps cancelled; no file was written."))
            self._done.set()
            return
        try:
            self._pages = write_pages(self.builder, self.tasks, self.output, self.feedback, prefix=self.FILE_PREFIX)
        except Exception as error:  # noqa: BLE001 (reported in finished())
            self._pages_error = error
        finally:
            self._done.set()

    def _on_progress(self, value: float) -> None:
        self.setProgress(value)
        # Let the task manager's cancel button and the map canvas work between pages.
        QCoreApplication.processEvents()

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def work(self):
        while not self._done.wait(0.05):
            if self.isCanceled():
                self.feedback.cancel()
        if self._pages_error is not None:
            raise self._pages_error
        return self._pages

    def finished(self, ok: bool) -> None:
        if self.isCanceled() and self.error is None and self._pages_error is not None:
            self.error = self._pages_error  # say "cancelled; no file was written"
        super().finished(ok)

    def release(self) -> None:
        super().release()
        self.builder = None
        self.tasks = None


class FieldMapController(QObject):
    #: The action offered on clearance task features (attribute table, identify results).
    ACTION_TEXT = QT_TRANSLATE_NOOP("FieldMapController", "Print Field Map…")
    #: The task that writes the pages, and what is said around it (subclasses print other pages).
    TASK_CLASS = FieldMapTask
    NO_OUTPUT_TEXT = QT_TRANSLATE_NOOP("FieldMapController", "Choose where to write the field maps.")
    STARTED_TEXT = QT_TRANSLATE_NOOP("FieldMapController", "Printing {0} field map(s) to {1}")
    DONE_TEXT = QT_TRANSLATE_NOOP("FieldMapController", "{0} field map page(s) written to {1}")
    FAILED_TEXT = QT_TRANSLATE_NOOP("FieldMapController", "Printing field maps")
    CANCELLED_TEXT = QT_TRANSLATE_NOOP("FieldMapController", "Field maps cancelled.")

    def __init__(self, iface, session, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.iface = iface
        self.session = session
        self.layer_actions: Dict[str, QgsMapLayerAction] = {}
        self.running: List[FieldMapTask] = []
        project = QgsProject.instance()
        project.layersAdded.connect(self._on_layers_added)
        project.layersWillBeRemoved.connect(self._on_layers_removed)
        self._on_layers_added(list(project.mapLayers().values()))

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("FieldMapController", text)

    # -- the action on clearance task layers -------------------------------------------------
    def _on_layers_added(self, layers) -> None:
        for layer in layers:
            if (isinstance(layer, QgsVectorLayer) and layer.customProperty(LAYER_PROPERTY) == "clearance_tasks"
                    and layer.id() not in self.layer_actions):
                action = QgsMapLayerAction(self.tr(self.ACTION_TEXT), self, layer,
                                           QgsMapLayerAction.SingleFeature | QgsMapLayerAction.MultipleFeatures)
                action.triggeredForFeatures.connect(self._print_features)
                action.triggeredForFeature.connect(lambda layer, feature: self._print_features(layer, [feature]))
                QgsGui.mapLayerActionRegistry().addMapLayerAction(action)
                self.layer_actions[layer.id()] = action

    def _on_layers_removed(self, layer_ids) -> None:
        for layer_id in layer_ids:
            action = self.layer_actions.pop(layer_id, None)
            if action is not None:
                QgsGui.mapLayerActionRegistry().removeMapLayerAction(action)
                action.deleteLater()

    def _print_features(self, layer, features) -> None:
        self.show_dialog([f["task_id"] for f in features if f["task_id"]], layer)

    # -- dialog ------------------------------------------------------------------------------
    def _tasks_layer(self) -> Optional[QgsVectorLayer]:
        return self.session.store_layer("clearance_tasks") if self.session is not None else None

    def make_dialog(self, layer: Optional[QgsVectorLayer], task_ids: List[str]):
        from .fieldmap_dialog import FieldMapDialog

        return FieldMapDialog(layer, task_ids, self.iface.mainWindow())

    def show_dialog(self, task_ids: Optional[List[str]] = None, layer: Optional[QgsVectorLayer] = None) -> None:
        store = self.session.store if self.session is not None else None
        if store is None:
            notify_warning(self.iface, self.tr("Open a Demining store first (Demining ▸ Open Store…)."))
            return
        layer = layer or self._tasks_layer()
        if task_ids is None and layer is not None:
            task_ids = [f["task_id"] for f in layer.selectedFeatures() if f["task_id"]]
        dialog = self.make_dialog(layer, task_ids or [])
        if not dialog.exec_():
            return
        try:
            if dialog.open_designer:
                self.open_in_designer(store, dialog.chosen_task_ids(), dialog.chosen_expression(), dialog.options())
            else:
                self.start_export(store, dialog.chosen_task_ids(), dialog.chosen_expression(), dialog.options(),
                                  dialog.output_path())
        except DeminingError as error:
            notify_error(self.iface, str(error))
        except Exception as error:  # noqa: BLE001 (a bug: logged with its traceback, short message shown)
            notify_exception(self.iface, error, self.tr(self.FAILED_TEXT))

    # -- work --------------------------------------------------------------------------------
    def make_builder(self, store, options):
        return FieldMapBuilder(store, options)

    def before_export(self, store, builder, tasks, options) -> None:
        """Called once the tasks are chosen, before the pages are written (nothing for field maps)."""

    def start_export(self, store, task_ids, expression, options, output: str) -> FieldMapTask:
        """Check the choice now (clear message at once), then write the pages in the background."""
        if not output:
            raise DeminingError(self.tr(self.NO_OUTPUT_TEXT))
        check_output(output)
        builder = self.make_builder(store, options)
        tasks = select_tasks(builder.tasks, task_ids, expression)
        self.before_export(store, builder, tasks, options)
        task = self.TASK_CLASS(builder, tasks, output, self._on_export_finished)
        self.running.append(task)
        QgsApplication.taskManager().addTask(task)
        QTimer.singleShot(0, task.begin)
        log.log_info(self.tr(self.STARTED_TEXT).format(len(tasks), output))
        return task

    def _on_export_finished(self, task: FieldMapTask) -> None:
        if task in self.running:
            self.running.remove(task)
        if task.result is not None and task.error is None:
            files = task.result.files
            where = files[0] if len(files) == 1 else task.output
            notify_success(self.iface, self.tr(self.DONE_TEXT).format(task.result.pages, where))
        elif isinstance(task.error, DeminingError):
            notify_error(self.iface, str(task.error))
        elif task.error is not None:
            notify_exception(self.iface, task.error, self.tr(self.FAILED_TEXT))
        else:
            notify_warning(self.iface, self.tr(self.CANCELLED_TEXT))

    def open_in_designer(self, store, task_ids, expression, options):
        first = select_tasks(store.layer("clearance_tasks"), task_ids, expression)[0]
        layout = field_map_layout(store, first["task_id"], options, QgsProject.instance())
        self.iface.openLayoutDesigner(layout)
        return layout

    # -- unload ------------------------------------------------------------------------------
    def teardown(self) -> None:
        project = QgsProject.instance()
        for signal, slot in ((project.layersAdded, self._on_layers_added),
                             (project.layersWillBeRemoved, self._on_layers_removed)):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        self._on_layers_removed(list(self.layer_actions))
        for task in self.running:
            task.detach()
            task.cancel()
            task.feedback.cancel()
        self.running = []
