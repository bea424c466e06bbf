"""Field merges as submissions (issue 17, point 3), on both backends: a submitted package counts
nowhere and changes no row of the baseline; approved (demining:review), it stores what a direct
merge stores, photos included; two teams' overlapping packages approved one after the other
store no square metre twice; the merge is planned when it is approved, against the store as it
is then; a rejected one leaves the baseline as it was."""

from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsWkbTypes

from demining_plugin.core.fieldwork.layout import MANIFEST_FILE
from demining_plugin.core.fieldwork.merge import merge_package
from demining_plugin.core.reports.totals import store_totals
from demining_plugin.core.store import open_store
from demining_plugin.core.store.submissions import APPROVED, PENDING, REJECTED, submission_geometries, submissions
from tests.core.fieldwork import field_work as fw
from tests.core.store.submission_files import run

#: The layers a merge writes to, and what of each row is compared.
_COMPARED = ("detections", "cleared_areas", "work_days", "hazard_areas", "clearance_tasks")


@pytest.fixture(params=["gpkg", "postgis"])
def places(request, tmp_path):
    """Where the store reviewed and the store merged directly live."""
    if request.param == "gpkg":
        return str(tmp_path / "store.gpkg"), str(tmp_path / "direct.gpkg")
    location = request.getfixturevalue("location")
    return location, f"{location}_direct"


def _rows(store):
    """Every row of the layers a merge changes, as values (a photo by its file name, numbers
    rounded, geometries as WKT to the centimetre in degrees)."""
    out = {}
    for name in _COMPARED:
        layer = store.layer(name)
        names = [f.name() for f in layer.fields() if f.name() not in ("fid", "id")]
        rows = []
        for feature in layer.getFeatures():
            values = []
            for field_name in names:
                value = feature[field_name]
                if field_name == "photo" and value:
                    value = Path(str(value)).name
                values.append(round(value, 6) if isinstance(value, float) else str(value))
            geometry = feature.geometry()
            rows.append(tuple(values) + (geometry.asWkt(7) if geometry is not None else "",))
        out[name] = sorted(rows)
    return out


def _two_teams(store, folder):
    """Teams MC-1 (T-0001) and MC-2 (T-0002) back from the field with overlapping work."""
    return fw.two_teams_back(fw.package_for(store, "T-0001", "MC-1", folder / "team_a"),
                             fw.package_for(store, "T-0002", "MC-2", folder / "team_b"))


def _twice_m2(store) -> float:
    polygons = [f.geometry() for f in store.layer("cleared_areas").getFeatures()]
    return sum(fw.geod_ha(fw.shape_of(a.intersection(b))) for k, a in enumerate(polygons) for b in polygons[k + 1:]
               if a.intersects(b) and a.intersection(b).type() == QgsWkbTypes.PolygonGeometry) * 1e4


