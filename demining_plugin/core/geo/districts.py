"""Regions (districts) in the equal-area plane, for splitting released land and
placing items found, routes and accidents.

Most polygons and points lie well inside one region: NumPy finds that region (point in
polygon by counting crossings of the region edges near the point, and a test of the
polygon against the region edges crossing its box). Only the polygons that touch a
boundary are cut with GEOS. Regions that overlap each other are made disjoint (the
first one keeps the overlap) so that no square metre is counted in two districts.
"""

from typing import Dict, List, Sequence, Tuple

import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsRectangle, QgsUnitTypes, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..model.values import is_null
from .equal_area import PlaneProjector
from .overlay_kernel import EMPTY_M2, line_sides, signed_areas, split_by_side
from .polygon_arrays import PolygonArrays, polygonal

translate = QCoreApplication.translate

#: Region index of what lies outside every region.
OUTSIDE = -1
#: Classification of a polygon that crosses a region boundary (it must be cut).
CROSSING = -2
#: Cut big regions to the box of the polygon first: GEOS then works on a few edges.
_CLIP_VERTICES = 400
#: Boundary segments a released polygon is cut along at most by the NumPy kernels (more:
#: GEOS). A bend of a boundary inside a polygon makes two, a junction of three districts three.
MOST_CUTS = 4
#: (point, region edge) pairs tested together when locating points.
_PAIRS_PER_PASS = 1 << 20
#: Cells of the regions' grid: at least this many, this many per region edge, at most.
_GRID_CELLS, _CELLS_PER_EDGE, _GRID_CELLS_MAX = 1 << 20, 256, 1 << 24
#: Polygons classified together.
_ROWS_PER_PASS = 1 << 17
#: Land left outside every region is reported when larger than this (m2): smaller
#: remainders are the rounding of boundaries that two districts share.
_SLIVER_M2 = 1e-3


