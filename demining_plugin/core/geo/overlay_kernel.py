"""NumPy kernels for the areas where convex polygons overlap, many pairs at a time.

Released land is mostly lanes and boxes: convex polygons of four to a few vertices.
Asking GEOS to intersect each overlapping pair costs tens of microseconds per pair; the
same clipping done here on vertex arrays, for all pairs at once, costs about one.
Coordinates are metres of an equal-area plane (``equal_area``), so every area computed
here is a true area.

Conventions: a set of rings is ``(x, y, n)`` with ``x`` and ``y`` of shape
``(width + 1, count)``: column ``p`` holds ring ``p``'s ``n[p]`` vertices, then its first
vertex again (row ``n[p]``); rows after that are padding and never read. Vertices run
down the first axis so that every NumPy operation streams along the long axis.
"""

from typing import Tuple

import numpy as np

#: Polygons with more vertices than this take the general (GEOS) route.
MAX_VERTICES = 16
#: Pieces smaller than this (m2) are treated as empty: far below any reported figure.
EMPTY_M2 = 1e-6
#: Overlap stacks deeper than this take the general route (inclusion-exclusion grows as 2^n).
MAX_DEPTH = 6
#: Distance (m) under which a vertex counts as lying on a line: far below survey
#: precision, far above the rounding of coordinates within a few kilometres.
ON_LINE_M = 1e-7
#: Edges closer than this (m) to each other's lines over their length are clipped, not
#: summed (see ``intersection_areas``).
ALONG_M = 1e-3


def _valid(n: np.ndarray, width: int) -> np.ndarray:
    return np.arange(width)[:, None] < n[None, :]


def close_rings(x: np.ndarray, y: np.ndarray, n: np.ndarray) -> None:
    """Write each ring's first vertex into row ``n`` (in place)."""
    columns = np.arange(len(n))
    x[n, columns] = x[0]
    y[n, columns] = y[0]


