"""Submissions, reviewed before they count (issue 17, point 3), on both backends: an import
run with SUBMIT stores nothing and counts in no figure; approval stores what a direct import
stores; a rejected one leaves the baseline untouched and keeps its reason."""

import pytest
from pyproj import Transformer

from demining_plugin.core.reports.totals import store_totals
from demining_plugin.core.store import open_store
from demining_plugin.core.store.submissions import APPROVED, PENDING, REJECTED, submissions
from tests.ground import X0, Y0, ground_store

TO_WGS84 = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)


def items_file(path, points):
    rows = []
    for n, (x, y, category, quantity) in enumerate(points, start=1):
        lon, lat = TO_WGS84.transform(X0 + x, Y0 + y)
        rows.append(f"{lat:.7f},{lon:.7f},{category},,{quantity},2021-11-2{n},10,Team A")
    path.write_text("lat,lon,type,model,qty,date,depth,team\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def stored_items(store):
    return sorted((f["item_id"], f["category"], f["quantity"], str(f["found_on"]), f["district"],
                   f.geometry().asWkt(7)) for f in store.layer("detections").getFeatures())


def run(name, **parameters):
    from qgis import processing

    return processing.run(f"demining:{name}", parameters)


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
