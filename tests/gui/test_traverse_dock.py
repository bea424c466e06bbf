"""The traverse entry dock: typing and pasting turning points, the live preview, the
start point clicked on a real map canvas (with snapping), saving a record and its points
in one change set, bad cells, and the reverse from a stored polygon.

Expected figures come from pyproj (geodesic forward problem, UTM transforms, geodesic
polygon area), not from the plugin's own traverse code.
"""

import datetime
import math
import re
import time

import pytest
from pyproj import Transformer
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSnappingConfig,
    QgsTolerance,
)
from qgis.gui import QgsMapCanvasSnappingUtils, QgsMapMouseEvent
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QKeyEvent
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QAbstractItemView, QLineEdit

from demining_plugin.core.errors import DeminingError
from demining_plugin.core.geo.measure import geometry_area_ha
from demining_plugin.core.records.entry import parse_lat_lon, parse_start_point, parse_utm
from demining_plugin.gui.traverse_dock import TraverseDock
from demining_plugin.gui.traverse_table import COL_BEARING, COL_DISTANCE, COL_FROM, COL_NO
from tests.ground import GEOD, X0, Y0, geodesic_ha, ground_store
from tests.helpers import open_session

TO_UTM = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)
TO_WGS84 = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
#: The record's first corner, in the West district (x < X0 + 1000).
START_E, START_N = X0 + 200.0, Y0 + 300.0
START = TO_WGS84.transform(START_E, START_N)

#: A 100 m x 50 m rectangle, clockwise from true north, in each unit.
RECTANGLE = {
    "degrees": ("0", "90", "180", "270"),
    "mils6400": ("0", "1600", "3200", "4800"),
    "mils6000": ("0", "1500", "3000", "4500"),
}
DISTANCES = ("100", "50", "100", "50")


def rectangle_rows(unit: str, last_distance: str = "50") -> str:
    """The rectangle as a spreadsheet copies it: point, type, bearing, distance (tab-separated)."""
    distances = DISTANCES[:3] + (last_distance,)
    types = ("turning", "turning", "turning", "end")
    return "\n".join(f"{no}\t{kind}\t{bearing}\t{distance}"
                     for no, (kind, bearing, distance) in enumerate(zip(types, RECTANGLE[unit], distances), start=1))


def expected_corners():
    """The rectangle's corners (lon, lat) by pyproj's geodesic forward problem."""
    lon, lat = START
    corners = [(lon, lat)]
    for azimuth, distance in zip((0.0, 90.0, 180.0), (100.0, 50.0, 100.0)):
        lon, lat, _ = GEOD.fwd(lon, lat, azimuth, distance)
        corners.append((lon, lat))
    return corners


def label_metres(label) -> float:
    match = re.search(r"Misclosure: ([\d.]+) m \([^)]*1:[\d,]+\)", label.text())
    assert match, label.text()
    return float(match.group(1))


@pytest.fixture()
def setup(english_numbers, qgis_iface, qgis_canvas, qgis_new_project, tmp_path):
    store = ground_store(str(tmp_path / "records.gpkg"), "T-0042")
    session = open_session(qgis_iface, store, qgis_canvas, extent_m=1000)
    dock = TraverseDock(qgis_iface, session)
    dock.source_edit.setText("Supplied map, Aghdam sector 4")
    dock.received_edit.setDate(datetime.date(2021, 6, 12))
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    yield store, session, dock, qgis_canvas, bar
    dock.teardown()
    dock.deleteLater()
    session.stop()


def enter_rectangle(dock, unit: str, last_distance: str = "50") -> None:
    dock.set_unit(unit)
    dock.format_combo.setCurrentIndex(dock.format_combo.findData("utm"))
    dock.start_edit.setText(f"38N {START_E:.2f} {START_N:.2f}")
    dock.start_edit.textEdited.emit(dock.start_edit.text())
    dock.table.setCurrentCell(0, COL_NO)
    dock.table.paste_text(rectangle_rows(unit, last_distance))
    dock.recompute()


