"""Marking land released: clipping, counting once, districts, statuses, undo, atomicity,
and the Processing twins ``demining:markcleared`` and ``demining:sectorise``."""

import datetime
import sqlite3

import pytest
from qgis.core import (
    QgsGeometry,
    QgsProcessingException,
)

from demining_plugin.core.errors import DeminingError, StoreError
from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.release.marking import mark_released, plan_release
from demining_plugin.core.release.sectors import main_direction, sector_task_changes, sectorise
from tests.ground import UTM, WGS84, X0, Y0, geodesic_ha, ground_store, to_wgs84, utm_box
from tests.helpers import memory_polygons, release_details

DAY = datetime.date(2021, 11, 23)


@pytest.fixture()
def store(tmp_path):
    """Two districts, one 100 ha CHA (H-0001) across their border, one task over it."""
    s = ground_store(str(tmp_path / "release.gpkg"))
    return s


def released(store):
    return list(store.layer("cleared_areas").getFeatures())


def hazard(store, hazard_id="H-0001"):
    return next(f for f in store.layer("hazard_areas").getFeatures() if f["hazard_id"] == hazard_id)


def dump(store) -> dict:
    """Every row of the store's tables, geometry blobs included (not the history: an undo is a
    change on record too)."""
    con = sqlite3.connect(store.location)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM gpkg_contents WHERE table_name <> 'demining_history'")]
        return {t: sorted(map(repr, con.execute(f'SELECT * FROM "{t}"').fetchall())) for t in tables}
    finally:
        con.close()


def test_drawing_is_clipped_to_the_hazard_and_stored_with_its_attributes(store):
    plan = mark_released(store, utm_box(300, 300, 800, 900), UTM, release_details(depth_cm=13))
    rows = released(store)
    assert len(rows) == 1
    row = rows[0]
    assert (row["release_id"], row["release_method"], row["technique"], row["team"], row["task_id"],
            row["hazard_id"], row["district"], row["depth_cm"]) == \
        ("LR-000001", "cleared", "manual", "MC-1", "T-0001", "H-0001", "West", 13)
    assert row["released_on"].toPyDate() == DAY
    # 300 m x 400 m inside the hazard = 12 ha on the ground.
    expected = geodesic_ha(to_wgs84(utm_box(500, 500, 800, 900)))
    assert row["area_ha"] == pytest.approx(expected, rel=5e-4)
    # Clipped in the store's CRS: the drawing intersected with the hazard as stored.
    clipped = to_wgs84(utm_box(300, 300, 800, 900)).intersection(to_wgs84(utm_box(500, 500, 1500, 1500)))
    assert row.geometry().symDifference(clipped).area() < 1e-14
    assert plan.summary("cleared").startswith(f"{expected:.2f} ha cleared in task T-0001 (West)")
    assert "remain in hazard H-0001" in plan.summary("cleared")


def test_overlapping_markings_count_the_union_once(store):
    a = utm_box(600, 600, 1000, 1000)
    b = utm_box(800, 800, 1300, 1200)
    mark_released(store, a, UTM, release_details())
    plan = mark_released(store, b, UTM, release_details())
    stored_b = QgsGeometry.unaryUnion([p.geometry for p in plan.pieces])
    expected_b = to_wgs84(b).difference(to_wgs84(a))
    assert stored_b.symDifference(expected_b).area() < 1e-12
    total = sum(f["area_ha"] for f in released(store))
    union_ha = geodesic_ha(to_wgs84(QgsGeometry.unaryUnion([a, b])))
    assert total == pytest.approx(union_ha, rel=5e-4)
    naive = geodesic_ha(to_wgs84(a)) + geodesic_ha(to_wgs84(b))
    assert naive - total > 3.9  # the 4 ha overlap was not counted twice
    # No two stored polygons overlap.
    geoms = [f.geometry() for f in released(store)]
    assert all(geoms[i].intersection(geoms[j]).area() < 1e-14
               for i in range(len(geoms)) for j in range(i + 1, len(geoms)))


