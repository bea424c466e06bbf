"""Accident figures (shares by activity exact on a known set; the demo's 100 accidents),
accidents in the period report and the dashboard, and the Items found dock's counts
against SQL on the demo store."""

import datetime
import shutil
import sqlite3
import time
from fractions import Fraction

import numpy as np
import pytest
from qgis.core import QgsPointXY, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication, QLocale

from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.reports.accidents import accident_figures, format_share, store_accident_figures
from demining_plugin.core.reports.grouping import days_of
from demining_plugin.core.reports.item_list import NO_DISTRICT, ItemFilter, counts_by_category, latest_items
from demining_plugin.core.reports.period_report import period_report
from demining_plugin.core.reports.totals import FeatureRows, store_totals
from demining_plugin.core.store import open_store
from demining_plugin.gui.items_dock import ItemsDock


@pytest.fixture(scope="module", autouse=True)
def english_dates():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(scope="module")
def demo(demo_copy):
    """The demo store (built once per session, copied for this module)."""
    return demo_copy


def rows_of(accidents):
    """Accident rows as the totals hold them, from (date, killed, injured, civilian, activity)."""
    n = len(accidents)
    civilian = np.empty(n, dtype=object)
    civilian[:] = ["yes" if a[3] else "no" for a in accidents]
    activity = np.empty(n, dtype=object)
    activity[:] = [a[4] for a in accidents]
    days = days_of(np.array([a[0] for a in accidents], dtype="datetime64[D]"))
    return FeatureRows(np.arange(n), days, np.full(n, -1), {"civilian": civilian, "activity": activity},
                       {"killed": np.array([a[1] for a in accidents], float),
                        "injured": np.array([a[2] for a in accidents], float)})


KNOWN = [  # 7 accidents: 3 illegal entry, 2 farming, 1 demining, 1 not recorded
    ("2021-01-05", 1, 0, True, "illegal_entry"),
    ("2021-02-10", 0, 2, True, "illegal_entry"),
    ("2021-03-01", 2, 1, False, "illegal_entry"),
    ("2021-03-15", 0, 1, True, "farming"),
    ("2021-04-20", 1, 3, True, "farming"),
    ("2021-05-02", 1, 0, False, "demining"),
    ("2021-06-30", 0, 4, True, None),
]


def test_accident_shares_on_a_known_set():
    figures = accident_figures(rows_of(KNOWN))
    assert (figures.accidents, figures.killed, figures.injured) == (7, 5, 11)
    assert (figures.civilian_accidents, figures.civilian_killed, figures.civilian_injured) == (5, 2, 10)
    assert (figures.military_killed, figures.military_injured) == (3, 1)
    table = [(r.activity, r.accidents, r.killed, r.injured, r.civilian_killed, r.civilian_injured)
             for r in figures.by_activity]
    assert table == [("illegal_entry", 3, 3, 3, 1, 2), ("farming", 2, 1, 4, 1, 4), ("demining", 1, 1, 0, 0, 0),
                     (None, 1, 0, 4, 0, 4)]
    # Shares exact: n / total.
    for row in figures.by_activity:
        assert Fraction(row.share).limit_denominator(1000) == Fraction(row.accidents, 7)
    assert sum(Fraction(r.accidents, figures.accidents) for r in figures.by_activity) == 1
    assert figures.share("herding") == 0.0
    assert [format_share(r.share) for r in figures.by_activity] == ["43%", "29%", "14%", "14%"]


def test_accident_figures_follow_the_period():
    figures = accident_figures(rows_of(KNOWN), "2021-02-10", "2021-04-20")
    assert figures.accidents == 4
    assert [(r.activity, r.accidents, r.share) for r in figures.by_activity] == \
        [("illegal_entry", 2, 0.5), ("farming", 2, 0.5)]
    assert accident_figures(rows_of(KNOWN), "2022-01-01", "2022-12-31").by_activity == []
    assert accident_figures(rows_of([])).accidents == 0


def test_demo_accidents(demo):
    figures = store_accident_figures(open_store(str(demo)))
    with sqlite3.connect(str(demo)) as con:
        expected_civilians = con.execute(
            "SELECT SUM(killed), SUM(injured) FROM accidents WHERE civilian = 1").fetchone()
    assert figures.accidents == 100
    assert figures.share("illegal_entry") == 0.51
    assert figures.share("leaving_cleared_land") == 0.26
    assert (figures.civilian_killed, figures.civilian_injured) == (24, 49) == tuple(expected_civilians)
    # The dashboard's totals give the same figures.
    totals = store_totals(open_store(str(demo)))
    assert accident_figures(totals.accidents) == figures


