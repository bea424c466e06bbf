"""What the store already holds, read for an import: features in a box, the districts'
zone, stored points near the incoming ones, identifiers and existing records."""

import math
from typing import List, Optional, Sequence, Tuple

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..geo.crs import WGS84_AUTHID
from ..model.schema import layer_def
from .options import ZONE_GRID
from .rows import crs_text, local_metres, make_transformer

translate = QCoreApplication.translate

# -- what the store already holds ---------------------------------------------------------


def store_crs(store) -> str:
    return crs_text(store.crs)


def stored_features(store, layer_name: str, fields: Sequence[str], bbox_wgs84=None):
    """(WKB in the store's CRS, {field: value}) of a store layer's features, optionally
    only those meeting a (west, south, east, north) box in degrees. Safe in a worker thread
    (``ProjectStore.read_features``)."""
    layer_def(layer_name)
    box = None
    if bbox_wgs84 is not None:
        west, south, east, north = bbox_wgs84
        crs = store_crs(store)
        if crs not in (WGS84_AUTHID, ""):
            to_store = make_transformer(WGS84_AUTHID, crs)
            west, south, east, north = to_store.transform_bounds(west, south, east, north)
        box = (west, south, east, north)
    yield from store.read_features(layer_name, fields, box)


def _to_wgs84(store):
    crs = store_crs(store)
    return None if crs in (WGS84_AUTHID, "") else make_transformer(crs, WGS84_AUTHID)


def ogr_geometry(wkb: bytes):
    from osgeo import ogr

    return ogr.CreateGeometryFromWkb(wkb)


def outside_districts_text(lat: float, lon: float, zone: "DistrictZone") -> str:
    return translate("Importers", "position {0:.6f}, {1:.6f} (lat, lon) lies more than {2} outside the store's "
                                  "districts").format(lat, lon, _distance_text(zone.tolerance_m))


def _distance_text(metres: float) -> str:
    """'1 km', '500 m', '0 m': a tolerance as the user set it."""
    if metres >= 1000 and metres % 100 == 0:
        return translate("Importers", "{0:g} km").format(metres / 1000)
    return translate("Importers", "{0:g} m").format(metres)


class DistrictZone:
    """The store's districts grown by a tolerance, on a local azimuthal equidistant plane
    around them (metres on the ground; a few parts per thousand off at 1,000 km from the
    centre), with a prepared GEOS geometry to test many positions at once."""

    def __init__(self, zone_wkb: bytes, centre: Tuple[float, float], tolerance_m: float,
                 extent: Tuple[float, float, float, float]):
        from qgis.core import QgsGeometry

        self.centre = centre
        self.tolerance_m = tolerance_m
        #: (west, south, east, north) in degrees around the grown districts.
        self.extent = extent
        self._geometry = QgsGeometry()  # kept: the engine works on its data
        self._geometry.fromWkb(zone_wkb)
        self._engine = QgsGeometry.createGeometryEngine(self._geometry.constGet())
        self._engine.prepareGeometry()
        box = self._geometry.boundingBox()
        self._bounds = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())

    def contains(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """Which positions (degrees) lie in the zone (its edge included)."""
        from qgis.core import QgsGeometry, QgsPoint, QgsRectangle

        xy = local_metres(lon, lat, *self.centre)
        x, y = xy[:, 0], xy[:, 1]
        result = np.zeros(len(x), dtype=bool)
        x0, y0, x1, y1 = self._bounds
        in_box = np.flatnonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))
        if not len(in_box):
            return result
        # Whole grid cells inside or outside the zone are settled at once; only rows in
        # cells the zone's edge crosses are tested one by one.
        width = max((x1 - x0) / ZONE_GRID, 1e-6)
        height = max((y1 - y0) / ZONE_GRID, 1e-6)
        column = np.minimum(((x[in_box] - x0) / width).astype(int), ZONE_GRID - 1)
        row = np.minimum(((y[in_box] - y0) / height).astype(int), ZONE_GRID - 1)
        cells = row * ZONE_GRID + column
        order = np.argsort(cells, kind="stable")
        cells_sorted = cells[order]
        starts = np.flatnonzero(np.r_[True, cells_sorted[1:] != cells_sorted[:-1]])
        ends = np.r_[starts[1:], len(cells_sorted)]
        for start, end in zip(starts, ends):
            members = in_box[order[start:end]]
            r, c = divmod(int(cells_sorted[start]), ZONE_GRID)
            cell = QgsGeometry.fromRect(QgsRectangle(x0 + c * width, y0 + r * height,
                                                     x0 + (c + 1) * width, y0 + (r + 1) * height))
            if self._engine.contains(cell.constGet()):
                result[members] = True
            elif self._engine.intersects(cell.constGet()):
                for k in members:
                    result[k] = self._engine.intersects(QgsPoint(float(x[k]), float(y[k])))
        return result


