"""``demining:fieldmerge``: a team's ZIP merged (dry run, then stored, then again with nothing
added), its outputs and report, and bad packages refused as a QgsProcessingException that
says what is wrong, with the store unchanged."""

import csv

import pytest
from qgis.core import QgsProcessingException

from demining_plugin.core.fieldwork.layout import FIELD_DAYS, FIELD_ITEMS, FIELD_RELEASED
from tests.core.fieldwork.field_work import (
    DAY,
    FieldProject,
    counts,
    digest,
    field_store,
    package_for,
    polygon,
    zipped,
)
from tests.ground import utm_point


def _run(parameters):
    from qgis import processing

    return processing.run("demining:fieldmerge", parameters)


@pytest.fixture
def team_zip(tmp_path):
    """The store and team MC-1's package of T-0001, filled in and zipped: two items (one
    refused), 2 ha released, one day."""
    store = field_store(tmp_path / "store.gpkg")
    folder = package_for(store, "T-0001", "MC-1", tmp_path / "team_a")
    field = FieldProject(folder)
    field.add(FIELD_ITEMS, utm_point(700, 800), category="AT", found_on=DAY)
    field.add(FIELD_ITEMS, utm_point(710, 800), category="AP", found_on=DAY, quantity=-2)
    field.add(FIELD_RELEASED, polygon((650, 650, 750, 850)), release_method="cleared", released_on=DAY)
    field.add(FIELD_DAYS, worked_on=DAY, hours_worked=8, people=9)
    field.close()
    return store, zipped(folder)


def test_dry_run_then_merge_then_nothing_again(processing_provider, team_zip, tmp_path):
    store, package = team_zip
    before = digest(store.path)
    report = tmp_path / "dry.csv"
    dry = _run({"STORE": store.location, "PACKAGE": str(package), "APPLY": False, "REPORT": str(report)})
    assert digest(store.path) == before
    assert dry["ITEMS_ADDED"] == 1 and dry["DAYS_LOGGED"] == 1 and dry["REFUSED"] == 1
    assert dry["RELEASED_HA"] == pytest.approx(2.0, rel=2e-3)
    assert dry["REPORT"] == str(report)
    with open(report, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["kind"], r["status"]) for r in rows] == [
        ("item", "added"), ("item", "refused"), ("released", "added"), ("day", "added")]
    assert rows[1]["message"] == "quantity -2 is outside 1 to …."

    stored = _run({"STORE": store.location, "PACKAGE": str(package)})
    assert {k: stored[k] for k in ("ITEMS_ADDED", "DAYS_LOGGED", "REFUSED")} == \
        {"ITEMS_ADDED": 1, "DAYS_LOGGED": 1, "REFUSED": 1}
    assert stored["RELEASED_HA"] == pytest.approx(dry["RELEASED_HA"], rel=1e-9)
    assert stored["REPORT"] is None
    after = counts(store)
    assert after == {"detections": 1, "cleared_areas": 2, "work_days": 1}

    again = _run({"STORE": store.location, "PACKAGE": str(package)})
    assert (again["ITEMS_ADDED"], again["RELEASED_HA"], again["DAYS_LOGGED"]) == (0, 0.0, 0)
    assert counts(store) == after


def test_package_of_another_store_needs_allow_other_store(processing_provider, team_zip, tmp_path):
    _, package = team_zip
    other = field_store(tmp_path / "other.gpkg")
    before = digest(other.path)
    with pytest.raises(QgsProcessingException, match="was packaged from another store"):
        _run({"STORE": other.location, "PACKAGE": str(package)})
    assert digest(other.path) == before
    result = _run({"STORE": other.location, "PACKAGE": str(package), "ALLOW_OTHER_STORE": True})
    assert result["ITEMS_ADDED"] == 1 and result["WARNINGS"] >= 1


def test_not_a_package(processing_provider, team_zip, tmp_path):
    store, _ = team_zip
    text = tmp_path / "notes.zip"
    text.write_text("not a zip at all")
    before = digest(store.path)
    with pytest.raises(QgsProcessingException, match="notes.zip is a damaged ZIP file"):
        _run({"STORE": store.location, "PACKAGE": str(text)})
    assert digest(store.path) == before
