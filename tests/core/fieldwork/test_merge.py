"""Merging field packages (issue 16, points 2 and 3): the round trip of two teams on
overlapping tasks, hectares counted once against an independent reference, merging twice,
the dry run, one transaction, the report, and every bad package refused with a sentence."""

import csv
import json
import shutil
import sqlite3

import pytest
from osgeo import ogr
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils
from shapely.ops import unary_union

from demining_plugin.core.errors import DeminingError
from demining_plugin.core.fieldwork.layout import DATA_FILE, FIELD_ITEMS, FIELD_RELEASED, MANIFEST_FILE
from demining_plugin.core.fieldwork.merge import merge_package
from demining_plugin.core.fieldwork.merge_read import (
    DamagedPackageError,
    MissingManifestError,
    NewerModelError,
    NotAPackageError,
    OtherStoreError,
    open_package,
)
from demining_plugin.core.fieldwork.merge_report import REPORT_TABLE
from demining_plugin.core.fieldwork.merge_rows import ADDS_NOTHING, IGNORED, REFUSED, WARNED
from demining_plugin.core.model.schema import SCHEMA_VERSION
from tests.core.fieldwork.field_work import (
    ALREADY_RELEASED,
    DAY,
    DRAWN_A,
    HAZARD,
    FieldProject,
    copied,
    counts,
    digest,
    field_store,
    geod_ha,
    package_for,
    polygon,
    reference_ha,
    shape_of,
    two_teams_back,
    zipped,
)
from tests.ground import utm_point
from tests.postgis_cluster import PostgisCluster


@pytest.fixture
def ground(tmp_path):
    """The store and the two teams' package folders, as built in the office."""
    store = field_store(tmp_path / "store.gpkg")
    return store, package_for(store, "T-0001", "MC-1", tmp_path / "team_a"), \
        package_for(store, "T-0002", "MC-2", tmp_path / "team_b")


