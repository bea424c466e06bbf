"""Many small polygons as NumPy arrays, straight from their WKB.

Reading 100,000 polygons into ``QgsGeometry`` objects alone costs more than the whole
overlay done here, so the common case (one ring, no holes, a few vertices) is decoded
with NumPy directly from the WKB bytes. Everything else (holes, several parts, curves,
invalid rings) is kept as ``QgsGeometry`` and goes the general way.

Also here: which bounding boxes overlap (a uniform grid, all pairs at once), and
points from WKB.
"""

import struct
import threading
from collections import deque
from concurrent.futures import Executor
from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Dict, Iterator, Optional, Sequence, Tuple

import numpy as np
from qgis.core import QgsGeometry, QgsWkbTypes

from .equal_area import PlaneProjector
from .overlay_kernel import MAX_VERTICES, orient_convex, ring_boxes, signed_areas

# WKB type code -> bytes per coordinate (2D, Z, M, ZM polygons).
_POLYGON_STRIDE = {3: 16, 1003: 24, 2003: 24, 3003: 32}
_MULTIPOLYGON_PART = {6: 3, 1006: 1003, 2006: 2003, 3006: 3003}
_POINT_TYPES = {1, 1001, 2001, 3001}


def _u32(buf: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Little-endian unsigned 32-bit integers at byte offsets ``at``."""
    return _gather(buf, at, "<u4").astype(np.int64)


def _f64(buf: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Little-endian doubles at byte offsets ``at``."""
    return _gather(buf, at, "<f8")


def _gather(buf: np.ndarray, at: np.ndarray, dtype: str) -> np.ndarray:
    """Values of ``dtype`` at byte offsets ``at`` (any alignment): one view of the buffer
    per byte shift, then a plain gather from each."""
    size = np.dtype(dtype).itemsize
    out = np.empty(len(at), dtype=dtype)
    shift = at % size
    for r in range(size):
        rows = np.flatnonzero(shift == r)
        if len(rows):
            view = np.frombuffer(buf.data, dtype=dtype, count=(len(buf) - r) // size, offset=r)
            out[rows] = view[(at[rows] - r) // size]
    return out


def _concatenate(wkbs: Sequence[Optional[bytes]]):
    """``(buffer, starts, lengths)`` of the WKB (one buffer as the reader may keep them)."""
    packed = getattr(wkbs, "packed", None)
    if packed is not None:
        return packed()
    blobs = [b or b"" for b in wkbs]
    if blobs and not isinstance(blobs[0], bytes):
        blobs = [bytes(b) for b in blobs]
    lengths = np.fromiter(map(len, blobs), dtype=np.int64, count=len(blobs))
    buf = np.frombuffer(b"".join(blobs) + b"\0" * 32, dtype=np.uint8)  # slack for header reads
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
    return buf, starts, lengths


def decode_simple_polygons(wkbs: Sequence[Optional[bytes]], transform=None):
    """Single-ring polygons of at most ``MAX_VERTICES`` vertices, decoded from WKB.

    ``transform`` (arrays of x and y to arrays of x and y), if given, is applied to the
    coordinates as decoded, in one flat pass, before they are laid out in rings.

    Returns ``(simple, x, y, n)``: a mask of the geometries decoded, and for those the
    rings as ``overlay_kernel`` takes them (``n`` vertices, then the first again). Anything else
    (little-endian or not, holes, parts, curves) is left to ``QgsGeometry``.
    """
    count = len(wkbs)
    buf, starts, lengths = _concatenate(wkbs)
    simple = np.zeros(count, dtype=bool)
    coord_at = np.zeros(count, dtype=np.int64)
    stride = np.zeros(count, dtype=np.int64)
    points = np.zeros(count, dtype=np.int64)
    candidate = np.flatnonzero(lengths >= 13)
    candidate = candidate[buf[starts[candidate]] == 1]
    kind = _u32(buf, starts[candidate] + 1)

    for code, step in _POLYGON_STRIDE.items():  # Polygon: one ring
        rows = candidate[kind == code]
        rows = rows[_u32(buf, starts[rows] + 5) == 1]
        coord_at[rows], stride[rows], points[rows] = starts[rows] + 13, step, _u32(buf, starts[rows] + 9)
        simple[rows] = True
    for code, part in _MULTIPOLYGON_PART.items():  # MultiPolygon: one part of one ring
        rows = candidate[kind == code]
        rows = rows[(lengths[rows] >= 22) & (_u32(buf, starts[rows] + 5) == 1) & (buf[starts[rows] + 9] == 1)]
        rows = rows[(_u32(buf, starts[rows] + 10) == part) & (_u32(buf, starts[rows] + 14) == 1)]
        coord_at[rows], stride[rows] = starts[rows] + 22, _POLYGON_STRIDE[part]
        points[rows] = _u32(buf, starts[rows] + 18)
        simple[rows] = True

    # The bytes must end exactly where the ring does (no second ring or part follows).
    simple &= (coord_at + points * stride == starts + lengths) & (points >= 4) & (points - 1 <= MAX_VERTICES)
    rows = np.flatnonzero(simple)
    n = np.zeros(count, dtype=np.int64)
    width = int((points[rows] - 1).max()) if len(rows) else 3
    x = np.zeros((width + 1, count))
    y = np.zeros((width + 1, count))
    if len(rows):
        per_row = points[rows]
        row_of = np.repeat(rows, per_row)
        k = np.arange(len(row_of)) - np.repeat(np.cumsum(per_row) - per_row, per_row)
        at = coord_at[row_of] + k * stride[row_of]
        px, py = _f64(buf, at), _f64(buf, at + 8)
        last = np.cumsum(per_row) - 1
        first = last - per_row + 1
        closed = (px[first] == px[last]) & (py[first] == py[last])
        simple[rows[~closed]] = False
        keep = simple[row_of]
        if transform is not None:
            px, py = transform(px, py)
        x[k[keep], row_of[keep]] = px[keep]
        y[k[keep], row_of[keep]] = py[keep]
        n[rows] = np.where(closed, per_row - 1, 0)
    return simple, x, y, n


def decode_points(wkbs: Sequence[Optional[bytes]]) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(ok, x, y)`` of point geometries (a single-point multipoint counts as a point)."""
    count = len(wkbs)
    buf, starts, lengths = _concatenate(wkbs)
    ok = np.zeros(count, dtype=bool)
    x = np.full(count, np.nan)
    y = np.full(count, np.nan)
    rows = np.flatnonzero(lengths >= 21)
    rows = rows[buf[starts[rows]] == 1]
    kind = _u32(buf, starts[rows] + 1)
    plain = rows[np.isin(kind, list(_POINT_TYPES))]
    x[plain], y[plain] = _f64(buf, starts[plain] + 5), _f64(buf, starts[plain] + 13)
    ok[plain] = True
    multi = rows[np.isin(kind, [4, 1004, 2004, 3004])]
    multi = multi[(lengths[multi] >= 30) & (_u32(buf, starts[multi] + 5) == 1)]
    x[multi], y[multi] = _f64(buf, starts[multi] + 14), _f64(buf, starts[multi] + 22)
    ok[multi] = True
    ok &= np.isfinite(x) & np.isfinite(y)
    # Anything else (empty, collections): through QGIS.
    for k in np.flatnonzero(~ok & (lengths > 0)):
        geometry = QgsGeometry()
        geometry.fromWkb(bytes(wkbs[k]))
        if geometry.isEmpty() or QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PointGeometry:
            continue
        point = geometry.centroid().asPoint() if geometry.isMultipart() else geometry.asPoint()
        x[k], y[k], ok[k] = point.x(), point.y(), True
    return ok, x, y


def polygonal(geometry: QgsGeometry) -> QgsGeometry:
    """The polygonal part of a geometry, made valid (GEOS rules), curves segmentised."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    g = QgsGeometry(geometry)
    if QgsWkbTypes.isCurvedType(g.wkbType()):
        g.convertToStraightSegment()
    if QgsWkbTypes.hasZ(g.wkbType()) or QgsWkbTypes.hasM(g.wkbType()):
        g = QgsGeometry(g.constGet().clone())
        g.get().dropZValue()
        g.get().dropMValue()
    if not g.isGeosValid():
        g = g.makeValid()
    if QgsWkbTypes.geometryType(g.wkbType()) != QgsWkbTypes.PolygonGeometry:
        # A collection from makeValid: keep its polygons.
        parts = [p for p in g.asGeometryCollection()
                 if QgsWkbTypes.geometryType(p.wkbType()) == QgsWkbTypes.PolygonGeometry]
        g = QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()
    return g


def ring_wkb(x: np.ndarray, y: np.ndarray) -> bytes:
    """WKB of a polygon with one ring given without its closing vertex."""
    ring = np.empty((len(x) + 1, 2), dtype="<f8")
    ring[:-1, 0], ring[:-1, 1] = x, y
    ring[-1] = ring[0]
    return struct.pack("<BIII", 1, 3, 1, len(ring)) + ring.tobytes()


def ring_geometry(x: np.ndarray, y: np.ndarray) -> QgsGeometry:
    geometry = QgsGeometry()
    geometry.fromWkb(ring_wkb(x, y))
    return geometry


@dataclass
class PolygonArrays:
    """Polygons in the equal-area plane.

    ``x``, ``y`` hold the counter-clockwise rings of the polygons the NumPy kernel can
    take (``convex``), laid out as ``overlay_kernel`` wants them (one column per
    polygon); ``general`` holds the others as plane ``QgsGeometry``.
    ``bounds`` are ``(xmin, ymin, xmax, ymax)`` of every polygon; ``empty`` marks
    polygons without area (null or degenerate geometry).
    """

    x: np.ndarray
    y: np.ndarray
    n: np.ndarray
    convex: np.ndarray
    bounds: np.ndarray
    empty: np.ndarray
    general: Dict[int, QgsGeometry] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.n)

    def area_m2(self) -> np.ndarray:
        """Area of each polygon (before any overlap is removed)."""
        areas = np.zeros(len(self))
        rows = np.flatnonzero(self.convex)
        areas[rows] = self.ring_areas(rows)
        for k, geometry in self.general.items():
            areas[k] = geometry.area()
        return areas

    def ring_areas(self, rows: np.ndarray) -> np.ndarray:
        """Areas of the convex rings ``rows``, a bounded number at a time (flat memory)."""
        out = np.zeros(len(rows))
        for start in range(0, len(rows), _POLYGONS_PER_PASS):
            part = rows[start:start + _POLYGONS_PER_PASS]
            out[start:start + len(part)] = signed_areas(self.x[:, part], self.y[:, part], self.n[part])
        return out

    def geometry(self, k: int) -> QgsGeometry:
        """Polygon ``k`` as a plane ``QgsGeometry``."""
        if k in self.general:
            return self.general[k]
        if self.convex[k]:
            return ring_geometry(self.x[:self.n[k], k], self.y[:self.n[k], k])
        return QgsGeometry()


#: Polygons decoded and projected together: the temporaries of a pass stay small whatever
#: the size of the layer.
_POLYGONS_PER_PASS = 1 << 16
_POLYGONS_PER_THREAD_PASS = 1 << 14


def project_polygons(wkbs: Sequence[Optional[bytes]], projector: PlaneProjector,
                     source_geometries: Optional[Dict[int, QgsGeometry]] = None,
                     pool: Optional[Executor] = None) -> PolygonArrays:
    """Decode and project polygons given as WKB in the projector's CRS.

    ``source_geometries`` may give some polygons as ``QgsGeometry`` already (their WKB
    entry is then ignored). The polygons are taken ``_POLYGONS_PER_PASS`` at a time, so
    that memory grows with the coordinates kept, not with the work on them; the passes
    are shared among the threads of ``pool`` when one is given (a few at a time).
    """
    count = len(wkbs)
    x, y = np.zeros((4, count)), np.zeros((4, count))
    n = np.zeros(count, dtype=np.int64)
    convex = np.zeros(count, dtype=bool)
    bounds = np.zeros((count, 4), order="F")  # columns contiguous: read a column at a time
    # Smaller passes on a pool's threads: each thread keeps the memory of its largest pass.
    step = _POLYGONS_PER_PASS if pool is None else _POLYGONS_PER_THREAD_PASS
    starts = range(0, count, step)
    for start, (px, py, n_part, convex_part, box) in zip(starts, _passes(
            pool, lambda at: _project_simple(wkbs[at:at + step], projector), starts)):
        stop = start + len(n_part)
        n[start:stop], convex[start:stop], bounds[start:stop] = n_part, convex_part, box
        if px.shape[0] > x.shape[0]:
            x, y = _pad_rows(x, px.shape[0]), _pad_rows(y, px.shape[0])
        x[:px.shape[0], start:stop], y[:py.shape[0], start:stop] = px, py
        del px, py

    empty = np.zeros(count, dtype=bool)
    general: Dict[int, QgsGeometry] = {}
    given = source_geometries or {}
    for k in np.flatnonzero(~convex):
        k = int(k)
        if k in given:
            source = given[k]
        else:
            source = QgsGeometry()
            if wkbs[k]:
                source.fromWkb(bytes(wkbs[k]))
        geometry = polygonal(source)
        if geometry.isEmpty():
            empty[k] = True
            continue
        geometry = projector.geometry(geometry)
        if not geometry.isGeosValid():  # a valid ring can fold over when projected near a pole
            geometry = polygonal(geometry)
        if geometry.isEmpty() or geometry.area() <= 0:
            empty[k] = True
            continue
        general[k] = geometry
        box = geometry.boundingBox()
        bounds[k] = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    return PolygonArrays(x, y, n, convex, bounds, empty, general)


def _passes(pool: Optional[Executor], work: Callable, items: Sequence) -> Iterator:
    """``work(item)`` for each item, in order; on the threads of ``pool`` when given, at
    most two items ahead of the one being used (the results wait in memory)."""
    if pool is None:
        yield from map(work, items)
        return
    pending = deque()
    for item in items:
        pending.append(pool.submit(work, item))
        if len(pending) > 2:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _project_simple(wkbs: Sequence[Optional[bytes]], projector: PlaneProjector):
    """``(x, y, n, convex, bounds)`` of one pass: the convex single rings, projected and
    turned counter-clockwise, and their boxes (zero elsewhere)."""
    simple, x, y, n = decode_simple_polygons(wkbs, projector.points)
    ccw_x, ccw_y, convex = orient_convex(x, y, n)
    convex &= simple
    x, y, n = np.where(convex[None, :], ccw_x, 0.0), np.where(convex[None, :], ccw_y, 0.0), np.where(convex, n, 0)
    del ccw_x, ccw_y
    bounds = np.zeros((len(n), 4))
    if convex.any():
        bounds[:] = np.column_stack(ring_boxes(x, y, n))
        bounds[~convex] = 0.0
    return x, y, n, convex, bounds


def _pad_rows(values: np.ndarray, rows: int) -> np.ndarray:
    return np.pad(values, ((0, rows - values.shape[0]), (0, 0)))


#: Candidate pairs (boxes sharing a grid cell) tested together: bounded memory.
_CANDIDATES_PER_PASS = 1 << 17


def overlapping_pairs(bounds: np.ndarray, candidates: Optional[np.ndarray] = None, pool: Optional[Executor] = None,
                      refine: Optional[Callable[[np.ndarray, np.ndarray], np.ndarray]] = None
                      ) -> Tuple[np.ndarray, np.ndarray]:
    """Pairs ``(i, j)``, ``i < j``, of boxes that overlap or touch.

    Boxes go into the cells of a uniform grid sized on typical boxes; a pair is reported
    once, in the cell holding the lower-left corner of the boxes' intersection. Cells are
    taken a bounded number of candidate pairs at a time, shared among the threads of
    ``pool`` when one is given (NumPy lets go of Python's lock while it works). The few
    boxes covering many cells are compared with every box directly.

    ``refine(first, second)``, if given, is asked in the same thread which of a pass's
    pairs (rows of ``bounds``) to keep: a finer test whose left-outs are never held.
    """
    rows = np.arange(len(bounds)) if candidates is None else np.asarray(candidates)
    if len(rows) < 2:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    every = len(rows) == len(bounds) and (candidates is None or bool((rows == np.arange(len(rows))).all()))
    # Views of the columns when every box takes part (no copy of a national store's boxes).
    xmin, ymin, xmax, ymax = (bounds[:, k] if every else bounds[rows, k] for k in range(4))
    # Cells twice the typical box: fewer entries per box, a few more candidates per cell.
    cell = 2.0 * float(np.median(np.maximum(xmax - xmin, ymax - ymin))) or 1.0
    x0, y0 = xmin.min(), ymin.min()
    # Cell numbers in 32 bits unless the grid is absurdly wide: with the entries below,
    # these arrays are the peak of a national store, so each is made in place.
    wide = max(xmax.max() - x0, ymax.max() - y0) / cell > 2 ** 30
    grid = np.int64 if wide else np.int32
    ix0 = np.floor((xmin - x0) / cell).astype(grid)
    iy0 = np.floor((ymin - y0) / cell).astype(grid)
    nx = np.floor((xmax - x0) / cell).astype(grid)
    nx -= ix0
    nx += 1
    ny = np.floor((ymax - y0) / cell).astype(grid)
    rows_y = int(ny.max()) + 2
    ny -= iy0
    ny += 1
    per = nx.astype(np.int64)
    per *= ny
    del ny
    big = per > 16
    small = np.flatnonzero(~big)

    # Entries (box, cell) in 32-bit where they fit: a national store has millions of them.
    index = np.int32 if len(rows) < 2 ** 31 else np.int64
    per = per[small]
    owner = np.repeat(small.astype(index), per)
    k = np.arange(len(owner), dtype=index) - np.repeat((np.cumsum(per) - per).astype(index), per)
    # In place, one temporary at a time: these arrays are the peak of a national store.
    across = nx.take(owner)
    key = ix0.take(owner).astype(np.int64)
    key += k % across
    key *= rows_y
    key += iy0.take(owner)
    key += k // across
    del k, per, across, nx
    # Sorted by cell, then box: one sort of (cell, box) packed in one integer when they
    # fit in 62 bits, else an argsort.
    box_bits = max(int(len(rows)).bit_length(), 1)
    if int(key.max(initial=0)).bit_length() + box_bits <= 62:
        key <<= box_bits
        key |= owner
        key.sort()
        owner = (key & ((1 << box_bits) - 1)).astype(index)
        key >>= box_bits
    else:
        order = np.argsort(key, kind="stable")
        key, owner = key.take(order), owner.take(order)
        del order
    # Later entries of the same cell: from the end of each run of equal keys.
    ends = np.flatnonzero(np.diff(key)) + 1
    grow = np.repeat(np.append(ends, len(key)).astype(index), np.diff(np.concatenate(([0], ends, [len(key)]))))
    grow -= np.arange(1, len(key) + 1, dtype=index)
    # Passes over whole entries: each entry's candidates are the later entries of its cell.
    total = np.cumsum(grow)
    cuts, start = [], 0
    while start < len(key):
        stop = int(np.searchsorted(total, (total[start - 1] if start else 0) + _CANDIDATES_PER_PASS, side="right"))
        stop = max(stop, start + 1)
        cuts.append((start, stop))
        start = stop
    del total

    grid = _Grid(owner, key, grow, xmin, ymin, xmax, ymax, ix0, iy0, rows_y, rows, refine, index)
    del owner, key, grow, ix0, iy0
    one_pass = partial(_pairs_of_pass, grid=grid)
    found = list(pool.map(one_pass, cuts)) if pool is not None and len(cuts) > 1 else [one_pass(s) for s in cuts]
    pairs_a, pairs_c = [f[0] for f in found], [f[1] for f in found]
    del found, grid

    for i in np.flatnonzero(big):
        hit = (xmin[i] <= xmax) & (xmin <= xmax[i]) & (ymin[i] <= ymax) & (ymin <= ymax[i])
        hit[i] = False
        hit &= ~big | (np.arange(len(xmin)) > i)  # a pair of big boxes once
        others = np.flatnonzero(hit)
        a, c = _refined(rows, np.full(len(others), i), others, refine)
        pairs_a.append(a)
        pairs_c.append(c)
    del xmin, ymin, xmax, ymax
    a, c = np.concatenate(pairs_a), np.concatenate(pairs_c)
    del pairs_a, pairs_c
    return rows.take(np.minimum(a, c)), rows.take(np.maximum(a, c))


@dataclass
class _Grid:
    """The entries (box, cell) of ``overlapping_pairs``, sorted by cell, for its passes."""

    owner: np.ndarray
    key: np.ndarray
    grow: np.ndarray
    xmin: np.ndarray
    ymin: np.ndarray
    xmax: np.ndarray
    ymax: np.ndarray
    ix0: np.ndarray
    iy0: np.ndarray
    rows_y: int
    rows: np.ndarray
    refine: Optional[Callable]
    index: type


def _pairs_of_pass(span: Tuple[int, int], grid: _Grid) -> Tuple[np.ndarray, np.ndarray]:
    """The pairs of overlapping boxes of the entries ``span`` of ``grid``: each entry
    against the later entries of its cell."""
    start, stop = span
    g = grid.grow[start:stop]
    index = grid.index
    first = np.repeat(np.arange(start, stop, dtype=index), g)
    second = first + np.arange(1, len(first) + 1, dtype=index) - np.repeat((np.cumsum(g) - g).astype(index), g)
    a, c, cell_key = grid.owner.take(first), grid.owner.take(second), grid.key.take(first)
    del first, second
    # Overlap test, then keep the pair only in the cell of its intersection's corner.
    xmin, ymin, xmax, ymax = grid.xmin, grid.ymin, grid.xmax, grid.ymax
    hit = xmin.take(a) <= xmax.take(c)
    hit &= xmin.take(c) <= xmax.take(a)
    hit &= ymin.take(a) <= ymax.take(c)
    hit &= ymin.take(c) <= ymax.take(a)
    a, c, cell_key = a[hit], c[hit], cell_key[hit]
    corner = np.maximum(grid.ix0.take(a), grid.ix0.take(c)).astype(np.int64)
    corner *= grid.rows_y
    corner += np.maximum(grid.iy0.take(a), grid.iy0.take(c))
    once = corner == cell_key
    return _refined(grid.rows, a[once], c[once], grid.refine)


def _refined(rows: np.ndarray, a: np.ndarray, c: np.ndarray, refine) -> Tuple[np.ndarray, np.ndarray]:
    """Pairs of positions ``(a, c)`` in ``rows`` that ``refine`` keeps (all without it)."""
    if refine is None or len(a) == 0:
        return a, c
    keep = refine(rows.take(a), rows.take(c))
    return a[keep], c[keep]


#: Rings framed, then pairs tested, at a time by ``apart_pairs`` (bounds its temporaries).
_APART_PER_PASS = 1 << 17


def apart_pairs(x: np.ndarray, y: np.ndarray, n: np.ndarray, first: np.ndarray, second: np.ndarray,
                margin: float = 1e-3) -> np.ndarray:
    """Which pairs of rings ``(first[k], second[k])`` (``overlay_kernel``'s layout) surely
    lie more than ``margin`` metres apart, although their boxes may overlap.

    Each ring is bounded by a parallelogram with sides along its first two edges (a
    lane's own outline, rectangle or, once projected, parallelogram); two parallelograms
    are apart when a normal to one of their four sides separates them. Touching, nested,
    identical or barely overlapping rings are never apart.
    """
    return frames_apart(ring_frames(x, y, n), first, second, margin)


def repeated_rings(x: np.ndarray, y: np.ndarray, n: np.ndarray, rows: np.ndarray,
                   rank: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """``(repeat, original)``: the rings among ``rows`` (``overlay_kernel``'s layout)
    that repeat exactly, vertex for vertex, the ring of another of ``rows`` with a lower
    ``rank``, and for each the lowest-ranked of its copies.

    Rings are grouped on a hash of their numbers, then compared in full: a collision
    (rare) only leaves a repeat unfound, which is then counted the usual way.
    """
    rows = np.asarray(rows, dtype=np.int64)
    empty = np.zeros(0, dtype=np.int64)
    if len(rows) < 2:
        return empty, empty
    width = min(int(n[rows].max()) + 1, x.shape[0])
    # A 64-bit digest of each ring's count and vertices.
    digest = np.empty(len(rows), dtype=np.uint64)
    for at in range(0, len(rows), _POLYGONS_PER_PASS):
        part = rows[at:at + _POLYGONS_PER_PASS]
        h = n.take(part).astype(np.uint64)
        for values in (x, y):
            for column in values[:width].take(part, axis=1).view(np.uint64):
                h ^= column
                h *= np.uint64(0x9E3779B97F4A7C15)
                h ^= h >> np.uint64(31)
        digest[at:at + len(part)] = h
    # Only rings whose digest shares a slot with another's in two tables (other bits of
    # the digest each time) are sorted: a few percent of them when none repeat.
    bits = (2 * len(rows) - 1).bit_length()
    for shift in (0, 32):
        slot = ((digest >> np.uint64(shift)) & np.uint64((1 << bits) - 1)).astype(np.int64)
        maybe = np.flatnonzero(np.bincount(slot, minlength=1 << bits).take(slot) > 1)
        del slot
        if len(maybe) == 0:
            return empty, empty
        rows, digest = rows.take(maybe), digest.take(maybe)
    order = np.argsort(digest)
    digest = digest.take(order)
    start = np.r_[True, digest[1:] != digest[:-1]]
    if start.all():
        return empty, empty
    group = np.cumsum(start) - 1
    ranks = rank.take(rows.take(order))
    is_head = ranks == np.minimum.reduceat(ranks, np.flatnonzero(start)).take(group)
    head_at = np.empty(len(start), dtype=np.int64)
    head_at[group[is_head]] = np.flatnonzero(is_head)
    copy = np.flatnonzero(~is_head)
    repeat, original = rows.take(order.take(copy)), rows.take(order.take(head_at.take(group.take(copy))))
    same = n.take(repeat) == n.take(original)
    for values in (x, y):
        same &= (values[:width].take(repeat, axis=1) == values[:width].take(original, axis=1)).all(axis=0)
    return repeat[same], original[same]


def not_apart(x: np.ndarray, y: np.ndarray, n: np.ndarray, convex: np.ndarray) -> Callable:
    """A ``refine`` for ``overlapping_pairs``: keeps the pairs of rings that are not
    both convex and apart (``apart_pairs``). The rings' frames are made when first
    needed: once the grid's own temporaries are gone (a national store's peak)."""
    frames = []
    lock = threading.Lock()

    def refine(first: np.ndarray, second: np.ndarray) -> np.ndarray:
        with lock:
            if not frames:
                frames.append(ring_frames(x, y, n))
        keep = ~frames_apart(frames[0], first, second)
        keep |= ~(convex.take(first) & convex.take(second))
        return keep

    return refine


def ring_frames(x: np.ndarray, y: np.ndarray, n: np.ndarray) -> np.ndarray:
    """The bounding parallelogram of each ring (``apart_pairs``), as 8 rows of numbers."""
    # Rings a block at a time: the temporaries of a national store's rings would count.
    frames = np.empty((8, len(n)))
    for at in range(0, len(n), _APART_PER_PASS):
        block = slice(at, at + _APART_PER_PASS)
        frames[:, block] = _edge_frames(x[:, block], y[:, block], n[block])
    return frames


def frames_apart(frames: np.ndarray, first: np.ndarray, second: np.ndarray, margin: float = 1e-3) -> np.ndarray:
    """``apart_pairs`` from the rings' ``ring_frames``."""
    out = np.empty(len(first), dtype=bool)
    for at in range(0, len(first), _APART_PER_PASS):
        a = [f.take(first[at:at + _APART_PER_PASS]) for f in frames]
        b = [f.take(second[at:at + _APART_PER_PASS]) for f in frames]
        out[at:at + _APART_PER_PASS] = _frames_apart(a, b, margin)
    return out


def _unit(dx: np.ndarray, dy: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Unit vectors along ``(dx, dy)``; ``(1, 0)`` where it has no length."""
    length = np.hypot(dx, dy)
    flat = ~(length > 0)
    dx, dy = np.where(flat, 1.0, dx), np.where(flat, 0.0, dy)
    length[flat] = 1.0
    return dx / length, dy / length


def _edge_frames(x: np.ndarray, y: np.ndarray, n: np.ndarray) -> Tuple[np.ndarray, ...]:
    """Per ring, ``(cx, cy, ux, uy, wx, wy, hu, hw)``: the centre, the unit vectors along
    its first two edges (across the first where they are nearly parallel) and the half
    extents along them of the parallelogram bounding the ring."""
    ox, oy = x[0], y[0]
    ux, uy = _unit(x[1] - ox, y[1] - oy)
    wx, wy = _unit(x[2] - x[1], y[2] - y[1])
    det = ux * wy - uy * wx
    slant = np.abs(det) < 0.1
    wx[slant], wy[slant], det[slant] = -uy[slant], ux[slant], 1.0
    # Vertex 0 sits at (0, 0) of the frame; a vertex is a u + b w.
    low_a, high_a, low_b, high_b = (np.zeros(len(n)) for _ in range(4))
    for r in range(1, min(int(n.max(initial=0)), x.shape[0])):
        rx, ry = x[r] - ox, y[r] - oy
        real = r < n
        a = np.where(real, (rx * wy - ry * wx) / det, 0.0)
        b = np.where(real, (ux * ry - uy * rx) / det, 0.0)
        np.minimum(low_a, a, out=low_a)
        np.maximum(high_a, a, out=high_a)
        np.minimum(low_b, b, out=low_b)
        np.maximum(high_b, b, out=high_b)
    mid_a, mid_b = 0.5 * (low_a + high_a), 0.5 * (low_b + high_b)
    return (ox + mid_a * ux + mid_b * wx, oy + mid_a * uy + mid_b * wy, ux, uy, wx, wy,
            0.5 * (high_a - low_a), 0.5 * (high_b - low_b))


def _frames_apart(a, b, margin: float) -> np.ndarray:
    """Separating-axis test of the parallelograms ``a`` and ``b`` (``_edge_frames`` rows)
    on the normals to their four sides, with ``margin`` to spare."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    apart = np.zeros(len(dx), dtype=bool)
    for frame in (a, b):
        for k in (2, 4):
            # The unit normal to the sides along one vector of the frame.
            mx, my = -frame[k + 1], frame[k]
            reach = margin
            for f in (a, b):
                reach = reach + f[6] * np.abs(f[2] * mx + f[3] * my) + f[7] * np.abs(f[4] * mx + f[5] * my)
            apart |= np.abs(dx * mx + dy * my) > reach
    return apart
