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


def line_sides(x: np.ndarray, y: np.ndarray, ax, ay, dx, dy) -> np.ndarray:
    """Side of each vertex to the line through ``(ax, ay)`` with direction ``(dx, dy)``:
    positive on its left, 0 within ``ON_LINE_M`` of it."""
    side = dx * (y - ay) - dy * (x - ax)
    side[np.abs(side) <= ON_LINE_M * np.hypot(dx, dy)] = 0.0
    return side


def clip_half_plane(x: np.ndarray, y: np.ndarray, n: np.ndarray, ax, ay, dx, dy):
    """Rings cut to the half-plane left of the line through ``(ax, ay)`` with direction
    ``(dx, dy)`` (one Sutherland-Hodgman step; all arguments per ring). A vertex on the
    line counts as inside."""
    return clip_by_side(x, y, n, line_sides(x, y, ax, ay, dx, dy))


def clip_by_side(x: np.ndarray, y: np.ndarray, n: np.ndarray, side: np.ndarray):
    """Rings cut to where ``side`` (per vertex, from ``line_sides``) is not negative."""
    return split_by_side(x, y, n, side, outside=False)[0]


def split_by_side(x: np.ndarray, y: np.ndarray, n: np.ndarray, side: np.ndarray, outside: bool = True):
    """Rings cut to where ``side`` is not negative and, with ``outside``, to where it is not
    positive: both from one set of crossing points (a vertex on the line goes to both)."""
    width = x.shape[0] - 1
    if width <= 0:  # rings emptied by an earlier cut
        nothing = (np.zeros((1, len(n))), np.zeros((1, len(n))), np.zeros(len(n), dtype=np.int64))
        return nothing, nothing
    s0, s1 = side[:width], side[1:]
    valid = _valid(n, width)
    # Strictly from one side to the other: a vertex on the line is emitted once, as itself.
    crossing = valid & (((s0 > 0) & (s1 < 0)) | ((s0 < 0) & (s1 > 0)))
    with np.errstate(divide="ignore", invalid="ignore"):
        t = s0 / (s0 - s1)
    t[~crossing] = 0.0
    x0, y0 = x[:width], y[:width]
    # Each edge of the ring gives its start vertex if on the kept side, then the crossing.
    slots_x = np.empty((2 * width, len(n)))
    slots_y = np.empty_like(slots_x)
    slots_x[0::2], slots_y[0::2] = x0, y0
    slots_x[1::2] = x0 + t * (x[1:] - x0)
    slots_y[1::2] = y0 + t * (y[1:] - y0)
    keep = np.empty(slots_x.shape, dtype=bool)
    keep[1::2] = crossing
    keep[0::2] = (s0 >= 0) & valid
    inside = _gather_slots(slots_x, slots_y, keep)
    if not outside:
        return inside, None
    keep[0::2] = (s0 <= 0) & valid
    return inside, _gather_slots(slots_x, slots_y, keep)


def _gather_slots(slots_x: np.ndarray, slots_y: np.ndarray, keep: np.ndarray):
    position = np.cumsum(keep, axis=0) - 1
    n = position[-1] + 1
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


#: Owners with at most this many earlier neighbours go by inclusion-exclusion (at most
#: 2^3 - 1 pieces, mostly areas without any polygon built), the others by fragments.
FEW_NEIGHBOURS = 3
#: Pairs handled together by ``earlier_overlap_m2`` (whole owners): bounded memory.
_PAIRS_PER_PASS = 16384