def test_two_teams_overlapping_merged_once_each(ground, tmp_path):
    store, team_a, team_b = ground
    package_a, package_b = two_teams_back(team_a, team_b)
    before, file_before = counts(store), digest(store.path)

    dry = merge_package(store, package_a, apply=False)
    assert (dry.items_added, dry.days_logged, len(dry.refused)) == (2, 2, 1)
    assert digest(store.path) == file_before and counts(store) == before
    assert not (tmp_path / "store_attachments").exists()

    first = merge_package(store, package_a)
    second = merge_package(store, package_b)
    assert first.applied and second.applied
    assert first.released_ha == pytest.approx(dry.released_ha, rel=1e-9)
    # Items and days counted once each; the item deeper than 5 m refused and not stored.
    assert (first.items_added, second.items_added) == (2, 2)
    assert (first.days_logged, second.days_logged) == (2, 1)
    assert [row.message for row in first.refused] == ["depth (cm) 900 is outside 0 to 500."]
    after = counts(store)
    assert after == {"detections": before["detections"] + 4, "cleared_areas": after["cleared_areas"],
                     "work_days": before["work_days"] + 3}

    # Hectares: the union of every drawing inside the hazard, minus the land released before.
    expected = reference_ha()
    merged_ha = first.released_ha + second.released_ha
    assert merged_ha == pytest.approx(expected, rel=5e-4)
    # On the ground: A1 7 ha, A2 adds 1.1, A3 6.75 inside the hazard, B1 adds 3.35, less 0.5 released before.
    assert expected == pytest.approx(17.7, rel=1e-3)
    # Stored once: the released land in the store measures its union plus nothing twice.
    stored = [shape_of(f.geometry()) for f in store.layer("cleared_areas").getFeatures()]
    assert sum(geod_ha(s) for s in stored) == pytest.approx(geod_ha(unary_union(stored)), rel=1e-6)
    assert geod_ha(unary_union(stored)) == pytest.approx(expected + geod_ha(shape_of(polygon(ALREADY_RELEASED))),
                                                          rel=5e-4)
    # B2 is land released before: it adds nothing, and says so.
    nothing = [row for row in second.rows if row.status == ADDS_NOTHING]
    assert [row.message for row in nothing] == ["Nothing was added: this land is already released."]

    # Task, district, team and photo of the items; the photo copied beside the store.
    items = {f["category"] + (f["model"] or ""): f for f in store.layer("detections").getFeatures()}
    assert (items["AT"]["task_id"], items["AT"]["district"], items["AT"]["team"]) == ("T-0001", "West", "MC-1")
    assert (items["ATTM-62M"]["task_id"], items["ATTM-62M"]["district"]) == ("T-0002", "East")
    assert items["AT"]["photo"].startswith("store_attachments/") and not items["AP"]["photo"]
    assert (tmp_path / items["AT"]["photo"]).read_bytes() == (team_a / "DCIM" / "at_mine.jpg").read_bytes()
    warned = {row.label: row.message for row in first.rows + second.rows if row.status == WARNED}
    assert any("DCIM/lost.jpg is missing from the package" in text for text in warned.values())
    assert any("lies outside every clearance task" in text for text in warned.values())
    # The hazard's remaining area and status followed.
    hazard = next(store.layer("hazard_areas").getFeatures())
    assert hazard["status"] == "worked_on"
    assert hazard["remaining_ha"] == pytest.approx(geod_ha(shape_of(polygon(HAZARD))) - expected
                                                   - geod_ha(shape_of(polygon(ALREADY_RELEASED))), abs=0.01)
    days = sorted((f["task_id"], f["team"], f["people"]) for f in store.layer("work_days").getFeatures())
    assert days == [("T-0001", "MC-1", 10), ("T-0001", "MC-1", 12), ("T-0002", "MC-2", 6)]

    # Merged again, in either order: nothing is added.
    file_merged = digest(store.path)
    for package in (package_b, package_a):
        again = merge_package(store, package)
        assert (again.items_added, again.released_ha, again.days_logged) == (0, 0.0, 0)
        assert again.skipped
    assert counts(store) == after and digest(store.path) == file_merged


def test_the_store_form_shows_merged_photos_from_beside_the_store(ground, tmp_path):
    store, *_ = ground
    layer = store.layer("detections")
    setup = layer.editorWidgetSetup(layer.fields().indexOf("photo"))
    assert setup.type() == "ExternalResource" and setup.config()["RelativeStorage"] == 2
    root = setup.config()["PropertyCollection"]["properties"]["propertyRootPath"]["expression"]
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    assert QgsExpression(root).evaluate(context) == str(tmp_path)


def test_a_postgis_store_merges_the_same(tmp_path):
    """The same round trip into a PostGIS store: the release is planned again with the hazards
    locked (``apply_release``), the same hectares are stored once; photos have no folder there."""
    try:
        cluster = PostgisCluster().start()
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        store = field_store(f"pg:{cluster.conninfo()} schema=field_merge")
        package_a, package_b = two_teams_back(package_for(store, "T-0001", "MC-1", tmp_path / "team_a"),
                                           package_for(store, "T-0002", "MC-2", tmp_path / "team_b"))
        first, second = merge_package(store, package_a), merge_package(store, package_b)
        again = merge_package(store, package_a)
        stored = counts(store)
    finally:
        cluster.stop()
    assert first.released_ha + second.released_ha == pytest.approx(reference_ha(), rel=5e-4)
    assert (first.items_added + second.items_added, first.days_logged + second.days_logged) == (4, 3)
    assert (again.items_added, again.released_ha, again.days_logged) == (0, 0.0, 0)
    assert stored["detections"] == 4 and stored["work_days"] == 3
    assert any("is not copied" in text and "has no folder for attachments" in text for text in first.warnings)


