"""The figures of a task's completion report and handover certificate (IMAS 08.30), read from
a store: identification, hectares by method and technique (true WGS84 areas, every square
metre once, through the totals engine), turning points, items by category and model with
their disposition, accidents during the task, inspections (IMAS 09.20) and the hazard's
remaining area."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..checks.handover import task_findings, unreleased_land
from ..fieldmap.options import TurningPoint, mgrs_text, quoted, text_value
from ..fieldmap.tasks import turning_points
from ..geo.crs import transform_between, transformed, utm_crs_for, wgs84
from ..geo.measure import M2_PER_HA, densified, distance_area, union_of
from ..model.values import is_null, plain_qgis_value
from ..reports.hectares import hectare_totals

translate = QCoreApplication.translate

#: Store layers a completion report reads.
REPORT_LAYERS = ("hazard_areas", "clearance_tasks", "cleared_areas", "detections", "accidents", "inspections",
                 "task_points", "regions")
#: Beneficiary fields, in the order the Minimum Data Requirements count them.
BENEFICIARIES = ("beneficiaries_women", "beneficiaries_men", "beneficiaries_girls", "beneficiaries_boys")


@dataclass
class Inspection:
    inspection_id: str
    inspected_on: Optional[datetime.date]
    kind: str
    organisation: str
    inspector: str
    sampled_m2: Optional[float]
    items_found: int
    result: str
    remarks: str


@dataclass
class ItemRow:
    category: str
    model: str
    disposition: str
    quantity: int


@dataclass
class AccidentRow:
    accident_id: str
    occurred_on: Optional[datetime.date]
    killed: int
    injured: int
    civilian: bool
    activity: str


@dataclass
class CompletionData:
    """Everything a completion report and a handover certificate of one task print."""

    task_id: str
    facts: Dict[str, object]
    hazard: Dict[str, object]
    crs: QgsCoordinateReferenceSystem
    utm: QgsCoordinateReferenceSystem
    task_geometry: QgsGeometry
    #: The task's released land as one (multi)polygon: the land handed over.
    released: QgsGeometry
    released_ha: float
    #: (method code, technique code or "", hectares), every square metre once.
    hectares: List[Tuple[str, str, float]]
    depth_cm: Tuple[Optional[int], Optional[int]]
    turning_points: List[TurningPoint]
    #: Corners of the land handed over (the released land's vertices).
    corners: List[TurningPoint]
    benchmark: Optional[TurningPoint]
    items: List[ItemRow]
    accidents: List[AccidentRow]
    inspections: List[Inspection]
    hazard_remaining_ha: Optional[float]
    first_release: Optional[datetime.date]
    last_release: Optional[datetime.date]
    warnings: List[str] = field(default_factory=list)

    def fact(self, name: str, default: str = "") -> str:
        value = self.facts.get(name)
        if value is None or value == "":
            return default
        return value.isoformat() if isinstance(value, datetime.date) else str(value)

    @property
    def items_by_category(self) -> Dict[str, int]:
        counts: Dict[str, int] = defaultdict(int)
        for row in self.items:
            counts[row.category] += row.quantity
        return dict(counts)

    @property
    def beneficiaries(self) -> Tuple[int, ...]:
        return tuple(int(self.facts.get(name) or 0) for name in BENEFICIARIES)

    @property
    def last_inspection(self) -> Optional[Inspection]:
        return self.inspections[-1] if self.inspections else None


def task_filter(task_id: str) -> str:
    """The task and its sectors (``T-0003/2``), as the field map counts released land."""
    return f'"task_id" = {quoted(task_id)} OR "task_id" LIKE {quoted(task_id.replace("%", "") + "/%")}'


def _attributes(feature: QgsFeature) -> Dict[str, object]:
    return {name: plain_qgis_value(feature[name]) for name in feature.fields().names()}


def _features(layer: QgsVectorLayer, expression: str) -> List[QgsFeature]:
    return list(layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))


def _released_memory_layer(features: List[QgsFeature], crs: QgsCoordinateReferenceSystem) -> QgsVectorLayer:
    """The task's released polygons in a layer of their own, for the totals engine."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs.authid()}&field=release_method:string&field=technique:string"
                           "&field=released_on:date", "released", "memory")
    copies = []
    for source in features:
        copy = QgsFeature(layer.fields())
        copy.setGeometry(source.geometry())
        copy.setAttributes([source["release_method"], source["technique"], source["released_on"]])
        copies.append(copy)
    layer.dataProvider().addFeatures(copies)
    return layer


