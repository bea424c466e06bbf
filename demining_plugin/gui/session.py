"""Which store the current project works with, and the commands that change it.

``StoreSession`` follows the project: a project read from disk or layers added with a
store's custom property make that store current; clearing the project forgets it. It
watches the store's layers in the project and recomputes the figures after edits are
committed, once per burst of edits.

It also computes the store's headline figures, in a ``FiguresTask``. QGIS 3.22's OGR
provider can deadlock when two threads create or release layers on the same GeoPackage
at once (qgis/QGIS#46281, #66471), so the figures task only ever starts from a timer
(never in the middle of a project being read) and the main thread waits for a running
one before it adds or removes store layers itself.

The commands (New store..., Open store..., Load demo) are here so the dock, the menu,
the toolbar and the drop handler all do exactly the same thing.
"""

import os
from pathlib import Path
from typing import Callable, Dict, List, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransform,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.errors import StoreError
from ..core.store import create_store, is_store, open_store
from ..core.store.credentials import needs_authentication_database, unlock
from ..core.store.location import (
    LAYER_PROPERTY,
    STORE_ENTRY,
    STORE_PROPERTY,
    layer_store_location,
    location_for_project,
    mark_store_layers,
    shown_location,
)
from ..core.store.styles import add_store_to_project, store_location_of
from ..settings import STORE_FOLDER
from .notify import notify_error, notify_exception, notify_success, notify_warning, reported_errors
from .tasks import DemoBuildTask, FiguresTask

#: Edits committed within this many milliseconds count as one change.
EDIT_DEBOUNCE_MS = 400
#: Longest the main thread waits for a running figures task before touching store layers.
FIGURES_WAIT_MS = 60_000


