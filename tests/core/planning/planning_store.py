"""A store built for the planning tests, with known team-days and areas: what each released
polygon counts for (its true area, less what an earlier release covered) is worked out here
with pyproj, independently of the totals engine; and the context layers of the priorities
tests (settlements, roads, land use) in UTM 38N metres from tests.ground's origin."""

import datetime

from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from tests.ground import X0, Y0, geodesic_ha, to_wgs84, utm_box

D = datetime.date
#: West is x 0..1000 m, East 1000..2000 m (from tests.ground's origin).
DISTRICTS = {"West": (0, 0, 1000, 2000), "East": (1000, 0, 2000, 2000)}
#: id: (box, method, technique, team, day, hazard, task)
RELEASES = {
    "r1": ((500, 500, 600, 600), "cleared", "manual", "A", D(2021, 5, 1), "H-0001", None),
    "r2": ((600, 500, 700, 550), "cleared", "manual", "A", D(2021, 5, 1), "H-0001", None),
    "r3": ((1100, 500, 1300, 600), "cleared", "manual", "A", D(2021, 5, 2), "H-0001", None),
    "r4": ((1100, 700, 1400, 900), "cleared", "mechanical", "B", D(2021, 5, 2), "H-0001", None),
    "r5": ((0, 1600, 400, 1900), "cancelled", None, "C", D(2021, 5, 3), "H-0002", None),
    "r8": ((400, 1600, 500, 1900), "reduced", None, "C", D(2021, 5, 4), "H-0002", None),
    "r6": ((1500, 1000, 1600, 1200), "cleared", "mdd", "D", D(2021, 6, 3), "H-0001", "T-0001"),
    "r7": ((500, 550, 600, 650), "cleared", "manual", "E", D(2021, 5, 5), "H-0001", None),
}
#: Team D logged three days on T-0001 (r6's land is spread over them).
WORK_DAYS = [("T-0001", "D", D(2021, 6, day), "mdd") for day in (1, 2, 3)]


def counted_m2(name: str) -> float:
    """The square metres release ``name`` counts for, every square metre once: r7 lies half
    on r1, released before it, so only its northern half counts."""
    box = (500, 600, 600, 650) if name == "r7" else RELEASES[name][0]
    return geodesic_ha(to_wgs84(utm_box(*box))) * 1e4


def planning_seed():
    from demining_plugin.core.model.changes import ChangeSet

    seed = ChangeSet()
    for name, box in DISTRICTS.items():
        seed.add("regions", to_wgs84(utm_box(*box)), {"name": name})
    seed.add("hazard_areas", to_wgs84(utm_box(500, 500, 1900, 1500)),
             {"classification": "CHA", "status": "worked_on", "district": "West", "area_ha": 140,
              "remaining_ha": 100})
    seed.add("hazard_areas", to_wgs84(utm_box(0, 1600, 900, 1900)),
             {"classification": "SHA", "status": "worked_on", "district": "West", "area_ha": 27, "remaining_ha": 20})
    seed.add("hazard_areas", to_wgs84(utm_box(1200, 1600, 1900, 1900)),
             {"classification": "CHA", "status": "open", "district": "East", "area_ha": 50, "remaining_ha": 50})
    seed.add("hazard_areas", to_wgs84(utm_box(1000, 1950, 1100, 2000)),
             {"classification": "CHA", "status": "closed", "district": "East", "area_ha": 0.5, "remaining_ha": 0})
    seed.add("clearance_tasks", to_wgs84(utm_box(1500, 1000, 1600, 1200)),
             {"task_id": "T-0001", "hazard_id": "H-0001", "task_type": "clearance", "status": "worked_on"})
    for box, method, technique, team, day, hazard, task in RELEASES.values():
        seed.add("cleared_areas", to_wgs84(utm_box(*box)),
                 {"release_method": method, "technique": technique, "team": team, "organisation": "ANAMA",
                  "released_on": day, "hazard_id": hazard, "task_id": task})
    for task, team, day, technique in WORK_DAYS:
        seed.add("work_days", None, {"task_id": task, "team": team, "worked_on": day, "technique": technique})
    return seed


def planning_store(location: str):
    from demining_plugin.core.store import create_store

    store = create_store(location)
    store.apply(planning_seed())
    return store


# -- context layers of the priorities (UTM 38N metres from tests.ground's origin) ---------------

def context_layer(kind, features, crs="EPSG:32638", fields="population:integer"):
    uri = f"{kind}?crs={crs}&field={fields}" if crs else f"{kind}?field={fields}"
    out = QgsVectorLayer(uri, "context", "memory")
    if not crs:
        out.setCrs(QgsCoordinateReferenceSystem())  # QGIS gives a memory layer a CRS by default
    with_features = []
    for geometry, values in features:
        feature = QgsFeature(out.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(values)
        with_features.append(feature)
    out.dataProvider().addFeatures(with_features)
    return out


def point(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


def line(*points):
    return QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x, Y0 + y) for x, y in points])


def settlements():
    return context_layer("Point", [(point(150, 50), [1200])])


def roads():
    return context_layer("LineString", [(line((-100, 50), (300, 50)), [0])])
