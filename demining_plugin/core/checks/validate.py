"""Data checks of a project store: broken geometry, double-counted land, orphan links...

``validate_store()`` reads every layer once and returns a list of ``Finding``s (severity,
layer, feature identifier, rule, message, where). ``fix_changes()`` turns the findings
that have a safe fix (make valid, drop duplicate vertices, trim a padded identifier,
store the computed area) into one ``ChangeSet``, which ``store.apply()`` writes in one
transaction and can undo.

Topology goes through QGIS's GEOS engine with prepared geometries, candidates found by
a spatial index (polygons) or on coordinate arrays (points), so the demo store's ~200,000
features are checked in seconds; every area or distance that decides a finding is
measured on the ellipsoid (``measure.py``), never in degrees.

Evidence for a CHA (rule ``cha_without_evidence``) is something *in the store*: an item
found, an accident, a mapped mine or a record point inside the hazard, or a supplied
minefield record overlapping it. The free-text ``evidence`` field alone is not evidence:
it cannot be checked.

The rules and findings are in ``rules``, the safe fixes and broken links in ``fixes``.
"""

import datetime
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..geo.measure import M2_PER_HA, densified, distance_area
from ..model.schema import LAYERS, LAYERS_BY_NAME, relations
from ..model.values import plain_qgis_value
from .handover import task_findings, unreleased_land
from .rules import AREA_TOLERANCE, EXTENT_MARGIN_M, MAX_VERTEX_GAP_M, OVERLAP_TOLERANCE_M2, SEVERITIES, Finding

translate = QCoreApplication.translate


@dataclass
class _Layer:
    """One store layer read once: identifiers, attributes, geometries."""

    name: str
    ids: List[str] = field(default_factory=list)
    attrs: List[Dict[str, object]] = field(default_factory=list)
    #: Geometries as stored (None where missing).
    geometries: List[Optional[QgsGeometry]] = field(default_factory=list)
    #: Geometries fit for overlays: repaired where invalid, None where unusable.
    usable: List[Optional[QgsGeometry]] = field(default_factory=list)
    #: Points only: coordinates (NaN where missing).
    xs: np.ndarray = None
    ys: np.ndarray = None

    def label(self, index: int) -> str:
        value = self.ids[index]
        return value if value not in (None, "") else f"fid {self.attrs[index]['__fid__']}"

    def present(self) -> List[int]:
        return [i for i, g in enumerate(self.usable) if g is not None]


#: Attributes the rules read besides identifiers, links and dates.
_CHECKED_FIELDS = {"area_ha", "remaining_ha", "status", "classification", "category", "result"}


def _read_layer(layer: QgsVectorLayer, name: str, is_canceled: Callable[[], bool]) -> _Layer:
    definition = LAYERS_BY_NAME[name]
    wanted = [f.name for f in definition.fields if f.name in _CHECKED_FIELDS or f.name == definition.id_field
              or f.references is not None or f.type in ("date", "datetime")]
    points = definition.geometry == "Point"
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(wanted, layer.fields())
    if not definition.geometry:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    indexes = [layer.fields().indexOf(key) for key in wanted]
    data = _Layer(name)
    xs, ys = [], []
    for feature in layer.getFeatures(request):
        if is_canceled():
            break
        row = feature.attributes()
        values = {key: plain_qgis_value(row[k]) for key, k in zip(wanted, indexes)}
        values["__fid__"] = feature.id()
        data.ids.append(values[definition.id_field])
        data.attrs.append(values)
        geometry = feature.geometry() if definition.geometry and feature.hasGeometry() else None
        if geometry is not None and (geometry.isNull() or geometry.isEmpty()):
            geometry = None
        if points:
            point = geometry.asPoint() if geometry is not None and not geometry.isMultipart() else None
            xs.append(point.x() if point is not None else np.nan)
            ys.append(point.y() if point is not None else np.nan)
        data.geometries.append(geometry)
    data.usable = list(data.geometries)
    if points:
        data.xs, data.ys = np.array(xs, dtype=float), np.array(ys, dtype=float)
    return data


