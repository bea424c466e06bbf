"""Minefield record traverses computed on the ground.

A paper minefield record gives a start point (a landmark or benchmark) and turning
points as bearing and distance from the previous point. Each leg is run as a geodesic
on the WGS84 ellipsoid (``pyproj.Geod``), so distances are ground metres and nothing
is stepped in degrees of latitude or longitude. Bearings may be degrees or mils
(NATO 6400 or Warsaw Pact 6000 per circle) from true, grid or magnetic north:

- magnetic: true = magnetic + declination (east positive);
- grid: true = grid + convergence, where the convergence is the true azimuth of grid
  north of the start point's UTM zone, taken at the leg's from-point.

The reverse turns any polygon into the same kind of turning-point table.
"""

import math
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from pyproj import CRS, Geod, Transformer
from qgis.core import QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..geo.crs import WGS84_AUTHID, utm_epsg, wgs84
from ..geo.measure import M2_PER_HA, distance_area

translate = QCoreApplication.translate

#: Units of a circle, by bearing unit name.
CIRCLE = {"degrees": 360.0, "mils6400": 6400.0, "mils6000": 6000.0}
UNITS = tuple(CIRCLE)
NORTHS = ("true", "grid", "magnetic")
POINT_TYPES = ("reference", "benchmark", "turning", "intermediate", "end")
#: Points on the minefield's outline; reference points and benchmarks lead up to it.
OUTLINE_TYPES = ("turning", "intermediate", "end")

#: A closing point nearer than this to the start is the start itself.
SAME_POINT_M = 0.01

_GEOD = Geod(ellps="WGS84")


@dataclass
class Leg:
    point_no: int
    bearing: float
    distance_m: float
    point_type: str = "turning"
    #: Number of the point the leg starts from; None: the point before it.
    from_point: Optional[int] = None


@dataclass
class TraversePoint:
    point_no: int
    point_type: str
    lon: float
    lat: float
    easting: float
    northing: float


@dataclass
class Traverse:
    """What a computed traverse gives: points (start first), closure and area."""
    points: List[TraversePoint]
    utm_epsg: int
    perimeter_m: float
    misclosure_m: Optional[float]
    misclosure_ratio: Optional[float]
    polygon: Optional[QgsGeometry] = None
    area_ha: Optional[float] = None
    legs: List[Leg] = field(default_factory=list)

    @property
    def ratio_text(self) -> str:
        """The misclosure as surveyors write it: ``1:N`` of the perimeter."""
        if self.misclosure_ratio is None:
            return ""
        if math.isinf(self.misclosure_ratio):
            return "1:inf"
        return f"1:{self.misclosure_ratio:,.0f}"


class _Zone:
    """Forward and inverse UTM of one zone, and its grid convergence."""

    def __init__(self, epsg: int):
        self.epsg = epsg
        self._to_grid = Transformer.from_crs(WGS84_AUTHID, CRS.from_epsg(epsg), always_xy=True)

    def grid(self, lon: float, lat: float) -> Tuple[float, float]:
        return self._to_grid.transform(lon, lat)

    def convergence_deg(self, lon: float, lat: float) -> float:
        """True azimuth of grid north at the point, degrees (positive east of the central
        meridian in the northern hemisphere): true bearing = grid bearing + this."""
        easting, northing = self.grid(lon, lat)
        north_lon, north_lat = self._to_grid.transform(easting, northing + 10.0, direction="INVERSE")
        azimuth, _, _ = _GEOD.inv(lon, lat, north_lon, north_lat)
        return azimuth


def _check_unit_and_north(unit: str, north: str, declination_deg: Optional[float]) -> None:
    if unit not in CIRCLE:
        raise DeminingError(translate("Traverse", "Unknown bearing unit '{unit}': use one of {UNITS}.").format(
            unit=unit, UNITS=', '.join(UNITS)))
    if north not in NORTHS:
        raise DeminingError(translate("Traverse", "Unknown north reference '{north}': use one of {NORTHS}.").format(
            north=north, NORTHS=', '.join(NORTHS)))
    if north == "magnetic":
        if not _is_number(declination_deg) or not math.isfinite(declination_deg):
            raise DeminingError(translate(
                "Traverse", "Magnetic bearings need the magnetic declination (degrees, east positive)."))
        if abs(declination_deg) > 180.0:
            raise DeminingError(translate(
                "Traverse", "Declination {declination_deg} is outside -180..180 degrees.").format(
                    declination_deg=declination_deg))


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_point(lon: float, lat: float, what: str = "Start point") -> None:
    if not (_is_number(lon) and _is_number(lat)):
        raise DeminingError(translate(
            "Traverse", "{what} ({lon!r}, {lat!r}) is not a longitude/latitude: both must be numbers.").format(
                what=what, lon=lon, lat=lat))
    if not (math.isfinite(lon) and math.isfinite(lat)) or not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise DeminingError(translate(
            "Traverse", "{what} ({lon}, {lat}) is not a longitude/latitude: longitude must be within -180..180 and "
                        "latitude within -90..90.").format(what=what, lon=lon, lat=lat))
    if abs(lat) > 84.0:
        raise DeminingError(translate(
            "Traverse", "{what} latitude {lat} is outside the UTM zones (84S to 84N).").format(what=what, lat=lat))


