"""True (ellipsoidal WGS84) areas and lengths, whatever the layer's CRS.

Never planar areas in degrees or Web Mercator: every figure goes through
``QgsDistanceArea`` with the WGS84 ellipsoid set explicitly.
"""

from typing import Iterable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

from .schema import ELLIPSOID

M2_PER_HA = 10_000.0


def distance_area(crs: QgsCoordinateReferenceSystem) -> QgsDistanceArea:
    da = QgsDistanceArea()
    da.setSourceCrs(crs, QgsProject.instance().transformContext())
    if not da.setEllipsoid(ELLIPSOID):
        raise RuntimeError(f"Ellipsoid {ELLIPSOID} unknown to this QGIS")
    return da


def geometries(layer: QgsVectorLayer, expression: Optional[str] = None) -> Iterable[QgsGeometry]:
    request = QgsFeatureRequest()
    request.setNoAttributes()
    if expression:
        request.setFilterExpression(expression)
    for feature in layer.getFeatures(request):
        geometry = feature.geometry()
        if geometry is not None and not geometry.isEmpty():
            yield geometry


def union_area_ha(layer: QgsVectorLayer, expression: Optional[str] = None) -> float:
    """Area of the union of the layer's polygons (overlaps counted once), in hectares."""
    parts = [g.makeValid() if not g.isGeosValid() else g for g in geometries(layer, expression)]
    if not parts:
        return 0.0
    union = QgsGeometry.unaryUnion(parts)
    return distance_area(layer.crs()).measureArea(union) / M2_PER_HA


def geometry_area_ha(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> float:
    return distance_area(crs).measureArea(geometry) / M2_PER_HA


def total_length_km(layer: QgsVectorLayer, expression: Optional[str] = None) -> float:
    da = distance_area(layer.crs())
    return sum(da.measureLength(g) for g in geometries(layer, expression)) / 1000.0