def _point(geometry: Optional[QgsGeometry]) -> Optional[QgsPointXY]:
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    p = geometry.pointOnSurface()
    if p.isNull() or p.isEmpty():
        p = geometry.centroid()
    if p.isNull() or p.isEmpty():
        return None
    point = p.asPoint()
    return point if math.isfinite(point.x()) and math.isfinite(point.y()) else None


def _extent(geometry: Optional[QgsGeometry]) -> Optional[QgsRectangle]:
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    box = geometry.boundingBox()
    finite = all(math.isfinite(v) for v in (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
    return box if finite else None


def _finite(geometry: QgsGeometry) -> bool:
    return all(math.isfinite(v.x()) and math.isfinite(v.y()) for v in geometry.vertices())


def _polygonal(geometry: Optional[QgsGeometry]) -> Optional[QgsGeometry]:
    """The polygons of an overlay result (GEOS may add lines and points)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if geometry.type() == QgsWkbTypes.PolygonGeometry:
        return geometry
    if QgsWkbTypes.flatType(geometry.wkbType()) == QgsWkbTypes.GeometryCollection:
        parts = [QgsGeometry(part.clone()) for part in geometry.constParts()]
        polygons = [p for p in parts if p.type() == QgsWkbTypes.PolygonGeometry and not p.isEmpty()]
        if polygons:
            return QgsGeometry.collectGeometry(polygons)
    return None


def _parts(geometry: QgsGeometry, kind: str) -> List[List[QgsPointXY]]:
    """Rings (polygons) or lines of a geometry as lists of points, as stored."""
    if kind == "MultiPolygon":
        polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
        return [ring for polygon in polygons for ring in polygon]
    return geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]


class _Checker:
    def __init__(self, layers: Dict[str, _Layer], crs: QgsCoordinateReferenceSystem, today: datetime.date,
                 require_inspection: bool = True):
        self.layers = layers
        self.crs = crs
        self.today = today
        self.require_inspection = require_inspection
        self.da = distance_area(crs)
        self.findings: List[Finding] = []
        self._engines = {}

    # -- helpers -------------------------------------------------------------------
    def add(self, rule: str, data: _Layer, index: int, message: str, geometry=None, location=None, fix_value=None):
        geometry = geometry if geometry is not None else data.usable[index] or data.geometries[index]
        self.findings.append(Finding(
            rule, data.name, data.label(index), message,
            location if location is not None else _point(geometry), _extent(geometry), fix_value))

    def engine(self, data: _Layer, index: int):
        key = (data.name, index)
        if key not in self._engines:
            engine = QgsGeometry.createGeometryEngine(data.usable[index].constGet())
            engine.prepareGeometry()
            self._engines[key] = engine
        return self._engines[key]

    def area_m2(self, geometry: Optional[QgsGeometry]) -> float:
        """Ellipsoidal area of a polygon in the store's CRS, edges densified so a straight
        edge and the geodesic between its ends agree (see ``densified``)."""
        if geometry is None or geometry.isEmpty() or geometry.area() == 0:
            return 0.0
        return self.da.measureArea(densified(geometry, self.crs))

    def geometry_layers(self):
        return [d for d in self.layers.values() if LAYERS_BY_NAME[d.name].geometry]

    def index_of(self, data: _Layer) -> QgsSpatialIndex:
        index = QgsSpatialIndex()
        for i in data.present():
            index.addFeature(i, data.usable[i].boundingBox())
        return index

    def points_in(self, data: _Layer, zone: QgsGeometry, engine) -> List[int]:
        """Indexes of the point layer's points inside ``zone`` (bounding box on the arrays first)."""
        if data.xs is None or not len(data.xs):
            return []
        box = zone.boundingBox()
        mask = ((data.xs >= box.xMinimum()) & (data.xs <= box.xMaximum())
                & (data.ys >= box.yMinimum()) & (data.ys <= box.yMaximum()))
        return [int(i) for i in np.nonzero(mask)[0]
                if data.usable[i] is not None and engine.intersects(data.usable[i].constGet())]

    # -- geometry rules ------------------------------------------------------------------
    def check_geometry(self):
        for data in self.geometry_layers():
            kind = LAYERS_BY_NAME[data.name].geometry
            if kind == "Point":
                self._check_points(data)
                continue
            for index, geometry in enumerate(data.geometries):
                if geometry is None:
                    self.add("missing_geometry", data, index, translate(
                        "Validate", "{feature} has no geometry.").format(feature=data.label(index)))
                    continue
                if not _finite(geometry):
                    data.usable[index] = None
                    self.add("invalid_geometry", data, index, translate(
                        "Validate", "{feature} has a coordinate that is not a number (NaN or infinite).").format(
                            feature=data.label(index)))
                    continue
                self._check_vertices(data, index, geometry, kind)
                errors = geometry.validateGeometry(QgsGeometry.ValidatorGeos)
                if errors:
                    where = next((e.where() for e in errors if e.hasWhere()), None)
                    self.add("invalid_geometry", data, index,
                             translate("Validate", "{feature} is not a valid geometry: {error}.").format(
                                 feature=data.label(index), error=errors[0].what()),
                             location=where)
                    repaired = _polygonal(geometry.makeValid()) if kind == "MultiPolygon" else geometry.makeValid()
                    data.usable[index] = repaired if repaired is not None and not repaired.isEmpty() else None

    def _check_points(self, data: _Layer):
        """Points can only be missing or hold a non-number: checked on whole arrays."""
        for index, geometry in enumerate(data.geometries):
            if geometry is None:
                self.add("missing_geometry", data, index, translate(
                    "Validate", "{feature} has no geometry.").format(feature=data.label(index)))
        bad = ~(np.isfinite(data.xs) & np.isfinite(data.ys))
        for index in np.nonzero(bad)[0]:
            if data.geometries[index] is not None:
                data.usable[index] = None
                self.add("invalid_geometry", data, int(index), translate(
                    "Validate", "{feature} has a coordinate that is not a number (NaN or infinite).").format(
                        feature=data.label(index)))

    def _check_vertices(self, data: _Layer, index: int, geometry: QgsGeometry, kind: str):
        minimum = 3 if kind == "MultiPolygon" else 2
        few = duplicates = False
        for part in _parts(geometry, kind):
            coords = np.array([(p.x(), p.y()) for p in part], dtype=float).reshape(-1, 2)
            ring = coords[:-1] if kind == "MultiPolygon" and len(coords) > 1 else coords
            if len(np.unique(ring, axis=0)) < minimum:
                few = True
            if len(coords) > 1 and np.any(np.all(coords[1:] == coords[:-1], axis=1)):
                duplicates = True
            if data.name != "regions":  # district outlines are generalised: long edges are normal
                self._check_gaps(data, index, coords)
        if few:
            self.add("too_few_vertices", data, index,
                     translate("Validate",
                               "{feature} has a part or ring with fewer than {n} distinct vertices.").format(
                         feature=data.label(index), n=minimum))
        if duplicates:
            self.add("duplicate_vertices", data, index,
                     translate("Validate",
                               "{feature} repeats a vertex twice in a row.").format(feature=data.label(index)))

    def _check_gaps(self, data: _Layer, index: int, coords: np.ndarray):
        if len(coords) < 2:
            return
        steps = np.hypot(*(coords[1:] - coords[:-1]).T)
        if self.crs.isGeographic():
            # A degree is at most ~111.7 km on the ground: shorter steps cannot exceed 5 km.
            threshold = MAX_VERTEX_GAP_M / 111_700.0
        else:
            # Projections distort distances, but not by half.
            threshold = 0.5 * MAX_VERTEX_GAP_M * QgsUnitTypes.fromUnitToUnitFactor(
                QgsUnitTypes.DistanceMeters, self.crs.mapUnits())
        for k in np.nonzero(steps > threshold)[0]:
            a, b = QgsPointXY(*coords[k]), QgsPointXY(*coords[k + 1])
            metres = self.da.measureLine(a, b)
            if metres > MAX_VERTEX_GAP_M:
                self.add("vertex_gap", data, index,
                         translate("Validate", "{feature} has consecutive vertices {km:.1f} km apart "
                                               "(more than {limit:g} km).").format(
                             feature=data.label(index), km=metres / 1000, limit=MAX_VERTEX_GAP_M / 1000),
                         location=a)
                return

    # -- released land ------------------------------------------------------------------
    def check_released(self):
        released, hazards = self.layers["cleared_areas"], self.layers["hazard_areas"]
        index = self.index_of(released)
        for i in released.present():
            shape = released.usable[i]
            for j in sorted(index.intersects(shape.boundingBox())):
                if j <= i or not self.engine(released, i).intersects(released.usable[j].constGet()):
                    continue
                overlap = _polygonal(shape.intersection(released.usable[j]))
                m2 = self.area_m2(overlap)
                if m2 > OVERLAP_TOLERANCE_M2:
                    self.add("released_overlap", released, i,
                             translate("Validate", "{feature} overlaps {other} by {m2:,.0f} m² "
                                                   "({ha:.4f} ha): that land would be counted twice.").format(
                                 feature=released.label(i), other=released.label(j), m2=m2, ha=m2 / M2_PER_HA),
                             geometry=overlap)

        hazard_index = {hid: k for k, hid in enumerate(hazards.ids) if hid}
        hazard_tree = self.index_of(hazards)
        released_m2 = defaultdict(float)
        for i in released.present():
            shape = released.usable[i]
            hazard_id = released.attrs[i].get("hazard_id")
            k = hazard_index.get(hazard_id)
            if k is not None and hazards.usable[k] is not None:
                container, what = hazards.usable[k], translate("Validate", "its hazard {id}").format(id=hazard_id)
            else:
                near = [hazards.usable[n] for n in hazard_tree.intersects(shape.boundingBox())]
                container = QgsGeometry.unaryUnion(near) if near else None
                what = translate("Validate", "every hazard area")
            outside = shape if container is None else _polygonal(shape.difference(container))
            m2 = self.area_m2(outside)
            if m2 > OVERLAP_TOLERANCE_M2:
                self.add("released_outside_hazard", released, i,
                         translate("Validate", "{feature} has {m2:,.0f} m² ({ha:.4f} ha) outside {what}.").format(
                             feature=released.label(i), m2=m2, ha=m2 / M2_PER_HA, what=what),
                         geometry=outside)
            if k is not None:
                released_m2[k] += self.da.measureArea(released.geometries[i])
        for k, m2 in released_m2.items():
            if hazards.usable[k] is None:
                continue
            hazard_m2 = self.da.measureArea(hazards.geometries[k])
            if m2 > hazard_m2 * (1 + AREA_TOLERANCE) + OVERLAP_TOLERANCE_M2:
                self.add("released_exceeds_hazard", hazards, k,
                         translate("Validate", "Land released in {feature} adds up to {ha:,.4f} ha, more than "
                                               "the hazard's {hazard_ha:,.4f} ha.").format(
                             feature=hazards.label(k), ha=m2 / M2_PER_HA, hazard_ha=hazard_m2 / M2_PER_HA))

    def check_stored_areas(self):
        for name in ("hazard_areas", "cleared_areas"):
            data = self.layers[name]
            for index, geometry in enumerate(data.geometries):
                stored = data.attrs[index].get("area_ha")
                if stored is None or geometry is None or data.usable[index] is None:
                    continue
                computed = self.da.measureArea(geometry) / M2_PER_HA
                if abs(stored - computed) > AREA_TOLERANCE * max(computed, 1e-9):
                    self.add("area_mismatch", data, index,
                             translate("Validate", "{feature} stores {stored:,.4f} ha; its polygon measures "
                                                   "{computed:,.4f} ha (ellipsoidal).").format(
                                 feature=data.label(index), stored=stored, computed=computed),
                             fix_value=round(computed, 4))

    def check_items_in_work(self):
        items = self.layers["detections"]
        inside = set()
        for name in ("clearance_tasks", "cleared_areas"):
            zones = self.layers[name]
            for k in zones.present():
                inside.update(self.points_in(items, zones.usable[k], self.engine(zones, k)))
        for i in items.present():
            if i not in inside:
                self.add("item_outside_work", items, i,
                         translate("Validate", "{feature} ({category}) lies outside every "
                                               "clearance task and released area.").format(
                             feature=items.label(i), category=items.attrs[i].get('category') or '?'))

    # -- attributes ------------------------------------------------------------------------
    def check_dates(self):
        for data in self.layers.values():
            definition = LAYERS_BY_NAME[data.name]
            dates = [f.name for f in definition.fields if f.type in ("date", "datetime")]
            for index, values in enumerate(data.attrs):
                for name in dates:
                    value = values.get(name)
                    day = value.date() if isinstance(value, datetime.datetime) else value
                    if isinstance(day, datetime.date) and day > self.today:
                        self.add("date_future", data, index,
                                 translate("Validate", "{feature}: {field} {date} is in the future.").format(
                                     feature=data.label(index), field=name, date=day.isoformat()))
                start, end = values.get("planned_start"), values.get("planned_end")
                if isinstance(start, datetime.date) and isinstance(end, datetime.date) and end < start:
                    self.add("date_order", data, index,
                             translate("Validate", "{feature}: planned end {end} is before planned start "
                                                   "{start}.").format(
                                 feature=data.label(index), end=end.isoformat(), start=start.isoformat()))

    def _bounds(self, data: _Layer) -> Tuple[List[int], np.ndarray]:
        present = data.present()
        if data.xs is not None:
            b = np.column_stack([data.xs, data.ys, data.xs, data.ys])[present] if present else np.empty((0, 4))
        else:
            boxes = [data.usable[i].boundingBox() for i in present]
            b = np.array([(r.xMinimum(), r.yMinimum(), r.xMaximum(), r.yMaximum()) for r in boxes],
                         dtype=float).reshape(-1, 4)
        return present, b

    def check_extent(self):
        regions = self.layers["regions"]
        present, b = self._bounds(regions)
        if not present:
            return  # no country outline to compare with
        margin = EXTENT_MARGIN_M / 111_000.0 if self.crs.isGeographic() else EXTENT_MARGIN_M
        x0, y0 = b[:, 0].min() - margin, b[:, 1].min() - margin
        x1, y1 = b[:, 2].max() + margin, b[:, 3].max() + margin
        for data in self.geometry_layers():
            if data.name == "regions":
                continue
            present, b = self._bounds(data)
            if not present:
                continue
            inside = (b[:, 0] >= x0) & (b[:, 2] <= x1) & (b[:, 1] >= y0) & (b[:, 3] <= y1)
            swapped = (b[:, 1] >= x0) & (b[:, 3] <= x1) & (b[:, 0] >= y0) & (b[:, 2] <= y1)
            for n in np.nonzero(~inside)[0]:
                i = present[n]
                if swapped[n]:
                    self.add("swapped_coordinates", data, i,
                             translate("Validate", "{feature} lies outside the country but would fall inside it "
                                                   "with x and y swapped (latitude and longitude exchanged?).").format(
                                 feature=data.label(i)))
                else:
                    self.add("outside_country", data, i,
                             translate("Validate", "{feature} lies outside the regions' extent "
                                                   "(more than {km:g} km beyond it).").format(
                                 feature=data.label(i), km=EXTENT_MARGIN_M / 1000))

    def check_identifiers(self):
        for data in self.layers.values():
            # " T-0001" and "t-0001" are the same task to a reader: compare trimmed, case-blind.
            counts = Counter(_normal(value) for value in data.ids if value not in (None, ""))
            taken = set(data.ids)
            for index, value in enumerate(data.ids):
                if value in (None, ""):
                    self.add("missing_identifier", data, index,
                             translate("Validate", "{layer} fid {fid} has no identifier.").format(
                                 layer=data.name, fid=data.attrs[index]['__fid__']))
                    continue
                if counts[_normal(value)] > 1:
                    self.add("duplicate_identifier", data, index,
                             translate("Validate", "'{value}' is used by {n} features of {layer} "
                                                   "(spaces and case aside).").format(
                                 value=value, n=counts[_normal(value)], layer=data.name))
                if value != value.strip():
                    trimmed = value.strip()
                    free = trimmed and trimmed not in taken and counts[_normal(value)] == 1
                    self.add("padded_identifier", data, index,
                             (translate("Validate", "'{value}' has leading or trailing spaces.").format(value=value)
                              if free else translate("Validate", "'{value}' has leading or trailing spaces; "
                                                                 "'{trimmed}' is already taken, so it cannot be "
                                                                 "trimmed.").format(value=value, trimmed=trimmed)),
                             fix_value=trimmed if free else None)

    def check_links(self):
        for relation in relations():
            parent = self.layers[relation.parent]
            child = self.layers[relation.child]
            targets = {value for value in parent.ids if value not in (None, "")}
            for index, values in enumerate(child.attrs):
                value = values.get(relation.child_field)
                if value in (None, ""):
                    continue
                if value not in targets:
                    self.add("orphan_link", child, index,
                             translate("Validate", "{feature}: {field} '{value}' is not a {parent_field} "
                                                   "of {parent}.").format(
                                 feature=child.label(index), field=relation.child_field, value=value,
                                 parent_field=relation.parent_field, parent=relation.parent))

    def check_hazards(self):
        hazards, released = self.layers["hazard_areas"], self.layers["cleared_areas"]
        by_hazard = defaultdict(list)
        for i in released.present():
            if released.attrs[i].get("hazard_id"):
                by_hazard[released.attrs[i]["hazard_id"]].append(released.usable[i])
        records = self.layers["minefield_records"]
        record_index = self.index_of(records)
        for k in hazards.present():
            shape = hazards.usable[k]
            values = hazards.attrs[k]
            if values.get("status") == "closed":
                remaining = values.get("remaining_ha")
                left = shape
                if by_hazard.get(hazards.ids[k]):
                    left = _polygonal(shape.difference(QgsGeometry.unaryUnion(by_hazard[hazards.ids[k]])))
                left_m2 = self.area_m2(left)
                total_m2 = self.area_m2(shape)
                if remaining is not None and remaining * M2_PER_HA > OVERLAP_TOLERANCE_M2:
                    self.add("closed_with_area_left", hazards, k,
                             translate("Validate", "{feature} is closed but stores {ha:,.4f} ha remaining.").format(
                                 feature=hazards.label(k), ha=remaining))
                elif left_m2 > max(OVERLAP_TOLERANCE_M2, AREA_TOLERANCE * total_m2):
                    self.add("closed_with_area_left", hazards, k,
                             translate("Validate", "{feature} is closed but {ha:,.4f} ha of it is not "
                                                   "covered by released land.").format(
                                 feature=hazards.label(k), ha=left_m2 / M2_PER_HA), geometry=left)
            if values.get("classification") == "CHA" and not self._has_evidence(hazards, k, records, record_index):
                self.add("cha_without_evidence", hazards, k,
                         translate("Validate", "{feature} is a CHA but no item found, accident, mapped mine, "
                                               "record point or minefield record in the store lies inside it.").format(
                             feature=hazards.label(k)))

    def _has_evidence(self, hazards: _Layer, k: int, records: _Layer, record_index: QgsSpatialIndex) -> bool:
        engine = self.engine(hazards, k)
        shape = hazards.usable[k]
        for name in ("detections", "accidents", "record_points", "mapped_mines"):
            if self.points_in(self.layers[name], shape, engine):
                return True
        return any(engine.intersects(records.usable[r].constGet())
                   for r in record_index.intersects(shape.boundingBox()))


    def check_handover(self):
        tasks, hazards, released = self.layers["clearance_tasks"], self.layers["hazard_areas"], \
            self.layers["cleared_areas"]
        inspections = self.layers["inspections"]
        by_task = defaultdict(list)
        for i, values in enumerate(inspections.attrs):
            by_task[values.get("task_id")].append((inspections.label(i), values.get("inspected_on"),
                                                   values.get("result")))
        hazard_tree, released_tree = self.index_of(hazards), self.index_of(released)
        inspection_index = {inspections.label(i): i for i in range(len(inspections.ids))}
        for k, values in enumerate(tasks.attrs):
            completed, handed = values.get("completed_on"), values.get("handed_over_on")
            if completed is None and handed is None and not by_task.get(tasks.ids[k]):
                continue
            left_m2, left = 0.0, None
            shape = tasks.usable[k]
            if completed is not None and shape is not None:
                box = shape.boundingBox()
                left_m2, left = unreleased_land(
                    shape, [hazards.usable[h] for h in hazard_tree.intersects(box)],
                    [released.usable[r] for r in released_tree.intersects(box)], self.da, self.crs)
            for rule, feature, message, geometry in task_findings(
                    tasks.label(k), completed, handed, left_m2, by_task.get(tasks.ids[k], []),
                    self.require_inspection, left):
                if rule == "inspection_failed_open":
                    self.add(rule, inspections, inspection_index.get(feature, 0), message)
                else:
                    self.add(rule, tasks, k, message, geometry=geometry)


def _normal(identifier: str) -> str:
    return identifier.strip().upper()


#: Checks in the order they run, with the layers each needs.
_CHECKS = (
    ("check_geometry", "geometry"), ("check_identifiers", "identifiers"), ("check_links", "links"),
    ("check_dates", "dates"), ("check_extent", "extent"), ("check_stored_areas", "areas"),
    ("check_released", "released land"), ("check_items_in_work", "items"), ("check_hazards", "hazards"),
    ("check_handover", "handover"),
)


def validate_store(store, layers: Optional[Dict[str, QgsVectorLayer]] = None,
                   today: Optional[datetime.date] = None,
                   progress: Callable[[float], None] = lambda percent: None,
                   is_canceled: Callable[[], bool] = lambda: False,
                   require_inspection: bool = True) -> List[Finding]:
    """Every finding of every rule on the store, errors first.

    ``require_inspection``: a task handed over needs a passed inspection (the setting
    ``demining/handover/require_inspection``, read by the callers).

    ``layers`` are the store's layers already opened (a background task opens them in the
    main thread); by default they are opened here.
    """
    layers = layers if layers is not None else store.layers()
    data = {}
    for n, definition in enumerate(LAYERS):
        data[definition.name] = _read_layer(layers[definition.name], definition.name, is_canceled)
        progress(40.0 * (n + 1) / len(LAYERS))
        if is_canceled():
            return []
    checker = _Checker(data, store.crs, today or datetime.date.today(), require_inspection)
    for n, (method, _) in enumerate(_CHECKS):
        getattr(checker, method)()
        progress(40.0 + 60.0 * (n + 1) / len(_CHECKS))
        if is_canceled():
            return []
    order = {severity: k for k, severity in enumerate(SEVERITIES)}
    return sorted(checker.findings, key=lambda f: (order[f.severity], f.layer, f.rule, f.feature_id))
