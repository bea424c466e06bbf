"""The demo store reproduces the published figures, recomputed here from the stored data
with SQL and geodesic measurements independent of the plugin's own figure code."""

import datetime
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from pyproj import Geod
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsSpatialIndex,
)
from scipy.spatial import cKDTree

from demining_plugin.core.model.schema import LAYERS
from demining_plugin.core.reports.figures import headline_figures
from demining_plugin.core.store import open_store
from demining_plugin.processing.provider import DeminingProvider

WEEK = ("2021-11-22", "2021-11-27")
WEEK_DISTRICTS = {"Tartar", "Aghdam", "Fuzuli", "Shusha", "Gubadli", "Jabrayil", "Zangilan"}
CUTOFF = "2021-12-02"
GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def demo(qgis_processing, tmp_path_factory):
    """The demo built once through the Processing algorithm, as a user would."""
    from qgis import processing

    registry = QgsApplication.processingRegistry()
    provider = None
    if registry.providerById("demining") is None:
        provider = DeminingProvider()
        registry.addProvider(provider)
    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    result = processing.run("demining:builddemo", {"OUTPUT": str(path)})
    yield result
    if provider is not None:
        registry.removeProvider(provider)


@pytest.fixture(scope="module")
def sql(demo):
    con = sqlite3.connect(demo["OUTPUT"])
    yield lambda query, *args: con.execute(query, args).fetchall()
    con.close()


def _polygon_rings(geometry: QgsGeometry):
    yield from geometry.asMultiPolygon()


def geodesic_area_m2(geometry: QgsGeometry) -> float:
    """Area on the WGS84 ellipsoid with pyproj (geodesic edges), holes subtracted."""
    total = 0.0
    for polygon in _polygon_rings(geometry):
        for k, ring in enumerate(polygon):
            area, _ = GEOD.polygon_area_perimeter([p.x() for p in ring], [p.y() for p in ring])
            total += abs(area) if k == 0 else -abs(area)
    return total


def test_algorithm_outputs_and_project(demo):
    assert Path(demo["OUTPUT"]).is_file()
    assert Path(demo["PROJECT"]).suffix == ".qgz" and Path(demo["PROJECT"]).is_file()
    project = QgsProject()
    assert project.read(demo["PROJECT"])
    group = project.layerTreeRoot().findGroup("Demining")
    assert group is not None and len(group.findLayers()) == len(LAYERS)
    assert all(node.layer().isValid() for node in group.findLayers())
    assert project.crs().authid() == "EPSG:32638"  # the local UTM zone
    assert len(project.relationManager().relations()) >= 8


def test_districts_are_the_natural_earth_boundaries(sql):
    names = {row[0] for row in sql("SELECT name FROM regions")}
    assert names == WEEK_DISTRICTS | {"Goranboy", "Kalbajar", "Lachin", "Khojavend"}
    assert sql("SELECT name_local FROM regions WHERE name = 'Aghdam'") == [("Ağdam",)]


def test_cleared_hectares_by_cutoff_counted_once(demo, sql):
    store = open_store(demo["OUTPUT"])
    figures = headline_figures(store, datetime.date(2021, 12, 2))
    assert figures.released_ha_by_method["cleared"] == pytest.approx(13177, abs=0.01)
    # Independent check: geodesic areas of the stored polygons (they never overlap).
    layer = store.layer("cleared_areas")
    request = QgsFeatureRequest().setFilterExpression(
        f"\"release_method\" = 'cleared' AND \"released_on\" <= to_date('{CUTOFF}')")
    total_ha = sum(geodesic_area_m2(f.geometry()) for f in layer.getFeatures(request)) / 1e4
    assert total_ha == pytest.approx(13177, rel=5e-4)
    # Stored area_ha agrees with the geometry.
    stored = sql("SELECT sum(area_ha) FROM cleared_areas WHERE release_method = 'cleared' AND released_on <= ?",
                 CUTOFF)[0][0]
    assert stored == pytest.approx(13177, abs=0.05)


