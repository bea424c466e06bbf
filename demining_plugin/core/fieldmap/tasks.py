"""Which tasks get a page, and the figures of one task's page: its turning points in UTM,
WGS84 and MGRS, a readable scale, the grid interval and the grid convergence."""

import math
import re
from typing import List, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..geo.crs import wgs84
from ..model.values import is_null
from .options import GRID_INTERVALS, NICE_SCALES, TurningPoint, mgrs_text, quoted

translate = QCoreApplication.translate


# -- which tasks ------------------------------------------------------------------------------

def parse_task_ids(text: str) -> List[str]:
    """``"T-0001, T-0002"`` as a list of ids in the given order, each once."""
    ids = []
    for part in re.split(r"[,;\s]+", text or ""):
        if part and part not in ids:
            ids.append(part)
    return ids


def select_tasks(tasks: QgsVectorLayer, task_ids: Optional[Sequence[str]] = None,
                 expression: Optional[str] = None) -> List[QgsFeature]:
    """The task features asked for, by ids (in that order) or by an expression (in id order)."""
    task_ids = list(task_ids or [])
    expression = (expression or "").strip()
    if task_ids and expression:
        raise DeminingError(translate("FieldMap", "Give task ids or an expression, not both."))
    if not task_ids and not expression:
        raise DeminingError(translate(
            "FieldMap", "No task chosen: give task ids (e.g. T-0001, T-0002) or an expression."))
    if task_ids:
        found = {}
        request = QgsFeatureRequest().setFilterExpression(
            f'"task_id" IN ({", ".join(quoted(t) for t in task_ids)})')
        for feature in tasks.getFeatures(request):
            found[feature["task_id"]] = feature
        missing = [t for t in task_ids if t not in found]
        if missing:
            raise DeminingError(translate("FieldMap", "No clearance task has the id {missing} in this store.").format(
                missing=', '.join(missing)))
        chosen = [found[t] for t in task_ids]
    else:
        parsed = QgsExpression(expression)
        if parsed.hasParserError():
            raise DeminingError(translate("FieldMap", "The expression '{expression}' is not valid: {parsed}").format(
                expression=expression, parsed=parsed.parserErrorString()))
        names = set(tasks.fields().names())
        unknown = sorted(set(parsed.referencedColumns()) - names - {QgsFeatureRequest.ALL_ATTRIBUTES})
        if unknown:
            raise DeminingError(translate(
                "FieldMap", "The expression '{expression}' names {unknown}, which clearance_tasks does not have "
                            "(fields: {tasks}).").format(
                                expression=expression, unknown=', '.join(unknown),
                                tasks=', '.join(tasks.fields().names())))
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(tasks))
        parsed.prepare(context)
        chosen = []
        for feature in tasks.getFeatures():
            context.setFeature(feature)
            value = parsed.evaluate(context)
            if parsed.hasEvalError():
                raise DeminingError(translate(
                    "FieldMap", "The expression '{expression}' cannot be evaluated on task {feature}: {parsed}").format(
                        expression=expression, feature=feature['task_id'], parsed=parsed.evalErrorString()))
            if value and not is_null(value):
                chosen.append(feature)
        chosen.sort(key=lambda f: f["task_id"])
        if not chosen:
            raise DeminingError(translate(
                "FieldMap", "No clearance task matches the expression '{expression}'.").format(expression=expression))
    empty = [f["task_id"] for f in chosen if f.geometry() is None or f.geometry().isEmpty()]
    if empty:
        raise DeminingError(translate(
            "FieldMap", "Clearance task {empty} has no geometry; it cannot be mapped.").format(empty=', '.join(empty)))
    return chosen


# -- turning points ------------------------------------------------------------------------------

def turning_points(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem,
                   utm: QgsCoordinateReferenceSystem) -> List[TurningPoint]:
    """Vertices of every ring of the polygon (closing vertex left out), numbered from 1."""
    to_utm = QgsCoordinateTransform(crs, utm, QgsProject.instance())
    to_wgs84 = QgsCoordinateTransform(crs, wgs84(), QgsProject.instance())
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    points = []
    for polygon in polygons:
        for ring in polygon:
            for vertex in ring[:-1]:
                grid = to_utm.transform(vertex)
                geographic = to_wgs84.transform(vertex)
                points.append(TurningPoint(len(points) + 1, grid.x(), grid.y(), geographic.x(), geographic.y(),
                                           mgrs_text(geographic.x(), geographic.y())))
    return points


def nice_scale_for(needed: float) -> float:
    for scale in NICE_SCALES:
        if scale >= needed:
            return float(scale)
    return math.ceil(needed / 100000.0) * 100000.0


def interval_for_span(span_m: float) -> float:
    for interval in GRID_INTERVALS:
        if span_m / interval <= 7:
            return float(interval)
    return float(GRID_INTERVALS[-1])


def grid_convergence(lon: float, lat: float, utm: QgsCoordinateReferenceSystem) -> float:
    """Angle (degrees) from true north to grid north at a place, east positive (UTM)."""
    zone = int(utm.authid().split(":")[1]) % 100
    central = -183.0 + 6.0 * zone
    return math.degrees(math.atan(math.tan(math.radians(lon - central)) * math.sin(math.radians(lat))))
