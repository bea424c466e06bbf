"""Dividing a task or hazard into numbered sectors (or lanes) measured on the ground.

The grid is laid out in the polygon's local UTM zone: sectors are ``width`` metres
across and ``length`` metres along the direction ``angle`` (degrees clockwise from
north), starting from a baseline origin, and clipped to the polygon. Sectors cover the
polygon exactly: no overlap, no gap.
"""

import math
from typing import List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..geo.crs import transform_between, transformed, utm_crs_for
from ..geo.measure import M2_PER_HA, distance_area
from ..model.changes import ChangeSet

translate = QCoreApplication.translate

#: More sectors than this from one polygon is almost surely a unit mistake (cm for m).
MAX_SECTORS = 5000
#: A sector side longer than this (metres) is a unit mistake (and would cost memory for nothing).
MAX_SECTOR_SIDE_M = 100_000.0


def main_direction(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> float:
    """Direction (degrees clockwise from north, 0-180) of the longest side of the
    polygon's smallest enclosing rectangle on the ground: sectors laid along it fit the
    task with the fewest cut cells."""
    local = utm_crs_for(geometry, crs)
    box = transformed(geometry, crs, local).orientedMinimumBoundingBox()[0]
    ring = box.asPolygon()[0] if not box.isEmpty() else []
    if len(ring) < 3:
        return 0.0
    a, b = max(zip(ring, ring[1:]), key=lambda edge: edge[0].sqrDist(edge[1]))
    return math.degrees(math.atan2(b.x() - a.x(), b.y() - a.y())) % 180.0


def sectorise(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem, width_m: float, length_m: float,
              angle_deg: float = 0.0, origin: Optional[QgsPointXY] = None) -> List[Tuple[int, QgsGeometry]]:
    """Sectors of ``geometry`` as (number, polygon in ``crs``), numbered row by row from
    the origin (default: the polygon's corner nearest the baseline)."""
    if geometry is None or geometry.isEmpty() or geometry.type() != QgsWkbTypes.PolygonGeometry:
        raise DeminingError(translate("Sectors", "Only polygons can be divided into sectors."))
    if not all(math.isfinite(v.x()) and math.isfinite(v.y()) for v in geometry.vertices()):
        raise DeminingError(translate(
            "Sectors", "The polygon has a coordinate that is not a number (NaN or infinite)."))
    if not (width_m > 0 and length_m > 0):
        raise DeminingError(translate(
            "Sectors", "Sector width and length must be more than 0 m (got {width_m:g} x {length_m:g}).").format(
                width_m=width_m, length_m=length_m))
    if not (width_m <= MAX_SECTOR_SIDE_M and length_m <= MAX_SECTOR_SIDE_M):
        raise DeminingError(translate(
            "Sectors", "Sectors of {width_m:g} m x {length_m:g} m are larger than any task: each side must be at most "
                       "{max_km:g} km.").format(width_m=width_m, length_m=length_m, max_km=MAX_SECTOR_SIDE_M / 1000))
    if not math.isfinite(angle_deg):
        raise DeminingError(translate("Sectors", "The sector direction {angle_deg} is not a number of degrees.").format(
            angle_deg=angle_deg))
    parent = QgsGeometry(geometry)
    if not parent.isGeosValid():
        parent = _polygonal(parent.makeValid())
    if parent.isNull() or parent.isEmpty() or parent.area() <= 0:
        raise DeminingError(translate(
            "Sectors", "The polygon holds no area (collapsed, or crossing itself); it cannot be divided."))
    local = utm_crs_for(parent, crs)
    to_local = transform_between(crs, local)
    to_source = transform_between(local, crs)
    # The grid is laid out in a frame turned so that the sector direction points up.
    turn = math.radians(angle_deg)
    cos_t, sin_t = math.cos(turn), math.sin(turn)

    def to_frame(p: QgsPointXY) -> Tuple[float, float]:
        return p.x() * cos_t - p.y() * sin_t, p.x() * sin_t + p.y() * cos_t

    def from_frame(u: float, v: float) -> QgsPointXY:
        return QgsPointXY(u * cos_t + v * sin_t, -u * sin_t + v * cos_t)

    corners = [to_frame(to_local.transform(QgsPointXY(v.x(), v.y()))) for v in parent.vertices()]
    u_min, u_max = min(c[0] for c in corners), max(c[0] for c in corners)
    v_min, v_max = min(c[1] for c in corners), max(c[1] for c in corners)
    if origin is not None:
        u0, v0 = to_frame(to_local.transform(origin))
        # Cells keep their alignment to the baseline but must cover the whole polygon.
        u0 -= math.ceil(max(0.0, u0 - u_min) / width_m) * width_m
        v0 -= math.ceil(max(0.0, v0 - v_min) / length_m) * length_m
    else:
        u0, v0 = u_min, v_min
    columns = max(1, math.ceil((u_max - u0) / width_m - 1e-9))
    rows = max(1, math.ceil((v_max - v0) / length_m - 1e-9))
    if columns * rows > MAX_SECTORS * 4:
        raise DeminingError(
            translate("Sectors", "{width_m:g} m x {length_m:g} m sectors would make about {columns:,} sectors; check "
                                 "the units (metres).").format(
                                     width_m=width_m, length_m=length_m, columns=columns * rows))
    # Grid lines, densified and taken to the parent's CRS once, so that neighbouring
    # cells share exactly the same edge and the parent's own edges are never moved:
    # the cells are cut from the parent in its CRS.
    per_w = max(1, math.ceil(width_m / 20.0))
    per_l = max(1, math.ceil(length_m / 20.0))

    # The outer grid lines stand off the polygon: its edges, straight in its own CRS,
    # bow away from straight lines of the local grid by up to a few decimetres.
    margin = max(1.0, 0.002 * max(u_max - u_min, v_max - v_min))

    def u_at(k: int, per: int) -> float:
        return u0 - margin if k == 0 else (u0 + columns * width_m + margin if k == columns * per
                                           else u0 + k * width_m / per)

    def v_at(k: int, per: int) -> float:
        return v0 - margin if k == 0 else (v0 + rows * length_m + margin if k == rows * per
                                           else v0 + k * length_m / per)

    def node(u: float, v: float) -> QgsPointXY:
        return to_source.transform(from_frame(u, v))

    across = [[node(u_at(k, per_w), v_at(r, 1)) for k in range(columns * per_w + 1)] for r in range(rows + 1)]
    along = [[node(u_at(c, 1), v_at(k, per_l)) for k in range(rows * per_l + 1)] for c in range(columns + 1)]
    engine = QgsGeometry.createGeometryEngine(parent.constGet())
    engine.prepareGeometry()
    sectors = []
    number = 0
    for row in range(rows):
        for column in range(columns):
            bottom = across[row][column * per_w:(column + 1) * per_w + 1]
            right = along[column + 1][row * per_l:(row + 1) * per_l + 1]
            top = across[row + 1][column * per_w:(column + 1) * per_w + 1][::-1]
            left = along[column][row * per_l:(row + 1) * per_l + 1][::-1]
            ring = bottom + right[1:] + top[1:] + left[1:]
            cell = QgsGeometry.fromPolygonXY([ring])
            if not engine.intersects(cell.constGet()):
                continue
            piece = _polygonal(parent.intersection(cell))
            if piece.isEmpty() or piece.area() <= 0:
                continue
            number += 1
            if number > MAX_SECTORS:
                raise DeminingError(translate("Sectors", "More than {MAX_SECTORS} sectors; use larger sectors.").format(
                    MAX_SECTORS=MAX_SECTORS))
            sectors.append((number, piece))
    return sectors


def _polygonal(geometry: QgsGeometry) -> QgsGeometry:
    if geometry.type() == QgsWkbTypes.PolygonGeometry:
        return geometry
    polygons = [QgsGeometry(p.clone()) for p in geometry.constParts()
                if QgsGeometry(p.clone()).type() == QgsWkbTypes.PolygonGeometry]
    return QgsGeometry.unaryUnion(polygons) if polygons else QgsGeometry()


def sector_id(parent_id: str, number: int, count: int) -> str:
    """``T-0042/07``: the parent's id and the sector number, padded to the count."""
    return f"{parent_id}/{number:0{max(2, len(str(count)))}d}"


def sector_task_changes(store, task_id: str, width_m: float, length_m: float, angle_deg: float = 0.0,
                        origin: Optional[QgsPointXY] = None, layers=None) -> Tuple[ChangeSet, List[str]]:
    """The change set that stores the sectors of task ``task_id`` as child clearance tasks."""
    layers = layers or store.layers()
    tasks = layers["clearance_tasks"]
    quoted = task_id.replace("'", "''")
    found = list(tasks.getFeatures(QgsFeatureRequest().setFilterExpression(f"\"task_id\" = '{quoted}'")))
    if not found:
        raise DeminingError(translate("Sectors", "Task {task_id} does not exist in this store.").format(
            task_id=task_id))
    parent = found[0]
    children = list(tasks.getFeatures(QgsFeatureRequest().setFilterExpression(f"\"parent_task_id\" = '{quoted}'")))
    if children:
        raise DeminingError(translate("Sectors", "Task {task_id} is already divided into {n_children} sectors.").format(
            task_id=task_id, n_children=len(children)))
    sectors = sectorise(parent.geometry(), tasks.crs(), width_m, length_m, angle_deg, origin)
    da = distance_area(tasks.crs())
    changes = ChangeSet()
    ids = []
    for number, geometry in sectors:
        identifier = sector_id(task_id, number, len(sectors))
        ids.append(identifier)
        changes.add("clearance_tasks", geometry, {
            "task_id": identifier, "hazard_id": parent["hazard_id"], "parent_task_id": task_id,
            "name": f"{parent['name'] or task_id} sector {number}", "task_type": parent["task_type"],
            "status": "open", "district": parent["district"], "organisation": parent["organisation"],
            "team": parent["team"], "planned_start": parent["planned_start"], "planned_end": parent["planned_end"],
            "planned_ha": round(da.measureArea(geometry) / M2_PER_HA, 4), "sector_no": number,
        })
    return changes, ids