@pytest.mark.parametrize("unit", ["degrees", "mils6400", "mils6000"])
def test_rectangle_closes_and_shows_half_a_hectare(setup, unit):
    store, session, dock, canvas, bar = setup
    enter_rectangle(dock, unit)
    assert dock.table.rowCount() == 4
    assert label_metres(dock.misclosure_label) < 0.01
    assert "0.50 ha" in dock.area_label.text()
    corners = expected_corners()
    assert dock.traverse.area_ha == pytest.approx(geodesic_ha(dock.traverse.polygon), rel=1e-4)
    assert dock.traverse.area_ha == pytest.approx(0.5, rel=1e-3)
    assert dock.table.reading(unit).bad_cells == {}
    assert dock.start == pytest.approx(START, abs=1e-9)
    computed = [(p.lon, p.lat) for p in dock.traverse.points[:4]]
    for (lon, lat), (lon_expected, lat_expected) in zip(computed, corners):
        assert GEOD.inv(lon, lat, lon_expected, lat_expected)[2] < 0.001


def test_preview_band_has_the_rectangle_corners_in_the_canvas_crs(setup):
    store, session, dock, canvas, bar = setup
    enter_rectangle(dock, "degrees")
    ring = dock.preview_polygon().asMultiPolygon()[0][0]
    assert len(ring) == 5 and ring[0] == ring[-1]
    for vertex, (lon, lat) in zip(ring[:4], expected_corners()):
        easting, northing = TO_UTM.transform(lon, lat)
        assert math.hypot(vertex.x() - easting, vertex.y() - northing) < 0.001
    # Every point is marked and numbered.
    assert dock.points_band.numberOfVertices() == 5
    assert sorted(text for _, text in dock.numbers.labels) == ["0", "1", "2", "3", "4"]
    # Zoomed in on the record (the offscreen canvas is small): the closing point shares the
    # start's label, the others have their own.
    canvas.setExtent(QgsRectangle(START_E - 20, START_N - 20, START_E + 80, START_N + 120))
    assert canvas.mapUnitsPerPixel() < 10
    assert sorted(text for _, text in dock.numbers.merged_labels()) == ["0/4", "1", "2", "3"]
    # Editing the table moves the preview at once.
    dock.table.item(1, COL_DISTANCE).setText("80")
    dock.recompute()
    moved = dock.preview_polygon().asMultiPolygon()[0][0]
    assert moved[2].x() - moved[1].x() == pytest.approx(80.0, abs=0.05)


def test_click_on_the_map_sets_the_start_point_snapped_to_a_vertex(setup):
    store, session, dock, canvas, bar = setup
    hazard = next(layer for layer in session.store_layers() if layer.customProperty("demining/layer") == "hazard_areas")
    canvas.setLayers([hazard])
    utils = QgsMapCanvasSnappingUtils(canvas)
    config = QgsSnappingConfig(QgsProject.instance())
    config.setEnabled(True)
    config.setMode(QgsSnappingConfig.AllLayers)
    config.setTypeFlag(QgsSnappingConfig.VertexFlag)
    config.setTolerance(12)
    config.setUnits(QgsTolerance.Pixels)
    utils.setConfig(config)
    utils.setCurrentLayer(hazard)
    canvas.setSnappingUtils(utils)

    dock.pick_start_on_map()
    assert canvas.mapTool() is dock.tool
    # A click a few metres (a few pixels) off the hazard's corner at (X0 + 500, Y0 + 500).
    pixel = canvas.getCoordinateTransform().transform(X0 + 503, Y0 + 502)
    # QGIS builds the canvas's snapping index in the background (and again after the
    # store's layers are reloaded): click once it answers, as a user clicks an idle map.
    deadline = time.monotonic() + 30
    while not utils.snapToMap(QPoint(round(pixel.x()), round(pixel.y()))).isValid():
        assert time.monotonic() < deadline, "the snapping index was never ready"
        QCoreApplication.processEvents()
        time.sleep(0.01)
    event = QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, QPoint(round(pixel.x()), round(pixel.y())),
                             Qt.LeftButton)
    dock.tool.canvasReleaseEvent(event)
    corner = TO_WGS84.transform(X0 + 500, Y0 + 500)
    assert dock.start == pytest.approx(corner, abs=1e-8)
    lat, lon = (float(v) for v in dock.start_edit.text().split(","))
    assert (lon, lat) == pytest.approx(corner, abs=1e-7)

    # Without snapping the click itself is the start.
    canvas.setSnappingUtils(None)
    pixel = canvas.getCoordinateTransform().transform(X0 + 300, Y0 + 700)
    event = QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, QPoint(round(pixel.x()), round(pixel.y())),
                             Qt.LeftButton)
    clicked = QgsPointXY(event.mapPoint())
    dock.tool.canvasReleaseEvent(event)
    assert dock.start == pytest.approx(TO_WGS84.transform(clicked.x(), clicked.y()), abs=1e-9)


