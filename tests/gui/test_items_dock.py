"""The Items found dock on the demo store: its filters, counts and list against SQL, an item
stored meanwhile, zoom to an item; and the accidents table of the Clearance totals dashboard."""

import datetime
import shutil
import sqlite3

import pytest
from qgis.core import QgsPointXY, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication

from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.reports.accidents import accident_figures
from demining_plugin.core.reports.item_list import NO_DISTRICT
from demining_plugin.core.store import open_store
from demining_plugin.gui.items_dock import ItemsDock
from tests.helpers import item_counts_by_sql, wait_until

pytestmark = pytest.mark.usefixtures("english_dates")


@pytest.fixture(scope="module")
def demo(demo_copy):
    """The demo store (built once per session, copied for this module)."""
    return demo_copy


def settled(dock) -> None:
    """Wait until the dock has read the store for its current filter (in the background)."""
    QCoreApplication.processEvents()
    wait_until(lambda: not (dock.busy or dock._refresh_timer.isActive()), timeout=60.0, what="the items dock")


def test_items_dock_filters_counts_and_follows_the_store(demo, tmp_path, qgis_iface, qgis_canvas, qgis_new_project):
    path = tmp_path / "demo.gpkg"
    shutil.copyfile(demo, path)
    store = open_store(str(path))
    dock = ItemsDock(qgis_iface, None)
    dock.show_store(store)
    districts = [dock.district.itemData(k) for k in range(dock.district.count())]
    assert districts[0] is None and "Aghdam" in districts and districts[-1] == NO_DISTRICT
    week = (datetime.date(2021, 11, 22), datetime.date(2021, 11, 27))
    dock.set_filter(category=None, district=None, date_from=week[0], date_to=week[1])
    assert dock.status.text().startswith("Computing…")  # read in the background
    settled(dock)
    expected = item_counts_by_sql(path, "WHERE found_on BETWEEN ? AND ?", tuple(d.isoformat() for d in week))
    assert dock.counts == expected == {"AP": 1, "AT": 36, "UXO": 14}
    shown = {dock.counts_table.item(r, 0).text(): dock.counts_table.item(r, 1).text()
             for r in range(dock.counts_table.rowCount())}
    assert shown == {"Anti-personnel mine": "1", "Anti-tank mine": "36", "Unexploded ordnance (UXO)": "14",
                     "Total": "51"}
    dock.set_filter(category="AT", district="Aghdam")
    settled(dock)
    expected = item_counts_by_sql(path, "WHERE category = 'AT' AND district = 'Aghdam'", ())
    with sqlite3.connect(str(path)) as con:
        records = con.execute("SELECT COUNT(*) FROM detections WHERE category = 'AT' AND district = 'Aghdam'"
                              ).fetchone()[0]
    assert dock.counts == expected and dock.list.rowCount() == min(200, records)
    assert dock.status.text().startswith(f"{expected['AT']:,} items in {records:,} records match")
    assert all(dock.list.item(r, 2).text() == "Anti-tank mine" for r in range(dock.list.rowCount()))
    first_date = dock.list.item(0, 1).text()
    with sqlite3.connect(str(path)) as con:
        newest = con.execute("SELECT MAX(found_on) FROM detections WHERE category = 'AT' AND district = 'Aghdam'"
                             ).fetchone()[0]
    assert first_date == newest

    # An item stored (as the capture tool does) shows after a refresh, at the top.
    item = dock.items[0]
    changes = ChangeSet()
    changes.add("detections", item.geometry, {"category": "AT", "quantity": 3, "found_on": datetime.date.today(),
                                              "district": "Aghdam"})
    undo = store.apply(changes)
    dock.refresh()
    settled(dock)
    assert dock.counts["AT"] == expected["AT"] + 3
    assert dock.list.item(0, 0).text() == undo.deleted["detections"][0]

    # Zoom to the first item: the canvas centres on it.
    qgis_canvas.setDestinationCrs(store.crs)
    qgis_canvas.setExtent(QgsRectangle(40, 39, 50, 41))
    assert dock.zoom_to_row(0)
    centre = qgis_canvas.extent().center()
    point = QgsPointXY(item.geometry.asPoint())
    assert (centre.x(), centre.y()) == pytest.approx((point.x(), point.y()), abs=1e-6)
    assert qgis_canvas.extent().width() < 0.01
    dock.teardown()
    dock.deleteLater()


def test_dashboard_shows_accidents_by_activity(demo, qgis_iface, qgis_new_project):
    from demining_plugin.gui.totals_dock import TotalsDock

    dock = TotalsDock(qgis_iface, project=QgsProject.instance())
    dock.show_store(open_store(str(demo)))
    wait_until(lambda: dock.totals is not None, timeout=120.0, what="the totals")
    table = dock.accidents_table

    def rows():
        return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]

    assert rows()[0][:3] == ["Illegal entry into uncleared land", "51", "51%"]
    assert rows()[1][:3] == ["Leaving cleared land", "26", "26%"]
    assert rows()[-1][0] == "Total" and rows()[-1][1:3] == ["100", "100%"] and rows()[-1][5:] == ["24", "49"]
    # The period of the dashboard applies: the demo week has one accident.
    dock.set_period(datetime.date(2021, 11, 22), datetime.date(2021, 11, 27))
    dock.refresh()
    week = accident_figures(dock.totals.accidents, "2021-11-22", "2021-11-27")
    assert week.accidents == 1
    assert rows()[-1][1:5] == ["1", "100%", str(week.killed), str(week.injured)]
    dock.teardown()
    dock.deleteLater()
