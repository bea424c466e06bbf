"""The land each convex polygon adds to the union of those released before it, from
the polygons' boundaries alone (Green's theorem): no clipped pieces, no fragments.

Add the polygons one at a time in release order. The area the union gains when polygon
``k`` comes is half the change of the boundary integral of ``x dy - y dx``: plus the
parts of ``k``'s edges no earlier polygon covers, minus the parts of the earlier
polygons' edges that ``k`` is the first to cover. So every stretch of every edge is
charged to at most two polygons: to its own polygon unless a polygon before it covers
the stretch, and then (negatively) to the first later polygon covering it. Along one
straight edge ``p + t d`` the integral over ``[t0, t1]`` is ``(t1 - t0) cross(p, d)``:
only the lengths of stretches, in ``t``, are needed.

An edge inside a convex polygon is one interval of ``t``. The intervals the polygons
overlapping an edge's own leave on it are numbered in release order, one bit each; the
ends of the intervals sorted along the edge, a running exclusive-or of their bits gives
the polygons covering each stretch between two ends, and its lowest bit the first of
them. The work is a few operations per overlapping pair and edge, whatever the depth of
the stack of records on the same ground.

Edges along each other (duplicates, shared or snapped boundaries) follow one rule: an
edge lying on another polygon's edge running the same way is covered by it when that
polygon came first (the earliest of identical boundaries stays); running the opposite
way (two polygons side by side) it is covered (the shared line is inside the union).
Every charge to a polygon is measured about that polygon's first vertex, so all the
terms of its figure share one origin and the numbers stay small.
"""

from typing import Callable, List, Optional, Tuple

import numpy as np

from ..geo.overlay_kernel import ON_LINE_M

#: Directed pairs (edge owner, polygon that may cover its edges) handled together.
_PAIRS_PER_PASS = 1 << 15
#: Bits of one word of the masks of covering polygons.
_WORD = 64


def added_area_m2(x: np.ndarray, y: np.ndarray, n: np.ndarray, rank: np.ndarray, first: np.ndarray,
                  second: np.ndarray, own_area: np.ndarray) -> np.ndarray:
    """For each polygon, the area it adds to the union of the polygons before it.

    ``x``, ``y``, ``n``: closed counter-clockwise convex rings (``overlay_kernel``'s
    layout); ``rank``: the release order of each polygon (distinct values); ``first``,
    ``second``: the pairs of polygons whose boxes overlap (each pair once, any order);
    ``own_area``: the area of each ring. Polygons without pairs add their own area.
    """
    added = np.array(own_area, dtype=float, copy=True)
    _owner, _cover, passes = pair_passes(*directed_pairs(first, second, len(n)), len(n))
    return added - covered_m2(x, y, n, rank, passes)


def directed_pairs(first: np.ndarray, second: np.ndarray, count: int) -> Tuple[np.ndarray, np.ndarray]:
    """``(owner, cover)``: each pair both ways (edge owner, polygon that may cover its
    edges), in 32-bit rows when they fit."""
    index = np.int32 if count < 2 ** 31 else np.int64
    return np.concatenate([first, second]).astype(index), np.concatenate([second, first]).astype(index)


def pair_passes(owner: np.ndarray, cover: np.ndarray, count: int) -> Tuple[np.ndarray, np.ndarray, List[Tuple]]:
    """The directed pairs gathered by owner, and the passes over them: runs of about
    ``_PAIRS_PER_PASS`` pairs holding every pair of their owners. Owners are gathered in
    blocks of consecutive rows sorted on a 16-bit key (a radix sort, linear in time);
    each pass sorts its own pairs (``covered_m2``)."""
    shift = max(0, int(count - 1).bit_length() - 16)
    order = np.argsort((owner >> shift).astype(np.uint16), kind="stable")
    owner = owner.take(order)
    cover = cover.take(order)
    del order
    block = owner >> shift
    marks = np.arange(_PAIRS_PER_PASS, len(block), _PAIRS_PER_PASS)
    cuts = np.unique(np.r_[0, np.searchsorted(block, block.take(marks), side="left"), len(block)])
    del block
    return owner, cover, [(owner[a:b], cover[a:b]) for a, b in zip(cuts[:-1], cuts[1:])]


