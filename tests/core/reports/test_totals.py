"""The totals engine: true (ellipsoidal) hectares, every square metre counted once, cut at
district boundaries, grouped and filtered by date; the same figures from the bulk NumPy
route, from GEOS one polygon at a time and through ``demining:hectaretotals``.

Geometry is drawn in metres on the ground (an azimuthal equidistant projection centred
in Aghdam, true to well under a part per million over a few hundred metres) and stored
in whatever CRS a case asks for.
"""

import datetime
import math

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QVariant

from demining_plugin.core import feature_table
from demining_plugin.core.errors import DeminingError
from demining_plugin.core.geo.equal_area import PlaneProjector, lonlat_to_plane, plane_crs
from demining_plugin.core.geo.measure import distance_area
from demining_plugin.core.geo.overlay_kernel import intersection_areas, orient_convex
from demining_plugin.core.reports.hectares import hectare_totals

AGHDAM = (46.93, 39.99)  # lon, lat
GROUND = QgsCoordinateReferenceSystem.fromProj(
    f"+proj=aeqd +lat_0={AGHDAM[1]} +lon_0={AGHDAM[0]} +ellps=WGS84 +units=m +no_defs +type=crs")


def box(x0, y0, x1, y1) -> str:
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def rotated_box(cx, cy, width, length, angle_deg) -> str:
    a = math.radians(angle_deg)
    u, v = (math.cos(a), math.sin(a)), (-math.sin(a), math.cos(a))
    half_w, half_l = width / 2, length / 2
    corners = [(cx + su * half_w * u[0] + sv * half_l * v[0], cy + su * half_w * u[1] + sv * half_l * v[1])
               for su, sv in ((-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1))]
    return "POLYGON((" + ",".join(f"{x} {y}" for x, y in corners) + "))"


