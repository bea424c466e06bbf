"""What the plugin's panels share: ``DeminingPanel``, the base class of its seven docks."""

import datetime
from typing import Callable, List, Optional, Tuple

from qgis.core import QgsApplication, QgsTask
from qgis.gui import QgsDockWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QWidget

from .date_edit import DayEdit, day_edit, day_of, set_day


class DeminingPanel(QgsDockWidget):
    """A dock of the plugin, following the session's store.

    Conventions:

    - The window title is the panel's tab title, kept short ("Totals", "Items") so that the
      tabs of the right-hand area show it whole; the menu action that shows or hides the
      panel carries the long name and the tooltip. The objectName (``Demining...Dock``) is
      how QGIS's saved window layout finds the panel again: it never changes.
    - Content that may be taller than the dock goes in ``scrolled()``, so that panels
      stacked in one area never push the window off the screen.
    - Date fields come from ``date_edit()`` (``gui.date_edit``: typed as ``yyyy-MM-dd``,
      empty when allowed); ``day_in()`` and ``show_day()`` read and set them.
    - Work on the store runs as one ``BackgroundTask`` at a time (``run_task()``): a change
      that comes while it runs marks it to run once more (``again_later()``), which the
      task's callback learns from ``task_ended()``; ``drop_task()`` forgets it.

    Teardown protocol: before ``plugin.unload()`` removes a panel from the main window and
    deletes it, it calls ``teardown()`` (``DeminingPlugin._take_down``; the controllers of
    ``gui/`` follow the same protocol). ``teardown()`` undoes everything that ties the
    panel to objects that outlive it: it stops its timers, cancels and detaches its
    background tasks (a finished task must not call into a deleted panel), closes the
    dialogs it opened, removes its map tool and canvas items, and disconnects from the
    session, the canvas, the project and layers. Signals connected with ``listen()`` or
    ``follow_store()`` are disconnected here; a subclass that holds more overrides
    ``teardown()``, releases its own, and calls ``super().teardown()``. Calling it twice
    is harmless.
    """

    def __init__(self, title: str, object_name: str, iface=None, session=None, parent: Optional[QWidget] = None):
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self.iface = iface
        self.session = session
        #: (signal, slot) connected by ``listen()``, disconnected by ``teardown()``.
        self._listened: List[Tuple[object, Callable]] = []
        #: Timers of ``later()``, stopped by ``teardown()``.
        self._timers: List[QTimer] = []
        #: The panel's background task while it runs, and whether a change came meanwhile.
        self._task: Optional[QgsTask] = None
        self._again = False

    # -- following the session -----------------------------------------------------------
    def listen(self, signal, slot: Callable) -> None:
        """Connect ``slot`` to ``signal`` until ``teardown()``."""
        signal.connect(slot)
        self._listened.append((signal, slot))

    def follow_store(self, on_store_changed: Callable) -> None:
        """Call ``on_store_changed`` whenever the session opens, closes or switches its store."""
        if self.session is not None:
            self.listen(self.session.store_changed, on_store_changed)

    def session_store(self):
        """The session's current store, or None (no store, or a panel without a session)."""
        return self.session.store if self.session is not None else None

    def teardown(self) -> None:
        """Release what ties the panel to longer-lived objects (see the class's text)."""
        for timer in self._timers:
            timer.stop()
        self.drop_task()
        for signal, slot in reversed(self._listened):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass  # already disconnected, or its sender deleted
        self._listened = []

    def later(self, slot: Callable, delay_ms: int) -> QTimer:
        """A single-shot timer that calls ``slot`` ``delay_ms`` after its last ``start()``: a burst
        of changes (edits, map moves) leads to one refresh. Stopped by ``teardown()``."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay_ms)
        timer.timeout.connect(slot)
        self._timers.append(timer)
        return timer

    # -- background work -------------------------------------------------------------------
    def run_task(self, task) -> None:
        """Start ``task`` (a ``gui.tasks.BackgroundTask``) as the panel's task."""
        self._task = task
        self._again = False
        QgsApplication.taskManager().addTask(task)

    def again_later(self) -> bool:
        """While the panel's task runs: mark it to run once more when it ends (it may have read
        the store before the latest change) and return True; False when no task runs."""
        if self._task is None:
            return False
        self._again = True
        return True

    def task_ended(self) -> bool:
        """Called first by the task's callback: the panel has no task any more. True when it
        must run again (``again_later()`` was called meanwhile)."""
        again = self._again
        self._task = None
        self._again = False
        return again

    def drop_task(self) -> None:
        """Forget the running task: it is cancelled and will not call back."""
        task, self._task = self._task, None
        self._again = False
        if task is None:
            return
        task.detach()
        if not sip.isdeleted(task) and task.status() not in (QgsTask.Complete, QgsTask.Terminated):
            task.cancel()

    # -- widgets ---------------------------------------------------------------------------
    def date_edit(self, name: str, tip: str = "", empty_text: Optional[str] = None) -> DayEdit:
        """A date field of the panel (``empty_text``: it may be empty and shows that text)."""
        return day_edit(self, name, tip, empty_text)

    @staticmethod
    def day_in(edit) -> Optional[datetime.date]:
        """The day a date field holds, or None when it is empty."""
        return day_of(edit)

    @staticmethod
    def show_day(edit, day: Optional[datetime.date]) -> None:
        """Show ``day`` in a date field, or empty it for None."""
        set_day(edit, day)

    def push_button(self, name: str, text: str, tip: str, slot: Callable) -> QPushButton:
        """A button that calls ``slot()`` (without the ``checked`` argument of ``clicked``)."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @staticmethod
    def status_line(name: str) -> QLabel:
        """The panel's word-wrapped line that says what it shows or is computing."""
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    @staticmethod
    def scrolled(body: QWidget, sideways: bool = True) -> QScrollArea:
        """``body`` in a frameless scroll area that resizes it; ``sideways=False``: as wide as
        the dock, never a sideways scroll bar."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        if not sideways:
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        return scroll
