"""The import engine shared by supplied mine maps, items found and accidents.

One path for all three: read the file (``tabular_import.read_source``), map its
columns, turn each row into a position and values, check every row (coordinates,
swapped lat/lon, outside the expected area or UTM zone, duplicates in the file and
against the store, unknown categories, dates, quantities, depths), then write the good
rows in ONE transaction (``store.apply``) and list the bad ones with their row number
and reason in a report file and the message log.

Checks on positions run on whole columns at once (numpy, a k-d tree for duplicates),
so a record of 189,000 mapped mines imports at about the speed GDAL writes it.
"""

import csv
import datetime
import math
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..dates import guess_date
from ..errors import DeminingError
from ..files import replaced_in_one_step
from ..geo.crs import WGS84_AUTHID, mgrs_zone, wgs84
from ..geo.mgrs import parse_mgrs
from ..log import log_info, log_warning
from ..model import categories
from ..model.changes import ChangeSet, NewPoints
from ..model.schema import layer_def
from .tables import SourceTable, detect_mapping, gdal_config, read_source

translate = QCoreApplication.translate

MINE_MAP = "minemap"
DETECTIONS = "detections"
ACCIDENTS = "accidents"

COORDINATE_MODES = ("auto", "latlon", "xy", "mgrs", "geometry")
COORDINATE_TARGETS = ("lat", "lon", "x", "y", "mgrs")

#: Attribute targets of each kind, in the order the mapping dialog shows them.
ATTRIBUTE_TARGETS: Dict[str, Tuple[str, ...]] = {
    MINE_MAP: ("category", "model", "row_no", "mine_no"),
    DETECTIONS: (
        "category",
        "model",
        "quantity",
        "found_on",
        "depth_cm",
        "condition",
        "disposition",
        "organisation",
        "team",
        "remarks",
    ),
    ACCIDENTS: ("occurred_on", "killed", "injured", "civilian", "activity", "device_category", "description"),
}
TARGET_LAYER = {MINE_MAP: "mapped_mines", DETECTIONS: "detections", ACCIDENTS: "accidents"}

#: Default distance under which two positions are the same item (metres).
DUPLICATE_M = 0.5
#: Rows further than this (metres, on the ground) from every district of the store are refused:
#: team GPS error and generalised district boundaries, not data from elsewhere.
DISTRICT_TOLERANCE_M = 1000.0
#: Cells per side of the grid that sorts rows into clearly inside, clearly outside and "test each".
_ZONE_GRID = 64
#: A new record made from points is their convex hull grown by this much (metres).
RECORD_BUFFER_M = 10.0
MAX_DEPTH_CM = 500
#: Rejected rows written to the message log one by one; the rest are in the report.
LOG_ROWS = 200


def target_label(target: str) -> str:
    labels = {
        "lat": translate("Importers", "Latitude"),
        "lon": translate("Importers", "Longitude"),
        "x": translate("Importers", "X / easting"),
        "y": translate("Importers", "Y / northing"),
        "mgrs": translate("Importers", "MGRS reference"),
        "category": translate("Importers", "Category / mine type"),
        "model": translate("Importers", "Model"),
        "row_no": translate("Importers", "Row number"),
        "mine_no": translate("Importers", "Mine number"),
        "quantity": translate("Importers", "Quantity"),
        "found_on": translate("Importers", "Date found"),
        "depth_cm": translate("Importers", "Depth (cm)"),
        "condition": translate("Importers", "Condition"),
        "disposition": translate("Importers", "Disposition"),
        "organisation": translate("Importers", "Organisation"),
        "team": translate("Importers", "Team"),
        "remarks": translate("Importers", "Remarks"),
        "occurred_on": translate("Importers", "Date of accident"),
        "killed": translate("Importers", "Killed"),
        "injured": translate("Importers", "Injured"),
        "civilian": translate("Importers", "Civilian victims"),
        "activity": translate("Importers", "Activity at the time"),
        "device_category": translate("Importers", "Device category"),
        "description": translate("Importers", "Description"),
    }
    return labels.get(target, target)


def targets_of(kind: str) -> Tuple[str, ...]:
    return COORDINATE_TARGETS + ATTRIBUTE_TARGETS[kind]


@dataclass
class ImportOptions:
    """How to read positions and what counts as a bad row."""

    mode: str = "auto"
    #: CRS of x/y columns (authid or WKT); required for mode "xy".
    xy_crs: Optional[str] = None
    #: Refuse rows outside this UTM zone number (1-60); None: no zone check.
    expected_zone: Optional[int] = None
    #: (west, south, east, north) in degrees; None: the store's districts' extent (if any).
    extent: Optional[Tuple[float, float, float, float]] = None
    #: Without ``extent``: refuse rows further than ``district_tolerance_m`` from every district.
    use_store_extent: bool = True
    district_tolerance_m: float = DISTRICT_TOLERANCE_M
    duplicate_m: float = DUPLICATE_M
    #: Source column for each target field; None: detected from names and values.
    mapping: Optional[Dict[str, Optional[str]]] = None
    #: Where the report goes; None: beside the input (or the temp folder if that is read-only).
    report_path: Optional[str] = None
    #: "Today" for the future-date check (tests set it).
    today: Optional[datetime.date] = None
    #: Items farther than this from every task of their team are flagged; None: the checks' default.
    #: Callers pass the user's setting (``demining_plugin.settings.configured_team_distance_m``).
    max_team_distance_m: Optional[float] = None


@dataclass
class MineMapDetails:
    source: str = ""
    received_on: Optional[datetime.date] = None
    supplied_by: str = ""
    record_id: Optional[str] = None
    claimed_ap: Optional[int] = None
    claimed_at: Optional[int] = None
    claimed_total: Optional[int] = None


@dataclass
class Rejection:
    row: int
    code: str
    reason: str


