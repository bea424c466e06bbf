"""Which open hazards to clear first: each scored by what it blocks and threatens.

Every component is a number between 0 and 1 kept as its own column, beside the measure it
comes from, so a planner can defend the ranking:

- ``settlement``: nearness of the nearest settlement, 1 / (1 + distance / 1 km) (1 inside);
- ``population``: people (or settlements, without a population field) within 5 km, over the
  most any hazard has;
- ``roads``: metres of road within 500 m of the hazard (crossing it or near), over the most;
- ``farmland``: the share of the hazard lying in land-use polygons;
- ``accidents`` and ``items``: accidents and items found within 2 km in the last 365 days
  (up to the last of them in the store), over the most;
- ``classification``: 1 for a confirmed hazard (CHA), 0.5 for a suspected one (SHA);
- ``size``: hectares left, over the largest.

The score is 100 x the weighted mean of the components (weights given, zero drops a
component); rank 1 is the highest score. Distances are measured in the UTM zone of the
hazards' centre.
"""

import datetime
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..dates import parse_date
from ..errors import CancelledError, DeminingError
from ..geo.crs import transform_between, utm_crs_at
from ..geo.districts import layer_crs, layer_name
from ..model.values import is_null
from .productivity import parse_numbers

translate = QCoreApplication.translate

COMPONENTS = ("settlement", "population", "roads", "farmland", "accidents", "items", "classification", "size")
DEFAULT_WEIGHTS = {"settlement": 3.0, "population": 2.0, "roads": 2.0, "farmland": 2.0, "accidents": 3.0,
                   "items": 1.0, "classification": 1.0, "size": 1.0}
SETTLEMENT_SCALE_M = 1000.0
POPULATION_RADIUS_M = 5000.0
ROAD_NEAR_M = 500.0
THREAT_RADIUS_M = 2000.0
RECENT_DAYS = 365


@dataclass
class HazardScore:
    hazard_id: str
    fid: int
    attributes: dict
    settlement_m: Optional[float] = None
    population: float = 0.0
    road_m: float = 0.0
    farmland_share: float = 0.0
    accidents: int = 0
    items: int = 0
    components: Dict[str, float] = field(default_factory=dict)
    score: float = 0.0
    rank: int = 0


@dataclass
class Priorities:
    scores: List[HazardScore]  # by rank
    weights: Dict[str, float]
    since: Optional[datetime.date]
    until: Optional[datetime.date]

    def weights_text(self) -> str:
        return ", ".join(f"{name}={self.weights[name]:g}" for name in COMPONENTS)


def parse_weights(text: str) -> Dict[str, float]:
    """The default weights, with those ``text`` gives (``"roads=0, accidents=5"``)."""
    weights = dict(DEFAULT_WEIGHTS)
    weights.update(parse_numbers(text, "WEIGHTS", COMPONENTS))
    if sum(weights.values()) <= 0:
        raise DeminingError(translate("Planning", "WEIGHTS: at least one weight must be above zero."))
    return weights


def check_context(layer, geometry_types, what: str) -> None:
    """A context layer of the right geometry type and a known CRS, or a sentence saying not."""
    if layer is None:
        return
    if QgsWkbTypes.geometryType(layer.wkbType()) not in geometry_types:
        kinds = {QgsWkbTypes.PointGeometry: translate("Planning", "points"),
                 QgsWkbTypes.LineGeometry: translate("Planning", "lines"),
                 QgsWkbTypes.PolygonGeometry: translate("Planning", "polygons")}
        found = kinds.get(QgsWkbTypes.geometryType(layer.wkbType()), translate("Planning", "no geometry"))
        message = translate("Planning", "{what}: layer '{name}' holds {found}; it must hold {wanted}.")
        raise DeminingError(message.format(
            what=what, name=layer_name(layer), found=found,
            wanted=translate("Planning", " or ").join(kinds[t] for t in geometry_types)))
    if not layer_crs(layer).isValid():
        raise DeminingError(translate("Planning", "{what}: layer '{name}' has no coordinate reference system; set "
                                                  "its CRS first.").format(what=what, name=layer_name(layer)))