def district_zone(store, tolerance_m: float) -> Optional[DistrictZone]:
    """The store's districts grown by ``tolerance_m`` metres; None when it has none."""
    from osgeo import ogr, osr

    parts = ogr.Geometry(ogr.wkbMultiPolygon)
    for wkb, _ in stored_features(store, "regions", ()):
        geometry = ogr_geometry(wkb) if wkb is not None else None
        if geometry is None:
            continue
        flat = ogr.GT_Flatten(geometry.GetGeometryType())
        if flat == ogr.wkbPolygon:
            parts.AddGeometry(ogr.ForceTo(geometry.Clone(), ogr.wkbPolygon))
        elif flat == ogr.wkbMultiPolygon:
            for k in range(geometry.GetGeometryCount()):
                parts.AddGeometry(ogr.ForceTo(geometry.GetGeometryRef(k).Clone(), ogr.wkbPolygon))
    if parts.GetGeometryCount() == 0:
        return None

    def srs(text: str):
        reference = osr.SpatialReference()
        reference.SetFromUserInput(text)
        reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return reference

    wgs84 = srs(WGS84_AUTHID)
    crs = store_crs(store)
    if crs not in (WGS84_AUTHID, ""):
        parts.Transform(osr.CoordinateTransformation(srs(crs), wgs84))
    west, east, south, north = parts.GetEnvelope()
    centre = ((west + east) / 2.0, (south + north) / 2.0)
    local = srs(f"+proj=aeqd +lat_0={centre[1]} +lon_0={centre[0]} +ellps=WGS84 +units=m +no_defs")
    parts.Transform(osr.CoordinateTransformation(wgs84, local))
    # Buffering the parts together also unions them (and mends small self-intersections).
    zone = parts.Buffer(max(0.0, float(tolerance_m)), 8)
    if zone is None or zone.IsEmpty():
        return None
    around = zone.Clone()
    around.Transform(osr.CoordinateTransformation(local, wgs84))
    west, east, south, north = around.GetEnvelope()
    pad = 1e-6  # the box must hold the zone: its edges were curved on the plane
    return DistrictZone(bytes(zone.ExportToIsoWkb()), centre, float(tolerance_m),
                        (west - pad, south - pad, east + pad, north + pad))


def stored_points(store, layer_name: str, lon: np.ndarray, lat: np.ndarray, margin_m: float):
    """Positions (WGS84) and identifiers of stored points near the incoming ones."""
    finite = np.isfinite(lon) & np.isfinite(lat)
    if not finite.any():
        return np.empty(0), np.empty(0), []
    pad = margin_m / 100_000.0 + 1e-6
    box = (
        float(lon[finite].min()) - pad,
        float(lat[finite].min()) - pad,
        float(lon[finite].max()) + pad,
        float(lat[finite].max()) + pad,
    )
    id_field = layer_def(layer_name).id_field
    xs, ys, ids = [], [], []
    for wkb, values in stored_features(store, layer_name, (id_field,), box):
        if wkb is not None:
            point = ogr_geometry(wkb)
            xs.append(point.GetX())
            ys.append(point.GetY())
            ids.append(values[id_field])
    if not ids:
        return np.empty(0), np.empty(0), []
    xs, ys = np.array(xs), np.array(ys)
    transform = _to_wgs84(store)
    if transform is not None:
        xs, ys = transform.transform(xs, ys)
    return np.asarray(xs), np.asarray(ys), ids


def locate(store, layer_name: str, key_field: str, lon: np.ndarray, lat: np.ndarray) -> List[Optional[str]]:
    """Key of the smallest polygon of a layer holding each point (tasks: the sector, not its parent)."""
    from osgeo import ogr

    found: List[Optional[str]] = [None] * len(lon)
    if len(lon) == 0:
        return found
    polygons, keys = [], []
    for wkb, values in stored_features(store, layer_name, (key_field,)):
        if wkb is not None and values[key_field] is not None:
            polygons.append(ogr_geometry(wkb))
            keys.append(str(values[key_field]))
    if not polygons:
        return found
    # Points go into the store's CRS: the polygons stay as stored.
    crs = store_crs(store)
    xs, ys = (lon, lat) if crs in (WGS84_AUTHID, "") else make_transformer(WGS84_AUTHID, crs).transform(lon, lat)
    boxes = np.array([polygon.GetEnvelope() for polygon in polygons])  # minx, maxx, miny, maxy
    areas = np.array([polygon.GetArea() for polygon in polygons])
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(0.0, 0.0)
    for i, (x, y) in enumerate(zip(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float))):
        if not (math.isfinite(x) and math.isfinite(y)):
            continue
        candidates = np.flatnonzero((boxes[:, 0] <= x) & (x <= boxes[:, 1]) & (boxes[:, 2] <= y) & (y <= boxes[:, 3]))
        point.SetPoint_2D(0, float(x), float(y))
        best = math.inf
        for k in candidates:
            if areas[k] < best and polygons[k].Intersects(point):
                best = areas[k]
                found[i] = keys[k]
    return found


def record_exists(store, record_id: str) -> bool:
    records = stored_features(store, "minefield_records", ("record_id",))
    return any(values["record_id"] == record_id for _, values in records)
