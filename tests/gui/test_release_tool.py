"""The mark-cleared map tool on a real QgsMapCanvas, driven by synthetic mouse and key
events; the undo stack; the sectors dialog; the Clearance dock."""

import datetime

import pytest
from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QEvent, Qt
from qgis.PyQt.QtGui import QKeyEvent

from demining_plugin.core.geo.measure import geometry_area_ha
from demining_plugin.core.release.marking import ReleaseDetails
from demining_plugin.gui.clearance_dock import ClearanceDock
from demining_plugin.gui.release_controller import ReleaseController
from demining_plugin.gui.sectors_dialog import SectorsDialog
from tests.ground import WGS84, X0, Y0, ground_store, to_wgs84, utm_box
from tests.helpers import click, open_session

DAY = datetime.date(2021, 11, 24)


@pytest.fixture()
def setup(qgis_iface, qgis_canvas, qgis_new_project, tmp_path):
    store = ground_store(str(tmp_path / "tool.gpkg"), "T-0042")
    session = open_session(qgis_iface, store, qgis_canvas, extent_m=2000)
    controller = ReleaseController(qgis_iface, session)
    controller.ask_details = lambda *args: ReleaseDetails(
        method="cleared", technique="mechanical", organisation="ANAMA", team="MECH-1", released_on=DAY,
        depth_cm=20)
    qgis_iface.messageBar().clear_messages()
    yield store, session, controller, qgis_canvas, qgis_iface
    controller.teardown()
    session.stop()


def key(tool, key_code, modifiers=Qt.NoModifier) -> None:
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, key_code, modifiers))


def released(store):
    return list(store.layer("cleared_areas").getFeatures())


def hazard_status(store):
    feature = next(store.layer("hazard_areas").getFeatures())
    return feature["status"], feature["remaining_ha"]


def test_drawing_with_the_tool_stores_the_clipped_polygon(setup):
    store, session, controller, canvas, iface = setup
    controller.activate_tool()
    tool = controller.tool
    assert canvas.mapTool() is tool
    corners = [click(tool, canvas, *xy) for xy in ((300, 300), (800, 300), (800, 900), (300, 900))]
    key(tool, Qt.Key_Backspace)  # a vertex too many: take it back, and click it again
    corners[-1] = click(tool, canvas, 300, 900)
    click(tool, canvas, 0, 0, Qt.RightButton)  # finish
    rows = released(store)
    assert len(rows) == 1
    row = rows[0]
    assert (row["release_method"], row["technique"], row["organisation"], row["team"], row["task_id"],
            row["hazard_id"], row["district"], row["depth_cm"]) == \
        ("cleared", "mechanical", "ANAMA", "MECH-1", "T-0042", "H-0001", "West", 20)
    assert row["released_on"].toPyDate() == DAY
    drawn = QgsGeometry.fromPolygonXY([corners + [corners[0]]])
    expected = to_wgs84(drawn).intersection(to_wgs84(utm_box(500, 500, 1500, 1500)))
    assert row.geometry().symDifference(expected).area() < 1e-14
    # 300 m x 400 m inside the hazard, to the nearest pixel, measured on the ellipsoid.
    assert row["area_ha"] == pytest.approx(geometry_area_ha(expected, WGS84), rel=1e-4)
    assert row["area_ha"] == pytest.approx(12.0, rel=0.03)
    # One line in the bar; the hazard's remainder is one of the details in the log.
    messages = iface.messageBar().get_messages(Qgis.Success)
    assert any("ha cleared in task T-0042 (West)" in m and "remain in hazard" not in m for m in messages)
    assert hazard_status(store)[0] == "worked_on"


def test_ctrl_z_in_the_tool_undoes_the_whole_release(setup):
    store, session, controller, canvas, iface = setup
    before = hazard_status(store)
    controller.activate_tool()
    tool = controller.tool
    for xy in ((400, 400), (1600, 400), (1600, 1600), (400, 1600)):
        click(tool, canvas, *xy)
    key(tool, Qt.Key_Return)
    assert len(released(store)) == 2  # split West / East
    assert hazard_status(store)[0] == "closed"
    layer = controller.layer("cleared_areas")
    assert layer.featureCount() == 2  # the project's layer was reloaded
    key(tool, Qt.Key_Z, Qt.ControlModifier)
    assert released(store) == []
    assert hazard_status(store) == before
    assert controller.layer("cleared_areas").featureCount() == 0
    assert next(store.layer("clearance_tasks").getFeatures())["status"] == "open"
    controller.undo_stack.redo()
    assert len(released(store)) == 2 and hazard_status(store)[0] == "closed"


def test_the_closing_tolerance_is_a_setting(setup):
    from qgis.core import QgsSettings

    from demining_plugin.settings import RELEASE_TOLERANCE_M2

    store, session, controller, canvas, iface = setup
    QgsSettings().setValue(RELEASE_TOLERANCE_M2.key, 600.0)
    try:
        # 1 m x 700 m is kept (over 600 m2); the 1 m x 300 m left (300 m2) closes the hazard.
        controller.release_drawing(utm_box(400, 400, 1499, 1600))
        controller.release_drawing(utm_box(1499, 400, 1600, 1200))
        assert len(released(store)) == 3
        assert hazard_status(store)[0] == "closed"
    finally:
        QgsSettings().remove(RELEASE_TOLERANCE_M2.key)


