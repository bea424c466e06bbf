"""Which thread may open QGIS layers on a store.

QGIS 3.22's OGR provider can deadlock the whole application when two threads create,
open or release layers on the same GeoPackage at once (qgis/QGIS#46281, #66471). The
plugin's rule: layers are opened and released in the main thread only; background work
reads layers opened for it beforehand, or GDAL/OGR handles of its own.

``require_main_thread()`` enforces the rule where layers are made (``ProjectStore.layer``)
so that a violation fails at once, naming the caller, instead of freezing QGIS some day.

One exception is QGIS's own: Processing runs an algorithm in a worker thread and loads
its input layers there itself. Code running inside a Demining algorithm is marked with
``processing_thread()`` and may open layers in its thread, as every QGIS algorithm does.
"""

import sys
import threading
from contextlib import contextmanager
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QThread

_state = threading.local()
_THIS_PACKAGE = Path(__file__).resolve().parent.parent


class ThreadingError(RuntimeError):
    """A programming error: a QGIS layer was about to be opened off the main thread."""


def on_main_thread() -> bool:
    app = QCoreApplication.instance()
    return app is None or QThread.currentThread() == app.thread()


@contextmanager
def processing_thread():
    """Mark the current thread as running a Processing algorithm (see the module docstring)."""
    depth = getattr(_state, "processing", 0)
    _state.processing = depth + 1
    try:
        yield
    finally:
        _state.processing = depth


def _caller(skip_files) -> str:
    """``function (file:line)`` of the first frame outside ``skip_files``."""
    frame = sys._getframe(1)
    while frame is not None and Path(frame.f_code.co_filename).resolve() in skip_files:
        frame = frame.f_back
    if frame is None:
        return "?"
    path = Path(frame.f_code.co_filename).resolve()
    try:
        shown = path.relative_to(_THIS_PACKAGE.parent)
    except ValueError:
        shown = path
    return f"{frame.f_code.co_qualname if hasattr(frame.f_code, 'co_qualname') else frame.f_code.co_name} " \
           f"({shown}:{frame.f_lineno})"


def require_main_thread(what: str) -> None:
    """Raise ``ThreadingError`` when called off the main thread (outside Processing)."""
    if on_main_thread() or getattr(_state, "processing", 0):
        return
    caller = _caller({Path(__file__).resolve(), Path(sys._getframe(1).f_code.co_filename).resolve()})
    raise ThreadingError(
        f"{what} called off the main thread by {caller} (thread {threading.current_thread().name}): "
        "QGIS layers on a store are opened and released in the main thread only. Open them before "
        "the task starts (gui.tasks.BackgroundTask.open_store) or read through GDAL/OGR in the worker.")
