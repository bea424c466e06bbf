"""The fit of one supplied record to what was found, in metres: one-to-one matching of
mapped mines and items, the vote for a first shift, the similarity (shift, rotation, scale)
fitted on the pairs, and the residual errors before and after it."""

import math
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError

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
