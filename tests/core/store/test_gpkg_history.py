"""Every change on record in a GeoPackage store (issue 17, point 1): the ``demining_history``
table and its SQLite triggers record inserts, edits and deletes made through the plugin's
tools and through QGIS's own editing, each once, with old and new values; older stores gain
the history by their migration; the file stays a valid GeoPackage."""

import datetime
import getpass
import sqlite3
import subprocess
import sys

import pytest
from qgis.core import QgsFeature, QgsGeometry, edit
from qgis.PyQt.QtCore import QDate

from demining_plugin.core.errors import DeminingError
from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.model.schema import SCHEMA_VERSION
from demining_plugin.core.release.marking import mark_released
from demining_plugin.core.reports.as_of import totals_as_of
from demining_plugin.core.store import create_store, open_store
from demining_plugin.core.store.geopackage import plugin_application
from demining_plugin.core.store.history import history_wkb
from tests.ground import UTM, ground_store, to_wgs84, utm_box, utm_point
from tests.helpers import drop_gpkg_history, release_details

VALIDATOR = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"


def history_rows(path, table=None):
    con = sqlite3.connect(str(path))
    try:
        where = "" if table is None else f" WHERE table_name = '{table}'"
        return con.execute("SELECT table_name, feature_id, operation, changed_by, application, old_values, "
                           f"new_values FROM demining_history{where} ORDER BY history_id").fetchall()
    finally:
        con.close()


def test_a_new_store_is_a_valid_geopackage_with_its_history_table(tmp_path):
    store = create_store(str(tmp_path / "new.gpkg"))
    result = subprocess.run([sys.executable, VALIDATOR, store.location], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    con = sqlite3.connect(store.location)
    kind = con.execute("SELECT data_type FROM gpkg_contents WHERE table_name = 'demining_history'").fetchone()
    triggers = {r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'demining_history_%'")}
    con.close()
    assert kind == ("attributes",)
    assert "demining_history_cleared_areas_update" in triggers and len(triggers) == 3 * 13


def test_the_plugins_tools_record_each_change_once_with_old_and_new_values(tmp_path):
    store = ground_store(str(tmp_path / "s.gpkg"), task_id="T-0001")
    plan = mark_released(store, utm_box(600, 600, 1000, 1000), UTM, release_details())
    release_id = next(iter(plan.undo.deleted["cleared_areas"]))
    store.apply(plan.undo)

    hazard = store.history("hazard_areas", "H-0001")
    assert [e.operation for e in hazard] == ["INSERT", "UPDATE", "UPDATE"]
    status = [dict((k, (old, new)) for k, old, new in e.changes).get("status") for e in hazard]
    assert status == [(None, "open"), ("open", "worked_on"), ("worked_on", "open")]
    assert all(e.changed_by == getpass.getuser() and e.application == plugin_application() for e in hazard)
    assert hazard[0].changed_at <= hazard[1].changed_at <= hazard[2].changed_at
    assert hazard[0].changed_at.tzinfo is not None

    released = store.history("cleared_areas", release_id)
    assert [e.operation for e in released] == ["INSERT", "DELETE"]
    deleted = dict((k, old) for k, old, new in released[1].changes)
    assert deleted["team"] == "MC-1" and deleted["release_method"] == "cleared"
    # The geometry kept in the history is the stored polygon itself.
    rows = history_rows(store.location, "cleared_areas")
    assert len(rows) == 2
    import json

    old_geom = QgsGeometry()
    old_geom.fromWkb(history_wkb(json.loads(rows[1][5])["geom"]))
    inserted = QgsGeometry()
    inserted.fromWkb(history_wkb(json.loads(rows[0][6])["geom"]))
    assert old_geom.equals(inserted) and abs(old_geom.area() - inserted.area()) == 0
    assert not old_geom.isEmpty()


def test_qgis_editing_is_recorded_once_per_change_and_signed_after_commit(tmp_path):
    store = ground_store(str(tmp_path / "s.gpkg"))
    layer = store.layer("detections")
    with edit(layer):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(utm_point(700, 700))
        feature["item_id"] = "D-000777"
        feature["category"] = "AT"
        feature["quantity"] = 1
        feature["found_on"] = QDate(2021, 11, 23)
        layer.addFeature(feature)
    store.stamp_history("QGIS 3.22")
    fid = next(layer.getFeatures("item_id = 'D-000777'")).id()
    with edit(layer):
        layer.changeAttributeValue(fid, layer.fields().indexOf("quantity"), 3)
        layer.changeAttributeValue(fid, layer.fields().indexOf("category"), "AP")
        layer.changeGeometry(fid, utm_point(710, 700))
    with edit(layer):  # written back unchanged: nothing to record
        layer.changeAttributeValue(fid, layer.fields().indexOf("quantity"), 3, 3)
    with edit(layer):
        layer.deleteFeature(fid)
    store.stamp_history("QGIS 3.22")

    entries = store.history("detections", "D-000777")
    assert [e.operation for e in entries] in (["INSERT", "UPDATE", "DELETE"],
                                              ["INSERT", "UPDATE", "UPDATE", "DELETE"])
    changed = {k: (old, new) for e in entries[1:-1] for k, old, new in e.changes}
    assert changed["quantity"] == (1, 3) and changed["category"] == ("AT", "AP") and "geom" in changed
    assert dict((k, old) for k, old, new in entries[-1].changes)["quantity"] == 3
    assert {(e.changed_by, e.application) for e in entries} == {(getpass.getuser(), "QGIS 3.22")}


def test_a_version_4_store_gains_the_history_when_opened(tmp_path):
    path = tmp_path / "old.gpkg"
    store = ground_store(str(path))
    drop_gpkg_history(path)
    store.set_metadata("schema_version", "4")

    migrated = open_store(str(path))
    assert migrated.schema_version == SCHEMA_VERSION == 5
    assert history_rows(path) == []
    # Its history starts now: the store as of an earlier moment cannot be rebuilt.
    since = datetime.datetime.fromisoformat(migrated.metadata()["history_since"])
    assert abs((datetime.datetime.now(datetime.timezone.utc) - since).total_seconds()) < 120
    with pytest.raises(DeminingError, match="records its changes since"):
        totals_as_of(migrated, since - datetime.timedelta(days=1))
    change = ChangeSet()
    change.update("hazard_areas", "H-0001", {"status": "closed"})
    change.add("cleared_areas", to_wgs84(utm_box(500, 500, 600, 600)),
               {"release_method": "cleared", "released_on": datetime.date(2021, 11, 23)})
    migrated.apply(change)
    rows = history_rows(path)
    assert [(r[0], r[1], r[2]) for r in rows] == [("cleared_areas", "LR-000001", "INSERT"),
                                                  ("hazard_areas", "H-0001", "UPDATE")]
    assert (tmp_path / "old.v4.bak.gpkg").is_file()
