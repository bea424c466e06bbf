"""``demining:fieldmerge``: a team's ZIP merged (dry run, then stored, then again with nothing
added), its outputs and report, and bad packages refused as a QgsProcessingException that
says what is wrong, with the store unchanged."""

import csv

import pytest
from qgis.core import QgsProcessingException

from tests.core.fieldwork.field_work import counts, digest, field_store, one_team_back


def _run(parameters):
    from qgis import processing

    return processing.run("demining:fieldmerge", parameters)


@pytest.fixture
def team_zip(tmp_path):
    return one_team_back(tmp_path)


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
    assert rows[1]["message"] == "depth (cm) 800 is outside 0 to 500."

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