@dataclass
class ImportResult:
    kind: str
    imported: int
    rejected: List[Rejection]
    report_path: str
    row_label: str = "row"
    record_id: Optional[str] = None
    identifiers: List[str] = field(default_factory=list)
    #: Imported rows that deserve a second look (item checks: outside every task, date outside the task...).
    warnings: List[Rejection] = field(default_factory=list)
    #: What rows had to lie in: "districts" (the store's, within a tolerance), "extent" (a given box) or "".
    area: str = ""

    @property
    def rejected_count(self) -> int:
        return len(self.rejected)

    @property
    def outside_count(self) -> int:
        """Rows refused for lying outside the expected area (the store's districts or the given extent)."""
        return sum(1 for rejection in self.rejected if rejection.code == "outside_extent")

    def outside_text(self) -> str:
        """'3 outside the store's districts' (or the expected area); '' when no row was."""
        if not self.outside_count:
            return ""
        if self.area == "districts":
            return translate("Importers", "{0} outside the store's districts").format(self.outside_count)
        return translate("Importers", "{0} outside the expected area").format(self.outside_count)

    def summary(self, name: str) -> str:
        if self.warnings:
            text = translate("Importers", "{0}: {1} imported ({2} with warnings), {3} rejected (report: {4}).").format(
                name, self.imported, len(self.warnings), self.rejected_count, self.report_path)
        else:
            text = translate("Importers", "{0}: {1} imported, {2} rejected (report: {3}).").format(
                name, self.imported, self.rejected_count, self.report_path
            )
        if not self.outside_count:
            return text
        if self.area == "districts":
            outside = translate("Importers", "{0} of the rejected rows lie outside the store's districts.")
        else:
            outside = translate("Importers", "{0} of the rejected rows lie outside the expected area.")
        return f"{text} {outside.format(self.outside_count)}"


# -- small parsers (cached: files repeat the same spellings) -------------------------------

def _to_int(text) -> Tuple[Optional[int], bool]:
    """(value, ok): "3", "3.0" and "3,0" are 3; "2.5" or "abc" are not whole numbers."""
    if text is None or str(text).strip() == "":
        return None, True
    try:
        number = float(str(text).strip().replace(",", "."))
    except ValueError:
        return None, False
    if not math.isfinite(number) or number != int(number):
        return None, False
    return int(number), True


def _numbers(values: Sequence[Optional[str]]) -> Tuple[np.ndarray, np.ndarray]:
    """(numbers, missing): NaN where a value is not a number; ``missing`` where it is empty."""
    missing = np.array([value is None for value in values], dtype=bool)
    try:
        # The usual case, every value a plain number: numpy parses the whole column at once.
        numbers = np.array(["nan" if value is None else value for value in values], dtype=float)
    except ValueError:
        pass
    else:
        numbers[~np.isfinite(numbers)] = np.nan
        return numbers, missing
    numbers = np.full(len(values), np.nan)
    for i, value in enumerate(values):
        if value is None:
            missing[i] = True
            continue
        try:
            numbers[i] = float(value)
        except ValueError:
            try:
                numbers[i] = float(value.replace(",", "."))
            except ValueError:
                numbers[i] = _dms(value)
    numbers[~np.isfinite(numbers)] = np.nan
    return numbers, missing


_DMS = re.compile(
    r"^\s*([NSEW])?\s*(\d+(?:[.,]\d+)?)\s*[°º:d\s]\s*(?:(\d+(?:[.,]\d+)?)\s*['′:m\s]\s*)?"
    r"(?:(\d+(?:[.,]\d+)?)\s*(?:[\"″]|''|s)?\s*)?([NSEW])?\s*$",
    re.IGNORECASE,
)


def _dms(text: str) -> float:
    """Degrees-minutes-seconds such as 40°12'30.5"N; NaN if it is not one."""
    match = _DMS.match(text)
    if not match:
        return math.nan
    hemi_before, degrees, minutes, seconds, hemi_after = match.groups()
    try:
        value = float(degrees.replace(",", "."))
        minutes_value = float(minutes.replace(",", ".")) if minutes else 0.0
        seconds_value = float(seconds.replace(",", ".")) if seconds else 0.0
    except ValueError:
        return math.nan
    if minutes_value >= 60 or seconds_value >= 60:
        return math.nan
    value += minutes_value / 60 + seconds_value / 3600
    hemisphere = (hemi_before or hemi_after or "").upper()
    return -value if hemisphere in ("S", "W") else value


# -- positions ---------------------------------------------------------------------------


def _transformer(source: str, target: str):
    from pyproj import Transformer

    return Transformer.from_crs(source, target, always_xy=True)


def _crs_text(crs) -> str:
    """pyproj-readable text of a QGIS CRS or a string."""
    if crs is None:
        return WGS84_AUTHID
    if hasattr(crs, "authid"):
        return crs.authid() or crs.toWkt()
    return str(crs)


def resolve_mode(table: SourceTable, mapping: Dict[str, Optional[str]], options: ImportOptions) -> str:
    mode = options.mode
    if mode not in COORDINATE_MODES:
        raise DeminingError(translate(
            "Importers", "Unknown coordinate mode '{0}' (use {1}).").format(mode, ", ".join(COORDINATE_MODES)))
    if mode == "auto":
        if table.has_geometry and sum(g is not None for g in table.geometries) >= 0.5 * len(table):
            return "geometry"
        if mapping.get("lat") and mapping.get("lon"):
            return "latlon"
        if mapping.get("mgrs"):
            return "mgrs"
        if mapping.get("x") and mapping.get("y"):
            return "xy"
        if table.has_geometry:
            return "geometry"
        raise DeminingError(
            translate("Importers", "{0}: no coordinates found. Map latitude/longitude, x/y or MGRS columns (columns: "
                                   "{1}).").format(
                table.path.name, ", ".join(table.columns)
            )
        )
    needed = {"latlon": ("lat", "lon"), "xy": ("x", "y"), "mgrs": ("mgrs",)}.get(mode, ())
    for target in needed:
        if not mapping.get(target):
            raise DeminingError(
                translate("Importers", "{0}: coordinate mode '{1}' needs a column for {2}.").format(
                    table.path.name, mode, target_label(target)
                )
            )
    if mode == "geometry" and not table.has_geometry:
        raise DeminingError(translate(
            "Importers", "{0} has no geometries; choose coordinate columns instead.").format(table.path.name))
    if mode == "xy" and not options.xy_crs:
        raise DeminingError(translate(
            "Importers", "{0}: x/y coordinates need their coordinate reference system.").format(table.path.name))
    return mode


class _Rows:
    """Per-row state while checking: position, values, first reason for refusal."""

    def __init__(self, table: SourceTable):
        n = len(table)
        self.table = table
        self.lon = np.full(n, np.nan)
        self.lat = np.full(n, np.nan)
        self.code: List[Optional[str]] = [None] * n
        self.reason: List[Optional[str]] = [None] * n
        self.polygons: List[bytes] = []  # WKB polygons (mine maps: the record's area)
        for index, reason in table.broken.items():
            self.refuse(index, "malformed_row", reason)

    def refuse(self, index: int, code: str, reason: str) -> None:
        if self.code[index] is None:
            self.code[index] = code
            self.reason[index] = reason

    @property
    def good(self) -> np.ndarray:
        return np.array([c is None for c in self.code], dtype=bool)


