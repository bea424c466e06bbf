"""Every square metre of released land counted once.

Released polygons may overlap (imported legacy data, lanes drawn over each other, the
same land surveyed and then cleared). Each square metre is attributed to the earliest
release that covers it (ties: the lowest feature id) and, when regions are given, to
the region it lies in. The pieces so obtained never overlap, so any grouping of them
(by district, method, team, month...) adds up to the area of the union, and hectares
released in a period are the land *first* released in that period.

Two ways give the same pieces:

- the bulk way for many polygons: convex polygons in one region by the NumPy boundary
  kernel (``boundary_kernel``: the land each polygon adds, from the stretches of edges
  its overlapping neighbours leave, whatever the depth of the stack); the halves of
  convex polygons cut by one region boundary by the clipping kernels
  (``overlay_kernel``); the rest (holes, several parts, polygons overlapping those,
  other polygons across a region boundary) by GEOS;
- the one-by-one way with GEOS (``QgsGeometry``), used for those remaining polygons and
  for incremental updates: after a polygon is added, removed or changed only that
  polygon and the later polygons overlapping it are recomputed.
"""

import os
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import QgsGeometry

from ..errors import CancelledError
from ..geo.districts import CROSSING, OUTSIDE, RegionIndex
from ..geo.overlay_kernel import EMPTY_M2, earlier_overlap_m2, signed_areas
from ..geo.polygon_arrays import PolygonArrays, not_apart, overlapping_pairs, repeated_rings
from .boundary_kernel import covered_m2, directed_pairs, pair_passes

#: Day number of features without a date: after every real date.
NO_DAY = np.iinfo(np.int64).max // 2
#: Passes of the boundary kernel per job of a worker thread (progress and cancel
#: between jobs and passes).
_PASSES_PER_JOB = 4


@dataclass
class Pieces:
    """Attributed land: ``area_m2`` of feature ``row`` in region ``region``."""

    row: np.ndarray
    region: np.ndarray
    area_m2: np.ndarray

    @classmethod
    def empty(cls) -> "Pieces":
        return cls(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))

    @classmethod
    def concat(cls, parts: Sequence["Pieces"]) -> "Pieces":
        parts = [p for p in parts if len(p.row)]
        if not parts:
            return cls.empty()
        return cls(np.concatenate([p.row for p in parts]), np.concatenate([p.region for p in parts]),
                   np.concatenate([p.area_m2 for p in parts]))

    @classmethod
    def from_list(cls, items: List[Tuple[int, int, float]]) -> "Pieces":
        if not items:
            return cls.empty()
        rows, regions, areas = zip(*items)
        return cls(np.array(rows, dtype=np.int64), np.array(regions, dtype=np.int64), np.array(areas, dtype=float))


