"""The "Clearance totals" dock as a user meets it: a small store with two districts is
opened, the table shows figures with a totals row, the period and grouping change it,
edits committed in QGIS update it without a recompute, and the table goes to CSV, XLSX
and a period report."""

import csv
import datetime

import pytest
from osgeo import ogr
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    edit,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, Qt

from demining_plugin.core.geo.measure import distance_area
from demining_plugin.core.store import create_store
from demining_plugin.gui import totals_dock as totals_dock_module
from demining_plugin.gui.totals_dock import TotalsDock
from demining_plugin.gui.totals_model import TOTALS_ROLE
from tests.helpers import add_features, totals_dock_on, wait_until

GROUND = QgsCoordinateReferenceSystem.fromProj(
    "+proj=aeqd +lat_0=39.99 +lon_0=46.93 +ellps=WGS84 +units=m +no_defs +type=crs")


def ground(wkt: str) -> QgsGeometry:
    """A geometry drawn in metres on the ground, in the store's CRS (EPSG:4326)."""
    geometry = QgsGeometry.fromWkt(wkt)
    geometry.transform(QgsCoordinateTransform(GROUND, QgsCoordinateReferenceSystem("EPSG:4326"),
                                              QgsProject.instance()))
    return geometry


def box(x0, y0, x1, y1) -> str:
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def add(layer, rows) -> None:
    """Add ``(WKT in ground metres, values)`` rows."""
    add_features(layer, [(ground(wkt), values) for wkt, values in rows])


def released(rid, day, method="cleared", team="T1"):
    return {"release_id": rid, "release_method": method, "technique": "manual", "organisation": "ANAMA",
            "team": team, "released_on": day}


@pytest.fixture
def store(tmp_path, qgis_new_project):
    """West and East districts (x < 0 and x > 0); 1.5 ha released in West, 1 ha across the
    boundary, items and a route in both, an accident in East."""
    store = create_store(str(tmp_path / "small.gpkg"))
    add(store.layer("regions"), [
        (box(-2000, -2000, 0, 2000), {"region_id": "R-001", "name": "West"}),
        (box(0, -2000, 2000, 2000), {"region_id": "R-002", "name": "East"}),
    ])
    add(store.layer("cleared_areas"), [
        (box(-500, 0, -400, 100), released("LR-000001", datetime.date(2021, 11, 1))),
        (box(-450, 0, -350, 100), released("LR-000002", datetime.date(2021, 11, 22), "reduced")),  # 0.5 ha new
        (box(-50, 200, 50, 300), released("LR-000003", datetime.date(2021, 11, 25), team="T2")),  # across
    ])
    add(store.layer("detections"), [
        ("POINT(-420 50)", {"item_id": "D-000001", "category": "AP", "quantity": 2,
                            "found_on": datetime.date(2021, 11, 1)}),
        ("POINT(30 250)", {"item_id": "D-000002", "category": "UXO", "quantity": 1,
                           "found_on": datetime.date(2021, 11, 25)}),
    ])
    add(store.layer("cleared_routes"), [
        ("LINESTRING(-1000 -500, 1000 -500)", {"route_id": "RT-0001", "cleared_on": datetime.date(2021, 11, 20)}),
    ])
    add(store.layer("accidents"), [
        ("POINT(500 500)", {"accident_id": "A-0001", "occurred_on": datetime.date(2021, 11, 23), "killed": 1,
                            "injured": 2, "civilian": True, "activity": "farming"}),
    ])
    return store


@pytest.fixture
def dock(store, qgis_iface, english_numbers):
    qgis_iface.messageBar().clear_messages()
    with totals_dock_on(store, qgis_iface) as widget:
        yield widget


def shown(widget):
    """The table as displayed (sorted view): rows of texts, and the totals row flag."""
    proxy = widget.proxy
    rows = []
    for r in range(proxy.rowCount()):
        rows.append(([proxy.index(r, c).data() for c in range(proxy.columnCount())],
                     bool(proxy.index(r, 0).data(TOTALS_ROLE))))
    return rows


def column(widget, title):
    headers = [widget.proxy.headerData(c, Qt.Horizontal) for c in range(widget.proxy.columnCount())]
    return headers.index(title)