def test_released_land_never_overlaps_and_stays_in_its_hazard(demo):
    store = open_store(demo["OUTPUT"])
    to_utm = QgsCoordinateTransform(store.crs, QgsCoordinateReferenceSystem("EPSG:32638"), QgsProject.instance())
    released = {}
    for feature in store.layer("cleared_areas").getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(to_utm)
        released[feature.id()] = (geometry, feature["hazard_id"])
    index = QgsSpatialIndex()
    for fid, (geometry, _) in released.items():
        index.addFeature(fid, geometry.boundingBox())
    overlaps = []
    for fid, (geometry, _) in released.items():
        for other in index.intersects(geometry.boundingBox()):
            if other > fid and geometry.intersection(released[other][0]).area() > 1.0:
                overlaps.append((fid, other))
    assert overlaps == []
    hazards = {}
    for feature in store.layer("hazard_areas").getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(to_utm)
        hazards[feature["hazard_id"]] = geometry
    outside = [fid for fid, (geometry, hazard_id) in released.items()
               if geometry.difference(hazards[hazard_id]).area() > 1.0]
    assert outside == []


def test_week_items_by_category_and_district(sql):
    by_category = dict(sql("SELECT category, sum(quantity) FROM detections WHERE found_on BETWEEN ? AND ? "
                           "GROUP BY category", *WEEK))
    assert by_category == {"AP": 1, "AT": 36, "UXO": 14}
    districts = {row[0] for row in sql("SELECT DISTINCT district FROM detections WHERE found_on BETWEEN ? AND ?",
                                       *WEEK)}
    assert districts == WEEK_DISTRICTS
    week_ha = sql("SELECT sum(area_ha) FROM cleared_areas WHERE release_method = 'cleared' "
                  "AND released_on BETWEEN ? AND ?", *WEEK)[0][0]
    assert week_ha == pytest.approx(50, abs=0.01)
    released_districts = {row[0] for row in sql(
        "SELECT DISTINCT district FROM cleared_areas WHERE released_on BETWEEN ? AND ?", *WEEK)}
    assert released_districts == WEEK_DISTRICTS


def test_week_items_lie_in_their_district(demo, sql):
    store = open_store(demo["OUTPUT"])
    regions = {f["name"]: f.geometry() for f in store.layer("regions").getFeatures()}
    request = QgsFeatureRequest().setFilterExpression(
        f"\"found_on\" >= to_date('{WEEK[0]}') AND \"found_on\" <= to_date('{WEEK[1]}')")
    items = list(store.layer("detections").getFeatures(request))
    assert len(items) == 51
    assert all(regions[f["district"]].contains(f.geometry()) for f in items)


def test_road_works_in_tartar_and_goranboy(sql):
    counts = dict(sql("SELECT category, sum(quantity) FROM detections WHERE found_on BETWEEN '2021-11-22' AND ? "
                      "AND district IN ('Tartar', 'Goranboy') AND category IN ('AP', 'AT') GROUP BY category", CUTOFF))
    assert counts == {"AP": 537, "AT": 101}


def test_items_found_by_cutoff(sql):
    assert sql("SELECT sum(quantity) FROM detections WHERE found_on <= ?", CUTOFF)[0][0] == 16860
    # ...and work goes on afterwards, so the date matters.
    assert sql("SELECT sum(quantity) FROM detections WHERE found_on > ?", CUTOFF)[0][0] > 0


def test_cleared_routes_length(demo):
    store = open_store(demo["OUTPUT"])
    total_m = 0.0
    for feature in store.layer("cleared_routes").getFeatures():
        assert feature["cleared_on"].toPyDate() <= datetime.date(2021, 12, 2)
        for line in feature.geometry().asMultiPolyline():
            total_m += GEOD.line_length([p.x() for p in line], [p.y() for p in line])
    assert total_m / 1000 == pytest.approx(616, abs=0.05)


def test_accidents_by_activity(sql):
    rows = dict(sql("SELECT activity, count(*) FROM accidents GROUP BY activity"))
    total = sum(rows.values())
    assert round(100 * rows["illegal_entry"] / total) == 51
    assert round(100 * rows["leaving_cleared_land"] / total) == 26
    assert sql("SELECT sum(killed), sum(injured) FROM accidents WHERE civilian AND occurred_on >= '2020-11-01'") \
        == [(24, 49)]
    assert 170 <= sql("SELECT sum(killed) + sum(injured) FROM accidents")[0][0] <= 190
    assert sql("SELECT count(*) FROM accidents WHERE killed + injured < 1")[0][0] == 0


