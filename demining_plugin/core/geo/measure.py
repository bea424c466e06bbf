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
    QgsUnitTypes,
    QgsVectorLayer,
)

from ..model.schema import ELLIPSOID

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


def union_of(parts: Iterable[QgsGeometry]) -> QgsGeometry:
    """The union of polygons, exact duplicates taken out first.

    GEOS 3.11 (Debian 12) can drop a polygon from a unary union whose input holds the
    same polygon twice, as imported legacy data does; removing copies avoids it.
    """
    unique, seen = [], set()
    for part in parts:
        key = bytes(part.asWkb())
        if key not in seen:
            seen.add(key)
            unique.append(part)
    if not unique:
        return QgsGeometry()
    return unique[0] if len(unique) == 1 else QgsGeometry.unaryUnion(unique)


def union_area_ha(layer: QgsVectorLayer, expression: Optional[str] = None) -> float:
    """Area of the union of the layer's polygons (overlaps counted once), in hectares."""
    parts = [g.makeValid() if not g.isGeosValid() else g for g in geometries(layer, expression)]
    if not parts:
        return 0.0
    return distance_area(layer.crs()).measureArea(union_of(parts)) / M2_PER_HA


def geometry_area_ha(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> float:
    return distance_area(crs).measureArea(geometry) / M2_PER_HA


#: Longest edge, in metres, kept when measuring geometry made by overlays (see below).
DENSIFY_STEP_M = 20.0


def densified(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem, step_m: float = DENSIFY_STEP_M) -> QgsGeometry:
    """The geometry with no edge longer than about ``step_m`` metres.

    Overlays (intersection, difference) treat edges as straight lines in the layer's CRS
    and put new vertices on them, while ellipsoidal measurement treats each edge as a
    geodesic. Over a kilometre in EPSG:4326 the two differ by a centimetre or so, enough
    to give a zero-width sliver several square metres of "area". Short edges make both
    readings agree, so near-zero remainders measure as near zero.
    """
    if crs.isGeographic():
        step = step_m / 111_000.0
    else:
        step = step_m * QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceMeters, crs.mapUnits())
    return geometry.densifyByDistance(step)


def total_length_km(layer: QgsVectorLayer, expression: Optional[str] = None) -> float:
    da = distance_area(layer.crs())
    return sum(da.measureLength(g) for g in geometries(layer, expression)) / 1000.0