def test_save_stores_the_record_and_its_points_in_one_change(setup):
    store, session, dock, canvas, bar = setup
    enter_rectangle(dock, "mils6400")
    record_id = dock.save()
    assert record_id == "MR-0001"
    assert bar.get_messages(Qgis.Critical) == []

    records = list(store.layer("minefield_records").getFeatures())
    assert len(records) == 1
    record = records[0]
    assert record["record_id"] == "MR-0001"
    assert record["source"] == "Supplied map, Aghdam sector 4"
    assert record["received_on"].toPyDate() == datetime.date(2021, 6, 12)
    assert record["district"] == "West"
    assert (record["bearing_unit"], record["north_reference"]) == ("mils6400", "true")
    assert record["misclosure_m"] < 0.01
    area = geometry_area_ha(record.geometry(), store.layer("minefield_records").crs())
    assert area == pytest.approx(0.5, rel=1e-3)
    assert area == pytest.approx(geodesic_ha(record.geometry()), rel=1e-4)

    points = sorted(store.layer("record_points").getFeatures(), key=lambda f: f["point_no"])
    assert [p["point_no"] for p in points] == [0, 1, 2, 3, 4]
    assert [p["point_type"] for p in points] == ["turning", "turning", "turning", "turning", "end"]
    assert all(p["record_id"] == "MR-0001" for p in points)
    assert [p["bearing"] for p in points[1:]] == [0, 1600, 3200, 4800]
    assert [p["distance_m"] for p in points[1:]] == [100, 50, 100, 50]
    assert [p["from_point"] for p in points[1:]] == [0, 1, 2, 3]
    for feature, (lon, lat) in zip(points, expected_corners() + [START]):
        xy = feature.geometry().asPoint()
        assert GEOD.inv(xy.x(), xy.y(), lon, lat)[2] < 0.001
    assert any("MR-0001 saved" in m for m in bar.get_messages(Qgis.Success))

    # A second record gets the next identifier.
    assert dock.save() == "MR-0002"


def test_a_bad_cell_is_flagged_and_blocks_saving(setup):
    store, session, dock, canvas, bar = setup
    enter_rectangle(dock, "degrees")
    dock.table.item(1, COL_BEARING).setText("9O")  # letter O typed for a zero
    dock.table.item(2, COL_BEARING).setText("400")
    assert dock.save() is None
    item = dock.table.item(1, COL_BEARING)
    assert "'9O' is not a bearing" in item.toolTip()
    assert item.background().color().red() == 255 and item.background().color().green() < 255
    assert "outside 0 to 360" in dock.table.item(2, COL_BEARING).toolTip()
    assert dock.table.item(0, COL_BEARING).toolTip() == ""
    errors = bar.get_messages(Qgis.Critical)
    assert len(errors) == 1 and "Row 2" in errors[0] and "not saved" in errors[0]
    assert dock.traverse is None and dock.misclosure_label.text() == "Misclosure: –"
    # The preview keeps the legs above the first bad row: start and point 1, no outline.
    assert dock.points_band.numberOfVertices() == 2
    assert dock.preview_polygon().isEmpty()
    assert store.layer("minefield_records").featureCount() == 0
    assert store.layer("record_points").featureCount() == 0

    # The start point is checked as well; a from-point must exist above.
    dock.table.item(1, COL_BEARING).setText("90")
    dock.table.item(2, COL_BEARING).setText("180")
    dock.table.item(3, COL_FROM).setText("7")
    dock.recompute()
    assert "not the start (0) or a point above" in dock.table.item(3, COL_FROM).toolTip()