def test_supplied_records(demo, sql):
    rows = sql("SELECT r.received_on, count(m.fid) FROM mapped_mines m JOIN minefield_records r USING (record_id) "
               "GROUP BY r.received_on ORDER BY r.received_on")
    assert rows == [("2021-06-12", 97000), ("2021-07-03", 92000)]
    claimed = sql("SELECT sum(claimed_total), sum(claimed_ap) + sum(claimed_at) FROM minefield_records")[0]
    assert claimed == (189000, 189000)
    districts = dict(sql("SELECT received_on, group_concat(DISTINCT district) FROM minefield_records "
                         "GROUP BY received_on"))
    assert districts["2021-06-12"] == "Aghdam"
    assert set(districts["2021-07-03"].split(",")) == {"Fuzuli", "Zangilan"}


def test_about_a_quarter_of_mapped_mines_in_cleared_land_were_found(demo):
    """Of the mapped mines lying in land since cleared, about 25% have an item found
    within 5 m; items do not sit on two mapped mines at once."""
    store = open_store(demo["OUTPUT"])
    to_utm = QgsCoordinateTransform(store.crs, QgsCoordinateReferenceSystem("EPSG:32638"), QgsProject.instance())

    def xy(layer_name, expression=None):
        request = QgsFeatureRequest()
        request.setNoAttributes()
        if expression:
            request.setFilterExpression(expression)
        points = []
        for feature in store.layer(layer_name).getFeatures(request):
            p = to_utm.transform(feature.geometry().asPoint())
            points.append((p.x(), p.y()))
        return np.array(points)

    cleared = QgsGeometry.unaryUnion([f.geometry() for f in store.layer("cleared_areas").getFeatures(
        QgsFeatureRequest().setFilterExpression("\"release_method\" = 'cleared'"))])
    cleared.transform(to_utm)
    mines = xy("mapped_mines")
    found = xy("detections")
    engine = QgsGeometry.createGeometryEngine(cleared.constGet())
    engine.prepareGeometry()
    from qgis.core import QgsPoint

    inside = np.array([engine.contains(QgsPoint(x, y)) for x, y in mines])
    in_cleared = mines[inside]
    assert 3000 < len(in_cleared) < 12000
    distance, _ = cKDTree(found).query(in_cleared, distance_upper_bound=5.0)
    share = float(np.mean(np.isfinite(distance)))
    assert share == pytest.approx(0.25, abs=0.02)
    # Mapped mines outside cleared land have nothing found near them: nobody has been there.
    outside_sample = mines[~inside][::50]
    far, _ = cKDTree(found).query(outside_sample, distance_upper_bound=5.0)
    assert np.mean(np.isfinite(far)) < 0.01


def test_hazard_and_task_status_follow_the_work(sql):
    # A hazard is closed exactly when less than 1 m2 remains, open when nothing was released.
    assert sql("SELECT count(*) FROM hazard_areas WHERE status = 'closed' AND remaining_ha >= 0.0001")[0][0] == 0
    assert sql("SELECT count(*) FROM hazard_areas WHERE status <> 'closed' AND remaining_ha < 0.0001")[0][0] == 0
    released = {row[0] for row in sql("SELECT DISTINCT hazard_id FROM cleared_areas")}
    open_ids = {row[0] for row in sql("SELECT hazard_id FROM hazard_areas WHERE status = 'open'")}
    assert open_ids and not (open_ids & released)
    statuses = dict(sql("SELECT status, count(*) FROM hazard_areas GROUP BY status"))
    assert set(statuses) == {"open", "worked_on", "closed"}
    # Every released polygon and item points at an existing task and hazard.
    assert sql("SELECT count(*) FROM cleared_areas WHERE task_id NOT IN (SELECT task_id FROM clearance_tasks) "
               "OR hazard_id NOT IN (SELECT hazard_id FROM hazard_areas)")[0][0] == 0
    assert sql("SELECT count(*) FROM detections WHERE task_id NOT IN (SELECT task_id FROM clearance_tasks)")[0][0] == 0
    assert sql("SELECT count(*) FROM clearance_tasks WHERE planned_end < planned_start")[0][0] == 0


def test_demo_store_is_a_valid_geopackage(demo):
    import subprocess

    checker = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"
    run = subprocess.run(["/usr/bin/python3", checker, demo["OUTPUT"]], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert sqlite3.connect(demo["OUTPUT"]).execute("PRAGMA integrity_check").fetchone() == ("ok",)