def test_opens_with_districts_and_a_totals_row(dock):
    rows = shown(dock)
    assert [r[0][0] for r in rows] == ["West", "East", "Total"]
    assert [flag for _, flag in rows] == [False, False, True]
    released = column(dock, "Released (ha)")
    west, east, total = (float(r[0][released].replace(",", "")) for r in rows)
    assert west == pytest.approx(2.0, abs=0.001)  # 1.5 ha of lanes + half of the square across the boundary
    assert east == pytest.approx(0.5, abs=0.001)
    assert total == pytest.approx(west + east, abs=0.011)
    assert rows[2][0][column(dock, "Items found")] == "3"
    assert rows[1][0][column(dock, "Accidents")] == "1"
    assert dock.cumulative_chart._mode == "lines" and set(dock.cumulative_chart._series) == {"West", "East"}
    assert dock.weekly_chart._mode == "bars"
    assert "ha released" in dock.status.text()


@pytest.mark.parametrize("grouping, date_from, date_to, expected", [
    ("release_method", None, None, {"Cleared (clearance)": 2.0, "Reduced (technical survey)": 0.5,
                                    "(not applicable)": 0.0}),
    ("team", None, None, {"T1": 1.5, "T2": 1.0, "(not recorded)": 0.0, "(not applicable)": 0.0}),
    ("district", "2021-11-22", "2021-11-25", {"West": 1.0, "East": 0.5}),
    ("district", "2021-11-01", "2021-11-01", {"West": 1.0}),
    ("month", None, None, {"2021-11": 2.5}),
    ("week", "2021-11-22", None, {"2021-W47": 1.5}),
])
def test_grouping_and_period_change_the_table(dock, grouping, date_from, date_to, expected):
    dock.set_grouping(grouping)
    dock.set_period(date_from and datetime.date.fromisoformat(date_from),
                    date_to and datetime.date.fromisoformat(date_to))
    QCoreApplication.processEvents()
    released = column(dock, "Released (ha)")
    rows = {r[0][0]: float(r[0][released]) for r in shown(dock) if not r[1]}
    assert set(rows) == set(expected)
    for label, hectares in expected.items():
        assert rows[label] == pytest.approx(hectares, abs=0.001), label
    total = next(r for r in shown(dock) if r[1])[0][released]
    assert float(total) == pytest.approx(sum(expected.values()), abs=0.002)


@pytest.mark.parametrize("order", [Qt.AscendingOrder, Qt.DescendingOrder])
def test_sorting_keeps_the_totals_row_last(dock, order):
    dock.view.sortByColumn(column(dock, "Released (ha)"), order)
    rows = shown(dock)
    assert rows[-1][0][0] == "Total" and rows[-1][1]
    names = [r[0][0] for r in rows[:-1]]
    assert names == (["East", "West"] if order == Qt.AscendingOrder else ["West", "East"])


def test_committed_edits_update_the_dock_without_a_recompute(dock, store):
    layers = dock.store_layers()
    totals_before = dock.totals
    refreshed = []
    dock.refreshed.connect(lambda: refreshed.append(True))
    # A new square in East overlapping the square across the boundary by 0.25 ha.
    area = layers["cleared_areas"]
    new = QgsFeature(area.fields())
    new.setGeometry(ground(box(0, 250, 100, 350)))
    for name, value in released("LR-000004", QDate(2021, 11, 26)).items():
        new.setAttribute(name, value)
    area.startEditing()
    assert area.addFeature(new)
    assert area.commitChanges()
    wait_until(lambda: refreshed, what="the refresh")
    assert dock.totals is totals_before and dock._task is None  # incremental, not recomputed
    assert dock.model.table.value("East", "released_ha") == pytest.approx(0.5 + 0.75, abs=0.001)
    assert dock.last_update_ms > 0

    # An item deleted, a polygon moved, an attribute changed: all followed.
    items = layers["detections"]
    fid = next(f.id() for f in items.getFeatures() if f["category"] == "AP")
    refreshed.clear()
    with edit(items):
        items.deleteFeature(fid)
    wait_until(lambda: refreshed, what="the refresh after a deletion")
    assert dock.model.table.total("items") == 1
    first = next(f for f in area.getFeatures() if f["release_id"] == "LR-000001")
    refreshed.clear()
    with edit(area):
        area.changeGeometry(first.id(), ground(box(-900, 0, -800, 100)))  # no longer under LR-000002
    wait_until(lambda: refreshed, what="the refresh after a move")
    assert dock.model.table.value("West", "released_ha") == pytest.approx(2.5, abs=0.001)
    refreshed.clear()
    with edit(area):
        area.changeAttributeValue(first.id(), area.fields().lookupField("release_method"), "cancelled")
    wait_until(lambda: refreshed, what="the refresh after an attribute change")
    assert dock.model.table.total("cancelled_ha") == pytest.approx(1.0, abs=0.001)
    assert dock.computed_runs == [True]  # still the one background computation

    # The figures are those a fresh computation gives.
    fresh = TotalsDock(project=QgsProject.instance())
    fresh.show_store(store)
    wait_until(lambda: fresh.totals is not None, what="a fresh computation")
    for key in ("released_ha", "cleared_ha", "reduced_ha", "cancelled_ha", "items"):
        assert fresh.model.table.total(key) == pytest.approx(dock.model.table.total(key), abs=1e-6), key
    fresh.teardown()
    fresh.deleteLater()