def test_an_open_traverse_is_saved_only_when_the_user_closes_it(setup):
    store, session, dock, canvas, bar = setup
    enter_rectangle(dock, "degrees", last_distance="45")
    assert label_metres(dock.misclosure_label) == pytest.approx(5.0, abs=0.01)
    questions = []
    dock.confirm_close = lambda question: questions.append(question) or False
    assert dock.save() is None
    assert "5.00 m" in questions[0]
    assert any("does not close" in m for m in bar.get_messages(Qgis.Warning))
    assert store.layer("minefield_records").featureCount() == 0

    dock.confirm_close = lambda question: True
    assert dock.save() == "MR-0001"
    record = next(store.layer("minefield_records").getFeatures())
    assert record["misclosure_m"] == pytest.approx(5.0, abs=0.01)
    assert store.layer("record_points").featureCount() == 5


@pytest.mark.parametrize("unit, north", [("mils6000", "grid"), ("degrees", "magnetic")])
def test_reverse_from_a_stored_polygon_refills_the_table_and_recomputes_it(setup, unit, north):
    store, session, dock, canvas, bar = setup
    enter_rectangle(dock, "degrees")
    # An irregular outline: the rectangle with a dent, from the table's third row on.
    dock.table.item(1, COL_DISTANCE).setText("63.25")
    dock.table.item(2, COL_BEARING).setText("171.5")
    dock.confirm_close = lambda question: True
    record_id = dock.save()
    stored = next(store.layer("minefield_records").getFeatures()).geometry()

    layer = next(layer for layer in session.store_layers()
                 if layer.customProperty("demining/layer") == "minefield_records")
    layer.dataProvider().reloadData()
    layer.selectByExpression(f"\"record_id\" = '{record_id}'")
    assert layer.selectedFeatureCount() == 1
    dock.iface.setActiveLayer(layer)
    dock.clear()
    assert dock.traverse is None
    dock.set_north(north, 6.5)
    dock.set_unit(unit)
    assert dock.load_selected_polygon()

    vertices = stored.asMultiPolygon()[0][0][:-1]
    assert dock.table.rowCount() == len(vertices)
    assert [dock.table.text(row, COL_NO) for row in range(dock.table.rowCount())] == [
        str(n) for n in range(1, len(vertices) + 1)]
    assert dock.traverse is not None and dock.traverse.misclosure_m < 0.01
    ring = dock.traverse.polygon.asPolygon()[0][:-1]
    assert len(ring) == len(vertices)
    for a, b in zip(ring, vertices):
        assert GEOD.inv(a.x(), a.y(), b.x(), b.y())[2] < 0.005
    # The first bearing is in the chosen unit and north: due north true, as grid or magnetic.
    bearing = float(dock.table.text(0, COL_BEARING))
    assert 0 < bearing < 6000 if unit == "mils6000" else bearing == pytest.approx(360 - 6.5, abs=1e-4)


