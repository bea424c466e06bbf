"""How accurate a supplied minefield record is, judged against the items found.

For each record (a ``minefield_records`` polygon, or the mapped mines sharing a
``record_id``), in the local UTM zone of the record, in metres:

- **recall**: the share of the record's mapped mines with a found item within the
  tolerance. Each found item counts for at most one mapped mine (closest pairs first), so
  a record whose mines are closer together than the tolerance is not credited twice for
  one item. When the land searched so far is given (the cleared land), only the mapped
  mines lying in it are judged: a mine in land nobody has searched yet can be neither
  confirmed nor refuted.
- **precision**: the share of the found items inside the record's area that were matched
  to one of its mapped mines.
- **fit**: a robust similarity transform (shift, rotation, scale) from the record to the
  items found. The matching does not need the record to be within the tolerance: every
  displacement between a found item and a nearby mapped mine votes, the densest vote
  gives a first shift, and then nearest-neighbour pairs (one to one, within the
  tolerance) and a trimmed least-squares similarity fit (Umeyama) are alternated until
  the pairs no longer change. ``dx``/``dy`` is the shift of the record's centre (the mean
  of its mapped mines) in grid metres east and north of its UTM zone; ``rotation_deg`` is
  the turn about that centre, clockwise positive as bearings are; ``scale`` the
  stretch about it. ``rmse_before``/``rmse_after``: root mean square distance of the
  fitted pairs before and after the fit.
- the **corrected record**: the fit applied to every mapped mine of the record.

Nothing here knows about widgets; layers are read with :mod:`.feature_table`.

The fit of one record is in ``fit``, the reading of the layers in ``record_layers``; this
module runs them over every record and sums the figures.
"""

import math
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

import numpy as np
from pyproj import Transformer
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import CancelledError, DeminingError
from ..feature_table import (
    TEXT,
)
from ..geo.crs import WGS84_AUTHID, utm_epsg
from .fit import (
    DEFAULT_MAX_OFFSET_M,
    DEFAULT_TOLERANCE_M,
    FIT_NONE,
    NOT_SEARCHED_NOTE,
    cKDTree,
    fit_record,
    match_one_to_one,
    require_scipy,
)
from .record_layers import (
    PointIndex,
    PointTable,
    has_field,
    inside_rings,
    lonlat_transformer,
    points_lonlat,
    polygon_rings_lonlat,
    polygon_rings_of,
    read_points,
    read_table,
    rows_inside,
)

translate = QCoreApplication.translate


# --- layers -> records -> figures ----------------------------------------------------------

@dataclass
class RecordAccuracy:
    record_id: str
    n_mapped: int
    n_judged: int  # mapped mines in searched land (all of them when no searched land is given)
    n_found_in_area: int
    matched: int
    matched_in_area: int
    fit_pairs: int
    fit_kind: str
    recall: Optional[float]
    precision: Optional[float]
    matched_corrected: int
    recall_corrected: Optional[float]
    dx: Optional[float] = None
    dy: Optional[float] = None
    rotation_deg: Optional[float] = None
    scale: Optional[float] = None
    rmse_before: Optional[float] = None
    rmse_after: Optional[float] = None
    epsg: int = 0
    centre_lonlat: Tuple[float, float] = (math.nan, math.nan)
    corrected_centre_lonlat: Tuple[float, float] = (math.nan, math.nan)
    note: str = ""
    #: Rows of the matched pairs of the fit, into the mapped and found inputs.
    pair_mapped_rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    pair_found_rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    sq_before: float = 0.0  # sums of squared pair distances, for the pooled RMSE
    sq_after: float = 0.0