def _check_leg(leg: Leg, unit: str) -> None:
    circle = CIRCLE[unit]
    distance = leg.distance_m
    if distance is None or not isinstance(distance, (int, float)) or not math.isfinite(distance):
        raise DeminingError(translate(
            "Traverse", "Point {leg_point_no}: distance '{distance}' is not a number of metres.").format(
                leg_point_no=leg.point_no, distance=distance))
    if distance < 0:
        raise DeminingError(translate("Traverse", "Point {leg_point_no}: distance {distance} m is negative.").format(
            leg_point_no=leg.point_no, distance=distance))
    bearing = leg.bearing
    if bearing is None or not isinstance(bearing, (int, float)) or not math.isfinite(bearing):
        raise DeminingError(translate("Traverse", "Point {leg_point_no}: bearing '{bearing}' is not a number.").format(
            leg_point_no=leg.point_no, bearing=bearing))
    if not 0.0 <= bearing <= circle:
        raise DeminingError(translate(
            "Traverse", "Point {leg_point_no}: bearing {bearing} is outside 0..{circle:g} {unit}.").format(
                leg_point_no=leg.point_no, bearing=bearing, circle=circle, unit=unit))
    if leg.point_type not in POINT_TYPES:
        raise DeminingError(translate(
            "Traverse", "Point {leg_point_no}: unknown point type '{leg_point_type}' (use one of {types}).").format(
                leg_point_no=leg.point_no, leg_point_type=leg.point_type, types=', '.join(POINT_TYPES)))


def to_true_deg(bearing: float, unit: str, north: str, declination_deg: Optional[float],
                convergence_deg: float) -> float:
    """A bearing in ``unit`` from ``north`` as a true azimuth in degrees (0..360)."""
    degrees = bearing * 360.0 / CIRCLE[unit]
    if north == "magnetic":
        degrees += declination_deg
    elif north == "grid":
        degrees += convergence_deg
    return degrees % 360.0


def from_true_deg(azimuth_deg: float, unit: str, north: str, declination_deg: Optional[float],
                  convergence_deg: float) -> float:
    """A true azimuth in degrees as a bearing in ``unit`` from ``north`` (0 up to a full circle)."""
    degrees = azimuth_deg
    if north == "magnetic":
        degrees -= declination_deg
    elif north == "grid":
        degrees -= convergence_deg
    bearing = (degrees % 360.0) * CIRCLE[unit] / 360.0
    return 0.0 if bearing >= CIRCLE[unit] else bearing


