"""Heartbeat and watchdog inside a real QGIS desktop (tests/packaging/test_desktop.py).

QGIS runs ``startup.py`` (through the ``PYQGIS_STARTUP`` environment variable) as soon as
its Python starts, before plugins are loaded and before the project on the command line
is read, so a freeze anywhere in start-up is caught too (``--code`` scripts only run once
the project is open: a start that freezes never gets there).

- The heartbeat: a ``QTimer`` of the main thread appends ``time.monotonic()`` to
  ``heartbeat.txt`` every 200 ms. ``CLOCK_MONOTONIC`` is one clock for the whole machine,
  so the test compares the beats with its own clock.
- The watchdog: a Python thread that, when no beat came for ``STALL_S`` seconds (longer
  before the first beat: start-up reads plugins and the project before the event loop
  runs), writes every thread's Python stack to ``stacks.txt``
  (``faulthandler.dump_traceback``). The test fails and prints the file.
- If the frozen thread held the GIL the Python thread could not run: faulthandler's own C
  watchdog (``dump_traceback_later``, re-armed by every beat) writes
  ``stacks_fallback.txt`` a few seconds later without needing the GIL.
"""

import faulthandler
import os
import threading
import time
from pathlib import Path

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QLabel, QMessageBox, QTextEdit

HEARTBEAT_MS = 200
#: The event loop stopped this long: a freeze.
STALL_S = 10.0
#: From Python's start to the first beat QGIS loads plugins and reads the project without
#: running its event loop; a start that takes longer than this is a freeze too.
STARTUP_STALL_S = 30.0
#: faulthandler's own dump comes this much later than the Python watchdog's.
FALLBACK_DELAY_S = 5.0
#: A modal dialog open this long waits for an answer nobody gives in a test: reported.
MODAL_S = 3.0

_installed = None


class Watchdog:
    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.stacks_path = folder / "stacks.txt"
        self.modal_path = folder / "modal.txt"
        self._modal_since = None
        tracing = bool(os.environ.get("DEMINING_DESKTOP_TRACE"))
        self._trace = open(folder / "window_trace.txt", "w") if tracing else None  # noqa: SIM115
        self._traced = None
        self._beats = open(folder / "heartbeat.txt", "a", buffering=1)  # noqa: SIM115 (open while QGIS runs)
        self._fallback = open(folder / "stacks_fallback.txt", "w")  # noqa: SIM115
        self._last = time.monotonic()
        self._count = 0
        self._stopped = False
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.beat)
        self.timer.start()
        self._thread = threading.Thread(target=self._watch, name="desktop-test-watchdog", daemon=True)
        self._thread.start()
        faulthandler.dump_traceback_later(STARTUP_STALL_S + FALLBACK_DELAY_S, exit=False, file=self._fallback)

    def beat(self) -> None:
        now = time.monotonic()
        self._last = now
        self._count += 1
        if not self._stopped:
            self._beats.write(f"{now:.3f}\n")
            faulthandler.dump_traceback_later(STALL_S + FALLBACK_DELAY_S, exit=False, file=self._fallback)
        if self._count % 5 == 0:
            self._check_modal(now)
        if self._trace is not None:
            self._trace_window(now)

    def _trace_window(self, now: float) -> None:
        """With DEMINING_DESKTOP_TRACE set: each change of the main window's geometry."""
        window = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "QgisApp"), None)
        if window is None:
            return
        geometry = window.geometry()
        seen = (geometry.x(), geometry.y(), geometry.width(), geometry.height(), window.isVisible())
        if seen != self._traced:
            self._traced = seen
            self._trace.write(f"{now:.3f} {seen}\n")
            self._trace.flush()

    def _check_modal(self, now: float) -> None:
        """The heartbeat goes on while a modal dialog runs its own event loop; the dialog
        still stops whatever opened it. Write its words once, for the test to report."""
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            self._modal_since = None
            return
        if self._modal_since is None:
            self._modal_since = now
        elif now - self._modal_since >= MODAL_S and not self.modal_path.exists():
            texts = [dialog.windowTitle()]
            if isinstance(dialog, QMessageBox):
                texts += [dialog.text(), dialog.informativeText()]
            texts += [label.text() for label in dialog.findChildren(QLabel)]
            texts += [edit.toPlainText() for edit in dialog.findChildren(QTextEdit)]
            self.modal_path.write_text("\n".join(t for t in texts if t))

    def stop(self) -> None:
        """No more beats or stacks: QGIS is about to quit (its teardown runs no event loop).
        A modal dialog that stops the exit is still reported."""
        self._stopped = True
        faulthandler.cancel_dump_traceback_later()
        self._beats.write("stop\n")

    def _watch(self) -> None:
        dumped_for = None  # the beat count of the stall already written
        while not self._stopped:
            time.sleep(0.25)
            count = self._count
            stalled = time.monotonic() - self._last
            limit = STALL_S if count else STARTUP_STALL_S
            if stalled > limit and dumped_for != count and not self._stopped:
                dumped_for = count
                with open(self.stacks_path, "a") as out:
                    out.write(f"--- no heartbeat for {stalled:.1f} s (after {count} beats); "
                              f"the Python stack of every thread, most recent call first:\n")
                    out.flush()
                    faulthandler.dump_traceback(out, all_threads=True)
                    out.write("--- end of stacks\n")


def install(folder) -> Watchdog:
    """Start the heartbeat and the watchdog once (QGIS may run start-up code again)."""
    global _installed
    if _installed is None:
        _installed = Watchdog(Path(folder))
    return _installed
