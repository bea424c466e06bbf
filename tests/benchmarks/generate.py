"""Synthetic released land for the benchmark: N clearance polygons in the demo districts.

Polygons are lanes and boxes of 20-120 m by 50-300 m laid out in work sites (clusters):
each site has its own random orientation and holds rows of lanes side by side, each lane
overlapping its neighbour by a few metres and slightly turned, as imported legacy data
often is. The overlap is tuned so that the naive sum of areas exceeds the true union by
about 5%. Two more layouts stress the totals: ``dense`` (every work site recorded four
times over on the same ground) and ``tiled`` (the same density over copies of the
districts side by side, for national-size stores; see ``LAYOUTS``). The polygons are
written into the ``cleared_areas`` layer of a new project store (EPSG:4326) whose
``regions`` are copied from the demo store (or its districts, moved, for ``tiled``).

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


def _layout(n: int, regions, rng: np.random.Generator):
    """Corner arrays (n, 5, 2) in WORK_CRS metres of ``n`` lanes in work sites inside the
    ``regions`` (shapely, WORK_CRS), the region index of each and its site number."""
    import shapely

    weights = shapely.area(regions) / shapely.area(regions).sum()
    shapely.prepare(regions)
    rings, district, site_of = [], [], []
    centres, radii = np.empty((0, 2)), np.empty(0)
    made = site = 0
    while made < n:
        r = int(rng.choice(len(regions), p=weights))
        xmin, ymin, xmax, ymax = shapely.bounds(regions[r])
        size = int(min(n - made, rng.integers(5, 46)))
        # Work sites do not run into each other (a few tries, then anywhere): the overlap
        # measured is the one within sites, between neighbouring lanes.
        corners = None
        for _attempt in range(50):
            x, y = rng.uniform(xmin, xmax), rng.uniform(ymin, ymax)
            if not shapely.contains_xy(regions[r], x, y):
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
        district += [r] * size
        site_of += [site] * size
        made += size
        site += 1
    return np.concatenate(rings), np.array(district), np.array(site_of)


def restack(corners: np.ndarray, copies: int, rng: np.random.Generator) -> np.ndarray:
    """Each lane recorded ``copies`` more times on the same ground, as legacy imports, survey
    then clearance, and repeated technical survey leave it: an identical duplicate (a
    quarter), a copy shifted by a few metres and turned by a degree or two (half), or one
    grown or shrunk by up to 10% about its centre (a quarter). Returns (n * (copies + 1), 5, 2)."""
    out = [corners]
    centre = corners[:, :4].mean(axis=1, keepdims=True)
    for _copy in range(copies):
        n = len(corners)
        kind = rng.choice(3, n, p=[0.25, 0.5, 0.25])
        turn = np.where(kind == 1, rng.normal(0, math.radians(2.0), n), 0.0)
        scale = np.where(kind == 2, rng.uniform(0.9, 1.1, n), 1.0)
        shift = np.where((kind == 1)[:, None], rng.normal(0, 5.0, (n, 2)), 0.0)
        cos, sin = np.cos(turn)[:, None], np.sin(turn)[:, None]
        local = corners - centre
        moved = np.empty_like(corners)
        moved[..., 0] = scale[:, None] * (cos * local[..., 0] - sin * local[..., 1])
        moved[..., 1] = scale[:, None] * (sin * local[..., 0] + cos * local[..., 1])
        out.append(moved + centre + shift[:, None, :])
    return np.concatenate(out)


def relay(corners: np.ndarray, site_of: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Every work site laid out again over the same ground: as many lanes, of new sizes, at a
    new orientation, centred where the site was (a re-survey or a clearance that did not
    follow the earlier lanes). The new lanes cross the old ones at any angle."""
    out = np.empty_like(corners)
    for site in np.unique(site_of):
        rows = np.flatnonzero(site_of == site)
        centre = corners[rows, :4].reshape(-1, 2).mean(axis=0)
        lanes = site_polygons(rng, len(rows), centre, rng.uniform(0, math.pi))
        out[rows] = lanes - lanes[:, :4].reshape(-1, 2).mean(axis=0) + centre
    return out


def _columns(rng: np.random.Generator, n: int, district, site_of, sites: int):
    site_start = rng.integers(0, DAYS - 40, sites + 1)
    day = site_start[site_of] + np.arange(n) % 40 // 2
    methods = rng.choice(["cleared", "reduced", "cancelled"], n, p=[0.9, 0.05, 0.05])
    techniques = rng.choice(["manual", "mechanical", "mdd"], n, p=[0.6, 0.3, 0.1])
    teams = [(org, team) for org, ts in ORGANISATIONS.items() for team in ts]
    team_of_site = rng.integers(0, len(teams), sites + 1)
    return {
        "release_id": [f"LR-{k + 1:07d}" for k in range(n)],
        "release_method": methods.tolist(),
        "technique": techniques.tolist(),
        "organisation": [teams[t][0] for t in team_of_site[site_of]],
        "team": [teams[t][1] for t in team_of_site[site_of]],
        "district": list(district),
        "released_on": [(FIRST_DAY + datetime.timedelta(days=int(d))).isoformat() for d in day],
    }