def earlier_overlap_m2(x: np.ndarray, y: np.ndarray, n: np.ndarray, owners: np.ndarray, neighbours: np.ndarray,
                       max_depth: int = MAX_DEPTH) -> Tuple[np.ndarray, np.ndarray]:
    """For each owner polygon, the area it shares with the union of its neighbours.

    ``owners`` and ``neighbours`` list pairs (polygon, one of its earlier neighbours),
    sorted by owner. Each owner takes the cheaper way: inclusion-exclusion when it has
    few neighbours (``inclusion_exclusion_m2``), otherwise its fragments left outside
    each neighbour in turn (``uncovered_m2``), whose work grows with the pieces of land
    actually left, not with the number of ways the neighbours overlap. Pairs are taken a
    bounded number at a time, whole owners together, so memory does not grow with them.

    Returns ``(overlap_m2, too_deep)`` per polygon; ``too_deep`` marks owners whose
    stack of overlaps is deeper than ``max_depth`` (their figure is incomplete).
    """
    count = len(n)
    overlap = np.zeros(count)
    too_deep = np.zeros(count, dtype=bool)
    raw = np.searchsorted(owners, owners, side="right") - np.searchsorted(owners, owners, side="left")
    few = raw <= FEW_NEIGHBOURS
    few_owners, few_neighbours = owners[few], neighbours[few]
    for rows in _owner_passes(few_owners, _PAIRS_PER_PASS):
        part, deep = inclusion_exclusion_m2(x, y, n, few_owners[rows], few_neighbours[rows], max_depth)
        overlap += part
        too_deep |= deep
    # Owners with as many neighbours side by side: every step of a pass then works on
    # about as many fragments as the first (no long tail of steps for a few owners).
    many = np.flatnonzero(~few)
    many = many[np.lexsort((owners[many], raw[many]))]
    many_owners, many_neighbours = owners[many], neighbours[many]
    del many
    for rows in _owner_passes(many_owners, 2 * _PAIRS_PER_PASS):
        pass_owners, pass_neighbours = many_owners[rows], many_neighbours[rows]
        # The neighbours most over the owner first: the fragments left shrink soonest.
        box_o = ring_boxes(x[:, pass_owners], y[:, pass_owners], n[pass_owners])
        box_n = ring_boxes(x[:, pass_neighbours], y[:, pass_neighbours], n[pass_neighbours])
        weight = np.clip(np.minimum(box_o[2], box_n[2]) - np.maximum(box_o[0], box_n[0]), 0, None) * \
            np.clip(np.minimum(box_o[3], box_n[3]) - np.maximum(box_o[1], box_n[1]), 0, None)
        order = np.lexsort((-weight, pass_owners))
        own = np.unique(pass_owners)
        left = uncovered_m2(x, y, n, pass_owners[order], pass_neighbours[order])
        overlap[own] += signed_areas(x[:, own] - x[0, own], y[:, own] - y[0, own], n[own]) - left[own]
    return overlap, too_deep


def _screen(x: np.ndarray, y: np.ndarray, n: np.ndarray, owners: np.ndarray, neighbours: np.ndarray):
    """Per pair: whether the convex polygons overlap (not only their boxes), whether the
    neighbour covers the owner whole, and the area of their boxes' overlap."""
    parts = [_screen_part(x, y, n, owners[k:k + _CHUNK], neighbours[k:k + _CHUNK])
             for k in range(0, len(owners), _CHUNK)]
    return tuple(np.concatenate([p[k] for p in parts]) for k in range(3))


def _screen_part(x, y, n, owners, neighbours):
    origin_x, origin_y = x[0, owners], y[0, owners]
    ax, ay, an = x[:, owners] - origin_x, y[:, owners] - origin_y, n[owners]
    bx, by, bn = x[:, neighbours] - origin_x, y[:, neighbours] - origin_y, n[neighbours]
    ab, ba = _sides(ax, ay, bx, by), _sides(bx, by, ax, ay)
    wa, wb = ax.shape[0] - 1, bx.shape[0] - 1
    la = np.hypot(ax[1:] - ax[:wa], ay[1:] - ay[:wa])
    lb = np.hypot(bx[1:] - bx[:wb], by[1:] - by[:wb])
    ab[np.abs(ab) <= ON_LINE_M * lb[None]] = 0.0
    ba[np.abs(ba) <= ON_LINE_M * la[None]] = 0.0
    vertex_a = (np.arange(wa + 1)[:, None] < an[None, :])[:, None]
    vertex_b = (np.arange(wb + 1)[:, None] < bn[None, :])[:, None]
    edge_a = (np.arange(wa)[:, None] < an[None, :]) & (la > 0)
    edge_b = (np.arange(wb)[:, None] < bn[None, :]) & (lb > 0)
    apart = ((np.where(vertex_a, ab, -1.0) <= 0).all(axis=0) & edge_b).any(axis=0)
    apart |= ((np.where(vertex_b, ba, -1.0) <= 0).all(axis=0) & edge_a).any(axis=0)
    covers = (np.where(vertex_a & edge_b[None], ab, 1.0) >= 0).all(axis=(0, 1)) & ~apart
    box_a, box_b = ring_boxes(ax, ay, an), ring_boxes(bx, by, bn)
    weight = np.clip(np.minimum(box_a[2], box_b[2]) - np.maximum(box_a[0], box_b[0]), 0, None) * \
        np.clip(np.minimum(box_a[3], box_b[3]) - np.maximum(box_a[1], box_b[1]), 0, None)
    return ~apart, covers, weight


