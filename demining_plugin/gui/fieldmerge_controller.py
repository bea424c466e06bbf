"""*Demining ▸ Merge Field Results…*: a package the team brought back (folder or ZIP) is
opened and its merge planned in a background task, shown in ``FieldMergeDialog`` (rows
highlighted on the map), and stored in one transaction on *Apply* (or kept for review on
*Submit for Review*), in a background task too; the message bar then says what was added.
A package of another store is merged only once the user says so."""

from typing import List, Optional

from qgis.core import Qgis, QgsApplication, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, QObject
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox

from ..core.fieldwork.merge import apply_merge, plan_merge
from ..core.fieldwork.merge_read import OtherStoreError, open_package
from ..core.fieldwork.merge_submit import submit_plan
from ..settings import IMPORT_FOLDER, configured_team_distance_m
from .notify import notify, notify_exception, notify_warning
from .tasks import BackgroundTask


class MergePlanTask(BackgroundTask):
    """Opens the package (a ZIP is extracted) and plans its merge in a worker thread, reading
    the store's layers opened here, in the main thread (see ``gui/tasks.py``); the package is
    read through GDAL handles of its own."""

    def __init__(self, store, path: str, allow_other_store: bool, on_finished):
        super().__init__(QCoreApplication.translate("FieldMergeController", "Planning the merge of {0}").format(path),
                         on_finished)
        self.store, self.path, self.allow_other_store = store, path, allow_other_store
        self.max_team_distance_m = configured_team_distance_m()
        self._view = self.open_store(store)
        self.package = None

    def work(self):
        self.package = open_package(self.path, self._view, self.allow_other_store)
        self.setProgress(20)
        return plan_merge(self._view, self.package, self._view.layers(), self.max_team_distance_m)

    def release(self) -> None:
        super().release()
        if self.result is None and self.package is not None:
            self.package.close()  # failed or cancelled: nobody will apply it


class MergeApplyTask(BackgroundTask):
    """Stores a reviewed merge (*Apply*: one transaction) or keeps it as a submission (*Submit for
    Review*) in a worker thread, so that a large package never freezes the desktop; the store's
    layers, which the merge reads again, are opened here, in the main thread (see
    ``gui/tasks.py``). Not cancellable: a merge is stored whole or not at all. The package is
    closed when the task ends, whatever its outcome."""

    def __init__(self, store, package, plan, submit: bool, on_finished):
        text = QCoreApplication.translate("FieldMergeController", "Submitting {0}") if submit else \
            QCoreApplication.translate("FieldMergeController", "Merging {0}")
        super().__init__(text.format(package.name), on_finished, QgsTask.Flags())
        self.store, self.package, self.plan, self.submit = store, package, plan, submit
        self.max_team_distance_m = configured_team_distance_m()
        self._view = None if submit else self.open_store(store)

    def work(self):
        if self.submit:
            return submit_plan(self.store, self.package, self.plan, self.max_team_distance_m)
        return apply_merge(self._view, self.package, self.plan, layers=self._view.layers(),
                           max_team_distance_m=self.max_team_distance_m)

    def release(self) -> None:
        super().release()
        self.package.close()


class FieldMergeController(QObject):
    """Owns the *Merge Field Results…* action; created by the plugin, torn down in unload()."""

    def __init__(self, iface, session, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.iface = iface
        self.session = session
        self.tasks: List[BackgroundTask] = []  # plans and merges being stored
        self.dialog = None

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("FieldMergeController", text)

    def _parent(self):
        return self.iface.mainWindow() if self.iface is not None else None

    def show_dialog(self, path: Optional[str] = None, allow_other_store: bool = False) -> Optional[MergePlanTask]:
        """Ask for the package (unless ``path``), then plan its merge in the background."""
        store = self.session.store if self.session is not None else None
        if store is None:
            notify_warning(self.iface, self.tr("Open a Demining store first (Demining ▸ Open Store…)."))
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self._parent(), self.tr("Field package to merge (its .zip, or manifest.json in its folder)"),
                IMPORT_FOLDER.value(), self.tr("Field packages (*.zip manifest.json);;All files (*)"))
            if not path:
                return None
            IMPORT_FOLDER.remember_file(path)
        task = MergePlanTask(store, path, allow_other_store, self._on_planned)
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _on_planned(self, task: MergePlanTask) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        if task.error is not None:
            if isinstance(task.error, OtherStoreError) and not task.allow_other_store and self._other_store_ok(task):
                self.show_dialog(task.path, allow_other_store=True)
                return
            notify_exception(self.iface, task.error, self.tr("Merging {0}").format(task.path))
            return
        if task.result is None:
            return  # cancelled
        self.review(task.store, task.package, task.result)

    def _other_store_ok(self, task: MergePlanTask) -> bool:
        """The desktop's "unless the user says so": a question, never asked by Processing."""
        answer = QMessageBox.question(
            self._parent(), self.tr("Package of another store"),
            self.tr("{0}\n\nMerge it into {1} anyway?").format(task.error, task.store.name),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def review(self, store, package, plan):
        """Show the plan; *Apply* stores it, *Cancel* stores nothing. Returns the dialog (open)."""
        from .fieldmerge_dialog import FieldMergeDialog

        canvas = self.iface.mapCanvas() if self.iface is not None else None
        self._close_dialog()
        self.dialog = FieldMergeDialog(plan, store.crs, canvas, self._parent(), submit_only=store.must_submit())
        dialog = self.dialog
        self.dialog.accepted.connect(lambda: (self._submit if dialog.submitted else self._apply)(store, package, plan))
        self.dialog.rejected.connect(package.close)
        self.dialog.finished.connect(self._forget_dialog)
        dialog.open()
        return dialog

    def _forget_dialog(self, _result: int = 0) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _apply(self, store, package, plan) -> MergeApplyTask:
        return self._store_plan(store, package, plan, submit=False)

    def _submit(self, store, package, plan) -> MergeApplyTask:
        return self._store_plan(store, package, plan, submit=True)

    def _store_plan(self, store, package, plan, submit: bool) -> MergeApplyTask:
        task = MergeApplyTask(store, package, plan, submit, self._on_stored)
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _on_stored(self, task: MergeApplyTask) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        name = task.package.name
        if task.error is not None:
            notify_exception(self.iface, task.error, task.description())  # "Merging …": nothing was stored
            return
        if task.submit:
            notify(self.iface, self.tr("{0} waits for review as submission {1}; nothing was stored yet.").format(
                name, task.result), Qgis.Info)
            return
        stored = task.result
        level = Qgis.Warning if stored.refused or stored.warnings else Qgis.Success
        notify(self.iface, stored.summary(), level)
        self._refresh_layers()

    def _refresh_layers(self) -> None:
        if self.session is None:
            return
        for layer in self.session.store_layers():
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
        self.session.request_figures()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()  # finished: forgotten and deleted

    def teardown(self) -> None:
        """Forget running tasks and close an open review: the plugin is going away."""
        for task in self.tasks:
            task.detach()
        self.tasks = []
        self._close_dialog()
        self.session = None
