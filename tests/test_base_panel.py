"""The panels' base class: following the session's store until teardown(), date fields,
and the seven docks built on it without copies of its helpers."""

import datetime

from qgis.PyQt.QtCore import QObject, pyqtSignal

from demining_plugin.gui.base_panel import DeminingPanel
from demining_plugin.gui.checks_dock import ChecksDock
from demining_plugin.gui.clearance_dock import ClearanceDock
from demining_plugin.gui.date_edit import DayEdit
from demining_plugin.gui.dock import DeminingDock
from demining_plugin.gui.items_dock import ItemsDock
from demining_plugin.gui.minemaps_dock import MineMapsDock
from demining_plugin.gui.totals_dock import TotalsDock
from demining_plugin.gui.traverse_dock import TraverseDock

DOCKS = (DeminingDock, ClearanceDock, TotalsDock, TraverseDock, MineMapsDock, ItemsDock, ChecksDock)


class FakeSession(QObject):
    store_changed = pyqtSignal()
    figures_ready = pyqtSignal()

    def __init__(self):
        super().__init__()
        self.store = "store"


def test_every_dock_is_a_demining_panel_without_copied_helpers():
    for dock in DOCKS:
        assert issubclass(dock, DeminingPanel), dock
        for helper in ("_date_edit",):
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
    panel.deleteLater()


def test_a_panel_without_session_has_no_store(qgis_app):
    panel = DeminingPanel("Short", "DeminingShortDock")
    panel.follow_store(lambda: None)
    assert panel.session_store() is None
    panel.teardown()
    panel.deleteLater()


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
    panel.deleteLater()