def _owner_passes(owners: np.ndarray, size: int):
    """Index ranges of ``owners`` (each owner's pairs side by side), about ``size`` long,
    never cutting an owner's run."""
    run_start = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]]) if len(owners) else np.zeros(0, np.int64)
    start = 0
    while start < len(owners):
        at = int(np.searchsorted(run_start, start + size, side="left"))  # start is a run's start
        stop = int(run_start[at]) if at < len(run_start) else len(owners)
        yield np.arange(start, stop)
        start = stop


def _stack(parts) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rings of several ``(x, y, n)`` side by side, padded to the widest."""
    parts = [p for p in parts if len(p[2])]
    if not parts:
        return np.zeros((1, 0)), np.zeros((1, 0)), np.zeros(0, dtype=np.int64)
    width = max(p[0].shape[0] for p in parts)
    return (np.concatenate([_pad(p[0], width) for p in parts], axis=1),
            np.concatenate([_pad(p[1], width) for p in parts], axis=1), np.concatenate([p[2] for p in parts]))


def ring_boxes(x: np.ndarray, y: np.ndarray, n: np.ndarray) -> Tuple[np.ndarray, ...]:
    """``(xmin, ymin, xmax, ymax)`` of each ring (infinite for a ring of no vertex)."""
    valid = np.arange(x.shape[0])[:, None] < n[None, :]
    return (np.where(valid, x, np.inf).min(axis=0), np.where(valid, y, np.inf).min(axis=0),
            np.where(valid, x, -np.inf).max(axis=0), np.where(valid, y, -np.inf).max(axis=0))


def uncovered_m2(x: np.ndarray, y: np.ndarray, n: np.ndarray, owners: np.ndarray,
                 neighbours: np.ndarray) -> np.ndarray:
    """For each owner polygon, the area of it outside the union of its neighbours.

    ``owners`` and ``neighbours`` are pairs sorted by owner. Each owner starts as one
    fragment; each neighbour in turn leaves every fragment it meets as the disjoint convex
    pieces outside it (outside its first edge line; inside that one and outside the
    second; ...; only the edge lines that cross the fragment cut), drops the fragments it
    covers and leaves the others as they are. An identical or enclosing neighbour ends the
    owner at once; the work follows the pieces of land left, whatever the depth of the
    stack. All owners advance together, one neighbour each per step, in local
    coordinates (the owner's first vertex).
    """
    left = np.zeros(len(n))
    if len(owners) == 0:
        return left
    run_start = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
    run_end = np.r_[run_start[1:], len(owners)]
    own = owners[run_start]
    origin_x, origin_y = x[0, own], y[0, own]
    used, pick = np.unique(neighbours, return_inverse=True)
    used_box = np.array(ring_boxes(x[:, used], y[:, used], n[used]))
    fx, fy, fn = x[:, own] - origin_x, y[:, own] - origin_y, n[own].astype(np.int64)
    fbox = np.array(ring_boxes(fx, fy, fn))
    run = np.arange(len(own))  # the run (owner) of each fragment
    at = run_start.copy()  # the pair of its next neighbour
    left_of_run = np.zeros(len(own))
    while len(fn):
        box = used_box[:, pick[at]] - np.array([origin_x, origin_y, origin_x, origin_y])[:, run]
        meets = (fbox[0] < box[2]) & (box[0] < fbox[2]) & (fbox[1] < box[3]) & (box[1] < fbox[3])
        test = np.flatnonzero(meets)
        if len(test):
            other, base = neighbours[at[test]], run[test]
            ux, uy, un = x[:, other] - origin_x[base], y[:, other] - origin_y[base], n[other]
            tx, ty, tn = fx[:, test], fy[:, test], fn[test]
            apart, covered, crosses = _relation(tx, ty, tn, ux, uy, un)
            wc = ux.shape[0] - 1
            stays = np.concatenate([np.flatnonzero(~meets), test[apart & ~covered]])
            cut = np.flatnonzero(~apart & ~covered)
            # A fragment at its owner's last neighbour needs only the area that neighbour
            # leaves of it, not its pieces (Green's theorem, no polygon built).
            last = at[test[cut]] + 1 == run_end[base[cut]]
            if last.any():
                end, cut = cut[last], cut[~last]
                kept = signed_areas(tx[:, end], ty[:, end], tn[end]) - intersection_areas(
                    tx[:, end], ty[:, end], tn[end], ux[:, end], uy[:, end], un[end])
                left_of_run += np.bincount(base[end], weights=kept, minlength=len(own))
            pieces = [(fx[:, stays], fy[:, stays], fn[stays])]
            piece_of, boxes = [stays], [fbox[:, stays]]
            if len(cut):
                # Edge lines with a vertex of the fragment strictly outside: only they cut it.
                crosses = crosses[:, cut]
                px, py, pn = tx[:, cut], ty[:, cut], tn[cut]
                ux, uy = ux[:, cut], uy[:, cut]
                for e in range(wc):
                    cols = np.flatnonzero(crosses[e])
                    if len(cols) == 0:
                        continue
                    sx, sy, sn = px[:, cols], py[:, cols], pn[cols]
                    side = line_sides(sx, sy, ux[e, cols], uy[e, cols], ux[e + 1, cols] - ux[e, cols],
                                       uy[e + 1, cols] - uy[e, cols])
                    (ix, iy, inside_n), (ox, oy, on) = split_by_side(sx, sy, sn, side)
                    kept = (on >= 3) & (signed_areas(ox, oy, on) > EMPTY_M2)
                    ox, oy, on = ox[:, kept], oy[:, kept], on[kept]
                    pieces.append((ox, oy, on))
                    piece_of.append(test[cut[cols[kept]]])
                    boxes.append(np.array(ring_boxes(ox, oy, on)).reshape(4, -1))
                    pn[cols] = inside_n
                    if ix.shape[0] > px.shape[0]:
                        px, py = _pad(px, ix.shape[0]), _pad(py, ix.shape[0])
                    px[:, cols], py[:, cols] = _pad(ix, px.shape[0]), _pad(iy, px.shape[0])
            fx, fy, fn = _stack(pieces)
            fbox = np.concatenate(boxes, axis=1)
            source = np.concatenate(piece_of)
            run, at = run[source], at[source]
        at = at + 1
        done = at == run_end[run]
        if done.any():
            area = signed_areas(fx[:, done], fy[:, done], fn[done])
            left_of_run += np.bincount(run[done], weights=area, minlength=len(own))
            keep = ~done
            fx, fy, fn, fbox, run, at = fx[:, keep], fy[:, keep], fn[keep], fbox[:, keep], run[keep], at[keep]
    left[own] = left_of_run
    return left


def _relation(tx, ty, tn, ux, uy, un) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per pair of convex rings T and U: whether an edge line of U leaves T wholly outside,
    whether U covers T, and which edge lines of U have a vertex of T strictly outside."""
    out = _chunked(_relation_part, len(tn), tx, ty, tn, ux, uy, un)
    if not isinstance(out, list):
        return out
    return (np.concatenate([p[0] for p in out]), np.concatenate([p[1] for p in out]),
            np.concatenate([p[2] for p in out], axis=1))


def _relation_part(tx, ty, tn, ux, uy, un):
    sides = _sides(tx, ty, ux, uy)
    wc = ux.shape[0] - 1
    length = np.hypot(ux[1:] - ux[:wc], uy[1:] - uy[:wc])
    sides[np.abs(sides) <= ON_LINE_M * length[None]] = 0.0
    vertex = (np.arange(tx.shape[0])[:, None] < tn[None, :])[:, None]
    edge = (np.arange(wc)[:, None] < un[None, :]) & (length > 0)
    apart = ((np.where(vertex, sides, -1.0) <= 0).all(axis=0) & edge).any(axis=0)
    covered = (np.where(vertex & edge[None], sides, 1.0) >= 0).all(axis=(0, 1))
    crosses = (np.where(vertex, sides, 1.0) < 0).any(axis=0) & edge
    return apart, covered, crosses


def _pad(values: np.ndarray, rows: int) -> np.ndarray:
    """Rings given more (zero) rows (``np.pad`` costs more than the copy for small arrays)."""
    if values.shape[0] == rows:
        return values
    out = np.zeros((rows, values.shape[1]))
    out[:values.shape[0]] = values
    return out


def inclusion_exclusion_m2(x: np.ndarray, y: np.ndarray, n: np.ndarray, owners: np.ndarray,
                           neighbours: np.ndarray, max_depth: int = MAX_DEPTH) -> Tuple[np.ndarray, np.ndarray]:
    """``earlier_overlap_m2`` by inclusion-exclusion on pieces: owner∩A, minus owner∩A∩B,
    plus ..., each piece one more convex clip. Only the area of a piece is needed unless
    it meets another neighbour of its owner, so pieces are built as polygons only then;
    empty pieces stop growing. Cheap for an owner with a few neighbours, but a stack of k
    neighbours all over each other makes 2^k pieces.

    Returns ``(overlap_m2, too_deep)``; ``too_deep`` marks owners whose stack of overlaps
    is deeper than ``max_depth`` (their figure is incomplete).
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
