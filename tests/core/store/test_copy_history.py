"""``demining:copystore`` carries the history and the submissions (issue 17): a GeoPackage store
edited in three dated batches (features deleted among them), with a pending and a rejected
submission, copied to PostGIS and back, rebuilds the same figures at every moment, shows the
same history of a feature, lists the same submissions, and the pending one can still be
approved in the copy."""

from qgis import processing

from demining_plugin.core.reports.as_of import totals_as_of
from demining_plugin.core.store import open_store
from demining_plugin.core.store.history import parse_moment
from demining_plugin.core.store.submissions import APPROVED, PENDING, REJECTED, review, submissions
from tests.core.reports.as_of_store import MOMENTS, edited_store, figures
from tests.core.store.submission_files import items_file, run


def _history(store, layer, identifier):
    return [(e.changed_at, e.changed_by, e.application, e.operation, e.changes)
            for e in store.history(layer, identifier)]


def _submissions(store):
    # PostgreSQL hands the moment over as a timestamp, shown with a space: the same moment.
    return [(s.submission_id, str(s.submitted_at).replace("T", " ")[:23], s.submitted_by, s.kind, s.summary,
             s.counts, s.warnings, s.status, s.reason) for s in submissions(store)]


def test_a_copy_carries_the_history_and_the_submissions_between_backends(location, tmp_path, processing_provider):
    source, _copies = edited_store(tmp_path)
    for name, points in (("a.csv", [(600, 650, "AP", 1)]), ("b.csv", [(800, 800, "AT", 5), (820, 800, "AT", 1)])):
        run("importdetections", INPUT=items_file(tmp_path / name, points), STORE=source.location, SUBMIT=True)
    review(source, "S-0001", False, "positions not checked")
    rows = source.submission_rows("SELECT count(*) FROM demining_history", ())[0][0]

    there = processing.run("demining:copystore", {"STORE": source.location, "TARGET": location})
    assert (there["HISTORY"], there["SUBMISSIONS"]) == (rows, 2)
    back_path = str(tmp_path / "back.gpkg")
    processing.run("demining:copystore", {"STORE": location, "TARGET": back_path})
    postgis, back = open_store(location), open_store(back_path)
    assert there["FEATURES"] > 0

    for copy in (postgis, back):
        assert copy.submission_rows(f"SELECT count(*) FROM {copy.side_table('demining_history')}", ())[0][0] == rows
        for moment, _batch in MOMENTS:
            assert figures(totals_as_of(copy, parse_moment(moment))) == \
                figures(totals_as_of(source, parse_moment(moment))), moment
        for layer, identifier in (("detections", "D-000001"), ("detections", "D-000002"),
                                  ("cleared_areas", "LR-000001"), ("cleared_areas", "LR-000002")):
            assert _history(copy, layer, identifier) == _history(source, layer, identifier)
        assert _submissions(copy) == _submissions(source)
    assert [(s.submission_id, s.status) for s in submissions(back)] == [("S-0001", REJECTED), ("S-0002", PENDING)]
    deleted = _history(back, "detections", "D-000002")
    assert [entry[3] for entry in deleted] == ["INSERT", "DELETE"]

    before = postgis.layer("detections").featureCount()
    review(postgis, "S-0002", True)
    assert postgis.layer("detections").featureCount() == before + 2
    assert {s.submission_id: s.status for s in submissions(postgis)} == {"S-0001": REJECTED, "S-0002": APPROVED}
