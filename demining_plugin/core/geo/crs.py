"""The coordinate reference systems the plugin keeps building: WGS84 and the UTM zone of a place,
and the transforms between them.

Written once here: the standard UTM zone of a longitude (figures are measured in the zone
that holds a record, task or point), the MGRS zone (the same with the Norway and Svalbard
exceptions of the MGRS lettering), EPSG codes and names of zones. Zone functions take a
number or a NumPy array, so imports of 100,000 rows check zones without a Python loop.
"""

from typing import Union

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
)

#: Authority id of WGS84 longitude/latitude, the stores' default CRS and what pyproj is given.
WGS84_AUTHID = "EPSG:4326"

Number = Union[float, np.ndarray]


def wgs84() -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(WGS84_AUTHID)


def _scalar_or_array(zone: np.ndarray):
    return int(zone) if zone.ndim == 0 else zone


def utm_zone(lon: Number):
    """Number (1-60) of the standard UTM zone holding longitude ``lon`` (a number or an array)."""
    lon = np.asarray(lon, dtype=float)
    return _scalar_or_array(np.clip(np.floor((lon + 180.0) / 6.0).astype(int) + 1, 1, 60))


def mgrs_zone(lon: Number, lat: Number):
    """UTM zone number as MGRS letters it: the standard zone, except zone 32 widened over
    south-west Norway and zones 31, 33, 35, 37 over Svalbard."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    zone = np.array(utm_zone(lon), dtype=int, ndmin=1)
    lon1, lat1 = np.atleast_1d(lon), np.atleast_1d(lat)
    zone[(lat1 >= 56) & (lat1 < 64) & (lon1 >= 3) & (lon1 < 12)] = 32
    svalbard = (lat1 >= 72) & (lon1 >= 0) & (lon1 < 42)
    zone[svalbard] = np.select([lon1[svalbard] < 9, lon1[svalbard] < 21, lon1[svalbard] < 33], [31, 33, 35],
                               default=37)
    return int(zone[0]) if lon.ndim == 0 else zone


def utm_epsg_of_zone(zone: int, north: bool) -> int:
    """EPSG code of a WGS84 UTM zone: 326zz north, 327zz south."""
    return (32600 if north else 32700) + int(zone)


def utm_epsg(lon: float, lat: float) -> int:
    """EPSG code of the WGS84 UTM zone holding the point."""
    return utm_epsg_of_zone(utm_zone(lon), lat >= 0)


def zone_name(epsg: int) -> str:
    """``38N`` for EPSG:32638, ``36S`` for EPSG:32736."""
    return f"{epsg % 100}{'N' if epsg < 32700 else 'S'}"


def transform_between(source: QgsCoordinateReferenceSystem,
                      target: QgsCoordinateReferenceSystem) -> QgsCoordinateTransform:
    """From ``source`` to ``target``, with the datum transformations the project chose."""
    return QgsCoordinateTransform(source, target, QgsProject.instance())


def transform_anywhere(source: QgsCoordinateReferenceSystem,
                       target: QgsCoordinateReferenceSystem) -> QgsCoordinateTransform:
    """From ``source`` to ``target`` with QGIS's default datum transformations, no project
    asked: usable in a worker thread."""
    return QgsCoordinateTransform(source, target, QgsCoordinateTransformContext())


def transformed(geometry: QgsGeometry, source: QgsCoordinateReferenceSystem,
                target: QgsCoordinateReferenceSystem) -> QgsGeometry:
    """A copy of ``geometry`` moved from ``source`` to ``target`` (a plain copy when they are one)."""
    copy = QgsGeometry(geometry)
    if source != target:
        copy.transform(transform_between(source, target))
    return copy


def utm_crs_at(point: QgsPointXY, crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """The WGS84 UTM zone holding ``point`` (given in ``crs``)."""
    lonlat = point
    if crs != wgs84():
        lonlat = transform_between(crs, wgs84()).transform(point)
    return QgsCoordinateReferenceSystem(f"EPSG:{utm_epsg(lonlat.x(), lonlat.y())}")


def utm_crs_for(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """The WGS84 UTM zone holding the geometry's centre (given in ``crs``)."""
    return utm_crs_at(geometry.centroid().asPoint(), crs)
