"""Released polygons over a bend of a district boundary or where three districts meet are
cut along every boundary segment touching them (``RegionIndex.cut_at_boundaries``) and
counted by the NumPy kernels, not GEOS: the same land per district as GEOS one by one,
overlapping records and all."""

import numpy as np
import pytest
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

from demining_plugin.core.geo.districts import build_regions
from demining_plugin.core.geo.equal_area import PlaneProjector
from demining_plugin.core.geo.polygon_arrays import project_polygons
from demining_plugin.core.release.counted_once import ReleasedLand

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
#: Where the districts meet (longitude, latitude), and a bend of one boundary.
JUNCTION = (47.001, 40.001)
BEND = (46.995, 40.004)


def districts():
    """West and two districts east of it, meeting at ``JUNCTION``; the boundary between
    West and North-east bends at ``BEND``."""
    (jx, jy), (bx, by) = JUNCTION, BEND
    west = f"POLYGON((46.98 39.99, {jx} 39.99, {jx} {jy}, {bx} {by}, {bx} 40.02, 46.98 40.02, 46.98 39.99))"
    south_east = f"POLYGON(({jx} 39.99, 47.02 39.99, 47.02 {jy}, {jx} {jy}, {jx} 39.99))"
    north_east = f"POLYGON(({jx} {jy}, 47.02 {jy}, 47.02 40.02, {bx} 40.02, {bx} {by}, {jx} {jy}))"
    return [(name, QgsGeometry.fromWkt(wkt)) for name, wkt in
            (("West", west), ("South-east", south_east), ("North-east", north_east))]


def lanes(seed, count=60):
    """Lanes of 20-120 m by 40-160 m about the junction and the bend, turned every way."""
    rng = np.random.default_rng(seed)
    out = []
    for k in range(count):
        cx, cy = JUNCTION if k % 2 else BEND
        cx, cy = cx + rng.uniform(-0.0008, 0.0008), cy + rng.uniform(-0.0008, 0.0008)
        width, length = rng.uniform(0.0002, 0.0012), rng.uniform(0.0004, 0.0016)
        box = shapely.box(-length / 2, -width / 2, length / 2, width / 2)
        out.append(shapely.affinity.translate(shapely.affinity.rotate(box, rng.uniform(0, 180)), cx, cy))
    return out


def built(polygons, days, bulk):
    projector = PlaneProjector(WGS84, 47.0)
    arrays = project_polygons([shapely.to_wkb(p) for p in polygons], projector)
    land = ReleasedLand(arrays, np.arange(1, len(polygons) + 1), np.asarray(days),
                        build_regions(districts(), WGS84, projector))
    land.build(bulk=bulk)
    return land


def by_row_and_region(land):
    table = {}
    for row, region, area in zip(land.pieces.row.tolist(), land.pieces.region.tolist(), land.pieces.area_m2.tolist()):
        table[(row, region)] = table.get((row, region), 0.0) + area
    return table


@pytest.mark.parametrize("seed", [3, 4, 5])
def test_bends_and_junctions_cut_by_the_kernels_as_geos_counts_them(seed):
    polygons = lanes(seed)
    days = np.random.default_rng(seed).integers(0, 10, len(polygons))
    bulk, geos = built(polygons, days, True), built(polygons, days, False)
    assert len(bulk.general_rows) == 0  # nothing left to GEOS
    expected, found = by_row_and_region(geos), by_row_and_region(bulk)
    assert set(found) == set(expected)
    for key, area in expected.items():
        assert found[key] == pytest.approx(area, abs=1e-5), key
    # Lanes over the junction hold land in all three districts, some over the bend in two.
    regions_of = {}
    for row, region in found:
        regions_of.setdefault(row, set()).add(region)
    assert max(len(r) for r in regions_of.values()) == 3
    assert sum(len(r) == 2 for r in regions_of.values()) >= 5
    assert sum(found.values()) == pytest.approx(sum(expected.values()), rel=1e-9)
