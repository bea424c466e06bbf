"""Record accuracy (``core/records/accuracy.py`` and ``demining:minemapaccuracy``).

Records are laid out on the ground near Aghdam in UTM zone 38N and stored in EPSG:4326,
as the store keeps them; expected figures are worked out here with pyproj and SciPy,
independently of the plugin's matching and fitting code.
"""

import math
import sqlite3

import numpy as np
import pytest
from pyproj import Geod, Transformer
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant
from scipy.spatial import cKDTree

from demining_plugin.core.errors import DeminingError
from demining_plugin.core.records.accuracy import mine_map_accuracy
from demining_plugin.core.records.fit import FIT_NONE, FIT_SHIFT, FIT_SIMILARITY, fit_record

GEOD = Geod(ellps="WGS84")
TO_LONLAT = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
TO_UTM = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)
X0, Y0 = 650000.0, 4420000.0


def point_layer(xy, name="points", record_ids=None) -> QgsVectorLayer:
    """Points given in UTM 38N metres, stored in EPSG:4326, with ``mine_no`` and ``record_id``."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("mine_no", QVariant.Int), QgsField("record_id", QVariant.String)])
    layer.updateFields()
    features = []
    for k, (x, y) in enumerate(xy):
        lon, lat = TO_LONLAT.transform(x, y)
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes([k, record_ids[k] if record_ids is not None else "MR-0001"])
        features.append(feature)
    provider.addFeatures(features)
    return layer


def polygon_layer(rings, record_ids=None, name="records") -> QgsVectorLayer:
    """Polygons from UTM rings, stored in EPSG:4326."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("record_id", QVariant.String)])
    layer.updateFields()
    features = []
    for k, ring in enumerate(rings):
        points = [QgsPointXY(*TO_LONLAT.transform(x, y)) for x, y in ring]
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolygonXY([points + [points[0]]]))
        feature.setAttributes([record_ids[k] if record_ids else f"MR-{k + 1:04d}"])
        features.append(feature)
    provider.addFeatures(features)
    return layer