class RegionIndex:
    def __init__(self, names: Sequence[str], geometries: Sequence[QgsGeometry]):
        self.names: List[str] = list(names)
        self.geometries: List[QgsGeometry] = list(geometries)
        self.boxes = np.array([_box(g) for g in self.geometries]).reshape(-1, 4)
        self._vertex_counts = [g.constGet().nCoordinates() for g in self.geometries]
        self._build_edges()

    def __len__(self) -> int:
        return len(self.names)

    # -- NumPy lookups ------------------------------------------------------------------
    def _build_edges(self) -> None:
        x1, y1, x2, y2, owner = [], [], [], [], []
        for r, geometry in enumerate(self.geometries):
            for polygon in _polygons(geometry):
                for ring in polygon:
                    xy = np.array([(p.x(), p.y()) for p in ring])
                    if len(xy) < 2:
                        continue
                    x1.append(xy[:-1, 0])
                    y1.append(xy[:-1, 1])
                    x2.append(xy[1:, 0])
                    y2.append(xy[1:, 1])
                    owner.append(np.full(len(xy) - 1, r))
        if not owner:
            self.edges = np.zeros((0, 4))
            self.edge_region = np.zeros(0, dtype=np.int64)
            self._bands = None
            return
        self.edges = np.column_stack([np.concatenate(x1), np.concatenate(y1), np.concatenate(x2), np.concatenate(y2)])
        self.edge_region = np.concatenate(owner)
        e = self.edges
        self._x0, self._y0 = min(e[:, 0].min(), e[:, 2].min()), min(e[:, 1].min(), e[:, 3].min())
        width = max(e[:, 0].max(), e[:, 2].max()) - self._x0
        height = max(e[:, 1].max(), e[:, 3].max()) - self._y0
        # A grid of at least 1024 cells on the longer side, finer with more region edges (ten
        # copies of the districts side by side get cells as small as one copy): a polygon's
        # box covers few cells and a cell few edges. Rows of cells (bands) serve the
        # point-in-region counts, their edges kept apart by region.
        longer = max(width, height)
        wanted = min(max(_GRID_CELLS, _CELLS_PER_EDGE * len(e)), _GRID_CELLS_MAX)
        self._cell = max(min(longer / 1024, np.sqrt(width * height / wanted)), longer / 16384, 1e-6)
        self._nx = int(width // self._cell) + 1
        self._ny = int(height // self._cell) + 1
        ylo, yhi = np.minimum(e[:, 1], e[:, 3]), np.maximum(e[:, 1], e[:, 3])
        band0, band1 = self._row(ylo), self._row(yhi)
        regions = len(self.names)
        self._bands = _spread(band0 * regions + self.edge_region, band1 - band0 + 1, step=regions)
        # Each edge goes into the cells along it: cut into steps no longer than a cell,
        # each step marks the cells of its own box.
        lengths = np.hypot(e[:, 2] - e[:, 0], e[:, 3] - e[:, 1])
        steps = np.maximum(np.ceil(lengths / self._cell).astype(np.int64), 1)
        edge_of = np.repeat(np.arange(len(e)), steps)
        k = np.arange(len(edge_of)) - np.repeat(np.cumsum(steps) - steps, steps)
        t0, t1 = k / steps[edge_of], (k + 1) / steps[edge_of]
        sx0 = e[edge_of, 0] + t0 * (e[edge_of, 2] - e[edge_of, 0])
        sx1 = e[edge_of, 0] + t1 * (e[edge_of, 2] - e[edge_of, 0])
        sy0 = e[edge_of, 1] + t0 * (e[edge_of, 3] - e[edge_of, 1])
        sy1 = e[edge_of, 1] + t1 * (e[edge_of, 3] - e[edge_of, 1])
        col0, col1 = self._col(np.minimum(sx0, sx1)), self._col(np.maximum(sx0, sx1))
        row0, row1 = self._row(np.minimum(sy0, sy1)), self._row(np.maximum(sy0, sy1))
        per = (col1 - col0 + 1) * (row1 - row0 + 1)
        step_of = np.repeat(np.arange(len(edge_of)), per)
        k = np.arange(len(step_of)) - np.repeat(np.cumsum(per) - per, per)
        span = (col1 - col0 + 1)[step_of]
        cells = (row0[step_of] + k // span) * self._nx + col0[step_of] + k % span
        unique = np.unique(cells * len(e) + edge_of[step_of])
        self._cell_keys, self._cell_edges = unique // len(e), unique % len(e)
        # One flag per cell (at most _GRID_CELLS_MAX bytes): most cells asked about have
        # no edge, answered without a search.
        self._edge_cell = np.zeros(self._nx * self._ny, dtype=bool)
        self._edge_cell[self._cell_keys] = True

    def _row(self, y: np.ndarray) -> np.ndarray:
        return np.clip(np.floor((y - self._y0) / self._cell).astype(np.int64), 0, self._ny - 1)

    def _col(self, x: np.ndarray) -> np.ndarray:
        return np.clip(np.floor((x - self._x0) / self._cell).astype(np.int64), 0, self._nx - 1)

    def locate_points(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Index of the region holding each point, ``OUTSIDE`` for none (even-odd rule).

        A grid cell that no region edge passes through lies wholly in one region (or in
        none), and so does a run of such cells along a row between two cells an edge
        passes through: the points of a run share the answer for the centre of one of its
        cells, so only points in cells on a boundary are tested one by one.
        """
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        found = np.full(len(x), OUTSIDE, dtype=np.int64)
        if self._bands is None or len(x) == 0:
            return found
        inside = np.isfinite(x) & np.isfinite(y) & (x >= self._x0) & (y >= self._y0) & \
            (x < self._x0 + self._nx * self._cell) & (y < self._y0 + self._ny * self._cell)
        points = np.flatnonzero(inside)
        row = self._row(y[points])
        cells = row * self._nx + self._col(x[points])
        at = np.searchsorted(self._cell_keys, cells)
        on_boundary = self._edge_cell[cells]
        exact = points[on_boundary]
        found[exact] = self._locate_exactly(x[exact], y[exact])
        # Cells of one row with no boundary cell between them (the same place among the
        # sorted boundary cells) form one run.
        interior = ~on_boundary
        runs, first, inverse = np.unique(at[interior] * self._ny + row[interior], return_index=True,
                                         return_inverse=True)
        sample = cells[interior][first]
        centre_x = self._x0 + (sample % self._nx + 0.5) * self._cell
        centre_y = self._y0 + (sample // self._nx + 0.5) * self._cell
        found[points[interior]] = self._locate_exactly(centre_x, centre_y)[inverse]
        # Points outside the grid are outside every region (the grid covers them all).
        return found

    def _locate_exactly(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Region of each point by counting the region edges crossed by a ray to the east.

        Only the edges of the regions whose box holds the point are counted (outside its
        box a point is outside the region), in the point's band.
        """
        regions = len(self.names)
        found = np.full(len(x), regions, dtype=np.int64)
        if len(x) == 0:
            return np.full(0, OUTSIDE, dtype=np.int64)
        bin_keys, _edge_ids = self._bands
        inside_extent = (y >= self._y0) & (y <= self._y0 + self._ny * self._cell) & np.isfinite(x)
        points = np.flatnonzero(inside_extent)
        px, py, band = x[points], y[points], self._row(y[points])
        b = self.boxes
        pair_point, pair_region = [], []
        # Per region, the points in its span of x (points sorted by x), then in its box.
        by_x = np.argsort(px, kind="stable")
        sorted_x = px[by_x]
        lo = np.searchsorted(sorted_x, b[:, 0], side="left")
        hi = np.searchsorted(sorted_x, b[:, 2], side="right")
        for r in range(regions):
            near = by_x[lo[r]:hi[r]]
            near = near[(py[near] >= b[r, 1]) & (py[near] <= b[r, 3])]
            pair_point.append(near)
            pair_region.append(np.full(len(near), r, dtype=np.int64))
        pair_point, pair_region = np.concatenate(pair_point), np.concatenate(pair_region)
        bins = band[pair_point] * regions + pair_region
        lo = np.searchsorted(bin_keys, bins, side="left")
        per = np.searchsorted(bin_keys, bins, side="right") - lo
        # A bounded number of (point, edge) pairs at a time: memory stays flat however many
        # points and districts there are.
        total = np.cumsum(per)
        begin = 0
        while begin < len(pair_point):
            end = max(int(np.searchsorted(total, (total[begin - 1] if begin else 0) + _PAIRS_PER_PASS, side="right")),
                      begin + 1)
            chunk = slice(begin, end)
            self._crossings(x, y, points[pair_point[chunk]], pair_region[chunk], lo[chunk], per[chunk], found)
            begin = end
        found[found == regions] = OUTSIDE
        return found

    def _crossings(self, x, y, points, region, first, per, found) -> None:
        """``found`` of ``points`` lowered to ``region`` when they cross an odd number of the
        ``per`` edges of that region in their band (from ``first`` in the band's list)."""
        _bin_keys, edge_ids = self._bands
        pair_of = np.repeat(np.arange(len(points)), per)
        k = np.arange(len(pair_of)) - np.repeat(np.cumsum(per) - per, per)
        edge = edge_ids[np.repeat(first, per) + k]
        e = self.edges[edge]
        point_of = points[pair_of]
        px, py = x[point_of], y[point_of]
        spans = (e[:, 1] > py) != (e[:, 3] > py)
        with np.errstate(divide="ignore", invalid="ignore"):
            cross_x = e[:, 0] + (py - e[:, 1]) * (e[:, 2] - e[:, 0]) / (e[:, 3] - e[:, 1])
        hit = spans & (px < cross_x)
        # Crossings per (point, region) pair, odd: inside; the lowest such region of each
        # point. Counted on the pairs met, not on a points x regions table (1,000,000
        # points in 110 districts would take gigabytes).
        odd = np.bincount(pair_of[hit], minlength=len(points)) % 2 == 1
        np.minimum.at(found, points[odd], region[odd])

    def classify_convex(self, polygons: PolygonArrays, rows: np.ndarray, with_edges: bool = False):
        """Region of each convex polygon that lies in one region (or outside all), and
        ``CROSSING`` for those that touch a region edge.

        With ``with_edges`` also returns the pairs (polygon row, region edge) that touch.
        Polygons are taken a bounded number at a time (flat memory).
        """
        rows = np.asarray(rows, dtype=np.int64)
        parts = [self._classify_part(polygons, rows[k:k + _ROWS_PER_PASS], with_edges)
                 for k in range(0, max(len(rows), 1), _ROWS_PER_PASS)]
        if not with_edges:
            return np.concatenate(parts)
        return tuple(np.concatenate([part[k] for part in parts]) for k in range(3))

    def _classify_part(self, polygons: PolygonArrays, rows: np.ndarray, with_edges: bool):
        result = self.locate_points(polygons.x[0, rows], polygons.y[0, rows])
        nothing = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
        if self._bands is None or len(rows) == 0:
            return (result, *nothing) if with_edges else result
        b = polygons.bounds[rows]
        col0, col1 = self._col(b[:, 0]), self._col(b[:, 2])
        row0, row1 = self._row(b[:, 1]), self._row(b[:, 3])
        per = (col1 - col0 + 1) * (row1 - row0 + 1)
        poly_of = np.repeat(np.arange(len(rows)), per)
        k = np.arange(len(poly_of)) - np.repeat(np.cumsum(per) - per, per)
        span = (col1 - col0 + 1)[poly_of]
        cells = (row0[poly_of] + k // span) * self._nx + col0[poly_of] + k % span
        on_edge = self._edge_cell[cells]
        poly_of, cells = poly_of[on_edge], cells[on_edge]
        lo = np.searchsorted(self._cell_keys, cells, side="left")
        hi = np.searchsorted(self._cell_keys, cells, side="right")
        count = hi - lo
        pair_poly = np.repeat(poly_of, count)
        k = np.arange(len(pair_poly)) - np.repeat(np.cumsum(count) - count, count)
        pair_edge = self._cell_edges[np.repeat(lo, count) + k]
        if len(pair_poly) == 0:
            return (result, *nothing) if with_edges else result
        unique = np.unique(pair_poly * len(self.edges) + pair_edge)
        pair_poly, pair_edge = unique // len(self.edges), unique % len(self.edges)
        touching = _segments_touch_convex(self.edges[pair_edge], polygons, rows[pair_poly])
        result[np.unique(pair_poly[touching])] = CROSSING
        if with_edges:
            return result, rows[pair_poly[touching]], pair_edge[touching]
        return result

    def cut_at_boundaries(self, polygons: PolygonArrays, touch_rows: np.ndarray, touch_edges: np.ndarray,
                          most: int = MOST_CUTS):
        """Cut the convex polygons that boundary segments touch into convex pieces that
        each lie in one region.

        A district boundary is made of edges hundreds of metres to kilometres long, so a
        released polygon on a boundary is touched by one segment, or two or three where a
        bend of the boundary lies inside it. Each polygon is cut along the whole line of
        every segment touching it, in turn: the pieces stay convex, and as each lies on
        one side of every such line no boundary passes through it, so the region of any
        point inside it (its centre) is its region. Returns ``(rows, x, y, n, piece_row,
        piece_region)``: the rows so cut, and their pieces as rings in plane coordinates.
        Rows touched by more than ``most`` segments are left to GEOS.
        """
        empty = np.zeros(0, dtype=np.int64)
        nothing = (empty, np.zeros((1, 0)), np.zeros((1, 0)), empty, empty, empty)
        if len(touch_rows) == 0:
            return nothing
        e = self.edges[touch_edges]
        # The boundary between two regions is stored once per region, reversed: the same
        # segment either way counts as one.
        flip = (e[:, 0] > e[:, 2]) | ((e[:, 0] == e[:, 2]) & (e[:, 1] > e[:, 3]))
        seg = np.where(flip[:, None], e[:, [2, 3, 0, 1]], e)
        table = np.unique(np.column_stack([touch_rows.astype(float), seg]), axis=0)
        rows, first, count = np.unique(table[:, 0].astype(np.int64), return_index=True, return_counts=True)
        usable = count <= most
        rows, first, count = rows[usable], first[usable], count[usable]
        if len(rows) == 0:
            return nothing
        # Pieces about their polygon's first vertex (small numbers), at first the polygons.
        ox, oy = polygons.x[0, rows], polygons.y[0, rows]
        px, py, pn = polygons.x[:, rows] - ox, polygons.y[:, rows] - oy, polygons.n[rows].copy()
        owner = np.arange(len(rows))
        for k in range(int(count.max())):
            at = np.flatnonzero(count.take(owner) > k)  # pieces of a polygon with a k-th segment
            if len(at) == 0:
                continue
            line = table[first.take(owner.take(at)) + k, 1:]
            lox, loy = ox.take(owner.take(at)), oy.take(owner.take(at))
            ax, ay = line[:, 0] - lox, line[:, 1] - loy
            dx, dy = line[:, 2] - line[:, 0], line[:, 3] - line[:, 1]
            sub_x, sub_y, sub_n = px[:, at], py[:, at], pn[at]
            left, right = split_by_side(sub_x, sub_y, sub_n, line_sides(sub_x, sub_y, ax, ay, dx, dy))
            rest = np.ones(len(pn), dtype=bool)
            rest[at] = False
            parts = [(px[:, rest], py[:, rest], pn[rest], owner[rest]), (*left, owner[at]), (*right, owner[at])]
            width = max(part[0].shape[0] for part in parts)
            px = np.concatenate([_pad_rows(part[0], width) for part in parts], axis=1)
            py = np.concatenate([_pad_rows(part[1], width) for part in parts], axis=1)
            pn = np.concatenate([part[2] for part in parts])
            owner = np.concatenate([part[3] for part in parts])
            keep = (pn >= 3) & (signed_areas(px - px[0], py - py[0], pn) > EMPTY_M2)
            px, py, pn, owner = px[:, keep], py[:, keep], pn[keep], owner[keep]
        px += ox.take(owner)
        py += oy.take(owner)
        valid = np.arange(px.shape[0])[:, None] < pn[None, :]
        cx = np.where(valid, px, 0.0).sum(axis=0) / np.maximum(pn, 1)
        cy = np.where(valid, py, 0.0).sum(axis=0) / np.maximum(pn, 1)
        piece_region = self.locate_points(cx, cy)
        order = np.argsort(owner, kind="stable")
        return rows, px[:, order], py[:, order], pn[order], rows.take(owner.take(order)), piece_region[order]

    # -- GEOS cuts ----------------------------------------------------------------------
    def split(self, geometry: QgsGeometry, home: int = CROSSING) -> List[Tuple[int, float]]:
        """``(region, area m2)`` of a plane polygon, cut at region boundaries.

        ``home`` is the region already known to hold the whole polygon, if any.
        """
        area = geometry.area() if not geometry.isEmpty() else 0.0
        if home != CROSSING or not self.names:
            return [(home if home != CROSSING else OUTSIDE, area)]
        if area <= EMPTY_M2:
            return []
        box = geometry.boundingBox()
        parts: List[Tuple[int, float]] = []
        inside = 0.0
        for r in self.regions_near(box):
            region = self.geometries[r]
            if self._vertex_counts[r] > _CLIP_VERTICES:
                grown = QgsRectangle(box)
                grown.grow(max(box.width(), box.height()) * 0.01 + 1.0)
                region = region.clipped(grown)
            piece = geometry.intersection(region)
            piece_area = piece.area() if piece is not None and not piece.isEmpty() else 0.0
            if piece_area > EMPTY_M2:
                parts.append((r, piece_area))
                inside += piece_area
        if area - inside > _SLIVER_M2:
            parts.append((OUTSIDE, area - inside))
        return parts

    def regions_near(self, box: QgsRectangle) -> List[int]:
        b = self.boxes
        hit = (b[:, 0] <= box.xMaximum()) & (box.xMinimum() <= b[:, 2]) & \
              (b[:, 1] <= box.yMaximum()) & (box.yMinimum() <= b[:, 3])
        return [int(r) for r in np.flatnonzero(hit)]


def _pad_rows(values: np.ndarray, rows: int) -> np.ndarray:
    return np.pad(values, ((0, rows - values.shape[0]), (0, 0)))


def _box(geometry: QgsGeometry) -> Tuple[float, float, float, float]:
    box = geometry.boundingBox()
    return box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()


def _polygons(geometry: QgsGeometry):
    if geometry.isMultipart():
        return geometry.asMultiPolygon()
    return [geometry.asPolygon()]


def _spread(first: np.ndarray, count: np.ndarray, step: int = 1) -> Tuple[np.ndarray, np.ndarray]:
    """Items spread over ``count`` bins ``step`` apart from ``first``: ``(bins, items)``
    sorted by bin (only the bins met are stored, however many regions and bands)."""
    item = np.repeat(np.arange(len(first)), count)
    k = np.arange(len(item)) - np.repeat(np.cumsum(count) - count, count)
    bin_of = first[item] + k * step
    order = np.argsort(bin_of, kind="stable")
    return bin_of[order], item[order]


def _segments_touch_convex(segments: np.ndarray, polygons: PolygonArrays, rows: np.ndarray) -> np.ndarray:
    """Whether each segment meets (crosses or touches) its convex polygon: Cyrus-Beck
    clipping of the segment by the polygon's half-planes."""
    x, y, n = polygons.x[:, rows], polygons.y[:, rows], polygons.n[rows]
    ox, oy = x[0], y[0]
    x, y = x - ox, y - oy
    ax, ay = segments[:, 0] - ox, segments[:, 1] - oy
    dx, dy = segments[:, 2] - segments[:, 0], segments[:, 3] - segments[:, 1]
    width = x.shape[0] - 1
    valid = np.arange(width)[:, None] < n[None, :]
    ex, ey = x[1:] - x[:width], y[1:] - y[:width]
    x, y = x[:width], y[:width]
    # Inside of edge k (counter-clockwise ring): cross(e, p - v) >= 0. Along the segment
    # p = a + t d, so the inside is start + t rate >= 0.
    start = ex * (ay - y) - ey * (ax - x)
    rate = ex * dy - ey * dx
    tol = 1e-9 * (np.abs(start) + 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = -start / rate
    entering = valid & (rate > 0)
    leaving = valid & (rate < 0)
    parallel_out = valid & (rate == 0) & (start < -tol)
    lower = np.maximum(0.0, np.where(entering, t, -np.inf).max(axis=0))
    upper = np.minimum(1.0, np.where(leaving, t, np.inf).min(axis=0))
    return (lower <= upper + 1e-12) & ~parallel_out.any(axis=0)


def read_regions(layer: QgsVectorLayer, name_field: str) -> List[Tuple[str, QgsGeometry]]:
    """``(name, polygonal geometry)`` of each feature of a regions layer, in its CRS.

    Done by the thread that owns the layer; ``build_regions`` may then run anywhere.
    """
    label = layer_name(layer)
    if QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.PolygonGeometry:
        raise DeminingError(translate("Regions", "The regions layer '{label}' is not a polygon layer.").format(
            label=label))
    index = layer.fields().lookupField(name_field)
    if index < 0:
        raise DeminingError(translate("Regions", "The regions layer '{label}' has no field '{name_field}'.").format(
            label=label, name_field=name_field))
    out = []
    for feature in layer.getFeatures(QgsFeatureRequest().setSubsetOfAttributes([index])):
        geometry = polygonal(feature.geometry())
        if geometry.isEmpty():
            continue
        value = feature[index]
        name = "" if is_null(value) else str(value)
        out.append((name, geometry))
    return out


def build_regions(named: Sequence[Tuple[str, QgsGeometry]], crs, projector: PlaneProjector) -> RegionIndex:
    """A region index in the plane of ``projector`` from geometries in ``crs``.

    Features with the same name form one region; regions are made disjoint in the
    order of their first feature (the earlier one keeps an overlap).
    """
    region_projector = PlaneProjector(crs, projector.lon0)
    step = _densify_step(crs)
    pieces: Dict[str, List[QgsGeometry]] = {}
    for name, geometry in named:
        # District edges are often kilometres long: cut into steps of about 500 m first, the
        # boundary follows the stored straight edge (in the layer's CRS) to a few millimetres
        # once projected, instead of bowing by up to metres.
        pieces.setdefault(name, []).append(region_projector.geometry(geometry.densifyByDistance(step)))
    names, geometries = [], []
    for name, parts in pieces.items():
        merged = parts[0]
        for part in parts[1:]:  # pairwise: GEOS 3.11's unary union can drop identical inputs
            merged = merged.combine(part)
        for earlier in geometries:
            if merged.boundingBox().intersects(earlier.boundingBox()) and merged.intersects(earlier):
                overlap = merged.intersection(earlier)
                if overlap.area() > EMPTY_M2:
                    merged = merged.difference(earlier)
        merged = polygonal(merged)
        if merged.isEmpty():
            continue
        names.append(name)
        geometries.append(merged)
    return RegionIndex(names, geometries)


def _densify_step(crs) -> float:
    """About 500 m in the units of ``crs``."""
    if crs.isGeographic():
        return 0.005
    factor = QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceMeters, crs.mapUnits())
    return 500.0 * (factor if factor > 0 else 1.0)


def layer_name(layer) -> str:
    """Name of a layer or of a Processing feature source."""
    return layer.name() if hasattr(layer, "name") else layer.sourceName()


def layer_crs(layer):
    return layer.crs() if hasattr(layer, "crs") else layer.sourceCrs()