def compute_traverse(start_lon: float, start_lat: float, legs: Sequence[Leg], unit: str = "degrees",
                     north: str = "true", declination_deg: Optional[float] = None,
                     closed: bool = True) -> Traverse:
    """Runs the legs from the start point on the WGS84 ellipsoid.

    With ``closed`` the record is meant to return to its start: the misclosure is the
    distance from the last computed point back to the start, the ratio is perimeter /
    misclosure, and the polygon (start plus turning points) and its true area are given.
    An open traverse gives the points and perimeter only.
    """
    _check_point(start_lon, start_lat)
    _check_unit_and_north(unit, north, declination_deg)
    legs = list(legs)
    if not legs:
        raise DeminingError(translate("Traverse", "The traverse has no legs."))
    if closed and len(legs) < 3:
        raise DeminingError(translate(
            "Traverse", "A closed minefield record needs at least 3 legs; this one has {n_legs}.").format(
                n_legs=len(legs)))
    for leg in legs:
        _check_leg(leg, unit)

    zone = _Zone(utm_epsg(start_lon, start_lat))

    def point(no: int, kind: str, lon: float, lat: float) -> TraversePoint:
        easting, northing = zone.grid(lon, lat)
        return TraversePoint(no, kind, lon, lat, easting, northing)

    points = [point(0, "reference", start_lon, start_lat)]
    lon, lat = start_lon, start_lat
    for leg in legs:
        convergence = zone.convergence_deg(lon, lat) if north == "grid" else 0.0
        azimuth = to_true_deg(leg.bearing, unit, north, declination_deg, convergence)
        lon, lat, _ = _GEOD.fwd(lon, lat, azimuth, leg.distance_m)
        points.append(point(leg.point_no, leg.point_type, lon, lat))

    perimeter = sum(leg.distance_m for leg in legs)
    traverse = Traverse(points, zone.epsg, perimeter, None, None, legs=legs)
    if not closed:
        return traverse

    _, _, misclosure = _GEOD.inv(lon, lat, start_lon, start_lat)
    traverse.misclosure_m = misclosure
    traverse.misclosure_ratio = perimeter / misclosure if misclosure > 0 else math.inf
    ring = [QgsPointXY(p.lon, p.lat) for p in points]
    if misclosure < SAME_POINT_M:
        ring.pop()  # the closing point is the start: the ring closes on the start exactly
    ring.append(QgsPointXY(start_lon, start_lat))
    traverse.polygon = QgsGeometry.fromPolygonXY([ring])
    traverse.area_ha = polygon_area_ha(traverse.polygon)
    return traverse


def polygon_area_ha(polygon_wgs84: QgsGeometry) -> float:
    """True area on the WGS84 ellipsoid of a polygon in lon/lat, in hectares."""
    return distance_area(wgs84()).measureArea(polygon_wgs84) / M2_PER_HA


def polygon_to_legs(polygon_wgs84: QgsGeometry, unit: str = "degrees", north: str = "true",
                    declination_deg: Optional[float] = None) -> Tuple[Tuple[float, float], List[Leg]]:
    """The turning-point table of a polygon in lon/lat: its first vertex as the start, and
    one leg per edge (the last leg returns to the start), in ``unit`` from ``north``.

    Grid bearings use the convergence of the first vertex's UTM zone at each leg's
    from-point, as :func:`compute_traverse` does, so the table runs back onto the polygon.
    """
    _check_unit_and_north(unit, north, declination_deg)
    if polygon_wgs84 is None or polygon_wgs84.isEmpty():
        raise DeminingError(translate("Traverse", "The polygon is empty."))
    if polygon_wgs84.isMultipart():
        parts = polygon_wgs84.asMultiPolygon()
        if len(parts) != 1:
            raise DeminingError(translate(
                "Traverse", "The polygon has {n_parts} parts; a turning-point table describes one.").format(
                    n_parts=len(parts)))
        rings = parts[0]
    else:
        rings = polygon_wgs84.asPolygon()
    if not rings:
        raise DeminingError(translate("Traverse", "The geometry is not a polygon."))
    ring = list(rings[0])
    if len(ring) > 1 and ring[0] == ring[-1]:
        ring.pop()
    if len(ring) < 3:
        raise DeminingError(translate(
            "Traverse", "The polygon has {n_ring} distinct vertices; a record needs at least 3.").format(
                n_ring=len(ring)))
    for vertex in ring:
        _check_point(vertex.x(), vertex.y(), "Vertex")

    start = (ring[0].x(), ring[0].y())
    zone = _Zone(utm_epsg(*start))
    legs = []
    for number, (a, b) in enumerate(zip(ring, ring[1:] + ring[:1]), start=1):
        azimuth, _, distance = _GEOD.inv(a.x(), a.y(), b.x(), b.y())
        convergence = zone.convergence_deg(a.x(), a.y()) if north == "grid" else 0.0
        bearing = from_true_deg(azimuth, unit, north, declination_deg, convergence)
        kind = "end" if number == len(ring) else "turning"
        legs.append(Leg(number, bearing, distance, kind))
    return start, legs


