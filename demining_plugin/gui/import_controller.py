"""The menu's imports: file picker -> mapping dialog with preview -> import as a
``QgsTask`` -> message bar summary with the report's path.

The task reads and writes the GeoPackage through GDAL only (no QGIS layers in the worker
thread, see ``gui.tasks``); the store's layers in the project are refreshed afterwards.
"""

from pathlib import Path
from typing import List, Optional

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QObject
from qgis.PyQt.QtWidgets import QDialog, QFileDialog

from ..core import imports as importers
from ..core.errors import DeminingError
from ..core.imports.tables import FILE_FILTER, detect_mapping, read_source
from ..settings import IMPORT_FOLDER
from .notify import notify, notify_error, notify_exception, reported_errors
from .tasks import BackgroundTask


class ImportTask(BackgroundTask):
    """Runs one import in a worker thread; ``finished()`` reports in the main thread.

    A GeoPackage is read and written through GDAL only; what the import reads through QGIS
    (a PostGIS store's layers, the tasks and districts the item checks look at) is opened
    here, in the main thread (see ``gui/tasks.py``)."""

    def __init__(self, kind, store, path, options, details, on_finished):
        super().__init__(QCoreApplication.translate("ImportTask", "Demining import of {0}").format(Path(path).name),
                         on_finished)
        self.kind, self.store, self.path = kind, store, path
        self.options, self.details = options, details
        self._view = self.open_store(store)

    def work(self):
        self.setProgress(5)
        result = importers.run_import(self.kind, self._view, self.path, self.options, self.details)
        self.setProgress(100)
        return result


class ImportController(QObject):
    """Owns the three import actions' behaviour; created by the plugin, torn down in unload()."""

    def __init__(self, iface, session, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.session = session
        self.tasks: List[ImportTask] = []

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ImportController", text)

    def import_mine_map(self) -> None:
        self.start(importers.MINE_MAP)

    def import_detections(self) -> None:
        self.start(importers.DETECTIONS)

    def import_accidents(self) -> None:
        self.start(importers.ACCIDENTS)

    def _parent(self):
        return self.iface.mainWindow() if self.iface is not None else None

    def start(self, kind: str, path: Optional[str] = None) -> Optional[QDialog]:
        store = getattr(self.session, "store", None)
        if store is None:
            notify_error(self.iface, self.tr("Open or create a Demining store first (Demining menu)."))
            return None
        if path is None:
            folder = IMPORT_FOLDER.value()
            path, _ = QFileDialog.getOpenFileName(
                self._parent(), self.tr("File to import"), folder,
                QCoreApplication.translate("TabularImport", FILE_FILTER)
            )
            if not path:
                return None
            IMPORT_FOLDER.remember_file(path)
        dialog = self.mapping_dialog(kind, store, path)
        if dialog is None:
            return None
        if dialog.exec_() == QDialog.Accepted:
            self.run(kind, store, path, dialog.options(), dialog.details())
        return dialog

    def mapping_dialog(self, kind: str, store, path: str):
        from .import_dialog import ImportDialog

        with reported_errors(self.iface, self.tr("Reading {0}").format(Path(path).name)) as outcome:
            table = read_source(path)
            if len(table) == 0:
                raise DeminingError(self.tr("{0} holds no rows to import.").format(Path(path).name))
            mapping = detect_mapping(table, importers.targets_of(kind))
            record_ids = []
            if kind == importers.MINE_MAP:
                record_ids = sorted(
                    str(values["record_id"])
                    for _, values in importers.stored_features(store, "minefield_records", ("record_id",))
                )
        if not outcome.ok:
            return None
        return ImportDialog(kind, table, mapping, record_ids, self._parent())

    def run(self, kind, store, path, options, details) -> ImportTask:
        task = ImportTask(kind, store, path, options, details, self._on_task_finished)
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _on_task_finished(self, task: ImportTask) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        name = Path(task.path).name
        if task.error is not None:
            notify_exception(self.iface, task.error, self.tr("Importing {0}").format(name))
            return
        if task.result is None:
            notify_error(self.iface, self.tr("Import of {0} was cancelled; nothing was changed.").format(name))
            return
        result = task.result
        level = Qgis.Success if not result.rejected else Qgis.Warning
        # One line in the bar: how many were imported and refused (and why, when rows lay
        # outside the districts); where the report is goes behind "More" and into the log.
        if result.outside_count:
            message = self.tr("{0}: {1} imported, {2} refused ({3}).").format(
                name, result.imported, result.rejected_count, result.outside_text())
        else:
            message = self.tr("{0}: {1} imported, {2} refused.").format(name, result.imported, result.rejected_count)
        if result.record_id:
            message += " " + self.tr("Minefield record: {0}.").format(result.record_id)
        notify(self.iface, message, level, details=self.tr("Report: {0}").format(result.report_path))
        self._refresh_layers(importers.TARGET_LAYER[task.kind])

    def _refresh_layers(self, layer_name: str) -> None:
        names = (layer_name, "minefield_records")
        for layer in self.session.store_layers():
            if any(layer.source().endswith(f"layername={name}") for name in names):
                layer.dataProvider().reloadData()
                layer.triggerRepaint()
        self.session.request_figures()

    def teardown(self) -> None:
        """Forget running tasks' callbacks: the plugin is going away."""
        for task in self.tasks:
            task.detach()
        self.tasks = []