def box(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def mine_rows(rng, rows=10, length=400.0, row_gap=12.0):
    """Mine rows with uneven spacing (8-14 m), as a record's rows are laid."""
    points = []
    for row in range(rows):
        u = 0.0
        while u < length:
            points.append((X0 + u, Y0 + row * row_gap + rng.uniform(-1, 1)))
            u += rng.uniform(8, 14)
    return np.array(points)


def ground_distance(lon0, lat0, lon1, lat1):
    return GEOD.inv(lon0, lat0, lon1, lat1)[2]


# --- a record off by more than the tolerance -----------------------------------------------

SHIFT = (12.0, -7.0)
ROTATION_DEG = 2.0  # clockwise


@pytest.fixture(scope="module")
def offset_record():
    rng = np.random.default_rng(7)
    mapped = mine_rows(rng)
    centre = mapped.mean(axis=0)
    turn = math.radians(-ROTATION_DEG)  # clockwise in the east/north plane
    rotation = np.array([[math.cos(turn), -math.sin(turn)], [math.sin(turn), math.cos(turn)]])
    truth = (mapped - centre) @ rotation.T + centre + SHIFT
    found_rows = rng.choice(len(mapped), len(mapped) // 4, replace=False)
    found = truth[found_rows] + rng.normal(0, 0.2, (len(found_rows), 2))
    clutter = centre + rng.uniform(-250, 250, (30, 2))  # items that belong to no record
    return {"mapped": mapped, "truth": truth, "found": np.vstack([found, clutter]), "found_rows": found_rows}


def test_fit_recovers_a_shifted_and_rotated_record(offset_record):
    mapped, found = offset_record["mapped"], offset_record["found"]
    # The record is off by more than the tolerance nearly everywhere.
    rows = offset_record["found_rows"]
    off = np.hypot(*(offset_record["truth"][rows] - mapped[rows]).T)
    assert np.mean(off > 10.0) > 0.8

    fit = fit_record(mapped[:, 0], mapped[:, 1], found[:, 0], found[:, 1], tolerance=10.0)
    assert fit.kind == FIT_SIMILARITY
    assert fit.fit.dx == pytest.approx(SHIFT[0], abs=0.5)
    assert fit.fit.dy == pytest.approx(SHIFT[1], abs=0.5)
    assert fit.fit.rotation_deg == pytest.approx(ROTATION_DEG, abs=0.1)
    assert fit.fit.scale == pytest.approx(1.0, abs=0.002)
    # The pairs are the true ones: each mapped mine with the item found at its true place.
    true_pairs = {(int(m), k) for k, m in enumerate(offset_record["found_rows"])}
    pairs = set(zip(fit.pairs_mapped.tolist(), fit.pairs_found.tolist()))
    assert len(pairs & true_pairs) >= 0.95 * len(true_pairs)
    assert fit.rmse_before > 10.0
    assert fit.rmse_after < 0.5


def test_corrected_layer_lands_on_the_truth(processing_provider, offset_record):
    from qgis import processing

    mapped = point_layer(offset_record["mapped"], "mapped")
    found = point_layer(offset_record["found"], "found")
    result = processing.run("demining:minemapaccuracy", {
        "MAPPED": mapped, "FOUND": found, "TOLERANCE": 10.0,
        "OUTPUT": "TEMPORARY_OUTPUT", "CORRECTED": "TEMPORARY_OUTPUT"})
    assert result["DX"] == pytest.approx(SHIFT[0], abs=0.5)
    assert result["DY"] == pytest.approx(SHIFT[1], abs=0.5)
    assert result["ROTATION_DEG"] == pytest.approx(ROTATION_DEG, abs=0.1)
    assert result["RMSE_AFTER"] < 0.5 < 10.0 < result["RMSE_BEFORE"]

    corrected = result["CORRECTED"]
    assert corrected.featureCount() == len(offset_record["mapped"])
    truth = offset_record["truth"]
    errors, shifts, raw = [], [], []
    for feature in corrected.getFeatures():
        k = feature["mine_no"]
        point = feature.geometry().asPoint()
        true_lon, true_lat = TO_LONLAT.transform(*truth[k])
        map_lon, map_lat = TO_LONLAT.transform(*offset_record["mapped"][k])
        errors.append(ground_distance(point.x(), point.y(), true_lon, true_lat))
        raw.append(ground_distance(map_lon, map_lat, true_lon, true_lat))
        shifts.append(feature["shift_m"])
        assert feature["corrected"] == 1 and feature["acc_record"] == "MR-0001"
    # Every mine of the corrected record is within half a metre of where it really is,
    # where the supplied record had every one of them more than 10 m off.
    assert max(errors) < 0.5
    assert min(raw) > 10.0 and max(raw) > 19.0
    assert np.allclose(shifts, raw, atol=0.5)

    table = {f["record_id"]: f for f in result["OUTPUT"].getFeatures()}
    row = table["MR-0001"]
    assert row["n_mapped"] == len(offset_record["mapped"])
    assert row["fit"] == FIT_SIMILARITY
    # Corrected, every mine found is within the tolerance of its item (stray items may add a few).
    n_true, n_stray, n = len(offset_record["found_rows"]), 30, len(offset_record["mapped"])
    assert n_true / n <= row["recall_corrected"] <= (n_true + n_stray) / n
    # As supplied, items still fall within 10 m of some other mine of these dense rows: the
    # offset shows in the pairs' RMSE, not in the recall.
    assert row["rmse_before"] > 10.0 > 0.5 > row["rmse_after"]


# --- recall and precision on a set with known answers --------------------------------------

@pytest.fixture(scope="module")
def known_set():
    """Ten mapped mines 30 m apart on a line; items found 2 m east of mines 0-3, one 15 m north
    from mine 4, two stray items inside the record far from any mine, one outside it."""
    mapped = np.array([(X0 + 30.0 * k, Y0) for k in range(10)])
    found = [(x + 2.0, y) for x, y in mapped[:4]] + [(mapped[4][0], Y0 + 15.0)]
    found += [(X0 + 100.0, Y0 + 25.0), (X0 + 200.0, Y0 - 25.0)]  # strays inside
    found += [(X0 + 500.0, Y0 + 200.0)]  # outside the record
    record = box(X0 - 20, Y0 - 40, X0 + 300, Y0 + 40)
    return mapped, np.array(found), record


def _independent_recall(mapped, found, tolerance, judged=None):
    """Share of mapped mines with an item within the tolerance on the ellipsoid (pyproj),
    for well separated mines where one-to-one and nearest are the same."""
    m_ll = [TO_LONLAT.transform(x, y) for x, y in mapped]
    f_ll = [TO_LONLAT.transform(x, y) for x, y in found]
    rows = range(len(mapped)) if judged is None else judged
    hits = [any(ground_distance(*m_ll[i], *f) <= tolerance for f in f_ll) for i in rows]
    return sum(hits) / len(hits)


def test_recall_and_precision_of_a_known_set(known_set):
    mapped, found, record = known_set
    result = mine_map_accuracy(point_layer(mapped, "mapped"), point_layer(found, "found"),
                               polygon_layer([record]), tolerance=10.0)
    (row,) = result.records
    assert row.n_mapped == 10 and row.n_judged == 10
    assert row.matched == 4
    assert row.recall == pytest.approx(0.4) == pytest.approx(_independent_recall(mapped, found, 10.0))
    # Seven items lie in the record's area (the one 500 m away does not); four are matched.
    assert row.n_found_in_area == 7
    assert row.precision == pytest.approx(4 / 7)
    # Four pairs, all 2 m east: a shift of (2, 0) m and nothing left after it.
    assert row.fit_pairs == 4
    assert row.dx == pytest.approx(2.0, abs=0.01) and row.dy == pytest.approx(0.0, abs=0.01)
    assert row.rmse_before == pytest.approx(2.0, abs=0.01)
    assert row.rmse_after == pytest.approx(0.0, abs=0.01)

    wide = mine_map_accuracy(point_layer(mapped, "mapped"), point_layer(found, "found"),
                             polygon_layer([record]), tolerance=16.0)
    assert wide.records[0].recall == pytest.approx(0.5) == pytest.approx(_independent_recall(mapped, found, 16.0))


def test_only_mines_in_searched_land_are_judged(known_set):
    mapped, found, record = known_set
    searched = polygon_layer([box(X0 - 10, Y0 - 10, X0 + 125, Y0 + 10)], name="cleared")  # mines 0-4
    result = mine_map_accuracy(point_layer(mapped, "mapped"), point_layer(found, "found"),
                               polygon_layer([record]), searched, tolerance=10.0)
    (row,) = result.records
    assert row.n_judged == 5
    assert row.recall == pytest.approx(0.8) == pytest.approx(_independent_recall(mapped, found, 10.0, range(5)))
    assert result.overall["RECALL"] == pytest.approx(0.8)


def test_one_item_counts_for_one_mapped_mine():
    mapped = np.array([(X0, Y0), (X0 + 4.0, Y0)])
    found = np.array([(X0 + 2.0, Y0 + 0.5)])
    result = mine_map_accuracy(point_layer(mapped, "mapped"), point_layer(found, "found"), tolerance=10.0)
    assert result.records[0].matched == 1
    assert result.records[0].recall == pytest.approx(0.5)


def test_records_by_polygon_when_mines_carry_no_record_id(known_set):
    mapped, found, record = known_set
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "bare", "memory")
    features = []
    for x, y in mapped:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*TO_LONLAT.transform(x, y))))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    other = box(X0 + 1000, Y0, X0 + 1100, Y0 + 100)
    result = mine_map_accuracy(layer, point_layer(found, "found"),
                               polygon_layer([record, other], ["MR-0007", "MR-0008"]), tolerance=10.0)
    assert [(r.record_id, r.n_mapped, r.matched) for r in result.records] == [("MR-0007", 10, 4), ("MR-0008", 0, 0)]
    assert result.records[1].fit_kind == FIT_NONE and "no mapped mines" in result.records[1].note


