"""Checks of items found (core.checks.items): each rule fires on a case built for it and
stays silent on a clean item; what lies under a point (core.geo.places); distances on
the ground against pyproj."""

import datetime

import pytest
from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsPointXY, QgsProject

from demining_plugin.core.checks.items import ItemWarning, check_items
from demining_plugin.core.checks.rules import ITEM_RULES
from demining_plugin.core.geo.places import StorePlaces
from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.store import create_store
from tests.ground import GEOD, UTM, WGS84, X0, Y0, to_wgs84, utm_box

TODAY = datetime.date(2021, 12, 2)
START, END = datetime.date(2021, 11, 1), datetime.date(2021, 11, 30)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """West/East districts split at 3000 m; team A's task T-0001 (0..1000 m square,
    November 2021) with a sector T-0001/01 (0..200 m) of team A2; team B's task T-0002
    (1200..3000 x 0..1000 m, no dates); released land at 4000..4500 m outside any task."""
    store = create_store(str(tmp_path_factory.mktemp("checks") / "checks.gpkg"))
    seed = ChangeSet()
    seed.add("regions", to_wgs84(utm_box(-1000, -1000, 3000, 6000)), {"name": "West"})
    seed.add("regions", to_wgs84(utm_box(3000, -1000, 8000, 6000)), {"name": "East"})
    seed.add("clearance_tasks", to_wgs84(utm_box(0, 0, 1000, 1000)),
             {"task_id": "T-0001", "task_type": "clearance", "status": "open", "team": "A",
              "planned_start": START, "planned_end": END})
    seed.add("clearance_tasks", to_wgs84(utm_box(0, 0, 200, 200)),
             {"task_id": "T-0001/01", "parent_task_id": "T-0001", "task_type": "clearance", "status": "open",
              "team": "A2", "planned_start": datetime.date(2021, 11, 10), "planned_end": END})
    seed.add("clearance_tasks", to_wgs84(utm_box(1200, 0, 3000, 1000)),
             {"task_id": "T-0002", "task_type": "clearance", "status": "open", "team": "B"})
    seed.add("cleared_areas", to_wgs84(utm_box(4000, 4000, 4500, 4500)),
             {"release_method": "cleared", "released_on": datetime.date(2021, 11, 3)})
    store.apply(seed)
    return store


def point(x: float, y: float) -> QgsGeometry:
    """A point (x, y) metres from the UTM origin of the test ground, in the store CRS."""
    return to_wgs84(QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y)))


def item(x=500, y=500, **values):
    base = {"geometry": point(x, y), "category": "AP", "quantity": 1, "depth_cm": 10,
            "found_on": datetime.date(2021, 11, 15), "team": "A", "task_id": "T-0001"}
    base.update(values)
    return base


def rules(store, items, **kwargs):
    return [(w.index, w.rule) for w in check_items(store, items, today=TODAY, **kwargs)]


def test_a_clean_item_has_no_warning(store):
    assert check_items(store, [item()], today=TODAY) == []
    # Released land outside every task is not "outside".
    assert rules(store, [item(4200, 4200, team=None, task_id=None, found_on=None)]) == []
    # Depth and quantity at the ends of their ranges are fine.
    assert rules(store, [item(depth_cm=0), item(depth_cm=500, quantity=1), item(depth_cm=None, quantity=None)]) == []


@pytest.mark.parametrize("case, expected", [
    (dict(x=3500, y=3500, team=None, task_id=None), "item_outside_work"),
    (dict(task_id="T-9999"), "unknown_task"),
    (dict(found_on=START - datetime.timedelta(days=1)), "date_outside_task"),
    (dict(found_on=END + datetime.timedelta(days=1)), "date_outside_task"),
    (dict(quantity=0), "quantity"),
    (dict(quantity=-3), "quantity"),
    (dict(depth_cm=-1), "depth"),
    (dict(depth_cm=501), "depth"),
    (dict(x=2500, team="A", task_id=None), "far_from_team_task"),
])
def test_each_rule_fires_on_its_case(store, case, expected):
    warnings = check_items(store, [item(), item(**case)], today=TODAY)
    assert [(w.index, w.rule) for w in warnings] == [(1, expected)]
    assert all(isinstance(w, ItemWarning) and w.rule in ITEM_RULES for w in warnings)
    assert warnings[0].message.startswith("Item 2 (Anti-personnel mine)")


