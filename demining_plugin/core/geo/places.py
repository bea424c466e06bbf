"""What lies under a point of the store: the clearance task (the smallest one, so a
sector wins over its parent task), the district and the released land.

``StorePlaces`` reads the tasks and districts once, with a spatial index, so that
placing or checking thousands of points costs one index lookup each. Released land,
the largest layer, is only read where it is needed (``released_near``), through the
provider's own spatial index.
"""

import datetime
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSpatialIndex,
)
from qgis.PyQt.QtCore import QDate, QDateTime

from ..model.values import is_null
from .crs import utm_crs_at
from .measure import distance_area


def as_date(value) -> Optional[datetime.date]:
    """A stored date (QDate, datetime, ISO text) as ``datetime.date``; None when empty."""
    if is_null(value):
        return None
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def as_text(value) -> Optional[str]:
    if is_null(value):
        return None
    text = str(value).strip()
    return text or None


@dataclass
class TaskInfo:
    task_id: str
    team: Optional[str]
    organisation: Optional[str]
    planned_start: Optional[datetime.date]
    planned_end: Optional[datetime.date]
    geometry: QgsGeometry
    area_m2: float


@dataclass
class Place:
    """What lies under a point: the task chosen for it, every task there (smallest
    first) and the district (None outside every district)."""

    task_id: Optional[str]
    task_ids: List[str]
    district: Optional[str]


class StorePlaces:
    """Tasks and districts of a store, indexed, in the store's CRS.

    ``layers`` (store layer name -> ``QgsVectorLayer``) are read instead of opening the
    store's layers again: the GUI passes the project's layers, because opening a new
    layer on a GeoPackage a background task is reading waits for that task in QGIS 3.22.
    """

    def __init__(self, store, layers: Optional[Dict[str, object]] = None):
        self.store = store
        self.crs = store.crs
        self._layers = dict(layers or {})
        self.tasks: Dict[str, TaskInfo] = {}
        self._task_by_fid: Dict[int, str] = {}
        self._task_index = QgsSpatialIndex()
        self._tasks_of_team: Dict[str, List[str]] = {}
        self._regions: Dict[int, tuple] = {}
        self._region_index = QgsSpatialIndex()
        #: Task polygons already projected to a UTM zone: (task_id, zone authid) -> geometry.
        self._local_tasks: Dict[tuple, QgsGeometry] = {}
        measure = distance_area(self.crs)
        tasks = self._layer("clearance_tasks")
        for feature in tasks.getFeatures():
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            task_id = as_text(feature["task_id"])
            if task_id is None:
                continue
            info = TaskInfo(task_id, as_text(feature["team"]), as_text(feature["organisation"]),
                            as_date(feature["planned_start"]), as_date(feature["planned_end"]),
                            QgsGeometry(geometry), measure.measureArea(geometry))
            self.tasks[task_id] = info
            self._task_by_fid[feature.id()] = task_id
            self._task_index.addFeature(feature)
            if info.team:
                self._tasks_of_team.setdefault(info.team, []).append(task_id)
        regions = self._layer("regions")
        for feature in regions.getFeatures():
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            self._regions[feature.id()] = (as_text(feature["name"]), QgsGeometry(geometry))
            self._region_index.addFeature(feature)

    def _layer(self, name: str):
        layer = self._layers.get(name)
        if layer is None:
            layer = self._layers[name] = self.store.layer(name)
        return layer

    # -- lookups ---------------------------------------------------------------------------
    def tasks_at(self, point: QgsPointXY) -> List[str]:
        """Identifiers of the tasks holding ``point`` (boundary included), smallest first."""
        probe = QgsGeometry.fromPointXY(point)
        found = []
        for fid in self._task_index.intersects(QgsRectangle(point, point)):
            task = self.tasks[self._task_by_fid[fid]]
            if task.geometry.intersects(probe):
                found.append(task)
        found.sort(key=lambda t: (t.area_m2, t.task_id))
        return [t.task_id for t in found]

    def district_at(self, point: QgsPointXY) -> Optional[str]:
        probe = QgsGeometry.fromPointXY(point)
        for fid in sorted(self._region_index.intersects(QgsRectangle(point, point))):
            name, geometry = self._regions[fid]
            if geometry.intersects(probe):
                return name
        return None

    def place(self, point: QgsPointXY) -> Place:
        task_ids = self.tasks_at(point)
        return Place(task_ids[0] if task_ids else None, task_ids, self.district_at(point))

    def district_names(self) -> List[str]:
        return sorted({name for name, _ in self._regions.values() if name})

    def teams(self) -> List[str]:
        return sorted(self._tasks_of_team)

    def tasks_of_team(self, team: str) -> List[TaskInfo]:
        return [self.tasks[t] for t in self._tasks_of_team.get(team, [])]

    def released_at(self, points: Sequence[QgsPointXY]) -> List[bool]:
        """Whether each point lies in released land. Reads only the released polygons in
        the box of the points (the provider's spatial index does the selecting)."""
        if not points:
            return []
        box = QgsRectangle(points[0], points[0])
        for point in points[1:]:
            box.combineExtentWith(point.x(), point.y())
        box.grow(1e-9 if self.crs.isGeographic() else 1e-3)
        request = QgsFeatureRequest().setFilterRect(box).setNoAttributes()
        if self.crs != self._layer("cleared_areas").crs():
            request.setDestinationCrs(self.crs, QgsProject.instance().transformContext())
        index = QgsSpatialIndex(self._layer("cleared_areas").getFeatures(request), None,
                                QgsSpatialIndex.FlagStoreFeatureGeometries)
        out = []
        for point in points:
            probe = QgsGeometry.fromPointXY(point)
            out.append(any(index.geometry(fid).intersects(probe)
                           for fid in index.intersects(QgsRectangle(point, point))))
        return out

    def distance_to_tasks_m(self, point: QgsPointXY, tasks: Iterable[TaskInfo]) -> Optional[float]:
        """Shortest distance on the ground (metres, WGS84 ellipsoid) from ``point`` to any
        of ``tasks``; 0 inside one. The nearest point is found in the local UTM zone, the
        distance to it measured on the ellipsoid."""
        tasks = list(tasks)
        if not tasks:
            return None
        probe = QgsGeometry.fromPointXY(point)
        if any(t.geometry.intersects(probe) for t in tasks):
            return 0.0
        utm = utm_crs_at(point, self.crs)
        to_utm = QgsCoordinateTransform(self.crs, utm, QgsProject.instance())
        local_point = QgsGeometry(probe)
        local_point.transform(to_utm)
        best = None
        for task in tasks:
            key = (task.task_id, utm.authid())
            local_task = self._local_tasks.get(key)
            if local_task is None:
                local_task = QgsGeometry(task.geometry)
                local_task.transform(to_utm)
                self._local_tasks[key] = local_task
            gap = local_task.distance(local_point)
            if best is None or gap < best[0]:
                best = (gap, local_task)
        line = best[1].shortestLine(local_point).asPolyline()
        if len(line) < 2:
            return 0.0
        measure = distance_area(utm)
        return measure.measureLine(line[0], line[-1])