def hectares_by_method(features: List[QgsFeature], crs: QgsCoordinateReferenceSystem):
    """(rows of method, technique, ha; total ha), overlapping land counted once (for the
    earliest release), through ``hectare_totals``."""
    if not features:
        return [], 0.0
    totals = hectare_totals(_released_memory_layer(features, crs), group_by=["release_method", "technique"],
                            date_field="released_on")
    rows = sorted(((str(key[0] or ""), "" if is_null(key[1]) or key[1] is None else str(key[1]), ha)
                   for key, ha, _count in totals.rows), key=lambda row: (row[0], row[1]))
    return rows, totals.total_ha


def _items(layer: QgsVectorLayer, task_id: str) -> List[ItemRow]:
    sums: Dict[Tuple[str, str, str], int] = defaultdict(int)
    for feature in _features(layer, task_filter(task_id)):
        key = (text_value(feature, "category"), text_value(feature, "model"), text_value(feature, "disposition"))
        quantity = feature["quantity"]
        sums[key] += 1 if is_null(quantity) else int(quantity)
    return [ItemRow(c, m, d, q) for (c, m, d), q in sorted(sums.items())]


def _inspections(layer: QgsVectorLayer, task_id: str) -> List[Inspection]:
    found = []
    for feature in _features(layer, task_filter(task_id)):
        values = _attributes(feature)
        found.append(Inspection(
            str(values["inspection_id"] or ""), values.get("inspected_on"), str(values.get("kind") or ""),
            str(values.get("organisation") or ""), str(values.get("inspector") or ""), values.get("sampled_m2"),
            int(values.get("items_found") or 0), str(values.get("result") or ""), str(values.get("remarks") or "")))
    return sorted(found, key=lambda i: (i.inspected_on or datetime.date.min, i.inspection_id))


def _accidents(layer: QgsVectorLayer, zone: QgsGeometry, start: Optional[datetime.date],
               end: Optional[datetime.date]) -> List[AccidentRow]:
    """Accidents inside ``zone`` (the task, or its hazard) dated from the task's start to its end."""
    found = []
    request = QgsFeatureRequest().setFilterRect(zone.boundingBox())
    for feature in layer.getFeatures(request):
        if not feature.hasGeometry() or not zone.intersects(feature.geometry()):
            continue
        day = plain_qgis_value(feature["occurred_on"])
        if day is None or (start is not None and day < start) or (end is not None and day > end):
            continue
        civilian = plain_qgis_value(feature["civilian"])
        found.append(AccidentRow(str(feature["accident_id"]), day, int(plain_qgis_value(feature["killed"]) or 0),
                                 int(plain_qgis_value(feature["injured"]) or 0), bool(civilian),
                                 text_value(feature, "activity")))
    return sorted(found, key=lambda a: (a.occurred_on, a.accident_id))


def _remaining_ha(hazard: Optional[QgsFeature], released: QgsVectorLayer, crs) -> Optional[float]:
    """The hazard's area no released land covers (any task's), true area."""
    if hazard is None or not hazard.hasGeometry():
        return None
    shape = hazard.geometry()
    if not shape.isGeosValid():
        shape = shape.makeValid()
    request = QgsFeatureRequest().setFilterRect(shape.boundingBox()).setNoAttributes()
    parts = [f.geometry() for f in released.getFeatures(request) if f.hasGeometry()]
    parts = [p.makeValid() if not p.isGeosValid() else p for p in parts if p.intersects(shape)]
    left = shape.difference(union_of(parts)) if parts else shape
    if left.isNull() or left.isEmpty():
        return 0.0
    return distance_area(crs).measureArea(densified(left, crs)) / M2_PER_HA


#: Vertices closer than this (m) to the line through their neighbours are not corners.
CORNER_TOLERANCE_M = 0.5


def _corners_only(geometry: QgsGeometry, crs, utm) -> QgsGeometry:
    """The outline with the vertices that only continue a straight edge taken out (lanes
    released side by side leave one on the outline at every lane's end), measured in UTM."""
    local = transformed(geometry, crs, utm)
    polygons = local.asMultiPolygon() if local.isMultipart() else [local.asPolygon()]
    kept = []
    for polygon in polygons:
        rings = [_corners_of(ring[:-1]) for ring in polygon]
        kept.append([ring + ring[:1] for ring in rings if len(ring) >= 3])
    return transformed(QgsGeometry.fromMultiPolygonXY([p for p in kept if p]), utm, crs)


