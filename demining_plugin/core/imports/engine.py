"""The import engine shared by supplied mine maps, items found and accidents.

One path for all three: read the file (``tables.read_source``), map its columns, turn each
row into a position and values (``positions``, ``values``), check every row (coordinates,
swapped lat/lon, outside the expected area or UTM zone, duplicates in the file and against
the store (``stored``), unknown categories, dates, quantities, depths), then write the good
rows in ONE transaction (``store.apply``) and list the bad ones with their row number and
reason in a report file and the message log (``report``).

Checks on positions run on whole columns at once (numpy, a k-d tree for duplicates),
so a record of 189,000 mapped mines imports at about the speed GDAL writes it.
"""

import datetime
import math
import re
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Tuple

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..checks.items import check_items
from ..errors import DeminingError
from ..geo.crs import WGS84_AUTHID
from ..log import log_info, log_warning
from ..model.changes import ChangeSet, NewPoints
from .options import (
    ACCIDENTS,
    ATTRIBUTE_TARGETS,
    DETECTIONS,
    LOG_ROWS,
    MINE_MAP,
    RECORD_BUFFER_M,
    TARGET_LAYER,
    ImportOptions,
    ImportResult,
    MineMapDetails,
    Rejection,
    targets_of,
)
from .positions import check_area, check_duplicates, read_positions, resolve_mode
from .report import log_rejections, write_report
from .rows import Rows, local_metres, make_transformer, row_word
from .stored import district_zone, locate, ogr_geometry, record_exists, store_crs, stored_points
from .tables import SourceTable, detect_mapping, gdal_config, read_source
from .values import accident_values, detection_values, mine_map_values

translate = QCoreApplication.translate

# -- the three imports -------------------------------------------------------------------


@dataclass
class CheckedFile:
    """A file read and checked, not yet written: what the dialog previews and the import stores."""

    kind: str
    table: SourceTable
    mapping: Dict[str, Optional[str]]
    mode: str
    rows: Rows
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
    rows = Rows(table)
    read_positions(rows, mapping, mode, options, kind)
    extent, zone = options.extent, None
    if extent is None and options.use_store_extent and store is not None:
        if not (math.isfinite(options.district_tolerance_m) and options.district_tolerance_m >= 0):
            raise DeminingError(translate(
                "Importers", "The distance rows may lie outside the districts must be 0 m or more (got {0}).").format(
                    options.district_tolerance_m))
        zone = district_zone(store, options.district_tolerance_m)
        extent = zone.extent if zone is not None else None
    check_area(rows, extent, options.expected_zone, zone)
    today = options.today or datetime.date.today()
    if kind == MINE_MAP:
        values = mine_map_values(rows, mapping)
    elif kind == DETECTIONS:
        values = detection_values(rows, mapping, today)
    else:
        values = accident_values(rows, mapping, today)
    if options.duplicate_m and options.duplicate_m > 0:
        stored = (np.empty(0), np.empty(0), [])
        if store is not None:
            good = rows.good
            stored = stored_points(store, TARGET_LAYER[kind], rows.lon[good], rows.lat[good], options.duplicate_m)
        check_duplicates(rows, stored, options.duplicate_m)
    area = "extent" if options.extent is not None else ("districts" if zone is not None else "")
    return CheckedFile(kind, table, mapping, mode, rows, values, area)


def _store_xy(store, lon: np.ndarray, lat: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    crs = store_crs(store)
    if crs in (WGS84_AUTHID, ""):
        return lon, lat
    x, y = make_transformer(WGS84_AUTHID, crs).transform(lon, lat)
    return np.asarray(x), np.asarray(y)


def _record_polygon(store, checked: CheckedFile, good: np.ndarray):
    """The new record's area (OGR geometry in WGS84): the file's polygons, else the points'
    convex hull grown by RECORD_BUFFER_M metres on the ground."""
    from osgeo import ogr
    from scipy.spatial import ConvexHull, QhullError

    rows = checked.rows
    if rows.polygons:
        union = ogr_geometry(rows.polygons[0])
        for wkb in rows.polygons[1:]:
            union = union.Union(ogr_geometry(wkb))
        return union
    if len(good) == 0:
        return None
    lon, lat = rows.lon[good], rows.lat[good]
    centre_lon, centre_lat = float(np.median(lon)), float(np.median(lat))
    local = local_metres(lon, lat, centre_lon, centre_lat)
    try:
        outline = local[ConvexHull(local).vertices]
    except (QhullError, ValueError):  # fewer than 3 places, or all in a line: the buffer still makes an area
        outline = np.unique(local, axis=0)
    shape = ogr.Geometry(ogr.wkbMultiPoint)
    for x, y in outline:
        vertex = ogr.Geometry(ogr.wkbPoint)
        vertex.AddPoint_2D(float(x), float(y))
        shape.AddGeometry(vertex)
    hull = shape.ConvexHull().Buffer(RECORD_BUFFER_M, 8)
    ring = hull.GetGeometryRef(0)
    back = make_transformer(
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
    crs = store_crs(store)
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
    log_rejections(checked.table, rejections)
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
        log_rejections(checked.table, checked.rejections())
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
    picked = good.tolist()  # list indexes of Python ints: several times faster than NumPy's
    categories_good = [values["category"][i] for i in picked]
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
        record_id = store.next_identifier("minefield_records")
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
        columns = {name: [values[name][i] for i in picked] for name in ("category", "model", "row_no", "mine_no")}
        columns["record_id"] = [record_id] * len(good)
        changes.add_points("mapped_mines", NewPoints(xs, ys, columns))
    inverse = _apply(store, changes, before_commit)
    identifiers = inverse.deleted.get("mapped_mines", [])
    return _finish(checked, options, len(good), record_id, identifiers)


def _point_import(kind: str, name: str, doc: str) -> Callable[..., ImportResult]:
    """The import of one kind of points: ``(store, path, options=None, before_commit=None,
    checked=None) -> ImportResult``."""

    def run(store, path, options: Optional[ImportOptions] = None, before_commit: Optional[Callable[[], None]] = None,
            checked: Optional[CheckedFile] = None) -> ImportResult:
        return _import_points(kind, store, path, options, before_commit, checked)

    run.__name__ = run.__qualname__ = name
    run.__doc__ = doc
    return run


import_detections = _point_import(
    DETECTIONS, "import_detections", "Import items found; each gets the task and district it lies in, and the item "
                                     "checks.")
import_accidents = _point_import(ACCIDENTS, "import_accidents", "Import accidents; each gets the district it lies in.")


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
    picked = good.tolist()
    columns = {name: [checked.values[name][i] for i in picked] for name in ATTRIBUTE_TARGETS[kind]}
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

    word = row_word(checked.table.row_label)
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
