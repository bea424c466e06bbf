"""Minefield record traverses: closure, units, north references, the reverse, bad input,
and ``demining:traverse``.

Figures are checked against independent computations: pyproj's geodesic inverse for
azimuths and distances, and PROJ's own meridian convergence (``Proj.get_factors``) for
grid north.
"""

import math

import pytest
from pyproj import Geod, Proj, Transformer
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from demining_plugin.core.errors import DeminingError
from demining_plugin.core.geo.crs import utm_epsg
from demining_plugin.core.records.traverse import Leg, compute_traverse, polygon_area_ha, polygon_to_legs

GEOD = Geod(ellps="WGS84")
AGHDAM = (46.9, 40.0)  # UTM 38N, 1.9 degrees east of the central meridian (45E)
EQUATOR = (10.0, 0.5)  # meridians nearly parallel: a true-north square closes exactly
SANTIAGO = (-70.0, -33.0)  # southern hemisphere, UTM 19S, west of its central meridian (69W)

#: The same square, 100 m legs clockwise from north, in each unit.
SQUARE = {
    "degrees": (0.0, 90.0, 180.0, 270.0),
    "mils6400": (0.0, 1600.0, 3200.0, 4800.0),
    "mils6000": (0.0, 1500.0, 3000.0, 4500.0),
}
#: A 100 m x 50 m rectangle turned 30 degrees, in each unit.
RECTANGLE = {
    "degrees": (30.0, 120.0, 210.0, 300.0),
    "mils6400": (1600.0 / 3.0, 6400.0 / 3.0, 11200.0 / 3.0, 16000.0 / 3.0),
    "mils6000": (500.0, 2000.0, 3500.0, 5000.0),
}


def legs(bearings, distances=(100.0, 100.0, 100.0, 100.0)):
    return [Leg(no, bearing, distance) for no, (bearing, distance) in enumerate(zip(bearings, distances), start=1)]


def ground_distance(a, b) -> float:
    return GEOD.inv(a.lon, a.lat, b.lon, b.lat)[2]


# -- closure and area ---------------------------------------------------------------------------------

@pytest.mark.parametrize("start, north", [
    (EQUATOR, "true"),
    (AGHDAM, "grid"),
    (SANTIAGO, "grid"),
])
def test_square_closes_and_is_one_hectare(start, north):
    traverse = compute_traverse(*start, legs(SQUARE["degrees"]), "degrees", north)
    assert traverse.misclosure_m < 0.001
    assert traverse.area_ha == pytest.approx(1.0, rel=0.0005)
    assert traverse.perimeter_m == 400.0
    assert [p.point_no for p in traverse.points] == [0, 1, 2, 3, 4]
    # the closing point is the start: the ring has the start and three turning points
    assert traverse.polygon.constGet().exteriorRing().numPoints() == 5


def test_true_north_square_at_forty_degrees_shows_meridian_convergence():
    """Constant true bearings do not close on the ellipsoid: between the north and south
    sides the meridians converge by 100 m * tan(40 deg) / R. About 2 mm, as computed."""
    traverse = compute_traverse(*AGHDAM, legs(SQUARE["degrees"]))
    assert 0.0015 < traverse.misclosure_m < 0.0025
    assert traverse.area_ha == pytest.approx(1.0, rel=0.0005)


@pytest.mark.parametrize("unit", ["degrees", "mils6400", "mils6000"])
def test_rectangle_in_every_unit_closes_at_half_a_hectare(unit):
    traverse = compute_traverse(*AGHDAM, legs(RECTANGLE[unit], (100.0, 50.0, 100.0, 50.0)), unit)
    assert traverse.misclosure_m < 0.01
    assert traverse.area_ha == pytest.approx(0.5, rel=0.001)
    first, second = traverse.points[:2]
    assert GEOD.inv(first.lon, first.lat, second.lon, second.lat)[0] == pytest.approx(30.0, abs=1e-9)


@pytest.mark.parametrize("unit", ["mils6400", "mils6000"])
@pytest.mark.parametrize("shape, distances", [
    (SQUARE, (100.0, 100.0, 100.0, 100.0)),
    (RECTANGLE, (100.0, 50.0, 100.0, 50.0)),
])
def test_mils_give_the_same_points_as_degrees(unit, shape, distances):
    in_degrees = compute_traverse(*AGHDAM, legs(shape["degrees"], distances))
    in_mils = compute_traverse(*AGHDAM, legs(shape[unit], distances), unit)
    for a, b in zip(in_degrees.points, in_mils.points):
        assert ground_distance(a, b) < 1e-6