#: Layouts: ``sites`` (the benchmark's), ``dense`` (a quarter as many lanes in as many
#: sites, and each site recorded three more times on the same ground: once more lane by
#: lane (``restack``), twice laid out anew across the old lanes (``relay``): four times the
#: records in the same area) and
#: ``tiled`` (copies of the districts side by side, each with its own ``sites`` lanes: the
#: same density over a larger country).
LAYOUTS = ("sites", "dense", "tiled")
#: Lanes per tile of the ``tiled`` layout (the density of the ``sites`` benchmark).
TILE = 100_000


def generate(n: int, demo_store: Path, seed: int = 7, layout: str = "sites"):
    """WKB polygons (WGS84), attribute columns of ``n`` released areas, and the regions
    (names, WGS84 WKB) they lie in."""
    import shapely

    rng = np.random.default_rng(seed)
    names, regions = read_regions(demo_store)
    to_work = Transformer.from_crs("EPSG:4326", WORK_CRS, always_xy=True)
    to_wgs84 = Transformer.from_crs(WORK_CRS, "EPSG:4326", always_xy=True)
    work_regions = shapely.transform(regions, lambda xy: np.column_stack(to_work.transform(xy[:, 0], xy[:, 1])))
    if layout == "tiled":
        # Tiles side by side, two rows: the districts' width and height apart.
        xmin, ymin, xmax, ymax = shapely.total_bounds(work_regions)
        tiles = -(-n // TILE)
        parts, district, site_of, tile_names, tile_regions, sites = [], [], [], [], [], 0
        for t in range(tiles):
            dx, dy = (t // 2) * (xmax - xmin), (t % 2) * (ymax - ymin)
            moved = shapely.transform(work_regions, lambda xy, sx=dx, sy=dy: xy + np.array([sx, sy]))
            corners, d, s = _layout(min(TILE, n - t * TILE), moved, rng)
            parts.append(corners)
            district.append(d + len(tile_names))
            site_of.append(s + sites)
            sites += int(s.max()) + 1
            tile_names += [name if t == 0 else f"{name} {t + 1}" for name in names]
            tile_regions.append(moved)
        corners, district, site_of = np.concatenate(parts), np.concatenate(district), np.concatenate(site_of)
        names, work_regions = tile_names, np.concatenate(tile_regions)
        sites -= 1
    elif layout == "dense":
        base, d, s = _layout(-(-n // 4), work_regions, rng)
        corners = np.concatenate([restack(base, 1, rng), relay(base, s, rng), relay(base, s, rng)])[:n]
        district, site_of = np.tile(d, 4)[:n], np.tile(s, 4)[:n]
        sites = int(s.max())
    else:
        corners, district, site_of = _layout(n, work_regions, rng)
        sites = int(site_of.max())
    lon, lat = to_wgs84.transform(corners[..., 0].ravel(), corners[..., 1].ravel())
    corners_wgs84 = np.column_stack([lon, lat]).reshape(corners.shape)
    polygons = shapely.polygons(corners_wgs84)
    columns = _columns(rng, n, [names[d] for d in district], site_of, sites)
    if layout == "dense":
        # The later records of a lane come after it (survey, then clearance, then re-survey).
        first = np.array(columns["released_on"][:len(base)], dtype="datetime64[D]")
        later = np.tile(first, 4)[:n] + np.repeat(np.arange(4) * 60, len(base))[:n]
        columns["released_on"] = [str(d) for d in later]
    region_wkb = shapely.to_wkb(shapely.transform(
        work_regions, lambda xy: np.column_stack(to_wgs84.transform(xy[:, 0], xy[:, 1]))))
    return shapely.to_wkb(polygons), columns, (names, region_wkb)


def write_store(path: Path, demo_store: Path, n: int, seed: int = 7, layout: str = "sites") -> None:
    """Write a project store with ``n`` released polygons and their districts (the demo's,
    or copies of them side by side for the ``tiled`` layout)."""
    from demining_plugin.core.store import create_store

    wkbs, columns, (names, region_wkbs) = generate(n, demo_store, seed, layout)
    create_store(str(path), "EPSG:4326", overwrite=True)
    ds = ogr.Open(str(path), update=1)
    source = ogr.Open(str(demo_store))
    try:
        regions = ds.GetLayerByName("regions")
        ds.StartTransaction()
        templates = list(source.GetLayerByName("regions"))
        for k, (name, wkb) in enumerate(zip(names, region_wkbs)):
            copy = ogr.Feature(regions.GetLayerDefn())
            copy.SetFrom(templates[k % len(templates)])
            copy.SetField("name", name)
            copy.SetField("region_id", f"R-{k + 1:03d}")
            copy.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(wkb)))
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
