"""Background work of the GUI: every task of the plugin is a ``BackgroundTask``.

The contract, written once here for all of them:

1. ``work()`` runs in a worker thread. It reads and computes; it never touches the
   project, widgets, or the message bar, and it never creates, opens, copies or releases
   a QGIS layer or provider object. QGIS 3.22's OGR provider can deadlock the whole
   application when two threads create or release layers on the same GeoPackage
   (qgis/QGIS#46281, #66471), and the main thread does so whenever a project is read.
2. What the worker reads is opened in the main thread before the task starts:
   ``open_store()`` (in the constructor) opens the store's layers and hands the worker a
   view of the store whose ``layer()`` returns those. Or the worker reads through GDAL/OGR
   handles of its own (the imports, the accuracy reader), which QGIS never sees.
3. ``finished()`` runs in the main thread: the outcome (``result``, ``error``, ``seconds``)
   goes to the callback, then ``release()`` lets the opened layers go, still in the main
   thread. ``detach()`` forgets the callback when whoever asked has gone away (a closed
   store, an unloaded plugin): the layers are still released in ``finished()``.
4. Cancelling is quiet: a task cancelled by the user or by a newer request ends with
   ``isCanceled()`` true and no error.

``ProjectStore.layer()`` raises ``core.threads.ThreadingError`` when called off the main
thread, so a task that breaks rule 1 fails at once, naming the caller.
"""

import time
from typing import Callable, Dict, Iterable, Optional

from qgis.core import QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from ..core import log
from ..core.model.schema import LAYERS
from ..core.reports.figures import FIGURES_LAYERS, headline_figures


class OpenedStore:
    """A store whose layers were opened in the main thread; ``layer()`` hands out those.

    Everything else (name, location, metadata, the GeoPackage path) is the store's own.
    Asking for a layer that was not opened beforehand goes to the store, whose guard
    refuses it off the main thread."""

    def __init__(self, store, names: Optional[Iterable[str]] = None):
        self._store = store
        wanted = [definition.name for definition in LAYERS] if names is None else list(names)
        self._layers = {name: store.layer(name) for name in wanted}

    @property
    def store(self):
        return self._store

    def layer(self, layer_name: str, display_name: Optional[str] = None):
        layer = self._layers.get(layer_name)
        return layer if layer is not None else self._store.layer(layer_name, display_name)

    def layers(self) -> Dict[str, object]:
        return {definition.name: self.layer(definition.name) for definition in LAYERS}

    def release(self) -> None:
        self._layers = {}

    def __getattr__(self, name):
        return getattr(self._store, name)


class BackgroundTask(QgsTask):
    """The one base class of the plugin's tasks (the contract is the module docstring).

    Subclasses implement ``work()``; its return value becomes ``result``."""

    def __init__(self, description: str, on_finished: Optional[Callable] = None, flags=QgsTask.CanCancel):
        super().__init__(description, flags)
        self.result = None
        self.error: Optional[BaseException] = None
        self.seconds = 0.0
        self._on_finished = on_finished
        self._opened = []

    # -- main thread, before the task starts -------------------------------------------------
    def open_store(self, store, names: Optional[Iterable[str]] = None) -> OpenedStore:
        """Open ``names`` (every layer by default) of ``store`` now, for ``work()`` to read."""
        opened = OpenedStore(store, names)
        self._opened.append(opened)
        return opened

    # -- worker thread -------------------------------------------------------------------------
    def work(self):
        raise NotImplementedError

    def run(self) -> bool:
        started = time.perf_counter()
        try:
            self.result = self.work()
        except Exception as error:  # noqa: BLE001 (reported in finished(), in the main thread)
            if not self.isCanceled():
                self.error = error
            return False
        finally:
            self.seconds = time.perf_counter() - started
        return not self.isCanceled()

    # -- main thread, afterwards -----------------------------------------------------------------
    def finished(self, ok: bool) -> None:
        callback, self._on_finished = self._on_finished, None
        try:
            if callback is not None:
                callback(self)
        finally:
            self.release()

    def release(self) -> None:
        """Let go of what was opened for the worker; subclasses that hold more extend it."""
        for opened in self._opened:
            opened.release()
        self._opened = []

    def detach(self) -> None:
        """Forget the callback: the result is no longer wanted."""
        self._on_finished = None


class FiguresTask(BackgroundTask):
    """Headline figures and feature counts of a store (union of released land and so on).

    Create it in the main thread: that is where the store's layers are opened.
    """

    def __init__(self, store, on_finished=None, feature_counts: Optional[Dict[str, int]] = None):
        description = QCoreApplication.translate("DeminingTasks", "Demining figures of {}").format(store.name)
        super().__init__(description, on_finished)
        self.store = store
        #: Counts known already (the project's layers'): their layers are not opened again here,
        #: in the main thread, at a tenth of a second or more each.
        self.feature_counts = dict(feature_counts or {})
        self._view = self.open_store(store, [definition.name for definition in LAYERS
                                             if definition.name in FIGURES_LAYERS
                                             or definition.name not in self.feature_counts])

    def work(self):
        return headline_figures(self._view, feature_counts=self.feature_counts)


class DemoBuildTask(BackgroundTask):
    """Builds the demo scenario in the worker and writes its rows through GDAL into a store
    created beforehand in the main thread; ``finish()`` (main thread, in the callback)
    moves it in place and writes its project.

    ``build`` is ``demo.generator.build_demo``'s staged form: ``prepare(path)`` in the main
    thread returns a ``DemoBuild`` whose ``fill()`` runs in the worker."""

    def __init__(self, path: str, prepare: Callable, on_finished=None, seed: int = 2021):
        super().__init__(QCoreApplication.translate("DeminingTasks", "Building the Demining demo"), on_finished)
        self.path = path
        self.build = prepare(path, seed=seed, progress=self.setProgress, is_canceled=self.isCanceled,
                             log=log.log_info)

    def work(self):
        self.build.fill()
        return self.path

    def release(self) -> None:
        super().release()
        if self.build is not None:
            self.build.discard()  # a build finished in the callback has nothing left to discard
            self.build = None
