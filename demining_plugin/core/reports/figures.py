"""Headline figures of a store: what the main dock and ``make demo`` show."""

import datetime
from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple

from qgis.core import QgsFeatureRequest

from ..geo.measure import total_length_km
from ..model.schema import ITEM_CATEGORY, LAYERS, RELEASE_METHOD
from .accidents import AccidentFigures, store_accident_figures
from .hectares import hectare_totals


@dataclass
class HeadlineFigures:
    until: Optional[datetime.date]
    feature_counts: Dict[str, int]
    released_ha: float  # all methods, every square metre once
    released_ha_by_method: Dict[str, float]
    items_by_category: Dict[str, int] = field(default_factory=dict)
    route_km: float = 0.0
    #: The accidents up to ``until``: how many, killed and injured, civilians among them.
    accidents: Optional[AccidentFigures] = None

    @property
    def items_total(self) -> int:
        return sum(self.items_by_category.values())


def _until(field_name: str, until: Optional[datetime.date]) -> Optional[str]:
    return f"\"{field_name}\" <= to_date('{until.isoformat()}')" if until else None


def _and(*parts: Optional[str]) -> Optional[str]:
    kept = [p for p in parts if p]
    return " AND ".join(f"({p})" for p in kept) if kept else None


def _sum(layer, field_name: str, expression: Optional[str]) -> int:
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes([field_name], layer.fields())
    request.setFlags(QgsFeatureRequest.NoGeometry)
    if expression:
        request.setFilterExpression(expression)
    return int(sum(f[field_name] or 0 for f in layer.getFeatures(request)))


def released_hectares(released, until: Optional[datetime.date] = None) -> Tuple[float, Dict[str, float]]:
    """Hectares released up to ``until``, every square metre once, and by the method of the
    release that first covered it: the engine of the dashboard and of demining:hectaretotals
    (a national store of a million polygons in seconds, where a GEOS union takes minutes)."""
    totals = hectare_totals(released, group_by=["release_method"], date_field="released_on", date_to=until)
    by_method = dict.fromkeys(RELEASE_METHOD.codes, 0.0)
    for (method, *_rest), hectares, _count in totals.rows:
        if method in by_method:
            by_method[method] += hectares
    return totals.total_ha, by_method


#: The layers whose features the headline figures read; the others give only their counts.
FIGURES_LAYERS = ("cleared_areas", "detections", "cleared_routes", "accidents")


def headline_figures(store, until: Optional[datetime.date] = None,
                     feature_counts: Optional[Dict[str, int]] = None) -> HeadlineFigures:
    """Figures up to and including ``until`` (all dates when None). ``feature_counts``: the
    counts of layers known already (the others are counted on layers of the store)."""
    layers = {name: store.layer(name) for name in FIGURES_LAYERS}
    known = feature_counts or {}
    counts = {definition.name: known[definition.name] if definition.name in known
              else store.layer(definition.name).featureCount() for definition in LAYERS}
    released_ha, by_method = released_hectares(layers["cleared_areas"], until)
    detections = layers["detections"]
    items = {
        code: _sum(detections, "quantity", _and(f"\"category\" = '{code}'", _until("found_on", until)))
        for code in ITEM_CATEGORY.codes
    }
    return HeadlineFigures(
        until=until,
        feature_counts=counts,
        released_ha=released_ha,
        released_ha_by_method=by_method,
        items_by_category={code: n for code, n in items.items() if n},
        route_km=total_length_km(layers["cleared_routes"], _until("cleared_on", until)),
        accidents=store_accident_figures(store, date_to=until),
    )
