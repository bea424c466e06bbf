"""Marking land as released (cleared, reduced or cancelled) without ever counting a
hectare twice.

``plan_release()`` works out what a drawing means: the drawn polygon intersected with
the hazard areas, minus land already released, split by task and at district
boundaries, slivers dropped; the hazards' remaining area and status and the tasks'
status that follow. ``mark_released()`` applies that plan to the store in one
transaction and returns it with the change set that undoes it. The map tool and the
``demining:markcleared`` algorithm both call ``mark_released()``.
"""

import datetime
import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..geo.crs import transformed
from ..geo.measure import M2_PER_HA, densified, distance_area, union_of
from ..locale_format import format_number
from ..model.changes import ChangeSet
from ..model.schema import RELEASE_METHOD, TECHNIQUE

#: Land smaller than this (m2) is never stored, and a hazard with less left is closed.
DEFAULT_TOLERANCE_M2 = 1.0

#: Qt's translation function under the name pylupdate5 collects.
translate = QCoreApplication.translate


def _released_phrase(method: str, hectares: str) -> str:
    """"3.42 ha cleared" in the user's language."""
    if method == "reduced":
        return translate("Release", "{ha} ha reduced").format(ha=hectares)
    if method == "cancelled":
        return translate("Release", "{ha} ha cancelled").format(ha=hectares)
    return translate("Release", "{ha} ha cleared").format(ha=hectares)


@dataclass
class ReleaseDetails:
    """What the operator says about the work (the mark-cleared dialog, or the
    algorithm's parameters)."""

    method: str = "cleared"
    technique: Optional[str] = None
    organisation: str = ""
    team: str = ""
    released_on: datetime.date = field(default_factory=datetime.date.today)
    depth_cm: Optional[int] = None
    task_id: Optional[str] = None
    remarks: str = ""

    def check(self) -> None:
        if self.method not in RELEASE_METHOD.codes:
            raise DeminingError(translate("Release", "Release method '{method}' is not one of {codes}.").format(
                method=self.method, codes=", ".join(RELEASE_METHOD.codes)))
        if self.technique not in (None, "") and self.technique not in TECHNIQUE.codes:
            raise DeminingError(translate("Release", "Technique '{technique}' is not one of {codes}.").format(
                technique=self.technique, codes=", ".join(TECHNIQUE.codes)))
        if not isinstance(self.released_on, datetime.date):
            raise DeminingError(translate("Release", "The release date is missing."))
        if self.released_on > datetime.date.today():
            raise DeminingError(translate("Release", "The release date {date} is in the future.").format(
                date=self.released_on.isoformat()))
        if self.depth_cm is not None and not 0 <= self.depth_cm <= 500:
            raise DeminingError(translate("Release", "Clearance depth {depth} cm is outside 0-500 cm.").format(
                depth=self.depth_cm))


@dataclass
class ReleasedPiece:
    geometry: QgsGeometry  # store CRS
    hazard_id: str
    task_id: Optional[str]
    district: Optional[str]
    area_ha: float


@dataclass
class ReleasePlan:
    pieces: List[ReleasedPiece]
    changes: ChangeSet
    hazard_remaining_ha: Dict[str, float]
    hazard_status: Dict[str, Tuple[str, str]]  # id -> (before, after)
    task_status: Dict[str, Tuple[str, str]]
    notes: List[str]
    reason: str = ""  # why nothing is added, when nothing is
    undo: Optional[ChangeSet] = None  # filled once applied

    @property
    def added_ha(self) -> float:
        return sum(piece.area_ha for piece in self.pieces)

    def summary(self, method: str) -> str:
        """What happened, in words and numbers, for the message bar."""
        if not self.pieces:
            return self.reason
        parts = []
        by_place: Dict[Tuple[Optional[str], Optional[str]], float] = {}
        for piece in self.pieces:
            key = (piece.task_id, piece.district)
            by_place[key] = by_place.get(key, 0.0) + piece.area_ha
        for (task_id, district), area in sorted(by_place.items(), key=lambda kv: (kv[0][0] or "", kv[0][1] or "")):
            text = _released_phrase(method, format_number(area, 2))
            if task_id:
                text = translate("Release", "{released} in task {task}").format(released=text, task=task_id)
            if district:
                text = translate("Release", "{released} ({district})").format(released=text, district=district)
            parts.append(text)
        remain = []
        for h in sorted(self.hazard_remaining_ha):
            text = translate("Release", "{ha} ha remain in hazard {hazard}").format(
                ha=format_number(self.hazard_remaining_ha[h], 2), hazard=h)
            if self.hazard_status[h][1] == "closed":
                text = translate("Release", "{remain} (now closed)").format(remain=text)
            remain.append(text)
        text = "; ".join(parts + remain)
        if self.notes:
            text += ". " + " ".join(self.notes)
        return text


