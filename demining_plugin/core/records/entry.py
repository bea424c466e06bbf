"""What the traverse entry panel needs besides the traverse itself: start points typed as
lat/lon, UTM or MGRS, the district under a record, and the one change set that stores a
minefield record with its points.
"""

import datetime
import math
import re
from typing import Optional, Sequence, Tuple

from pyproj import CRS, Transformer
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..geo.crs import WGS84_AUTHID, transformed, utm_epsg, utm_epsg_of_zone, wgs84, zone_name
from ..geo.measure import distance_area
from ..model.changes import ChangeSet
from .traverse import Leg, Traverse

translate = QCoreApplication.translate

WGS84 = wgs84()

#: Ways of typing a start point.
COORDINATE_FORMATS = ("latlon", "utm", "mgrs")

_NUMBER = r"[-+]?\d+(?:[.,]\d+)?"
_LATLON = re.compile(rf"^\s*({_NUMBER})\s*([NSns]?)\s*[,;\s]\s*({_NUMBER})\s*([EWew]?)\s*$")
_UTM = re.compile(rf"^\s*(\d{{1,2}})\s*([NSns])\s*[,;\s]\s*({_NUMBER})\s*[,;\s]\s*({_NUMBER})\s*$")


def _float(text: str) -> float:
    return float(text.replace(",", "."))


def parse_lat_lon(text: str) -> Tuple[float, float]:
    """``"40.0512, 46.9876"`` (latitude first, decimal degrees, optional N/S and E/W) as (lon, lat)."""
    match = _LATLON.match(text or "")
    if not match:
        raise DeminingError(translate(
            "RecordEntry", "'{text}' is not a latitude and longitude: type decimal degrees, latitude first, e.g. "
                           "40.0512, 46.9876.").format(text=text))
    lat, lat_hemisphere, lon, lon_hemisphere = match.groups()
    lat, lon = _float(lat), _float(lon)
    if lat_hemisphere.upper() == "S":
        lat = -lat
    if lon_hemisphere.upper() == "W":
        lon = -lon
    if abs(lat) > 90.0:
        hint = " (latitude and longitude swapped?)" if abs(lon) <= 90.0 else ""
        raise DeminingError(translate("RecordEntry", "Latitude {lat} is outside -90..90{hint}.").format(
            lat=lat, hint=hint))
    if abs(lon) > 180.0:
        raise DeminingError(translate("RecordEntry", "Longitude {lon} is outside -180..180.").format(lon=lon))
    return lon, lat


def parse_utm(text: str) -> Tuple[float, float]:
    """``"38N 650000 4420000"`` (zone, hemisphere N or S, easting, northing in metres) as (lon, lat)."""
    match = _UTM.match(text or "")
    if not match:
        raise DeminingError(translate(
            "RecordEntry", "'{text}' is not a UTM coordinate: type the zone with N or S (hemisphere), the easting and "
                           "the northing in metres, e.g. 38N 650000 4420000.").format(text=text))
    zone, hemisphere, easting, northing = match.groups()
    zone, easting, northing = int(zone), _float(easting), _float(northing)
    if not 1 <= zone <= 60:
        raise DeminingError(translate("RecordEntry", "UTM zone {zone} does not exist (1 to 60).").format(zone=zone))
    if not 100_000.0 <= easting <= 900_000.0:
        raise DeminingError(translate(
            "RecordEntry", "Easting {easting:.0f} m is outside a UTM zone (100,000 to 900,000 m).").format(
                easting=easting))
    if not 0.0 <= northing <= 10_000_000.0:
        raise DeminingError(translate("RecordEntry", "Northing {northing:.0f} m is outside 0 to 10,000,000 m.").format(
            northing=northing))
    epsg = utm_epsg_of_zone(zone, north=hemisphere.upper() == "N")
    to_wgs84 = Transformer.from_crs(CRS.from_epsg(epsg), WGS84_AUTHID, always_xy=True)
    lon, lat = to_wgs84.transform(easting, northing)
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise DeminingError(translate("RecordEntry", "'{text}' does not convert to a latitude and longitude.").format(
            text=text))
    return lon, lat