def _positions(rows: _Rows, mapping, mode: str, options: ImportOptions, kind: str) -> None:
    table = rows.table
    n = len(table)
    if mode == "geometry":
        from osgeo import ogr

        for i, wkb in enumerate(table.geometries):
            if wkb is None:
                rows.refuse(i, "missing_coordinates", translate("Importers", "has no geometry"))
                continue
            geometry = ogr.CreateGeometryFromWkb(wkb)
            flat = ogr.GT_Flatten(geometry.GetGeometryType())
            if flat == ogr.wkbMultiPoint and geometry.GetGeometryCount() == 1:
                geometry = geometry.GetGeometryRef(0)
                flat = ogr.wkbPoint
            if flat == ogr.wkbPoint:
                rows.lon[i], rows.lat[i] = geometry.GetX(), geometry.GetY()
            elif flat in (ogr.wkbPolygon, ogr.wkbMultiPolygon) and kind == MINE_MAP:
                if not geometry.IsValid():
                    rows.refuse(i, "invalid_geometry", translate(
                        "Importers", "its polygon is not valid (self-intersecting?)"))
                else:
                    rows.polygons.append(wkb)
                    rows.refuse(i, "record_area", "")  # taken as the record's area, not a mine
            else:
                rows.refuse(
                    i,
                    "wrong_geometry",
                    translate("Importers", "has a {0} geometry; points are expected").format(
                        ogr.GeometryTypeToName(geometry.GetGeometryType())
                    ),
                )
        return
    if mode == "mgrs":
        values = table.column(mapping["mgrs"])
        cache: Dict[str, object] = {}
        for i, value in enumerate(values):
            if value is None:
                rows.refuse(i, "missing_coordinates", translate("Importers", "has no MGRS reference"))
                continue
            if value not in cache:
                try:
                    cache[value] = parse_mgrs(value)
                except DeminingError as error:
                    cache[value] = str(error)
            got = cache[value]
            if isinstance(got, str):
                rows.refuse(i, "bad_mgrs", got)
            else:
                rows.lon[i], rows.lat[i] = got
        return
    first, second = ("lon", "lat") if mode == "latlon" else ("x", "y")
    xs, x_missing = _numbers(table.column(mapping[first]))
    ys, y_missing = _numbers(table.column(mapping[second]))
    x_values, y_values = table.column(mapping[first]), table.column(mapping[second])
    for i in range(n):
        if x_missing[i] or y_missing[i]:
            missing = [target_label(t) for t, m in ((second, y_missing[i]), (first, x_missing[i])) if m]
            rows.refuse(i, "missing_coordinates", translate(
                "Importers", "has no {0}").format(translate("Importers", " and ").join(missing)))
        elif math.isnan(xs[i]) or math.isnan(ys[i]):
            bad = y_values[i] if math.isnan(ys[i]) else x_values[i]
            rows.refuse(i, "not_a_number", translate("Importers", "coordinate '{0}' is not a number").format(bad))
    if mode == "xy":
        ok = np.isfinite(xs) & np.isfinite(ys)
        try:
            transformer = _transformer(options.xy_crs, WGS84_AUTHID)
        except Exception as error:  # pyproj.exceptions.CRSError and friends
            raise DeminingError(
                translate("Importers", "Unknown coordinate reference system '{0}': {1}").format(options.xy_crs, error)
            ) from None
        lon, lat = transformer.transform(xs[ok], ys[ok])
        rows.lon[ok], rows.lat[ok] = lon, lat
        for i in np.flatnonzero(ok & ~(np.isfinite(rows.lon) & np.isfinite(rows.lat))):
            rows.refuse(
                int(i), "outside_crs", translate(
                    "Importers", "x/y {0}, {1} lie outside the coordinate system's area").format(xs[i], ys[i])
            )
    else:
        rows.lon[:], rows.lat[:] = xs, ys


def _check_area(rows: _Rows, extent, expected_zone: Optional[int], zone: Optional["DistrictZone"] = None) -> None:
    """Refuse rows off the Earth, apparently swapped, outside ``extent`` (a box in degrees),
    outside ``zone`` (the store's districts grown by a tolerance) or the expected UTM zone."""
    lon, lat = rows.lon, rows.lat
    known = rows.good & np.isfinite(lon) & np.isfinite(lat)

    def inside(x, y):
        if extent is None:
            return (np.abs(y) <= 90) & (np.abs(x) <= 180)
        west, south, east, north = extent
        return (x >= west) & (x <= east) & (y >= south) & (y <= north)

    here = inside(lon, lat)
    swapped = inside(lat, lon) & (np.abs(lon) <= 90)
    for i in np.flatnonzero(known & ~here):
        i = int(i)
        if swapped[i]:
            rows.refuse(i, "swapped", translate(
                "Importers", "latitude and longitude appear swapped ({0}, {1})").format(lat[i], lon[i]))
        elif abs(lat[i]) > 90 or abs(lon[i]) > 180:
            rows.refuse(
                i, "out_of_range", translate(
                    "Importers", "latitude {0} / longitude {1} is not a position on Earth").format(lat[i], lon[i])
            )
        elif zone is not None:
            rows.refuse(i, "outside_extent", _outside_districts(lat[i], lon[i], zone))
        else:
            rows.refuse(
                i,
                "outside_extent",
                translate("Importers", "position {0:.6f}, {1:.6f} (lat, lon) is outside the expected area").format(
                    lat[i], lon[i]),
            )
    if zone is not None:
        # The box around the districts let these through; the districts themselves decide.
        candidates = np.flatnonzero(rows.good & np.isfinite(lon) & np.isfinite(lat))
        if len(candidates):
            inside = zone.contains(lon[candidates], lat[candidates])
            for i in candidates[~inside]:
                i = int(i)
                rows.refuse(i, "outside_extent", _outside_districts(lat[i], lon[i], zone))
    if expected_zone:
        known = rows.good & np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) <= 84)
        zones = mgrs_zone(np.nan_to_num(lon), np.nan_to_num(lat))
        for i in np.flatnonzero(known & (zones != expected_zone)):
            rows.refuse(
                int(i),
                "outside_zone",
                translate("Importers", "lies in UTM zone {0}, not the expected zone {1}").format(
                    zones[i], expected_zone),
            )


def _local_metres(lon: np.ndarray, lat: np.ndarray, centre_lon: float, centre_lat: float) -> np.ndarray:
    """Positions on an azimuthal equidistant plane around the data: metres, true near the centre."""
    transformer = _transformer(
        WGS84_AUTHID, f"+proj=aeqd +lat_0={centre_lat} +lon_0={centre_lon} +ellps=WGS84 +units=m +no_defs"
    )
    x, y = transformer.transform(lon, lat)
    return np.column_stack([x, y])


