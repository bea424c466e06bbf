"""RegionIndex.locate_points against GEOS (QgsGeometry.contains / intersects).

The lookup answers most points from a grid (runs of cells no region edge passes
through) and the others by counting edge crossings of the regions whose box holds the
point: both ways must give the region GEOS finds, for points inside, outside, on
boundaries, in holes and in every part of a multipolygon.
"""

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsPointXY

from demining_plugin.core.geo.districts import OUTSIDE, RegionIndex

# Plane coordinates in metres. "ring" has a hole holding the district "island"; "pair"
# has two parts; "west" and "east" share a boundary with a bend.
REGIONS = [
    ("ring", "POLYGON((0 0, 6000 0, 6000 6000, 0 6000, 0 0), (2000 2000, 4000 2000, 4000 4000, 2000 4000, 2000 2000))"),
    ("island", "POLYGON((2500 2500, 3500 2500, 3500 3500, 2500 3500, 2500 2500))"),
    ("pair", "MULTIPOLYGON(((7000 0, 9000 0, 9000 2000, 7000 2000, 7000 0)),"
             "((7000 4000, 9500 4000, 8000 6500, 7000 4000)))"),
    ("west", "POLYGON((0 7000, 4000 7000, 4700 8500, 4000 10000, 0 10000, 0 7000))"),
    ("east", "POLYGON((4000 7000, 9000 7000, 9000 10000, 4000 10000, 4700 8500, 4000 7000))"),
]


def _index(regions=REGIONS, copies: int = 1, gap: float = 0.0) -> RegionIndex:
    names, geometries = [], []
    for copy in range(copies):
        for name, wkt in regions:
            geometry = QgsGeometry.fromWkt(wkt)
            geometry.translate(copy * gap, 0.0)
            names.append(f"{name}{copy}")
            geometries.append(geometry)
    return RegionIndex(names, geometries)


def _geos_answers(index: RegionIndex, x: np.ndarray, y: np.ndarray):
    """(region that contains each point or OUTSIDE, regions that touch or hold it)."""
    contained = np.full(len(x), OUTSIDE, dtype=np.int64)
    touching = [set() for _ in range(len(x))]
    for r, geometry in enumerate(index.geometries):
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        box = index.boxes[r]
        near = np.flatnonzero((x >= box[0]) & (x <= box[2]) & (y >= box[1]) & (y <= box[3]))
        for k in near:
            point = QgsGeometry.fromPointXY(QgsPointXY(float(x[k]), float(y[k])))
            if engine.contains(point.constGet()):
                assert contained[k] == OUTSIDE, "test regions overlap"
                contained[k] = r
            if engine.intersects(point.constGet()):
                touching[k].add(r)
    return contained, touching


def _assert_like_geos(index: RegionIndex, x: np.ndarray, y: np.ndarray) -> None:
    found = index.locate_points(x, y)
    contained, touching = _geos_answers(index, x, y)
    strict = np.array([not t or contained[k] != OUTSIDE for k, t in enumerate(touching)])
    # Off every boundary: exactly GEOS's answer.
    np.testing.assert_array_equal(found[strict], contained[strict])
    # On a boundary: one of the regions it touches, or outside of all.
    for k in np.flatnonzero(~strict):
        assert found[k] == OUTSIDE or found[k] in touching[k], (x[k], y[k], found[k], touching[k])


def test_points_inside_outside_in_holes_and_parts():
    index = _index()
    points = {
        (1000, 1000): "ring", (5000, 5500): "ring",
        (3000, 3000): "island",  # in the hole of "ring", inside "island"
        (2200, 2200): None, (3800, 3900): None,  # in the hole, outside "island"
        (8000, 1000): "pair", (8000, 5000): "pair",  # both parts of the multipolygon
        (8000, 3000): None,  # between the parts
        (6500, 3000): None, (-10, 5): None, (12000, 12000): None,
        (1000, 8500): "west", (4600, 8500): "west", (4800, 8500): "east", (8000, 9000): "east",
    }
    x = np.array([p[0] for p in points], dtype=float)
    y = np.array([p[1] for p in points], dtype=float)
    found = index.locate_points(x, y)
    names = [index.names[r][:-1] if r != OUTSIDE else None for r in found]
    assert names == list(points.values())
    _assert_like_geos(index, x, y)