# --- degenerate input ------------------------------------------------------------------------

def test_two_pairs_give_a_shift_only_and_say_so():
    mapped = np.array([(X0, Y0), (X0 + 50.0, Y0), (X0 + 100.0, Y0)])
    found = np.array([(X0 + 1.0, Y0 + 1.0), (X0 + 51.0, Y0 + 1.0)])
    result = mine_map_accuracy(point_layer(mapped, "mapped"), point_layer(found, "found"), tolerance=10.0)
    (row,) = result.records
    assert row.fit_kind == FIT_SHIFT
    assert row.dx == pytest.approx(1.0, abs=0.01) and row.dy == pytest.approx(1.0, abs=0.01)
    assert row.rotation_deg == 0.0 and row.scale == 1.0
    assert row.note.startswith("Only 2 matched pairs: shift only")


def test_a_record_with_nothing_found_near_has_no_fit():
    mapped = np.array([(X0, Y0), (X0 + 20.0, Y0)])
    found = np.array([(X0 + 5000.0, Y0)])
    result = mine_map_accuracy(point_layer(mapped, "mapped"), point_layer(found, "found"), tolerance=10.0)
    (row,) = result.records
    assert (row.fit_kind, row.recall, row.dx, row.rmse_before) == (FIT_NONE, 0.0, None, None)
    assert row.note == "No found item near the record: nothing to fit."
    assert result.overall["DX"] is None and result.overall["RECALL"] == 0.0