class ReleasedLand:
    """Polygons (rows) with their attributed pieces; rows are never renumbered."""

    def __init__(self, polygons: PolygonArrays, fids: np.ndarray, days: np.ndarray,
                 regions: Optional[RegionIndex] = None):
        self.polygons = polygons
        self.fids = np.asarray(fids, dtype=np.int64)
        self.days = np.asarray(days, dtype=np.int64)
        self.regions = regions
        self.alive = ~polygons.empty
        self.pieces = Pieces.empty()
        self._row_of_fid: Optional[Dict[int, int]] = None
        #: Rows handled by GEOS in the last full build (for reports and tests).
        self.general_rows = np.zeros(0, dtype=np.int64)

    @property
    def row_of_fid(self) -> Dict[int, int]:
        """Row of each alive feature id (built when first needed: only updates use it)."""
        if self._row_of_fid is None:
            alive = np.flatnonzero(self.alive)
            self._row_of_fid = dict(zip(self.fids[alive].tolist(), alive.tolist()))
        return self._row_of_fid

    # -- ordering ----------------------------------------------------------------------
    def _earlier(self, rows: np.ndarray, row: int) -> np.ndarray:
        """Mask of ``rows`` released before ``row`` (date, then feature id)."""
        d, f = self.days[rows], self.fids[rows]
        return (d < self.days[row]) | ((d == self.days[row]) & (f < self.fids[row]))

    # -- full build ----------------------------------------------------------------------
    def build(self, progress: Optional[Callable[[float], None]] = None,
              is_canceled: Optional[Callable[[], bool]] = None, bulk: bool = True,
              workers: Optional[int] = None) -> None:
        """Attribute every polygon. ``bulk=False`` does it all one by one with GEOS.

        The NumPy kernels and GEOS both release Python's lock while they compute, so the
        work is shared by as many threads as there are processor cores (``workers``):
        the pairs are found a pass per thread, the regions are looked up while the
        boundary kernel runs, and polygons on region boundaries are cut meanwhile.
        """
        progress = progress or (lambda value: None)
        is_canceled = is_canceled or (lambda: False)
        rows = np.flatnonzero(self.alive)
        polygons = self.polygons
        count = len(polygons)
        workers = workers or worker_count()
        convex = polygons.convex
        convex_rows = rows[convex[rows]]
        has_regions = self.regions is not None and len(self.regions) > 0
        stop = threading.Event()
        sums: Dict[int, np.ndarray] = {}
        release_free_memory()
        rank = np.empty(count, dtype=np.int64)
        rank[np.lexsort((self.fids, self.days))] = np.arange(count)
        # A record repeating exactly an earlier one (legacy imports, entries made twice)
        # adds no land and changes nothing of the others: left out of every pair.
        repeats = repeated_rings(polygons.x, polygons.y, polygons.n, convex_rows, rank)[0] if bulk else \
            np.zeros(0, dtype=np.int64)
        if len(repeats):
            rows = rows[~np.isin(rows, repeats)]
            convex_rows = rows[convex[rows]]
        with ThreadPoolExecutor(max_workers=workers) as pool, _stopped_on_error(stop):
            # The kernel's pairs; apart, the few with a polygon it cannot take. Convex
            # polygons whose boxes overlap but whose outlines lie apart (a third of a dense
            # store's pairs) add nothing to each other: left out as the pairs are found.
            refine = not_apart(polygons.x, polygons.y, polygons.n, convex)
            first, second = overlapping_pairs(polygons.bounds, rows, pool, refine)
            del refine
            mixed = ~(convex[first] & convex[second])
            odd = (first[mixed], second[mixed])
            np.logical_not(mixed, out=mixed)
            owner, cover = directed_pairs(first[mixed], second[mixed], count)
            del first, second, mixed
            owner, cover, passes = pair_passes(owner, cover, count)
            release_free_memory()
            progress(10)
            # The regions are looked up while the kernel works (not while the pairs are
            # found: both at once would raise the peak of a national store).
            classifying = pool.submit(self.regions.classify_convex, polygons, convex_rows, True) \
                if has_regions else None
            futures = []
            if bulk:
                # Read flat by the kernel: made contiguous once here, not in every job.
                ring_x, ring_y = np.ascontiguousarray(polygons.x), np.ascontiguousarray(polygons.y)

                def kernel(job):
                    out = sums.get(threading.get_ident())
                    if out is None:  # one sum per worker thread: no two threads add into one array
                        out = sums[threading.get_ident()] = np.zeros(count)
                    covered_m2(ring_x, ring_y, polygons.n, rank, job, out=out, stop=stop.is_set)

                futures = [pool.submit(kernel, passes[k:k + _PASSES_PER_JOB])
                           for k in range(0, len(passes), _PASSES_PER_JOB)]
            del passes
            plan = self._plan(rows, (owner, cover), odd, rank, bulk, classifying.result() if classifying else None)
            del owner, cover, odd
            region_of, general, cut, side_owner, side_neighbour = plan
            kernel_pieces = self._pieces_kernel(cut, side_owner, side_neighbour, workers)
            if is_canceled():
                stop.set()
                raise CancelledError()

            slow = rows[general[rows]]
            batch = max(50, len(slow) // (8 * workers) + 1)

            def geos(rows_part):
                out = []
                for row in rows_part:
                    if stop.is_set():
                        break
                    out.extend(self._attribute_one(int(row), self._pair_neighbours(side_owner, side_neighbour, row),
                                                   int(region_of[row])))
                return out

            kernel_count = len(futures)
            pieces_futures = [pool.submit(job) for job in kernel_pieces]
            futures += pieces_futures + [pool.submit(geos, slow[k:k + batch]) for k in range(0, len(slow), batch)]
            pending = set(futures)
            while pending:
                _finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                progress(20 + 70 * (len(futures) - len(pending)) / len(futures))
                if is_canceled():
                    stop.set()
            if stop.is_set():
                raise CancelledError()
            for future in futures[:kernel_count]:
                future.result()  # errors of the kernel, if any
            piece_overlap = sum(future.result()[0] for future in pieces_futures)
            piece_deep = np.logical_or.reduce([future.result()[1] for future in pieces_futures])
            items: List[Tuple[int, int, float]] = []
            for future in futures[kernel_count + len(pieces_futures):]:
                items.extend(future.result())
        covered = np.zeros(count)
        for out in sums.values():
            covered += out
        sums.clear()
        release_free_memory()  # what the worker threads freed

        # Pieces in stacks deeper than the pieces' kernel takes (rare): GEOS.
        pieces_count = len(cut.piece_row)
        deep = np.zeros(count, dtype=bool)
        deep[cut.piece_row[piece_deep[:pieces_count]]] = True
        fast = rows[~general[rows] & ~cut.mask(count)[rows]]
        area = polygons.ring_areas(fast) - covered[fast]
        fast_pieces = Pieces(fast.astype(np.int64), region_of[fast], np.maximum(area, 0.0))
        cut_pieces = self._cut_pieces(cut, piece_overlap[:pieces_count], deep)
        deep_rows = np.flatnonzero(deep)
        for row in deep_rows:
            items.extend(self._attribute_one(int(row), self._pair_neighbours(side_owner, side_neighbour, row),
                                             int(region_of[row])))
        self.general_rows = np.concatenate([slow, deep_rows])
        self.pieces = Pieces.concat([fast_pieces, cut_pieces, Pieces.from_list(items), self._nothing_added(repeats)])
        progress(100)

    def _plan(self, rows: np.ndarray, directed: Tuple[np.ndarray, np.ndarray], odd: Tuple[np.ndarray, np.ndarray],
              rank: np.ndarray, bulk: bool, classified) -> Tuple:
        """Which way each polygon goes: ``(region_of, general, cut, side_owner,
        side_neighbour)``; the last two are the pairs (later polygon, earlier neighbour)
        of the polygons the boundary kernel does not take, sorted by owner.

        ``directed``: the pairs of convex polygons, both ways; ``odd``: the other pairs."""
        polygons = self.polygons
        count = len(polygons)
        convex = polygons.convex
        # Orient the odd pairs: the owner is the later release, its neighbour the earlier.
        later_first = rank[odd[0]] > rank[odd[1]]
        odd_owner = np.where(later_first, odd[0], odd[1])
        odd_neighbour = np.where(later_first, odd[1], odd[0])
        region_of = np.full(count, OUTSIDE, dtype=np.int64)
        touch_rows = touch_edges = np.zeros(0, dtype=np.int64)
        if classified is not None:
            region_of[:] = CROSSING
            region_of[rows[convex[rows]]], touch_rows, touch_edges = classified
        general = np.zeros(count, dtype=bool)
        general[rows] = True
        cut = _Cut.none()
        if bulk:
            # GEOS for polygons the kernels cannot take and for those overlapping an
            # earlier one of them; polygons crossed by one boundary segment are cut in two
            # for the kernels; GEOS for the other polygons on a boundary.
            general[rows] = ~convex[rows]
            general[odd_owner] = True
            if len(touch_rows):
                usable = ~general[touch_rows]
                cut = _Cut(*self.regions.cut_at_boundaries(polygons, touch_rows[usable], touch_edges[usable]),
                           offset=count)
            general[rows[(region_of[rows] == CROSSING) & ~cut.mask(count)[rows]]] = True
        aside = general | cut.mask(count)
        owner, cover = directed
        earlier = np.flatnonzero(aside[owner])
        earlier = earlier[rank[cover[earlier]] < rank[owner[earlier]]]
        odd_aside = aside[odd_owner]
        side_owner = np.concatenate([owner[earlier], odd_owner[odd_aside]]).astype(np.int64)
        side_neighbour = np.concatenate([cover[earlier], odd_neighbour[odd_aside]]).astype(np.int64)
        order = np.lexsort((side_neighbour, side_owner))
        return region_of, general, cut, side_owner[order], side_neighbour[order]

    def _pieces_kernel(self, cut: "_Cut", side_owner: np.ndarray, side_neighbour: np.ndarray,
                       jobs: int) -> List[Callable]:
        """The overlap of each piece of a cut polygon with the earlier neighbours of its
        polygon, as ``jobs`` jobs for worker threads, each ``(overlap, too_deep)`` over all
        pieces (summed). Pieces are kept apart from the polygons so that their wider rings
        do not widen every array."""
        polygons = self.polygons
        lo = np.searchsorted(side_owner, cut.piece_row, side="left")
        per = np.searchsorted(side_owner, cut.piece_row, side="right") - lo
        pieces_count = len(cut.piece_row)
        piece_owner = np.repeat(np.arange(pieces_count), per)
        piece_neighbour = side_neighbour[np.repeat(lo, per) + np.arange(per.sum())
                                         - np.repeat(np.cumsum(per) - per, per)]
        needed, piece_neighbour = np.unique(piece_neighbour, return_inverse=True)
        width = max(polygons.x.shape[0], cut.x.shape[0])
        px = np.concatenate([_pad(cut.x, width), _pad(polygons.x[:, needed], width)], axis=1)
        py = np.concatenate([_pad(cut.y, width), _pad(polygons.y[:, needed], width)], axis=1)
        pn = np.concatenate([cut.n, polygons.n[needed]])
        piece_neighbour += pieces_count
        # Split between the worker threads at a piece (each piece's pairs in one job): the
        # jobs start once the boundary kernel's are done and would otherwise leave a core idle.
        cuts = np.searchsorted(piece_owner, np.linspace(0, pieces_count, jobs + 1).astype(np.int64))
        return [partial(earlier_overlap_m2, px, py, pn, piece_owner[a:b], piece_neighbour[a:b])
                for a, b in zip(cuts[:-1], cuts[1:])]

    @staticmethod
    def _cut_pieces(cut: "_Cut", overlap: np.ndarray, deep: np.ndarray) -> Pieces:
        """The land of the pieces of cut polygons, as GEOS gives it: a piece with land (more
        than ``EMPTY_M2``) in its region; a polygon with none left (covered by earlier ones)
        one piece of no land, in the region of its largest share. Polygons in stacks too
        deep for the pieces' kernel (``deep``) are left out: GEOS does them."""
        own = signed_areas(cut.x, cut.y, cut.n)
        land = np.maximum(own - overlap, 0.0)
        usable = ~deep[cut.piece_row]
        kept = usable & (land > EMPTY_M2)
        # Each polygon's largest share: its pieces' areas summed by region, the largest last.
        bare_row = bare_region = np.zeros(0, dtype=np.int64)
        if usable.any():
            shares, which = np.unique(np.column_stack([cut.piece_row[usable], cut.piece_region[usable]]), axis=0,
                                      return_inverse=True)
            size = np.bincount(which.ravel(), weights=own[usable])
            order = np.lexsort((size, shares[:, 0]))
            largest = shares[order[np.r_[shares[order, 0][1:] != shares[order, 0][:-1], True]]]
            bare = ~np.isin(largest[:, 0], cut.piece_row[kept])
            bare_row, bare_region = largest[bare, 0], largest[bare, 1]
        return Pieces(np.concatenate([cut.piece_row[kept], bare_row]),
                      np.concatenate([cut.piece_region[kept], bare_region]),
                      np.concatenate([land[kept], np.zeros(len(bare_row))]))

    @staticmethod
    def _pair_neighbours(owner: np.ndarray, neighbour: np.ndarray, row: int) -> np.ndarray:
        lo, hi = np.searchsorted(owner, row, side="left"), np.searchsorted(owner, row, side="right")
        return neighbour[lo:hi]

    # -- one polygon with GEOS -------------------------------------------------------------
    def _attribute_one(self, row: int, earlier: np.ndarray, home: Optional[int] = None) -> List[Tuple[int, int, float]]:
        """Pieces of one polygon: itself minus the earlier polygons, cut by region.

        ``home`` is the polygon's region when already known (``CROSSING``: cut it).
        """
        geometry = self.polygons.geometry(row)
        if geometry.isEmpty():
            return []
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        others = []
        for j in earlier:
            other = self.polygons.geometry(int(j))
            if not other.isEmpty() and engine.intersects(other.constGet()):
                others.append(other)
        # One difference per earlier polygon rather than the difference with their union:
        # GEOS 3.11's unary union can drop a polygon when two inputs are identical.
        remaining = geometry
        for other in others:
            remaining = remaining.difference(other)
            if remaining is None or remaining.isNull() or remaining.isEmpty():
                remaining = QgsGeometry()
                break
        if home is None:
            home = self._home_region(row)
        if self.regions is None or not len(self.regions):
            parts = [(OUTSIDE, remaining.area() if not remaining.isEmpty() else 0.0)]
        else:
            parts = self.regions.split(remaining, home) if not remaining.isEmpty() else []
        if not parts:
            # Wholly covered by earlier releases: the feature still lies somewhere.
            parts = [(home if home != CROSSING else self._largest_region(geometry), 0.0)]
        return [(row, region, max(value, 0.0)) for region, value in parts]

    def _nothing_added(self, rows: np.ndarray) -> Pieces:
        """Pieces of no area for polygons wholly covered by an earlier one, in the region
        the polygon lies in (the largest share of it when it crosses a boundary), as
        ``_attribute_one`` gives them."""
        if len(rows) == 0:
            return Pieces.empty()
        if self.regions is None or not len(self.regions):
            region = np.full(len(rows), OUTSIDE, dtype=np.int64)
        else:
            region = np.asarray(self.regions.classify_convex(self.polygons, rows), dtype=np.int64)
            for k in np.flatnonzero(region == CROSSING):
                region[k] = self._largest_region(self.polygons.geometry(int(rows[k])))
        return Pieces(rows.astype(np.int64), region, np.zeros(len(rows)))

    def _home_region(self, row: int) -> int:
        """The region holding all of a polygon, ``CROSSING`` if it must be cut."""
        if self.regions is None or not len(self.regions):
            return OUTSIDE
        polygons = self.polygons
        if polygons.convex[row]:
            return int(self.regions.classify_convex(polygons, np.array([row]))[0])
        return CROSSING

    def _largest_region(self, geometry: QgsGeometry) -> int:
        parts = self.regions.split(geometry) if self.regions is not None else []
        return max(parts, key=lambda p: p[1])[0] if parts else OUTSIDE

    # -- incremental updates ------------------------------------------------------------------
    def _overlapping(self, box: np.ndarray) -> np.ndarray:
        b = self.polygons.bounds
        hit = (b[:, 0] <= box[2]) & (box[0] <= b[:, 2]) & (b[:, 1] <= box[3]) & (box[1] <= b[:, 3])
        return np.flatnonzero(hit & self.alive)

    def _later_overlapping(self, row: int) -> np.ndarray:
        near = self._overlapping(self.polygons.bounds[row])
        near = near[near != row]
        return near[~self._earlier(near, row)]

    def remove(self, fids: Iterable[int]) -> List[int]:
        """Forget features; returns the rows whose pieces must be recomputed."""
        affected = set()
        for fid in fids:
            row = self.row_of_fid.pop(int(fid), None)
            if row is None or not self.alive[row]:
                continue
            affected.update(int(r) for r in self._later_overlapping(row))
            self.alive[row] = False
            affected.add(row)
        return sorted(affected)

    def append(self, polygons: PolygonArrays, fids: Sequence[int], days: Sequence[int]) -> List[int]:
        """Add polygons (already in the plane); returns the rows to recompute."""
        index = self.row_of_fid  # built from the rows as they were before this call
        start = len(self.fids)
        self.polygons = _concat_polygons(self.polygons, polygons, start)
        self.fids = np.concatenate([self.fids, np.asarray(fids, dtype=np.int64)])
        self.days = np.concatenate([self.days, np.asarray(days, dtype=np.int64)])
        self.alive = np.concatenate([self.alive, ~polygons.empty])
        affected = set()
        for k, fid in enumerate(fids):
            row = start + k
            old = index.get(int(fid))
            if old is not None and self.alive[old]:
                affected.update(self.remove([fid]))
            index[int(fid)] = row
            if self.alive[row]:
                affected.add(row)
                affected.update(int(r) for r in self._later_overlapping(row))
        return sorted(affected)

    def recompute(self, rows: Iterable[int]) -> None:
        """Replace the pieces of ``rows`` (alive or not) by freshly computed ones."""
        rows = np.array(sorted(set(int(r) for r in rows)), dtype=np.int64)
        if len(rows) == 0:
            return
        keep = ~np.isin(self.pieces.row, rows)
        items: List[Tuple[int, int, float]] = []
        for row in rows:
            if not self.alive[row]:
                continue
            near = self._overlapping(self.polygons.bounds[row])
            near = near[near != row]
            items.extend(self._attribute_one(int(row), near[self._earlier(near, row)]))
        fresh = Pieces.from_list(items)
        self.pieces = Pieces.concat([
            Pieces(self.pieces.row[keep], self.pieces.region[keep], self.pieces.area_m2[keep]), fresh])

    # -- figures -----------------------------------------------------------------------------
    def total_m2(self) -> float:
        return float(self.pieces.area_m2.sum())


@dataclass
class _Cut:
    """Polygons cut at the boundary segments touching them (``RegionIndex.cut_at_boundaries``)."""

    rows: np.ndarray
    x: np.ndarray
    y: np.ndarray
    n: np.ndarray
    piece_row: np.ndarray
    piece_region: np.ndarray
    offset: int = 0

    @classmethod
    def none(cls) -> "_Cut":
        empty = np.zeros(0, dtype=np.int64)
        return cls(empty, np.zeros((1, 0)), np.zeros((1, 0)), empty, empty, empty)

    def mask(self, count: int) -> np.ndarray:
        out = np.zeros(count, dtype=bool)
        out[self.rows] = True
        return out


@contextmanager
def _stopped_on_error(stop: threading.Event):
    """Tell the worker threads to stop when the block fails (the pool then waits for them)."""
    try:
        yield
    except BaseException:
        stop.set()
        raise


def worker_count() -> int:
    """Threads for the engine's NumPy and GEOS work: one per processor core, at most four."""
    return max(1, min(4, os.cpu_count() or 1))


def release_free_memory() -> None:
    """Hand the memory freed so far back to the system (glibc's ``malloc_trim``).

    The overlay frees hundreds of MB of temporaries on a national store; glibc keeps
    freed blocks below its mmap threshold for the thread that freed them, so the worker
    threads would otherwise take fresh memory beside it and the peak would add up.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _malloc_trim():
    global _TRIM
    if _TRIM is False:
        try:
            import ctypes
            import ctypes.util

            _TRIM = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _TRIM = None
    return _TRIM


_TRIM = False


def _pad(values: np.ndarray, rows: int) -> np.ndarray:
    return np.pad(values, ((0, rows - values.shape[0]), (0, 0)))


def _concat_polygons(a: PolygonArrays, b: PolygonArrays, offset: int) -> PolygonArrays:
    width = max(a.x.shape[0], b.x.shape[0])

    def widen(values, columns):
        out = np.zeros((width, columns))
        out[:values.shape[0]] = values
        return out

    general = dict(a.general)
    general.update({offset + k: g for k, g in b.general.items()})
    return PolygonArrays(
        np.concatenate([widen(a.x, len(a)), widen(b.x, len(b))], axis=1),
        np.concatenate([widen(a.y, len(a)), widen(b.y, len(b))], axis=1),
        np.concatenate([a.n, b.n]),
        np.concatenate([a.convex, b.convex]),
        np.concatenate([a.bounds, b.bounds]),
        np.concatenate([a.empty, b.empty]),
        general,
    )


__all__ = ["ReleasedLand", "Pieces", "NO_DAY", "EMPTY_M2"]