def test_context_edited_in_the_field_is_ignored(ground):
    store, team_a, _ = ground
    ds = ogr.Open(str(team_a / DATA_FILE), 1)
    layer = ds.GetLayerByName("hazard_areas")
    feature = layer.GetNextFeature()
    feature.SetField("name", "renamed on the tablet")
    layer.SetFeature(feature)
    ds = None
    plan = merge_package(store, team_a, apply=False)
    ignored = [(row.label, row.message) for row in plan.rows if row.status == IGNORED]
    assert ignored == [("hazard_areas H-0001",
                        "Edited in the field; context layers are not merged, the store keeps its own.")]
    merge_package(store, team_a)
    assert not next(store.layer("hazard_areas").getFeatures())["name"]


def test_untouched_package_has_nothing_to_merge(ground):
    store, team_a, _ = ground
    plan = merge_package(store, team_a, apply=False)
    assert plan.rows == [] and plan.changes.is_empty()


def test_failed_transaction_stores_nothing_and_copies_no_photo(ground, tmp_path):
    store, team_a, _ = ground
    a = FieldProject(team_a)
    a.add(FIELD_ITEMS, utm_point(700, 800), category="AT", found_on=DAY, photo=a.photo("p.jpg"))
    a.add(FIELD_RELEASED, polygon(DRAWN_A[0]), release_method="cleared", released_on=DAY)
    a.close()
    before = digest(store.path)

    def fail():
        raise RuntimeError("disk full")

    with pytest.raises(DeminingError, match="Nothing was changed"):
        merge_package(store, team_a, before_commit=fail)
    assert digest(store.path) == before
    assert not list((tmp_path / "store_attachments").glob("*"))


