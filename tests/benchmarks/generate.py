"""Synthetic released land for the benchmark: N clearance polygons in the demo districts.

Polygons are lanes and boxes of 20-120 m by 50-300 m laid out in work sites (clusters):
each site has its own random orientation and holds rows of lanes side by side, each lane
overlapping its neighbour by a few metres and slightly turned, as imported legacy data
often is. The overlap is tuned so that the naive sum of areas exceeds the true union by
about 5%. The polygons are written into the ``cleared_areas`` layer of a new project store
(EPSG:4326) whose ``regions`` are copied from the demo store.

Geometry is built in UTM zone 38N (metres) with NumPy and moved to WGS84 with pyproj;
the benchmark needs that stack anyway for its geopandas peer.
"""

import datetime
import math
from pathlib import Path

import numpy as np
from osgeo import ogr
from pyproj import Transformer

WORK_CRS = "EPSG:32638"
ORGANISATIONS = {
    "ANAMA": ["ANAMA MC-1", "ANAMA MC-2", "ANAMA MC-3", "ANAMA MDD-1", "ANAMA MECH-1"],
    "Azerbaijani Army engineers": ["AZ ENG-11", "AZ ENG-12", "AZ ENG-14"],
    "Turkish Army engineers": ["TR ENG-1", "TR ENG-2", "TR MEMATT-1"],
}
FIRST_DAY = datetime.date(2021, 1, 4)
DAYS = 500


def read_regions(demo_store: Path):
    """District names and shapely polygons (WGS84) of the demo store's ``regions`` layer."""
    import shapely

    ds = ogr.Open(str(demo_store))
    layer = ds.GetLayerByName("regions")
    names, geoms = [], []
    for feature in layer:
        names.append(feature["name"])
        geoms.append(shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb())))
    return names, np.array(geoms, dtype=object)


def site_polygons(rng: np.random.Generator, n: int, centre, angle: float):
    """Corner arrays (n, 5, 2) in metres of one work site: rows of overlapping lanes."""
    corners = np.empty((n, 5, 2))
    across = np.array([math.cos(angle), math.sin(angle)])
    along = np.array([-math.sin(angle), math.cos(angle)])
    per_row = int(rng.integers(3, 9))
    offset_across = offset_along = row_length = 0.0
    for k in range(n):
        if k and k % per_row == 0:  # next row of lanes, overlapping the previous one a little
            offset_along += row_length * (1 - rng.uniform(0.0, 0.03))
            offset_across = row_length = 0.0
        width, length = rng.uniform(20, 120), rng.uniform(50, 300)
        turn = rng.normal(0, math.radians(1.5))
        a = np.array([math.cos(angle + turn), math.sin(angle + turn)])
        b = np.array([-math.sin(angle + turn), math.cos(angle + turn)])
        origin = centre + across * offset_across + along * (offset_along + rng.uniform(-8, 8))
        ring = np.array([origin, origin + a * width, origin + a * width + b * length, origin + b * length, origin])
        corners[k] = ring
        offset_across += width * (1 - rng.uniform(0.0, 0.085))
        row_length = max(row_length, length)
    return corners


def generate(n: int, demo_store: Path, seed: int = 7):
    """WKB polygons (WGS84) and attribute columns of ``n`` released areas."""
    import shapely

    rng = np.random.default_rng(seed)
    names, regions = read_regions(demo_store)
    to_work = Transformer.from_crs("EPSG:4326", WORK_CRS, always_xy=True)
    to_wgs84 = Transformer.from_crs(WORK_CRS, "EPSG:4326", always_xy=True)
    work_regions = shapely.transform(regions, lambda xy: np.column_stack(to_work.transform(xy[:, 0], xy[:, 1])))
    weights = shapely.area(work_regions) / shapely.area(work_regions).sum()
    shapely.prepare(work_regions)

    rings, district, site_of = [], [], []
    centres, radii = np.empty((0, 2)), np.empty(0)
    made = site = 0
    while made < n:
        r = int(rng.choice(len(names), p=weights))
        xmin, ymin, xmax, ymax = shapely.bounds(work_regions[r])
        size = int(min(n - made, rng.integers(5, 46)))
        # Work sites do not run into each other (a few tries, then anywhere): the overlap
        # measured is the one within sites, between neighbouring lanes.
        corners = None
        for _attempt in range(50):
            x, y = rng.uniform(xmin, xmax), rng.uniform(ymin, ymax)
            if not shapely.contains_xy(work_regions[r], x, y):
                continue
            corners = site_polygons(rng, size, np.array([x, y]), rng.uniform(0, math.pi))
            points = corners.reshape(-1, 2)
            centre = points.mean(axis=0)
            radius = np.sqrt(((points - centre) ** 2).sum(axis=1)).max()
            if not len(radii) or (np.hypot(*(centres - centre).T) > radii + radius).all():
                break
        if corners is None:
            continue
        rings.append(corners)
        centres, radii = np.vstack([centres, centre]), np.append(radii, radius)
        district += [names[r]] * size
        site_of += [site] * size
        made += size
        site += 1
    corners = np.concatenate(rings)
    lon, lat = to_wgs84.transform(corners[..., 0].ravel(), corners[..., 1].ravel())
    corners_wgs84 = np.column_stack([lon, lat]).reshape(corners.shape)
    polygons = shapely.polygons(corners_wgs84)

    site_of = np.array(site_of)
    site_start = rng.integers(0, DAYS - 40, site + 1)
    day = site_start[site_of] + np.arange(n) % 40 // 2
    methods = rng.choice(["cleared", "reduced", "cancelled"], n, p=[0.9, 0.05, 0.05])
    techniques = rng.choice(["manual", "mechanical", "mdd"], n, p=[0.6, 0.3, 0.1])
    teams = [(org, team) for org, ts in ORGANISATIONS.items() for team in ts]
    team_of_site = rng.integers(0, len(teams), site + 1)
    columns = {
        "release_id": [f"LR-{k + 1:06d}" for k in range(n)],
        "release_method": methods.tolist(),
        "technique": techniques.tolist(),
        "organisation": [teams[t][0] for t in team_of_site[site_of]],
        "team": [teams[t][1] for t in team_of_site[site_of]],
        "district": district,
        "released_on": [(FIRST_DAY + datetime.timedelta(days=int(d))).isoformat() for d in day],
    }
    return shapely.to_wkb(polygons), columns


def write_store(path: Path, demo_store: Path, n: int, seed: int = 7) -> None:
    """Write a project store with ``n`` released polygons and the demo districts."""
    from demining_plugin.core.store import create_store

    wkbs, columns = generate(n, demo_store, seed)
    create_store(str(path), "EPSG:4326", overwrite=True)
    ds = ogr.Open(str(path), update=1)
    source = ogr.Open(str(demo_store))
    try:
        regions = ds.GetLayerByName("regions")
        ds.StartTransaction()
        for feature in source.GetLayerByName("regions"):
            copy = ogr.Feature(regions.GetLayerDefn())
            copy.SetFrom(feature)
            regions.CreateFeature(copy)
        layer = ds.GetLayerByName("cleared_areas")
        definition = layer.GetLayerDefn()
        for k, wkb in enumerate(wkbs):
            feature = ogr.Feature(definition)
            for name, values in columns.items():
                feature.SetField(name, values[k])
            geometry = ogr.CreateGeometryFromWkb(wkb)
            feature.SetGeometry(ogr.ForceToMultiPolygon(geometry))
            layer.CreateFeature(feature)
        ds.CommitTransaction()
    finally:
        ds = source = None  # noqa: F841 (closes the files)