def test_enter_and_tab_move_on_and_add_a_row_at_the_end(setup):
    store, session, dock, canvas, bar = setup
    table = dock.table
    assert table.rowCount() == 1
    table.setCurrentCell(0, COL_FROM)
    table.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Return, Qt.NoModifier))
    assert table.rowCount() == 2
    assert (table.currentRow(), table.currentColumn()) == (1, COL_BEARING)
    assert table.text(1, COL_NO) == "2"
    index = table.moveCursor(QAbstractItemView.MoveNext, Qt.NoModifier)
    assert (index.row(), index.column()) == (1, COL_DISTANCE)
    # Paste two spreadsheet columns (bearing, distance) at the current cell: rows are added.
    table.setCurrentCell(1, COL_BEARING)
    assert table.paste_text("90\t50\r\n180\t100\r\n") == 2
    assert table.rowCount() == 3
    assert [table.text(2, c) for c in (COL_NO, COL_BEARING, COL_DISTANCE)] == ["3", "180", "100"]
    # A record being typed: its first leg is drawn before there is an outline...
    dock.set_start(*START)
    table.item(0, COL_BEARING).setText("0")
    table.item(0, COL_DISTANCE).setText("100")
    for row in (1, 2):
        table.item(row, COL_BEARING).setText("")
        table.item(row, COL_DISTANCE).setText("")
    dock.recompute()
    assert dock.traverse is None and "at least 3" in dock.status_label.text()
    assert dock.points_band.numberOfVertices() == 2
    # ... and with three legs, the open outline is shown 50 m short of closing.
    table.setCurrentCell(1, COL_BEARING)
    table.paste_text("90\t50\n180\t100")
    dock.recompute()
    assert label_metres(dock.misclosure_label) == pytest.approx(50.0, abs=0.01)
    assert "does not close" in dock.status_label.text()
    assert dock.points_band.numberOfVertices() == 4
    last = dock.points_band.getPoint(0, 3)
    expected = TO_UTM.transform(*expected_corners()[3])
    assert math.hypot(last.x() - expected[0], last.y() - expected[1]) < 0.001


def test_typed_start_points_are_read_or_explained():
    lon, lat = parse_lat_lon("40.0512, 46.9876")
    assert (lon, lat) == (46.9876, 40.0512)
    assert parse_lat_lon("33.5S 70.25W") == (-70.25, -33.5)
    easting, northing = 651234.5, 4431987.25
    lon, lat = parse_utm(f"38N {easting} {northing}")
    assert TO_UTM.transform(lon, lat) == pytest.approx((easting, northing), abs=1e-4)
    with pytest.raises(DeminingError, match="swapped"):
        parse_lat_lon("146.98, 40.05")
    with pytest.raises(DeminingError, match="not a UTM coordinate"):
        parse_utm("38 651234 4431987")
    with pytest.raises(DeminingError, match="zone 61"):
        parse_utm("61N 500000 4000000")
    with pytest.raises(DeminingError, match="not a latitude"):
        parse_start_point("forty, fifty", "latlon")


def test_a_landmark_start_and_side_shots_stay_off_the_outline():
    """Start at a landmark, a benchmark 120 m east of it, then the 100 m x 50 m rectangle from
    the benchmark's point 30 m north; an intermediate point run from point 2 as a side shot."""
    from demining_plugin.core.records.traverse import Leg, compute_record

    legs = [Leg(1, 90.0, 120.0, "benchmark"), Leg(2, 0.0, 30.0, "turning"), Leg(3, 0.0, 100.0, "turning"),
            Leg(4, 90.0, 50.0, "turning"), Leg(5, 180.0, 100.0, "turning"), Leg(6, 270.0, 50.0, "end")]
    traverse = compute_record(*START, legs, start_type="reference")
    lon, lat, _ = GEOD.fwd(*START, 90.0, 120.0)
    lon, lat, _ = GEOD.fwd(lon, lat, 0.0, 30.0)
    ring = traverse.polygon.asPolygon()[0]
    assert len(ring) == 5
    assert GEOD.inv(ring[0].x(), ring[0].y(), lon, lat)[2] < 0.001
    assert traverse.misclosure_m < 0.01
    assert traverse.perimeter_m == pytest.approx(300.0)
    assert traverse.area_ha == pytest.approx(geodesic_ha(traverse.polygon), rel=1e-4)

    # A side shot: point 7, 10 m west of corner 3; the next leg says it runs from 3 again
    # (an empty from-point means the row above).
    with_side_shot = legs[:3] + [Leg(7, 270.0, 10.0, "reference", from_point=3),
                                 Leg(4, 90.0, 50.0, "turning", from_point=3)] + legs[4:]
    side = compute_record(*START, with_side_shot, start_type="reference")
    assert [p.point_no for p in side.points] == [0, 1, 2, 3, 7, 4, 5, 6]
    assert side.polygon.asWkt(9) == traverse.polygon.asWkt(9)
    with pytest.raises(DeminingError, match="from-point 9"):
        compute_record(*START, legs[:2] + [Leg(3, 0.0, 10.0, "turning", from_point=9)] + legs[3:])