def compute_record(start_lon: float, start_lat: float, legs: Sequence[Leg], unit: str = "degrees",
                   north: str = "true", declination_deg: Optional[float] = None,
                   start_type: str = "turning") -> Traverse:
    """A paper minefield record run on the ground: each leg from its from-point (the
    point before it when not given), the outline made of the turning, intermediate and
    end points in table order.

    ``start_type`` says what the start point is: ``turning`` when it is the first corner
    of the minefield (as :func:`compute_traverse` takes it), ``reference`` or
    ``benchmark`` when it is a landmark the record measures from, off the outline.
    The outline is meant to return to its first point: the misclosure is the distance
    from its last point back there, the ratio is the outline's perimeter / misclosure.
    """
    _check_point(start_lon, start_lat)
    _check_unit_and_north(unit, north, declination_deg)
    if start_type not in POINT_TYPES:
        raise DeminingError(translate(
            "Traverse", "Unknown start point type '{start_type}' (use one of {POINT_TYPES}).").format(
                start_type=start_type, POINT_TYPES=', '.join(POINT_TYPES)))
    legs = list(legs)
    if not legs:
        raise DeminingError(translate("Traverse", "The traverse has no legs."))
    for leg in legs:
        _check_leg(leg, unit)

    zone = _Zone(utm_epsg(start_lon, start_lat))
    points = _run_legs(zone, start_lon, start_lat, legs, unit, north, declination_deg, start_type)

    outline = [p for p in points if p.point_type in OUTLINE_TYPES]
    if len(outline) < 3:
        raise DeminingError(translate(
            "Traverse", "The outline has {n_outline} turning, intermediate or end points; a minefield needs at "
                        "least 3.").format(n_outline=len(outline)))
    outline_numbers = {p.point_no for p in outline[1:]}
    perimeter = sum(leg.distance_m for leg in legs if leg.point_no in outline_numbers)
    traverse = Traverse(points, zone.epsg, perimeter, None, None, legs=legs)
    first, last = outline[0], outline[-1]
    _, _, misclosure = _GEOD.inv(last.lon, last.lat, first.lon, first.lat)
    traverse.misclosure_m = misclosure
    traverse.misclosure_ratio = perimeter / misclosure if misclosure > 0 else math.inf
    ring = [QgsPointXY(p.lon, p.lat) for p in outline]
    if misclosure < SAME_POINT_M:
        ring.pop()  # the last point is the first one: the ring closes on it exactly
    if len(ring) < 3:
        raise DeminingError(translate("Traverse", "The outline closes with fewer than 3 distinct corners."))
    ring.append(QgsPointXY(first.lon, first.lat))
    traverse.polygon = QgsGeometry.fromPolygonXY([ring])
    traverse.area_ha = polygon_area_ha(traverse.polygon)
    return traverse


def _run_legs(zone: "_Zone", start_lon: float, start_lat: float, legs: Sequence[Leg], unit: str, north: str,
              declination_deg: Optional[float], start_type: str) -> List[TraversePoint]:
    """The start point and each leg's point, every leg run from its from-point."""

    def point(no: int, kind: str, lon: float, lat: float) -> TraversePoint:
        easting, northing = zone.grid(lon, lat)
        return TraversePoint(no, kind, lon, lat, easting, northing)

    points = [point(0, start_type, start_lon, start_lat)]
    by_number = {0: points[0]}
    for leg in legs:
        if leg.point_no in by_number:
            raise DeminingError(translate(
                "Traverse", "Point {leg_point_no} appears more than once (point 0 is the start point).").format(
                    leg_point_no=leg.point_no))
        origin_no = points[-1].point_no if leg.from_point is None else leg.from_point
        origin = by_number.get(origin_no)
        if origin is None:
            raise DeminingError(translate(
                "Traverse", "Point {leg_point_no}: from-point {origin_no} is not the start (0) or a point above it in "
                            "the table.").format(leg_point_no=leg.point_no, origin_no=origin_no))
        convergence = zone.convergence_deg(origin.lon, origin.lat) if north == "grid" else 0.0
        azimuth = to_true_deg(leg.bearing, unit, north, declination_deg, convergence)
        lon, lat, _ = _GEOD.fwd(origin.lon, origin.lat, azimuth, leg.distance_m)
        points.append(point(leg.point_no, leg.point_type, lon, lat))
        by_number[leg.point_no] = points[-1]
    return points


def run_legs(start_lon: float, start_lat: float, legs: Sequence[Leg], unit: str = "degrees", north: str = "true",
             declination_deg: Optional[float] = None, start_type: str = "turning") -> List[TraversePoint]:
    """The points of legs run from the start, with no outline, closure or area: what a
    record being typed looks like so far."""
    _check_point(start_lon, start_lat)
    _check_unit_and_north(unit, north, declination_deg)
    for leg in legs:
        _check_leg(leg, unit)
    zone = _Zone(utm_epsg(start_lon, start_lat))
    return _run_legs(zone, start_lon, start_lat, legs, unit, north, declination_deg, start_type)
