"""The "Mine maps" dock as a user meets it: a store with one supplied record, part of it
cleared, with items found 25% of its mines 3 m east and 2 m south of where the record has
them; the dock lists the record with its figures, draws the offset and adds the corrected
layer."""

import datetime
import math

import numpy as np
import pytest
from pyproj import Geod, Transformer
from qgis.core import Qgis, QgsGeometry, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject, pyqtSignal

from demining_plugin.core.store import create_store
from demining_plugin.gui.minemaps_dock import ARROW_EXAGGERATION, MineMapsDock
from tests.helpers import add_features, wait_until

TO_LONLAT = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
GEOD = Geod(ellps="WGS84")
X0, Y0 = 650000.0, 4420000.0
SHIFT = (3.0, -2.0)


def lonlat_point(x, y) -> QgsGeometry:
    return QgsGeometry.fromPointXY(QgsPointXY(*TO_LONLAT.transform(x, y)))


def lonlat_box(x0, y0, x1, y1) -> QgsGeometry:
    ring = [QgsPointXY(*TO_LONLAT.transform(x, y)) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0))]
    return QgsGeometry.fromPolygonXY([ring])


class FakeSession(QObject):
    store_changed = pyqtSignal()
    figures_ready = pyqtSignal(object)

    def __init__(self, store):
        super().__init__()
        self.store = store


@pytest.fixture
def store(tmp_path, qgis_new_project):
    rng = np.random.default_rng(5)
    store = create_store(str(tmp_path / "records.gpkg"))
    mines = [(X0 + 12.0 * k, Y0 + 11.0 * row) for row in range(8) for k in range(40)]
    add_features(store.layer("minefield_records"), [
        (lonlat_box(X0 - 15, Y0 - 15, X0 + 500, Y0 + 95),
         {"record_id": "MR-0001", "source": "Supplied mine map, test", "received_on": datetime.date(2021, 6, 12),
          "claimed_ap": 200, "claimed_at": 120, "claimed_total": 320}),
    ])
    add_features(store.layer("mapped_mines"), [
        (lonlat_point(x, y), {"mine_id": f"MM-{k + 1:06d}", "record_id": "MR-0001", "category": "AP"})
        for k, (x, y) in enumerate(mines)])
    # The west half (x < X0 + 238) is cleared: 160 mines judged; 40 of them found.
    add_features(store.layer("cleared_areas"), [
        (lonlat_box(X0 - 30, Y0 - 30, X0 + 238, Y0 + 120),
         {"release_id": "LR-000001", "release_method": "cleared", "technique": "manual",
          "released_on": datetime.date(2021, 8, 1)}),
    ])
    west = [k for k, (x, _y) in enumerate(mines) if x < X0 + 238]
    found = sorted(rng.choice(west, 40, replace=False).tolist())
    add_features(store.layer("detections"), [
        (lonlat_point(mines[k][0] + SHIFT[0], mines[k][1] + SHIFT[1]),
         {"item_id": f"D-{n + 1:06d}", "category": "AP", "quantity": 1, "found_on": datetime.date(2021, 8, 1)})
        for n, k in enumerate(found)])
    store.test_mines = mines
    return store


@pytest.fixture
def dock(store, qgis_iface):
    qgis_iface.messageBar().clear_messages()
    session = FakeSession(store)
    widget = MineMapsDock(qgis_iface, session)
    widget.compute()
    wait_until(lambda: widget.result is not None, what="the accuracy figures")
    yield widget
    widget.teardown()
    widget.deleteLater()
    QgsProject.instance().clear()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def cell(widget, row, title):
    return widget.table.item(row, widget.COLUMNS.index(title)).text()


