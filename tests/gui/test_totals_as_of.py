"""The dashboard's figures as of a past moment (issue 17, point 2): typed in the Totals panel,
the figures are rebuilt from the store's history and equal those of the copy of the store
saved then; edits committed meanwhile leave the past alone; clearing the field shows now."""

import threading

import pytest
from qgis.core import QgsProject, edit
from qgis.PyQt.QtCore import QCoreApplication

from demining_plugin.core.reports.as_of import PeriodFigure
from demining_plugin.core.reports.totals import store_totals
from demining_plugin.core.store import open_store
from demining_plugin.core.store.location import LAYER_PROPERTY
from tests.core.reports.as_of_store import PERIOD, edited_store
from tests.helpers import threads_calling, totals_dock_on, wait_until


@pytest.fixture
def dock(tmp_path, qgis_iface, english_numbers):
    store, copies = edited_store(tmp_path)
    with totals_dock_on(store, qgis_iface) as widget:
        yield widget, store, copies


def test_the_dashboard_as_of_a_moment_shows_the_store_saved_then(dock):
    widget, store, copies = dock
    today = PeriodFigure.of(store_totals(store), *PERIOD)
    assert PeriodFigure.of(widget.totals, *PERIOD) == today

    widget.set_as_of("2021-11-15 12:00")
    wait_until(lambda: len(widget.computed_runs) == 2, what="the figures as of 15 November")
    then = PeriodFigure.of(store_totals(open_store(str(copies[0]))), *PERIOD)
    assert PeriodFigure.of(widget.totals, *PERIOD) == then != today

    # An edit committed now changes today's figures, not those of 15 November.
    items = next(layer for layer in QgsProject.instance().mapLayers().values()
                 if layer.customProperty(LAYER_PROPERTY) == "detections")
    with edit(items):
        feature = next(items.getFeatures("item_id = 'D-000004'"))
        items.deleteFeature(feature.id())
    QCoreApplication.processEvents()
    assert PeriodFigure.of(widget.totals, *PERIOD) == then

    widget.set_as_of("")
    wait_until(lambda: len(widget.computed_runs) == 3, what="the figures of now")
    assert PeriodFigure.of(widget.totals, *PERIOD) == PeriodFigure(today.released_m2, today.items - 4)


def test_a_moment_that_is_not_one_is_said_so(dock):
    widget, _, _ = dock
    widget.set_as_of("Tuesday")
    assert "is not a date and time" in widget.status.text()
    assert widget.as_of is None and len(widget.computed_runs) == 1


def test_the_past_is_rebuilt_off_the_main_thread_while_the_panel_says_it_is_busy(dock, monkeypatch):
    from demining_plugin.gui import totals_model

    widget, store, copies = dock
    threads = threads_calling(monkeypatch, totals_model, "totals_as_of")
    widget.set_as_of("2021-11-15 12:00")
    assert widget.progress.isVisibleTo(widget) and widget.status.text().startswith("Computing the totals of")
    wait_until(lambda: len(widget.computed_runs) == 2, what="the figures as of 15 November")
    assert threads and all(thread is not threading.main_thread() for thread in threads)
    assert PeriodFigure.of(widget.totals, *PERIOD) == PeriodFigure.of(store_totals(open_store(str(copies[0]))), *PERIOD)

    widget.set_as_of("2000-01-01")  # before the store recorded anything: said in the panel
    wait_until(lambda: len(widget.computed_runs) == 3, what="the refusal")
    assert widget.computed_runs[-1] is False and "records its changes since" in widget.status.text()
