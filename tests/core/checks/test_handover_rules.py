"""The completion and handover rules (issue 18, point 3) in the data checks: each fires on a
store made for it and stays quiet once the fault is mended."""

import datetime
import re

import pytest

from demining_plugin.core.checks.rules import RULES
from demining_plugin.core.checks.validate import validate_store
from demining_plugin.core.model.changes import ChangeSet
from tests.ground import geodesic_ha, ground_store, to_wgs84, utm_box

HANDOVER_RULES = ("handover_not_completed", "completed_with_hazard_left", "handover_without_inspection",
                  "inspection_failed_open")
TODAY = datetime.date(2023, 1, 1)


@pytest.fixture
def store(tmp_path):
    """H-0001 (a 1000 m square) and its task T-0001, all of it released."""
    store = ground_store(str(tmp_path / "rules.gpkg"), task_id="T-0001")
    changes = ChangeSet()
    changes.add("cleared_areas", to_wgs84(utm_box(400, 400, 1600, 1600)).intersection(
        next(store.layer("hazard_areas").getFeatures()).geometry()), {
            "release_method": "cleared", "technique": "manual", "task_id": "T-0001", "hazard_id": "H-0001",
            "released_on": datetime.date(2022, 3, 1)})
    store.apply(changes)
    return store


def set_task(store, **values):
    changes = ChangeSet()
    changes.update("clearance_tasks", "T-0001", values)
    store.apply(changes)


def inspect(store, day, result):
    changes = ChangeSet()
    changes.add("inspections", to_wgs84(utm_box(600, 600, 700, 700)), {
        "task_id": "T-0001", "inspected_on": day, "kind": "qa_visit", "result": result})
    store.apply(changes)


def fired(store, require_inspection=True):
    findings = validate_store(store, today=TODAY, require_inspection=require_inspection)
    return sorted((f.rule, f.layer, f.feature_id) for f in findings if f.rule in HANDOVER_RULES)


def test_the_rules_are_in_the_one_rule_set():
    assert {RULES[code].severity for code in HANDOVER_RULES} == {"error", "warning"}
    assert RULES["inspection_failed_open"].severity == "warning"


def test_a_completed_task_handed_over_after_a_pass_is_clean(store):
    set_task(store, completed_on=datetime.date(2022, 3, 20), handed_over_on=datetime.date(2022, 4, 1))
    inspect(store, datetime.date(2022, 3, 25), "pass")
    assert fired(store) == []


def test_handed_over_but_not_completed(store):
    inspect(store, datetime.date(2022, 3, 25), "pass")
    set_task(store, handed_over_on=datetime.date(2022, 4, 1))
    assert fired(store) == [("handover_not_completed", "clearance_tasks", "T-0001")]
    set_task(store, completed_on=datetime.date(2022, 3, 20))
    assert fired(store) == []


def test_completed_with_hazard_land_left(store):
    # Only the southern half of the hazard inside the task is released.
    released = next(store.layer("cleared_areas").getFeatures())
    half = ChangeSet()
    half.delete("cleared_areas", released["release_id"])
    half.add("cleared_areas", to_wgs84(utm_box(400, 400, 1600, 1000)).intersection(
        next(store.layer("hazard_areas").getFeatures()).geometry()), {
            "release_method": "cleared", "task_id": "T-0001", "hazard_id": "H-0001",
            "released_on": datetime.date(2022, 3, 1)})
    store.apply(half)
    set_task(store, completed_on=datetime.date(2022, 3, 20))
    findings = [f for f in validate_store(store, today=TODAY) if f.rule == "completed_with_hazard_left"]
    assert [(f.layer, f.feature_id) for f in findings] == [("clearance_tasks", "T-0001")]
    left_ha = float(re.search(r"\(([0-9.]+) ha\)", findings[0].message).group(1))
    assert left_ha == pytest.approx(geodesic_ha(to_wgs84(utm_box(500, 1000, 1500, 1500))), abs=0.01)
    # Not completed: nothing to say about the land left.
    set_task(store, completed_on=None)
    assert fired(store) == []


def test_handed_over_without_a_passed_inspection_unless_the_setting_is_off(store):
    set_task(store, completed_on=datetime.date(2022, 3, 20), handed_over_on=datetime.date(2022, 4, 1))
    assert fired(store) == [("handover_without_inspection", "clearance_tasks", "T-0001")]
    assert fired(store, require_inspection=False) == []
    inspect(store, datetime.date(2022, 3, 25), "corrective_action")
    assert fired(store) == [("handover_without_inspection", "clearance_tasks", "T-0001")]
    inspect(store, datetime.date(2022, 3, 28), "pass")
    assert fired(store) == []


def test_a_failed_inspection_needs_a_later_pass(store):
    inspect(store, datetime.date(2022, 3, 25), "pass")
    inspect(store, datetime.date(2022, 3, 27), "fail")
    assert fired(store) == [("inspection_failed_open", "inspections", "QI-00002")]
    inspect(store, datetime.date(2022, 3, 29), "pass")
    assert fired(store) == []