def test_points_carry_utm_coordinates_of_the_start_zone():
    traverse = compute_traverse(*AGHDAM, legs(SQUARE["degrees"]), north="grid")
    assert traverse.utm_epsg == 32638
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)
    for point in traverse.points:
        easting, northing = to_utm.transform(point.lon, point.lat)
        assert (point.easting, point.northing) == pytest.approx((easting, northing), abs=1e-6)
    start, north_corner, east_corner = traverse.points[:3]
    # grid bearings run along the grid: 100 m up, then 100 m across (scale factor ~0.9996)
    assert north_corner.easting == pytest.approx(start.easting, abs=0.001)
    assert north_corner.northing - start.northing == pytest.approx(100.0, abs=0.1)
    assert east_corner.northing == pytest.approx(north_corner.northing, abs=0.001)
    assert utm_epsg(*SANTIAGO) == 32719 and utm_epsg(180.0, 10.0) == 32660


# -- north references ---------------------------------------------------------------------------------

@pytest.mark.parametrize("declination", [6.5, -4.25])
def test_magnetic_traverse_is_the_true_one_turned_by_the_declination(declination):
    magnetic = compute_traverse(*AGHDAM, legs(RECTANGLE["degrees"], (100.0, 50.0, 100.0, 50.0)),
                                north="magnetic", declination_deg=declination)
    turned = [b + declination for b in RECTANGLE["degrees"]]
    true = compute_traverse(*AGHDAM, legs([b % 360.0 for b in turned], (100.0, 50.0, 100.0, 50.0)))
    for a, b in zip(magnetic.points, true.points):
        assert ground_distance(a, b) < 1e-6
    start, first = magnetic.points[:2]
    assert GEOD.inv(start.lon, start.lat, first.lon, first.lat)[0] == pytest.approx(30.0 + declination, abs=1e-9)
    assert magnetic.area_ha == pytest.approx(true.area_ha, rel=1e-9)


@pytest.mark.parametrize("start, epsg", [(AGHDAM, 32638), (SANTIAGO, 32719), ((23.5, 49.0), 32634)])
def test_grid_north_differs_from_true_north_by_the_convergence(start, epsg):
    convergence = Proj(f"EPSG:{epsg}").get_factors(*start).meridian_convergence
    grid = compute_traverse(*start, legs(SQUARE["degrees"]), north="grid")
    true = compute_traverse(*start, legs(SQUARE["degrees"]))
    a, b = grid.points[:2]
    azimuth = GEOD.inv(a.lon, a.lat, b.lon, b.lat)[0]
    assert azimuth == pytest.approx(convergence, abs=1e-5)
    # both first legs are 100 m; their ends are apart by the chord of the convergence angle
    assert ground_distance(grid.points[1], true.points[1]) == pytest.approx(
        2 * 100.0 * math.sin(math.radians(abs(convergence)) / 2), abs=1e-5)
    if epsg == 32638:
        assert convergence == pytest.approx(1.2216, abs=1e-4)  # east of 45E: grid north turned east
    if epsg == 32719:
        assert convergence > 0  # west of 69W in the south: also turned east


# -- open traverses -----------------------------------------------------------------------------------

@pytest.mark.parametrize("distances, misclosure, ratio", [
    ((100.0, 100.0, 100.0, 90.0), 10.0, 39.0),
    ((100.0, 100.0, 100.0, 99.0), 1.0, 399.0),
    ((100.0, 100.0, 95.0, 100.0), 5.0, 79.0),
])
def test_a_traverse_that_does_not_close_reports_its_misclosure(distances, misclosure, ratio):
    traverse = compute_traverse(*EQUATOR, legs(SQUARE["degrees"], distances))
    assert traverse.misclosure_m == pytest.approx(misclosure, abs=0.001)
    assert traverse.misclosure_ratio == pytest.approx(ratio, rel=0.001)
    assert traverse.ratio_text == f"1:{ratio:,.0f}"
    # the polygon keeps the last computed point: five vertices and the closing one
    assert traverse.polygon.constGet().exteriorRing().numPoints() == 6


def test_an_open_traverse_gives_points_only():
    traverse = compute_traverse(*AGHDAM, legs((45.0, 90.0), (100.0, 100.0)), closed=False)
    assert traverse.misclosure_m is None and traverse.polygon is None and traverse.area_ha is None
    assert ground_distance(traverse.points[0], traverse.points[1]) == pytest.approx(100.0, abs=1e-6)
    assert len(traverse.points) == 3


