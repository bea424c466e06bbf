"""The items found a dock lists: the latest ones matching a filter (category, district,
date range), and the number of items by category for that filter.

Filters are QGIS expressions on the stored fields, which the GeoPackage and PostGIS
providers run as SQL, so thousands of items are counted without being read one by one
in Python.
"""

import datetime
from dataclasses import dataclass
from typing import Dict, List, Optional

from qgis.core import QgsExpression, QgsFeatureRequest, QgsGeometry

from ..geo.places import as_date, as_text

#: The district filter value for items outside every district (no district recorded).
NO_DISTRICT = ""


@dataclass
class ItemFilter:
    category: Optional[str] = None  # ITEM_CATEGORY code; None: all
    district: Optional[str] = None  # district name, NO_DISTRICT for none; None: all
    date_from: Optional[datetime.date] = None  # both days included
    date_to: Optional[datetime.date] = None

    def expression(self) -> str:
        parts = []
        if self.category:
            parts.append(f'"category" = {QgsExpression.quotedString(self.category)}')
        if self.district == NO_DISTRICT:
            parts.append("(\"district\" IS NULL OR \"district\" = '')")
        elif self.district is not None:
            parts.append(f'"district" = {QgsExpression.quotedString(self.district)}')
        if self.date_from is not None:
            parts.append(f'"found_on" >= {QgsExpression.quotedString(self.date_from.isoformat())}')
        if self.date_to is not None:
            parts.append(f'"found_on" <= {QgsExpression.quotedString(self.date_to.isoformat())}')
        return " AND ".join(parts)


@dataclass
class ListedItem:
    fid: int
    item_id: str
    category: Optional[str]
    model: Optional[str]
    quantity: int
    found_on: Optional[datetime.date]
    team: Optional[str]
    task_id: Optional[str]
    district: Optional[str]
    geometry: QgsGeometry


def _request(item_filter: ItemFilter) -> QgsFeatureRequest:
    request = QgsFeatureRequest()
    expression = item_filter.expression()
    if expression:
        request.setFilterExpression(expression)
    return request


def latest_items(layer, item_filter: ItemFilter, limit: int = 200) -> List[ListedItem]:
    """The ``limit`` latest items of the filter: newest date first, then newest identifier."""
    request = _request(item_filter)
    request.addOrderBy('"found_on"', False, False)
    request.addOrderBy('"item_id"', False, False)
    request.setLimit(limit)
    out = []
    for feature in layer.getFeatures(request):
        quantity = feature["quantity"]
        out.append(ListedItem(feature.id(), as_text(feature["item_id"]) or "", as_text(feature["category"]),
                              as_text(feature["model"]), int(quantity) if as_text(quantity) else 1,
                              as_date(feature["found_on"]), as_text(feature["team"]), as_text(feature["task_id"]),
                              as_text(feature["district"]), QgsGeometry(feature.geometry())))
    return out


def counts_by_category(layer, item_filter: ItemFilter) -> Dict[str, int]:
    """Items (quantities summed; an empty quantity counts 1) by category for the filter."""
    request = _request(item_filter).setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(["category", "quantity"], layer.fields())
    counts: Dict[str, int] = {}
    for feature in layer.getFeatures(request):
        quantity = feature["quantity"]
        n = int(quantity) if as_text(quantity) else 1
        key = as_text(feature["category"]) or ""
        counts[key] = counts.get(key, 0) + n
    return counts
