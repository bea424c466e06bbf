"""Background work of the GUI as ``QgsTask``s: the UI never waits for it.

``run()`` executes in a worker thread and only reads data and computes values; it never
touches the project, its layers or widgets. ``finished()`` runs in the main thread and
hands the result to a callback, which may be cleared with ``detach()`` when whoever
asked for it goes away first (plugin unloaded, dock closed).

QGIS 3.22's OGR provider can deadlock when two threads create or release layers on the
same GeoPackage at once (qgis/QGIS#46281, #66471): the main thread creates store layers
whenever a project is read. So ``FiguresTask`` opens its private layers in the main
thread, only reads features from them in ``run()`` (as map rendering does), and lets
them go in ``finished()``, back in the main thread.
"""

from typing import Callable, Optional

from qgis.core import QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from ..core import log
from ..core.figures import headline_figures


class _CallbackTask(QgsTask):
    """A task whose outcome (``result`` or ``error``) goes to ``on_finished(task)``."""

    def __init__(self, description: str, on_finished: Optional[Callable] = None, flags=QgsTask.CanCancel):
        super().__init__(description, flags)
        self.result = None
        self.error: Optional[BaseException] = None
        self._on_finished = on_finished

    def work(self):
        raise NotImplementedError

    def run(self) -> bool:
        try:
            self.result = self.work()
        except Exception as error:  # noqa: BLE001 (reported in finished(), in the main thread)
            self.error = error
            return False
        return not self.isCanceled()

    def finished(self, ok: bool) -> None:
        callback, self._on_finished = self._on_finished, None
        try:
            if callback is not None:
                callback(self)
        finally:
            self.release()

    def release(self) -> None:
        """Drop what must be freed in the main thread; called at the end of ``finished()``."""

    def detach(self) -> None:
        """Forget the callback: the result is no longer wanted."""
        self._on_finished = None


class _OpenedStore:
    """A store whose layers were opened beforehand: ``layers()`` hands out those."""

    def __init__(self, store):
        self._store = store
        self._layers = store.layers()

    def layers(self):
        return self._layers

    def __getattr__(self, name):
        return getattr(self._store, name)


class FiguresTask(_CallbackTask):
    """Headline figures and feature counts of a store (union of released land and so on).

    Create it in the main thread: that is where the store's layers are opened.
    """

    def __init__(self, store, on_finished=None):
        description = QCoreApplication.translate("DeminingTasks", "Demining figures of {}").format(store.name)
        super().__init__(description, on_finished)
        self.store = store
        self._opened: Optional[_OpenedStore] = _OpenedStore(store)

    def work(self):
        return headline_figures(self._opened)

    def release(self) -> None:
        self._opened = None


class DemoBuildTask(_CallbackTask):
    """Builds the demo store (and its project) at ``path`` with ``build_demo``."""

    def __init__(self, path: str, build: Callable, on_finished=None, seed: int = 2021):
        super().__init__(QCoreApplication.translate("DeminingTasks", "Building the Demining demo"), on_finished)
        self.path = path
        self._build = build
        self._seed = seed

    def work(self):
        return self._build(
            self.path,
            seed=self._seed,
            progress=self.setProgress,
            is_canceled=self.isCanceled,
            log=log.log_info,
        )