def covered_m2(x: np.ndarray, y: np.ndarray, n: np.ndarray, rank: np.ndarray, passes: List[Tuple],
               out: Optional[np.ndarray] = None, stop: Optional[Callable[[], bool]] = None) -> np.ndarray:
    """Per polygon, its own area less the land it adds to those before it (the charges of
    the module's notes), from the ``passes`` of ``pair_passes``; added into ``out``.
    ``stop`` is asked before each pass (cancelled: the figures are incomplete)."""
    charged = np.zeros(len(n)) if out is None else out
    x, y = np.ascontiguousarray(x), np.ascontiguousarray(y)  # read flat below (no copy: they are)
    top = int(rank.max(initial=0)) + 1
    rings, amounts = [], []
    for owner, cover in passes:
        if stop is not None and stop():
            break
        jj, ii = owner.astype(np.int64), cover.astype(np.int64)
        # By owner, then by the coverer's release order (the order of the bits below).
        order = np.argsort((jj - jj.min()) * top + rank.take(ii))
        part = _charges(x, y, n, rank, jj.take(order), ii.take(order))
        rings.append(part[0])
        amounts.append(part[1])
    if rings:
        charged += np.bincount(np.concatenate(rings), weights=np.concatenate(amounts), minlength=len(n))
    return charged


@np.errstate(divide="ignore", invalid="ignore")
def _intervals(x, y, n, rank, jj, ii):
    """Per directed pair and edge ``a`` of ring ``jj``: the interval ``[lo, hi]`` of the
    edge inside ring ``ii`` (arrays ``(width, pairs)``) and whether it is not empty.

    One edge line of ring ``ii`` at a time, so that every NumPy operation runs along
    the pairs (operations broadcast over the few vertices run many times slower)."""
    n_j, n_i = n.take(jj), n.take(ii)
    w = int(max(n_j.max(), n_i.max()))
    # (take: several times faster than fancy indexing here)
    ax, ay = x[:w + 1].take(jj, axis=1), y[:w + 1].take(jj, axis=1)
    bx, by = x[:w + 1].take(ii, axis=1), y[:w + 1].take(ii, axis=1)
    bx -= ax[0]
    by -= ay[0]
    ax -= ax[0].copy()
    ay -= ay[0].copy()
    dax, day = ax[1:] - ax[:w], ay[1:] - ay[:w]
    later = rank.take(ii) > rank.take(jj)
    count = len(jj)
    lo = np.zeros((w, count))
    hi = np.ones((w, count))
    blocked = np.zeros((w, count), dtype=bool)
    for g in range(w):
        ex, ey = bx[g + 1] - bx[g], by[g + 1] - by[g]
        reach = np.sqrt(ex * ex + ey * ey)
        # An edge past the ring's last vertex (or of no length) bounds nothing.
        bounds = (g < n_i) & (reach > 0)
        every = bounds.all()
        reach *= ON_LINE_M
        # Side of each vertex of ring jj to this edge line of ring ii: +1 inside, -1
        # outside, 0 on the line (within ON_LINE_M).
        sides = ex * ay
        sides -= ey * ax
        sides -= ex * by[g] - ey * bx[g]
        code = (sides > reach).view(np.int8) - (sides < -reach).view(np.int8)
        c0, c1 = code[:w], code[1:]
        # Wholly outside the line (touching it at most): not inside this ring.
        stop = c0 + c1 < 0
        along = (c0 | c1) == 0
        if not every:
            stop &= bounds
            along &= bounds
        if along.any():
            # Along an edge line of ring ii: covered unless it runs the same way and ii
            # came later.
            at = np.flatnonzero(along)
            p_at = at % count
            same_way = dax.take(at) * ex.take(p_at) + day.take(at) * ey.take(p_at) > 0
            stop.ravel()[at[same_way & later.take(p_at)]] = True
        blocked |= stop
        # Where the edge enters or leaves the line's inner side, t = s0 / (s0 - s1); the
        # products by the masks are zero elsewhere, or NaN where s0 = s1 (fmax and fmin
        # pass over NaN).
        s0 = sides[:w]
        t = s0 / (s0 - sides[1:])
        step = c1 - c0
        entering = step == 2
        leaving = step == -2
        if not every:
            entering &= bounds
            leaving &= bounds
        np.fmax(lo, t * entering, out=lo)
        t -= 1.0
        t *= leaving
        t += 1.0
        np.fmin(hi, t, out=hi)
    keep = ~blocked
    keep &= lo < hi
    if not (n_j == w).all():
        keep &= np.arange(w)[:, None] < n_j[None, :]
    return lo, hi, keep


