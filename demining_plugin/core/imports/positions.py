"""Where each row lies: the coordinate mode, positions from lat/lon, x/y, MGRS or geometries,
then whole-column checks (off the Earth, swapped, outside the area, districts or UTM zone,
duplicates in the file and against the store)."""

import math
from typing import Dict, List, Optional, Tuple

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..geo.crs import WGS84_AUTHID, mgrs_zone
from ..geo.mgrs import parse_mgrs
from .options import COORDINATE_MODES, MINE_MAP, ImportOptions, target_label
from .rows import Rows, local_metres, make_transformer, parse_numbers, row_word
from .stored import DistrictZone, outside_districts_text
from .tables import SourceTable

translate = QCoreApplication.translate

# -- positions ---------------------------------------------------------------------------


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


def read_positions(rows: Rows, mapping, mode: str, options: ImportOptions, kind: str) -> None:
    table = rows.table
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
    x_values, y_values = table.column(mapping[first]), table.column(mapping[second])
    xs, x_missing = parse_numbers(x_values)
    ys, y_missing = parse_numbers(y_values)
    for i in np.flatnonzero(x_missing | y_missing | np.isnan(xs) | np.isnan(ys)).tolist():
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
            transformer = make_transformer(options.xy_crs, WGS84_AUTHID)
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


def check_area(rows: Rows, extent, expected_zone: Optional[int], zone: Optional["DistrictZone"] = None) -> None:
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
            rows.refuse(i, "outside_extent", outside_districts_text(lat[i], lon[i], zone))
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
                rows.refuse(i, "outside_extent", outside_districts_text(lat[i], lon[i], zone))
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


def check_duplicates(rows: Rows, stored: Tuple[np.ndarray, np.ndarray, List[str]], distance_m: float) -> None:
    from scipy.spatial import cKDTree

    good = np.flatnonzero(rows.good & np.isfinite(rows.lon))
    if len(good) == 0 or distance_m <= 0:
        return
    centre_lon, centre_lat = float(np.median(rows.lon[good])), float(np.median(rows.lat[good]))
    points = local_metres(rows.lon[good], rows.lat[good], centre_lon, centre_lat)
    tree = cKDTree(points)
    pairs = tree.query_pairs(distance_m, output_type="ndarray")
    first_of: Dict[int, int] = {}
    for a, b in pairs:
        earlier, later = (a, b) if a < b else (b, a)
        if later not in first_of or earlier < first_of[later]:
            first_of[later] = earlier
    numbers = rows.table.row_numbers
    label = row_word(rows.table.row_label)
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
        stored_tree = cKDTree(local_metres(stored_lon, stored_lat, centre_lon, centre_lat))
        distance, nearest = stored_tree.query(
            local_metres(rows.lon[good], rows.lat[good], centre_lon, centre_lat), distance_upper_bound=distance_m
        )
        for k in np.flatnonzero(np.isfinite(distance)):
            rows.refuse(
                int(good[k]),
                "duplicate_in_store",
                translate("Importers", "same position as {0}, already stored ({1:.2f} m apart)").format(
                    stored_ids[nearest[k]], distance[k]
                ),
            )