def _check_duplicates(rows: _Rows, stored: Tuple[np.ndarray, np.ndarray, List[str]], distance_m: float) -> None:
    from scipy.spatial import cKDTree

    good = np.flatnonzero(rows.good & np.isfinite(rows.lon))
    if len(good) == 0 or distance_m <= 0:
        return
    centre_lon, centre_lat = float(np.median(rows.lon[good])), float(np.median(rows.lat[good]))
    points = _local_metres(rows.lon[good], rows.lat[good], centre_lon, centre_lat)
    tree = cKDTree(points)
    pairs = tree.query_pairs(distance_m, output_type="ndarray")
    first_of: Dict[int, int] = {}
    for a, b in pairs:
        earlier, later = (a, b) if a < b else (b, a)
        if later not in first_of or earlier < first_of[later]:
            first_of[later] = earlier
    numbers = rows.table.row_numbers
    label = _row_word(rows.table.row_label)
    for later, earlier in first_of.items():
        i, j = int(good[later]), int(good[earlier])
        metres = float(np.hypot(*(points[later] - points[earlier])))
        rows.refuse(
            i, "duplicate_in_file", translate(
                "Importers", "same position as {0} {1} ({2:.2f} m apart)").format(label, numbers[j], metres)
        )
    stored_lon, stored_lat, stored_ids = stored
    if len(stored_ids):
        good = np.flatnonzero(rows.good & np.isfinite(rows.lon))
        if len(good) == 0:
            return
        stored_tree = cKDTree(_local_metres(stored_lon, stored_lat, centre_lon, centre_lat))
        distance, nearest = stored_tree.query(
            _local_metres(rows.lon[good], rows.lat[good], centre_lon, centre_lat), distance_upper_bound=distance_m
        )
        for k in np.flatnonzero(np.isfinite(distance)):
            rows.refuse(
                int(good[k]),
                "duplicate_in_store",
                translate("Importers", "same position as {0}, already stored ({1:.2f} m apart)").format(
                    stored_ids[nearest[k]], distance[k]
                ),
            )


def _row_word(label: str) -> str:
    return translate("Importers", "feature") if label == "feature" else translate("Importers", "row")


# -- attributes of each kind --------------------------------------------------------------


def _column_values(table: SourceTable, mapping, target: str) -> List[Optional[str]]:
    column = mapping.get(target)
    if not column:
        return [None] * len(table)
    if column not in table.columns:
        raise DeminingError(
            translate("Importers", "{0} has no column '{1}' (mapped to {2}).").format(
                table.path.name, column, target_label(target))
        )
    return table.column(column)


class _Cached:
    def __init__(self, function: Callable):
        self.function = function
        self.cache: Dict[object, object] = {}

    def __call__(self, *key):
        if key not in self.cache:
            self.cache[key] = self.function(*key)
        return self.cache[key]


def _mine_map_values(rows: _Rows, mapping) -> Dict[str, list]:
    # Records repeat a few spellings and numbers over 100,000s of rows: each distinct value
    # is parsed once, and only rows holding a bad one are visited.
    table = rows.table
    cats, models = _column_values(table, mapping, "category"), _column_values(table, mapping, "model")
    row_nos, mine_nos = _column_values(table, mapping, "row_no"), _column_values(table, mapping, "mine_no")
    pairs = list(zip(cats, models))
    codes = {pair: categories.normalise_category(*pair) for pair in set(pairs)}
    out = {"category": [codes[pair] for pair in pairs], "model": models}
    unknown = {pair for pair, code in codes.items() if code is None and pair[0] is not None}
    if unknown:
        for i, pair in enumerate(pairs):
            if pair in unknown:
                rows.refuse(i, "unknown_category", translate("Importers", "unknown mine type '{0}'").format(pair[0]))
    for target, values in (("row_no", row_nos), ("mine_no", mine_nos)):
        parsed = {value: _to_int(value) for value in set(values)}
        out[target] = [parsed[value][0] for value in values]
        bad = {value for value, (number, ok) in parsed.items() if not ok or (number is not None and number < 0)}
        if bad:
            for i, value in enumerate(values):
                if value in bad:
                    rows.refuse(
                        i,
                        "bad_number",
                        translate("Importers", "{0} '{1}' is not a whole number of 0 or more").format(
                            target_label(target), value),
                    )
    return out


def _date_check(rows: _Rows, i: int, text, target: str, today: datetime.date, cache: _Cached):
    if text is None:
        rows.refuse(i, "missing_date", translate("Importers", "has no {0}").format(target_label(target).lower()))
        return None
    day = cache(text)
    if day is None:
        rows.refuse(i, "bad_date", translate(
            "Importers", "{0} '{1}' is not a date (use YYYY-MM-DD)").format(target_label(target), text))
        return None
    if day > today:
        rows.refuse(i, "future_date", translate(
            "Importers", "{0} {1} is in the future").format(target_label(target), day.isoformat()))
    return day


def _detection_values(rows: _Rows, mapping, today: datetime.date) -> Dict[str, list]:
    table = rows.table
    n = len(table)
    get = {target: _column_values(table, mapping, target) for target in ATTRIBUTE_TARGETS[DETECTIONS]}
    category_of = _Cached(categories.normalise_category)
    date_of = _Cached(guess_date)
    out: Dict[str, list] = {name: [None] * n for name in ATTRIBUTE_TARGETS[DETECTIONS]}
    for name in ("model", "organisation", "team", "remarks"):
        out[name] = get[name]
    for i in range(n):
        text, model = get["category"][i], get["model"][i]
        code = category_of(text, model)
        if code is None:
            if text is None:
                rows.refuse(i, "missing_category", translate(
                    "Importers", "has no category and its model does not imply one"))
            else:
                rows.refuse(i, "unknown_category", translate("Importers", "unknown item category '{0}'").format(text))
        out["category"][i] = code
        out["found_on"][i] = _date_check(rows, i, get["found_on"][i], "found_on", today, date_of)
        quantity, ok = _to_int(get["quantity"][i])
        if not ok:
            rows.refuse(i, "bad_quantity", translate(
                "Importers", "quantity '{0}' is not a whole number").format(get["quantity"][i]))
        elif quantity is not None and quantity < 1:
            rows.refuse(i, "bad_quantity", translate("Importers", "quantity {0} is under 1").format(quantity))
        out["quantity"][i] = 1 if quantity is None else quantity
        depth, ok = _to_int(get["depth_cm"][i])
        if not ok:
            try:
                depth = round(float(str(get["depth_cm"][i]).replace(",", ".")))  # inf: OverflowError
                ok = True
            except (ValueError, OverflowError):
                rows.refuse(i, "bad_depth", translate(
                    "Importers", "depth '{0}' is not a number").format(get["depth_cm"][i]))
        if ok and depth is not None and not 0 <= depth <= MAX_DEPTH_CM:
            rows.refuse(i, "bad_depth", translate(
                "Importers", "depth {0} cm is outside 0-{1} cm").format(depth, MAX_DEPTH_CM))
        out["depth_cm"][i] = depth if ok else None
        for name, normalise in (
            ("condition", categories.normalise_condition),
            ("disposition", categories.normalise_disposition),
        ):
            value = get[name][i]
            code = normalise(value)
            if value is not None and code is None:
                rows.refuse(i, f"unknown_{name}", translate(
                    "Importers", "unknown {0} '{1}'").format(target_label(name).lower(), value))
            out[name][i] = code
    return out