# -- the reverse: polygon -> turning-point table -> polygon ----------------------------------------------

def aghdam_polygon() -> QgsGeometry:
    """An irregular five-sided record laid out in UTM 38N, as lon/lat."""
    to_lonlat = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
    corners = [(660000.0, 4429000.0), (660180.0, 4429070.0), (660260.0, 4428890.0),
               (660120.0, 4428760.0), (659990.0, 4428850.0)]
    return QgsGeometry.fromPolygonXY([[QgsPointXY(*to_lonlat.transform(x, y)) for x, y in corners]])


@pytest.mark.parametrize("unit, north, declination", [
    ("degrees", "true", None),
    ("mils6400", "grid", None),
    ("mils6000", "magnetic", 6.5),
    ("degrees", "grid", None),
])
def test_polygon_to_table_and_back_reproduces_the_vertices(unit, north, declination):
    polygon = aghdam_polygon()
    start, table = polygon_to_legs(polygon, unit, north, declination)
    assert len(table) == 5 and table[-1].point_type == "end"
    assert all(0.0 <= leg.bearing < {"degrees": 360.0, "mils6400": 6400.0, "mils6000": 6000.0}[unit]
               for leg in table)
    traverse = compute_traverse(*start, table, unit, north, declination)
    assert traverse.misclosure_m < 0.001
    vertices = polygon.asPolygon()[0][:-1]
    for vertex, point in zip(vertices, traverse.points):
        assert GEOD.inv(vertex.x(), vertex.y(), point.lon, point.lat)[2] < 0.001
    assert traverse.area_ha == pytest.approx(polygon_area_ha(polygon), rel=1e-6)


def test_polygon_to_table_gives_ground_distances_and_bearings():
    to_lonlat = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
    corners = [(660000.0, 4429000.0), (660000.0, 4429100.0), (660100.0, 4429100.0), (660100.0, 4429000.0)]
    polygon = QgsGeometry.fromPolygonXY([[QgsPointXY(*to_lonlat.transform(x, y)) for x, y in corners]])
    start, table = polygon_to_legs(polygon, "mils6400", "grid")
    scale = Proj("EPSG:32638").get_factors(*start).meridional_scale  # about 0.99991 at 160 km from 45E
    # grid square: grid bearings are the four cardinal points; ground sides are 100 m / point scale
    expected = (0.0, 1600.0, 3200.0, 4800.0)
    for leg, bearing in zip(table, expected):
        assert min(abs(leg.bearing - bearing), 6400.0 - abs(leg.bearing - bearing)) < 0.01
        assert leg.distance_m == pytest.approx(100.0 / scale, abs=0.001)


# -- bad input ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("start, table, options, message", [
    (AGHDAM, legs(SQUARE["degrees"], (100.0, -5.0, 100.0, 100.0)), {}, "Point 2: distance -5.0 m is negative"),
    (AGHDAM, legs(SQUARE["degrees"], (100.0, 100.0, math.nan, 100.0)), {}, "Point 3: distance 'nan' is not a number"),
    (AGHDAM, legs((0.0, 90.0, 400.0, 270.0)), {}, "Point 3: bearing 400.0 is outside 0..360 degrees"),
    (AGHDAM, legs((0.0, -1.0, 180.0, 270.0)), {}, "Point 2: bearing -1.0 is outside 0..360 degrees"),
    (AGHDAM, legs((0.0, 1600.0, 6500.0, 4800.0)), {"unit": "mils6400"}, "bearing 6500.0 is outside 0..6400 mils6400"),
    (AGHDAM, legs((0.0, 1500.0, 3000.0, 6100.0)), {"unit": "mils6000"}, "bearing 6100.0 is outside 0..6000 mils6000"),
    (AGHDAM, legs(SQUARE["degrees"]), {"unit": "gons"}, "Unknown bearing unit 'gons'"),
    (AGHDAM, legs(SQUARE["degrees"]), {"north": "compass"}, "Unknown north reference 'compass'"),
    (AGHDAM, legs(SQUARE["degrees"]), {"north": "magnetic"}, "Magnetic bearings need the magnetic declination"),
    (AGHDAM, legs((0.0, 90.0), (100.0, 100.0)), {}, "at least 3 legs; this one has 2"),
    (AGHDAM, [], {"closed": False}, "no legs"),
    ((46.9, 95.0), legs(SQUARE["degrees"]), {}, "latitude within -90..90"),
    ((200.0, 40.0), legs(SQUARE["degrees"]), {}, "longitude must be within -180..180"),
    ((46.9, 86.0), legs(SQUARE["degrees"]), {}, "outside the UTM zones"),
])
def test_bad_input_is_refused_with_a_clear_message(start, table, options, message):
    with pytest.raises(DeminingError) as error:
        compute_traverse(*start, table, **options)
    assert message in str(error.value)


