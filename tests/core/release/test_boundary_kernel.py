"""The boundary kernel (Green's theorem on the stretches of edges) against GEOS's union
in the plane: the land each convex polygon adds to those released before it.

Edges along each other (duplicates, shared and partly shared sides, snapped corners),
rings of different vertex counts side by side, release orders unrelated to the rows,
and stacks deep enough that an edge carries more intervals than one 64-bit word of
covering polygons.
"""

import numpy as np
import pytest
import shapely

from demining_plugin.core.geo.overlay_kernel import signed_areas
from demining_plugin.core.geo.polygon_arrays import overlapping_pairs
from demining_plugin.core.release.boundary_kernel import added_area_m2
from tests.core.release.convex_shapes import box, lane, rings


def kernel_adds(polygons, order=None):
    """The kernel's figure per polygon; ``order``: the release order of each (default:
    the list's)."""
    x, y, n = rings(polygons)
    rank = np.arange(len(polygons)) if order is None else np.asarray(order)
    bounds = np.array([p.bounds for p in polygons])
    first, second = overlapping_pairs(bounds)
    return added_area_m2(x, y, n, rank, first, second, signed_areas(x - x[0], y - y[0], n))


def union_adds(polygons, order=None):
    """What each polygon adds to the union of those released before it (GEOS)."""
    order = np.arange(len(polygons)) if order is None else np.asarray(order)
    by_release = np.argsort(order)
    running = [shapely.union_all([polygons[k] for k in by_release[:m + 1]]).area for m in range(len(polygons))]
    out = np.zeros(len(polygons))
    out[by_release] = np.diff([0.0] + running)
    return out


CASES = {
    "overlapping corners": [box(0, 0, 20, 20), box(10, 10, 30, 30)],
    "side by side (a shared side)": [box(0, 0, 20, 20), box(20, 0, 40, 20)],
    "identical": [box(0, 0, 20, 20)] * 3,
    "identical, the later first in rows": [box(0, 0, 20, 20), box(0, 0, 20, 20), box(5, 5, 30, 8)],
    "sides partly along each other": [box(0, 0, 20, 20), box(10, 0, 30, 10), box(0, 10, 5, 20)],
    "touching at a corner": [box(0, 0, 10, 10), box(10, 10, 20, 20)],
    "nested": [box(0, 0, 40, 40), box(10, 10, 20, 20)],
    "enclosing": [box(10, 10, 20, 20), box(0, 0, 40, 40)],
    "triangle over a box": [box(0, 0, 30, 30), shapely.Polygon([(-5, 5), (40, 15), (10, 45)])],
    "octagon, box and triangle": [shapely.Point(10, 10).buffer(8, quad_segs=2),
                                  box(5, 5, 25, 12), shapely.Polygon([(0, 0), (20, 0), (10, 10)])],
    "apart (boxes overlap only)": [lane(0, 0, 4, 60, 45), lane(20, -20, 4, 60, 45)],
    "crossing lanes": [lane(0, 0, 10, 80, a) for a in (0, 30, 60, 90, 120, 150)],
}


@pytest.mark.parametrize("name", list(CASES))
def test_cases_against_geos(name):
    polygons = CASES[name]
    np.testing.assert_allclose(kernel_adds(polygons), union_adds(polygons), rtol=0, atol=1e-9)


@pytest.mark.parametrize("name", ["identical", "sides partly along each other", "crossing lanes", "nested"])
def test_release_order_unrelated_to_rows(name):
    polygons = CASES[name]
    order = np.arange(len(polygons))[::-1]
    np.testing.assert_allclose(kernel_adds(polygons, order), union_adds(polygons, order), rtol=0, atol=1e-9)


@pytest.mark.parametrize("seed", range(6))
def test_random_lanes_against_geos(seed):
    """Lanes of random size and turn over a small site, released in a random order."""
    rng = np.random.default_rng(seed)
    polygons = [lane(*rng.uniform(-40, 40, 2), rng.uniform(5, 40), rng.uniform(20, 150), rng.uniform(0, 180))
                for _ in range(40)]
    order = rng.permutation(len(polygons))
    np.testing.assert_allclose(kernel_adds(polygons, order), union_adds(polygons, order), rtol=0, atol=1e-7)


def test_stack_deeper_than_one_word():
    """Eighty lanes turned about one centre, and their copies: an edge lies in more than
    64 others (two words of covering polygons)."""
    polygons = [lane(0, 0, 12, 200, 180.0 * k / 80) for k in range(80)]
    polygons += polygons[::7]
    adds = kernel_adds(polygons)
    np.testing.assert_allclose(adds, union_adds(polygons), rtol=0, atol=1e-7)
    assert adds[80:] == pytest.approx(np.zeros(len(polygons) - 80), abs=1e-9)  # the copies add nothing


def test_lone_polygons_add_their_area():
    polygons = [box(0, 0, 10, 10), box(100, 100, 130, 110)]
    assert kernel_adds(polygons) == pytest.approx([100.0, 300.0])