def _accident_values(rows: _Rows, mapping, today: datetime.date) -> Dict[str, list]:
    table = rows.table
    n = len(table)
    get = {target: _column_values(table, mapping, target) for target in ATTRIBUTE_TARGETS[ACCIDENTS]}
    date_of = _Cached(guess_date)
    out: Dict[str, list] = {name: [None] * n for name in ATTRIBUTE_TARGETS[ACCIDENTS]}
    out["description"] = get["description"]
    for i in range(n):
        out["occurred_on"][i] = _date_check(rows, i, get["occurred_on"][i], "occurred_on", today, date_of)
        for name in ("killed", "injured"):
            number, ok = _to_int(get[name][i])
            if not ok or (number is not None and number < 0):
                rows.refuse(
                    i,
                    "bad_count",
                    translate("Importers", "{0} '{1}' is not a whole number of 0 or more").format(
                        target_label(name), get[name][i]),
                )
            out[name][i] = number or 0
        flag = get["civilian"][i]
        parsed = categories.parse_flag(flag) if flag is not None else True
        if parsed is None:
            rows.refuse(i, "bad_flag", translate("Importers", "civilian '{0}' is not yes/no").format(flag))
        out["civilian"][i] = parsed
        activity = get["activity"][i]
        code = categories.normalise_activity(activity)
        if activity is None:
            rows.refuse(i, "missing_activity", translate("Importers", "has no activity at the time"))
        elif code is None:
            rows.refuse(i, "unknown_activity", translate("Importers", "unknown activity '{0}'").format(activity))
        out["activity"][i] = code
        device = get["device_category"][i]
        device_code = categories.normalise_category(device) if device is not None else None
        if device is not None and device_code is None:
            rows.refuse(i, "unknown_category", translate("Importers", "unknown device category '{0}'").format(device))
        out["device_category"][i] = device_code
    return out


# -- what the store already holds ---------------------------------------------------------


def _open_read_only(store):
    """An OGR dataset on the store's GeoPackage: reads that are safe in a worker thread
    (QGIS 3.22 layers on one GeoPackage must not be created there)."""
    from osgeo import gdal

    gdal.UseExceptions()
    try:
        return gdal.OpenEx(str(store.path), gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError as error:
        raise DeminingError(translate("Importers", "{0} cannot be read: {1}").format(store.name, error)) from None


def _store_crs(store) -> str:
    return _crs_text(store.crs)


def _features(store, layer_name: str, fields: Sequence[str], bbox_wgs84=None):
    """(WKB in the store's CRS, {field: value}) of a store layer's features, optionally
    only those meeting a (west, south, east, north) box in degrees."""
    layer_def(layer_name)
    if not hasattr(store, "path"):
        yield from _features_through_qgis(store, layer_name, fields, bbox_wgs84)
        return
    ds = _open_read_only(store)
    try:
        layer = ds.GetLayerByName(layer_name)
        if layer is None:
            raise DeminingError(translate("Importers", "{0} has no layer {1}.").format(store.name, layer_name))
        if bbox_wgs84 is not None:
            west, south, east, north = bbox_wgs84
            crs = _store_crs(store)
            if crs not in (WGS84_AUTHID, ""):
                west, south, east, north = _transformer(WGS84_AUTHID, crs).transform_bounds(west, south, east, north)
            layer.SetSpatialFilterRect(west, south, east, north)
        for feature in layer:
            geometry = feature.GetGeometryRef()
            wkb = bytes(geometry.ExportToIsoWkb()) if geometry is not None and not geometry.IsEmpty() else None
            yield wkb, {name: feature.GetField(name) for name in fields}
    finally:
        ds = None  # noqa: F841 (closes the file)


def _features_through_qgis(store, layer_name: str, fields: Sequence[str], bbox_wgs84=None):
    from qgis.core import (
        QgsCoordinateTransform,
        QgsFeatureRequest,
        QgsProject,
        QgsRectangle,
    )

    layer = store.layer(layer_name)
    request = QgsFeatureRequest()
    if bbox_wgs84 is not None:
        to_layer = QgsCoordinateTransform(wgs84(), layer.crs(), QgsProject.instance())
        request.setFilterRect(to_layer.transformBoundingBox(QgsRectangle(*bbox_wgs84)))
    for feature in layer.getFeatures(request):
        geometry = feature.geometry()
        wkb = bytes(geometry.asWkb()) if geometry is not None and not geometry.isEmpty() else None
        values = {}
        for name in fields:
            value = feature[name]
            values[name] = None if hasattr(value, "isNull") and value.isNull() else value
        yield wkb, values


def _to_wgs84(store):
    crs = _store_crs(store)
    return None if crs in (WGS84_AUTHID, "") else _transformer(crs, WGS84_AUTHID)


def _ogr(wkb: bytes):
    from osgeo import ogr

    return ogr.CreateGeometryFromWkb(wkb)


def _outside_districts(lat: float, lon: float, zone: "DistrictZone") -> str:
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

        xy = _local_metres(lon, lat, *self.centre)
        x, y = xy[:, 0], xy[:, 1]
        result = np.zeros(len(x), dtype=bool)
        x0, y0, x1, y1 = self._bounds
        in_box = np.flatnonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))
        if not len(in_box):
            return result
        # Whole grid cells inside or outside the zone are settled at once; only rows in
        # cells the zone's edge crosses are tested one by one.
        width = max((x1 - x0) / _ZONE_GRID, 1e-6)
        height = max((y1 - y0) / _ZONE_GRID, 1e-6)
        column = np.minimum(((x[in_box] - x0) / width).astype(int), _ZONE_GRID - 1)
        row = np.minimum(((y[in_box] - y0) / height).astype(int), _ZONE_GRID - 1)
        cells = row * _ZONE_GRID + column
        order = np.argsort(cells, kind="stable")
        cells_sorted = cells[order]
        starts = np.flatnonzero(np.r_[True, cells_sorted[1:] != cells_sorted[:-1]])
        ends = np.r_[starts[1:], len(cells_sorted)]
        for start, end in zip(starts, ends):
            members = in_box[order[start:end]]
            r, c = divmod(int(cells_sorted[start]), _ZONE_GRID)
            cell = QgsGeometry.fromRect(QgsRectangle(x0 + c * width, y0 + r * height,
                                                     x0 + (c + 1) * width, y0 + (r + 1) * height))
            if self._engine.contains(cell.constGet()):
                result[members] = True
            elif self._engine.intersects(cell.constGet()):
                for k in members:
                    result[k] = self._engine.intersects(QgsPoint(float(x[k]), float(y[k])))
        return result


