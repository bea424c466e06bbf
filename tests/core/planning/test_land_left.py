"""The hectares left in the hazards, every square metre once (core/planning/land_left.py):
hazards overlapping each other and released land, against GEOS unions and pyproj's geodesic
areas worked out in the test (``left_by_hand``)."""

import pytest

from tests.core.planning.planning_store import DISTRICTS, left_by_hand, planning_left, planning_store
from tests.ground import to_wgs84, utm_box, utm_polygon

#: (geometry, classification, status, district): CHA-1 and SHA-1 overlap (the shared ground is
#: CHA-1's), SHA-1 crosses from West into East, SHA-2 overlaps SHA-1, the L-shaped SHA-3
#: overlaps SHA-2, CHA-2 is closed, SHA-4 lies in no district and says it is in Beyond.
HAZARDS = (
    (to_wgs84(utm_box(100, 100, 600, 500)), "CHA", "open", "West"),
    (to_wgs84(utm_box(400, 300, 1300, 800)), "SHA", "open", "West"),
    (to_wgs84(utm_box(1100, 600, 1500, 900)), "SHA", "worked_on", "East"),
    (utm_polygon((1400, 700), (1800, 700), (1800, 1500), (1700, 1500), (1700, 800), (1400, 800)), "SHA", "open",
     "East"),
    (to_wgs84(utm_box(1450, 750, 1750, 1000)), "CHA", "closed", "East"),
    (to_wgs84(utm_box(2100, 0, 2300, 200)), "SHA", "open", "Beyond"),
)
#: Released land: across CHA-1 and SHA-1, inside SHA-1 and SHA-2 both, and outside every hazard.
RELEASED = (to_wgs84(utm_box(500, 400, 700, 600)), to_wgs84(utm_box(1200, 700, 1250, 750)),
            to_wgs84(utm_box(1900, 1900, 1950, 1950)))


def overlapping_store(location, hazards=HAZARDS, released=RELEASED):
    from demining_plugin.core.model.changes import ChangeSet
    from demining_plugin.core.store import create_store
    from tests.ground import geodesic_ha

    store = create_store(location)
    seed = ChangeSet()
    for name, box in DISTRICTS.items():
        seed.add("regions", to_wgs84(utm_box(*box)), {"name": name})
    for geometry, classification, status, district in hazards:
        # remaining_ha as a hazard's own figure would have it: its whole area, overlaps and all
        seed.add("hazard_areas", geometry, {"classification": classification, "status": status,
                                            "district": district, "area_ha": geodesic_ha(geometry),
                                            "remaining_ha": geodesic_ha(geometry)})
    for k, geometry in enumerate(released):
        seed.add("cleared_areas", geometry, {"release_method": "cleared", "technique": "manual", "team": f"T{k}",
                                             "released_on": "2021-05-01"})
    store.apply(seed)
    return store


def same(left, expected):
    """Equal to 20 m2: the engine draws an edge straight in its equal-area plane, GEOS straight
    in longitude/latitude and pyproj along the geodesic; over the kilometre-long sides of these
    hazards they part by millimetres, a few square metres where released land cuts a side."""
    assert set(left) == set(expected)
    for district, hectares in expected.items():
        assert left[district] == pytest.approx(hectares, rel=1e-5, abs=2e-3), district


def test_overlapping_hazards_count_once(tmp_path):
    from demining_plugin.core.planning.productivity import read_store_land

    land = read_store_land(overlapping_store(str(tmp_path / "overlaps.gpkg")))
    expected = left_by_hand(HAZARDS, RELEASED, {name: to_wgs84(utm_box(*box)) for name, box in DISTRICTS.items()})
    same(land.left, expected)
    # By hand in UTM metres (to the projection's scale): CHA-1 20 ha less the 1 ha released in
    # it; SHA-1's West part 30 ha less CHA-1's 4 ha and the 3 ha released; in East SHA-1's 15,
    # SHA-2's 12 and SHA-3's 11 ha less the overlaps (4 and 1 ha) and 0.25 ha released.
    assert land.left["West"] == pytest.approx({"CHA": 19, "SHA": 23}, rel=2e-3)
    assert land.left["East"] == pytest.approx({"CHA": 0, "SHA": 32.75}, rel=2e-3)
    # The hazards' own figures (their whole areas) count 9 ha of overlaps twice.
    recorded = sum(h["remaining_ha"] for h in land.hazards.values() if h["status"] != "closed")
    assert sum(sum(h.values()) for h in land.left.values()) == pytest.approx(recorded - 9 - 4.25, rel=2e-3)
    assert land.left["Beyond"] == pytest.approx({"SHA": 4.0, "CHA": 0.0}, rel=2e-3)


def test_cha_takes_shared_ground(tmp_path):
    """An SHA drawn exactly over a CHA, and a larger one around both: the shared ground is
    confirmed land, counted once."""
    from demining_plugin.core.planning.productivity import read_store_land

    hazards = [(to_wgs84(utm_box(100, 100, 300, 300)), "SHA", "open", "West"),
               (to_wgs84(utm_box(100, 100, 300, 300)), "CHA", "open", "West"),
               (to_wgs84(utm_box(0, 0, 400, 400)), "SHA", "open", "West")]
    land = read_store_land(overlapping_store(str(tmp_path / "same.gpkg"), hazards, ()))
    same(land.left, left_by_hand(hazards, (), {name: to_wgs84(utm_box(*box)) for name, box in DISTRICTS.items()}))
    assert land.left["West"]["CHA"] == pytest.approx(4, rel=2e-3)
    assert land.left["West"]["SHA"] == pytest.approx(12, rel=2e-3)


def test_planning_store(tmp_path):
    from demining_plugin.core.planning.productivity import read_store_land

    land = read_store_land(planning_store(str(tmp_path / "planning.gpkg")))
    same(land.left, planning_left())
    # H-0001 (140 ha drawn) less 12 ha released, half of it in each district; H-0003 21 ha drawn
    assert land.left["West"]["CHA"] == pytest.approx(48, rel=2e-3)
    assert land.left["East"]["CHA"] == pytest.approx(80 + 21, rel=2e-3)
    assert land.left["West"]["SHA"] == pytest.approx(12, rel=2e-3)


def test_hazards_in_another_crs_than_the_released_land(tmp_path):
    """Hazards read in UTM 38N and released land in EPSG:4326: the same land left."""
    import numpy as np
    from qgis.core import QgsCoordinateTransform, QgsProject

    from demining_plugin.core.feature_table import FeatureTable, read_layer
    from demining_plugin.core.planning.land_left import land_left
    from demining_plugin.core.planning.productivity import read_store_land
    from tests.ground import UTM, WGS84

    store = overlapping_store(str(tmp_path / "crs.gpkg"))
    land = read_store_land(store)
    to_utm = QgsCoordinateTransform(WGS84, UTM, QgsProject.instance())
    wkb = []
    for geometry, *_rest in HAZARDS:
        local = type(geometry)(geometry)
        local.transform(to_utm)
        wkb.append(bytes(local.asWkb()))
    columns = {name: np.array([h[k] for h in HAZARDS], dtype=object)
               for k, name in ((1, "classification"), (2, "status"), (3, "district"))}
    hazards = FeatureTable(np.arange(1, len(HAZARDS) + 1), wkb, columns, UTM)
    released = read_layer(store.layer("cleared_areas"), {}).wkb
    left = land_left(hazards, released, land.land)
    for district, hectares in land.left.items():
        assert left[district] == pytest.approx(hectares, rel=1e-6, abs=1e-4), district
