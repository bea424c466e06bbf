"""The dashboard's Forecast tab on the hand-made planning store: measured in the background once shown,
the capacity seen in the last 90 days as the default, the whole job's sentence, actual then
forecast lines with the band, and what-if changes (more teams, a district first)."""

import pytest

from tests.core.planning.planning_store import planning_left, planning_store
from tests.helpers import totals_dock_on, wait_until


@pytest.fixture
def dock(tmp_path, qgis_iface, qgis_new_project, english_numbers):
    store = planning_store(str(tmp_path / "planning.gpkg"))
    with totals_dock_on(store, qgis_iface) as widget:
        widget.charts.setCurrentWidget(widget.forecast_panel)  # the tab measures once shown
        wait_until(lambda: widget.forecast_panel.result is not None, what="the forecast")
        yield widget


def test_forecast_tab(dock):
    from demining_plugin.core.planning.forecast import forecast, summary

    panel = dock.forecast_panel
    assert dock.charts.tabText(dock.charts.indexOf(panel)) == "Forecast"
    assert {k: s.value() for k, s in panel.teams.items()} == {"manual": 2, "mechanical": 1, "mdd": 1, "survey": 1}
    assert panel.work_days.value() == 220
    expected = forecast(panel.land, panel.measured(), panel.parameters())
    assert panel.summary.text() == summary(expected) + " Productivity measured from the start to the end."
    left = sum(sum(h.values()) for h in planning_left().values())  # 161 ha
    assert panel.summary.text().startswith(f"{left:,.0f} ha left take ") and round(left) == 161
    # actual released hectares, then the forecast and its band from where the actual ends
    series = panel.chart._series
    assert list(series) == ["Released", "Forecast", "Early (90th percentile)", "Late (10th percentile)"]
    actual = series["Released"]
    assert len(actual) < len(panel.chart._x) == len(series["Forecast"])
    assert series["Forecast"][-1] == pytest.approx(actual[-1] + left, rel=1e-5)
    assert series["Late (10th percentile)"][len(actual) + 1] <= series["Forecast"][len(actual) + 1] \
        <= series["Early (90th percentile)"][len(actual) + 1]


def test_productivity_over_the_dashboards_period(dock):
    import datetime

    from demining_plugin.core.planning.forecast import forecast
    from demining_plugin.core.planning.productivity import productivity

    panel = dock.forecast_panel
    whole = panel.result.total.team_days
    dock.set_period(datetime.date(2021, 5, 1), datetime.date(2021, 5, 31))
    # measured again in the background, the chart saying so meanwhile
    assert panel.chart._message == "Measuring productivity…" and panel.progress.isVisibleTo(panel)
    wait_until(lambda: panel.measured() is not None, what="productivity over May")
    may = productivity(panel.land, "method", datetime.date(2021, 5, 1), datetime.date(2021, 5, 31))
    assert panel.result.total.team_days == forecast(panel.land, may, panel.parameters()).total.team_days != whole
    assert panel.summary.text().endswith("Productivity measured from 1 May 2021 to 31 May 2021.")
    assert not panel.progress.isVisibleTo(panel)


def test_what_if(dock):
    panel = dock.forecast_panel
    before = panel.result.total.finish
    panel.teams["mechanical"].setValue(11)  # ten more mechanical teams
    assert panel.result.total.finish < before
    panel.first.setCurrentIndex(panel.first.findData("East"))
    assert panel.result.row("East").finish < panel.result.row("West").finish == panel.result.total.finish
    panel.district.setCurrentIndex(panel.district.findData("East"))
    assert panel.chart._title == "Released hectares, East"
    for spin in panel.teams.values():
        spin.setValue(0)
    assert panel.result is None and "No teams to do the work" in panel.summary.text()


def test_recomputed_with_the_store(dock):
    from demining_plugin.core.model.changes import ChangeSet
    from tests.ground import to_wgs84, utm_box

    panel = dock.forecast_panel
    before = panel.result.total.total_left_ha
    assert before == pytest.approx(sum(sum(h.values()) for h in planning_left().values()), rel=1e-5)
    more = ChangeSet()
    more.add("hazard_areas", to_wgs84(utm_box(1000, 1900, 1100, 1950)),
             {"classification": "CHA", "status": "open", "district": "East", "area_ha": 0.5, "remaining_ha": 0.5})
    opened = panel._view
    layers = {name: opened.layer(name) for name in ("cleared_areas", "hazard_areas")}
    dock.store.apply(more)
    dock.recompute()
    # a 0.5 ha hazard (100 x 50 m) where nothing was released
    wait_until(lambda: panel.result is not None and panel.result.total.total_left_ha > before
               and panel.result.total.total_left_ha == pytest.approx(before + 0.5, rel=1e-5),
               what="the forecast of the changed store")
    # measured again through the layers opened for the store's first measuring (not opened at every one)
    assert panel._view is opened and all(opened.layer(name) is layer for name, layer in layers.items())
    panel.show_store(None)
    assert panel._view is None and opened._layers == {}  # the layers let go with the store


def test_stopped_and_started_again(dock):
    from qgis.core import QgsTask
    from qgis.PyQt import sip

    panel = dock.forecast_panel
    panel.show_store(dock.store)
    task = panel._task
    assert panel.land is None and panel.result is None
    assert panel.progress.isVisibleTo(panel) and panel.cancel_button.isVisibleTo(panel)
    panel.cancel_button.click()
    assert panel.chart._message == panel.summary.text() == "Measuring was stopped."
    assert panel.again_button.isVisibleTo(panel)
    assert not panel.progress.isVisibleTo(panel) and not panel.cancel_button.isVisibleTo(panel)
    wait_until(lambda: sip.isdeleted(task) or task.status() in (QgsTask.Complete, QgsTask.Terminated),
               what="the stopped task to end")
    assert panel.land is None and panel.summary.text() == "Measuring was stopped."  # its result is not shown
    panel.again_button.click()
    assert not panel.again_button.isVisibleTo(panel)
    wait_until(lambda: panel.result is not None, what="the forecast measured again")
    assert panel.summary.text().startswith("161 ha left take ")


def test_costs_written_in_the_locale(dock):
    spin = dock.forecast_panel.costs["mechanical"]
    spin.setValue(525000)
    assert spin.text() == "525,000"


def test_actual_line_from_the_dashboards_cumulative_hectares(dock, monkeypatch):
    """Drawn again at every parameter, the actual line is cut from the dashboard's cumulative
    hectares (computed in its task), never summed again on the main thread."""
    import numpy as np

    from demining_plugin.core.reports.totals import StoreTotals
    from tests.helpers import threads_calling

    threads = threads_calling(monkeypatch, StoreTotals, "cumulative_hectares")
    panel = dock.forecast_panel
    panel.teams["manual"].setValue(panel.teams["manual"].value() + 3)
    panel.update_forecast()
    assert threads == []
    days, series = dock.cumulative()
    actual = panel.chart._series["Released"]
    assert len(days) > 1 and actual.tolist() == np.sum(list(series.values()), axis=0).tolist()
    assert panel.chart._x[:len(days)].tolist() == days.tolist()