def _district_zone(store, tolerance_m: float) -> Optional[DistrictZone]:
    """The store's districts grown by ``tolerance_m`` metres; None when it has none."""
    from osgeo import ogr, osr

    parts = ogr.Geometry(ogr.wkbMultiPolygon)
    for wkb, _ in _features(store, "regions", ()):
        geometry = _ogr(wkb) if wkb is not None else None
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
    crs = _store_crs(store)
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


def _stored_points(store, layer_name: str, lon: np.ndarray, lat: np.ndarray, margin_m: float):
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
    for wkb, values in _features(store, layer_name, (id_field,), box):
        if wkb is not None:
            point = _ogr(wkb)
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
    for wkb, values in _features(store, layer_name, (key_field,)):
        if wkb is not None and values[key_field] is not None:
            polygons.append(_ogr(wkb))
            keys.append(str(values[key_field]))
    if not polygons:
        return found
    # Points go into the store's CRS: the polygons stay as stored.
    crs = _store_crs(store)
    xs, ys = (lon, lat) if crs in (WGS84_AUTHID, "") else _transformer(WGS84_AUTHID, crs).transform(lon, lat)
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


def next_identifier(store, layer_name: str) -> str:
    """The identifier the store would give the next feature of a layer."""
    definition = layer_def(layer_name)
    last = 0
    prefix = f"{definition.id_prefix}-"
    for _, values in _features(store, layer_name, (definition.id_field,)):
        text = str(values[definition.id_field] or "")
        if text.startswith(prefix) and text[len(prefix) :].isdigit():
            last = max(last, int(text[len(prefix) :]))
    return definition.make_id(last + 1)


def record_exists(store, record_id: str) -> bool:
    return any(values["record_id"] == record_id for _, values in _features(store, "minefield_records", ("record_id",)))


# -- the report --------------------------------------------------------------------------


def default_report_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}_import_report.csv")


def write_report(table: SourceTable, rows: _Rows, target: Optional[str],
                 warnings: Sequence[Tuple[int, Rejection]] = ()) -> str:
    """CSV of refused rows: row number, reason code, reason, then the row as read; then the
    rows imported with a warning (``warnings``: row index and warning), their code prefixed
    with ``warning:``."""
    path = Path(target) if target else default_report_path(table.path)
    header = [table.row_label, "code", "reason"] + table.columns
    lines = []
    for i, code in enumerate(rows.code):
        if code is not None and code != "record_area":
            lines.append([table.row_numbers[i], code, rows.reason[i]] + ["" if v is None else v for v in table.rows[i]])
    for i, warning in warnings:
        lines.append([warning.row, f"warning:{warning.code}", warning.reason]
                     + ["" if v is None else v for v in table.rows[i]])
    candidates = [path] if target else [path, Path(tempfile.gettempdir()) / path.name]
    last_error: Optional[Exception] = None
    for candidate in candidates:
        try:
            with replaced_in_one_step(candidate, translate("Importers", "the import report")) as tmp:
                with open(tmp, "w", newline="", encoding="utf-8") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(header)
                    writer.writerows(lines)
            return str(candidate)
        except (DeminingError, OSError) as error:
            last_error = error
    raise DeminingError(translate("Importers", "The import report cannot be written: {0}").format(last_error))


def _log_rejections(table: SourceTable, rejections: List[Rejection]) -> None:
    word = _row_word(table.row_label)
    for rejection in rejections[:LOG_ROWS]:
        log_warning(translate(
            "Importers", "{0}, {1} {2}: {3}").format(table.path.name, word, rejection.row, rejection.reason))
    if len(rejections) > LOG_ROWS:
        log_warning(
            translate("Importers", "{0}: {1} more rows refused; see the report.").format(
                table.path.name, len(rejections) - LOG_ROWS)
        )


# -- the three imports -------------------------------------------------------------------


@dataclass
class CheckedFile:
    """A file read and checked, not yet written: what the dialog previews and the import stores."""

    kind: str
    table: SourceTable
    mapping: Dict[str, Optional[str]]
    mode: str
    rows: _Rows
    values: Dict[str, list]
    #: What rows had to lie in (``ImportResult.area``).
    area: str = ""

    @property
    def good_indices(self) -> np.ndarray:
        return np.flatnonzero(self.rows.good)

    def rejections(self) -> List[Rejection]:
        return [
            Rejection(self.table.row_numbers[i], code, self.rows.reason[i])
            for i, code in enumerate(self.rows.code)
            if code is not None and code != "record_area"
        ]