def test_a_polygon_across_a_district_boundary_is_split(store):
    drawing = utm_box(800, 600, 1300, 1000)
    plan = mark_released(store, drawing, UTM, release_details())
    by_district = {p.district: p.area_ha for p in plan.pieces}
    assert set(by_district) == {"West", "East"}
    assert by_district["West"] == pytest.approx(geodesic_ha(to_wgs84(utm_box(800, 600, 1000, 1000))), rel=5e-4)
    assert sum(by_district.values()) == pytest.approx(geodesic_ha(to_wgs84(drawing)), rel=5e-4)
    assert {f["district"] for f in released(store)} == {"West", "East"}


def test_hazard_status_follows_the_work(store):
    assert hazard(store)["status"] == "open"
    mark_released(store, utm_box(500, 500, 1000, 1500), UTM, release_details())
    h = hazard(store)
    assert h["status"] == "worked_on"
    whole = geodesic_ha(to_wgs84(utm_box(500, 500, 1500, 1500)))
    assert h["remaining_ha"] == pytest.approx(whole / 2, rel=5e-4)
    task = next(store.layer("clearance_tasks").getFeatures())
    assert task["status"] == "worked_on"
    plan = mark_released(store, utm_box(400, 400, 1600, 1600), UTM, release_details(method="reduced"))
    h = hazard(store)
    assert (h["status"], h["remaining_ha"]) == ("closed", 0)
    assert next(store.layer("clearance_tasks").getFeatures())["status"] == "closed"
    assert plan.hazard_status["H-0001"] == ("worked_on", "closed")
    assert "now closed" in plan.summary("reduced")


def test_tolerance_closes_a_hazard_with_less_than_a_square_metre_left(store):
    # Leave a 0.5 m x 1 m strip: under the default 1 m2 tolerance.
    mark_released(store, utm_box(500, 500, 1499.5, 1500), UTM, release_details())
    mark_released(store, utm_box(1499.5, 500, 1500, 1499), UTM, release_details())
    assert hazard(store)["status"] == "closed"


def test_nothing_added_says_why(store):
    outside = plan_release(store, utm_box(1700, 1700, 1900, 1900), UTM, release_details())
    assert outside.pieces == [] and "outside every hazard area" in outside.reason
    mark_released(store, utm_box(600, 600, 700, 700), UTM, release_details())
    again = mark_released(store, utm_box(600, 600, 700, 700), UTM, release_details())
    assert again.pieces == [] and "already released" in again.reason
    sliver = mark_released(store, utm_box(700, 600, 700.2, 602), UTM, release_details())  # 0.4 m2
    assert sliver.pieces == []
    assert len(released(store)) == 1


def test_self_intersecting_drawing_is_repaired_not_stored_invalid(store):
    bow_tie = QgsGeometry.fromWkt(
        f"POLYGON(({X0 + 600} {Y0 + 600}, {X0 + 900} {Y0 + 900}, {X0 + 900} {Y0 + 600}, "
        f"{X0 + 600} {Y0 + 900}, {X0 + 600} {Y0 + 600}))")
    assert not bow_tie.isGeosValid()
    plan = mark_released(store, bow_tie, UTM, release_details())
    assert "repaired" in plan.summary("cleared")
    assert all(f.geometry().isGeosValid() for f in released(store))
    # Two triangles of 150 m x 300 m / 2 each.
    assert sum(f["area_ha"] for f in released(store)) == pytest.approx(4.5, rel=2e-3)
    line_like = QgsGeometry.fromWkt(f"POLYGON(({X0 + 600} {Y0 + 600}, {X0 + 900} {Y0 + 900}, "
                                    f"{X0 + 600} {Y0 + 600}))")
    with pytest.raises(DeminingError):
        mark_released(store, line_like, UTM, release_details())


@pytest.mark.parametrize("bad, message", [
    (dict(method="demolished"), "Release method"),
    (dict(technique="robots"), "Technique"),
    (dict(released_on=datetime.date.today() + datetime.timedelta(days=3)), "in the future"),
    (dict(depth_cm=900), "depth"),
    (dict(task_id="T-9999"), "T-9999 does not exist"),
])
def test_bad_details_are_refused_and_nothing_changes(store, bad, message):
    before = dump(store)
    with pytest.raises(DeminingError, match=message):
        mark_released(store, utm_box(600, 600, 700, 700), UTM, release_details(**bad))
    assert dump(store) == before