def test_submitted_merges_count_nowhere_and_approved_store_what_a_direct_merge_stores(
        places, tmp_path, processing_provider):
    where, direct_where = places
    store = fw.field_store(where)
    package_a, package_b = _two_teams(store, tmp_path)
    before, rows_before = fw.counts(store), _rows(store)
    figures_before = store_totals(store).table().total("released_ha"), store_totals(store).table().total("items")

    a = run("fieldmerge", STORE=where, PACKAGE=str(package_a / MANIFEST_FILE), SUBMIT=True)
    b = run("fieldmerge", STORE=where, PACKAGE=str(package_b), SUBMIT=True)
    assert (a["SUBMISSION"], b["SUBMISSION"]) == ("S-0001", "S-0002")
    assert (a["ITEMS_ADDED"], a["DAYS_LOGGED"], a["REFUSED"]) == (2, 2, 1)

    # Pending: no row of the baseline, no figure, no status changed; the panel's listing.
    store = open_store(where)
    assert fw.counts(store) == before and _rows(store) == rows_before
    totals = store_totals(store).table()
    # The same land summed in another order may differ in the last bits of a float.
    assert totals.total("released_ha") == pytest.approx(figures_before[0], rel=1e-12)
    assert totals.total("items") == figures_before[1]
    pending = submissions(store, PENDING)
    assert [(s.submission_id, s.kind) for s in pending] == [("S-0001", "demining:fieldmerge"),
                                                            ("S-0002", "demining:fieldmerge")]
    assert pending[0].counts["detections"] == 2 and pending[0].counts["work_days"] == 2
    assert pending[1].counts == {"detections": 2, "cleared_areas": pending[1].counts["cleared_areas"], "work_days": 1}
    assert any("depth (cm) 900 is outside 0 to 500" in text for text in pending[0].warnings)
    assert "team_a" in pending[0].summary and pending[0].submitted_by
    crs, preview = submission_geometries(store, "S-0001")
    assert crs == store.crs
    assert sorted(QgsWkbTypes.geometryType(g.wkbType()) for g in preview) == \
        [QgsWkbTypes.PointGeometry] * 2 + [QgsWkbTypes.PolygonGeometry] * 3

    assert run("review", STORE=where, SUBMISSION="S-0001", DECISION=0)["STATUS"] == APPROVED
    assert run("review", STORE=where, SUBMISSION="S-0002", DECISION=0)["STATUS"] == APPROVED

    direct = fw.field_store(direct_where)
    merge_package(direct, package_a, allow_other_store=True)
    merge_package(direct, package_b, allow_other_store=True)
    store = open_store(where)
    assert _rows(store) == _rows(direct)
    assert fw.counts(store) == {"detections": 4, "cleared_areas": fw.counts(direct)["cleared_areas"], "work_days": 3}
    assert _twice_m2(store) == pytest.approx(0.0, abs=1e-3)
    # Both teams' land, counted once: the union of the drawings inside the hazard, less the
    # land released before (pyproj Geod reference, as the direct merge's test).
    stored = [fw.shape_of(f.geometry()) for f in store.layer("cleared_areas").getFeatures()]
    released_ha = sum(fw.geod_ha(shape) for shape in stored) - fw.geod_ha(fw.shape_of(fw.polygon(fw.ALREADY_RELEASED)))
    assert released_ha == pytest.approx(fw.reference_ha(), rel=5e-4)
    if where.endswith(".gpkg"):
        photos = list((tmp_path / "store_attachments").iterdir())
        assert [p.name.endswith("_at_mine.jpg") for p in photos] == [True]
        assert photos[0].read_bytes() == b"\xff\xd8\xff\xe0 a photo"


def test_a_merge_is_planned_when_approved_and_a_rejected_one_changes_nothing(tmp_path, processing_provider):
    store = fw.field_store(tmp_path / "store.gpkg")
    package_a, package_b = _two_teams(store, tmp_path)
    where = store.location
    run("fieldmerge", STORE=where, PACKAGE=str(package_a), SUBMIT=True)
    run("fieldmerge", STORE=where, PACKAGE=str(package_b), SUBMIT=True)
    # Team B's work is merged directly meanwhile: approving its submission adds nothing more,
    # and team A's land is clipped against what team B released since it was submitted.
    merge_package(store, package_b)
    after_b, rows_after_b = fw.counts(store), _rows(store)
    with pytest.raises(QgsProcessingException, match="Say why submission S-0002 is rejected"):
        run("review", STORE=where, SUBMISSION="S-0002", DECISION=1)
    run("review", STORE=where, SUBMISSION="S-0002", DECISION=1, REASON="already merged by the office")
    assert fw.counts(store) == after_b and _rows(store) == rows_after_b
    run("review", STORE=where, SUBMISSION="S-0001", DECISION=0)
    assert _twice_m2(store) == pytest.approx(0.0, abs=1e-3)
    direct = fw.field_store(tmp_path / "direct.gpkg")
    merge_package(direct, package_b, allow_other_store=True)
    merge_package(direct, package_a, allow_other_store=True)
    assert _rows(store) == _rows(direct)
    decided = {s.submission_id: (s.status, s.reason) for s in submissions(store)}
    assert decided == {"S-0001": (APPROVED, ""), "S-0002": (REJECTED, "already merged by the office")}
    with pytest.raises(QgsProcessingException, match="Nothing to submit"):
        run("fieldmerge", STORE=where, PACKAGE=str(package_a), SUBMIT=True)