def parse_start_point(text: str, coordinate_format: str) -> Tuple[float, float]:
    """A typed start point as (lon, lat) in WGS84."""
    if coordinate_format == "latlon":
        return parse_lat_lon(text)
    if coordinate_format == "utm":
        return parse_utm(text)
    if coordinate_format == "mgrs":
        try:
            from ..geo.mgrs import parse_mgrs
        except ImportError:
            raise DeminingError(translate(
                "RecordEntry", "MGRS entry is not available in this installation of the plugin; type the point as "
                               "latitude/longitude or UTM.")) from None
        return parse_mgrs(text)
    raise DeminingError(translate("RecordEntry", "Unknown coordinate format '{coordinate_format}'.").format(
        coordinate_format=coordinate_format))


def format_lat_lon(lon: float, lat: float) -> str:
    return f"{lat:.7f}, {lon:.7f}"


def format_utm(lon: float, lat: float) -> str:
    epsg = utm_epsg(lon, lat)
    easting, northing = Transformer.from_crs(WGS84_AUTHID, CRS.from_epsg(epsg),
                                             always_xy=True).transform(lon, lat)
    return f"{zone_name(epsg)} {easting:.1f} {northing:.1f}"


def format_start_point(lon: float, lat: float, coordinate_format: str) -> str:
    """The start point written in ``coordinate_format`` (what ``parse_start_point`` reads back)."""
    if coordinate_format == "utm":
        return format_utm(lon, lat)
    if coordinate_format == "mgrs":
        try:
            from ..geo.mgrs import to_mgrs
        except ImportError:
            return format_lat_lon(lon, lat)
        return to_mgrs(lon, lat, precision=5)
    return format_lat_lon(lon, lat)


# -- storing -----------------------------------------------------------------------------

def district_under(regions_layer, polygon_wgs84: QgsGeometry) -> Optional[str]:
    """Name of the region holding most of the polygon (true areas), or None outside them all."""
    if regions_layer is None or polygon_wgs84 is None or polygon_wgs84.isEmpty():
        return None
    polygon = transformed(polygon_wgs84, WGS84, regions_layer.crs())
    measure = distance_area(regions_layer.crs())
    best, best_area = None, 0.0
    request = QgsFeatureRequest().setFilterRect(polygon.boundingBox())
    for region in regions_layer.getFeatures(request):
        geometry = region.geometry()
        if geometry is None or geometry.isEmpty() or not geometry.intersects(polygon):
            continue
        area = measure.measureArea(geometry.intersection(polygon))
        if area > best_area:
            best, best_area = region["name"], area
    return str(best) if best is not None else None


def record_changes(traverse: Traverse, legs: Sequence[Leg], record_id: str, unit: str, north: str,
                   declination_deg: Optional[float], source: str, received_on: Optional[datetime.date],
                   district: Optional[str], store_crs: QgsCoordinateReferenceSystem) -> ChangeSet:
    """One change set: the record polygon in ``minefield_records`` and every point of the
    traverse (start first) in ``record_points``, geometries in the store's CRS."""
    if not (source or "").strip():
        raise DeminingError(translate("RecordEntry", "The record needs a source (who supplied it, or the document)."))
    if traverse.polygon is None:
        raise DeminingError(translate("RecordEntry", "The traverse has no polygon to store."))

    def stored(geometry: QgsGeometry) -> QgsGeometry:
        return transformed(geometry, WGS84, store_crs) if store_crs.isValid() else QgsGeometry(geometry)

    changes = ChangeSet()
    changes.add("minefield_records", stored(traverse.polygon), {
        "record_id": record_id, "source": source.strip(), "received_on": received_on, "district": district,
        "bearing_unit": unit, "north_reference": north,
        "declination_deg": declination_deg if north == "magnetic" else None,
        "misclosure_m": round(traverse.misclosure_m, 4) if traverse.misclosure_m is not None else None,
    })
    start = traverse.points[0]
    changes.add("record_points", stored(QgsGeometry.fromPointXY(QgsPointXY(start.lon, start.lat))), {
        "record_id": record_id, "point_no": 0, "point_type": start.point_type,
    })
    previous = 0
    for leg, point in zip(legs, traverse.points[1:]):
        changes.add("record_points", stored(QgsGeometry.fromPointXY(QgsPointXY(point.lon, point.lat))), {
            "record_id": record_id, "point_no": leg.point_no, "point_type": leg.point_type,
            "bearing": leg.bearing, "bearing_unit": unit, "north_reference": north,
            "distance_m": leg.distance_m, "from_point": previous if leg.from_point is None else leg.from_point,
        })
        previous = leg.point_no
    return changes

