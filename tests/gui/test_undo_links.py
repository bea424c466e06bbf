"""Undo never leaves a link to a feature that does not exist.

*Undo last release* after *Divide into sectors* used to delete the sectors while an item
recorded meanwhile still named one (``T-0042/05``); the Checks panel then reported an
orphan link. Undo (and redo) now refuse, naming the features that link to what would go.
"""

import datetime

import pytest
from qgis.core import Qgis, QgsFeatureRequest, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QCoreApplication

from demining_plugin.core.checks.fixes import fix_changes, links_broken_by
from demining_plugin.core.checks.validate import validate_store
from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.release.marking import ReleaseDetails
from demining_plugin.core.release.sectors import sector_task_changes
from demining_plugin.core.store import create_store
from demining_plugin.gui.release_controller import ReleaseController
from demining_plugin.gui.session import StoreSession
from tests.ground import X0, Y0, ground_store, to_wgs84, two_districts_and_a_hazard, utm_box
from tests.helpers import open_session

DAY = datetime.date(2021, 11, 24)


def utm_point(x, y) -> QgsGeometry:
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))


@pytest.fixture()
def setup(qgis_iface, qgis_canvas, qgis_new_project, tmp_path):
    store = ground_store(str(tmp_path / "undo.gpkg"), "T-0042")
    session = open_session(qgis_iface, store, qgis_canvas)
    controller = ReleaseController(qgis_iface, session)
    controller.ask_details = lambda *args: ReleaseDetails(
        method="cleared", technique="manual", organisation="ANAMA", team="MAN-1", released_on=DAY, depth_cm=20)
    qgis_iface.messageBar().clear_messages()
    yield store, controller, qgis_iface
    controller.teardown()
    session.stop()


def divide_into_sectors(store, controller):
    """What the sectors dialog does: store the sectors, push the operation on the undo stack."""
    changes, ids = sector_task_changes(store, "T-0042", 250, 500)
    controller.push_applied(store, [store.apply(changes)], f"Task T-0042 divided into {len(ids)} sectors")
    return ids


def record_item(store, task_id: str) -> str:
    """An item found, recorded with the capture form (not on the undo stack)."""
    changes = ChangeSet()
    changes.add("detections", to_wgs84(utm_point(700, 700)),
                {"category": "AP", "quantity": 1, "found_on": DAY, "task_id": task_id, "district": "West"})
    return store.apply(changes).deleted["detections"][0]


def task_ids(store):
    return sorted(f["task_id"] for f in store.layer("clearance_tasks").getFeatures())


def messages(iface, level):
    return iface.messageBar().get_messages(level)


def test_undo_refuses_to_remove_sectors_an_item_names(setup):
    store, controller, iface = setup
    ids = divide_into_sectors(store, controller)
    assert len(ids) == 8
    item = record_item(store, "T-0042/05")

    controller.undo_last()
    assert task_ids(store) == sorted(["T-0042"] + ids), "the sectors must stay"
    assert controller.undo_stack.index() == 1 and controller.undo_stack.canUndo()
    refusal = " ".join(messages(iface, Qgis.Critical) + messages(iface, Qgis.Warning))
    assert "Not undone" in refusal and item in refusal and "T-0042/05" in refusal
    assert not [f for f in validate_store(store) if f.rule == "orphan_link"]

    # Once the item names the parent task, undo goes through.
    iface.messageBar().clear_messages()
    store.apply(ChangeSet(updated={"detections": {item: {"task_id": "T-0042"}}}))
    controller.undo_last()
    assert task_ids(store) == ["T-0042"]
    assert controller.undo_stack.index() == 0
    assert any("Undone" in m for m in messages(iface, Qgis.Success))
    assert not [f for f in validate_store(store) if f.rule == "orphan_link"]