def test_undo_restores_the_previous_state_exactly(store):
    mark_released(store, utm_box(500, 500, 700, 1500), UTM, release_details())
    before = dump(store)
    plan = mark_released(store, utm_box(600, 400, 1400, 1600), UTM, release_details(method="reduced"))
    assert dump(store) != before
    store.apply(plan.undo)
    assert dump(store) == before


def test_a_failure_at_the_last_moment_leaves_the_store_unchanged(store):
    before = dump(store)

    def power_cut():
        raise RuntimeError("simulated failure before commit")

    with pytest.raises(StoreError, match="Nothing was changed"):
        mark_released(store, utm_box(600, 600, 1300, 1000), UTM, release_details(), before_commit=power_cut)
    assert dump(store) == before
    con = sqlite3.connect(store.location)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_work_released_to_a_named_task_stays_inside_it(store):
    sectors, ids = sector_task_changes(store, "T-0001", 500, 1000, 0)
    store.apply(sectors)
    assert ids == ["T-0001/01", "T-0001/02"]
    plan = mark_released(store, utm_box(400, 600, 900, 1000), UTM, release_details(task_id="T-0001/01"))
    assert {p.task_id for p in plan.pieces} == {"T-0001/01"}
    statuses = {f["task_id"]: f["status"] for f in store.layer("clearance_tasks").getFeatures()}
    assert statuses["T-0001/01"] == "worked_on"
    # Finishing both sectors closes them and their parent task.
    mark_released(store, utm_box(500, 500, 1500, 1500), UTM, release_details())
    statuses = {f["task_id"]: f["status"] for f in store.layer("clearance_tasks").getFeatures()}
    assert statuses == {"T-0001": "closed", "T-0001/01": "closed", "T-0001/02": "closed"}


# -- sectors ---------------------------------------------------------------------------------

def test_sectors_of_a_known_rectangle():
    rectangle = utm_box(0, 0, 300, 200)  # 300 m east-west x 200 m north-south
    sectors = sectorise(to_wgs84(rectangle), WGS84, 50, 100, 0)
    assert len(sectors) == 12  # 6 columns x 2 rows
    areas = [geodesic_ha(g) for _, g in sectors]
    assert all(a == pytest.approx(0.5, rel=5e-3) for a in areas)
    assert [n for n, _ in sectors] == list(range(1, 13))
    union = QgsGeometry.unaryUnion([g for _, g in sectors])
    assert union.symDifference(to_wgs84(rectangle)).area() < 1e-12
    assert sum(areas) == pytest.approx(geodesic_ha(to_wgs84(rectangle)), rel=1e-6)


def test_rotated_sectors_cover_the_parent_without_overlap_or_gap():
    parent = QgsGeometry.fromWkt(
        f"POLYGON(({X0} {Y0}, {X0 + 700} {Y0 + 80}, {X0 + 650} {Y0 + 560}, {X0 + 120} {Y0 + 430}, {X0} {Y0}))")
    sectors = sectorise(parent, UTM, 40, 150, 37.5)
    geoms = [g for _, g in sectors]
    assert len(geoms) > 40
    overlap = sum(geoms[i].intersection(geoms[j]).area() for i in range(len(geoms))
                  for j in range(i + 1, len(geoms)) if geoms[i].boundingBox().intersects(geoms[j].boundingBox()))
    assert overlap < 1e-3  # m2
    assert sum(g.area() for g in geoms) == pytest.approx(parent.area(), rel=1e-9)
    assert QgsGeometry.unaryUnion(geoms).symDifference(parent).area() < 1e-3


def test_main_direction_follows_the_longest_side():
    # 600 m long, 100 m wide, turned 30 degrees east of north.
    strip = QgsGeometry.fromWkt(f"POLYGON(({X0} {Y0}, {X0 + 50} {Y0 - 86.6025}, {X0 + 350} {Y0 + 432.9165}, "
                                f"{X0 + 300} {Y0 + 519.6152}, {X0} {Y0}))")
    assert main_direction(to_wgs84(strip), WGS84) == pytest.approx(30.0, abs=0.5)
    assert main_direction(utm_box(0, 0, 1000, 100), UTM) % 180 == pytest.approx(90.0, abs=0.01)


