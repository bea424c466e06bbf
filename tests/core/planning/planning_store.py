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


def union(geometries):
    """GEOS union, pairwise (GEOS 3.11's unary union can drop one of two identical inputs)."""
    out = QgsGeometry()
    for geometry in geometries:
        out = QgsGeometry(geometry) if out.isNull() else out.combine(geometry)
    return out


def left_by_hand(hazards, released, regions):
    """Hectares left by district and classification worked out with GEOS unions in EPSG:4326
    and pyproj's geodesic areas, independently of the plugin: the open hazards' union by
    classification less the released land's union, CHA before SHA, cut by the regions; land
    outside them in the district the hazard records. ``hazards``: (geometry, classification,
    status, district); ``released``: geometries; ``regions``: {name: geometry}."""
    gone = union(released)
    everywhere = union(regions.values())
    out = {}
    for classification in ("CHA", "SHA"):
        mine = [(g, d) for g, c, s, d in hazards if c == classification and s != "closed"]
        land = union(g for g, _d in mine)
        if land.isNull():
            continue
        land = land.difference(gone) if not gone.isNull() else land
        pieces = [(name, land.intersection(region)) for name, region in regions.items()]
        outside = land.difference(everywhere) if not everywhere.isNull() else land
        for geometry, district in mine:  # hazards in no region: each square metre once too
            pieces.append((district, outside.intersection(geometry)))
            outside = outside.difference(geometry)
        for name, piece in pieces:
            if not piece.isEmpty():
                slot = out.setdefault(name, {"SHA": 0.0, "CHA": 0.0})
                slot[classification] += geodesic_ha(piece)
        gone = land if gone.isNull() else gone.combine(land)  # CHA ground is not SHA's
    return out


def planning_seed():
    from demining_plugin.core.model.changes import ChangeSet

    seed = ChangeSet()
    for name, box in DISTRICTS.items():
        seed.add("regions", to_wgs84(utm_box(*box)), {"name": name})
    # The recorded areas are not the drawn ones (H-0003 is 21 ha drawn, 50 recorded): the land
    # left is worked out from the geometries.
    recorded = ((140, 100), (27, 20), (50, 50), (0.5, 0))
    for (geometry, classification, status, district), (area, remaining) in zip(planning_hazards(), recorded):
        seed.add("hazard_areas", geometry, {"classification": classification, "status": status,
                                            "district": district, "area_ha": area, "remaining_ha": remaining})
    seed.add("clearance_tasks", to_wgs84(utm_box(1500, 1000, 1600, 1200)),
             {"task_id": "T-0001", "hazard_id": "H-0001", "task_type": "clearance", "status": "worked_on"})
    for box, method, technique, team, day, hazard, task in RELEASES.values():
        seed.add("cleared_areas", to_wgs84(utm_box(*box)),
                 {"release_method": method, "technique": technique, "team": team, "organisation": "ANAMA",
                  "released_on": day, "hazard_id": hazard, "task_id": task})
    for task, team, day, technique in WORK_DAYS:
        seed.add("work_days", None, {"task_id": task, "team": team, "worked_on": day, "technique": technique})
    return seed


def planning_hazards():
    """The planning store's hazards: (geometry in EPSG:4326, classification, status, district)."""
    return [(to_wgs84(utm_box(500, 500, 1900, 1500)), "CHA", "worked_on", "West"),
            (to_wgs84(utm_box(0, 1600, 900, 1900)), "SHA", "worked_on", "West"),
            (to_wgs84(utm_box(1200, 1600, 1900, 1900)), "CHA", "open", "East"),
            (to_wgs84(utm_box(1000, 1950, 1100, 2000)), "CHA", "closed", "East")]


def planning_left():
    """The planning store's hectares left, by hand (``left_by_hand``)."""
    return left_by_hand(planning_hazards(), [to_wgs84(utm_box(*r[0])) for r in RELEASES.values()],
                        {name: to_wgs84(utm_box(*box)) for name, box in DISTRICTS.items()})


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