@dataclass
class AccuracyResult:
    records: List[RecordAccuracy]
    tolerance: float
    mapped_crs: QgsCoordinateReferenceSystem
    mapped_fids: np.ndarray
    found_fids: np.ndarray
    #: Corrected positions of every mapped mine in the mapped layer's CRS, and whether a fit moved it.
    corrected_x: np.ndarray
    corrected_y: np.ndarray
    corrected: np.ndarray
    record_of_mapped: np.ndarray  # index into records, -1 for mines of no record
    unassigned_mapped: int = 0
    searched_given: bool = False
    warnings: List[str] = field(default_factory=list)

    @property
    def overall(self) -> Dict[str, Optional[float]]:
        """Pooled figures: counts summed over records; the fit averaged over records,
        weighted by their pairs; RMSE pooled over every pair."""
        judged = sum(r.n_judged for r in self.records)
        found = sum(r.n_found_in_area for r in self.records)
        fitted = [r for r in self.records if r.fit_kind != FIT_NONE and r.fit_pairs > 0]
        pairs = sum(r.fit_pairs for r in fitted)

        def mean(attribute):
            if not pairs:
                return None
            return sum(getattr(r, attribute) * r.fit_pairs for r in fitted) / pairs

        return {
            "RECALL": sum(r.matched for r in self.records) / judged if judged else None,
            "PRECISION": sum(r.matched_in_area for r in self.records) / found if found else None,
            "DX": mean("dx"), "DY": mean("dy"), "ROTATION_DEG": mean("rotation_deg"), "SCALE": mean("scale"),
            "RMSE_BEFORE": math.sqrt(sum(r.sq_before for r in fitted) / pairs) if pairs else None,
            "RMSE_AFTER": math.sqrt(sum(r.sq_after for r in fitted) / pairs) if pairs else None,
            "MATCHED": sum(r.matched for r in self.records), "JUDGED": judged, "PAIRS": pairs,
        }


