"""Records repeating exactly an earlier one (a legacy import loaded twice, a lane entered
again): the bulk way leaves them out of every pair, and still gives the same pieces as
GEOS one by one, district by district, whatever the order of release."""

import numpy as np
import pytest
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

from demining_plugin.core.geo.districts import OUTSIDE, build_regions
from demining_plugin.core.geo.equal_area import PlaneProjector
from demining_plugin.core.geo.polygon_arrays import project_polygons, repeated_rings
from demining_plugin.core.release.counted_once import ReleasedLand

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def districts():
    """Three districts meeting at a corner near (47.001, 40.001), the east one an L."""
    west = "POLYGON((46.99 39.99, 47.001 39.99, 47.001 40.01, 46.99 40.01, 46.99 39.99))"
    south_east = "POLYGON((47.001 39.99, 47.01 39.99, 47.01 40.001, 47.001 40.001, 47.001 39.99))"
    north_east = "POLYGON((47.001 40.001, 47.01 40.001, 47.01 40.01, 47.001 40.01, 47.001 40.001))"
    return [(name, QgsGeometry.fromWkt(wkt)) for name, wkt in
            (("West", west), ("South-east", south_east), ("North-east", north_east))]


def lane(lon, lat, width=0.0004, length=0.0012, angle=0.0):
    box = shapely.box(-length / 2, -width / 2, length / 2, width / 2)
    return shapely.affinity.translate(shapely.affinity.rotate(box, angle), lon, lat)


def stack():
    """Lanes inside one district, across one boundary, over the corner where three meet
    and outside every district, each recorded two to four times, with shifted lanes
    between the copies."""
    originals = [lane(46.995, 40.0), lane(47.001, 39.995, angle=20), lane(47.001, 40.001, angle=35),
                 lane(47.02, 40.0), lane(47.0008, 40.0008, angle=80)]
    polygons = []
    for k, polygon in enumerate(originals):
        for copy in range(2 + k % 3):
            polygons.append(polygon)
            polygons.append(shapely.affinity.translate(polygon, 0.0001 * (copy + 1), 0.00005 * copy))
    return polygons


def land(polygons, days):
    projector = PlaneProjector(WGS84, 47.0)
    arrays = project_polygons([shapely.to_wkb(p) for p in polygons], projector)
    regions = build_regions(districts(), WGS84, projector)
    return ReleasedLand(arrays, np.arange(1, len(polygons) + 1), np.asarray(days), regions)


def by_row_and_region(built):
    pieces = built.pieces
    table = {}
    for row, region, area in zip(pieces.row.tolist(), pieces.region.tolist(), pieces.area_m2.tolist()):
        table[(row, region)] = table.get((row, region), 0.0) + area
    return table


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_repeats_as_geos_gives_them(seed):
    polygons = stack()
    days = np.random.default_rng(seed).integers(0, 5, len(polygons))  # copies before and after originals
    bulk, geos = land(polygons, days), land(polygons, days)
    bulk.build()
    geos.build(bulk=False)
    expected, found = by_row_and_region(geos), by_row_and_region(bulk)
    assert set(found) == set(expected)  # every record, in the same districts
    for key, area in expected.items():
        assert found[key] == pytest.approx(area, abs=1e-6)
    # The repeats were left out of the pairs, and each holds no land.
    rank = np.lexsort((bulk.fids, bulk.days))
    order = np.empty(len(rank), dtype=np.int64)
    order[rank] = np.arange(len(rank))
    repeats, originals = repeated_rings(bulk.polygons.x, bulk.polygons.y, bulk.polygons.n,
                                        np.arange(len(polygons)), order)
    assert len(repeats) == sum(1 + k % 3 for k in range(5))
    assert (order[repeats] > order[originals]).all()
    assert all(found[key] == 0.0 for key in found if key[0] in set(repeats.tolist()))
    assert any(key[1] == OUTSIDE for key in found if key[0] in set(repeats.tolist()))
    # A record across the corner where three districts meet: its copies lie in its largest share.
    corner = [row for row in repeats.tolist() if polygons[row].equals(polygons[4])]
    assert corner and len({key[1] for key in found if key[0] in corner}) == 1


def test_repeated_rings_compares_every_vertex():
    """Rings sharing their first vertices but not the rest are not repeats; the same
    ring starting at another vertex is not found (it is then counted the usual way)."""
    square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]
    other = [(0.0, 0.0), (10.0, 0.0), (10.0, 12.0), (0.0, 10.0)]
    turned = square[1:] + square[:1]
    rings = [square, other, turned, square, square]
    width = 5
    x = np.zeros((width, len(rings)))
    y = np.zeros((width, len(rings)))
    for k, ring in enumerate(rings):
        closed = ring + ring[:1]
        x[:, k] = [p[0] for p in closed]
        y[:, k] = [p[1] for p in closed]
    n = np.full(len(rings), 4)
    rank = np.array([3, 0, 1, 4, 2])  # the last copy of the square comes first
    repeats, originals = repeated_rings(x, y, n, np.arange(len(rings)), rank)
    assert sorted(zip(repeats.tolist(), originals.tolist())) == [(0, 4), (3, 4)]
