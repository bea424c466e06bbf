"""Pairs of convex rings whose boxes overlap but whose outlines lie apart: left out of the
boundary kernel (``apart_pairs``). No pair that touches or overlaps, however little, may
be left out, and leaving the others out changes no figure."""

import numpy as np
import pytest
import shapely

from demining_plugin.core.geo.overlay_kernel import signed_areas
from demining_plugin.core.geo.polygon_arrays import apart_pairs, not_apart, overlapping_pairs
from demining_plugin.core.release.boundary_kernel import added_area_m2
from tests.core.release.convex_shapes import box, lane, rings

#: Far from the origin, as in the equal-area plane (metres).
FAR = (1.52e7, 4.61e6)

NEVER_APART = {
    "a shared side": (box(0, 0, 20, 20), box(20, 0, 40, 20)),
    "touching at a corner": (box(0, 0, 10, 10), box(10, 10, 20, 20)),
    "a diamond's corner on a side": (box(0, 0, 10, 10), shapely.Polygon([(10, 5), (15, 0), (20, 5), (15, 10)])),
    "a sliver of overlap": (box(0, 0, 20, 20), box(20 - 1e-7, 3, 40, 25)),
    "a gap under the margin": (box(0, 0, 20, 20), box(20.0005, 0, 40, 20)),
    "nested": (box(0, 0, 40, 40), box(10, 10, 20, 20)),
    "enclosing": (box(10, 10, 20, 20), box(0, 0, 40, 40)),
    "identical": (lane(0, 0, 5, 80, 33), lane(0, 0, 5, 80, 33)),
    "crossing lanes": (lane(0, 0, 10, 80, 0), lane(0, 0, 10, 80, 90)),
    "lanes overlapping at their ends": (lane(0, 0, 4, 60, 45), lane(-21.3, 21.3, 4, 60, 45)),
    "triangle over a box": (box(0, 0, 30, 30), shapely.Polygon([(-5, 5), (40, 15), (10, 45)])),
    "octagon touching a box": (shapely.Point(10, 10).buffer(8, quad_segs=2), box(18, 0, 30, 20)),
}


def shifted(polygon, dx, dy):
    return shapely.affinity.translate(polygon, dx, dy)


def apart(polygons, offset=(0.0, 0.0)):
    x, y, n = rings([shifted(p, *offset) for p in polygons])
    first, second = np.arange(len(polygons) - 1), np.arange(1, len(polygons))
    return apart_pairs(x, y, n, first, second)


@pytest.mark.parametrize("offset", [(0.0, 0.0), FAR])
@pytest.mark.parametrize("name", list(NEVER_APART))
def test_touching_or_overlapping_pairs_are_never_apart(name, offset):
    a, b = NEVER_APART[name]
    assert not apart([a, b], offset)[0]
    assert not apart([b, a], offset)[0]


@pytest.mark.parametrize("offset", [(0.0, 0.0), FAR])
def test_lanes_side_by_side_across_their_boxes_are_apart(offset):
    """Parallel lanes turned 45 degrees, 1 m apart: their boxes overlap widely."""
    # The lanes run along (-1, 1): centres 5 m apart across them.
    a, b = lane(0, 0, 4, 60, 45), lane(3.5355, 3.5355, 4, 60, 45)
    assert a.distance(b) == pytest.approx(1.0, abs=1e-3)
    assert shapely.box(*a.bounds).intersects(shapely.box(*b.bounds))
    assert apart([a, b], offset).tolist() == [True]
    assert apart([b, shapely.Point(50, 0).buffer(3, quad_segs=2)], offset).tolist() == [True]


@pytest.mark.parametrize("offset", [(0.0, 0.0), FAR])
def test_slanted_lanes_side_by_side_are_apart(offset):
    """Lanes once projected: parallelograms, 0.6 m apart across their long sides; and a
    ring whose first two edges are nearly in line (bounded across its first edge)."""
    a = shapely.Polygon([(0, 0), (4, 1), (-26, 61), (-30, 60)])
    b = shapely.affinity.translate(a, 4.6, 1.15)
    assert 0.55 < a.distance(b) < 0.65 and shapely.box(*a.bounds).intersects(shapely.box(*b.bounds))
    assert apart([a, b], offset).tolist() == [True]
    c = shapely.Polygon([(0, 0), (10, 0), (20, 0.5), (10, 10)])
    assert apart([c, shapely.affinity.translate(c, 0, 10.5)], offset).tolist() == [True]
    assert apart([c, shapely.affinity.translate(c, 0, 9.9)], offset).tolist() == [False]


@pytest.mark.parametrize("seed", range(4))
def test_random_rings_apart_only_when_geos_says_so(seed):
    """Lanes, octagons and random convex rings packed in a site, far from the origin: every pair said apart is
    more than a millimetre apart for GEOS, and the kernel's figures are the same
    without those pairs."""
    rng = np.random.default_rng(seed)
    polygons = [lane(*rng.uniform(-60, 60, 2), rng.uniform(2, 20), rng.uniform(20, 120), rng.uniform(0, 180))
                for _ in range(60)]
    polygons += [shapely.Point(*rng.uniform(-60, 60, 2)).buffer(rng.uniform(2, 15), quad_segs=2) for _ in range(20)]
    polygons += [shapely.MultiPoint(rng.uniform(-60, 60, 2) + rng.uniform(-15, 15, (6, 2))).convex_hull
                 for _ in range(20)]
    polygons = [shifted(p, *FAR) for p in polygons]
    x, y, n = rings(polygons)
    first, second = overlapping_pairs(np.array([p.bounds for p in polygons]))
    flags = apart_pairs(x, y, n, first, second)
    assert flags.any() and not flags.all()
    for i, j in zip(first[flags], second[flags]):
        assert polygons[i].distance(polygons[j]) > 1e-3
    rank = rng.permutation(len(polygons))
    own = signed_areas(x - x[0], y - y[0], n)
    everything = added_area_m2(x, y, n, rank, first, second, own)
    filtered = added_area_m2(x, y, n, rank, first[~flags], second[~flags], own)
    np.testing.assert_allclose(filtered, everything, rtol=0, atol=1e-9)


def test_pairs_filtered_as_they_are_found():
    """``not_apart`` given to ``overlapping_pairs`` leaves out exactly the apart pairs of
    convex rings; a pair with a ring the kernel cannot take is always kept."""
    rng = np.random.default_rng(11)
    polygons = [shifted(lane(*rng.uniform(-80, 80, 2), rng.uniform(2, 20), rng.uniform(20, 120),
                             rng.uniform(0, 180)), *FAR) for _ in range(120)]
    x, y, n = rings(polygons)
    bounds = np.array([p.bounds for p in polygons])
    first, second = overlapping_pairs(bounds)
    flags = apart_pairs(x, y, n, first, second)
    assert flags.sum() > 10
    convex = np.ones(len(polygons), dtype=bool)
    kept = set(zip(*overlapping_pairs(bounds, None, None, not_apart(x, y, n, convex))))
    assert kept == set(zip(first[~flags], second[~flags]))
    convex[first[flags][0]] = False  # as if it were a polygon with a hole
    kept = set(zip(*overlapping_pairs(bounds, None, None, not_apart(x, y, n, convex))))
    odd = (first == first[flags][0]) | (second == first[flags][0])
    assert kept == set(zip(first[~flags | odd], second[~flags | odd]))
