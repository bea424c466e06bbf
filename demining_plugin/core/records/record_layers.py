"""Reading the layers a record-accuracy run needs: points as coordinate columns (GDAL's
columnar reader when it can), polygons as rings in lon/lat, points inside rings."""

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from pyproj import Transformer
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..feature_table import (
    FeatureTable,
    arrow_batches,
    arrow_column,
    check_fields,
    ogr_location,
    read_layer,
    read_source,
)
from ..geo.crs import WGS84_AUTHID, transform_anywhere, wgs84
from ..geo.polygon_arrays import decode_points

translate = QCoreApplication.translate


def lonlat_transformer(crs: QgsCoordinateReferenceSystem):
    if not crs.isValid():
        raise DeminingError(translate("Accuracy", "A layer has no valid coordinate reference system."))
    if crs == wgs84():
        return None
    return Transformer.from_crs(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED), WGS84_AUTHID, always_xy=True)


@dataclass
class PointTable:
    """Point features as columns: feature ids, coordinates in the layer's CRS, attributes."""

    fids: np.ndarray
    ok: np.ndarray
    x: np.ndarray
    y: np.ndarray
    columns: Dict[str, np.ndarray]
    crs: QgsCoordinateReferenceSystem

    def __len__(self) -> int:
        return len(self.fids)


def _read_points_arrow(layer: QgsVectorLayer, wanted: Dict[str, str]) -> Optional[PointTable]:
    """2D points of a whole OGR layer straight from GDAL's columnar reader: the fixed-size
    WKB of each point is read as numbers, with no Python object per feature."""
    location = ogr_location(layer)
    read = None if location is None else arrow_batches(location, wanted)
    if read is None:
        return None
    batches, fid_key, geometry_key = read
    if not batches:
        return None
    fids, xs, ys = [], [], []
    for batch in batches:
        column = batch.get(geometry_key)
        if column is None or fid_key not in batch or np.ma.isMaskedArray(column) or column.dtype.kind != "V" \
                or column.dtype.itemsize != 21:
            return None
        raw = np.frombuffer(np.ascontiguousarray(column).tobytes(), dtype=np.uint8).reshape(-1, 21)
        if not ((raw[:, 0] == 1) & (raw[:, 1] == 1) & (raw[:, 2:5] == 0).all(axis=1)).all():
            return None  # not all little-endian 2D points
        coordinates = raw[:, 5:21].copy().view("<f8")
        xs.append(coordinates[:, 0])
        ys.append(coordinates[:, 1])
        fids.append(np.asarray(batch[fid_key]).astype(np.int64))
    x, y = np.concatenate(xs), np.concatenate(ys)
    columns = {name: arrow_column([b[name] for b in batches], kind) for name, kind in wanted.items()}
    return PointTable(np.concatenate(fids), np.isfinite(x) & np.isfinite(y), x, y, columns, layer.crs())


def read_points(layer_or_source, wanted: Dict[str, str], is_canceled) -> PointTable:
    if isinstance(layer_or_source, QgsVectorLayer):
        check_fields(layer_or_source.fields(), wanted, layer_or_source.name())
        table = _read_points_arrow(layer_or_source, wanted)
        if table is not None:
            return table
    table = read_table(layer_or_source, wanted, is_canceled)
    ok, x, y = decode_points(table.wkb)
    return PointTable(table.fids, ok, x, y, table.columns, table.crs)


def points_lonlat(table: PointTable) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    x, y = table.x, table.y
    transformer = lonlat_transformer(table.crs)
    if transformer is not None and len(x):
        x, y = transformer.transform(x, y)
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return table.ok & np.isfinite(x) & np.isfinite(y), x, y


def polygon_rings_lonlat(table: FeatureTable, name: str) -> List[List[np.ndarray]]:
    """Every ring of each feature, as (n, 2) lon/lat arrays (an empty list when no geometry)."""
    transform = None
    if table.crs != wgs84():
        transform = transform_anywhere(table.crs, wgs84())
    out = []
    for wkb in table.wkb:
        rings: List[np.ndarray] = []
        if wkb:
            geometry = QgsGeometry()
            geometry.fromWkb(bytes(wkb))
            if not geometry.isEmpty() and QgsWkbTypes.geometryType(geometry.wkbType()) == QgsWkbTypes.PolygonGeometry:
                if transform is not None:
                    geometry.transform(transform)
                parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
                for polygon in parts:
                    for ring in polygon:
                        if len(ring) >= 4:
                            rings.append(np.array([(p.x(), p.y()) for p in ring]))
        out.append(rings)
    return out


class PointIndex:
    """Points sorted by x, for the points in a box."""

    def __init__(self, x: np.ndarray, y: np.ndarray):
        self.order = np.argsort(x, kind="stable")
        self.sx = x[self.order]
        self.y = y

    def in_box(self, x0, y0, x1, y1) -> np.ndarray:
        lo, hi = np.searchsorted(self.sx, x0, side="left"), np.searchsorted(self.sx, x1, side="right")
        rows = self.order[lo:hi]
        return rows[(self.y[rows] >= y0) & (self.y[rows] <= y1)]


def inside_rings(x: np.ndarray, y: np.ndarray, rings: Sequence[np.ndarray]) -> np.ndarray:
    """Even-odd rule over all rings (holes and several parts come out right)."""
    inside = np.zeros(len(x), dtype=bool)
    if len(x) == 0:
        return inside
    for ring in rings:
        x0, y0, x1, y1 = ring[:-1, 0], ring[:-1, 1], ring[1:, 0], ring[1:, 1]
        for start in range(0, len(x), 4096):
            px, py = x[start:start + 4096, None], y[start:start + 4096, None]
            crosses = (y0 > py) != (y1 > py)
            with np.errstate(divide="ignore", invalid="ignore"):
                x_at = x0 + (py - y0) * (x1 - x0) / (y1 - y0)
            inside[start:start + 4096] ^= (np.count_nonzero(crosses & (px < x_at), axis=1) % 2).astype(bool)
    return inside


def rows_inside(index: PointIndex, x: np.ndarray, y: np.ndarray, rings: Sequence[np.ndarray]) -> np.ndarray:
    if not rings:
        return np.zeros(0, dtype=np.int64)
    allpts = np.vstack(rings)
    rows = index.in_box(allpts[:, 0].min(), allpts[:, 1].min(), allpts[:, 0].max(), allpts[:, 1].max())
    return rows[inside_rings(x[rows], y[rows], rings)]


def read_table(layer_or_source, wanted: Dict[str, str], is_canceled) -> FeatureTable:
    if isinstance(layer_or_source, QgsVectorLayer):
        return read_layer(layer_or_source, wanted, is_canceled=is_canceled)
    return read_source(layer_or_source, wanted, is_canceled=is_canceled)


def has_field(layer_or_source, name: str) -> bool:
    return layer_or_source is not None and layer_or_source.fields().lookupField(name) >= 0


def polygon_rings_of(geometry: QgsGeometry) -> List[np.ndarray]:
    parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    return [np.array([(p.x(), p.y()) for p in ring]) for polygon in parts for ring in polygon if len(ring) >= 4]
