"""The panels' base class: following the session's store until teardown(), date fields, one
background task at a time, and the seven docks built on it without copies of its helpers."""

import datetime
import threading
import time

from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject, pyqtSignal

from demining_plugin.gui.base_panel import DeminingPanel
from demining_plugin.gui.checks_dock import ChecksDock
from demining_plugin.gui.clearance_dock import ClearanceDock
from demining_plugin.gui.date_edit import DayEdit
from demining_plugin.gui.dock import DeminingDock
from demining_plugin.gui.items_dock import ItemsDock
from demining_plugin.gui.minemaps_dock import MineMapsDock
from demining_plugin.gui.tasks import BackgroundTask
from demining_plugin.gui.totals_dock import TotalsDock
from demining_plugin.gui.traverse_dock import TraverseDock
from tests.helpers import wait_until

DOCKS = (DeminingDock, ClearanceDock, TotalsDock, TraverseDock, MineMapsDock, ItemsDock, ChecksDock)


def dispose(panel) -> None:
    """Tear the panel down and delete it now (a panel left for a later event loop to delete
    outlives the objects it was built with)."""
    panel.teardown()
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


class FakeSession(QObject):
    store_changed = pyqtSignal()
    figures_ready = pyqtSignal()

    def __init__(self):
        super().__init__()
        self.store = "store"


def test_every_dock_is_a_demining_panel_without_copied_helpers():
    for dock in DOCKS:
        assert issubclass(dock, DeminingPanel), dock
        for helper in ("_date_edit", "_drop_task"):
            assert helper not in vars(dock), f"{dock.__name__}.{helper}"


def test_a_panel_follows_the_store_until_teardown(qgis_app):
    session = FakeSession()
    calls = []
    panel = DeminingPanel("Short", "DeminingShortDock", None, session)
    panel.follow_store(lambda: calls.append("store"))
    panel.listen(session.figures_ready, lambda: calls.append("figures"))
    assert panel.windowTitle() == "Short"
    assert panel.objectName() == "DeminingShortDock"
    assert panel.session_store() == "store"

    session.store_changed.emit()
    session.figures_ready.emit()
    assert calls == ["store", "figures"]

    panel.teardown()
    panel.teardown()  # twice is harmless
    session.store_changed.emit()
    session.figures_ready.emit()
    assert calls == ["store", "figures"]
    dispose(panel)


def test_a_panel_without_session_has_no_store(qgis_app):
    panel = DeminingPanel("Short", "DeminingShortDock")
    panel.follow_store(lambda: None)
    assert panel.session_store() is None
    panel.teardown()
    dispose(panel)


def test_date_fields_of_a_panel(qgis_app):
    panel = DeminingPanel("Short", "DeminingShortDock")
    optional = panel.date_edit("periodFrom", "First day", "start")
    assert isinstance(optional, DayEdit)
    assert optional.objectName() == "periodFrom" and optional.toolTip() == "First day"
    assert panel.day_in(optional) is None
    panel.show_day(optional, datetime.date(2021, 11, 22))
    assert panel.day_in(optional) == datetime.date(2021, 11, 22)
    panel.show_day(optional, None)
    assert panel.day_in(optional) is None

    always = panel.date_edit("receivedOn")
    assert panel.day_in(always) == datetime.date.today()
    dispose(panel)


class Sleeper(BackgroundTask):
    """Waits until told to finish (or cancelled), then returns its number. What it saw is
    kept in Python attributes: the task manager deletes the C++ task once it has finished."""

    def __init__(self, number, on_finished=None):
        super().__init__(f"sleeper {number}", on_finished)
        self.number = number
        self.go = threading.Event()
        self.done = False

    def work(self):
        while not self.go.wait(0.01):
            if self.isCanceled():
                return None
        return self.number

    def finished(self, ok: bool) -> None:
        self.done = True
        super().finished(ok)


def test_one_task_at_a_time_and_once_more_after_a_change(qgis_app):
    panel = DeminingPanel("Short", "DeminingShortDock")
    results = []

    def on_finished(task):
        again = panel.task_ended()
        results.append((task.result, again))

    assert panel.again_later() is False  # nothing runs: nothing to run again
    first = Sleeper(1, on_finished)
    panel.run_task(first)
    assert panel.again_later() is True  # a change while it runs
    first.go.set()
    wait_until(lambda: results, timeout=20.0)
    assert results == [(1, True)] and panel._task is None

    second = Sleeper(2, on_finished)
    panel.run_task(second)
    second.go.set()
    wait_until(lambda: len(results) == 2, timeout=20.0)
    assert results[1] == (2, False)

    # Dropped (store switched, panel torn down): cancelled, and it never calls back.
    third = Sleeper(3, on_finished)
    panel.run_task(third)
    panel.teardown()
    assert panel._task is None
    wait_until(lambda: third.done, timeout=20.0)
    QCoreApplication.processEvents()
    assert len(results) == 2
    dispose(panel)


def test_later_calls_once_after_a_burst_and_never_after_teardown(qgis_app):
    panel = DeminingPanel("Short", "DeminingShortDock")
    calls = []
    timer = panel.later(lambda: calls.append(1), 20)
    for _ in range(5):
        timer.start()
    wait_until(lambda: calls, timeout=20.0)
    time.sleep(0.05)
    QCoreApplication.processEvents()
    assert calls == [1]
    timer.start()
    panel.teardown()
    time.sleep(0.05)
    QCoreApplication.processEvents()
    assert calls == [1] and not timer.isActive()
    dispose(panel)


def test_status_line(qgis_app):
    panel = DeminingPanel("Short", "DeminingShortDock")
    label = panel.status_line("shortStatus")
    assert label.objectName() == "shortStatus" and label.wordWrap()
    dispose(panel)