def test_a_few_stray_items_do_not_make_a_large_offset():
    # A dense record and three items 60 m away: some shift always fits three items; it is not believed.
    rng = np.random.default_rng(3)
    mapped = mine_rows(rng, rows=6, length=200.0)
    found = np.array([(X0 + 100.0, Y0 + 130.0), (X0 + 112.0, Y0 + 131.0), (X0 + 90.0, Y0 + 142.0)])
    result = mine_map_accuracy(point_layer(mapped, "mapped"), point_layer(found, "found"), tolerance=10.0)
    (row,) = result.records
    assert row.fit_kind == FIT_NONE and row.dx is None
    assert "not believed" in row.note


@pytest.mark.parametrize("which, message", [
    ("found", "The found items layer has no item with a position"),
    ("mapped", "The mapped mines layer has no features"),
])
def test_empty_layers_are_refused_with_a_message(processing_provider, known_set, which, message):
    from qgis import processing

    mapped, found, _record = known_set
    layers = {"mapped": point_layer(mapped, "mapped"), "found": point_layer(found, "found")}
    layers[which] = point_layer([], which)
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("demining:minemapaccuracy", {
            "MAPPED": layers["mapped"], "FOUND": layers["found"], "OUTPUT": "TEMPORARY_OUTPUT"})


def test_bad_tolerance_is_refused(known_set):
    mapped, found, _record = known_set
    with pytest.raises(DeminingError, match="tolerance must be more than 0 m"):
        mine_map_accuracy(point_layer(mapped), point_layer(found), tolerance=0.0)
    with pytest.raises(DeminingError, match="largest offset"):
        mine_map_accuracy(point_layer(mapped), point_layer(found), tolerance=20.0, max_offset=5.0)


# --- the demo store ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_store(demo_copy):
    """The demo store (built once per session, copied for this module)."""
    return str(demo_copy)