def test_future_date(store):
    tomorrow = TODAY + datetime.timedelta(days=1)
    # Also after the task's planned end: both are said, in the order of ITEM_RULES.
    assert rules(store, [item(found_on=tomorrow)]) == [(0, "date_outside_task"), (0, "date_future")]
    free = item(4200, 4200, team=None, task_id=None, found_on=tomorrow)
    [warning] = check_items(store, [free], today=TODAY)
    assert warning.rule == "date_future" and "2021-12-03" in warning.message


def test_the_task_under_the_point_gives_the_dates_when_none_is_named(store):
    # The sector T-0001/01 (from 10 Nov) lies under (100, 100); T-0001 (from 1 Nov) does not decide.
    early = datetime.date(2021, 11, 5)
    assert rules(store, [item(100, 100, task_id=None, team="A2", found_on=early)]) == [(0, "date_outside_task")]
    assert rules(store, [item(500, 500, task_id=None, found_on=early)]) == []


def test_far_from_team_task_uses_the_ground_distance_and_the_setting(store):
    near = item(1500, 500, team="A", task_id=None)  # 500 m east of T-0001
    far = item(2500, 500, team="A", task_id=None)  # 1500 m east of T-0001
    assert rules(store, [near, far]) == [(1, "far_from_team_task")]
    assert rules(store, [near, far], max_team_distance_m=2000) == []
    assert rules(store, [near, far], max_team_distance_m=400) == [(0, "far_from_team_task"),
                                                                   (1, "far_from_team_task")]
    # Distance on the ellipsoid (pyproj) from the item to the nearest point of T-0001, (1000, 500).
    to_wgs = QgsCoordinateTransform(UTM, WGS84, QgsProject.instance())
    a, b = to_wgs.transform(QgsPointXY(X0 + 2500, Y0 + 500)), to_wgs.transform(QgsPointXY(X0 + 1000, Y0 + 500))
    _, _, expected = GEOD.inv(a.x(), a.y(), b.x(), b.y())
    places = StorePlaces(store)
    measured = places.distance_to_tasks_m(far["geometry"].asPoint(), places.tasks_of_team("A"))
    assert measured == pytest.approx(expected, abs=0.01)
    [warning] = check_items(store, [far], today=TODAY)
    assert f"{expected / 1000:.2f} km" in warning.message and "team A" in warning.message


def test_labels_name_the_items_and_indexes_follow_the_input(store):
    items = [item(label="row 7", quantity=0), item(), item(label="row 9", depth_cm=900)]
    warnings = check_items(store, items, today=TODAY)
    assert [(w.index, w.rule) for w in warnings] == [(0, "quantity"), (2, "depth")]
    assert warnings[0].message == "row 7 has a quantity under 1 (0)."
    assert warnings[1].message == "row 9 has a depth of 900 cm, outside 0 to 500 cm."


def test_places_prefer_the_smallest_task_and_give_the_district(store):
    places = StorePlaces(store)
    sector = places.place(point(100, 100).asPoint())
    assert (sector.task_id, sector.task_ids, sector.district) == ("T-0001/01", ["T-0001/01", "T-0001"], "West")
    assert places.place(point(500, 500).asPoint()).task_id == "T-0001"
    outside = places.place(point(3500, 3500).asPoint())
    assert (outside.task_id, outside.task_ids, outside.district) == (None, [], "East")
    assert places.place(point(9000, 9000).asPoint()).district is None


def test_thousands_of_items_are_checked_in_one_call(store):
    """Many items (one index, one read of the released land): every flagged one is exactly a planted one."""
    items, planted = [], set()
    for k in range(3000):
        x, y = 50 + (k % 60) * 15, 50 + (k // 60) * 15  # inside T-0001
        values = {}
        if k % 97 == 0:
            values["quantity"] = 0
            planted.add((k, "quantity"))
        if k % 131 == 0:
            x, y = 3500, 3500
            values.update(team=None, task_id=None)
            planted.add((k, "item_outside_work"))
        items.append(item(x, y, **values))
    assert set(rules(store, items)) == planted