def demo_store_path() -> Path:
    """Where "Load demo" keeps the demo store: inside the active QGIS profile."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "demining" / "demo" / "demo.gpkg"


def same_location(a: str, b: str) -> bool:
    if not a or not b:
        return False
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


class StoreSession(QObject):
    #: The current store changed (opened, replaced or forgotten); see ``store``.
    store_changed = pyqtSignal()
    #: Figures of the current store are being computed.
    figures_started = pyqtSignal()
    #: Figures of the current store (a ``core.reports.figures.HeadlineFigures``).
    figures_ready = pyqtSignal(object)
    #: Computing the figures failed; the message bar has said why.
    figures_failed = pyqtSignal()
    #: The demo is being built (True) or is done (False).
    demo_busy_changed = pyqtSignal(bool)
    #: Progress of the demo build, 0-100.
    demo_progress_changed = pyqtSignal(float)

    def __init__(self, iface, project: Optional[QgsProject] = None, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.store = None
        self._file_hold = None
        #: Replaceable for tests; by default ``demo.generator.DemoBuild`` (imported when first used):
        #: called in the main thread, it returns a build whose ``fill()`` runs in a worker and
        #: whose ``finish()`` runs back in the main thread.
        self.demo_builder: Optional[Callable] = None
        self.demo_path_provider: Callable[[], Path] = demo_store_path
        self._watched: Dict[str, object] = {}
        self._demo_task: Optional[DemoBuildTask] = None
        self._started = False
        self._adding_store = False
        self._figures_task: Optional[FiguresTask] = None
        self._figures_again = False
        self._figures_timer = QTimer(self)
        self._figures_timer.setSingleShot(True)
        self._figures_timer.timeout.connect(self._start_figures_task)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("StoreSession", text)

    # -- life cycle --------------------------------------------------------------------
    def start(self) -> None:
        """Follow the project, and adopt the store it already holds."""
        if self._started:
            return
        self.project.readProject.connect(self._on_read_project)
        self.project.layersAdded.connect(self._on_layers_added)
        self.project.cleared.connect(self._on_project_cleared)
        self.project.layersWillBeRemoved.connect(self._on_layers_will_be_removed)
        self.project.writeProject.connect(self._on_write_project)
        self._started = True
        self._adopt_from_project(report=False)

    def stop(self) -> None:
        """Undo ``start()``: disconnect from the project and layers, drop the demo task."""
        if self._started:
            self.project.readProject.disconnect(self._on_read_project)
            self.project.layersAdded.disconnect(self._on_layers_added)
            self.project.cleared.disconnect(self._on_project_cleared)
            self.project.layersWillBeRemoved.disconnect(self._on_layers_will_be_removed)
            self.project.writeProject.disconnect(self._on_write_project)
            self._started = False
        self._unwatch_layers()
        self._figures_timer.stop()
        self._drop_figures_task()
        self._hold(None)
        if self._demo_task is not None:
            self._demo_task.detach()
            if not sip.isdeleted(self._demo_task):
                self._demo_task.cancel()
            self._demo_task = None

    @property
    def demo_busy(self) -> bool:
        return self._demo_task is not None

    # -- following the project -------------------------------------------------------
    def _on_read_project(self, *_args) -> None:
        self._adopt_from_project(report=True)

    def _on_project_cleared(self) -> None:
        # QgsProject.read() clears first, then creates the new project's layers.
        self._wait_for_figures()
        self._figures_timer.stop()
        self._unwatch_layers()
        if self.store is not None:
            self.store = None
            self._hold(None)
            self.store_changed.emit()

    def _on_layers_will_be_removed(self, layers) -> None:
        ids = {item if isinstance(item, str) else item.id() for item in layers}
        if ids & set(self._watched):
            # Like QGIS waits for map rendering, wait for the figures before store layers go.
            self._wait_for_figures()

    def _on_layers_added(self, layers) -> None:
        if self._adding_store:
            return  # our own add_store_to_project(); the command sets the store itself
        for layer in layers:
            # Found as the layer's own file was found: relative to the project file.
            location = layer_store_location(layer, self.project)
            if location:
                self._adopt(location, report=False)
                return

    def _adopt_from_project(self, report: bool) -> None:
        # The entry, or the store layers of a project saved by hand without it.
        location = store_location_of(self.project)
        if location:
            self._adopt(str(location), report=report)

    def _on_write_project(self, *_args) -> None:
        # Emitted once the project knows the file it is written to: record the store
        # relative to that file (Save As elsewhere included), as QGIS records the layers.
        if self.store is not None:
            self.project.writeEntry(*STORE_ENTRY, location_for_project(self.store.location, self.project))

    def _adopt(self, location: str, report: bool) -> None:
        if self.store is None or not same_location(self.store.location, location):
            try:
                store = self._open(location)
            except StoreError as error:
                if report:
                    # One line in the bar (the file's name); the full location and the reason
                    # behind "More" and in the log.
                    notify_warning(self.iface, self.tr("This project's Demining store {name} cannot be opened.").format(
                        name=shown_location(location)), details=str(error))
                return
            # Layers copied or moved with the project still name the old place: name this one
            # (and a PostGIS layer saved with a password in its source, its authcfg).
            mark_store_layers(self.project, store.location, store.uri)
            self._set_store(store)
        else:
            mark_store_layers(self.project, self.store.location)
            self._watch_layers()

    def _set_store(self, store) -> None:
        self.store = store
        self._hold(store)
        self._watch_layers()
        self.store_changed.emit()
        self.request_figures(0)

    def _hold(self, store) -> None:
        """Keep the current store's file ready for the panels' many readers (see
        ``GeoPackageStore.hold_open``); let the previous one go.

        The project's layers of the store were opened before the hold (reading a project
        opens them first): their connections are reopened under it, in the journal mode
        that now stays."""
        previous, self._file_hold = self._file_hold, store.hold_open() if store is not None else None
        if previous is not None:
            previous.close()
        if self._file_hold is not None:
            for layer in self.store_layers():
                if not layer.isEditable():
                    layer.dataProvider().reloadData()

    # -- figures ---------------------------------------------------------------------------
    def request_figures(self, delay_ms: int = EDIT_DEBOUNCE_MS) -> None:
        """(Re)compute the figures of the current store once the event loop is idle for ``delay_ms``."""
        if self.store is not None:
            self._figures_timer.start(delay_ms)

    def _start_figures_task(self) -> None:
        if self.store is None:
            return
        if self._figures_task is not None:
            self._figures_again = True  # it may have read the store before the latest change
            return
        try:
            task = FiguresTask(self.store, on_finished=self._on_figures_computed, feature_counts=self._saved_counts())
        except Exception as error:  # noqa: BLE001 (e.g. the file went away; the user gets a message)
            notify_exception(self.iface, error, self.tr("Computing the figures of {}").format(self.store.name))
            self.figures_failed.emit()
            return
        self._figures_task = task
        self.figures_started.emit()
        QgsApplication.taskManager().addTask(task)

    def _saved_counts(self) -> Dict[str, int]:
        """The saved feature counts of the store's layers in the project (their providers')."""
        counts = {}
        for layer in self.store_layers():
            name, provider = layer.customProperty(LAYER_PROPERTY), layer.dataProvider()
            count = provider.featureCount() if provider is not None else -1
            if name and count >= 0:  # -1: a provider that does not know; the task counts
                counts[name] = count
        return counts

    def _on_figures_computed(self, task: FiguresTask) -> None:
        self._figures_task = None
        if self._figures_again or self.store is None or not same_location(self.store.location, task.store.location):
            self._figures_again = False
            self.request_figures(0)
            return
        if task.error is not None:
            notify_exception(self.iface, task.error, self.tr("Computing the figures of {}").format(task.store.name))
            self.figures_failed.emit()
        elif task.result is not None:
            self.figures_ready.emit(task.result)

    def _wait_for_figures(self) -> None:
        """Block until a running figures task has read the store (see the module docstring)."""
        task = self._figures_task
        if task is not None and not sip.isdeleted(task):
            task.waitForFinished(FIGURES_WAIT_MS)

    def _drop_figures_task(self) -> None:
        self._wait_for_figures()
        if self._figures_task is not None:
            self._figures_task.detach()
            self._figures_task = None
        self._figures_again = False

    # -- watching the store's layers ------------------------------------------------------
    def store_layers(self):
        """The project's layers that belong to the current store."""
        if self.store is None:
            return []
        return [
            layer for layer in self.project.mapLayers().values()
            if same_location(str(layer.customProperty(STORE_PROPERTY, "") or ""), self.store.location)
        ]

    def store_layer(self, name: str):
        """The project's layer ``name`` (``clearance_tasks``, ...) of the current store, or None."""
        return next((layer for layer in self.store_layers() if layer.customProperty(LAYER_PROPERTY) == name), None)

    def distinct_values(self, layer_name: str, field: str) -> List[str]:
        """The values of ``field`` in the project's layer ``layer_name`` of the store (no empty ones)."""
        layer = self.store_layer(layer_name)
        index = layer.fields().indexOf(field) if layer is not None else -1
        return [str(v) for v in layer.uniqueValues(index) if v] if index >= 0 else []

    def _watch_layers(self) -> None:
        self._unwatch_layers()
        for layer in self.store_layers():
            if hasattr(layer, "afterCommitChanges"):
                layer.afterCommitChanges.connect(self._on_layer_committed)
                self._watched[layer.id()] = layer

    def _unwatch_layers(self) -> None:
        for layer in self._watched.values():
            if not sip.isdeleted(layer):
                try:
                    layer.afterCommitChanges.disconnect(self._on_layer_committed)
                except TypeError:
                    pass  # already gone with the layer
        self._watched.clear()

    def _on_layer_committed(self) -> None:
        # The store's triggers recorded QGIS's edits; only the plugin knows who made them.
        if self.store is not None:
            try:
                self.store.stamp_history(f"QGIS {Qgis.QGIS_VERSION}")
            except Exception as error:  # noqa: BLE001 (the edits are saved: say it, carry on)
                notify_warning(self.iface, self.tr("The history of these edits names no user: {}").format(error))
        self.request_figures()

    # -- commands ------------------------------------------------------------------------
    def _parent_widget(self):
        return self.iface.mainWindow() if self.iface is not None else None

    def _last_folder(self) -> str:
        return STORE_FOLDER.value()

    def _remember_folder(self, path: str) -> None:
        STORE_FOLDER.remember_file(path)

    def new_store_dialog(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self._parent_widget(), self.tr("New Demining store"), self._last_folder(),
            self.tr("GeoPackage (*.gpkg)"),
        )
        if not path:
            return False
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        self._remember_folder(path)
        # The dialog asked before replacing a file; the store in use is never replaced.
        return self.create_store_at(path, overwrite=True)

    def open_store_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self._parent_widget(), self.tr("Open Demining store"), self._last_folder(),
            self.tr("Demining store (*.gpkg);;All files (*)"),
        )
        if not path:
            return False
        self._remember_folder(path)
        return self.open_store_at(path)

    def create_store_at(self, path: str, overwrite: bool = False) -> bool:
        if self.store is not None and same_location(self.store.location, path):
            notify_error(self.iface, self.tr("{} is the store this project uses; choose another file name.")
                         .format(Path(path).name))
            return False
        with reported_errors(self.iface, self.tr("Creating store {}").format(Path(path).name)) as outcome:
            store = create_store(path, overwrite=overwrite)
            self._add_to_project(store)
        if outcome.ok:
            notify_success(self.iface, self.tr("Created the Demining store {}.").format(store.name))
        return outcome.ok

    def open_store_at(self, path: str, zoom: bool = True) -> bool:
        """Open the store at ``path`` into the project (replacing the Demining group)."""
        with reported_errors(self.iface, self.tr("Opening store {}").format(shown_location(path))) as outcome:
            store = self._open(path)
            layers = self._add_to_project(store)
            if zoom:
                self._zoom_to(layers.values())
        return outcome.ok

    def _open(self, location: str):
        """``open_store``, after QGIS asked for its master password when the location's password
        goes into (or its authcfg comes from) the authentication database: the desktop may ask,
        Processing never does (core.store.credentials)."""
        if needs_authentication_database(location):
            unlock(ask=True)
        return open_store(location)

    def _add_to_project(self, store):
        self._wait_for_figures()
        self._adding_store = True
        try:
            layers = add_store_to_project(store, self.project)
        finally:
            self._adding_store = False
        self._set_store(store)
        return layers

    def _zoom_to(self, layers) -> None:
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is None:
            return
        target_crs = canvas.mapSettings().destinationCrs()
        extent = QgsRectangle()
        for layer in layers:
            if not layer.isSpatial() or layer.featureCount() == 0:
                continue
            layer_extent = layer.extent()
            if target_crs.isValid() and layer.crs() != target_crs:
                transform = QgsCoordinateTransform(layer.crs(), target_crs, self.project)
                layer_extent = transform.transformBoundingBox(layer_extent)
            extent.combineExtentWith(layer_extent)
        if not extent.isNull() and not extent.isEmpty():
            extent.scale(1.05)
            canvas.setExtent(extent)
            canvas.refresh()

    # -- demo ------------------------------------------------------------------------------
    def load_demo(self) -> bool:
        """Open the demo store, building it first (in the background) when missing.

        Returns True when the demo was opened now or its build has started.
        """
        if self._demo_task is not None:
            return True
        path = Path(self.demo_path_provider())
        if path.is_file() and is_store(str(path)):
            return self.open_store_at(str(path))
        builder = self.demo_builder
        if builder is None:
            try:
                from ..demo.generator import DemoBuild
            except ImportError as error:
                notify_error(self.iface, self.tr("The demo builder is not available in this installation "
                                                 "of the plugin ({}).").format(error))
                return False
            builder = DemoBuild
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            notify_exception(self.iface, error, self.tr("Creating folder {}").format(path.parent))
            return False
        with reported_errors(self.iface, self.tr("Building the demo")) as outcome:
            task = DemoBuildTask(str(path), builder, on_finished=self._on_demo_built)
        if not outcome.ok:
            return False
        task.progressChanged.connect(self.demo_progress_changed)
        self._demo_task = task
        self.demo_busy_changed.emit(True)
        QgsApplication.taskManager().addTask(task)
        return True

    def _on_demo_built(self, task: DemoBuildTask) -> None:
        self._demo_task = None
        self.demo_busy_changed.emit(False)
        if task.isCanceled():
            notify_warning(self.iface, self.tr("Building the demo was cancelled."))
            return
        if task.error is not None:
            notify_exception(self.iface, task.error, self.tr("Building the demo"))
            return
        with reported_errors(self.iface, self.tr("Building the demo")) as outcome:
            task.build.finish(figures=False)  # main thread: moves the store in place, writes its project
        if outcome.ok and self.open_store_at(task.path):
            notify_success(self.iface, self.tr("The demo store is open: {}").format(task.path))