def mine_map_accuracy(mapped, found, records=None, searched=None, tolerance: float = DEFAULT_TOLERANCE_M,
                      max_offset: float = DEFAULT_MAX_OFFSET_M, record_field: str = "record_id",
                      progress: Optional[Callable[[float], None]] = None,
                      is_canceled: Optional[Callable[[], bool]] = None) -> AccuracyResult:
    """Accuracy of each record of ``mapped`` (point layer or feature source) against
    ``found`` (points). ``records``: optional record polygons; mapped mines belong to a
    record by ``record_field`` when both layers have it, otherwise by lying inside it.
    Without ``records``, mapped mines are grouped by ``record_field`` (one record when the
    layer has no such field) and a record's area is its mines' convex hull widened by the
    tolerance. ``searched``: optional polygons of the land searched (cleared) so far."""
    require_scipy()
    if not (tolerance > 0):
        raise DeminingError(translate("Accuracy", "The tolerance must be more than 0 m (got {tolerance:g}).").format(
            tolerance=tolerance))
    if not (max_offset >= tolerance):
        raise DeminingError(translate(
            "Accuracy", "The largest offset searched ({max_offset:g} m) must be at least the tolerance ({tolerance:g} "
                        "m).").format(max_offset=max_offset, tolerance=tolerance))

    def step(value: float) -> None:
        if progress is not None:
            progress(value)
        if is_canceled is not None and is_canceled():
            raise CancelledError()

    by_field = has_field(mapped, record_field) and (records is None or has_field(records, record_field))
    mapped_table = read_points(mapped, {record_field: TEXT} if by_field else {}, is_canceled)
    step(10)
    found_table = read_points(found, {}, is_canceled)
    step(20)
    if len(mapped_table) == 0:
        raise DeminingError(translate(
            "Accuracy", "The mapped mines layer has no features: there is no record to judge."))
    m_ok, m_lon, m_lat = points_lonlat(mapped_table)
    f_ok, f_lon, f_lat = points_lonlat(found_table)
    warnings = []
    if (~m_ok).any():
        warnings.append(f"{int((~m_ok).sum())} mapped mine(s) without a point position were left out "
                        f"(first feature id {int(mapped_table.fids[np.flatnonzero(~m_ok)[0]])}).")
    if (~f_ok).any():
        warnings.append(f"{int((~f_ok).sum())} found item(s) without a point position were left out "
                        f"(first feature id {int(found_table.fids[np.flatnonzero(~f_ok)[0]])}).")
    if not f_ok.any():
        raise DeminingError(translate(
            "Accuracy", "The found items layer has no item with a position: nothing to compare the records with."))
    mapped_index = PointIndex(np.where(m_ok, m_lon, np.inf), np.where(m_ok, m_lat, np.inf))
    found_index = PointIndex(np.where(f_ok, f_lon, np.inf), np.where(f_ok, f_lat, np.inf))

    # Records: ids, member rows, area rings.
    record_ids: List[str] = []
    members: List[np.ndarray] = []
    areas: List[Optional[List[np.ndarray]]] = []
    record_of_mapped = np.full(len(mapped_table), -1, dtype=np.int64)
    if records is not None:
        has_id = has_field(records, record_field)
        record_table = read_table(records, {record_field: TEXT} if has_id else {}, is_canceled)
        rings = polygon_rings_lonlat(record_table, "records")
        ids = record_table.columns[record_field] if has_id else [None] * len(record_table)
        for k, (fid, rid) in enumerate(zip(record_table.fids, ids)):
            record_ids.append(str(rid) if rid is not None else f"feature {int(fid)}")
            areas.append(rings[k])
        if by_field:
            keys = mapped_table.columns[record_field]
            position = {rid: k for k, rid in enumerate(record_ids)}
            codes, inverse = np.unique(np.array([str(v) if v is not None else "" for v in keys]), return_inverse=True)
            code_to_record = np.array([position.get(c, -1) for c in codes], dtype=np.int64)
            record_of_mapped = np.where(m_ok, code_to_record[inverse], -1)
            order = np.argsort(record_of_mapped, kind="stable")
            bounds = np.searchsorted(record_of_mapped[order], np.arange(len(record_ids) + 1))
            members = [order[bounds[k]:bounds[k + 1]] for k in range(len(record_ids))]
        else:
            for k, ring_set in enumerate(areas):
                rows = rows_inside(mapped_index, m_lon, m_lat, ring_set)
                rows = rows[record_of_mapped[rows] < 0]  # a mine in two overlapping records counts for the first
                record_of_mapped[rows] = k
                members.append(rows)
                if k % 50 == 0:
                    step(20 + 10 * k / max(1, len(areas)))
    else:
        if by_field:
            keys = mapped_table.columns[record_field].copy()
            keys[np.equal(keys, None)] = ""
            codes, inverse = np.unique(keys.astype(str), return_inverse=True)
            record_ids = [str(c) if c else "(no record)" for c in codes]
            record_of_mapped = np.where(m_ok, inverse, -1)
        else:
            record_ids = ["all"]
            record_of_mapped = np.where(m_ok, 0, -1)
        order = np.argsort(record_of_mapped, kind="stable")
        bounds = np.searchsorted(record_of_mapped[order], np.arange(len(record_ids) + 1))
        members = [order[bounds[k]:bounds[k + 1]] for k in range(len(record_ids))]
        areas = [None] * len(record_ids)
    unassigned = int(((record_of_mapped < 0) & m_ok).sum())
    if unassigned:
        warnings.append(f"{unassigned} mapped mine(s) belong to no record and were left out.")
    step(30)

    judged_mask = np.ones(len(mapped_table), dtype=bool)
    if searched is not None:
        searched_table = read_table(searched, {}, is_canceled)
        judged_mask[:] = False
        for k, ring_set in enumerate(polygon_rings_lonlat(searched_table, "searched")):
            judged_mask[rows_inside(mapped_index, m_lon, m_lat, ring_set)] = True
            if k % 200 == 0:
                step(30 + 10 * k / max(1, len(searched_table)))
    step(40)

    corrected_x = np.array(m_lon, dtype=float)
    corrected_y = np.array(m_lat, dtype=float)
    corrected = np.zeros(len(mapped_table), dtype=bool)
    results: List[RecordAccuracy] = []
    projections: Dict[int, Tuple[Transformer, Transformer]] = {}
    def same_zone(table: PointTable, epsg: int) -> bool:
        return table.crs.authid() == f"EPSG:{epsg}"

    margin_deg = lambda lat: (max_offset + tolerance) / (111_000.0 * max(0.05, math.cos(math.radians(lat))))  # noqa: E731
    for k, (rid, rows, ring_set) in enumerate(zip(record_ids, members, areas)):
        if k % 10 == 0:
            step(40 + 55 * k / max(1, len(record_ids)))
        rows = np.asarray(rows, dtype=np.int64)
        if len(rows) == 0:
            results.append(RecordAccuracy(rid, 0, 0, 0, 0, 0, 0, FIT_NONE, None, None, 0, None,
                                          note="The record has no mapped mines."))
            continue
        lon0, lat0 = float(m_lon[rows].mean()), float(m_lat[rows].mean())
        epsg = utm_epsg(lon0, lat0)
        if epsg not in projections:
            projections[epsg] = (Transformer.from_crs(WGS84_AUTHID, f"EPSG:{epsg}", always_xy=True),
                                 Transformer.from_crs(f"EPSG:{epsg}", WGS84_AUTHID, always_xy=True))
        forward, inverse_t = projections[epsg]
        pad = margin_deg(lat0)
        pad_lat = (max_offset + tolerance) / 110_000.0
        near = found_index.in_box(m_lon[rows].min() - pad, m_lat[rows].min() - pad_lat,
                                  m_lon[rows].max() + pad, m_lat[rows].max() + pad_lat)
        n_judged = int(judged_mask[rows].sum())
        if len(near) == 0:  # nothing found anywhere near: nothing to measure or fit
            entry = RecordAccuracy(rid, len(rows), n_judged, 0, 0, 0, 0, FIT_NONE, 0.0 if n_judged else None, None,
                                   0, 0.0 if n_judged else None, epsg=epsg, centre_lonlat=(lon0, lat0),
                                   note="No found item near the record: nothing to fit.")
            if n_judged == 0:
                entry.note += " " + NOT_SEARCHED_NOTE
            results.append(entry)
            continue
        if same_zone(mapped_table, epsg):  # no round trip through lon/lat
            mx, my = mapped_table.x[rows], mapped_table.y[rows]
        else:
            mx, my = (np.asarray(v) for v in forward.transform(m_lon[rows], m_lat[rows]))
        if same_zone(found_table, epsg):
            fx, fy = found_table.x[near], found_table.y[near]
        elif len(near):
            fx, fy = (np.asarray(v) for v in forward.transform(f_lon[near], f_lat[near]))
        else:
            fx, fy = np.zeros(0), np.zeros(0)
        tree = cKDTree(np.column_stack([fx, fy])) if len(near) else cKDTree(np.zeros((0, 2)))

        # Found items in the record's area.
        if ring_set is not None:
            in_area = near[inside_rings(f_lon[near], f_lat[near], ring_set)] if ring_set \
                else np.zeros(0, dtype=np.int64)
        else:
            in_area = _in_hull(fx, fy, mx, my, tolerance, near)
        # As supplied: judged mines against every found item near.
        judged_local = np.flatnonzero(judged_mask[rows])
        i, j, _d = match_one_to_one(mx, my, tree, tolerance, a_rows=judged_local)
        matched = len(i)
        in_area_set = np.zeros(len(f_lon), dtype=bool)
        in_area_set[in_area] = True
        # Precision: found items in the area matched to any of the record's mines.
        ia, ja, _ = match_one_to_one(mx, my, tree, tolerance)
        matched_in_area = int(in_area_set[near[ja]].sum())
        n_judged = len(judged_local)

        record_fit = fit_record(mx, my, fx, fy, tolerance, max_offset, tree)
        entry = RecordAccuracy(
            rid, len(rows), n_judged, len(in_area), matched, matched_in_area, len(record_fit.pairs_mapped),
            record_fit.kind, matched / n_judged if n_judged else None,
            matched_in_area / len(in_area) if len(in_area) else None, 0, None, epsg=epsg,
            centre_lonlat=(lon0, lat0), note=record_fit.note)
        if n_judged == 0:
            entry.note = (entry.note + " " if entry.note else "") + NOT_SEARCHED_NOTE
        if record_fit.fit is not None:
            fit = record_fit.fit
            entry.dx, entry.dy = fit.dx, fit.dy
            entry.rotation_deg, entry.scale = (fit.rotation_deg, fit.scale)
            entry.rmse_before, entry.rmse_after = record_fit.rmse_before, record_fit.rmse_after
            n = len(record_fit.pairs_mapped)
            entry.sq_before, entry.sq_after = record_fit.rmse_before ** 2 * n, record_fit.rmse_after ** 2 * n
            entry.pair_mapped_rows = rows[record_fit.pairs_mapped]
            entry.pair_found_rows = near[record_fit.pairs_found]
            cx, cy = fit.apply(mx, my)
            lon, lat = inverse_t.transform(cx, cy)
            corrected_x[rows], corrected_y[rows] = lon, lat
            corrected[rows] = True
            centre = inverse_t.transform(*fit.apply(np.array([fit.centre[0]]), np.array([fit.centre[1]])))
            entry.corrected_centre_lonlat = (float(centre[0][0]), float(centre[1][0]))
            ic, _jc, _ = match_one_to_one(cx, cy, tree, tolerance, a_rows=judged_local)
            entry.matched_corrected = len(ic)
            entry.recall_corrected = len(ic) / n_judged if n_judged else None
        else:
            entry.matched_corrected = matched
            entry.recall_corrected = entry.recall
        results.append(entry)

    # Corrected positions back in the mapped layer's CRS.
    back = lonlat_transformer(mapped_table.crs)
    out_x, out_y = corrected_x.copy(), corrected_y.copy()
    if back is not None and corrected.any():
        to_source = Transformer.from_crs(
            WGS84_AUTHID, mapped_table.crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED), always_xy=True)
        sx, sy = to_source.transform(corrected_x[corrected], corrected_y[corrected])
        out_x, out_y = mapped_table.x.copy(), mapped_table.y.copy()
        out_x[corrected], out_y[corrected] = sx, sy
    elif back is not None:
        out_x, out_y = mapped_table.x.copy(), mapped_table.y.copy()
    step(100)
    return AccuracyResult(results, tolerance, mapped_table.crs, mapped_table.fids, found_table.fids,
                          out_x, out_y, corrected, record_of_mapped, unassigned, searched is not None, warnings)


def _in_hull(fx, fy, mx, my, tolerance, near_rows) -> np.ndarray:
    """Rows (of ``near_rows``) of found items within the mapped mines' convex hull widened
    by the tolerance."""
    if len(fx) == 0:
        return np.zeros(0, dtype=np.int64)
    points = np.column_stack([mx, my])
    if len(points) >= 3:
        try:
            from scipy.spatial import ConvexHull

            ring = points[ConvexHull(points).vertices]
        except Exception:  # noqa: BLE001 (collinear mines: a hull of no area)
            ring = points
    else:
        ring = points
    from qgis.core import QgsPointXY

    geometry = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring] + [QgsPointXY(*ring[0])]]) \
        if len(ring) >= 3 else QgsGeometry.fromMultiPointXY([QgsPointXY(x, y) for x, y in ring])
    area = geometry.buffer(tolerance, 8)
    rings = polygon_rings_of(area)
    return near_rows[inside_rings(fx, fy, rings)]