@pytest.mark.parametrize("suffix", [".csv", ".gpkg"])
def test_report_lists_every_feature(ground, tmp_path, suffix):
    store, team_a, _ = ground
    a = FieldProject(team_a)
    a.add(FIELD_ITEMS, utm_point(700, 800), category="AT", found_on=DAY)
    a.add(FIELD_ITEMS, utm_point(740, 840), category="UXO", found_on=DAY, depth_cm=900)
    a.close()
    report = tmp_path / f"report{suffix}"
    plan = merge_package(store, team_a, apply=False, report=str(report))
    assert plan.report_path == str(report)
    if suffix == ".csv":
        with open(report, encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    else:
        ds = ogr.Open(str(report))
        rows = [{k: f.GetField(k) for k in ("kind", "status", "feature", "message")}
                for f in ds.GetLayerByName(REPORT_TABLE)]
    assert [(r["kind"], r["status"], r["feature"]) for r in rows] == [
        ("item", "added", "Item 1 (Anti-tank mine)"), ("item", REFUSED, "Item 2 (Unexploded ordnance (UXO))")]
    assert rows[1]["message"] == "depth (cm) 900 is outside 0 to 500."


# -- bad packages: a sentence, and the store unchanged -------------------------------------------

def _refused(store, path, error_type, **kw) -> str:
    before = digest(store.path)
    with pytest.raises(error_type) as raised:
        merge_package(store, path, **kw)
    assert digest(store.path) == before
    message = str(raised.value)
    assert message.endswith(".") and "Traceback" not in message
    return message


def test_not_a_package(ground, tmp_path):
    store, *_ = ground
    notes = tmp_path / "notes.txt"
    notes.write_text("field notes")
    assert _refused(store, notes, NotAPackageError).startswith("notes.txt is not a field package")
    folder = tmp_path / "photos"
    folder.mkdir()
    assert _refused(store, folder, NotAPackageError).startswith("photos is not a field package")
    assert "does not exist" in _refused(store, tmp_path / "nowhere.zip", NotAPackageError)


def test_damaged_zip(ground, tmp_path):
    store, team_a, _ = ground
    whole = zipped(team_a, tmp_path / "whole.zip").read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    assert _refused(store, cut, DamagedPackageError).startswith("cut.zip is a damaged ZIP file")


def test_damaged_geopackage(ground, tmp_path):
    store, team_a, _ = ground
    broken = copied(team_a, tmp_path / "broken")
    data = broken / DATA_FILE
    data.write_bytes(data.read_bytes()[:4096] + b"\x00garbage" * 2000)
    message = _refused(store, broken, DamagedPackageError)
    assert message.startswith(f"The GeoPackage {DATA_FILE} of broken is damaged")


def test_no_manifest(ground, tmp_path):
    store, team_a, _ = ground
    bare = copied(team_a, tmp_path / "bare")
    (bare / MANIFEST_FILE).unlink()
    assert _refused(store, bare, MissingManifestError).startswith(f"bare has no {MANIFEST_FILE}")
    assert _refused(store, zipped(bare), MissingManifestError).startswith(f"bare.zip has no {MANIFEST_FILE}")


def test_package_of_another_store(ground, tmp_path):
    store, _, _ = ground
    other = field_store(tmp_path / "other.gpkg")
    foreign = package_for(other, "T-0001", "MC-1", tmp_path / "foreign")
    a = FieldProject(foreign)
    a.add(FIELD_ITEMS, utm_point(700, 800), category="AT", found_on=DAY)
    a.close()
    message = _refused(store, foreign, OtherStoreError)
    assert message == ("foreign was packaged from another store (other.gpkg), not from store.gpkg; merge it only if "
                       "you mean to (allow packages of another store).")
    plan = merge_package(store, foreign, allow_other_store=True)
    assert plan.items_added == 1
    assert plan.warnings[0].startswith("foreign was packaged from another store (other.gpkg)")


def test_package_of_an_older_data_model_is_migrated_in_a_copy(ground, tmp_path):
    store, team_a, _ = ground
    old = copied(team_a, tmp_path / "old")
    a = FieldProject(old)
    a.add(FIELD_ITEMS, utm_point(700, 800), category="AT", found_on=DAY)
    a.close()
    manifest = json.loads((old / MANIFEST_FILE).read_text())
    manifest["schema_version"] = 2
    (old / MANIFEST_FILE).write_text(json.dumps(manifest))
    con = sqlite3.connect(str(old / DATA_FILE))
    con.execute("ALTER TABLE field_items DROP COLUMN photo")
    con.commit()
    con.close()
    package_before = digest(old / DATA_FILE)
    plan = merge_package(store, old)
    assert plan.items_added == 1
    assert plan.notes == [f"old was made with data model version 2; a copy of its data was brought to version "
                          f"{SCHEMA_VERSION} for the merge (the package itself is unchanged)."]
    assert digest(old / DATA_FILE) == package_before


def test_package_of_a_newer_data_model(ground, tmp_path):
    store, team_a, _ = ground
    new = copied(team_a, tmp_path / "new")
    manifest = json.loads((new / MANIFEST_FILE).read_text())
    manifest["schema_version"] = 99
    (new / MANIFEST_FILE).write_text(json.dumps(manifest))
    assert "was made with data model version 99" in _refused(store, new, NewerModelError)


def test_missing_photo_is_a_warning_not_a_refusal(ground):
    store, team_a, _ = ground
    a = FieldProject(team_a)
    a.add(FIELD_ITEMS, utm_point(700, 800), category="AT", found_on=DAY, photo="DCIM/never_copied.jpg")
    a.add(FIELD_ITEMS, utm_point(710, 800), category="AT", found_on=DAY, photo="../store.gpkg")
    a.close()
    plan = merge_package(store, team_a)
    assert plan.items_added == 2 and not plan.refused and not plan.photos
    assert plan.warnings == ["Its photo DCIM/never_copied.jpg is missing from the package; the item is merged "
                             "without it.", "Its photo ../store.gpkg lies outside the package; it is not copied."]


def test_zip_extraction_is_removed_after_the_merge(ground, tmp_path):
    store, team_a, _ = ground
    archive = zipped(team_a, tmp_path / "a.zip")
    with open_package(archive, store) as package:
        folder = package.folder
        assert (folder / MANIFEST_FILE).is_file()
    assert not folder.exists()
    shutil.rmtree(team_a)
