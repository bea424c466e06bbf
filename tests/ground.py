"""Test geometry laid out on the ground near Aghdam (UTM zone 38N), stored in EPSG:4326,
and an ellipsoidal area independent of the plugin's own measuring code."""

import datetime

from pyproj import Geod
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)

from demining_plugin.core.model.changes import ChangeSet

UTM = QgsCoordinateReferenceSystem("EPSG:32638")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
GEOD = Geod(ellps="WGS84")
# Near Aghdam: a west and an east district split at x = 651,000 m.
X0, Y0 = 650000.0, 4420000.0
#: The day the AT mine of ``clean_seed()`` was found.
CHECKED_DAY = datetime.date(2021, 11, 23)


def utm_box(x0, y0, x1, y1) -> QgsGeometry:
    """A rectangle given in metres from (X0, Y0), in UTM 38N."""
    return QgsGeometry.fromRect(QgsRectangle(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1))


def to_wgs84(geometry: QgsGeometry) -> QgsGeometry:
    g = QgsGeometry(geometry)
    g.transform(QgsCoordinateTransform(UTM, WGS84, QgsProject.instance()))
    return g


def geodesic_ha(geometry: QgsGeometry) -> float:
    """Ellipsoidal area (pyproj, geodesic edges) of a geometry in EPSG:4326, in hectares."""
    total = 0.0
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    for polygon in polygons:
        for k, ring in enumerate(polygon):
            area, _ = GEOD.polygon_area_perimeter([p.x() for p in ring], [p.y() for p in ring])
            total += abs(area) if k == 0 else -abs(area)
    return total / 1e4


def two_districts_and_a_hazard(task_id: str = None) -> ChangeSet:
    """West and East districts split at x = 1000 m, a 100 ha CHA H-0001 across them
    (500..1500 m both ways) and one clearance task covering it."""
    seed = ChangeSet()
    seed.add("regions", to_wgs84(utm_box(0, 0, 1000, 2000)), {"name": "West"})
    seed.add("regions", to_wgs84(utm_box(1000, 0, 2000, 2000)), {"name": "East"})
    seed.add("hazard_areas", to_wgs84(utm_box(500, 500, 1500, 1500)),
             {"classification": "CHA", "status": "open", "area_ha": 100, "remaining_ha": 100})
    task = {"hazard_id": "H-0001", "task_type": "clearance", "status": "open"}
    if task_id:
        task.update(task_id=task_id, name="Box 42")
    seed.add("clearance_tasks", to_wgs84(utm_box(500, 500, 1500, 1500)), task)
    return seed


def utm_point(x, y) -> QgsGeometry:
    """A point (x, y) metres off (X0, Y0), in EPSG:4326."""
    return to_wgs84(QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y)))


def utm_polygon(*points) -> QgsGeometry:
    """A polygon from (x, y) metres off (X0, Y0), vertices kept exactly as given, in EPSG:4326."""
    ring = ", ".join(f"{X0 + x} {Y0 + y}" for x, y in points + (points[0],))
    return to_wgs84(QgsGeometry.fromWkt(f"POLYGON(({ring}))"))


def clean_seed() -> ChangeSet:
    """The two districts, CHA H-0001 with its task T-0001, and an AT mine found inside
    (the store the data checks find nothing wrong with)."""
    seed = two_districts_and_a_hazard()
    seed.add("detections", utm_point(1000, 1000),
             {"category": "AT", "found_on": CHECKED_DAY, "task_id": "T-0001"})
    return seed


def ground_store(location: str, task_id: str = None):
    """A new project store at ``location`` holding ``two_districts_and_a_hazard(task_id)``."""
    from demining_plugin.core.store import create_store

    store = create_store(location)
    store.apply(two_districts_and_a_hazard(task_id))
    return store
