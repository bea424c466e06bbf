"""Submissions, reviewed before they count (issue 17, point 3), on both backends: an import
run with SUBMIT stores nothing and counts in no figure; approval stores what a direct import
stores; a rejected one leaves the baseline untouched and keeps its reason."""

import pytest
from qgis.core import QgsWkbTypes

from demining_plugin.core.reports.totals import store_totals
from demining_plugin.core.store import open_store
from demining_plugin.core.store.submissions import APPROVED, PENDING, REJECTED, submissions
from tests.core.store.submission_files import items_file, run
from tests.ground import geodesic_ha, ground_store, utm_box
from tests.helpers import memory_polygons


def stored_items(store):
    return sorted((f["item_id"], f["category"], f["quantity"], str(f["found_on"]), f["district"],
                   f.geometry().asWkt(7)) for f in store.layer("detections").getFeatures())


@pytest.fixture(params=["gpkg", "postgis"])
def where(request, tmp_path):
    if request.param == "postgis":
        return request.getfixturevalue("location")
    return str(tmp_path / "store.gpkg")


def test_a_submission_counts_nowhere_until_approved_and_then_stores_what_an_import_stores(
        where, tmp_path, processing_provider):
    store = ground_store(where)
    first = items_file(tmp_path / "a.csv", [(600, 600, "AP", 1), (700, 650, "AT", 2), (1200, 900, "UXO", 3)])
    second = items_file(tmp_path / "b.csv", [(800, 800, "AT", 5)])
    before = store_totals(store).table().total("items")

    submitted = run("importdetections", INPUT=first, STORE=where, SUBMIT=True)
    assert (submitted["IMPORTED"], submitted["SUBMISSION"]) == (3, "S-0001")
    other = run("importdetections", INPUT=second, STORE=where, SUBMIT=True)["SUBMISSION"]
    assert other == "S-0002"
    store = open_store(where)
    assert store.layer("detections").featureCount() == 0
    assert store_totals(store).table().total("items") == before == 0
    pending = submissions(store, PENDING)
    assert [(s.submission_id, s.kind, s.counts) for s in pending] == [
        ("S-0001", "demining:importdetections", {"detections": 3}),
        ("S-0002", "demining:importdetections", {"detections": 1})]
    assert pending[0].submitted_by

    assert run("review", STORE=where, SUBMISSION="S-0001", DECISION=0)["STATUS"] == APPROVED
    # The same file imported directly into the same ground gives the same rows.
    direct = ground_store(str(tmp_path / "direct.gpkg"))
    run("importdetections", INPUT=first, STORE=direct.location)
    assert stored_items(store) == stored_items(direct)
    assert store_totals(store).table().total("items") == 1 + 2 + 3

    with pytest.raises(Exception, match="Say why submission S-0002 is rejected"):
        run("review", STORE=where, SUBMISSION="S-0002", DECISION=1)
    assert run("review", STORE=where, SUBMISSION="S-0002", DECISION=1,
               REASON="positions not checked by the QA officer")["STATUS"] == REJECTED
    assert stored_items(store) == stored_items(direct)
    decided = {s.submission_id: (s.status, s.reason) for s in submissions(store)}
    assert decided == {"S-0001": (APPROVED, ""), "S-0002": (REJECTED, "positions not checked by the QA officer")}
    with pytest.raises(Exception, match="already rejected"):
        run("review", STORE=where, SUBMISSION="S-0002", DECISION=0)
    with pytest.raises(Exception, match="There is no submission S-0009"):
        run("review", STORE=where, SUBMISSION="S-0009", DECISION=0)


def released(store):
    """(total hectares of the stored released polygons, hectares stored twice)."""
    polygons = [f.geometry() for f in store.layer("cleared_areas").getFeatures()]
    total = sum(geodesic_ha(g) for g in polygons)
    twice = sum(geodesic_ha(a.intersection(b)) for k, a in enumerate(polygons) for b in polygons[k + 1:]
                if a.intersects(b) and a.intersection(b).type() == QgsWkbTypes.PolygonGeometry)
    return round(total, 4), round(twice, 6)


def test_two_overlapping_release_submissions_approved_in_turn_store_no_square_metre_twice(
        where, tmp_path, processing_provider):
    ground_store(where)
    details = dict(METHOD="cleared", TECHNIQUE="manual", ORGANISATION="ANAMA", TEAM="MC-1", DATE="2021-11-24")
    first = memory_polygons(utm_box(600, 600, 1000, 1000))
    second = memory_polygons(utm_box(800, 800, 1200, 1200))
    a = run("markcleared", STORE=where, INPUT=first, SUBMIT=True, **details)
    b = run("markcleared", STORE=where, INPUT=second, SUBMIT=True, **details)
    assert (a["SUBMISSION"], b["SUBMISSION"], a["ADDED_COUNT"]) == ("S-0001", "S-0002", 0)
    assert open_store(where).layer("cleared_areas").featureCount() == 0
    assert store_totals(open_store(where)).table().total("released_ha") == 0
    hazard = next(open_store(where).layer("hazard_areas").getFeatures())["status"]
    assert hazard == "open"  # a pending release changes no status either

    run("review", STORE=where, SUBMISSION="S-0001", DECISION=0)
    run("review", STORE=where, SUBMISSION="S-0002", DECISION=0)
    direct = ground_store(str(tmp_path / "direct.gpkg"))
    run("markcleared", STORE=direct.location, INPUT=memory_polygons(utm_box(600, 600, 1000, 1000)), **details)
    run("markcleared", STORE=direct.location, INPUT=memory_polygons(utm_box(800, 800, 1200, 1200)), **details)
    total, twice = released(open_store(where))
    assert twice == 0
    assert (total, twice) == released(direct)
    # 400 m x 400 m twice, less the 200 m x 200 m they share: 28 ha on the ground.
    assert total == pytest.approx(28.0, abs=0.05)
