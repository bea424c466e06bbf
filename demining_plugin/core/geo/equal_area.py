"""The equal-area plane in which released land is overlaid and measured.

Hectares must be true areas on the WGS84 ellipsoid. Instead of measuring every piece
of an overlay with ``QgsDistanceArea`` (slow for hundreds of thousands of pieces), the
coordinates are first projected to the Lambert cylindrical equal-area projection on the
WGS84 ellipsoid: it preserves area exactly, so the planar area of any polygon in it is
its ellipsoidal area (edges of released polygons are tens to hundreds of metres long,
where a straight edge in the plane and one in longitude/latitude differ by far less
than a square metre; tests compare the two).

Longitude/latitude on WGS84 is projected here with NumPy; any other CRS goes through
PROJ (pyproj when importable, otherwise GDAL's osr, both shipped with QGIS builds) or,
for single geometries, through ``QgsCoordinateTransform`` to the same projection.
"""

import math
import threading
from typing import Optional, Tuple

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsRectangle,
)

from .crs import WGS84_AUTHID, wgs84

WGS84_A = 6378137.0
WGS84_F = 1 / 298.257223563
_E2 = WGS84_F * (2 - WGS84_F)
_E = math.sqrt(_E2)
_WGS84_AUTHIDS = {WGS84_AUTHID, "OGC:CRS84"}


def _authalic_y(lat_degrees: np.ndarray) -> np.ndarray:
    """Northing of the cylindrical equal-area projection (standard parallel 0), metres."""
    s = np.sin(np.radians(lat_degrees))
    q = (1 - _E2) * (s / (1 - _E2 * s * s) - (1 / (2 * _E)) * np.log((1 - _E * s) / (1 + _E * s)))
    return WGS84_A * q / 2


def lonlat_to_plane(lon: np.ndarray, lat: np.ndarray, lon0: float) -> Tuple[np.ndarray, np.ndarray]:
    """WGS84 longitude/latitude (degrees) to the equal-area plane centred on ``lon0``."""
    dlon = np.mod(np.asarray(lon, dtype=float) - lon0 + 180.0, 360.0) - 180.0
    return WGS84_A * np.radians(dlon), _authalic_y(np.asarray(lat, dtype=float))


def plane_proj_string(lon0: float) -> str:
    return f"+proj=cea +lon_0={lon0:.9f} +lat_ts=0 +ellps=WGS84 +units=m +no_defs +type=crs"


def plane_crs(lon0: float) -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem.fromProj(plane_proj_string(lon0))


def is_wgs84_lonlat(crs: QgsCoordinateReferenceSystem) -> bool:
    return crs.authid() in _WGS84_AUTHIDS


def central_longitude(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem,
                      context: Optional[QgsCoordinateTransformContext] = None) -> float:
    """Longitude of the middle of ``extent``, rounded to the degree: the plane's centre."""
    if extent is None or extent.isNull():
        return 0.0
    centre = extent.center()
    if not is_wgs84_lonlat(crs):
        transform = QgsCoordinateTransform(crs, wgs84(),
                                           context or QgsCoordinateTransformContext())
        try:
            centre = transform.transform(centre)
        except Exception:  # noqa: BLE001 (a CRS PROJ cannot invert: any meridian will do)
            return 0.0
    return float(round(centre.x()))


class PlaneProjector:
    """Projects coordinates and geometries of one CRS to the equal-area plane."""

    def __init__(self, crs: QgsCoordinateReferenceSystem, lon0: float,
                 context: Optional[QgsCoordinateTransformContext] = None):
        if not crs.isValid():
            raise ValueError("invalid CRS")
        self.crs = crs
        self.lon0 = lon0
        self._context = context or QgsCoordinateTransformContext()
        self._lonlat = is_wgs84_lonlat(crs)
        self._array_transform = None
        self._geometry_transform = None
        self._lock = threading.Lock()

    def points(self, x: np.ndarray, y: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """Arrays of coordinates in the source CRS to arrays in the plane (from any
        thread: several may project at once)."""
        if len(x) == 0:
            return np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        if self._lonlat:
            return lonlat_to_plane(x, y, self.lon0)
        if self._array_transform is None:
            with self._lock:
                if self._array_transform is None:
                    self._array_transform = _array_transform(self.crs, self.lon0)
        return self._array_transform(np.asarray(x, dtype=float), np.asarray(y, dtype=float))

    def geometry(self, geometry: QgsGeometry) -> QgsGeometry:
        """A copy of one geometry in the plane (through PROJ: same numbers as ``points``)."""
        projected = QgsGeometry(geometry)
        if self._geometry_transform is None:
            self._geometry_transform = QgsCoordinateTransform(self.crs, plane_crs(self.lon0), self._context)
        projected.transform(self._geometry_transform)
        return projected


def _array_transform(crs: QgsCoordinateReferenceSystem, lon0: float):
    """A vectorised PROJ transformation from ``crs`` to the plane: pyproj (whose
    transformers may be used by several threads at once), else osr."""
    target = plane_proj_string(lon0)
    try:
        from pyproj import Transformer

        transformer = Transformer.from_crs(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED), target,
                                           always_xy=True)

        def with_pyproj(x, y):
            return transformer.transform(x, y)

        return with_pyproj
    except ImportError:
        pass
    from osgeo import osr

    source_srs = osr.SpatialReference()
    source_srs.ImportFromWkt(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED))
    source_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target_srs = osr.SpatialReference()
    target_srs.ImportFromProj4(target.replace(" +type=crs", ""))
    target_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transformation = osr.CoordinateTransformation(source_srs, target_srs)
    lock = threading.Lock()  # one OGR transformation is not for two threads at once

    def with_osr(x, y):
        with lock:
            out = np.asarray(transformation.TransformPoints(np.column_stack([x, y])))
        return out[:, 0], out[:, 1]

    return with_osr
