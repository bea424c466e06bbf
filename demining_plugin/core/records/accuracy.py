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
"""

import math
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
from pyproj import Transformer
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import CancelledError, DeminingError
from ..feature_table import (
    TEXT,
    FeatureTable,
    arrow_batches,
    arrow_column,
    check_fields,
    ogr_location,
    read_layer,
    read_source,
)
from ..geo.crs import WGS84_AUTHID, utm_epsg, wgs84
from ..geo.polygon_arrays import decode_points

translate = QCoreApplication.translate

try:  # most QGIS installers bring SciPy; Linux distributions package it on its own
    from scipy.spatial import cKDTree
except ImportError:  # the plugin still loads; judging a record says what is missing
    cKDTree = None  # noqa: N816 (SciPy's own name)

DEFAULT_TOLERANCE_M = 10.0
#: How far from its mapped position a record's mines are looked for, by default.
DEFAULT_MAX_OFFSET_M = 100.0
#: Fewer pairs than this give a shift only (rotation and scale need three).
MIN_PAIRS_FOR_SIMILARITY = 3
#: The vote for a first shift must gather at least this many items.
MIN_VOTES = 2
#: A shift larger than the tolerance is believed only when this many items agree on it: in a
#: dense record a handful of unrelated items always fits some shift.
MIN_PAIRS_FOR_OFFSET = 6

FIT_SIMILARITY, FIT_SHIFT, FIT_NONE = "similarity", "shift", "none"
NOT_SEARCHED_NOTE = "No mapped mine lies in land searched so far: recall cannot be judged yet."



# --- the fit of one record, in metres -------------------------------------------------------

@dataclass
class Similarity:
    """``p' = centre + shift + scale * R(-rotation) (p - centre)``: rotation clockwise."""

    centre: Tuple[float, float]
    dx: float = 0.0
    dy: float = 0.0
    rotation_deg: float = 0.0
    scale: float = 1.0

    def apply(self, x: np.ndarray, y: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        cx, cy = self.centre
        a = math.radians(-self.rotation_deg)  # counter-clockwise in the x-east, y-north plane
        c, s = self.scale * math.cos(a), self.scale * math.sin(a)
        u, v = np.asarray(x, dtype=float) - cx, np.asarray(y, dtype=float) - cy
        return cx + self.dx + c * u - s * v, cy + self.dy + s * u + c * v


def match_one_to_one(ax: np.ndarray, ay: np.ndarray, b_tree: cKDTree, tolerance: float,
                     a_rows: Optional[np.ndarray] = None) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs ``(i in a, j in b, distance)`` within ``tolerance``, each point in at most one pair,
    closest pairs first (greedy: optimal for well separated pairs, close to it otherwise)."""
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))
    if a_rows is not None:
        ax, ay = ax[a_rows], ay[a_rows]
    if len(ax) == 0 or b_tree.n == 0:
        return empty
    a_tree = cKDTree(np.column_stack([ax, ay]))
    pairs = a_tree.sparse_distance_matrix(b_tree, tolerance, output_type="ndarray")
    if len(pairs) == 0:
        return empty
    order = np.argsort(pairs["v"], kind="stable")
    i_all, j_all, d_all = pairs["i"][order], pairs["j"][order], pairs["v"][order]
    # A pair whose both ends are each other's closest is certainly kept: settle those at once
    # and run the greedy loop only on what is left.
    # Pairs are sorted by distance: the first pair of a point (lowest rank) is its closest.
    rank = np.arange(len(i_all))
    first_a = np.full(len(ax), len(i_all), dtype=np.int64)
    first_b = np.full(b_tree.n, len(i_all), dtype=np.int64)
    np.minimum.at(first_a, i_all, rank)
    np.minimum.at(first_b, j_all, rank)
    mutual = (first_a[i_all] == rank) & (first_b[j_all] == rank)
    used_a = np.zeros(len(ax), dtype=bool)
    used_b = np.zeros(b_tree.n, dtype=bool)
    used_a[i_all[mutual]] = True
    used_b[j_all[mutual]] = True
    keep = mutual.copy()
    rest = np.flatnonzero(~mutual & ~used_a[i_all] & ~used_b[j_all])
    for k in rest.tolist():
        i, j = i_all[k], j_all[k]
        if not used_a[i] and not used_b[j]:
            used_a[i] = used_b[j] = True
            keep[k] = True
    i_out = i_all[keep]
    if a_rows is not None:
        i_out = a_rows[i_out]
    return i_out, j_all[keep], d_all[keep]


def fit_similarity(px: np.ndarray, py: np.ndarray, qx: np.ndarray, qy: np.ndarray,
                   centre: Tuple[float, float], weights: Optional[np.ndarray] = None,
                   shift_only: bool = False) -> Similarity:
    """Least-squares similarity (Umeyama, in complex numbers) taking ``p`` onto ``q``,
    expressed about ``centre``."""
    w = np.ones(len(px)) if weights is None else weights
    total = w.sum()
    p = (px - centre[0]) + 1j * (py - centre[1])
    q = (qx - centre[0]) + 1j * (qy - centre[1])
    p_mean, q_mean = (w * p).sum() / total, (w * q).sum() / total
    if shift_only:
        d = q_mean - p_mean
        return Similarity(centre, float(d.real), float(d.imag))
    pc, qc = p - p_mean, q - q_mean
    a = (w * np.conj(pc) * qc).sum() / (w * np.abs(pc) ** 2).sum()
    # q = a (p - p_mean) + q_mean, so the shift at the centre (p = 0) is q_mean - a p_mean.
    t = q_mean - a * p_mean
    return Similarity(centre, float(t.real), float(t.imag), -math.degrees(math.atan2(a.imag, a.real)), float(abs(a)))


def _trimmed_fit(px, py, qx, qy, centre, shift_only: bool, tolerance: float) -> Tuple[Similarity, np.ndarray]:
    """Fit, drop pairs far out of line with the rest (beyond 3 robust sigmas), fit again."""
    inliers = np.ones(len(px), dtype=bool)
    fit = fit_similarity(px, py, qx, qy, centre, shift_only=shift_only)
    for _ in range(3):
        fx, fy = fit.apply(px, py)
        residual = np.hypot(qx - fx, qy - fy)
        sigma = 1.4826 * np.median(residual[inliers]) if inliers.any() else 0.0
        # Found positions are rarely better than a few centimetres: a floor keeps the trim sane.
        limit = max(3.0 * sigma, 0.05 * tolerance, 0.1)
        new_inliers = residual <= limit
        if new_inliers.sum() < (1 if shift_only else MIN_PAIRS_FOR_SIMILARITY) or \
                np.array_equal(new_inliers, inliers):
            break
        inliers = new_inliers
        fit = fit_similarity(px[inliers], py[inliers], qx[inliers], qy[inliers], centre, shift_only=shift_only)
    return fit, inliers


def _vote_shift(mx, my, found_tree: cKDTree, fx, fy, max_offset: float,
                tolerance: float) -> Optional[Tuple[float, float, int]]:
    """The displacement (found minus mapped) most items agree on, within ``max_offset``."""
    if found_tree.n == 0 or len(mx) == 0:
        return None
    mapped_tree = cKDTree(np.column_stack([mx, my]))
    pairs = found_tree.sparse_distance_matrix(mapped_tree, max_offset, output_type="ndarray")
    if len(pairs) == 0:
        return None
    dx = fx[pairs["i"]] - mx[pairs["j"]]
    dy = fy[pairs["i"]] - my[pairs["j"]]
    cell = float(np.clip(tolerance / 5.0, 0.5, 5.0))
    n = int(math.ceil(max_offset / cell))
    ix = np.clip(np.floor(dx / cell).astype(np.int64) + n, 0, 2 * n - 1)
    iy = np.clip(np.floor(dy / cell).astype(np.int64) + n, 0, 2 * n - 1)
    grid = np.zeros((2 * n + 2, 2 * n + 2))
    np.add.at(grid, (ix + 1, iy + 1), 1.0)
    # Sum over 3 x 3 cells: an item's scatter around the true shift spreads over neighbours.
    smooth = sum(np.roll(np.roll(grid, a, 0), b, 1) for a in (-1, 0, 1) for b in (-1, 0, 1))
    centres = (np.arange(2 * n + 2) - n - 0.5) * cell
    # Ties go to the smallest shift.
    penalty = 1e-6 * np.hypot(centres[:, None], centres[None, :])
    best = np.unravel_index(np.argmax(smooth - penalty), smooth.shape)
    bx, by = centres[best[0]], centres[best[1]]
    near = np.hypot(dx - bx, dy - by) <= 1.5 * cell
    if near.sum() < MIN_VOTES:
        return None
    return float(dx[near].mean()), float(dy[near].mean()), int(smooth[best])


@dataclass
class RecordFit:
    fit: Optional[Similarity]
    kind: str
    pairs_mapped: np.ndarray
    pairs_found: np.ndarray
    rmse_before: Optional[float]
    rmse_after: Optional[float]
    note: str = ""


def require_scipy() -> None:
    if cKDTree is None:
        raise DeminingError(translate(
            "Accuracy", "Judging mine maps needs SciPy, which this Python does not have: install it (Debian/Ubuntu: "
                        "apt install python3-scipy; pip: pip install scipy)."))


def fit_record(mx: np.ndarray, my: np.ndarray, fx: np.ndarray, fy: np.ndarray, tolerance: float,
               max_offset: float = DEFAULT_MAX_OFFSET_M, found_tree: Optional[cKDTree] = None) -> RecordFit:
    """The robust fit of one record's mapped mines (``mx``, ``my``) onto found items, metres."""
    require_scipy()
    empty = np.zeros(0, dtype=np.int64)
    if len(mx) == 0:
        return RecordFit(None, FIT_NONE, empty, empty, None, None, "The record has no mapped mines.")
    if len(fx) == 0:
        return RecordFit(None, FIT_NONE, empty, empty, None, None,
                         "No found item near the record: nothing to fit.")
    tree = found_tree if found_tree is not None else cKDTree(np.column_stack([fx, fy]))
    centre = (float(mx.mean()), float(my.mean()))
    start = Similarity(centre)
    as_supplied = match_one_to_one(mx, my, tree, tolerance)
    vote = _vote_shift(mx, my, tree, fx, fy, max_offset, tolerance)
    doubt = ""
    if vote is not None:
        shifted = Similarity(centre, vote[0], vote[1])
        sx, sy = shifted.apply(mx, my)
        agreeing = len(match_one_to_one(sx, sy, tree, tolerance)[0])
        if agreeing > len(as_supplied[0]):
            if agreeing >= MIN_PAIRS_FOR_OFFSET or math.hypot(vote[0], vote[1]) <= tolerance:
                start = shifted
            else:
                doubt = (f"{agreeing} item(s) would fit a shift of {math.hypot(vote[0], vote[1]):.0f} m, fewer than "
                         f"{MIN_PAIRS_FOR_OFFSET}: not believed.")
    fit, kind = start, FIT_SHIFT
    previous = None
    pairs = (empty, empty)
    inliers = np.zeros(0, dtype=bool)
    for _ in range(30):
        cx, cy = fit.apply(mx, my)
        i, j, _d = match_one_to_one(cx, cy, tree, tolerance)
        if len(i) == 0:
            break
        key = (i.tobytes(), j.tobytes())
        if key == previous:
            break
        previous = key
        pairs = (i, j)
        px, py, qx, qy = mx[i], my[i], fx[j], fy[j]
        spread = math.sqrt(np.mean((px - px.mean()) ** 2 + (py - py.mean()) ** 2))
        kind = FIT_SIMILARITY if len(i) >= MIN_PAIRS_FOR_SIMILARITY and spread >= tolerance else FIT_SHIFT
        fit, inliers = _trimmed_fit(px, py, qx, qy, centre, kind == FIT_SHIFT, tolerance)
    i, j = pairs
    if len(i) == 0:
        return RecordFit(None, FIT_NONE, empty, empty, None, None,
                         f"No found item within {tolerance:g} m of the record's mines, even allowing a shift "
                         f"of up to {max_offset:g} m: no fit." + (" " + doubt if doubt else ""))
    i, j = i[inliers], j[inliers]
    before = float(np.sqrt(np.mean((fx[j] - mx[i]) ** 2 + (fy[j] - my[i]) ** 2)))
    ax, ay = fit.apply(mx[i], my[i])
    after = float(np.sqrt(np.mean((fx[j] - ax) ** 2 + (fy[j] - ay) ** 2)))
    note = ""
    if kind == FIT_SHIFT:
        if len(i) < MIN_PAIRS_FOR_SIMILARITY:
            note = (f"Only {len(i)} matched pair{'s' if len(i) != 1 else ''}: shift only "
                    f"(rotation and scale need at least {MIN_PAIRS_FOR_SIMILARITY}).")
        else:
            note = (f"The {len(i)} matched pairs lie within {tolerance:g} m of each other: "
                    "shift only (too close together to measure rotation or scale).")
    return RecordFit(fit, kind, i, j, before, after, note)


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


def _lonlat_transformer(crs: QgsCoordinateReferenceSystem):
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


def _read_points(layer_or_source, wanted: Dict[str, str], is_canceled) -> PointTable:
    if isinstance(layer_or_source, QgsVectorLayer):
        check_fields(layer_or_source.fields(), wanted, layer_or_source.name())
        table = _read_points_arrow(layer_or_source, wanted)
        if table is not None:
            return table
    table = _read(layer_or_source, wanted, is_canceled)
    ok, x, y = decode_points(table.wkb)
    return PointTable(table.fids, ok, x, y, table.columns, table.crs)


def _points_lonlat(table: PointTable) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    x, y = table.x, table.y
    transformer = _lonlat_transformer(table.crs)
    if transformer is not None and len(x):
        x, y = transformer.transform(x, y)
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return table.ok & np.isfinite(x) & np.isfinite(y), x, y


def _polygon_rings_lonlat(table: FeatureTable, name: str) -> List[List[np.ndarray]]:
    """Every ring of each feature, as (n, 2) lon/lat arrays (an empty list when no geometry)."""
    transform = None
    if table.crs != wgs84():
        transform = QgsCoordinateTransform(table.crs, wgs84(), QgsCoordinateTransformContext())
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


class _PointIndex:
    """Points sorted by x, for the points in a box."""

    def __init__(self, x: np.ndarray, y: np.ndarray):
        self.order = np.argsort(x, kind="stable")
        self.sx = x[self.order]
        self.y = y

    def in_box(self, x0, y0, x1, y1) -> np.ndarray:
        lo, hi = np.searchsorted(self.sx, x0, side="left"), np.searchsorted(self.sx, x1, side="right")
        rows = self.order[lo:hi]
        return rows[(self.y[rows] >= y0) & (self.y[rows] <= y1)]


def _inside(x: np.ndarray, y: np.ndarray, rings: Sequence[np.ndarray]) -> np.ndarray:
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


def _rows_inside(index: _PointIndex, x: np.ndarray, y: np.ndarray, rings: Sequence[np.ndarray]) -> np.ndarray:
    if not rings:
        return np.zeros(0, dtype=np.int64)
    allpts = np.vstack(rings)
    rows = index.in_box(allpts[:, 0].min(), allpts[:, 1].min(), allpts[:, 0].max(), allpts[:, 1].max())
    return rows[_inside(x[rows], y[rows], rings)]


def _read(layer_or_source, wanted: Dict[str, str], is_canceled) -> FeatureTable:
    if isinstance(layer_or_source, QgsVectorLayer):
        return read_layer(layer_or_source, wanted, is_canceled=is_canceled)
    return read_source(layer_or_source, wanted, is_canceled=is_canceled)


def _has_field(layer_or_source, name: str) -> bool:
    return layer_or_source is not None and layer_or_source.fields().lookupField(name) >= 0


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

    by_field = _has_field(mapped, record_field) and (records is None or _has_field(records, record_field))
    mapped_table = _read_points(mapped, {record_field: TEXT} if by_field else {}, is_canceled)
    step(10)
    found_table = _read_points(found, {}, is_canceled)
    step(20)
    if len(mapped_table) == 0:
        raise DeminingError(translate(
            "Accuracy", "The mapped mines layer has no features: there is no record to judge."))
    m_ok, m_lon, m_lat = _points_lonlat(mapped_table)
    f_ok, f_lon, f_lat = _points_lonlat(found_table)
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
    mapped_index = _PointIndex(np.where(m_ok, m_lon, np.inf), np.where(m_ok, m_lat, np.inf))
    found_index = _PointIndex(np.where(f_ok, f_lon, np.inf), np.where(f_ok, f_lat, np.inf))

    # Records: ids, member rows, area rings.
    record_ids: List[str] = []
    members: List[np.ndarray] = []
    areas: List[Optional[List[np.ndarray]]] = []
    record_of_mapped = np.full(len(mapped_table), -1, dtype=np.int64)
    if records is not None:
        has_id = _has_field(records, record_field)
        record_table = _read(records, {record_field: TEXT} if has_id else {}, is_canceled)
        rings = _polygon_rings_lonlat(record_table, "records")
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
                rows = _rows_inside(mapped_index, m_lon, m_lat, ring_set)
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
        searched_table = _read(searched, {}, is_canceled)
        judged_mask[:] = False
        for k, ring_set in enumerate(_polygon_rings_lonlat(searched_table, "searched")):
            judged_mask[_rows_inside(mapped_index, m_lon, m_lat, ring_set)] = True
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
            in_area = near[_inside(f_lon[near], f_lat[near], ring_set)] if ring_set else np.zeros(0, dtype=np.int64)
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
    back = _lonlat_transformer(mapped_table.crs)
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
    rings = _polygon_rings_of(area)
    return near_rows[_inside(fx, fy, rings)]


def _polygon_rings_of(geometry: QgsGeometry) -> List[np.ndarray]:
    parts = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    return [np.array([(p.x(), p.y()) for p in ring]) for polygon in parts for ring in polygon if len(ring) >= 4]