class _Context:
    """A context layer's geometries in the working CRS, with a spatial index."""

    def __init__(self, layer, crs, values: Optional[Callable] = None, keep: Optional[Callable] = None,
                 is_canceled: Callable[[], bool] = lambda: False):
        self.geometries: Dict[int, QgsGeometry] = {}
        self.values: Dict[int, float] = {}
        self.index = QgsSpatialIndex()
        if layer is None:
            return
        transform = transform_between(layer_crs(layer), crs)
        for count, feature in enumerate(layer.getFeatures(QgsFeatureRequest())):
            if count % 1000 == 999 and is_canceled():  # a national road network may take a while
                raise CancelledError()
            if not feature.hasGeometry() or (keep is not None and not keep(feature)):
                continue
            geometry = QgsGeometry(feature.geometry())
            geometry.transform(transform)
            self.geometries[feature.id()] = geometry
            self.values[feature.id()] = values(feature) if values else 1.0
            self.index.addFeature(feature.id(), geometry.boundingBox())

    def near(self, geometry: QgsGeometry, distance: float) -> List[int]:
        box = geometry.boundingBox().buffered(distance)
        return [k for k in self.index.intersects(box) if self.geometries[k].distance(geometry) <= distance]


def _number(feature, name: Optional[str]) -> float:
    if not name:
        return 1.0
    value = feature[name]
    try:
        return 0.0 if is_null(value) else float(value)
    except (TypeError, ValueError):
        return 0.0


def _dated(field_name: str, since: datetime.date, until: datetime.date) -> Callable:
    def keep(feature) -> bool:
        day = parse_date(feature[field_name]) if not is_null(feature[field_name]) else None
        return day is not None and since <= day <= until
    return keep


def _last_day(layers, fields) -> Optional[datetime.date]:
    days = []
    for layer, name in zip(layers, fields):
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([name],
                                                                                                   layer.fields())
        days += [parse_date(f[name]) for f in layer.getFeatures(request) if not is_null(f[name])]
    return max(days) if days else None


def hazard_priorities(store, settlements=None, population_field: str = "", roads=None, land_use=None,
                      weights: Optional[Dict[str, float]] = None, until=None,
                      progress: Optional[Callable[[float], None]] = None,
                      is_canceled: Optional[Callable[[], bool]] = None) -> Priorities:
    """Every hazard not closed, scored and ranked (see the module's notes)."""
    progress = progress or (lambda value: None)
    is_canceled = is_canceled or (lambda: False)
    weights = dict(DEFAULT_WEIGHTS if weights is None else weights)
    check_context(settlements, (QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry),
                  translate("Planning", "Settlements"))
    check_context(roads, (QgsWkbTypes.LineGeometry,), translate("Planning", "Roads"))
    check_context(land_use, (QgsWkbTypes.PolygonGeometry,), translate("Planning", "Land use"))
    if settlements is not None and population_field and settlements.fields().lookupField(population_field) < 0:
        raise DeminingError(translate("Planning", "Settlements: layer '{name}' has no field '{field}'.").format(
            name=layer_name(settlements), field=population_field))
    hazards_layer, accidents, detections = (store.layer(n) for n in ("hazard_areas", "accidents", "detections"))
    until = parse_date(until, "UNTIL") or _last_day((accidents, detections), ("occurred_on", "found_on"))
    since = until - datetime.timedelta(days=RECENT_DAYS) if until is not None else None
    hazards = [f for f in hazards_layer.getFeatures() if f["status"] != "closed" and f.hasGeometry()]
    if not hazards:
        raise DeminingError(translate("Planning", "The store has no open hazard to rank."))
    extent = hazards_layer.extent()
    crs = utm_crs_at(extent.center(), hazards_layer.crs())
    to_plane = transform_between(hazards_layer.crs(), crs)
    contexts = ((settlements, lambda f: _number(f, population_field), None), (roads, None, None),
                (land_use, None, None), (accidents if until else None, None, _dated("occurred_on", since, until)),
                (detections if until else None, lambda f: _number(f, "quantity") or 1.0,
                 _dated("found_on", since, until)))
    read = []
    for layer, values, keep in contexts:
        read.append(_Context(layer, crs, values, keep, is_canceled))
        progress(4 * len(read))
    places, lines, farmland, recent_accidents, recent_items = read
    scores = []
    for k, feature in enumerate(hazards):
        if is_canceled():
            raise CancelledError()
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(to_plane)
        score = HazardScore(feature["hazard_id"], feature.id(), {n: feature[n] for n in feature.fields().names()})
        nearest = places.index.nearestNeighbor(geometry.centroid().asPoint(), 8) if places.geometries else []
        distances = [places.geometries[i].distance(geometry) for i in nearest]
        score.settlement_m = min(distances) if distances else None
        score.population = sum(places.values[i] for i in places.near(geometry, POPULATION_RADIUS_M))
        zone = geometry.buffer(ROAD_NEAR_M, 8)
        score.road_m = sum(lines.geometries[i].intersection(zone).length() for i in lines.near(geometry, ROAD_NEAR_M))
        area = geometry.area()
        inside = [farmland.geometries[i].intersection(geometry).area() for i in farmland.near(geometry, 0.0)]
        score.farmland_share = min(1.0, sum(inside) / area) if area > 0 else 0.0
        score.accidents = len(recent_accidents.near(geometry, THREAT_RADIUS_M))
        score.items = int(sum(recent_items.values[i] for i in recent_items.near(geometry, THREAT_RADIUS_M)))
        scores.append(score)
        progress(20 + 70 * (k + 1) / len(hazards))
    _score(scores, weights)
    progress(100)
    return Priorities(scores, weights, since, until)


