"""The "Checks" dock as a user meets it: run the checks (in the background), read the
findings grouped by severity, layer or rule, zoom to one, fix the safe ones in one step,
see them gone after the automatic re-check, and take the fix back with Undo."""


import pytest
from qgis.core import QgsCoordinateTransform, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from demining_plugin.core.checks.validate import validate_store
from demining_plugin.core.store import create_store
from demining_plugin.gui.checks_dock import ChecksDock
from demining_plugin.gui.release_controller import ReleaseController
from demining_plugin.gui.session import StoreSession
from tests.ground import clean_seed, to_wgs84, utm_box, utm_polygon
from tests.helpers import open_session, wait_until


@pytest.fixture
def dock(tmp_path, qgis_iface, qgis_new_project):
    store = create_store(str(tmp_path / "checked.gpkg"))
    seed = clean_seed()
    # A bow-tie hazard, a task with a padded identifier, and an item pointing nowhere.
    seed.add("hazard_areas", utm_polygon((500, 500), (1500, 1500), (1500, 500), (500, 1500)),
             {"classification": "SHA", "status": "open"})
    seed.add("clearance_tasks", to_wgs84(utm_box(600, 600, 700, 700)),
             {"task_id": "T-0009 ", "hazard_id": "H-0001", "task_type": "clearance", "status": "open"})
    store.apply(seed)
    qgis_iface.messageBar().clear_messages()
    session = open_session(qgis_iface, store)
    controller = ReleaseController(qgis_iface, session)
    widget = ChecksDock(qgis_iface, session, controller)
    yield widget
    widget.teardown()
    controller.teardown()
    session.stop()
    for obj in (widget, controller, session):
        obj.deleteLater()
    QgsProject.instance().clear()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def run(dock):
    task = dock.run_checks()
    assert task is not None
    wait_until(lambda: dock.task is None, timeout=60.0, what="the checks")


def top_level(dock):
    return [dock.tree.topLevelItem(k).text(0) for k in range(dock.tree.topLevelItemCount())]


def rows(dock):
    found = []
    for k in range(dock.tree.topLevelItemCount()):
        group = dock.tree.topLevelItem(k)
        found += [tuple(group.child(c).text(n) for n in range(5)) for c in range(group.childCount())]
    return found


def item_of(dock, feature_id, rule_title):
    for k in range(dock.tree.topLevelItemCount()):
        group = dock.tree.topLevelItem(k)
        for c in range(group.childCount()):
            child = group.child(c)
            if child.text(2) == feature_id and child.text(3) == rule_title:
                return child
    raise AssertionError(f"no finding {feature_id} {rule_title} in {rows(dock)}")


def test_findings_are_listed_grouped_and_match_the_core(dock):
    run(dock)
    expected = validate_store(dock.session.store)
    assert len(rows(dock)) == len(expected) == len(dock.findings)
    assert {(r[1], r[2]) for r in rows(dock)} == {(f.layer, f.feature_id) for f in expected}
    errors = sum(1 for f in expected if f.severity == "error")
    assert sorted(top_level(dock)) == sorted([f"error ({errors})", f"warning ({len(expected) - errors})"])
    assert dock.caption.text().startswith(f"{len(expected)} findings: {errors} errors")

    dock.group_combo.setCurrentIndex(dock.group_combo.findData("rule"))
    assert "Invalid or self-intersecting geometry (1)" in top_level(dock)
    dock.group_combo.setCurrentIndex(dock.group_combo.findData("layer"))
    assert any(title.startswith("Hazard areas (") for title in top_level(dock))


def test_zoom_to_a_finding_shows_its_place(dock):
    run(dock)
    finding = next(f for f in dock.findings if f.rule == "invalid_geometry")
    item = item_of(dock, "H-0002", "Invalid or self-intersecting geometry")
    dock.tree.itemDoubleClicked.emit(item, 0)
    canvas = dock.iface.mapCanvas()
    to_canvas = QgsCoordinateTransform(dock.session.store.crs, canvas.mapSettings().destinationCrs(),
                                       QgsProject.instance())
    assert canvas.extent().contains(to_canvas.transformBoundingBox(finding.extent))


def test_safe_fixes_apply_recheck_and_undo(dock):
    run(dock)
    assert not dock.fix_button.isEnabled()
    item_of(dock, "H-0002", "Invalid or self-intersecting geometry").setSelected(True)
    item_of(dock, "T-0009 ", "Identifier with leading or trailing spaces").setSelected(True)
    assert dock.fix_button.isEnabled()
    assert dock.fix_selected() == 2
    wait_until(lambda: dock.task is None, timeout=60.0, what="the re-check")
    rules = {(f.rule, f.feature_id) for f in dock.findings}
    assert ("invalid_geometry", "H-0002") not in rules
    assert not any(rule == "padded_identifier" for rule, _ in rules)
    assert dock.controller.undo_stack.count() == 1

    dock.controller.undo_last()
    after_undo = {(f.rule, f.feature_id) for f in validate_store(dock.session.store)}
    assert ("invalid_geometry", "H-0002") in after_undo and ("padded_identifier", "T-0009 ") in after_undo


def test_without_a_store_it_says_what_to_do(qgis_iface, qgis_new_project):
    session = StoreSession(qgis_iface)
    controller = ReleaseController(qgis_iface, session)
    widget = ChecksDock(qgis_iface, session, controller)
    try:
        qgis_iface.messageBar().clear_messages()
        assert widget.run_checks() is None
        messages = qgis_iface.messageBar().get_messages(0) + qgis_iface.messageBar().get_messages(1)
        assert any("Open or create a store first" in m for m in messages)
    finally:
        widget.teardown()
        controller.teardown()
        for obj in (widget, controller, session):
            obj.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