def test_points_on_boundaries_and_vertices():
    index = _index()
    points = [(0, 3000), (6000, 6000), (2000, 3000), (2500, 3000), (3000, 3500), (7000, 1000), (9000, 2000),
              (8750, 5250), (4000, 7000), (4700, 8500), (4350, 7750), (4000, 10000), (9000, 8000)]
    x = np.array([p[0] for p in points], dtype=float)
    y = np.array([p[1] for p in points], dtype=float)
    found = index.locate_points(x, y)
    contained, touching = _geos_answers(index, x, y)
    assert (contained == OUTSIDE).all()  # GEOS: a point on a boundary is in no region
    for k in range(len(points)):
        assert touching[k], points[k]  # on a boundary of some region
        assert found[k] == OUTSIDE or found[k] in touching[k], (points[k], found[k], touching[k])
    # A boundary two districts share goes to one of the two, never outside both.
    shared = [k for k, p in enumerate(points) if p in {(4700, 8500), (4350, 7750)}]
    assert all(found[k] in touching[k] for k in shared)


@pytest.mark.parametrize("copies", [1, 10])
def test_many_points_match_geos(copies):
    """Random points, on grid cells no edge crosses and on cells an edge crosses, over
    one set of regions and over ten side by side (the finer grid, the box filter)."""
    index = _index(copies=copies, gap=10000.0)
    rng = np.random.default_rng(5)
    count = 4000 * copies
    x = rng.uniform(-500, copies * 10000 + 500, count)
    y = rng.uniform(-500, 10500, count)
    # And points exactly on region vertices and on the middle of region edges.
    edges = index.edges
    x = np.concatenate([x, edges[:, 0], (edges[:, 0] + edges[:, 2]) / 2])
    y = np.concatenate([y, edges[:, 1], (edges[:, 1] + edges[:, 3]) / 2])
    _assert_like_geos(index, x, y)
    found = index.locate_points(x, y)
    assert (found != OUTSIDE).sum() > count // 2  # the points did land in the regions


def test_lookup_without_regions_or_points():
    index = _index()
    assert len(index.locate_points(np.zeros(0), np.zeros(0))) == 0
    found = index.locate_points(np.array([np.nan, np.inf, 1000.0]), np.array([1000.0, 1000.0, np.nan]))
    assert (found == OUTSIDE).all()
    empty = RegionIndex([], [])
    assert (empty.locate_points(np.array([1.0]), np.array([1.0])) == OUTSIDE).all()


def test_many_small_regions():
    """900 square districts of 1 km: each point off the lines of the grid is in the
    square it falls in, whichever way (grid run or crossings) it is answered."""
    side = 30
    names, geometries = [], []
    for i in range(side):
        for j in range(side):
            x0, y0 = i * 1000, j * 1000
            wkt = f"POLYGON(({x0} {y0}, {x0 + 1000} {y0}, {x0 + 1000} {y0 + 1000}, {x0} {y0 + 1000}, {x0} {y0}))"
            names.append(f"{i}-{j}")
            geometries.append(QgsGeometry.fromWkt(wkt).densifyByDistance(250))
    index = RegionIndex(names, geometries)
    rng = np.random.default_rng(11)
    x = np.round(rng.uniform(-200, side * 1000 + 200, 60000), 1)
    y = np.round(rng.uniform(-200, side * 1000 + 200, 60000), 1)
    found = index.locate_points(x, y)
    off_lines = (x % 1000 != 0) & (y % 1000 != 0)
    within = (x > 0) & (x < side * 1000) & (y > 0) & (y < side * 1000)
    expected = np.where(within, (x // 1000).astype(np.int64) * side + (y // 1000).astype(np.int64), OUTSIDE)
    np.testing.assert_array_equal(found[off_lines], expected[off_lines])