def _independent_demo_matches(path: str, tolerance: float):
    """Per record: mapped mines in cleared land, and how many have an item within the
    tolerance, with shapely and a KD-tree in UTM 38N (the demo's records are far apart,
    and their items within a few metres of one mine each)."""
    import shapely
    from shapely import wkb

    con = sqlite3.connect(path)

    def points(table, extra=""):
        rows = con.execute(f"SELECT {extra} geom FROM {table}").fetchall()
        xy = np.array([TO_UTM.transform(*_gpkg_point(r[-1])) for r in rows])
        return rows, xy

    def polygons(query):
        return [wkb.loads(_gpkg_wkb(r[0])) for r in con.execute(query).fetchall()]

    cleared = shapely.union_all(polygons("SELECT geom FROM cleared_areas WHERE release_method = 'cleared'"))
    mines, mine_xy = points("mapped_mines", "record_id,")
    _items, item_xy = points("detections")
    lonlat = np.array([_gpkg_point(r[-1]) for r in mines])
    in_cleared = shapely.contains_xy(cleared, lonlat[:, 0], lonlat[:, 1])
    near = cKDTree(item_xy).query(mine_xy, distance_upper_bound=tolerance)[0] <= tolerance
    con.close()
    out = {}
    for (record_id, _g), judged, hit in zip(mines, in_cleared, near):
        counts = out.setdefault(record_id, [0, 0])
        counts[0] += int(judged)
        counts[1] += int(judged and hit)
    return out


def _gpkg_wkb(blob: bytes) -> bytes:
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
    return bytes(blob[8 + envelope:])


def _gpkg_point(blob: bytes):
    import struct

    body = _gpkg_wkb(blob)
    return struct.unpack("<dd", body[5:21]) if body[0] == 1 else struct.unpack(">dd", body[5:21])


def test_demo_records_come_out_at_a_quarter(processing_provider, demo_store):
    from qgis import processing

    result = processing.run("demining:minemapaccuracy", {
        "MAPPED": f"{demo_store}|layername=mapped_mines", "FOUND": f"{demo_store}|layername=detections",
        "RECORDS": f"{demo_store}|layername=minefield_records",
        "SEARCHED": f"{demo_store}|layername=cleared_areas|subset=release_method = 'cleared'",
        "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = {f["record_id"]: f for f in result["OUTPUT"].getFeatures()}
    expected = _independent_demo_matches(demo_store, 5.0)
    con = sqlite3.connect(demo_store)
    assert set(rows) == {r for (r,) in con.execute("SELECT record_id FROM minefield_records")}
    assert sum(f["n_mapped"] for f in rows.values()) == 189_000
    con.close()
    judged = {rid: f for rid, f in rows.items() if f["n_judged"]}
    assert len(judged) >= 5
    for record_id, f in rows.items():
        n_judged, hits = expected[record_id]
        assert f["n_judged"] == n_judged, record_id
        # Matched one to one within 10 m is the same as "an item within 5 m" here.
        assert f["matched"] == hits, record_id
    for f in judged.values():
        assert 0.2 <= f["recall"] <= 0.3, f["record_id"]
        assert abs(f["dx"]) < 3 and abs(f["dy"]) < 3 and f["rmse_after"] < f["rmse_before"]
    assert result["RECALL"] == pytest.approx(sum(h for _n, h in expected.values())
                                             / sum(n for n, _h in expected.values()))
    assert 0.24 <= result["RECALL"] <= 0.26
    assert result["PRECISION"] > 0.9


def test_algorithm_is_registered(processing_provider):
    algorithm = QgsApplication.processingRegistry().algorithmById("demining:minemapaccuracy")
    assert algorithm is not None
    names = {p.name() for p in algorithm.parameterDefinitions()}
    assert {"MAPPED", "FOUND", "RECORDS", "TOLERANCE", "OUTPUT", "CORRECTED"} <= names
    assert algorithm.parameterDefinition("TOLERANCE").defaultValue() == 10.0
    outputs = {o.name() for o in algorithm.outputDefinitions()}
    assert {"RECALL", "PRECISION", "DX", "DY", "ROTATION_DEG", "SCALE", "RMSE_BEFORE", "RMSE_AFTER"} <= outputs


def test_without_scipy_the_message_says_what_to_install(known_set, monkeypatch):
    from demining_plugin.core.records import fit

    mapped, found, _record = known_set
    monkeypatch.setattr(fit, "cKDTree", None)
    with pytest.raises(DeminingError, match="needs SciPy.*python3-scipy"):
        mine_map_accuracy(point_layer(mapped), point_layer(found))