def _corners_of(ring: List[QgsPointXY]) -> List[QgsPointXY]:
    """The ring's vertices further than ``CORNER_TOLERANCE_M`` from the line through their neighbours."""
    points = list(ring)
    changed = True
    while changed and len(points) > 3:
        changed = False
        for k, point in enumerate(points):
            before, after = points[k - 1], points[(k + 1) % len(points)]
            line = QgsGeometry.fromPolylineXY([before, after])
            if line.length() > 0 and line.distance(QgsGeometry.fromPointXY(point)) < CORNER_TOLERANCE_M:
                del points[k]
                changed = True
                break
    return points


def _benchmark(layer: QgsVectorLayer, task_id: str, crs, utm) -> Optional[TurningPoint]:
    """The task's control point (its benchmark), first by name, numbered 0."""
    points = sorted((f for f in _features(layer, f'"task_id" = {quoted(task_id)} AND "kind" = \'control\'')
                     if f.hasGeometry()), key=lambda f: text_value(f, "name"))
    if not points:
        return None
    point = points[0].geometry().asPoint()
    grid = transform_between(crs, utm).transform(point)
    lonlat = transform_between(crs, wgs84()).transform(point)
    return TurningPoint(0, grid.x(), grid.y(), lonlat.x(), lonlat.y(), mgrs_text(lonlat.x(), lonlat.y()))


def completion_data(task: QgsFeature, layers: Dict[str, QgsVectorLayer]) -> CompletionData:
    """The figures of ``task``'s completion report, from the store's ``layers`` (opened once)."""
    crs = layers["clearance_tasks"].crs()
    task_id = str(task["task_id"])
    facts = _attributes(task)
    geometry = QgsGeometry(task.geometry())
    utm = utm_crs_for(geometry, crs)
    hazard_feature = None
    hazard_id = facts.get("hazard_id")
    if hazard_id:
        found = _features(layers["hazard_areas"], f'"hazard_id" = {quoted(hazard_id)}')
        hazard_feature = found[0] if found else None
    released_features = [f for f in _features(layers["cleared_areas"], task_filter(task_id)) if f.hasGeometry()]
    hectares, released_ha = hectares_by_method(released_features, crs)
    released = union_of([f.geometry().makeValid() if not f.geometry().isGeosValid() else f.geometry()
                         for f in released_features])
    depths = [int(f["depth_cm"]) for f in released_features if not is_null(f["depth_cm"])]
    days = sorted(d for d in (plain_qgis_value(f["released_on"]) for f in released_features) if d is not None)
    start = facts.get("planned_start") or (days[0] if days else None)
    end = facts.get("completed_on") or facts.get("handed_over_on") or (days[-1] if days else None)
    zone = hazard_feature.geometry() if hazard_feature is not None and hazard_feature.hasGeometry() else geometry
    return CompletionData(
        task_id=task_id, facts=facts,
        hazard=_attributes(hazard_feature) if hazard_feature is not None else {},
        crs=crs, utm=utm, task_geometry=geometry, released=released, released_ha=released_ha,
        hectares=hectares, depth_cm=(min(depths), max(depths)) if depths else (None, None),
        turning_points=turning_points(geometry, crs, utm),
        corners=turning_points(_corners_only(released, crs, utm), crs, utm) if not released.isEmpty() else [],
        benchmark=_benchmark(layers["task_points"], task_id, crs, utm),
        items=_items(layers["detections"], task_id),
        accidents=_accidents(layers["accidents"], zone, start, end),
        inspections=_inspections(layers["inspections"], task_id),
        hazard_remaining_ha=_remaining_ha(hazard_feature, layers["cleared_areas"], crs),
        first_release=days[0] if days else None, last_release=days[-1] if days else None,
    )



def _geometries_in(layer: QgsVectorLayer, box) -> List[QgsGeometry]:
    request = QgsFeatureRequest().setFilterRect(box).setNoAttributes()
    return [f.geometry() if f.geometry().isGeosValid() else f.geometry().makeValid()
            for f in layer.getFeatures(request) if f.hasGeometry()]


def handover_findings(data: CompletionData, layers: Dict[str, QgsVectorLayer], require_inspection: bool):
    """The handover rules (``checks.handover``) on the task of ``data``, as the data checks find them."""
    box = data.task_geometry.boundingBox()
    left_m2, left = unreleased_land(data.task_geometry, _geometries_in(layers["hazard_areas"], box),
                                    _geometries_in(layers["cleared_areas"], box), distance_area(data.crs), data.crs)
    inspections = [(i.inspection_id, i.inspected_on, i.result) for i in data.inspections]
    return task_findings(data.task_id, data.facts.get("completed_on"), data.facts.get("handed_over_on"), left_m2,
                         inspections, require_inspection, left)