def test_nothing_added_is_explained(setup):
    store, session, controller, canvas, iface = setup
    controller.release_drawing(utm_box(1700, 1700, 1900, 1900))
    assert released(store) == []
    warnings = iface.messageBar().get_messages(Qgis.Warning)
    assert any("outside every hazard area" in m for m in warnings)


def test_unsaved_edits_block_the_release(setup):
    store, session, controller, canvas, iface = setup
    layer = controller.layer("hazard_areas")
    layer.startEditing()
    layer.changeAttributeValue(next(layer.getFeatures()).id(), layer.fields().indexOf("name"), "edited")
    controller.release_drawing(utm_box(600, 600, 900, 900))
    layer.rollBack()
    assert released(store) == []
    assert any("unsaved edits" in m for m in iface.messageBar().get_messages(Qgis.Critical))


def test_selected_tasks_are_released_to_themselves(setup):
    store, session, controller, canvas, iface = setup
    tasks = controller.layer("clearance_tasks")
    tasks.selectAll()
    controller.release_selected_tasks()
    rows = released(store)
    assert {r["task_id"] for r in rows} == {"T-0042"}
    assert {r["district"] for r in rows} == {"West", "East"}
    assert next(store.layer("clearance_tasks").getFeatures())["status"] == "closed"
    controller.undo_last()
    assert released(store) == []


def test_sectors_dialog_previews_and_stores_sectors_with_undo(setup):
    store, session, controller, canvas, iface = setup
    tasks = controller.layer("clearance_tasks")
    task = next(tasks.getFeatures())
    dialog = SectorsDialog(iface, controller, task, tasks)
    dialog.width_m.setValue(250)
    dialog.length_m.setValue(500)
    assert len(dialog.sectors) == 8
    assert "8 sectors" in dialog.info.text()
    # A baseline drawn towards the east turns the sectors to 90 degrees.
    dialog.use_baseline(QgsPointXY(X0 + 500, Y0 + 500), QgsPointXY(X0 + 1500, Y0 + 500))
    assert dialog.angle.value() == pytest.approx(90, abs=0.01)
    dialog.store_sectors()
    stored = {f["task_id"]: f for f in store.layer("clearance_tasks").getFeatures(
        QgsFeatureRequest().setFilterExpression("\"parent_task_id\" = 'T-0042'"))}
    assert sorted(stored) == [f"T-0042/{n:02d}" for n in range(1, 9)]
    assert all(f["hazard_id"] == "H-0001" and f["status"] == "open" for f in stored.values())
    assert sum(f["planned_ha"] for f in stored.values()) == pytest.approx(100.02, abs=0.05)
    controller.undo_last()
    assert [f["task_id"] for f in store.layer("clearance_tasks").getFeatures()] == ["T-0042"]


def test_clearance_dock_lists_tasks_in_view_with_released_hectares(setup):
    store, session, controller, canvas, iface = setup
    dock = ClearanceDock(iface, controller)
    dock.refresh()
    assert dock.table.rowCount() == 1
    assert dock.table.item(0, 0).text() == "T-0042"
    assert dock.table.item(0, 1).text() == "Open"
    controller.release_drawing(utm_box(500, 500, 1000, 1500))
    dock.refresh()
    assert dock.table.item(0, 1).text() == "Worked on"
    assert dock.table.item(0, 3).data(Qt.UserRole) == pytest.approx(50.0, rel=0.01)
    canvas.setExtent(QgsRectangle(X0 + 3000, Y0 + 3000, X0 + 4000, Y0 + 4000))
    dock.refresh()
    assert dock.table.rowCount() == 0 and "0 tasks" in dock.caption.text()
    dock.teardown()
    dock.deleteLater()


def priorities_layer(ranks):
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer("None?field=hazard_id:string&field=rank:integer&field=weights:string", "priorities",
                           "memory")
    features = []
    for hazard_id, rank in ranks.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([hazard_id, rank, "settlement=3"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_clearance_dock_sorts_tasks_by_their_hazards_rank(setup):
    """The rank comes from the project's demining:priorities output layer; unranked hazards last."""
    from qgis.core import QgsProject

    from demining_plugin.core.model.changes import ChangeSet

    store, session, controller, canvas, iface = setup

    more = ChangeSet()
    more.add("hazard_areas", to_wgs84(utm_box(1600, 500, 1900, 800)),
             {"classification": "SHA", "status": "open", "area_ha": 9, "remaining_ha": 9})
    for task_id, hazard_id, box in (("T-0050", "H-0002", (1600, 500, 1900, 800)),
                                    ("T-0051", None, (1700, 600, 1800, 700))):
        more.add("clearance_tasks", to_wgs84(utm_box(*box)),
                 {"task_id": task_id, "hazard_id": hazard_id, "task_type": "clearance", "status": "open"})
    store.apply(more)
    dock = ClearanceDock(iface, controller)
    dock.refresh()
    assert {dock.table.item(r, 5).text() for r in range(dock.table.rowCount())} == {""}
    QgsProject.instance().addMapLayer(priorities_layer({"H-0002": 1, "H-0001": 2}))
    dock.refresh()
    dock.table.sortItems(5, Qt.AscendingOrder)
    order = [(dock.table.item(r, 0).text(), dock.table.item(r, 5).text()) for r in range(dock.table.rowCount())]
    assert order == [("T-0050", "1"), ("T-0042", "2"), ("T-0051", "")]
    dock.teardown()
    dock.deleteLater()