def signed_areas(x: np.ndarray, y: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Shoelace areas, positive for counter-clockwise rings. Computed relative to the
    first vertex: coordinates of millions of metres would otherwise cost precision."""
    if len(n) == 0:
        return np.zeros(0)
    width = x.shape[0] - 1
    lx, ly = x - x[0], y - y[0]
    cross = lx[:width] * ly[1:] - ly[:width] * lx[1:]
    cross[~_valid(n, width)] = 0.0
    return 0.5 * cross.sum(axis=0)


def orient_convex(x: np.ndarray, y: np.ndarray, n: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Counter-clockwise copies of the rings and a mask of those that are convex, simple
    and not degenerate (what ``clip_convex`` can use)."""
    area = signed_areas(x, y, n)
    width = x.shape[0] - 1
    k = np.arange(width + 1)[:, None]
    # Reverse clockwise rings: vertex k becomes vertex n-k (the closing vertex stays).
    flip = (area < 0)[None, :] & (k < n[None, :]) & (k > 0)
    source = np.where(flip, n[None, :] - k, k)
    x = np.take_along_axis(x, source, axis=0)
    y = np.take_along_axis(y, source, axis=0)
    lx, ly = x - x[0], y - y[0]
    ex, ey = lx[1:] - lx[:width], ly[1:] - ly[:width]  # edge k: vertex k to vertex k+1
    columns = np.arange(len(n))
    last = np.clip(n - 1, 0, max(width - 1, 0))
    # Turn at each vertex: edge k then edge k+1 (edge n-1 is followed by edge 0).
    fx = np.concatenate([ex[1:], ex[:1]], axis=0)
    fy = np.concatenate([ey[1:], ey[:1]], axis=0)
    fx[last, columns] = ex[0]
    fy[last, columns] = ey[0]
    cross = ex * fy - ey * fx
    dot = ex * fx + ey * fy
    scale = np.hypot(ex, ey) * np.hypot(fx, fy)
    valid = _valid(n, width)
    turns_left = np.where(valid, cross >= -1e-12 * scale, True).all(axis=0)
    # A star polygon turns left everywhere but winds more than once round: the turning
    # angles of a simple convex ring add up to one full turn.
    winding = np.where(valid, np.arctan2(cross, dot), 0.0).sum(axis=0)
    convex = turns_left & (np.abs(winding - 2 * np.pi) < 1e-6) & (np.abs(area) > EMPTY_M2) & (n >= 3)
    return x, y, convex


def clip_half_plane(x: np.ndarray, y: np.ndarray, n: np.ndarray, ax, ay, dx, dy):
    """Rings cut to the half-plane left of the line through ``(ax, ay)`` with direction
    ``(dx, dy)`` (one Sutherland-Hodgman step; all arguments per ring)."""
    width = x.shape[0] - 1
    side = dx * (y - ay) - dy * (x - ax)
    side[np.abs(side) <= ON_LINE_M * np.hypot(dx, dy)] = 0.0  # on the line: inside, never crossed
    s0, s1 = side[:width], side[1:]
    valid = _valid(n, width)
    in0 = (s0 >= 0) & valid
    # Strictly from one side to the other: a vertex on the line is emitted once, as itself.
    crossing = valid & (((s0 > 0) & (s1 < 0)) | ((s0 < 0) & (s1 > 0)))
    with np.errstate(divide="ignore", invalid="ignore"):
        t = s0 / (s0 - s1)
    t[~crossing] = 0.0
    x0, y0 = x[:width], y[:width]
    # Each edge of the ring gives its start vertex if inside, then the crossing.
    slots_x = np.empty((2 * width, len(n)))
    slots_y = np.empty_like(slots_x)
    slots_x[0::2], slots_y[0::2] = x0, y0
    slots_x[1::2] = x0 + t * (x[1:] - x0)
    slots_y[1::2] = y0 + t * (y[1:] - y0)
    keep = np.empty(slots_x.shape, dtype=bool)
    keep[0::2], keep[1::2] = in0, crossing
    position = np.cumsum(keep, axis=0) - 1
    n = position[-1] + 1 if len(n) else n
    new_width = int(n.max()) if len(n) else 0
    slot, column = np.nonzero(keep)
    x = np.zeros((new_width + 1, len(n)))
    y = np.zeros_like(x)
    x[position[slot, column], column] = slots_x[slot, column]
    y[position[slot, column], column] = slots_y[slot, column]
    close_rings(x, y, n)
    return x, y, n


def clip_convex(x: np.ndarray, y: np.ndarray, n: np.ndarray, cx: np.ndarray, cy: np.ndarray, cn: np.ndarray):
    """Intersections of convex rings ``(x, y, n)`` with convex counter-clockwise rings
    ``(cx, cy, cn)``, pair by pair: Sutherland-Hodgman, one clipping edge at a time.

    Coordinates should be local (near the origin). Returns ``(x, y, n)``; ``n < 3``
    means the pair does not overlap.
    """
    count = len(n)
    out_x = np.zeros((x.shape[0] + cx.shape[0], count))
    out_y = np.zeros_like(out_x)
    out_n = np.zeros(count, dtype=np.int64)
    alive = np.arange(count)
    for edge in range(cx.shape[0] - 1):
        done = cn <= edge  # every edge of its clipping ring used: finished
        if done.any():
            out_x[:x.shape[0], alive[done]] = x[:, done]
            out_y[:y.shape[0], alive[done]] = y[:, done]
            out_n[alive[done]] = n[done]
            keep = ~done
            alive, x, y, n = alive[keep], x[:, keep], y[:, keep], n[keep]
            cx, cy, cn = cx[:, keep], cy[:, keep], cn[keep]
        if len(alive) == 0:
            break
        x, y, n = clip_half_plane(x, y, n, cx[edge], cy[edge], cx[edge + 1] - cx[edge], cy[edge + 1] - cy[edge])
        nonempty = n >= 3
        if not nonempty.all():
            alive, x, y, n = alive[nonempty], x[:, nonempty], y[:, nonempty], n[nonempty]
            cx, cy, cn = cx[:, nonempty], cy[:, nonempty], cn[nonempty]
    if len(alive):
        out_x[:x.shape[0], alive] = x
        out_y[:y.shape[0], alive] = y
        out_n[alive] = n
    width = int(out_n.max()) if count else 0
    return out_x[:width + 1], out_y[:width + 1], out_n


#: Pairs handled per NumPy pass (bounded memory, better cache use).
_CHUNK = 8192


def _chunked(function, count: int, *arrays):
    """Run ``function`` on column chunks of ``arrays`` (vertex arrays 2-D, others 1-D)."""
    if count <= _CHUNK:
        return function(*arrays)
    results = []
    for start in range(0, count, _CHUNK):
        part = slice(start, start + _CHUNK)
        results.append(function(*[a[:, part] if a.ndim == 2 else a[part] for a in arrays]))
    return results


def _clips(ax, ay, an, bx, by, bn):
    out = _chunked(clip_convex, len(an), ax, ay, an, bx, by, bn)
    if not isinstance(out, list):
        return out
    width = max(p[0].shape[0] for p in out)

    def stack(index):
        return np.concatenate([np.pad(p[index], ((0, width - p[index].shape[0]), (0, 0))) for p in out], axis=1)

    return stack(0), stack(1), np.concatenate([p[2] for p in out])


def _sides(ax, ay, bx, by) -> np.ndarray:
    """``out[i, j]``: side of vertex i of ring A to edge j of ring B (cross product:
    positive on the inner side of a counter-clockwise ring), pair by pair."""
    wb = bx.shape[0] - 1
    ex, ey = bx[1:] - bx[:wb], by[1:] - by[:wb]
    offset = ex * by[:wb] - ey * bx[:wb]
    return ex[None] * ay[:, None] - ey[None] * ax[:, None] - offset[None]


def _inside_parts(ax, ay, an, bx, by, bn, sides) -> np.ndarray:
    """Twice the signed area swept by the parts of ring A's edges inside convex ring B
    (Green's theorem: the sum of cross(start, end) over those parts). No edge of A may
    run along an edge line of B (``intersection_areas`` clips those pairs instead)."""
    wa, wb = ax.shape[0] - 1, bx.shape[0] - 1
    start, end = sides[:wa], sides[1:]
    rate = end - start
    with np.errstate(divide="ignore", invalid="ignore"):
        t = start / (start - end)
    # Edges past a ring's last vertex, and repeated vertices, constrain nothing.
    ex, ey = bx[1:] - bx[:wb], by[1:] - by[:wb]
    valid_b = ((np.arange(wb)[:, None] < bn[None, :]) & ((ex != 0) | (ey != 0)))[None]
    lower = np.maximum(np.where((rate > 0) & valid_b, t, 0.0).max(axis=1), 0.0)
    upper = np.minimum(np.where((rate < 0) & valid_b, t, 1.0).min(axis=1), 1.0)
    blocked = ((rate == 0) & (start < 0) & valid_b).any(axis=1)
    used = (np.arange(wa)[:, None] < an[None, :]) & (lower < upper) & ~blocked
    x0, y0 = ax[:wa], ay[:wa]
    dx, dy = ax[1:] - x0, ay[1:] - y0
    sx, sy = x0 + lower * dx, y0 + lower * dy
    tx, ty = x0 + upper * dx, y0 + upper * dy
    return np.where(used, sx * ty - sy * tx, 0.0).sum(axis=0)


def _near_lines(sides, a_n, bx, by, b_n) -> np.ndarray:
    """Pairs where an edge of A runs within ALONG_M of an edge line of B."""
    wa, wb = sides.shape[0] - 1, bx.shape[0] - 1
    length = np.hypot(bx[1:] - bx[:wb], by[1:] - by[:wb])[None]
    close = np.abs(sides) <= ALONG_M * length
    along = close[:wa] & close[1:]
    along &= (np.arange(wa)[:, None] < a_n[None, :])[:, None] & (np.arange(wb)[:, None] < b_n[None, :])[None]
    return along.any(axis=(0, 1))


def intersection_areas(ax, ay, an, bx, by, bn) -> np.ndarray:
    """Areas of the intersections of convex counter-clockwise rings, pair by pair.

    Most pairs: from the parts of each ring's boundary inside the other (Green's
    theorem, no polygon built), after dropping pairs separated by an edge line. Pairs
    whose edges run along each other (shared or snapped boundaries, duplicates) are
    clipped instead: there the crossing points of nearly parallel lines are too
    uncertain for adding up boundary parts, while a clipped polygon stays exact.
    """
    out = np.zeros(len(an))
    if len(an) == 0:
        return out
    ab, ba = _sides(ax, ay, bx, by), _sides(bx, by, ax, ay)
    wa, wb = ax.shape[0] - 1, bx.shape[0] - 1
    vertex_a = np.arange(wa + 1)[:, None] < an[None, :]
    vertex_b = np.arange(wb + 1)[:, None] < bn[None, :]
    apart = ((np.where(vertex_a[:, None], ab, -1.0) < 0).all(axis=0) & vertex_b[:wb]).any(axis=0)
    apart |= ((np.where(vertex_b[:, None], ba, -1.0) < 0).all(axis=0) & vertex_a[:wa]).any(axis=0)
    keep = np.flatnonzero(~apart)
    if len(keep) < len(an):
        ax, ay, an, bx, by, bn = ax[:, keep], ay[:, keep], an[keep], bx[:, keep], by[:, keep], bn[keep]
        ab, ba = ab[..., keep], ba[..., keep]
    along = _near_lines(ab, an, bx, by, bn) | _near_lines(ba, bn, ax, ay, an)
    if along.any():
        clean = np.flatnonzero(~along)
        out[keep[clean]] = 0.5 * (
            _inside_parts(ax[:, clean], ay[:, clean], an[clean], bx[:, clean], by[:, clean], bn[clean], ab[..., clean])
            + _inside_parts(bx[:, clean], by[:, clean], bn[clean], ax[:, clean], ay[:, clean], an[clean],
                            ba[..., clean]))
    else:
        out[keep] = 0.5 * (_inside_parts(ax, ay, an, bx, by, bn, ab) + _inside_parts(bx, by, bn, ax, ay, an, ba))
        return out
    tricky = np.flatnonzero(along)
    if len(tricky):
        px, py, pn = clip_convex(ax[:, tricky], ay[:, tricky], an[tricky], bx[:, tricky], by[:, tricky], bn[tricky])
        out[keep[tricky]] = np.where(pn >= 3, signed_areas(px, py, pn), 0.0)
    return out


def _areas(ax, ay, an, bx, by, bn) -> np.ndarray:
    out = _chunked(intersection_areas, len(an), ax, ay, an, bx, by, bn)
    return np.concatenate(out) if isinstance(out, list) else out


def earlier_overlap_m2(x: np.ndarray, y: np.ndarray, n: np.ndarray, owners: np.ndarray, neighbours: np.ndarray,
                       max_depth: int = MAX_DEPTH) -> Tuple[np.ndarray, np.ndarray]:
    """For each owner polygon, the area it shares with the union of its neighbours.

    ``owners`` and ``neighbours`` list pairs (polygon, one of its earlier neighbours),
    sorted by owner. The shared area is found by inclusion-exclusion on pieces: owner∩A,
    minus owner∩A∩B, plus ..., each piece one more convex clip. Only the area of a
    piece is needed unless it meets another neighbour of its owner, so pieces are built
    as polygons only then; empty pieces stop growing, and the work follows the overlaps.

    Returns ``(overlap_m2, too_deep)`` per polygon; ``too_deep`` marks owners whose
    stack of overlaps is deeper than ``max_depth`` (their figure is incomplete).
    """
    count = len(n)
    overlap = np.zeros(count)
    too_deep = np.zeros(count, dtype=bool)
    if len(owners) == 0:
        return overlap, too_deep
    run_end = np.searchsorted(owners, owners, side="right")
    # Subjects: at first the owners themselves, then pieces; clipping rings: neighbours.
    ox, oy = x[0, owners], y[0, owners]
    sx, sy, sn = x[:, owners] - ox, y[:, owners] - oy, n[owners]
    piece_owner, piece_last = owners, np.arange(len(owners))
    sign = 1.0
    depth = 1
    while True:
        other = neighbours[piece_last]
        ox, oy = x[0, piece_owner], y[0, piece_owner]
        cx, cy, cn = x[:, other] - ox, y[:, other] - oy, n[other]
        area = _areas(sx, sy, sn, cx, cy, cn)
        kept = area > EMPTY_M2
        overlap += sign * np.bincount(piece_owner[kept], weights=area[kept], minlength=count)
        grow = np.where(kept, run_end[piece_last] - piece_last - 1, 0)
        if grow.sum() == 0:
            break
        if depth >= max_depth:
            too_deep[np.unique(piece_owner[grow > 0])] = True
            break
        need = grow > 0
        px, py, pn = _clips(sx[:, need], sy[:, need], sn[need], cx[:, need], cy[:, need], cn[need])
        grow, owner_of, last_of = grow[need], piece_owner[need], piece_last[need]
        parent = np.repeat(np.arange(len(pn)), grow)
        step = np.arange(len(parent)) - np.repeat(np.cumsum(grow) - grow, grow) + 1
        sx, sy, sn = px[:, parent], py[:, parent], pn[parent]
        piece_owner, piece_last = owner_of[parent], last_of[parent] + step
        sign = -sign
        depth += 1
    return overlap, too_deep
