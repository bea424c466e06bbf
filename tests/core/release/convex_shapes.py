"""Convex shapes in the plane and the boundary kernel's ring layout, shared by the tests of the
kernel (tests/core/release) and of the pairs left out before it (tests/core/geo)."""

import math

import numpy as np
import shapely


def rings(polygons):
    """The kernel's layout: closed counter-clockwise rings, one column each."""
    width = max(len(p.exterior.coords) for p in polygons)
    x, y = np.zeros((width, len(polygons))), np.zeros((width, len(polygons)))
    n = np.zeros(len(polygons), dtype=np.int64)
    for k, polygon in enumerate(polygons):
        xy = np.asarray(shapely.geometry.polygon.orient(polygon, 1.0).exterior.coords)
        x[:len(xy), k], y[:len(xy), k] = xy[:, 0], xy[:, 1]
        n[k] = len(xy) - 1
    return x, y, n


def box(x0, y0, x1, y1):
    return shapely.box(x0, y0, x1, y1)


def lane(cx, cy, width, length, angle_deg):
    a = math.radians(angle_deg)
    u, v = np.array([math.cos(a), math.sin(a)]), np.array([-math.sin(a), math.cos(a)])
    return shapely.Polygon([np.array([cx, cy]) + su * width / 2 * u + sv * length / 2 * v
                            for su, sv in ((-1, -1), (1, -1), (1, 1), (-1, 1))])
