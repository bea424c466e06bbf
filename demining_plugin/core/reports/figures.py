"""Headline figures of a store: what the main dock and ``make demo`` show."""

import datetime
from dataclasses import dataclass, field
from typing import Dict, Optional

from qgis.core import QgsFeatureRequest

from ..geo.measure import total_length_km, union_area_ha
from ..model.schema import ITEM_CATEGORY, RELEASE_METHOD
from .accidents import AccidentFigures, store_accident_figures


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


def headline_figures(store, until: Optional[datetime.date] = None) -> HeadlineFigures:
    """Figures up to and including ``until`` (all dates when None)."""
    layers = store.layers()
    released = layers["cleared_areas"]
    date_filter = _until("released_on", until)
    by_method = {
        code: union_area_ha(released, _and(f"\"release_method\" = '{code}'", date_filter))
        for code in RELEASE_METHOD.codes
    }
    detections = layers["detections"]
    items = {
        code: _sum(detections, "quantity", _and(f"\"category\" = '{code}'", _until("found_on", until)))
        for code in ITEM_CATEGORY.codes
    }
    return HeadlineFigures(
        until=until,
        feature_counts={name: layer.featureCount() for name, layer in layers.items()},
        released_ha=union_area_ha(released, date_filter),
        released_ha_by_method=by_method,
        items_by_category={code: n for code, n in items.items() if n},
        route_km=total_length_km(layers["cleared_routes"], _until("cleared_on", until)),
        accidents=store_accident_figures(store, date_to=until),
    )