def _polygons_only(geometry: QgsGeometry) -> QgsGeometry:
    """The polygonal part of a geometry (a repair or an intersection can add lines)."""
    if geometry.isEmpty():
        return geometry
    if geometry.type() == QgsWkbTypes.PolygonGeometry and not geometry.isMultipart():
        return geometry
    if QgsWkbTypes.flatType(geometry.wkbType()) == QgsWkbTypes.GeometryCollection:
        parts = [QgsGeometry(part.clone()) for part in geometry.constParts()]
        polygons = [p for p in parts if p.type() == QgsWkbTypes.PolygonGeometry and not p.isEmpty()]
        return QgsGeometry.unaryUnion(polygons) if polygons else QgsGeometry()
    return geometry if geometry.type() == QgsWkbTypes.PolygonGeometry else QgsGeometry()


def prepare_drawing(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem,
                    store_crs: QgsCoordinateReferenceSystem) -> Tuple[QgsGeometry, List[str]]:
    """The drawing in the store's CRS, repaired if it crosses itself; refused when it
    holds no area."""
    notes = []
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        raise DeminingError(translate("Release", "The drawn area is empty."))
    if geometry.type() != QgsWkbTypes.PolygonGeometry:
        raise DeminingError(translate("Release", "Released land must be drawn as a polygon."))
    if not all(math.isfinite(v.x()) and math.isfinite(v.y()) for v in geometry.vertices()):
        raise DeminingError(translate("Release",
                                      "The drawing has a coordinate that is not a number (NaN or infinite)."))
    g = transformed(geometry, crs, store_crs) if crs.isValid() else QgsGeometry(geometry)
    if not g.isGeosValid():
        repaired = _polygons_only(g.makeValid())
        if repaired.isEmpty() or repaired.area() <= 0:
            raise DeminingError(translate(
                "Release", "The drawing crosses itself and holds no area once repaired; draw it again."))
        g = repaired
        notes.append(translate("Release", "The drawing crossed itself and was repaired."))
    return g, notes


def _features(layer, rect, expression: Optional[str] = None):
    request = QgsFeatureRequest().setFilterRect(rect)
    if expression:
        request.setFilterExpression(expression)
    return layer.getFeatures(request)