def test_period_report_says_the_shares_and_tables_them(demo):
    totals = store_totals(open_store(str(demo)))
    report = period_report(totals, "2020-11-10", "2022-12-31")
    accidents_sentence = report.sentences[-1]
    assert accidents_sentence.startswith("100 mine accidents were recorded")
    assert "By activity at the time: illegal entry into uncleared land 51%, leaving cleared land 26%" \
        in accidents_sentence
    assert accidents_sentence.endswith("Civilians: 24 killed and 49 injured.")
    assert report.figures["accidents_by_activity"]["illegal_entry"] == 51
    text = report.to_text()
    assert "Accidents by activity at the time" in text
    markdown = report.to_markdown()
    assert "| Illegal entry into uncleared land | 51 | 51% |" in markdown
    assert "| **Total** | **100** | **100%** |" in markdown
    assert "<h2>Accidents by activity at the time</h2>" in report.to_html()
    # No accident in the period: no table.
    quiet = period_report(totals, "2019-01-01", "2019-01-31")
    assert "Accidents by activity" not in quiet.to_markdown()


def sql_counts(path, where: str, params) -> dict:
    with sqlite3.connect(str(path)) as con:
        return dict(con.execute(f"SELECT category, SUM(COALESCE(quantity, 1)) FROM detections {where} "
                                "GROUP BY category", params).fetchall())


@pytest.mark.parametrize("item_filter, where, params", [
    (ItemFilter(), "", ()),
    (ItemFilter(category="AT"), "WHERE category = ?", ("AT",)),
    (ItemFilter(district="Aghdam"), "WHERE district = ?", ("Aghdam",)),
    (ItemFilter(date_from=datetime.date(2021, 11, 22), date_to=datetime.date(2021, 11, 27)),
     "WHERE found_on BETWEEN ? AND ?", ("2021-11-22", "2021-11-27")),
    (ItemFilter("UXO", "Fuzuli", datetime.date(2021, 6, 1), datetime.date(2021, 12, 2)),
     "WHERE category = ? AND district = ? AND found_on BETWEEN ? AND ?", ("UXO", "Fuzuli", "2021-06-01",
                                                                          "2021-12-02")),
    (ItemFilter(district=NO_DISTRICT), "WHERE district IS NULL OR district = ''", ()),
])
def test_item_counts_match_sql(demo, item_filter, where, params):
    layer = open_store(str(demo)).layer("detections")
    assert counts_by_category(layer, item_filter) == sql_counts(demo, where, params)


def test_latest_items_are_the_newest(demo):
    layer = open_store(str(demo)).layer("detections")
    listed = latest_items(layer, ItemFilter(district="Tartar"), 50)
    with sqlite3.connect(str(demo)) as con:
        expected = [row[0] for row in con.execute(
            "SELECT item_id FROM detections WHERE district = 'Tartar' ORDER BY found_on DESC, item_id DESC LIMIT 50")]
    assert [item.item_id for item in listed] == expected


def settled(dock, timeout: float = 60.0) -> None:
    """Wait until the dock has read the store for its current filter (in the background)."""
    deadline = time.monotonic() + timeout
    QCoreApplication.processEvents()
    while dock.busy or dock._refresh_timer.isActive():
        assert time.monotonic() < deadline, "timed out waiting for the items dock"
        QCoreApplication.processEvents()
        time.sleep(0.005)


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
    expected = sql_counts(path, "WHERE found_on BETWEEN ? AND ?", tuple(d.isoformat() for d in week))
    assert dock.counts == expected == {"AP": 1, "AT": 36, "UXO": 14}
    shown = {dock.counts_table.item(r, 0).text(): dock.counts_table.item(r, 1).text()
             for r in range(dock.counts_table.rowCount())}
    assert shown == {"Anti-personnel mine": "1", "Anti-tank mine": "36", "Unexploded ordnance (UXO)": "14",
                     "Total": "51"}
    dock.set_filter(category="AT", district="Aghdam")
    settled(dock)
    expected = sql_counts(path, "WHERE category = 'AT' AND district = 'Aghdam'", ())
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
    deadline = time.monotonic() + 120
    while dock.totals is None:
        assert time.monotonic() < deadline, "timed out waiting for the totals"
        QCoreApplication.processEvents()
        time.sleep(0.01)
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