def _charges(x, y, n, rank, jj, ii):
    """``(rings, m2)``: the charges of the stretches of the edges of rings ``jj`` (whole
    runs of pairs per ring) covered by rings ``ii``, to be taken off those rings."""
    lo, hi, keep = _intervals(x, y, n, rank, jj, ii)
    # Records by edge (edge index, then ring: pairs come sorted by ring then by the
    # coverer's release order, so within an edge the records follow that order).
    at_record = np.flatnonzero(keep)
    if len(at_record) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    edge, pair = np.divmod(at_record, len(jj))
    cover = ii.take(pair)
    r_lo, r_hi = lo.take(at_record), hi.take(at_record)
    count = len(pair)
    ring = jj.take(pair)
    new_edge = np.r_[True, (edge[1:] != edge[:-1]) | (ring[1:] != ring[:-1])]
    head = np.flatnonzero(new_edge)
    group = np.cumsum(new_edge) - 1
    size = np.diff(np.r_[head, count])
    bit = np.arange(count) - head.take(group)
    owner = ring.take(head)
    # How many of an edge's intervals come from polygons before its own.
    earlier = np.bincount(group, weights=rank.take(cover) < rank.take(ring), minlength=len(head)).astype(np.int64)
    words = int(size.max() - 1) // _WORD + 1

    # Ends of the intervals along each edge: a running exclusive-or of their bits gives,
    # between two ends, the set of intervals covering the stretch (each edge's ends cancel).
    # Each edge's ends side by side (its starts, then its ends), sorted by edge then by
    # place in one key (places lie in [0, 1]): the keys come in runs already sorted by
    # edge, which the stable sort (a merge sort) takes much faster.
    slot = np.empty(2 * count, dtype=np.int64)
    start = 2 * head.take(group) + bit
    slot[start] = np.arange(count)
    slot[start + size.take(group)] = np.arange(count)
    at = np.empty(2 * count)
    at[start] = r_lo
    at[start + size.take(group)] = r_hi
    g = np.repeat(np.arange(len(head)), 2 * size)
    order = np.argsort(2.0 * g + at, kind="stable")
    at, record = at.take(order), slot.take(order)
    del order, slot
    event_bit = bit.take(record)
    if words == 1:
        masks = np.left_shift(np.uint64(1), event_bit.astype(np.uint64))[:, None]
    else:
        masks = np.zeros((2 * count, words), dtype=np.uint64)
        masks.ravel()[np.arange(2 * count) * words + event_bit // _WORD] = np.left_shift(
            np.uint64(1), (event_bit % _WORD).astype(np.uint64))
    np.bitwise_xor.accumulate(masks, axis=0, out=masks)
    length = np.r_[at[1:] - at[:-1], 0.0]
    length[np.r_[g[1:] != g[:-1], True]] = 0.0
    covered = np.flatnonzero((length > 0) & masks.any(axis=1))
    first = _lowest_bit(masks[covered])
    g, length = g.take(covered), length.take(covered)
    by_earlier = first < earlier.take(g)

    # The edge's start about its ring's first vertex, and its direction.
    column = edge.take(head) * x.shape[1] + owner
    ox, oy = x.take(owner), y.take(owner)
    px, py = x.take(column) - ox, y.take(column) - oy
    dx, dy = x.take(column + x.shape[1]) - ox - px, y.take(column + x.shape[1]) - oy - py
    # Covered before its ring came: off that ring's boundary.
    own = g[by_earlier]
    own_m2 = 0.5 * length[by_earlier] * (px.take(own) * dy.take(own) - py.take(own) * dx.take(own))
    # First covered by a later polygon: taken off that polygon, about its first vertex.
    later = np.flatnonzero(~by_earlier)
    e = g.take(later)
    target = cover.take(head.take(e) + first.take(later))
    qx = px.take(e) - (x.take(target) - ox.take(e))
    qy = py.take(e) - (y.take(target) - oy.take(e))
    later_m2 = 0.5 * length.take(later) * (qx * dy.take(e) - qy * dx.take(e))
    return np.concatenate([owner.take(own), target]), np.concatenate([own_m2, later_m2])


def _lowest_bit(masks: np.ndarray) -> np.ndarray:
    """Index of the lowest set bit of each row of ``masks`` (words of ``_WORD`` bits)."""
    if masks.shape[1] == 1:
        word, value = 0, masks[:, 0]
    else:
        word = (masks != 0).argmax(axis=1)
        value = masks[np.arange(len(masks)), word]
    lowest = value & (~value + np.uint64(1))
    # A power of two as a double: its exponent is the bit's index.
    return word * _WORD + (lowest.astype(np.float64).view(np.int64) >> 52) - 1023