def plan_release(store, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem, details: ReleaseDetails,
                 tolerance_m2: float = DEFAULT_TOLERANCE_M2, layers=None) -> ReleasePlan:
    """Work out what marking ``geometry`` (in ``crs``) released means for the store."""
    details.check()
    layers = layers or store.layers()
    store_crs = layers["cleared_areas"].crs()
    drawing, notes = prepare_drawing(geometry, crs, store_crs)
    da = distance_area(store_crs)
    tolerance_ha = tolerance_m2 / M2_PER_HA

    def area_ha(g: QgsGeometry) -> float:
        # Densified so that overlay slivers (zero width in the store's CRS) measure ~0.
        return da.measureArea(densified(g, store_crs)) / M2_PER_HA

    empty = ReleasePlan([], ChangeSet(), {}, {}, {}, notes)
    rect = drawing.boundingBox()

    # The task, when the operator named one: work outside it is not that task's.
    task_geometry = None
    if details.task_id:
        quoted = details.task_id.replace("'", "''")
        found = list(layers["clearance_tasks"].getFeatures(
            QgsFeatureRequest().setFilterExpression(f"\"task_id\" = '{quoted}'")))
        if not found:
            raise DeminingError(translate("Release", "Task {task} does not exist in this store.").format(
                task=details.task_id))
        task_geometry = found[0].geometry()
        clipped = _polygons_only(drawing.intersection(task_geometry))
        if clipped.isEmpty() or area_ha(clipped) < tolerance_ha:
            empty.reason = translate("Release", "Nothing was added: the area lies outside task {task}.").format(
                task=details.task_id)
            return empty
        if area_ha(drawing) - area_ha(clipped) >= tolerance_ha:
            notes.append(translate("Release",
                "The part outside task {task} was left out.").format(task=details.task_id))
        drawing = clipped

    hazards = [f for f in _features(layers["hazard_areas"], rect) if f.geometry().intersects(drawing)]
    if not hazards:
        empty.reason = translate("Release", "Nothing was added: the area is outside every hazard area.")
        return empty

    tasks = [f for f in _features(layers["clearance_tasks"], rect) if f.geometry().intersects(drawing)]
    # Released land over the whole of every hazard and task touched (sectors' parents
    # included): their remaining area depends on it, not only the part under the drawing.
    reach = QgsRectangle(rect)
    for feature in hazards + tasks:
        reach.combineExtentWith(feature.geometry().boundingBox())
    if details.task_id:
        reach.combineExtentWith(task_geometry.boundingBox())
    released = [f.geometry() for f in _features(layers["cleared_areas"], reach)]
    already = union_of(released) if released else None

    # Sectors are finer than the task they divide: release land to the sector.
    parents = {f["parent_task_id"] for f in tasks if f["parent_task_id"]}
    tasks = [f for f in tasks if f["task_id"] not in parents]
    if details.task_id:
        tasks = [f for f in tasks if f["task_id"] == details.task_id or f["parent_task_id"] == details.task_id]
    regions = [f for f in _features(layers["regions"], rect) if f.geometry().intersects(drawing)]

    pieces: List[ReleasedPiece] = []
    dropped_ha = 0.0
    inside_hazards = 0.0
    for hazard in hazards:
        part = _polygons_only(drawing.intersection(hazard.geometry()))
        if part.isEmpty():
            continue
        inside_hazards += area_ha(part)
        if already is not None:
            part = _polygons_only(part.difference(already))
        if part.isEmpty():
            continue
        for task_id, task_part in _split(part, [(t["task_id"], t.geometry()) for t in tasks], details.task_id):
            for district, piece in _split(task_part, [(r["name"], r.geometry()) for r in regions], None):
                piece_ha = area_ha(piece)
                if piece_ha < tolerance_ha:
                    dropped_ha += piece_ha
                    continue
                pieces.append(ReleasedPiece(piece, hazard["hazard_id"], task_id, district, piece_ha))
    if not pieces:
        if inside_hazards >= tolerance_ha:
            empty.reason = translate("Release", "Nothing was added: this land is already released.")
        else:
            empty.reason = translate("Release",
                                     "Nothing was added: the area left after clipping to the hazard areas is empty.")
        return empty
    if dropped_ha > 0:
        notes.append(translate("Release", "Slivers under {m2} m² were left out.").format(m2=f"{tolerance_m2:g}"))

    changes = ChangeSet()
    for piece in pieces:
        changes.add("cleared_areas", piece.geometry, {
            "release_method": details.method, "technique": details.technique or None,
            "organisation": details.organisation or None, "team": details.team or None,
            "task_id": piece.task_id, "hazard_id": piece.hazard_id, "district": piece.district,
            "released_on": details.released_on, "depth_cm": details.depth_cm,
            "area_ha": round(piece.area_ha, 4), "remarks": details.remarks or None,
        })

    new_land = union_of([p.geometry for p in pieces])
    all_released = union_of([already, new_land]) if already is not None else new_land
    remaining, hazard_status = {}, {}
    for hazard in hazards:
        if not any(p.hazard_id == hazard["hazard_id"] for p in pieces):
            continue
        left = _polygons_only(hazard.geometry().difference(all_released))
        left_ha = 0.0 if left.isEmpty() else area_ha(left)
        status = "closed" if left_ha < tolerance_ha else "worked_on"
        remaining[hazard["hazard_id"]] = left_ha
        hazard_status[hazard["hazard_id"]] = (hazard["status"], status)
        changes.update("hazard_areas", hazard["hazard_id"], {
            "status": status, "remaining_ha": round(left_ha, 4), "area_ha": round(area_ha(hazard.geometry()), 4)})

    task_status = {}
    touched_tasks = {p.task_id for p in pieces if p.task_id}
    for task in tasks:
        if task["task_id"] not in touched_tasks:
            continue
        left = _polygons_only(task.geometry().difference(all_released))
        status = "closed" if left.isEmpty() or area_ha(left) < tolerance_ha else "worked_on"
        task_status[task["task_id"]] = (task["status"], status)
        changes.update("clearance_tasks", task["task_id"], {"status": status})
        # A task divided into sectors is closed when all its sectors are.
        parent_id = task["parent_task_id"]
        if parent_id:
            _follow_parent(layers, parent_id, all_released, tolerance_ha, area_ha, changes, task_status)

    return ReleasePlan(pieces, changes, remaining, hazard_status, task_status, notes)