def test_sectorise_refuses_nonsense():
    with pytest.raises(DeminingError, match="more than 0"):
        sectorise(utm_box(0, 0, 100, 100), UTM, 0, 10)
    with pytest.raises(DeminingError, match="units"):
        sectorise(utm_box(0, 0, 100000, 100000), UTM, 0.5, 0.5)


# -- Processing twins ------------------------------------------------------------------------

def test_markcleared_algorithm(store, processing_provider):
    from qgis import processing

    layer = memory_polygons(utm_box(600, 600, 1000, 1000), utm_box(800, 800, 1300, 1200))
    result = processing.run("demining:markcleared", {
        "STORE": store.location, "INPUT": layer, "METHOD": "cleared", "TECHNIQUE": "mechanical",
        "ORGANISATION": "ANAMA", "TEAM": "MECH-1", "DATE": "2021-11-24", "DEPTH": 20})
    union_ha = geodesic_ha(to_wgs84(QgsGeometry.unaryUnion([utm_box(600, 600, 1000, 1000),
                                                            utm_box(800, 800, 1300, 1200)])))
    assert result["ADDED_HA"] == pytest.approx(union_ha, rel=5e-4)
    assert result["ADDED_COUNT"] == len(released(store)) == 3  # A; B-A split West/East
    assert {f["technique"] for f in released(store)} == {"mechanical"}


def test_markcleared_tolerance_parameter(store, processing_provider):
    from qgis import processing

    # Leaves 1 m x 1000 m (1000 m2) of the hazard: closed only with a tolerance above that.
    layer = memory_polygons(utm_box(400, 400, 1499, 1600))
    processing.run("demining:markcleared", {"STORE": store.location, "INPUT": layer, "DATE": "2021-11-24",
                                            "TOLERANCE": 1500})
    assert hazard(store)["status"] == "closed"


def test_markcleared_algorithm_bad_input_changes_nothing(store, processing_provider):
    from qgis import processing

    before = dump(store)
    layer = memory_polygons(utm_box(600, 600, 1000, 1000))
    with pytest.raises(QgsProcessingException, match="YYYY-MM-DD"):
        processing.run("demining:markcleared", {"STORE": store.location, "INPUT": layer, "DATE": "24/11/2021"})
    with pytest.raises(QgsProcessingException, match="T-0404 does not exist"):
        processing.run("demining:markcleared", {"STORE": store.location, "INPUT": layer, "DATE": "2021-11-24",
                                                "TASK_ID": "T-0404"})
    assert dump(store) == before


def test_sectorise_algorithm(processing_provider):
    from qgis import processing

    layer = memory_polygons(utm_box(0, 0, 300, 200))
    layer.dataProvider().addAttributes([])
    result = processing.run("demining:sectorise", {"INPUT": layer, "WIDTH": 50, "LENGTH": 100, "ANGLE": 0,
                                                   "OUTPUT": "memory:"})
    out = result["OUTPUT"]
    rows = sorted((f["sector_no"], f["sector_id"], round(f["area_ha"], 3)) for f in out.getFeatures())
    assert len(rows) == 12
    assert rows[0][0] == 1 and rows[-1][0] == 12
    assert all(abs(a - 0.5) < 0.003 for _, _, a in rows)


def test_duplicated_released_land_counts_once(store):
    """Legacy data may hold the same released polygon twice: it counts once, and land
    over it is 'already released'."""
    from demining_plugin.core.reports.figures import headline_figures

    copy = ChangeSet()
    for _ in range(2):
        copy.add("cleared_areas", to_wgs84(utm_box(600, 600, 900, 900)),
                 {"release_method": "cleared", "hazard_id": "H-0001", "released_on": DAY})
    copy.add("cleared_areas", to_wgs84(utm_box(1100, 1100, 1300, 1300)),
             {"release_method": "cleared", "hazard_id": "H-0001", "released_on": DAY})
    store.apply(copy)
    expected = geodesic_ha(to_wgs84(utm_box(600, 600, 900, 900))) + geodesic_ha(to_wgs84(utm_box(1100, 1100, 1300,
                                                                                                   1300)))
    assert headline_figures(store).released_ha == pytest.approx(expected, rel=5e-4)
    plan = plan_release(store, utm_box(600, 600, 900, 900), UTM, release_details())
    assert plan.pieces == [] and "already released" in plan.reason