def test_changes_made_on_disk_are_noticed(dock, store):
    """Another tool writes to the store file directly: the counts differ, the totals are recomputed."""
    ds = ogr.Open(store.location, update=1)
    layer = ds.GetLayerByName("cleared_areas")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("release_id", "LR-000009")
    feature.SetField("release_method", "cleared")
    feature.SetField("released_on", "2021-11-27")
    feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(ground(box(500, 500, 600, 600)).asWkb())))
    layer.CreateFeature(feature)
    ds = None  # noqa: F841
    for project_layer in dock.store_layers().values():
        project_layer.dataProvider().reloadData()
    dock._on_store_maybe_changed()
    wait_until(lambda: len(dock.computed_runs) == 2, what="the recompute")
    assert dock.model.table.value("East", "released_ha") == pytest.approx(1.5, abs=0.001)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_the_table_with_its_totals(dock, tmp_path, qgis_iface, suffix):
    path = tmp_path / f"totals{suffix}"
    assert dock.export(str(path))
    if suffix == ".csv":
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        header, body = rows[0], rows[1:]
        values = [dict(zip(header, row)) for row in body]
    else:
        ds = ogr.Open(str(path))
        layer = ds.GetLayer(0)
        header = [layer.GetLayerDefn().GetFieldDefn(k).GetName() for k in range(layer.GetLayerDefn().GetFieldCount())]
        values = [{name: f.GetField(name) for name in header} for f in layer]
        ds = None  # noqa: F841
    assert header[0] == "District" and "Released (ha)" in header
    assert [v["District"] for v in values] == ["West", "East", "Total"]
    released = [float(v["Released (ha)"]) for v in values]
    assert released[2] == pytest.approx(released[0] + released[1], abs=1e-6)
    assert released[2] == pytest.approx(2.5, abs=0.001)
    assert int(values[2]["Items found"]) == 3
    assert any("exported" in m for m in qgis_iface.messageBar().get_messages(Qgis.Success))


def test_export_to_a_missing_folder_says_so_and_writes_nothing(dock, tmp_path, qgis_iface):
    target = tmp_path / "missing" / "totals.csv"
    assert not dock.export(str(target))
    assert not target.exists() and not target.parent.exists()
    errors = qgis_iface.messageBar().get_messages(Qgis.Critical)
    assert errors and "does not exist" in errors[-1]


def test_report_button_writes_the_period_report(dock, tmp_path, monkeypatch):
    dock.set_period(datetime.date(2021, 11, 22), datetime.date(2021, 11, 27))
    target = tmp_path / "week.md"

    class Dialog:
        @staticmethod
        def getSaveFileName(*args, **kwargs):  # noqa: N802 (Qt's name)
            return str(target), ""

    monkeypatch.setattr(totals_dock_module, "QFileDialog", Dialog)
    dock.report_button.click()
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Mine action report, 22 November 2021 to 27 November 2021")
    assert "1 explosive item was found: 1 item of unexploded ordnance (UXO), in East." in text
    assert "1.50 hectares of land were released" in text
    assert "1 mine accident was recorded, with 1 killed and 2 injured, in East." in text


def test_no_store_and_teardown(dock, store):
    dock.show_store(None)
    assert dock.model.rowCount() == 0 and not dock.csv_button.isEnabled()
    assert "Open a Demining store" in dock.status.text()
    dock.show_store(store)
    wait_until(lambda: dock.totals is not None, what="the totals again")
    dock.teardown()
    area = dock.store_layers()["cleared_areas"]
    before = dock.model.table.total("released_ha")
    with edit(area):
        area.deleteFeatures([f.id() for f in area.getFeatures()])
    QCoreApplication.processEvents()
    assert dock.model.table.total("released_ha") == before  # no longer listening


def test_measured_area_of_a_ground_square():
    """The fixture's squares are 1 ha on the ground (so the figures above are exact)."""
    assert distance_area(QgsCoordinateReferenceSystem("EPSG:4326")).measureArea(ground(box(0, 0, 100, 100))) == \
        pytest.approx(10_000, rel=1e-6)
