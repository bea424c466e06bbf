"""A GeoPackage layer's R-tree (SQLite's rtree module) built in one pass: the nodes packed
by sort-tile-recursive and written as the rows of the rtree's three shadow tables.

SQLite inserts into an R-tree one entry at a time (about 8 microseconds each, most of a
189,000-point import's index); GDAL's own ``ogr2ogr`` packs the tree in memory instead. The
rows written here are what the rtree module reads: ``<rtree>_node`` (node number, blob),
``<rtree>_rowid`` (entry, its leaf) and ``<rtree>_parent`` (node, its parent). A node's blob
is the node size long: two bytes of tree depth (root only), two of cell count, then cells of
an 8-byte id and four 4-byte floats (min x, max x, min y, max y), all big-endian; the root is
node 1; the boxes are rounded outwards to single precision as the module does.
"""

import math
from typing import List, Tuple

import numpy as np

#: One cell of a two-dimensional R-tree node.
_CELL = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])


def outward(values: np.ndarray, up: bool) -> np.ndarray:
    """Doubles as single-precision floats rounded down (minima) or up (maxima), the way the
    rtree module does it (``rtreeValueDown``/``rtreeValueUp``: a nearest float on the wrong
    side is redone from the value scaled by one part in 2**23)."""
    values = np.asarray(values, dtype=np.float64)
    rounded = values.astype(np.float32)
    wrong = rounded.astype(np.float64) < values if up else rounded.astype(np.float64) > values
    shrink, grow = 1.0 - 1.0 / 8388608.0, 1.0 + 1.0 / 8388608.0
    factor = np.where(values < 0, shrink if up else grow, grow if up else shrink)
    return np.where(wrong, (values * factor).astype(np.float32), rounded)


def _groups(boxes: np.ndarray, capacity: int) -> Tuple[np.ndarray, np.ndarray]:
    """Sort-tile-recursive: the entries' indexes in the order that puts neighbours together, and
    where each group of ``capacity`` starts in it."""
    count = len(boxes)
    slices = math.ceil(math.sqrt(math.ceil(count / capacity)))
    centre_x = (boxes[:, 0].astype(np.float64) + boxes[:, 1]) / 2
    centre_y = (boxes[:, 2].astype(np.float64) + boxes[:, 3]) / 2
    band = np.empty(count, dtype=np.int64)
    band[np.argsort(centre_x, kind="stable")] = np.arange(count) // (slices * capacity)
    return np.lexsort((centre_y, band)), np.arange(0, count, capacity)


def packed_tree(ids: np.ndarray, boxes: np.ndarray, node_size: int
                ) -> Tuple[List[Tuple[int, bytes]], List[Tuple[int, int]], List[Tuple[int, int]]]:
    """The rows of the node, rowid and parent tables of an R-tree holding ``ids`` with their
    ``boxes`` (n x 4 float32: min x, max x, min y, max y), for nodes of ``node_size`` bytes."""
    capacity = (node_size - 4) // _CELL.itemsize
    level_ids, level_boxes = np.asarray(ids, dtype=np.int64), np.asarray(boxes, dtype=np.float32).reshape(-1, 4)
    levels = []  # from the leaves up: (cells in node order, where each node's cells start, that order)
    while True:
        order, starts = _groups(level_boxes, capacity) if len(level_ids) > capacity else (
            np.arange(len(level_ids)), np.zeros(1, dtype=np.int64))
        cells = np.empty(len(order), dtype=_CELL)
        cells["id"], cells["box"] = level_ids[order], level_boxes[order]
        levels.append((cells, starts, order))
        if len(starts) == 1:
            break
        # One entry per node one level up, its box the union of its cells' (its id set below).
        ordered = level_boxes[order]
        level_boxes = np.column_stack([np.minimum.reduceat(ordered[:, 0], starts),
                                       np.maximum.reduceat(ordered[:, 1], starts),
                                       np.minimum.reduceat(ordered[:, 2], starts),
                                       np.maximum.reduceat(ordered[:, 3], starts)]).astype(np.float32)
        level_ids = np.zeros(len(starts), dtype=np.int64)
    # Node numbers from the root down (the root is 1); a node's cells point at the level below.
    first_numbers, number = [], 1
    for _cells, starts, _order in reversed(levels):
        first_numbers.insert(0, number)
        number += len(starts)
    depth = len(levels) - 1
    nodes, rowids, parents = [], [], []
    for height, (cells, starts, order) in enumerate(levels):
        if height > 0:  # entry k of this level is node k of the level below
            cells["id"] = first_numbers[height - 1] + order
        ends = np.append(starts[1:], len(cells))
        numbers = np.arange(first_numbers[height], first_numbers[height] + len(starts))
        owner = np.repeat(numbers, ends - starts).tolist()
        (rowids if height == 0 else parents).extend(zip(cells["id"].tolist(), owner))
        raw = cells.tobytes()
        size = _CELL.itemsize
        for node, start, end in zip(numbers.tolist(), starts.tolist(), ends.tolist()):
            header = (depth if node == 1 else 0).to_bytes(2, "big") + (end - start).to_bytes(2, "big")
            blob = header + raw[start * size:end * size]
            nodes.append((node, blob + bytes(node_size - len(blob))))
    return nodes, rowids, parents
