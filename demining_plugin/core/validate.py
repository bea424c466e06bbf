"""Data checks of a project store: broken geometry, double-counted land, orphan links...

``validate_store()`` reads every layer once and returns a list of ``Finding``s (severity,
layer, feature identifier, rule, message, where). ``fix_changes()`` turns the findings
that have a safe fix (make valid, drop duplicate vertices, trim a padded identifier,
store the computed area) into one ``ChangeSet``, which ``store.apply()`` writes in one
transaction and can undo.

Topology (validity, spatial indexes, overlays) uses GEOS through shapely on arrays, so
the demo store's ~200,000 features are checked in seconds; every area or distance that
decides a finding is measured on the ellipsoid (``measure.py``), never in degrees.

Evidence for a CHA (rule ``cha_without_evidence``) is something *in the store*: an item
found, an accident, a mapped mine or a record point inside the hazard, or a supplied
minefield record overlapping it. The free-text ``evidence`` field alone is not evidence:
it cannot be checked.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .changes import GEOMETRY_KEY, ChangeSet
from .measure import M2_PER_HA, densified, distance_area
from .schema import LAYERS, LAYERS_BY_NAME, relations

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)

#: Consecutive vertices further apart than this (metres, ellipsoidal) are suspicious:
#: a typing error in a coordinate, or a polygon joined to a far-away one.
MAX_VERTEX_GAP_M = 5000.0
#: Stored areas may differ from the computed one by this share before it is reported.
AREA_TOLERANCE = 0.01
#: Overlaps and overhangs smaller than this (m2) are rounding, not double counting.
OVERLAP_TOLERANCE_M2 = 1.0
#: Features are "inside the country" within this margin of the regions' extent (metres).
EXTENT_MARGIN_M = 10_000.0


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str
    title: str
    fix: str = ""  # code of the safe fix, "" when none


def _tr(text: str) -> str:
    return text


RULES: Dict[str, Rule] = {rule.code: rule for rule in (
    Rule("invalid_geometry", ERROR, _tr("Invalid or self-intersecting geometry"), "make_valid"),
    Rule("missing_geometry", ERROR, _tr("Feature without geometry")),
    Rule("too_few_vertices", ERROR, _tr("Fewer than 3 distinct vertices")),
    Rule("duplicate_vertices", WARNING, _tr("Duplicate consecutive vertices"), "drop_duplicate_vertices"),
    Rule("vertex_gap", WARNING, _tr("Vertices more than 5 km apart")),
    Rule("released_overlap", ERROR, _tr("Released land overlapping other released land")),
    Rule("released_outside_hazard", ERROR, _tr("Released land outside its hazard")),
    Rule("released_exceeds_hazard", ERROR, _tr("Released area larger than its hazard")),
    Rule("area_mismatch", WARNING, _tr("Stored area differs from the computed area"), "store_area"),
    Rule("item_outside_work", WARNING, _tr("Item found outside every task and released area")),
    Rule("date_future", ERROR, _tr("Date in the future")),
    Rule("date_order", ERROR, _tr("End before start")),
    Rule("outside_country", ERROR, _tr("Coordinates outside the country")),
    Rule("swapped_coordinates", ERROR, _tr("Coordinates apparently swapped (x and y)")),
    Rule("missing_identifier", ERROR, _tr("Missing identifier")),
    Rule("duplicate_identifier", ERROR, _tr("Duplicate identifier")),
    Rule("padded_identifier", WARNING, _tr("Identifier with leading or trailing spaces"), "trim_identifier"),
    Rule("orphan_link", ERROR, _tr("Link to a feature that does not exist")),
    Rule("closed_with_area_left", ERROR, _tr("Closed hazard with area remaining")),
    Rule("cha_without_evidence", WARNING, _tr("CHA without evidence in the store")),
)}


@dataclass
class Finding:
    rule: str
    layer: str
    feature_id: str
    message: str
    #: Where to look, in the store's CRS (a point: the error's place or the feature's).
    location: Optional[QgsPointXY] = None
    #: Extent of the feature(s) concerned, in the store's CRS, for zooming.
    extent: Optional[QgsRectangle] = None
    #: Parameters of the safe fix (e.g. the computed area), when the rule has one.
    fix_value: object = None

    @property
    def severity(self) -> str:
        return RULES[self.rule].severity

    @property
    def fix(self) -> str:
        rule = RULES[self.rule]
        if not rule.fix:
            return ""
        if rule.fix == "trim_identifier" and self.fix_value is None:
            return ""  # trimmed id already taken: no safe fix
        return rule.fix


@dataclass
class _Layer:
    """One store layer read once: identifiers, attributes, geometries."""

    name: str
    ids: List[str] = field(default_factory=list)
    attrs: List[Dict[str, object]] = field(default_factory=list)
    geometries: List[Optional[QgsGeometry]] = field(default_factory=list)
    shapes: np.ndarray = None  # shapely geometries (None where missing)
    usable: np.ndarray = None  # shapely geometries, repaired where invalid; None where unusable

    def label(self, index: int) -> str:
        value = self.ids[index]
        return value if value not in (None, "") else f"fid {self.attrs[index]['__fid__']}"


def _python_value(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    return value


#: Attributes the rules read besides identifiers, links and dates.
_CHECKED_FIELDS = {"area_ha", "remaining_ha", "status", "classification", "category"}


def _read_layer(layer: QgsVectorLayer, name: str, with_geometry: bool,
                is_canceled: Callable[[], bool]) -> _Layer:
    definition = LAYERS_BY_NAME[name]
    wanted = [f.name for f in definition.fields if f.name in _CHECKED_FIELDS or f.name == definition.id_field
              or f.references is not None or f.type in ("date", "datetime")]
    keep_geometry = definition.geometry not in (None, "Point")
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(wanted, layer.fields())
    if not with_geometry:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    data = _Layer(name)
    wkbs = []
    for feature in layer.getFeatures(request):
        if is_canceled():
            break
        values = {key: _python_value(feature[key]) for key in wanted}
        values["__fid__"] = feature.id()
        data.ids.append(values[definition.id_field])
        data.attrs.append(values)
        geometry = feature.geometry() if with_geometry and feature.hasGeometry() else None
        if geometry is not None and geometry.isNull():
            geometry = None
        data.geometries.append(geometry if keep_geometry else None)
        wkbs.append(bytes(geometry.asWkb()) if geometry is not None else None)
    data.shapes = shapely.from_wkb(np.array(wkbs, dtype=object), on_invalid="ignore") if wkbs else np.array([])
    return data


def _to_qgs(shape) -> QgsGeometry:
    g = QgsGeometry()
    g.fromWkb(shapely.to_wkb(shape))
    return g


def _point(shape) -> Optional[QgsPointXY]:
    if shape is None or shapely.is_empty(shape):
        return None
    try:
        p = shapely.point_on_surface(shape)
    except shapely.errors.GEOSException:
        p = shapely.centroid(shape)
    x, y = shapely.get_x(p), shapely.get_y(p)
    return QgsPointXY(x, y) if np.isfinite(x) and np.isfinite(y) else None


def _extent(shape) -> Optional[QgsRectangle]:
    if shape is None or shapely.is_empty(shape):
        return None
    x0, y0, x1, y1 = shapely.bounds(shape)
    return QgsRectangle(x0, y0, x1, y1) if np.all(np.isfinite([x0, y0, x1, y1])) else None


class _Checker:
    def __init__(self, layers: Dict[str, _Layer], crs: QgsCoordinateReferenceSystem, today: datetime.date):
        self.layers = layers
        self.crs = crs
        self.today = today
        self.da = distance_area(crs)
        self.findings: List[Finding] = []

    # -- helpers -------------------------------------------------------------------
    def add(self, rule: str, data: _Layer, index: int, message: str, shape=None, location=None, fix_value=None):
        shape = data.shapes[index] if shape is None and len(data.shapes) else shape
        self.findings.append(Finding(
            rule, data.name, data.label(index), message,
            location if location is not None else _point(shape), _extent(shape), fix_value))

    def area_m2(self, shape) -> float:
        """Ellipsoidal area of a shapely polygon in the store's CRS, edges densified so
        a straight edge and the geodesic between its ends agree (see ``densified``)."""
        if shape is None or shapely.is_empty(shape) or shapely.area(shape) == 0:
            return 0.0
        return self.da.measureArea(densified(_to_qgs(shape), self.crs))

    def polygon_layers(self):
        return [d for d in self.layers.values() if LAYERS_BY_NAME[d.name].geometry in ("MultiPolygon",)]

    def geometry_layers(self):
        return [d for d in self.layers.values() if LAYERS_BY_NAME[d.name].geometry]

    # -- geometry rules ------------------------------------------------------------------
    def check_geometry(self):
        for data in self.geometry_layers():
            kind = LAYERS_BY_NAME[data.name].geometry
            shapes = data.shapes
            data.usable = np.array(shapes, dtype=object, copy=True)
            if kind == "Point":
                self._check_points(data)
                continue
            for index, shape in enumerate(shapes):
                if shape is None or shapely.is_empty(shape):
                    data.usable[index] = None
                    self.add("missing_geometry", data, index, f"{data.label(index)} has no geometry.")
                    continue
                coords = shapely.get_coordinates(shape)
                if not np.all(np.isfinite(coords)):
                    data.usable[index] = None
                    self.add("invalid_geometry", data, index,
                             f"{data.label(index)} has a coordinate that is not a number (NaN or infinite).",
                             location=None)
                    continue
                self._check_vertices(data, index, shape, kind)
                if not shapely.is_valid(shape):
                    reason = shapely.is_valid_reason(shape)
                    self.add("invalid_geometry", data, index,
                             f"{data.label(index)} is not a valid geometry: {reason}.",
                             location=_reason_point(reason) or _point(shape))
                    repaired = shapely.make_valid(shape)
                    data.usable[index] = repaired if not shapely.is_empty(repaired) else None

    def _check_points(self, data: _Layer):
        """Points can only be missing or hold a non-number: checked on whole arrays."""
        if not len(data.shapes):
            return
        missing = shapely.is_missing(data.shapes) | shapely.is_empty(data.shapes)
        coords, where = shapely.get_coordinates(data.shapes, return_index=True)
        bad = np.zeros(len(data.shapes), dtype=bool)
        bad[where[~np.all(np.isfinite(coords), axis=1)]] = True
        for index in np.nonzero(missing)[0]:
            data.usable[index] = None
            self.add("missing_geometry", data, index, f"{data.label(index)} has no geometry.")
        for index in np.nonzero(bad & ~missing)[0]:
            data.usable[index] = None
            self.add("invalid_geometry", data, index,
                     f"{data.label(index)} has a coordinate that is not a number (NaN or infinite).")

    def _check_vertices(self, data: _Layer, index: int, shape, kind: str):
        minimum = 3 if kind == "MultiPolygon" else 2
        if kind == "MultiPolygon":
            parts = shapely.get_rings(shapely.get_parts(shape))
        else:
            parts = shapely.get_parts(shape)
        few = duplicates = False
        for part in parts:
            coords = shapely.get_coordinates(part)
            ring = coords[:-1] if kind == "MultiPolygon" and len(coords) > 1 else coords
            if len(np.unique(ring, axis=0)) < minimum:
                few = True
            if len(coords) > 1 and np.any(np.all(coords[1:] == coords[:-1], axis=1)):
                duplicates = True
            self._check_gaps(data, index, coords)
        if few:
            self.add("too_few_vertices", data, index,
                     f"{data.label(index)} has a part or ring with fewer than {minimum} distinct vertices.")
        if duplicates:
            self.add("duplicate_vertices", data, index,
                     f"{data.label(index)} repeats a vertex twice in a row.")

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
                         f"{data.label(index)} has consecutive vertices {metres / 1000:.1f} km apart "
                         f"(more than {MAX_VERTEX_GAP_M / 1000:g} km).",
                         location=a)
                return

    # -- released land ------------------------------------------------------------------
    def check_released(self):
        released, hazards = self.layers["cleared_areas"], self.layers["hazard_areas"]
        shapes = released.usable
        present = [i for i, s in enumerate(shapes) if s is not None]
        if present:
            tree = shapely.STRtree(shapes[present])
            left, right = tree.query(shapes[present], predicate="intersects")
            for a, b in zip(left, right):
                if a >= b:
                    continue
                i, j = present[a], present[b]
                overlap = shapely.intersection(shapes[i], shapes[j])
                m2 = self.area_m2(_polygonal(overlap))
                if m2 > OVERLAP_TOLERANCE_M2:
                    self.add("released_overlap", released, i,
                             f"{released.label(i)} overlaps {released.label(j)} by {m2:,.0f} m² "
                             f"({m2 / M2_PER_HA:.4f} ha): that land would be counted twice.", shape=overlap)

        hazard_index = {hid: k for k, hid in enumerate(hazards.ids) if hid}
        hazard_present = [k for k, s in enumerate(hazards.usable) if s is not None]
        hazard_tree = shapely.STRtree(hazards.usable[hazard_present]) if hazard_present else None
        released_m2 = defaultdict(float)
        for i in present:
            shape = shapes[i]
            hazard_id = released.attrs[i].get("hazard_id")
            k = hazard_index.get(hazard_id)
            if k is not None and hazards.usable[k] is not None:
                container, what = hazards.usable[k], f"its hazard {hazard_id}"
            elif hazard_tree is not None:
                near = hazards.usable[[hazard_present[n] for n in hazard_tree.query(shape)]]
                container = shapely.union_all(near) if len(near) else None
                what = "every hazard area"
            else:
                container, what = None, "every hazard area"
            outside = shape if container is None else shapely.difference(shape, container)
            m2 = self.area_m2(_polygonal(outside))
            if m2 > OVERLAP_TOLERANCE_M2:
                self.add("released_outside_hazard", released, i,
                         f"{released.label(i)} has {m2:,.0f} m² ({m2 / M2_PER_HA:.4f} ha) outside {what}.",
                         shape=outside)
            if k is not None:
                released_m2[k] += self.da.measureArea(released.geometries[i])
        for k, m2 in released_m2.items():
            if hazards.usable[k] is None:
                continue
            hazard_m2 = self.da.measureArea(hazards.geometries[k])
            if m2 > hazard_m2 * (1 + AREA_TOLERANCE) + OVERLAP_TOLERANCE_M2:
                self.add("released_exceeds_hazard", hazards, k,
                         f"Land released in {hazards.label(k)} adds up to {m2 / M2_PER_HA:,.4f} ha, more than "
                         f"the hazard's {hazard_m2 / M2_PER_HA:,.4f} ha.")

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
                             f"{data.label(index)} stores {stored:,.4f} ha; its polygon measures "
                             f"{computed:,.4f} ha (ellipsoidal).", fix_value=round(computed, 4))

    def check_items_in_work(self):
        items = self.layers["detections"]
        zones = [s for name in ("clearance_tasks", "cleared_areas")
                 for s in self.layers[name].usable if s is not None]
        present = [i for i, s in enumerate(items.usable) if s is not None]
        if not present:
            return
        inside = set()
        if zones:
            tree = shapely.STRtree(np.array(zones, dtype=object))
            hit, _ = tree.query(items.usable[present], predicate="intersects")
            inside = {present[h] for h in hit}
        for i in present:
            if i not in inside:
                self.add("item_outside_work", items, i,
                         f"{items.label(i)} ({items.attrs[i].get('category') or '?'}) lies outside every "
                         "clearance task and released area.")

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
                                 f"{data.label(index)}: {name} {day.isoformat()} is in the future.")
                start, end = values.get("planned_start"), values.get("planned_end")
                if isinstance(start, datetime.date) and isinstance(end, datetime.date) and end < start:
                    self.add("date_order", data, index,
                             f"{data.label(index)}: planned end {end.isoformat()} is before planned start "
                             f"{start.isoformat()}.")

    def check_extent(self):
        regions = [s for s in self.layers["regions"].usable if s is not None]
        if not regions:
            return  # no country outline to compare with
        x0, y0, x1, y1 = shapely.total_bounds(np.array(regions, dtype=object))
        margin = EXTENT_MARGIN_M / 111_000.0 if self.crs.isGeographic() else EXTENT_MARGIN_M
        x0, y0, x1, y1 = x0 - margin, y0 - margin, x1 + margin, y1 + margin
        for data in self.geometry_layers():
            if data.name == "regions":
                continue
            present = [i for i, s in enumerate(data.usable) if s is not None]
            if not present:
                continue
            b = shapely.bounds(data.usable[present])
            inside = (b[:, 0] >= x0) & (b[:, 2] <= x1) & (b[:, 1] >= y0) & (b[:, 3] <= y1)
            swapped = (b[:, 1] >= x0) & (b[:, 3] <= x1) & (b[:, 0] >= y0) & (b[:, 2] <= y1)
            for n in np.nonzero(~inside)[0]:
                i = present[n]
                if swapped[n]:
                    self.add("swapped_coordinates", data, i,
                             f"{data.label(i)} lies outside the country but would fall inside it with x and y "
                             "swapped (latitude and longitude exchanged?).")
                else:
                    self.add("outside_country", data, i,
                             f"{data.label(i)} lies outside the regions' extent "
                             f"(more than {EXTENT_MARGIN_M / 1000:g} km beyond it).")

    def check_identifiers(self):
        for data in self.layers.values():
            # " T-0001" and "t-0001" are the same task to a reader: compare trimmed, case-blind.
            counts = Counter(_normal(value) for value in data.ids if value not in (None, ""))
            taken = set(data.ids)
            for index, value in enumerate(data.ids):
                if value in (None, ""):
                    self.add("missing_identifier", data, index,
                             f"{data.name} fid {data.attrs[index]['__fid__']} has no identifier.")
                    continue
                if counts[_normal(value)] > 1:
                    self.add("duplicate_identifier", data, index,
                             f"'{value}' is used by {counts[_normal(value)]} features of {data.name} "
                             "(spaces and case aside).")
                if value != value.strip():
                    trimmed = value.strip()
                    free = trimmed and trimmed not in taken and counts[_normal(value)] == 1
                    self.add("padded_identifier", data, index,
                             f"'{value}' has leading or trailing spaces"
                             + ("." if free else f"; '{trimmed}' is already taken, so it cannot be trimmed."),
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
                             f"{child.label(index)}: {relation.child_field} '{value}' is not a "
                             f"{relation.parent_field} of {relation.parent}.")

    def check_hazards(self):
        hazards, released = self.layers["hazard_areas"], self.layers["cleared_areas"]
        by_hazard = defaultdict(list)
        for i, s in enumerate(released.usable):
            if s is not None and released.attrs[i].get("hazard_id"):
                by_hazard[released.attrs[i]["hazard_id"]].append(s)
        evidence_trees = []
        for name in ("detections", "accidents", "mapped_mines", "record_points", "minefield_records"):
            shapes = [s for s in self.layers[name].usable if s is not None]
            if shapes:
                evidence_trees.append(shapely.STRtree(np.array(shapes, dtype=object)))
        for k, shape in enumerate(hazards.usable):
            if shape is None:
                continue
            values = hazards.attrs[k]
            if values.get("status") == "closed":
                remaining = values.get("remaining_ha")
                left = shape
                if by_hazard.get(hazards.ids[k]):
                    left = shapely.difference(shape, shapely.union_all(by_hazard[hazards.ids[k]]))
                left_m2 = self.area_m2(_polygonal(left))
                total_m2 = self.area_m2(shape)
                if remaining is not None and remaining * M2_PER_HA > OVERLAP_TOLERANCE_M2:
                    self.add("closed_with_area_left", hazards, k,
                             f"{hazards.label(k)} is closed but stores {remaining:,.4f} ha remaining.")
                elif left_m2 > max(OVERLAP_TOLERANCE_M2, AREA_TOLERANCE * total_m2):
                    self.add("closed_with_area_left", hazards, k,
                             f"{hazards.label(k)} is closed but {left_m2 / M2_PER_HA:,.4f} ha of it is not "
                             "covered by released land.", shape=left)
            if values.get("classification") == "CHA":
                if not any(len(tree.query(shape, predicate="intersects")) for tree in evidence_trees):
                    self.add("cha_without_evidence", hazards, k,
                             f"{hazards.label(k)} is a CHA but no item found, accident, mapped mine, record "
                             "point or minefield record in the store lies inside it.")


def _normal(identifier: str) -> str:
    return identifier.strip().upper()


def _polygonal(shape):
    """The polygons of an overlay result (GEOS may add lines and points)."""
    if shape is None or shapely.is_empty(shape):
        return None
    parts = [p for p in shapely.get_parts(shape) if shapely.get_type_id(p) in (3, 6)]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.multipolygons(
        [q for p in parts for q in shapely.get_parts(p)])


def _reason_point(reason: str) -> Optional[QgsPointXY]:
    """The place GEOS names in a validity reason, e.g. ``Self-intersection[46.1 40.2]``."""
    if "[" not in reason or not reason.endswith("]"):
        return None
    try:
        x, y = (float(v) for v in reason[reason.index("[") + 1:-1].split()[:2])
    except ValueError:
        return None
    return QgsPointXY(x, y)


#: Checks in the order they run, with the layers each needs.
_CHECKS = (
    ("check_geometry", "geometry"), ("check_identifiers", "identifiers"), ("check_links", "links"),
    ("check_dates", "dates"), ("check_extent", "extent"), ("check_stored_areas", "areas"),
    ("check_released", "released land"), ("check_items_in_work", "items"), ("check_hazards", "hazards"),
)


def validate_store(store, layers: Optional[Dict[str, QgsVectorLayer]] = None,
                   today: Optional[datetime.date] = None,
                   progress: Callable[[float], None] = lambda percent: None,
                   is_canceled: Callable[[], bool] = lambda: False) -> List[Finding]:
    """Every finding of every rule on the store, errors first.

    ``layers`` are the store's layers already opened (a background task opens them in the
    main thread); by default they are opened here.
    """
    layers = layers if layers is not None else store.layers()
    data = {}
    for n, definition in enumerate(LAYERS):
        data[definition.name] = _read_layer(layers[definition.name], definition.name,
                                            definition.geometry is not None, is_canceled)
        progress(40.0 * (n + 1) / len(LAYERS))
        if is_canceled():
            return []
    checker = _Checker(data, store.crs, today or datetime.date.today())
    for n, (method, _) in enumerate(_CHECKS):
        getattr(checker, method)()
        progress(40.0 + 60.0 * (n + 1) / len(_CHECKS))
        if is_canceled():
            return []
    order = {severity: k for k, severity in enumerate(SEVERITIES)}
    return sorted(checker.findings, key=lambda f: (order[f.severity], f.layer, f.rule, f.feature_id))


# -- safe fixes ---------------------------------------------------------------------------

def _fixed_geometry(fix: str, geometry: QgsGeometry) -> Optional[QgsGeometry]:
    g = QgsGeometry(geometry)
    if fix == "make_valid":
        g = g.makeValid()
        if g.type() != geometry.type() or QgsWkbTypes.flatType(g.wkbType()) == QgsWkbTypes.GeometryCollection:
            wanted = geometry.type()
            parts = [QgsGeometry(p.clone()) for p in g.constParts()]
            parts = [p for p in parts if p.type() == wanted and not p.isEmpty()]
            g = QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()
    elif fix == "drop_duplicate_vertices":
        g.removeDuplicateNodes()  # exact repeats only (epsilon of a few ulps)
    if g.isNull() or g.isEmpty():
        return None
    return g


def fix_changes(store, findings: Sequence[Finding],
                layers: Optional[Dict[str, QgsVectorLayer]] = None) -> Tuple[ChangeSet, List[str]]:
    """The change set applying the safe fix of each finding that has one, and notes on
    findings whose fix could not be made (the feature could not be found, or the repair
    left nothing)."""
    layers = layers if layers is not None else {}
    changes, notes = ChangeSet(), []
    trimmed: Dict[Tuple[str, str], str] = {}
    for finding in findings:
        if not finding.fix:
            continue
        definition = LAYERS_BY_NAME[finding.layer]
        if finding.fix == "trim_identifier":
            trimmed[(finding.layer, finding.feature_id)] = finding.fix_value
            changes.update(finding.layer, finding.feature_id, {definition.id_field: finding.fix_value})
            continue
        if finding.fix == "store_area":
            changes.update(finding.layer, finding.feature_id, {"area_ha": finding.fix_value})
            continue
        layer = layers.get(finding.layer) or store.layer(finding.layer)
        layers[finding.layer] = layer
        quoted = finding.feature_id.replace("'", "''")
        request = QgsFeatureRequest().setFilterExpression(f"\"{definition.id_field}\" = '{quoted}'")
        found = [f for f in layer.getFeatures(request)]
        if len(found) != 1:
            notes.append(f"{finding.feature_id}: not fixed ({len(found)} features have that identifier).")
            continue
        fixed = _fixed_geometry(finding.fix, found[0].geometry())
        if fixed is None:
            notes.append(f"{finding.feature_id}: not fixed (nothing would be left of its geometry).")
            continue
        changes.update(finding.layer, finding.feature_id, {GEOMETRY_KEY: fixed})
    # Children that point at a padded identifier follow it when it is trimmed.
    for relation in relations():
        for (parent, old), new in trimmed.items():
            if parent != relation.parent:
                continue
            child_layer = layers.get(relation.child) or store.layer(relation.child)
            layers[relation.child] = child_layer
            child_id = LAYERS_BY_NAME[relation.child].id_field
            quoted = old.replace("'", "''")
            request = QgsFeatureRequest().setFilterExpression(f"\"{relation.child_field}\" = '{quoted}'")
            for child in child_layer.getFeatures(request):
                changes.update(relation.child, child[child_id], {relation.child_field: new})
    return changes, notes
