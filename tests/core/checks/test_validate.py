"""Data checks (``core/checks/validate.py``, ``demining:validate``): each rule fires on a store
built to break it and stays silent on the clean store and on a near miss; the safe fixes
repair what they claim, in one undoable change set.

Distances and areas in the expected figures come from pyproj's geodesic computations
(``ground.py``), not from the plugin's own measuring code.
"""

import datetime
import sqlite3

import pytest
from osgeo import gdal
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from demining_plugin.core.checks.fixes import fix_changes
from demining_plugin.core.checks.rules import RULES
from demining_plugin.core.checks.validate import validate_store
from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.store import create_store
from tests.ground import (
    GEOD,
    X0,
    Y0,
    clean_seed,
    geodesic_ha,
    to_wgs84,
    utm_box,
    utm_point,
    utm_polygon,
)

TODAY = datetime.date(2022, 1, 1)
DAY = datetime.date(2021, 11, 23)


@pytest.fixture()
def store(tmp_path):
    s = create_store(str(tmp_path / "checks.gpkg"))
    s.apply(clean_seed())
    return s


def check(store):
    return validate_store(store, today=TODAY)


def fired(store, rule):
    return [f for f in check(store) if f.rule == rule]


def add(store, layer, geometry, **values):
    changes = ChangeSet()
    changes.add(layer, geometry, values)
    store.apply(changes)


