"""The dashboard's Forecast tab reads and counts the whole store a second time: it does so only
once the tab is shown, so that the figures' updates after an edit never wait for it."""

from tests.core.planning.planning_store import planning_store
from tests.helpers import totals_dock_on, wait_until


def test_the_forecast_is_measured_once_its_tab_is_shown(tmp_path, qgis_iface, qgis_new_project, english_numbers):
    store = planning_store(str(tmp_path / "planning.gpkg"))
    with totals_dock_on(store, qgis_iface) as dock:
        panel = dock.forecast_panel
        assert dock.charts.currentWidget() is not panel
        assert (panel.store, panel.land, panel.result) == (None, None, None)
        dock.recompute()
        wait_until(lambda: dock.totals is not None, what="the totals again")
        assert panel.store is None
        dock.charts.setCurrentWidget(panel)
        assert panel.store is store and panel.chart._message == "Measuring productivity…"
        wait_until(lambda: panel.result is not None, what="the forecast")
        assert panel.summary.text().endswith("Productivity measured from the start to the end.")
        # The store computed again while the tab is shown: measured again at once.
        dock.recompute()
        assert panel.land is None and panel.chart._message == "Measuring productivity…"
        wait_until(lambda: panel.result is not None and panel.land is not None, what="the forecast again")