def test_a_refused_undo_then_a_stack_redo_changes_nothing(setup):
    # Undo driven by the stack itself (not undo_last) refuses too and keeps the store whole.
    store, controller, iface = setup
    ids = divide_into_sectors(store, controller)
    record_item(store, "T-0042/01")
    controller.undo_stack.undo()
    assert task_ids(store) == sorted(["T-0042"] + ids)
    controller.undo_stack.redo()
    assert task_ids(store) == sorted(["T-0042"] + ids)
    # QUndoStack moves on regardless; the refused command puts it back once it is done.
    controller.undo_stack.undo()
    QCoreApplication.processEvents()
    assert controller.undo_stack.index() == 1
    assert task_ids(store) == sorted(["T-0042"] + ids)
    assert not [f for f in validate_store(store) if f.rule == "orphan_link"]


def test_undo_of_a_release_without_dependants_still_works(setup):
    store, controller, iface = setup
    record_item(store, "T-0042")
    controller.release_drawing(utm_box(500, 500, 1000, 1500))
    assert store.layer("cleared_areas").featureCount() == 1
    controller.undo_last()
    assert store.layer("cleared_areas").featureCount() == 0


def test_links_broken_by_deletes_and_renames(tmp_path):
    store = create_store(str(tmp_path / "links.gpkg"))
    seed = two_districts_and_a_hazard("T-0009 ")
    store.apply(seed)
    item = record_item(store, "T-0009 ")
    findings = [f for f in validate_store(store) if f.rule == "padded_identifier"]
    fix, _notes = fix_changes(store, findings)
    # The trim takes the item's link along: nothing breaks, either way.
    assert links_broken_by(store, fix) == []
    undo_trim = store.apply(fix)
    assert links_broken_by(store, undo_trim) == []
    # An item recorded after the trim, naming the trimmed id, would be orphaned by undoing it.
    late = record_item(store, "T-0009")
    broken = links_broken_by(store, undo_trim)
    assert [(b.layer, b.feature_id, b.field, b.target_layer, b.target_id) for b in broken] == \
        [("detections", late, "task_id", "clearance_tasks", "T-0009")]
    assert item != late
    # Deleting the task breaks both items' links; deleting the items with it breaks none.
    delete = ChangeSet(deleted={"clearance_tasks": ["T-0009"]})
    assert sorted(b.feature_id for b in links_broken_by(store, delete)) == sorted([item, late])
    delete.deleted["detections"] = [item, late]
    assert links_broken_by(store, delete) == []
    tasks = store.layer("clearance_tasks")
    assert [f["task_id"] for f in tasks.getFeatures(QgsFeatureRequest())] == ["T-0009"]


def test_redo_refuses_too(qgis_iface, qgis_new_project, tmp_path):
    # A padded task id trimmed by the Checks panel, undone, then an item recorded naming the
    # padded id: redoing the trim would leave that item naming a task that is gone.
    store = ground_store(str(tmp_path / "redo.gpkg"), "T-0009 ")
    session = StoreSession(qgis_iface)
    session.start()
    controller = ReleaseController(qgis_iface, session)
    try:
        assert session.open_store_at(store.location, zoom=False)
        fix, _notes = fix_changes(store, [f for f in validate_store(store) if f.rule == "padded_identifier"])
        controller.push_applied(store, [store.apply(fix)], "Fixed 1 finding")
        assert task_ids(store) == ["T-0009"]
        controller.undo_last()
        assert task_ids(store) == ["T-0009 "]
        item = record_item(store, "T-0009 ")
        qgis_iface.messageBar().clear_messages()
        controller.undo_stack.redo()
        assert task_ids(store) == ["T-0009 "]
        assert any("Not redone" in m and item in m for m in messages(qgis_iface, Qgis.Warning))
        QCoreApplication.processEvents()
        assert controller.undo_stack.index() == 0 and controller.undo_stack.canRedo()
        assert not [f for f in validate_store(store) if f.rule == "orphan_link"]
    finally:
        controller.teardown()
        session.stop()