def sql(store, statement):
    """Change the store behind the plugin's back, as another program would (through GDAL,
    whose SQLite functions the GeoPackage's triggers need)."""
    ds = gdal.OpenEx(store.location, gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL(statement)
    ds = None


def released(store, geometry, **values):
    values = {"release_method": "cleared", "released_on": DAY, "hazard_id": "H-0001", "task_id": "T-0001",
              **values}
    add(store, "cleared_areas", geometry, **values)


# -- the clean store ---------------------------------------------------------------------

def test_the_clean_store_has_no_findings(store):
    assert check(store) == []


def test_every_rule_has_a_severity_and_a_title():
    assert {rule.severity for rule in RULES.values()} == {"error", "warning"}
    assert all(rule.title for rule in RULES.values())


# -- geometry ---------------------------------------------------------------------------------

def test_self_intersecting_hazard_is_found_where_it_crosses_and_made_valid(store):
    # A bow tie: the two triangles cross at (1000, 1000) m.
    add(store, "hazard_areas", utm_polygon((500, 500), (1500, 1500), (1500, 500), (500, 1500)),
        classification="SHA", status="open")
    findings = fired(store, "invalid_geometry")
    assert [(f.layer, f.feature_id, f.fix) for f in findings] == [("hazard_areas", "H-0002", "make_valid")]
    assert "Self-intersection" in findings[0].message
    crossing = utm_point(1000, 1000).asPoint()
    assert findings[0].location.distance(crossing) < 1e-5  # degrees, ~1 m

    changes, notes = fix_changes(store, findings)
    undo = store.apply(changes)
    assert notes == [] and fired(store, "invalid_geometry") == []
    fixed = next(f for f in store.layer("hazard_areas").getFeatures() if f["hazard_id"] == "H-0002").geometry()
    assert fixed.isGeosValid()
    # Both triangles kept: half the square's area (1000 m x 1000 m square, two quarter triangles).
    assert geodesic_ha(fixed) == pytest.approx(geodesic_ha(to_wgs84(utm_box(500, 500, 1500, 1500))) / 2, rel=1e-4)
    store.apply(undo)
    assert len(fired(store, "invalid_geometry")) == 1


def test_feature_without_geometry_is_found(store):
    add(store, "detections", None, category="UXO", found_on=DAY, task_id="T-0001")
    assert [(f.layer, f.feature_id) for f in fired(store, "missing_geometry")] == [("detections", "D-000002")]


def test_ring_with_two_distinct_vertices_is_found(store):
    add(store, "clearance_tasks", utm_polygon((600, 600), (900, 900), (900, 900)),
        hazard_id="H-0001", task_type="clearance", status="open")
    assert [f.feature_id for f in fired(store, "too_few_vertices")] == ["T-0002"]


def test_triangle_has_enough_vertices(store):
    add(store, "clearance_tasks", utm_polygon((600, 600), (900, 900), (900, 600)),
        hazard_id="H-0001", task_type="clearance", status="open")
    assert fired(store, "too_few_vertices") == []


def test_duplicate_consecutive_vertices_are_found_and_dropped(store):
    add(store, "clearance_tasks", utm_polygon((600, 600), (600, 900), (600, 900), (900, 900), (900, 600)),
        hazard_id="H-0001", task_type="clearance", status="open")
    findings = fired(store, "duplicate_vertices")
    assert [(f.feature_id, f.fix) for f in findings] == [("T-0002", "drop_duplicate_vertices")]
    store.apply(fix_changes(store, findings)[0])
    task = next(f for f in store.layer("clearance_tasks").getFeatures() if f["task_id"] == "T-0002")
    assert len(task.geometry().asMultiPolygon()[0][0]) == 5  # four corners and the closing vertex
    assert fired(store, "duplicate_vertices") == []


@pytest.mark.parametrize("length_m, fires", [(6000, True), (4000, False)])
def test_vertex_gap_over_5_km(store, length_m, fires):
    line = to_wgs84(QgsGeometry.fromPolylineXY([QgsPointXY(X0, Y0), QgsPointXY(X0 + length_m, Y0)]))
    add(store, "cleared_routes", line, cleared_on=DAY)
    findings = fired(store, "vertex_gap")
    assert bool(findings) is fires
    if fires:
        a, b = line.asPolyline()
        _, _, metres = GEOD.inv(a.x(), a.y(), b.x(), b.y())
        assert f"{metres / 1000:.1f} km" in findings[0].message


# -- released land --------------------------------------------------------------------------

def test_overlapping_released_land_is_found_with_its_area(store):
    released(store, to_wgs84(utm_box(500, 500, 800, 800)))
    released(store, to_wgs84(utm_box(700, 700, 1000, 1000)))
    findings = fired(store, "released_overlap")
    assert [f.feature_id for f in findings] == ["LR-000001"]
    expected_m2 = geodesic_ha(to_wgs84(utm_box(700, 700, 800, 800))) * 1e4  # about 1 ha
    assert f"{expected_m2:,.0f} m²" in findings[0].message
    assert "LR-000002" in findings[0].message


def test_released_land_sharing_a_long_edge_does_not_overlap(store):
    # A shared 1 km edge in EPSG:4326: straight in degrees, yet not a double count.
    released(store, to_wgs84(utm_box(500, 500, 1000, 1500)))
    released(store, to_wgs84(utm_box(1000, 500, 1500, 1500)))
    assert fired(store, "released_overlap") == []


def test_released_land_outside_its_hazard(store):
    released(store, to_wgs84(utm_box(1400, 600, 1600, 700)))
    findings = fired(store, "released_outside_hazard")
    assert [f.feature_id for f in findings] == ["LR-000001"]
    outside_ha = geodesic_ha(to_wgs84(utm_box(1500, 600, 1600, 700)))  # about 1 ha
    assert f"{outside_ha:.2f}" in f"{float(findings[0].message.split('(')[1].split(' ha')[0]):.2f}"


def test_released_land_inside_its_hazard_is_not_outside(store):
    released(store, to_wgs84(utm_box(500, 500, 1500, 1500)))
    assert fired(store, "released_outside_hazard") == []


def test_released_area_larger_than_its_hazard(store):
    add(store, "hazard_areas", to_wgs84(utm_box(0, 1600, 100, 1700)), classification="SHA", status="open")
    # Land recorded against the 1 ha H-0002 but drawn over the 100 ha H-0001.
    released(store, to_wgs84(utm_box(500, 500, 700, 700)), hazard_id="H-0002")
    findings = fired(store, "released_exceeds_hazard")
    assert [(f.layer, f.feature_id) for f in findings] == [("hazard_areas", "H-0002")]


# -- stored figures ---------------------------------------------------------------------------

@pytest.mark.parametrize("stored_ha, fires", [(150.0, True), (100.5, False)])
def test_stored_area_differing_by_more_than_1_percent(store, stored_ha, fires):
    sql(store, f"UPDATE hazard_areas SET area_ha = {stored_ha} WHERE hazard_id = 'H-0001'")
    findings = fired(store, "area_mismatch")
    assert bool(findings) is fires
    if fires:
        truth = geodesic_ha(to_wgs84(utm_box(500, 500, 1500, 1500)))
        assert findings[0].fix == "store_area"
        store.apply(fix_changes(store, findings)[0])
        with sqlite3.connect(store.location) as con:
            (area,) = con.execute("SELECT area_ha FROM hazard_areas WHERE hazard_id = 'H-0001'").fetchone()
        assert area == pytest.approx(truth, rel=1e-5)
        assert fired(store, "area_mismatch") == []


def test_item_outside_every_task_and_released_area(store):
    add(store, "detections", utm_point(1800, 1800), category="UXO", found_on=DAY)
    assert [f.feature_id for f in fired(store, "item_outside_work")] == ["D-000002"]


def test_item_in_released_land_outside_tasks_is_fine(store):
    add(store, "hazard_areas", to_wgs84(utm_box(1600, 1600, 1900, 1900)), classification="SHA", status="open")
    released(store, to_wgs84(utm_box(1600, 1600, 1900, 1900)), hazard_id="H-0002", task_id=None)
    add(store, "detections", utm_point(1800, 1800), category="UXO", found_on=DAY)
    assert fired(store, "item_outside_work") == []


# -- attributes --------------------------------------------------------------------------

def test_date_in_the_future(store):
    add(store, "detections", utm_point(900, 900), category="AP", found_on=datetime.date(2022, 6, 1),
        task_id="T-0001")
    findings = fired(store, "date_future")
    assert [f.feature_id for f in findings] == ["D-000002"]
    assert "2022-06-01" in findings[0].message


def test_end_before_start(store):
    sql(store, "UPDATE clearance_tasks SET planned_start = '2021-10-05', planned_end = '2021-10-01'")
    assert [f.feature_id for f in fired(store, "date_order")] == ["T-0001"]
    sql(store, "UPDATE clearance_tasks SET planned_start = '2021-10-01', planned_end = '2021-10-05'")
    assert fired(store, "date_order") == []


def test_coordinates_outside_the_country_and_swapped(store):
    inside = utm_point(1000, 1000).asPoint()
    add(store, "detections", QgsGeometry.fromPointXY(QgsPointXY(inside.y(), inside.x())),
        category="AP", found_on=DAY, task_id="T-0001")
    add(store, "detections", QgsGeometry.fromPointXY(QgsPointXY(10.0, 10.0)), category="AP", found_on=DAY,
        task_id="T-0001")
    assert [f.feature_id for f in fired(store, "swapped_coordinates")] == ["D-000002"]
    assert [f.feature_id for f in fired(store, "outside_country")] == ["D-000003"]


def test_identifiers_padded_duplicate_and_missing(store):
    add(store, "clearance_tasks", to_wgs84(utm_box(600, 600, 700, 700)), task_id="T-0009 ",
        hazard_id="H-0001", task_type="clearance", status="open")
    add(store, "clearance_tasks", to_wgs84(utm_box(700, 600, 800, 700)), task_id=" t-0001",
        hazard_id="H-0001", task_type="clearance", status="open")
    add(store, "detections", utm_point(650, 650), category="AP", found_on=DAY, task_id="T-0009 ")
    sql(store, "UPDATE detections SET item_id = '' WHERE item_id = 'D-000001'")
    padded = {f.feature_id: f.fix for f in fired(store, "padded_identifier")}
    assert padded == {"T-0009 ": "trim_identifier", " t-0001": ""}  # T-0001 taken: no safe trim
    assert sorted(f.feature_id for f in fired(store, "duplicate_identifier")) == [" t-0001", "T-0001"]
    assert [f.layer for f in fired(store, "missing_identifier")] == ["detections"]

    store.apply(fix_changes(store, fired(store, "padded_identifier"))[0])
    with sqlite3.connect(store.location) as con:
        tasks = sorted(r[0] for r in con.execute("SELECT task_id FROM clearance_tasks"))
        links = [r[0] for r in con.execute("SELECT task_id FROM detections WHERE item_id = 'D-000002'")]
    assert tasks == [" t-0001", "T-0001", "T-0009"]
    assert links == ["T-0009"]  # the item follows its task
    assert fired(store, "orphan_link") == []


def test_orphan_links(store):
    add(store, "detections", utm_point(900, 900), category="AP", found_on=DAY, task_id="T-9999")
    add(store, "minefield_records", to_wgs84(utm_box(600, 600, 900, 900)), source="map")
    add(store, "mapped_mines", utm_point(700, 700), record_id="MR-0001")
    add(store, "mapped_mines", utm_point(710, 700), record_id="MR-0404")
    released(store, to_wgs84(utm_box(500, 500, 600, 600)), hazard_id="H-0001", task_id="T-0404")
    orphans = sorted((f.layer, f.feature_id) for f in fired(store, "orphan_link"))
    assert orphans == [("cleared_areas", "LR-000001"), ("detections", "D-000002"), ("mapped_mines", "MM-000002")]


def test_closed_hazard_with_area_remaining(store):
    sql(store, "UPDATE hazard_areas SET status = 'closed', remaining_ha = 40")
    findings = fired(store, "closed_with_area_left")
    assert [f.feature_id for f in findings] == ["H-0001"] and "40.0000 ha" in findings[0].message
    # Remaining set to 0 but half the land never released: still found, from the geometry.
    sql(store, "UPDATE hazard_areas SET remaining_ha = 0")
    released(store, to_wgs84(utm_box(500, 500, 1000, 1500)))
    findings = fired(store, "closed_with_area_left")
    expected = geodesic_ha(to_wgs84(utm_box(1000, 500, 1500, 1500)))
    assert f"{expected:,.2f}" == f"{float(findings[0].message.split(' but ')[1].split(' ha')[0]):,.2f}"


def test_closed_hazard_fully_released_is_fine(store):
    sql(store, "UPDATE hazard_areas SET status = 'closed', remaining_ha = 0")
    released(store, to_wgs84(utm_box(500, 500, 1000, 1500)))
    released(store, to_wgs84(utm_box(1000, 500, 1500, 1500)))
    assert fired(store, "closed_with_area_left") == []


def test_cha_without_evidence(store):
    add(store, "hazard_areas", to_wgs84(utm_box(1600, 1600, 1900, 1900)), classification="CHA", status="open")
    add(store, "hazard_areas", to_wgs84(utm_box(100, 1600, 400, 1900)), classification="SHA", status="open")
    add(store, "hazard_areas", to_wgs84(utm_box(100, 100, 400, 400)), classification="CHA", status="open")
    add(store, "accidents", utm_point(200, 200), occurred_on=DAY, activity="farming", civilian=True)
    assert [f.feature_id for f in fired(store, "cha_without_evidence")] == ["H-0002"]


# -- the algorithm ----------------------------------------------------------------------------

def test_validate_algorithm_writes_the_findings(store, processing_provider, tmp_path):
    import processing

    add(store, "hazard_areas", utm_polygon((500, 500), (1500, 1500), (1500, 500), (500, 1500)),
        classification="SHA", status="open")
    add(store, "detections", utm_point(900, 900), category="AP", found_on=DAY, task_id="T-9999")
    before = open(store.location, "rb").read()
    out = str(tmp_path / "findings.gpkg")
    result = processing.run("demining:validate", {"STORE": store.location, "OUTPUT": out})
    expected = validate_store(store)
    assert result["N_FINDINGS"] == len(expected) >= 2
    layer = QgsVectorLayer(out, "findings", "ogr")
    rows = {(f["layer"], f["feature_id"], f["rule"], f["severity"]) for f in layer.getFeatures()}
    assert ("hazard_areas", "H-0002", "invalid_geometry", "error") in rows
    assert ("detections", "D-000002", "orphan_link", "error") in rows
    assert all(f.hasGeometry() for f in layer.getFeatures())
    assert open(store.location, "rb").read() == before  # checking changes nothing


def test_validate_algorithm_refuses_a_file_that_is_not_a_store(tmp_path, processing_provider):
    import processing

    bogus = tmp_path / "bogus.gpkg"
    bogus.write_bytes(b"not a database at all" * 10)
    with pytest.raises(QgsProcessingException, match="not a GeoPackage"):
        processing.run("demining:validate", {"STORE": str(bogus), "OUTPUT": "TEMPORARY_OUTPUT"})