def _left_ha(score: HazardScore) -> float:
    for name in ("remaining_ha", "area_ha"):
        value = score.attributes.get(name)
        if not is_null(value):
            return float(value)
    return 0.0


def _score(scores: List[HazardScore], weights: Dict[str, float]) -> None:
    def most(values):
        top = max(values, default=0.0)
        return top if top > 0 else 1.0

    top = {"population": most(s.population for s in scores), "roads": most(s.road_m for s in scores),
           "accidents": most(s.accidents for s in scores), "items": most(s.items for s in scores),
           "size": most(_left_ha(s) for s in scores)}
    total_weight = sum(weights.values())
    for s in scores:
        s.components = {
            "settlement": 0.0 if s.settlement_m is None else 1.0 / (1.0 + s.settlement_m / SETTLEMENT_SCALE_M),
            "population": s.population / top["population"], "roads": s.road_m / top["roads"],
            "farmland": s.farmland_share, "accidents": s.accidents / top["accidents"],
            "items": s.items / top["items"],
            "classification": 1.0 if s.attributes.get("classification") == "CHA" else 0.5,
            "size": _left_ha(s) / top["size"]}
        s.score = 100.0 * sum(weights[c] * s.components[c] for c in COMPONENTS) / total_weight
    scores.sort(key=lambda s: (-round(s.score, 9), str(s.hazard_id)))
    for rank, s in enumerate(scores, 1):
        s.rank = rank


def rank_of_hazards(priorities: Priorities) -> Dict[str, int]:
    """hazard_id: rank (for the Clearance panel's sort)."""
    return {s.hazard_id: s.rank for s in priorities.scores}


#: Fields that make a layer an output of ``demining:priorities`` (the Clearance panel's ranks).
RANK_FIELDS = ("hazard_id", "rank", "weights")


def ranks_in_layer(layer) -> Optional[Dict[str, int]]:
    """hazard_id: rank of a ``demining:priorities`` output layer; None for any other layer."""
    names = set(layer.fields().names()) if hasattr(layer, "fields") else set()
    if not set(RANK_FIELDS) <= names:
        return None
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(
        ["hazard_id", "rank"], layer.fields())
    return {f["hazard_id"]: int(f["rank"]) for f in layer.getFeatures(request)
            if not is_null(f["hazard_id"]) and not is_null(f["rank"])}