def _follow_parent(layers, parent_id, all_released, tolerance_ha, area_ha, changes, task_status) -> None:
    quoted = parent_id.replace("'", "''")
    for parent in layers["clearance_tasks"].getFeatures(
            QgsFeatureRequest().setFilterExpression(f"\"task_id\" = '{quoted}'")):
        left = _polygons_only(parent.geometry().difference(all_released))
        status = "closed" if left.isEmpty() or area_ha(left) < tolerance_ha else "worked_on"
        task_status[parent_id] = (parent["status"], status)
        changes.update("clearance_tasks", parent_id, {"status": status})


def _split(geometry: QgsGeometry, zones: List[Tuple[str, QgsGeometry]], default: Optional[str]):
    """Pieces of ``geometry`` per zone it falls in, and what lies in none with ``default``."""
    rest = QgsGeometry(geometry)
    for name, zone in zones:
        if not zone.intersects(rest):
            continue
        inside = _polygons_only(rest.intersection(zone))
        if not inside.isEmpty():
            yield name, inside
            rest = _polygons_only(rest.difference(zone))
        if rest.isEmpty():
            return
    if not rest.isEmpty():
        yield default, rest


def mark_released(store, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem, details: ReleaseDetails,
                  tolerance_m2: float = DEFAULT_TOLERANCE_M2, layers=None, before_commit=None) -> ReleasePlan:
    """Plan and store a release in one transaction; ``plan.undo`` reverts it."""
    plan = plan_release(store, geometry, crs, details, tolerance_m2, layers)
    if not plan.pieces:
        return plan
    first = plan

    def replan() -> ChangeSet:
        # Called by a multi-user store with the hazards locked: plan again against the
        # land other operators committed meanwhile, so no hectare is stored twice.
        nonlocal plan
        for layer in (layers or {}).values():
            layer.dataProvider().reloadData()
        plan = plan_release(store, geometry, crs, details, tolerance_m2, layers)
        if plan.added_ha < first.added_ha - tolerance_m2 / M2_PER_HA:
            note = "Another operator released part of this land meanwhile; only the rest was stored."
            if not plan.pieces:
                plan.reason = f"{plan.reason} {note}"
            else:
                plan.notes.append(note)
        return plan.changes

    undo = store.apply_release(plan.changes, sorted(plan.hazard_status), replan, before_commit=before_commit)
    if plan.pieces:
        plan.undo = undo
    return plan