def check_file(
    kind: str, store, path, options: Optional[ImportOptions] = None, table: Optional[SourceTable] = None
) -> CheckedFile:
    """Read and check every row of a file for one kind of import; nothing is written."""
    if kind not in TARGET_LAYER:
        raise DeminingError(translate("Importers", "Unknown import kind '{0}'.").format(kind))
    options = options or ImportOptions()
    table = table if table is not None else read_source(path)
    if len(table) == 0:
        raise DeminingError(translate("Importers", "{0} holds no rows to import.").format(table.path.name))
    mapping = dict(detect_mapping(table, targets_of(kind)))
    if options.mapping is not None:
        for target, column in options.mapping.items():
            if target not in targets_of(kind):
                raise DeminingError(
                    translate("Importers", "'{0}' is not a field of this import (fields: {1}).").format(
                        target, ", ".join(targets_of(kind))
                    )
                )
            if column and column not in table.columns:
                raise DeminingError(
                    translate("Importers", "{0} has no column '{1}' (columns: {2}).").format(
                        table.path.name, column, ", ".join(table.columns)
                    )
                )
            mapping[target] = column or None
    mode = resolve_mode(table, mapping, options)
    rows = _Rows(table)
    _positions(rows, mapping, mode, options, kind)
    extent, zone = options.extent, None
    if extent is None and options.use_store_extent and store is not None:
        if not (math.isfinite(options.district_tolerance_m) and options.district_tolerance_m >= 0):
            raise DeminingError(translate(
                "Importers", "The distance rows may lie outside the districts must be 0 m or more (got {0}).").format(
                    options.district_tolerance_m))
        zone = _district_zone(store, options.district_tolerance_m)
        extent = zone.extent if zone is not None else None
    _check_area(rows, extent, options.expected_zone, zone)
    today = options.today or datetime.date.today()
    if kind == MINE_MAP:
        values = _mine_map_values(rows, mapping)
    elif kind == DETECTIONS:
        values = _detection_values(rows, mapping, today)
    else:
        values = _accident_values(rows, mapping, today)
    if options.duplicate_m and options.duplicate_m > 0:
        stored = (np.empty(0), np.empty(0), [])
        if store is not None:
            good = rows.good
            stored = _stored_points(store, TARGET_LAYER[kind], rows.lon[good], rows.lat[good], options.duplicate_m)
        _check_duplicates(rows, stored, options.duplicate_m)
    area = "extent" if options.extent is not None else ("districts" if zone is not None else "")
    return CheckedFile(kind, table, mapping, mode, rows, values, area)