def test_lists_the_record_with_its_figures(dock):
    assert dock.table.rowCount() == 1
    assert cell(dock, 0, "Record") == "MR-0001"
    assert cell(dock, 0, "Source") == "Supplied mine map, test"
    assert cell(dock, 0, "Received") == "2021-06-12"
    assert cell(dock, 0, "Claimed") == "320"
    assert cell(dock, 0, "Mapped") == "320"
    assert cell(dock, 0, "Judged") == "160"
    assert cell(dock, 0, "Recall") == "25.0%"  # 40 of the 160 mines in cleared land
    assert cell(dock, 0, "Precision") == "100.0%"
    offset = math.hypot(*SHIFT)
    assert cell(dock, 0, "Offset (m): total (east, north)").startswith(f"{offset:.2f} (3.00, -2.00)")
    assert float(cell(dock, 0, "RMSE before (m)")) == pytest.approx(offset, abs=0.01)
    assert float(cell(dock, 0, "RMSE after (m)")) < 0.01
    assert "25.0%" in dock.summary_label.text() and "40 of 160" in dock.summary_label.text()
    assert dock.arrows_button.isEnabled() and dock.corrected_button.isEnabled()


def test_offset_arrows_and_corrected_layer(dock, store):
    records, pairs = dock.offset_layers()
    (arrow,) = list(records.getFeatures())
    start, tip = arrow.geometry().asPolyline()
    # Drawn ARROW_EXAGGERATION times the offset, from the record's centre.
    length = GEOD.inv(start.x(), start.y(), tip.x(), tip.y())[2]
    assert length == pytest.approx(ARROW_EXAGGERATION * math.hypot(*SHIFT), rel=0.01)
    assert arrow["offset_m"] == pytest.approx(math.hypot(*SHIFT), abs=0.01)
    assert pairs.featureCount() == 40
    for feature in pairs.getFeatures():
        a, b = feature.geometry().asPolyline()
        assert GEOD.inv(a.x(), a.y(), b.x(), b.y())[2] == pytest.approx(math.hypot(*SHIFT), abs=0.01)

    corrected = dock.corrected_layer()
    assert corrected.featureCount() == 320
    mines = store.test_mines
    for feature in corrected.getFeatures():
        k = int(feature["mine_id"][3:]) - 1
        truth = TO_LONLAT.transform(mines[k][0] + SHIFT[0], mines[k][1] + SHIFT[1])
        point = feature.geometry().asPoint()
        assert GEOD.inv(point.x(), point.y(), *truth)[2] < 0.01

    dock.draw_offsets()
    dock.add_corrected_layer()
    names = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    assert names == sorted([records.name(), pairs.name(), corrected.name()])
    dock.draw_offsets()  # drawn again: replaced, not added twice
    assert len(QgsProject.instance().mapLayers()) == 3


def test_double_click_zooms_to_the_record(dock, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsProject.instance().crs())
    dock.zoom_to_record("MR-0001")
    extent = canvas.extent()
    centre = TO_LONLAT.transform(X0 + 242, Y0 + 40)
    assert extent.contains(QgsPointXY(*centre))
    assert extent.width() < 0.05


def test_a_store_without_mapped_mines_or_items_says_so(tmp_path, qgis_new_project, qgis_iface):
    qgis_iface.messageBar().clear_messages()
    store = create_store(str(tmp_path / "empty.gpkg"))
    widget = MineMapsDock(qgis_iface, FakeSession(store))
    try:
        widget.compute()
        # Read in the background: the panel says so until the verdict arrives.
        assert widget.summary_label.text().startswith("Computing…")
        wait_until(lambda: widget._task is None, what="the records to be read")
        assert widget.result is None and widget.table.rowCount() == 0
        assert widget.summary_label.text() == "This store has no mapped mines yet: import a supplied mine map first."
        add_features(store.layer("minefield_records"), [
            (lonlat_box(X0, Y0, X0 + 100, Y0 + 100), {"record_id": "MR-0001", "source": "Test"})])
        add_features(store.layer("mapped_mines"), [(lonlat_point(X0 + 50, Y0 + 50), {"mine_id": "MM-000001",
                                                                             "record_id": "MR-0001"})])
        widget.compute()
        wait_until(lambda: widget._task is None, what="the records to be read")
        assert widget.summary_label.text() == "No item found yet: nothing to judge the 1 record(s) against."
        assert not widget.arrows_button.isEnabled() and not widget.corrected_button.isEnabled()
        assert qgis_iface.messageBar().get_messages(Qgis.Critical) == []  # no error pushed
    finally:
        widget.teardown()
        widget.deleteLater()