def test_mgrs_start_point_is_read_and_a_bad_one_is_explained(setup):
    store, session, dock, canvas, bar = setup
    dock.format_combo.setCurrentIndex(dock.format_combo.findData("mgrs"))
    # Zone 38, band S (32-40N); 100 km square P (sixth column of set 2) K (row 4, shifted by 5
    # in even zones), then the metres within the square.
    typed = f"38SPK {int(START_E) % 100000:05d} {int(START_N) % 100000:05d}"
    dock.start_edit.setText(typed)
    dock.start_edit.textEdited.emit(typed)
    dock.table.setCurrentCell(0, COL_NO)
    dock.table.paste_text(rectangle_rows("degrees"))
    assert dock.recompute() is not None
    assert TO_UTM.transform(*dock.start) == pytest.approx((START_E, START_N), abs=0.001)
    assert "0.50 ha" in dock.area_label.text()

    dock.start_edit.setText("38SPK 123")
    dock.start_edit.textEdited.emit("38SPK 123")
    assert dock.recompute() is None
    assert dock.start_edit.toolTip() and dock.status_label.text() == dock.start_edit.toolTip()
    assert dock.save() is None
    assert store.layer("minefield_records").featureCount() == 0


def open_editor(table) -> QLineEdit:
    """The editor of the current cell (closed ones wait hidden for their deferred delete)."""
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_typing_in_a_cell_then_enter_goes_on_to_the_next_cell(setup):
    store, session, dock, canvas, bar = setup
    dock.show()
    table = dock.table
    table.setCurrentCell(0, COL_BEARING)  # the current cell opens for typing at once
    assert table.state() == QAbstractItemView.EditingState
    QTest.keyClicks(open_editor(table), "45")
    QTest.keyClick(open_editor(table), Qt.Key_Return)
    QCoreApplication.processEvents()  # the delegate commits and closes the editor queued
    assert table.text(0, COL_BEARING) == "45"
    assert (table.currentRow(), table.currentColumn()) == (0, COL_DISTANCE)
    QTest.keyClicks(open_editor(table), "120")
    QTest.keyClick(open_editor(table), Qt.Key_Tab)
    assert (table.currentRow(), table.currentColumn()) == (0, COL_FROM)
    QTest.keyClick(open_editor(table), Qt.Key_Return)
    QCoreApplication.processEvents()
    # From the last cell of the last row, on to a new row.
    assert table.rowCount() == 2
    assert (table.currentRow(), table.currentColumn()) == (1, COL_BEARING)
    assert table.text(0, COL_DISTANCE) == "120"
    assert table.text(1, COL_NO) == "2"
    dock.hide()


def test_unsaved_edits_on_a_store_layer_block_saving(setup):
    store, session, dock, canvas, bar = setup
    enter_rectangle(dock, "degrees")
    records = next(layer for layer in session.store_layers()
                   if layer.customProperty("demining/layer") == "minefield_records")
    records.startEditing()
    feature = QgsFeature(records.fields())
    feature["source"] = "typed by hand"
    records.addFeature(feature)
    try:
        assert dock.save() is None
        errors = bar.get_messages(Qgis.Critical)
        assert len(errors) == 1 and "unsaved edits" in errors[0]
        # Counted by reading: the provider's count is unknown (-1) while the layer is edited.
        assert list(store.layer("minefield_records").getFeatures()) == []
        assert list(store.layer("record_points").getFeatures()) == []
    finally:
        records.rollBack()
    assert dock.save() == "MR-0001"