def _store_xy(store, lon: np.ndarray, lat: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    crs = _store_crs(store)
    if crs in (WGS84_AUTHID, ""):
        return lon, lat
    x, y = _transformer(WGS84_AUTHID, crs).transform(lon, lat)
    return np.asarray(x), np.asarray(y)


def _record_polygon(store, checked: CheckedFile, good: np.ndarray):
    """The new record's area (OGR geometry in WGS84): the file's polygons, else the points'
    convex hull grown by RECORD_BUFFER_M metres on the ground."""
    from osgeo import ogr
    from scipy.spatial import ConvexHull, QhullError

    rows = checked.rows
    if rows.polygons:
        union = _ogr(rows.polygons[0])
        for wkb in rows.polygons[1:]:
            union = union.Union(_ogr(wkb))
        return union
    if len(good) == 0:
        return None
    lon, lat = rows.lon[good], rows.lat[good]
    centre_lon, centre_lat = float(np.median(lon)), float(np.median(lat))
    local = np.unique(_local_metres(lon, lat, centre_lon, centre_lat), axis=0)
    try:
        outline = local[ConvexHull(local).vertices] if len(local) >= 3 else local
    except QhullError:  # all in a line: the buffer still makes an area
        outline = local
    shape = ogr.Geometry(ogr.wkbMultiPoint)
    for x, y in outline:
        vertex = ogr.Geometry(ogr.wkbPoint)
        vertex.AddPoint_2D(float(x), float(y))
        shape.AddGeometry(vertex)
    hull = shape.ConvexHull().Buffer(RECORD_BUFFER_M, 8)
    ring = hull.GetGeometryRef(0)
    back = _transformer(
        f"+proj=aeqd +lat_0={centre_lat} +lon_0={centre_lon} +ellps=WGS84 +units=m +no_defs", WGS84_AUTHID
    )
    xs, ys = back.transform(
        np.array([ring.GetX(i) for i in range(ring.GetPointCount())]),
        np.array([ring.GetY(i) for i in range(ring.GetPointCount())]),
    )
    outer = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in zip(xs, ys):
        outer.AddPoint_2D(float(x), float(y))
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(outer)
    return polygon


def _to_store_geometry(store, geometry):
    """A QgsGeometry in the store's CRS from an OGR geometry in WGS84."""
    from qgis.core import QgsGeometry

    if geometry is None:
        return None
    crs = _store_crs(store)
    if crs not in (WGS84_AUTHID, ""):
        from osgeo import osr

        source, target = osr.SpatialReference(), osr.SpatialReference()
        source.ImportFromEPSG(4326)
        target.SetFromUserInput(crs)
        for srs in (source, target):
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        geometry = geometry.Clone()
        geometry.Transform(osr.CoordinateTransformation(source, target))
    result = QgsGeometry()
    result.fromWkb(bytes(geometry.ExportToIsoWkb()))
    return result


def _district_of(store, lon: float, lat: float) -> Optional[str]:
    found = locate(store, "regions", "name", np.array([lon]), np.array([lat]))
    return found[0]


def _apply(store, changes: ChangeSet, before_commit):
    """``store.apply`` with a larger SQLite page cache (MB), so a big import is not spilled to disk mid-way."""
    with gdal_config({"OGR_SQLITE_CACHE": "512"}):
        return store.apply(changes, before_commit=before_commit)


def _finish(
    checked: CheckedFile, options: ImportOptions, imported: int, record_id=None, identifiers=(), warnings=()
) -> ImportResult:
    report = write_report(checked.table, checked.rows, options.report_path, warnings)
    rejections = checked.rejections()
    _log_rejections(checked.table, rejections)
    for _i, warning in list(warnings)[:LOG_ROWS]:
        log_warning(translate("Importers", "{0}: {1}").format(checked.table.path.name, warning.reason))
    result = ImportResult(
        checked.kind, imported, rejections, report, checked.table.row_label, record_id, list(identifiers),
        [warning for _i, warning in warnings], checked.area,
    )
    log_info(result.summary(checked.table.path.name))
    return result


def _refuse_if_nothing(checked: CheckedFile, options: ImportOptions, has_area: bool = False) -> None:
    if len(checked.good_indices) == 0 and not has_area:
        report = write_report(checked.table, checked.rows, options.report_path)
        _log_rejections(checked.table, checked.rejections())
        raise DeminingError(
            translate("Importers", "{0}: none of its {1} rows can be imported; nothing was changed. The reasons are "
                                   "in {2}.").format(
                checked.table.path.name, len(checked.table), report
            )
        )


def import_mine_map(
    store,
    path,
    details: MineMapDetails,
    options: Optional[ImportOptions] = None,
    before_commit: Optional[Callable[[], None]] = None,
    checked: Optional[CheckedFile] = None,
) -> ImportResult:
    """Import a supplied mine map: mapped mines (points) and the record's area (polygons)."""
    options = options or ImportOptions()
    if not details.record_id and not (details.source or "").strip():
        raise DeminingError(translate("Importers", "Say where the mine map comes from (SOURCE) to create its record."))
    for name in ("claimed_ap", "claimed_at", "claimed_total"):
        value = getattr(details, name)
        if value is not None and value < 0:
            raise DeminingError(translate("Importers", "{0} cannot be negative ({1}).").format(name, value))
    if details.record_id:
        if not record_exists(store, details.record_id):
            raise DeminingError(
                translate("Importers", "Minefield record {0} does not exist in {1}.").format(
                    details.record_id, store.name)
            )
    checked = checked or check_file(MINE_MAP, store, path, options)
    _refuse_if_nothing(checked, options, has_area=bool(checked.rows.polygons) and not details.record_id)
    good = checked.good_indices
    values = checked.values
    categories_good = [values["category"][i] for i in good]
    counted = {
        "claimed_ap": sum(1 for c in categories_good if c == "AP"),
        "claimed_at": sum(1 for c in categories_good if c == "AT"),
        "claimed_total": len(good),
    }
    changes = ChangeSet()
    if details.record_id:
        record_id = details.record_id
        updates = {name: getattr(details, name) for name in counted if getattr(details, name) is not None}
        if details.received_on:
            updates["received_on"] = details.received_on
        if updates:
            changes.update("minefield_records", record_id, updates)
    else:
        record_id = next_identifier(store, "minefield_records")
        area = _record_polygon(store, checked, good)
        polygon = _to_store_geometry(store, area)
        rows = checked.rows
        if rows.polygons:
            centre = area.PointOnSurface()
            district = _district_of(store, centre.GetX(), centre.GetY())
        else:
            district = _district_of(store, float(np.median(rows.lon[good])), float(np.median(rows.lat[good])))
        record = {
            "record_id": record_id,
            "source": details.source.strip(),
            "received_on": details.received_on,
            "supplied_by": details.supplied_by or None,
            "district": district,
        }
        for name, number in counted.items():
            given = getattr(details, name)
            record[name] = given if given is not None else number
        changes.add("minefield_records", polygon, record)
    if len(good):
        xs, ys = _store_xy(store, checked.rows.lon[good], checked.rows.lat[good])
        columns = {name: [values[name][i] for i in good] for name in ("category", "model", "row_no", "mine_no")}
        columns["record_id"] = [record_id] * len(good)
        changes.add_points("mapped_mines", NewPoints(xs, ys, columns))
    inverse = _apply(store, changes, before_commit)
    identifiers = inverse.deleted.get("mapped_mines", [])
    return _finish(checked, options, len(good), record_id, identifiers)


def import_detections(
    store,
    path,
    options: Optional[ImportOptions] = None,
    before_commit: Optional[Callable[[], None]] = None,
    checked: Optional[CheckedFile] = None,
) -> ImportResult:
    """Import items found; each gets the task and district it lies in, and the item checks."""
    return _import_points(DETECTIONS, store, path, options, before_commit, checked)


def import_accidents(
    store,
    path,
    options: Optional[ImportOptions] = None,
    before_commit: Optional[Callable[[], None]] = None,
    checked: Optional[CheckedFile] = None,
) -> ImportResult:
    """Import accidents; each gets the district it lies in."""
    return _import_points(ACCIDENTS, store, path, options, before_commit, checked)


def _import_points(kind: str, store, path, options: Optional[ImportOptions],
                   before_commit: Optional[Callable[[], None]], checked: Optional[CheckedFile]) -> ImportResult:
    """Items found and accidents: the good rows as points with the district (and, for items,
    the task) under each, written in one transaction."""
    layer_name = TARGET_LAYER[kind]
    options = options or ImportOptions()
    checked = checked or check_file(kind, store, path, options)
    _refuse_if_nothing(checked, options)
    good = checked.good_indices
    lon, lat = checked.rows.lon[good], checked.rows.lat[good]
    columns = {name: [checked.values[name][i] for i in good] for name in ATTRIBUTE_TARGETS[kind]}
    if kind == DETECTIONS:
        columns["task_id"] = locate(store, "clearance_tasks", "task_id", lon, lat)
    columns["district"] = locate(store, "regions", "name", lon, lat)
    xs, ys = _store_xy(store, lon, lat)
    warnings = _item_warnings(store, checked, good, xs, ys, columns, options.max_team_distance_m) \
        if kind == DETECTIONS else []
    changes = ChangeSet()
    changes.add_points(layer_name, NewPoints(xs, ys, columns))
    inverse = _apply(store, changes, before_commit)
    return _finish(checked, options, len(good), identifiers=inverse.deleted.get(layer_name, []), warnings=warnings)


def _item_warnings(store, checked: CheckedFile, good: np.ndarray, xs, ys, columns,
                   max_team_distance_m: Optional[float]) -> List[Tuple[int, Rejection]]:
    """The item checks (core/checks/items.py) on the rows about to be imported: warnings, not
    refusals, as when an item is entered by hand."""
    from qgis.core import QgsGeometry, QgsPointXY

    from ..checks.items import check_items

    word = _row_word(checked.table.row_label)
    items = []
    for k, i in enumerate(good):
        item = {name: columns[name][k] for name in ("category", "quantity", "depth_cm", "found_on", "team", "task_id")}
        item["geometry"] = QgsGeometry.fromPointXY(QgsPointXY(float(xs[k]), float(ys[k])))
        item["label"] = f"{word[:1].upper()}{word[1:]} {checked.table.row_numbers[i]}"
        items.append(item)
    return [(int(good[w.index]), Rejection(checked.table.row_numbers[good[w.index]], w.rule, w.message))
            for w in check_items(store, items, max_team_distance_m=max_team_distance_m)]


def run_import(
    kind: str,
    store,
    path,
    options: Optional[ImportOptions] = None,
    details: Optional[MineMapDetails] = None,
    checked: Optional[CheckedFile] = None,
) -> ImportResult:
    """One entry point for the GUI task and the algorithms."""
    if kind == MINE_MAP:
        return import_mine_map(store, path, details or MineMapDetails(), options, checked=checked)
    if kind == DETECTIONS:
        return import_detections(store, path, options, checked=checked)
    if kind == ACCIDENTS:
        return import_accidents(store, path, options, checked=checked)
    raise DeminingError(translate("Importers", "Unknown import kind '{0}'.").format(kind))


def parse_mapping(text: str) -> Dict[str, Optional[str]]:
    """``"lat=Y;lon=X;category=Type"`` (algorithms' MAPPING parameter) as a dict."""
    mapping: Dict[str, Optional[str]] = {}
    for part in re.split(r"[;\n]", text or ""):
        if not part.strip():
            continue
        if "=" not in part:
            raise DeminingError(translate(
                "Importers", "Column mapping '{0}' is not target=column.").format(part.strip()))
        target, column = part.split("=", 1)
        mapping[target.strip()] = column.strip() or None
    return mapping
