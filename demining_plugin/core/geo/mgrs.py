"""Military Grid Reference System (MGRS) strings <-> WGS84 positions.

Built on pyproj's UTM projections (EPSG:326zz / 327zz) with the WGS84 lettering
scheme ("AA" row letters shifted by five in even zones).  Polar areas (UPS, north of
84°N and south of 80°S) are refused.  The Norway (32V) and Svalbard (31X, 33X, 35X,
37X) zone exceptions are applied when writing; 32X, 34X and 36X do not exist and are
refused when reading.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Tuple

from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from .crs import WGS84_AUTHID, mgrs_zone, utm_epsg_of_zone

translate = QCoreApplication.translate

# Bands of 8° from 80°S; X is 12° (72°N to 84°N).  I and O are never used.
BAND_LETTERS = "CDEFGHJKLMNPQRSTUVWX"
# The 24 letters used for 100 km columns (three sets of eight, one per zone % 3).
COLUMN_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
# The 20 letters used for 100 km rows (repeating every 2,000 km of northing).
ROW_LETTERS = "ABCDEFGHJKLMNPQRSTUV"
UPS_LETTERS = "ABYZ"
SQUARE_M = 100_000.0
ROW_CYCLE_M = 2_000_000.0
SOUTH_FALSE_NORTHING = 10_000_000.0
# Zones that do not exist in band X because Svalbard's zones are widened.
MISSING_X_ZONES = (32, 34, 36)

_PATTERN = re.compile(r"^(\d{1,2})([A-Z])([A-Z])([A-Z])(\d*)$")
_UPS_PATTERN = re.compile(r"^[ABYZ][A-Z]{2}\d*$")


@lru_cache(maxsize=256)
def _transformers(zone: int, south: bool):
    """(to UTM, to WGS84) transformers of one UTM zone, cached: building them is slow."""
    from pyproj import Transformer

    epsg = utm_epsg_of_zone(zone, north=not south)
    forward = Transformer.from_crs(WGS84_AUTHID, f"EPSG:{epsg}", always_xy=True)
    inverse = Transformer.from_crs(f"EPSG:{epsg}", WGS84_AUTHID, always_xy=True)
    return forward, inverse


def band_bounds(band: str) -> Tuple[float, float]:
    """(south, north) latitudes of a latitude band letter."""
    index = BAND_LETTERS.index(band)
    south = -80.0 + 8.0 * index
    north = 84.0 if band == "X" else south + 8.0
    return south, north


def zone_bounds(zone: int, band: str) -> Tuple[float, float]:
    """(west, east) longitudes of a grid zone designation, with the Norway/Svalbard widths."""
    west = -180.0 + 6.0 * (zone - 1)
    east = west + 6.0
    if band == "V":
        if zone == 31:
            east = 3.0
        elif zone == 32:
            west = 3.0
    elif band == "X" and 31 <= zone <= 37:
        west, east = {31: (0.0, 9.0), 33: (9.0, 21.0), 35: (21.0, 33.0), 37: (33.0, 42.0)}[zone]
    return west, east


def band_of(lat: float) -> str:
    """Latitude band letter of a latitude within 80°S..84°N."""
    index = int(math.floor((lat + 80.0) / 8.0))
    return BAND_LETTERS[min(max(index, 0), len(BAND_LETTERS) - 1)]


def _column_set_start(zone: int) -> int:
    return ((zone - 1) % 3) * 8


def _row_offset(zone: int) -> int:
    return 5 if zone % 2 == 0 else 0


def to_mgrs(lon: float, lat: float, precision: int = 5) -> str:
    """MGRS reference of a WGS84 position, e.g. ``"38T LK 12345 67890"``.

    ``precision`` is the number of digits per coordinate (0 = 100 km square,
    5 = 1 m).  Coordinates are truncated, as MGRS requires, not rounded.
    """
    if not isinstance(precision, int) or not 0 <= precision <= 5:
        raise DeminingError(translate(
            "Mgrs", "MGRS precision must be a whole number from 0 to 5, not {0}.").format(precision))
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise DeminingError(translate("Mgrs", "Cannot write MGRS for a position that is not a number."))
    if not -180.0 <= lon <= 180.0 or not -90.0 <= lat <= 90.0:
        raise DeminingError(translate("Mgrs", "Position {0}, {1} is not a longitude/latitude.").format(lon, lat))
    if lat < -80.0 or lat > 84.0:
        raise DeminingError(translate(
            "Mgrs", "Latitude {0} is in a polar area (UPS), which MGRS here does not support.").format(lat))
    if lon == 180.0:
        lon = -180.0
    zone = mgrs_zone(lon, lat)
    band = band_of(lat)
    south = lat < 0.0
    forward, _ = _transformers(zone, south)
    easting, northing = forward.transform(lon, lat)
    # A hair added before truncation so that a corner read back from MGRS writes the same digits.
    easting += 1e-6
    northing += 1e-6
    column_index = int(math.floor(easting / SQUARE_M))
    if not 1 <= column_index <= 8:
        raise DeminingError(translate("Mgrs", "Position {0}, {1} lies outside UTM zone {2}.").format(lon, lat, zone))
    column = COLUMN_LETTERS[_column_set_start(zone) + column_index - 1]
    row = ROW_LETTERS[(int(math.floor(northing / SQUARE_M)) + _row_offset(zone)) % len(ROW_LETTERS)]
    text = f"{zone}{band} {column}{row}"
    if precision == 0:
        return text
    unit = 10 ** (5 - precision)
    east_digits = int(math.floor((easting % SQUARE_M) / unit))
    north_digits = int(math.floor((northing % SQUARE_M) / unit))
    return f"{text} {east_digits:0{precision}d} {north_digits:0{precision}d}"


def _band_min_northing(zone: int, band: str, south: bool) -> float:
    """Lowest northing of the band's southern edge across the zone's width.

    Parallels curve on a transverse Mercator grid, so the minimum is sought over several
    longitudes rather than on the central meridian alone.
    """
    forward, _ = _transformers(zone, south)
    band_south, _north = band_bounds(band)
    west, east = zone_bounds(zone, band)
    lons = [west + (east - west) * step / 8.0 for step in range(9)]
    return min(forward.transform(lon, band_south)[1] for lon in lons)


def parse_mgrs(text: str, centre: bool = False) -> Tuple[float, float]:
    """WGS84 (lon, lat) of an MGRS reference.

    Spaces and lower case are accepted.  The south-west corner of the cell the
    precision denotes is returned, or its centre when ``centre`` is true.  Invalid
    references raise ``DeminingError`` saying what is wrong.
    """
    if not isinstance(text, str):
        raise DeminingError(translate("Mgrs", "MGRS reference must be text, not {0!r}.").format(text))
    original = text.strip()
    compact = re.sub(r"\s+", "", original).upper()
    if not compact:
        raise DeminingError(translate("Mgrs", "MGRS reference is empty."))
    if _UPS_PATTERN.match(compact):
        raise DeminingError(
            translate("Mgrs", "MGRS reference '{0}' is in a polar area (UPS), which is not supported.").format(original)
        )
    match = _PATTERN.match(compact)
    if match is None:
        raise DeminingError(
            translate("Mgrs", "'{0}' is not an MGRS reference (expected zone number, band letter, two 100 km "
                "letters and an even number of digits, e.g. 38T LK 12345 67890).").format(original)
        )
    zone_text, band, column, row, digits = match.groups()
    zone = int(zone_text)
    if not 1 <= zone <= 60:
        raise DeminingError(translate(
            "Mgrs", "MGRS reference '{0}': zone {1} is not between 1 and 60.").format(original, zone))
    if band in UPS_LETTERS:
        raise DeminingError(
            translate("Mgrs", "MGRS reference '{0}': band {1} is a polar (UPS) area, which is not supported.").format(
                original, band)
        )
    if band not in BAND_LETTERS:
        raise DeminingError(
            translate("Mgrs", "MGRS reference '{0}': '{1}' is not a latitude band letter "
                              "(C to X, without I and O).").format(
                original, band
            )
        )
    if band == "X" and zone in MISSING_X_ZONES:
        raise DeminingError(
            translate("Mgrs", "MGRS reference '{0}': zone {1}X does not exist (Svalbard's zones 31X to 37X are "
                              "widened).").format(
                original, zone
            )
        )
    if len(digits) % 2:
        raise DeminingError(
            translate("Mgrs", "MGRS reference '{0}' has an odd number of digits ({1}); easting and northing need as "
                              "many each.").format(original, len(digits))
        )
    if len(digits) > 10:
        raise DeminingError(
            translate("Mgrs", "MGRS reference '{0}' has {1} digits; at most 10 (1 m precision) are allowed.").format(
                original, len(digits)
            )
        )
    set_start = _column_set_start(zone)
    zone_columns = COLUMN_LETTERS[set_start : set_start + 8]
    if column not in zone_columns:
        raise DeminingError(
            translate("Mgrs", "MGRS reference '{0}': 100 km column letter '{1}' is not used in zone {2} (expected one "
                              "of {3}).").format(original, column, zone, zone_columns)
        )
    if row not in ROW_LETTERS:
        raise DeminingError(
            translate("Mgrs", "MGRS reference '{0}': 100 km row letter '{1}' is not valid "
                              "(A to V, without I and O).").format(
                original, row
            )
        )
    precision = len(digits) // 2
    unit = 10.0 ** (5 - precision)
    east_in_square = float(digits[:precision]) * unit if precision else 0.0
    north_in_square = float(digits[precision:]) * unit if precision else 0.0
    easting = (zone_columns.index(column) + 1) * SQUARE_M + east_in_square
    row_northing = ((ROW_LETTERS.index(row) - _row_offset(zone)) % len(ROW_LETTERS)) * SQUARE_M + north_in_square

    south = band < "N"
    # The band (8° ≈ 890 km) is shorter than the 2,000 km letter cycle, so one cycle fits.
    minimum = _band_min_northing(zone, band, south)
    # The cell containing the band's southern edge may start up to one square lower.
    floor_northing = minimum - SQUARE_M
    cycles = math.ceil((floor_northing - row_northing) / ROW_CYCLE_M)
    northing = row_northing + max(cycles, 0) * ROW_CYCLE_M

    half = unit / 2.0 if centre else 0.0
    _, inverse = _transformers(zone, south)
    lon, lat = inverse.transform(easting + half, northing + half)
    # The whole cell must touch the band and the zone; otherwise the letters contradict each other.
    corner_lon, corner_lat = inverse.transform(easting, northing)
    far_lon, far_lat = inverse.transform(easting + unit, northing + unit)
    band_south, band_north = band_bounds(band)
    tolerance = 1e-9
    if far_lat < band_south - tolerance or corner_lat >= band_north + tolerance:
        raise DeminingError(
            translate("Mgrs", "MGRS reference '{0}': 100 km square {1}{2} does not lie in latitude band {3} of zone "
                              "{4}.").format(
                original, column, row, band, zone
            )
        )
    west, east = zone_bounds(zone, band)
    cell_west = min(corner_lon, far_lon, inverse.transform(easting, northing + unit)[0])
    cell_east = max(corner_lon, far_lon, inverse.transform(easting + unit, northing)[0])
    if cell_east < west - tolerance or cell_west > east + tolerance:
        raise DeminingError(
            translate("Mgrs", "MGRS reference '{0}': 100 km square {1}{2} lies outside zone {3}{4}.").format(
                original, column, row, zone, band
            )
        )
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise DeminingError(translate("Mgrs", "MGRS reference '{0}' does not denote a position.").format(original))
    return float(lon), float(lat)
