"""The dashboard on a national store (issue 20, point 3): the cumulative hectares behind its
chart (a second for a million polygons) are computed in the totals task, off the main
thread; a period on display is cut out of them, the same figures as computing it anew."""

import datetime
import threading

import numpy as np
import pytest
from qgis.PyQt.QtCore import QCoreApplication

from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.reports.totals import StoreTotals
from tests.ground import ground_store, to_wgs84, utm_box
from tests.helpers import threads_calling, totals_dock_on

DAYS = (datetime.date(2021, 11, 22), datetime.date(2021, 11, 24), datetime.date(2021, 11, 29))


@pytest.fixture()
def store(tmp_path, qgis_new_project):
    store = ground_store(str(tmp_path / "cumulative.gpkg"))
    changes = ChangeSet()
    for k, day in enumerate(DAYS):
        changes.add("cleared_areas", to_wgs84(utm_box(200 + 300 * k, 600, 450 + 300 * k, 900)),
                    {"release_method": "cleared", "hazard_id": "H-0001", "released_on": day})
    store.apply(changes)
    return store


def test_the_cumulative_hectares_come_from_the_task(store, qgis_iface, monkeypatch):
    threads = threads_calling(monkeypatch, StoreTotals, "cumulative_hectares")
    with totals_dock_on(store, qgis_iface) as dock:
        chart = dock.cumulative_chart
        assert len(chart._x) == len(DAYS)
        dock.set_period(DAYS[1], None)
        QCoreApplication.processEvents()
        callers = list(threads)
        assert callers and all(thread is not threading.main_thread() for thread in callers)
        days, series = dock.totals.cumulative_hectares(DAYS[1], None)
        assert chart._x.tolist() == days.tolist() == [(d - datetime.date(1970, 1, 1)).days for d in DAYS[1:]]
        assert set(chart._series) == set(series)
        for name, values in series.items():
            assert np.allclose(chart._series[name], values)