def ground_layer(rows, crs: str = "EPSG:4326", name: str = "released", densify: float = 0.0) -> QgsVectorLayer:
    """A memory polygon layer from ``rows`` of (WKT in ground metres, attributes dict)."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs}", name, "memory")
    fields = [QgsField("release_method", QVariant.String), QgsField("technique", QVariant.String),
              QgsField("released_on", QVariant.Date), QgsField("name", QVariant.String)]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    to_crs = QgsCoordinateTransform(GROUND, QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    features = []
    for wkt, attributes in rows:
        geometry = QgsGeometry.fromWkt(wkt)
        if densify:
            geometry = geometry.densifyByDistance(densify)
        geometry.transform(to_crs)
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        for key, value in attributes.items():
            if isinstance(value, datetime.date):
                value = QDate(value.year, value.month, value.day)
            feature.setAttribute(key, value)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def ground_union(wkts) -> QgsGeometry:
    """The union of ground geometries, one pairwise GEOS union at a time (GEOS 3.11's unary
    union loses a polygon of some inputs that hold the same polygon twice)."""
    geometries = [QgsGeometry.fromWkt(w) for w in wkts]
    union = geometries[0]
    for geometry in geometries[1:]:
        union = union.combine(geometry)
    return union


def ground_area_ha(wkts) -> float:
    """Reference: the union of the ground geometries, measured on the ellipsoid."""
    return distance_area(GROUND).measureArea(ground_union(wkts)) / 10_000


def totals(layer, bulk=True, **kwargs):
    return hectare_totals(layer=layer, bulk=bulk, **kwargs)


# -- true areas -----------------------------------------------------------------------------

@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:32638", "EPSG:3857"])
@pytest.mark.parametrize("bulk", [True, False])
def test_square_kilometre_in_aghdam_is_100_ha(crs, bulk):
    # Densified so that the edges follow the ground in every CRS (a 4-vertex square in
    # Web Mercator would bow by metres once drawn on the ellipsoid).
    layer = ground_layer([(box(-500, -500, 500, 500), {})], crs, densify=50)
    result = totals(layer, bulk=bulk)
    assert result.total_ha == pytest.approx(100.0, rel=5e-4)
    assert result.rows == [((), pytest.approx(result.total_ha), 1)]


def test_the_same_layer_in_three_crs_gives_the_same_hectares():
    shapes = [(rotated_box(30 * k, 20 * k, 40, 180, 17 * k), {}) for k in range(8)]
    shapes += [(box(-300, -300, -100, -50), {}), (box(-250, -100, 0, 80), {})]
    figures = {crs: totals(ground_layer(shapes, crs, densify=20)).total_ha
               for crs in ("EPSG:4326", "EPSG:32638", "EPSG:3857")}
    reference = ground_area_ha([QgsGeometry.fromWkt(w).densifyByDistance(20).asWkt() for w, _ in shapes])
    for crs, hectares in figures.items():
        assert hectares == pytest.approx(reference, rel=1e-6), crs


@pytest.mark.parametrize("lat", [0.0, 20.0, 40.0, 55.0, 70.0])
@pytest.mark.parametrize("size_deg, tolerance", [(0.01, 1e-5), (0.001, 1e-6)])
def test_plane_areas_match_qgsdistancearea_across_latitudes(lat, size_deg, tolerance):
    """The equal-area plane against QgsDistanceArea (WGS84 ellipsoid, geodesic edges): the
    only difference is the shape of the edges, a few parts per million for a kilometre-wide
    polygon and ten times less for a lane-sized one."""
    d = size_deg
    geometry = QgsGeometry.fromWkt(
        f"POLYGON((10 {lat},{10 + d} {lat},{10 + 1.2 * d} {lat + 0.8 * d},10 {lat + d},10 {lat}))")
    reference = distance_area(QgsCoordinateReferenceSystem("EPSG:4326")).measureArea(geometry)
    ring = geometry.asPolygon()[0]
    x, y = lonlat_to_plane(np.array([p.x() for p in ring]), np.array([p.y() for p in ring]), 10.0)
    plane = 0.5 * abs(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))
    assert plane == pytest.approx(reference, rel=tolerance)


# -- every square metre once ---------------------------------------------------------------------

def _turned_box(x, y, w, h, angle_deg) -> str:
    """A box of the 10 m grid, turned by ``angle_deg`` about the origin."""
    a = math.radians(angle_deg)
    corners = [(10 * cx * math.cos(a) - 10 * cy * math.sin(a), 10 * cx * math.sin(a) + 10 * cy * math.cos(a))
               for cx, cy in ((x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y))]
    return "POLYGON((" + ",".join(f"{px} {py}" for px, py in corners) + "))"


OVERLAP_CASES = {
    "two overlapping squares": ([box(0, 0, 100, 100), box(50, 0, 150, 100)], 1.5),
    "three-way overlap": ([box(0, 0, 100, 100), box(50, 0, 150, 100), box(25, 50, 125, 150)], 2.0),
    "same polygon twice": ([box(0, 0, 100, 100), box(0, 0, 100, 100)], 1.0),
    "polygon inside another": ([box(0, 0, 200, 200), box(50, 50, 100, 100)], 4.0),
    "squares sharing an edge": ([box(0, 0, 100, 100), box(100, 0, 200, 100)], 2.0),
    "polygon with a hole": (["POLYGON((0 0,200 0,200 200,0 200,0 0),(50 50,150 50,150 150,50 150,50 50))"], 3.0),
    "a polygon in the hole of another": (
        ["POLYGON((0 0,200 0,200 200,0 200,0 0),(50 50,150 50,150 150,50 150,50 50))", box(60, 60, 140, 140)], 3.64),
    "a polygon over the hole's edge": (
        ["POLYGON((0 0,200 0,200 200,0 200,0 0),(50 50,150 50,150 150,50 150,50 50))", box(100, 100, 180, 180)],
        3.0 + 0.25),
    "L-shape and a square": (["POLYGON((0 0,200 0,200 100,100 100,100 200,0 200,0 0))", box(150, 50, 250, 150)], 3.75),
    "two parts in one feature": (["MULTIPOLYGON(((0 0,100 0,100 100,0 100,0 0)),((300 0,400 0,400 100,300 100,300 0)))",
                                  box(350, 50, 450, 150)], 2.75),
    "stack of seven copies": ([box(0, 0, 100, 100)] * 7, 1.0),
    "lanes with slight overlaps": ([rotated_box(0.95 * 40 * k, 0, 40, 200, 0) for k in range(10)], None),
    # Found by hypothesis: GEOS 3.11's unary union of these six returns 0.35 ha.
    "a duplicate pair beside turned boxes": ([_turned_box(*b, 45) for b in ((0, 0, 1, 1), (0, 0, 1, 1), (1, 10, 8, 2),
                                                                           (8, 2, 4, 8), (8, 7, 1, 2), (9, 4, 1, 8))],
                                             0.51),
}


@pytest.mark.parametrize("case", sorted(OVERLAP_CASES))
@pytest.mark.parametrize("bulk", [True, False])
def test_overlaps_counted_once(case, bulk):
    wkts, expected_ha = OVERLAP_CASES[case]
    layer = ground_layer([(w, {}) for w in wkts])
    result = totals(layer, bulk=bulk)
    reference = ground_area_ha(wkts)
    if expected_ha is not None:
        assert reference == pytest.approx(expected_ha, rel=1e-5)
    # Within 10 ppm: edges straight in the plane and geodesic edges differ by that much on
    # 200 m sides (0.1 m2 here); the two routes agree to the rounding.
    assert result.total_ha == pytest.approx(reference, rel=1e-5)
    assert result.total_ha == pytest.approx(totals(layer, bulk=not bulk).total_ha, rel=1e-9)
    assert result.features == len(wkts)


def test_the_earliest_release_keeps_the_land():
    layer = ground_layer([
        (box(0, 0, 100, 100), {"release_method": "cleared", "released_on": datetime.date(2021, 5, 1)}),
        (box(50, 0, 150, 100), {"release_method": "reduced", "released_on": datetime.date(2021, 4, 1)}),
    ])
    result = totals(layer, group_by=["release_method"], date_field="released_on")
    by_method = {values[0]: ha for values, ha, _ in result.rows}
    assert by_method["reduced"] == pytest.approx(1.0, rel=1e-5)  # earlier: all of it
    assert by_method["cleared"] == pytest.approx(0.5, rel=1e-5)  # later: what was still hazardous


# -- districts ------------------------------------------------------------------------------------

def _line(x0, y0, x1, y1, step=100.0):
    """Points every ``step`` metres from (x0, y0) to (x1, y1), both ends included."""
    count = max(1, int(round(math.hypot(x1 - x0, y1 - y0) / step)))
    return [(x0 + (x1 - x0) * k / count, y0 + (y1 - y0) * k / count) for k in range(count + 1)]


def _ring(*parts) -> str:
    points = []
    for part in parts:
        points += part if not points else part[1:]
    return "POLYGON((" + ",".join(f"{x} {y}" for x, y in points) + "))"


def regions_layer(crs: str = "EPSG:4326", boundary: str = "straight") -> QgsVectorLayer:
    """West and East of x = 0 (a straight or a zig-zag boundary), North above y = 1000.

    Boundaries run along the ground with a vertex every 100 m, the same vertices in both
    districts they separate (as a topologically clean districts layer has them).
    """
    if boundary == "straight":
        middle = _line(0, -1000, 0, 1000)
    else:
        middle = _line(0, -1000, 0, 20) + [(40, 50)] + _line(0, 80, 0, 1000)
    top_west, top_east = _line(-2000, 1000, 0, 1000), _line(0, 1000, 2000, 1000)
    west = _ring(_line(-2000, -1000, 0, -1000), middle, top_west[::-1], _line(-2000, 1000, -2000, -1000))
    east = _ring(_line(0, -1000, 2000, -1000), _line(2000, -1000, 2000, 1000), top_east[::-1], middle[::-1])
    north = _ring(top_west, top_east, _line(2000, 1000, 2000, 3000), _line(2000, 3000, -2000, 3000),
                  _line(-2000, 3000, -2000, 1000))
    return ground_layer([(west, {"name": "West"}), (east, {"name": "East"}), (north, {"name": "North"})], crs,
                        name="districts")


SPLIT_CASES = {
    # polygons, boundary, expected hectares by district
    "across the boundary": ([box(-30, 0, 70, 100)], "straight", {"West": 0.3, "East": 0.7}),
    "lane turned across it": ([rotated_box(0, 0, 40, 200, 30)], "straight", None),
    "on a corner of three districts": ([box(-50, 950, 50, 1050)], "straight",
                                       {"West": 0.25, "East": 0.25, "North": 0.5}),
    "across a zig-zag boundary": ([box(-30, 0, 70, 100)], "zigzag", None),
    "overlapping lanes across it": ([box(-60, 0, 20, 100), box(-10, 0, 70, 100), box(50, 0, 120, 100)], "straight",
                                    {"West": 0.6, "East": 1.2}),
    "partly outside every district": ([box(1950, 0, 2050, 100)], "straight", {"East": 0.5, None: 0.5}),
}


@pytest.mark.parametrize("case", sorted(SPLIT_CASES))
@pytest.mark.parametrize("bulk", [True, False])
def test_polygons_are_cut_at_district_boundaries(case, bulk):
    wkts, boundary, expected = SPLIT_CASES[case]
    layer = ground_layer([(w, {}) for w in wkts])
    districts = regions_layer(boundary=boundary)
    result = totals(layer, regions_layer=districts, bulk=bulk)
    by_district = {values[0]: ha for values, ha, _ in result.rows}
    assert sum(by_district.values()) == pytest.approx(result.total_ha, rel=1e-9)
    assert result.total_ha == pytest.approx(ground_area_ha(wkts), rel=1e-5)
    if expected is not None:
        assert set(by_district) == set(expected)
        for name, hectares in expected.items():
            assert by_district[name] == pytest.approx(hectares, rel=1e-4), name
    else:
        # Each district's part, measured independently with GEOS on the ground.
        union = ground_union(wkts)
        to_ground = QgsCoordinateTransform(districts.crs(), GROUND, QgsProject.instance())
        for feature in districts.getFeatures():
            district = QgsGeometry(feature.geometry())
            district.transform(to_ground)
            part = distance_area(GROUND).measureArea(union.intersection(district)) / 10_000
            assert by_district.get(feature["name"], 0.0) == pytest.approx(part, rel=2e-5, abs=1e-6)


def test_a_feature_across_a_boundary_counts_in_both_districts():
    result = totals(ground_layer([(box(-30, 0, 70, 100), {})]), regions_layer=regions_layer())
    assert {values[0]: n for values, _, n in result.rows} == {"West": 1, "East": 1}


# -- dates and grouping -----------------------------------------------------------------------------

DATED = [  # one 1 ha square a day, apart from each other
    (datetime.date(2021, 10, 31), "cleared"),
    (datetime.date(2021, 11, 1), "cleared"),
    (datetime.date(2021, 11, 15), "reduced"),
    (datetime.date(2021, 11, 30), "cleared"),
    (datetime.date(2021, 12, 1), "cancelled"),
]


def dated_layer():
    return ground_layer([(box(200 * k, 0, 200 * k + 100, 100), {"released_on": day, "release_method": method})
                         for k, (day, method) in enumerate(DATED)])


@pytest.mark.parametrize("date_from, date_to, expected_ha", [
    ("2021-11-01", "2021-11-30", 3.0),
    ("2021-10-31", "2021-10-31", 1.0),
    ("2021-11-30", "2021-12-01", 2.0),
    ("2021-11-02", "2021-11-14", 0.0),
    (None, "2021-11-01", 2.0),
    ("2021-11-15", None, 3.0),
    (None, None, 5.0),
])
def test_date_filters_are_inclusive_at_both_ends(date_from, date_to, expected_ha):
    result = totals(dated_layer(), date_field="released_on", date_from=date_from, date_to=date_to)
    assert result.total_ha == pytest.approx(expected_ha, rel=1e-5, abs=1e-9)


def test_group_by_method_and_month():
    result = totals(dated_layer(), date_field="released_on", group_by=["release_method", "month"])
    assert result.group_fields == ["release_method", "month"]
    rows = {values: (round(ha, 4), n) for values, ha, n in result.rows}
    assert rows == {
        ("cancelled", "2021-12"): (1.0, 1),
        ("cleared", "2021-10"): (1.0, 1),
        ("cleared", "2021-11"): (2.0, 2),
        ("reduced", "2021-11"): (1.0, 1),
    }


def test_group_by_iso_week():
    result = totals(dated_layer(), date_field="released_on", group_by=["week"])
    assert {values[0] for values, _, _ in result.rows} == {"2021-W43", "2021-W44", "2021-W46", "2021-W48"}
    assert dict((values[0], round(ha, 4)) for values, ha, _ in result.rows)["2021-W48"] == 2.0  # 30 Nov and 1 Dec


def test_land_released_before_the_period_does_not_count_in_it():
    layer = ground_layer([
        (box(0, 0, 100, 100), {"released_on": datetime.date(2021, 10, 1)}),
        (box(50, 0, 150, 100), {"released_on": datetime.date(2021, 11, 10)}),
    ])
    result = totals(layer, date_field="released_on", date_from="2021-11-01", date_to="2021-11-30")
    assert result.total_ha == pytest.approx(0.5, rel=1e-5)


@pytest.mark.parametrize("kwargs, message", [
    ({"date_field": "released_on", "date_from": "2021-13-01"}, "DATE_FROM '2021-13-01' is not a date"),
    ({"date_field": "released_on", "date_from": "2021-12-01", "date_to": "2021-11-01"}, "starts (2021-12-01) after"),
    ({"group_by": ["nope"]}, "has no field 'nope'"),
    ({"date_field": "when"}, "has no date field 'when'"),
    ({"date_from": "2021-11-01"}, "needs a date field"),
    ({"group_by": ["month"]}, "needs a date field"),
])
def test_bad_input_is_refused_with_a_message(kwargs, message):
    with pytest.raises(DeminingError, match=None) as error:
        totals(dated_layer(), **kwargs)
    assert message in str(error.value)


# -- the Processing algorithm -----------------------------------------------------------------------

def test_hectaretotals_algorithm_table_and_total(processing_provider, tmp_path):
    from qgis import processing

    layer = dated_layer()
    result = processing.run("demining:hectaretotals", {
        "INPUT": layer, "REGIONS": regions_layer(), "GROUP_BY": "release_method", "DATE_FROM": "2021-11-01",
        "DATE_TO": "2021-11-30", "OUTPUT": "memory:"})
    table = result["OUTPUT"]
    assert [f.name() for f in table.fields()] == ["release_method", "region", "area_ha", "n_features"]
    rows = {(f["release_method"], f["region"]): (round(f["area_ha"], 4), f["n_features"]) for f in table.getFeatures()}
    assert rows == {("cleared", "East"): (2.0, 2), ("reduced", "East"): (1.0, 1)}
    assert result["TOTAL_HA"] == pytest.approx(3.0, rel=1e-5)


def test_hectaretotals_reads_a_geopackage_fast_and_the_same(processing_provider, tmp_path, monkeypatch):
    from qgis import processing
    from qgis.core import QgsVectorFileWriter

    source = ground_layer([(rotated_box(37 * k, 11 * k, 30, 120, 13 * k),
                            {"released_on": datetime.date(2021, 3, k + 1)}) for k in range(25)])
    path = str(tmp_path / "lanes.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(source, path, QgsProject.instance().transformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.NoError
    fast = processing.run("demining:hectaretotals", {"INPUT": path, "OUTPUT": "memory:"})["TOTAL_HA"]
    monkeypatch.setattr(feature_table, "_read_with_arrow", lambda *args, **kwargs: None)
    through_qgis = processing.run("demining:hectaretotals", {"INPUT": path, "OUTPUT": "memory:"})["TOTAL_HA"]
    assert fast == pytest.approx(through_qgis, rel=1e-12)
    assert fast == pytest.approx(ground_area_ha([rotated_box(37 * k, 11 * k, 30, 120, 13 * k) for k in range(25)]),
                                 rel=1e-6)


def test_hectaretotals_uses_the_selection_when_asked(processing_provider):
    from qgis import processing
    from qgis.core import QgsProcessingFeatureSourceDefinition

    layer = dated_layer()
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([f.id() for f in layer.getFeatures()][:2])
        result = processing.run("demining:hectaretotals", {
            "INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True), "OUTPUT": "memory:"})
        assert result["TOTAL_HA"] == pytest.approx(2.0, rel=1e-5)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


@pytest.mark.parametrize("parameters, message", [
    ({"GROUP_BY": "colour"}, "has no field 'colour'"),
    ({"DATE_FROM": "22/11/2021"}, "is not a date"),
    ({"DATE_FROM": "2021-11-30", "DATE_TO": "2021-11-01"}, "after it ends"),
    ({"DATE_FIELD": "name"}, None),  # a text field: its values are not dates, nothing is counted in a range
])
def test_hectaretotals_refuses_bad_parameters(processing_provider, parameters, message):
    from qgis import processing

    params = {"INPUT": dated_layer(), "OUTPUT": "memory:"}
    params.update(parameters)
    if message is None:
        params.update({"DATE_FROM": "2021-01-01"})
        assert processing.run("demining:hectaretotals", params)["TOTAL_HA"] == 0.0
        return
    with pytest.raises(QgsProcessingException) as error:
        processing.run("demining:hectaretotals", params)
    assert message in str(error.value)


def test_hectaretotals_refuses_a_point_layer_and_changes_nothing(processing_provider, tmp_path):
    from qgis import processing

    points = QgsVectorLayer("Point?crs=EPSG:4326", "items", "memory")
    with pytest.raises(QgsProcessingException):
        processing.run("demining:hectaretotals", {"INPUT": points, "OUTPUT": "memory:"})
    districts = regions_layer()
    before = [f.attributes() for f in districts.getFeatures()]
    with pytest.raises(QgsProcessingException) as error:
        processing.run("demining:hectaretotals", {"INPUT": dated_layer(), "REGIONS": districts,
                                                  "REGION_FIELD": "released_on_x", "OUTPUT": "memory:"})
    assert "released_on_x" in str(error.value)
    assert [f.attributes() for f in districts.getFeatures()] == before


# -- the NumPy kernel against GEOS --------------------------------------------------------------------

def _ring_arrays(wkts):
    rings = [QgsGeometry.fromWkt(w).asPolygon()[0] for w in wkts]
    width = max(len(r) for r in rings)
    x = np.zeros((width, len(rings)))
    y = np.zeros((width, len(rings)))
    n = np.array([len(r) - 1 for r in rings])
    for k, ring in enumerate(rings):
        x[:len(ring), k] = [p.x() for p in ring]
        y[:len(ring), k] = [p.y() for p in ring]
    x, y, convex = orient_convex(x, y, n)
    assert convex.all()
    return x, y, n


lanes = st.tuples(st.floats(-60, 60), st.floats(-60, 60), st.floats(5, 80), st.floats(10, 150), st.floats(0, 180))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(lanes, lanes), min_size=1, max_size=12))
def test_kernel_intersection_areas_match_geos(pairs):
    a = [rotated_box(*p) for p, _ in pairs]
    b = [rotated_box(*q) for _, q in pairs]
    ax, ay, an = _ring_arrays(a)
    bx, by, bn = _ring_arrays(b)
    areas = intersection_areas(ax, ay, an, bx, by, bn)
    for k, (wa, wb) in enumerate(zip(a, b)):
        expected = QgsGeometry.fromWkt(wa).intersection(QgsGeometry.fromWkt(wb)).area()
        assert areas[k] == pytest.approx(expected, rel=1e-7, abs=1e-6)


@settings(max_examples=25, deadline=None)
@given(st.lists(lanes, min_size=1, max_size=14))
def test_bulk_and_one_by_one_routes_agree_with_the_geos_union(shapes):
    wkts = [rotated_box(*s) for s in shapes]
    layer = ground_layer([(w, {}) for w in wkts])
    bulk, single = totals(layer, bulk=True), totals(layer, bulk=False)
    reference = ground_area_ha(wkts)
    assert bulk.total_ha == pytest.approx(single.total_ha, rel=1e-8, abs=1e-8)  # slivers under 1e-4 m2
    assert bulk.total_ha == pytest.approx(reference, rel=1e-5, abs=2e-6)  # 0.02 m2: edge shapes


grid_boxes = st.tuples(st.integers(0, 12), st.integers(0, 12), st.integers(1, 8), st.integers(1, 8))


@settings(max_examples=40, deadline=None)
@given(st.lists(grid_boxes, min_size=2, max_size=16), st.sampled_from([0, 30, 45]))
# Found by Hypothesis: two identical boxes and a third overlapping half of them; the
# one-by-one route came 1.3e-4 m2 short of 400 m2 (bulk 0.55e-4 m2 over), 1.9e-8 ha apart.
@example(boxes=[(0, 0, 2, 1), (0, 0, 2, 1), (1, 0, 3, 1)], angle=0)
def test_shared_edges_and_duplicates_count_once(boxes, angle):
    """Boxes on a 10 m grid share edges, corners and whole outlines (as snapped lanes do),
    turned together by ``angle``: bulk, one-by-one and the GEOS union agree."""
    wkts = [_turned_box(*b, angle) for b in boxes]
    layer = ground_layer([(w, {}) for w in wkts])
    bulk, single = totals(layer, bulk=True), totals(layer, bulk=False)
    # The two routes agree to a millionth (a few 1e-4 m2 on a few hundred m2: floating point).
    assert bulk.total_ha == pytest.approx(single.total_ha, rel=1e-6, abs=1e-8)
    assert bulk.total_ha == pytest.approx(ground_area_ha(wkts), rel=1e-5, abs=2e-6)


def test_without_pyproj_the_plane_comes_from_gdal(monkeypatch):
    import sys

    crs = QgsCoordinateReferenceSystem("EPSG:32638")
    x, y = np.array([400_000.0, 401_000.0]), np.array([4_430_000.0, 4_431_000.0])
    with_pyproj = PlaneProjector(crs, 47.0).points(x, y)
    monkeypatch.setitem(sys.modules, "pyproj", None)  # import pyproj now fails
    with_osr = PlaneProjector(crs, 47.0).points(x, y)
    assert np.allclose(with_pyproj, with_osr, rtol=0, atol=1e-6)
    through_qgis = PlaneProjector(crs, 47.0).geometry(QgsGeometry.fromWkt("POINT(400000 4430000)")).asPoint()
    assert (through_qgis.x(), through_qgis.y()) == pytest.approx((with_osr[0][0], with_osr[1][0]), abs=1e-6)
    assert plane_crs(47.0).isValid()