def test_reverse_refuses_what_is_not_one_polygon():
    with pytest.raises(DeminingError, match="distinct vertices"):
        polygon_to_legs(QgsGeometry.fromWkt("POLYGON((46.9 40, 46.901 40, 46.9 40))"))
    with pytest.raises(DeminingError, match="2 parts"):
        polygon_to_legs(QgsGeometry.fromWkt(
            "MULTIPOLYGON(((46.9 40, 46.901 40, 46.901 40.001, 46.9 40)),((47 40, 47.001 40, 47.001 40.001, 47 40)))"))
    with pytest.raises(DeminingError, match="declination"):
        polygon_to_legs(aghdam_polygon(), north="magnetic")


# -- demining:traverse --------------------------------------------------------------------------------

def turning_point_table(rows, names=("point_no", "bearing", "distance_m")) -> QgsVectorLayer:
    layer = QgsVectorLayer("None", "turning points", "memory")
    kinds = {"point_no": QVariant.Int}
    layer.dataProvider().addAttributes([QgsField(name, kinds.get(name, QVariant.Double)) for name in names])
    layer.updateFields()
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_traverse_algorithm_returns_misclosure_area_and_polygon(processing_provider):
    from qgis import processing

    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)
    easting, northing = to_utm.transform(*AGHDAM)
    # rows out of order: the algorithm follows point_no
    rows = [(3, 3500.0, 100.0), (1, 500.0, 100.0), (2, 2000.0, 50.0), (4, 5000.0, 50.0)]
    result = processing.run("demining:traverse", {
        "INPUT": turning_point_table(rows), "START_POINT": f"{easting},{northing} [EPSG:32638]",
        "BEARING_UNIT": "mils6000", "NORTH": "magnetic", "DECLINATION": 6.5, "OUTPUT": "memory:"})
    assert result["MISCLOSURE_M"] < 0.01
    assert result["AREA_HA"] == pytest.approx(0.5, rel=0.001)
    features = list(result["OUTPUT"].getFeatures())
    assert len(features) == 1
    polygon = features[0].geometry()
    assert polygon_area_ha(polygon) == pytest.approx(result["AREA_HA"], rel=1e-9)
    assert features[0]["area_ha"] == pytest.approx(result["AREA_HA"], rel=1e-9)
    first = polygon.vertexAt(0)
    assert GEOD.inv(first.x(), first.y(), *AGHDAM)[2] < 0.001  # started where START_POINT is
    second = polygon.vertexAt(1)
    assert GEOD.inv(first.x(), first.y(), second.x(), second.y())[0] == pytest.approx(36.5, abs=1e-6)


@pytest.mark.parametrize("rows, names, parameters, message", [
    ([(1, 0.0, 100.0), (2, 90.0, 100.0), (3, 180.0, 100.0)], ("point_no", "bearing"), {}, "no column distance_m"),
    ([(1, 0.0, 100.0), (2, 90.0, 100.0), (3, 180.0, 100.0)], None, {"NORTH": "magnetic"}, "declination"),
    ([(1, 0.0, 100.0), (2, 90.0, -100.0), (3, 180.0, 100.0)], None, {}, "Point 2: distance -100.0 m is negative"),
    ([(1, 0.0, 100.0), (1, 90.0, 100.0), (3, 180.0, 100.0)], None, {}, "point_no 1 appears more than once"),
    ([(1, 0.0, 100.0), (2, None, 100.0), (3, 180.0, 100.0)], None, {}, "bearing is empty"),
])
def test_traverse_algorithm_refuses_bad_tables(processing_provider, rows, names, parameters, message):
    from qgis import processing

    table = turning_point_table(rows, names) if names else turning_point_table(rows)
    params = {"INPUT": table, "START_POINT": "46.9,40.0 [EPSG:4326]", "OUTPUT": "memory:"}
    params.update(parameters)
    with pytest.raises(QgsProcessingException) as error:
        processing.run("demining:traverse", params)
    assert message in str(error.value)
