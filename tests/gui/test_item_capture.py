"""The capture tool on a real QgsMapCanvas: a synthetic click opens the form with the task
and district of the point, Enter saves (read back from the store), Esc cancels, the next
entry keeps the last team and date; warnings show in the form and the message bar."""

import datetime
import time

import pytest
from qgis.core import NULL, Qgis, QgsCoordinateTransform, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QDate, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QWidget

from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.store import create_store
from demining_plugin.gui.capture_form import ItemForm
from demining_plugin.gui.capture_tool import CaptureController
from demining_plugin.gui.items_dock import ItemsDock
from demining_plugin.gui.session import StoreSession
from tests.ground import UTM, WGS84, to_wgs84, utm_box
from tests.helpers import click, open_session

DAY = datetime.date(2021, 11, 24)


@pytest.fixture()
def setup(qgis_iface, qgis_canvas, qgis_new_project, tmp_path):
    """West and East districts split at x = 1000 m; task T-0042 (500..1500 m) of team
    MECH-1 with its sector T-0042/01 (500..700 m)."""
    store = create_store(str(tmp_path / "capture.gpkg"))
    seed = ChangeSet()
    seed.add("regions", to_wgs84(utm_box(0, 0, 1000, 2000)), {"name": "West"})
    seed.add("regions", to_wgs84(utm_box(1000, 0, 2000, 2000)), {"name": "East"})
    seed.add("clearance_tasks", to_wgs84(utm_box(500, 500, 1500, 1500)),
             {"task_id": "T-0042", "task_type": "clearance", "status": "open", "team": "MECH-1",
              "organisation": "ANAMA", "planned_start": datetime.date(2021, 11, 1),
              "planned_end": datetime.date(2021, 12, 31)})
    seed.add("clearance_tasks", to_wgs84(utm_box(500, 500, 700, 700)),
             {"task_id": "T-0042/01", "parent_task_id": "T-0042", "task_type": "clearance", "status": "open",
              "team": "MECH-1", "planned_start": datetime.date(2021, 11, 1),
              "planned_end": datetime.date(2021, 12, 31)})
    store.apply(seed)
    session = open_session(qgis_iface, store, qgis_canvas, extent_m=2000)
    controller = CaptureController(qgis_iface, session)
    qgis_iface.messageBar().clear_messages()
    yield store, session, controller, qgis_canvas, qgis_iface
    controller.teardown()
    session.stop()


class FormDriver:
    """Runs each form modally as QGIS would, and types into it once it is shown."""

    def __init__(self, controller):
        self.forms = []
        self.steps = []
        controller.run_form = self.run

    def run(self, form) -> bool:
        self.forms.append(form)
        steps = self.steps.pop(0) if self.steps else (lambda f: None, Qt.Key_Escape, None)

        failures = []

        def type_into_form():
            try:
                assert QApplication.activeModalWidget() is form
                fill, key, target = steps
                fill(form)
                widget = form.findChild(QWidget, target) if target else form
                QTest.keyClick(widget, key)
            except Exception as error:  # noqa: BLE001 (raised again below, after the form is closed)
                failures.append(error)
            if form.isVisible():
                failures.append(AssertionError("the key did not close the form"))
                form.reject()

        QTimer.singleShot(0, type_into_form)
        accepted = form.exec_() == form.Accepted
        if failures:
            raise failures[0]
        return accepted


def items(store):
    return {f["item_id"]: f for f in store.layer("detections").getFeatures()}


def in_utm(feature) -> QgsPointXY:
    point = feature.geometry().asPoint()
    return QgsCoordinateTransform(WGS84, UTM, QgsProject.instance()).transform(point)


def test_a_click_fills_task_and_district_and_enter_stores_the_item(setup):
    store, session, controller, canvas, iface = setup
    controller.activate_item_tool()
    assert canvas.mapTool() is controller.item_tool
    driver = FormDriver(controller)

    def fill(form: ItemForm):
        # What lies under the click: the sector (smallest task) first, then its task; the district.
        assert [form.task.itemText(k) for k in range(form.task.count())] == ["", "T-0042/01", "T-0042"]
        assert form.task.currentText() == "T-0042/01"
        assert form.district.text() == "West"
        assert form.found_on.date() == QDate.currentDate()  # today by default
        # The first field has the form's focus (asked of the form: another top-level window of an
        # earlier test, such as the message bar, may hold the application's active focus).
        assert form.focusWidget() in (form.category, None)
        form.category.setCurrentIndex(form.category.findData("AT"))
        form.model.setCurrentText("TM-62M")
        form.quantity.setValue(2)
        form.depth.setValue(25)
        form.disposition.setCurrentIndex(form.disposition.findData("destroyed_in_situ"))
        form.found_on.setDate(QDate(DAY.year, DAY.month, DAY.day))
        form.team.setCurrentText("MECH-1")
        form.organisation.setCurrentText("ANAMA")

    # Enter pressed in the depth field saves the whole form.
    driver.steps.append((fill, Qt.Key_Return, "itemDepth"))
    clicked = click(controller.item_tool, canvas, 600, 650)
    stored = items(store)
    assert list(stored) == ["D-000001"]
    item = stored["D-000001"]
    assert (item["category"], item["model"], item["quantity"], item["depth_cm"], item["disposition"]) == \
        ("AT", "TM-62M", 2, 25, "destroyed_in_situ")
    assert (item["task_id"], item["district"], item["team"], item["organisation"]) == \
        ("T-0042/01", "West", "MECH-1", "ANAMA")
    assert item["found_on"] == QDate(2021, 11, 24)
    assert item["condition"] == NULL  # not recorded
    where = in_utm(item)
    assert (where.x(), where.y()) == pytest.approx((clicked.x(), clicked.y()), abs=0.01)
    assert any("D-000001 (Anti-tank mine) recorded in task T-0042/01 (West)" in m
               for m in iface.messageBar().get_messages(Qgis.Success))
    # The project's layer shows it without reopening the store.
    layer = controller.layer("detections")
    assert layer.featureCount() == 1


def test_the_items_dock_follows_what_the_tool_stores(setup):
    store, session, controller, canvas, iface = setup
    dock = ItemsDock(iface, session)
    assert dock.counts == {}
    controller.activate_item_tool()
    driver = FormDriver(controller)

    def fill(form):
        form.category.setCurrentIndex(form.category.findData("UXO"))
        form.quantity.setValue(3)

    driver.steps.append((fill, Qt.Key_Return, "itemQuantity"))
    click(controller.item_tool, canvas, 600, 650)
    # No refresh asked: the session's change signal brings the dock up to date.
    deadline = time.monotonic() + 60
    while dock.counts != {"UXO": 3}:
        assert time.monotonic() < deadline, f"the dock still shows {dock.counts}"
        QApplication.processEvents()
        time.sleep(0.01)
    assert dock.list.rowCount() == 1 and dock.list.item(0, 0).text() == "D-000001"
    assert dock.list.item(0, 4).text() == "T-0042/01" and dock.list.item(0, 5).text() == "West"
    dock.teardown()
    dock.deleteLater()


def test_the_next_entry_keeps_the_last_team_and_date_and_esc_cancels(setup):
    store, session, controller, canvas, iface = setup
    controller.activate_item_tool()
    driver = FormDriver(controller)

    def first(form):
        form.team.setCurrentText("MANUAL-3")
        form.organisation.setCurrentText("ANAMA")
        form.found_on.setDate(QDate(2021, 11, 20))

    seen = {}

    def second(form):
        seen.update(team=form.team.currentText(), organisation=form.organisation.currentText(),
                    date=form.found_on.date().toPyDate(), task=form.task.currentText(), district=form.district.text())

    driver.steps.append((first, Qt.Key_Enter, "itemModel"))
    driver.steps.append((second, Qt.Key_Escape, "itemQuantity"))
    click(controller.item_tool, canvas, 1200, 1200)
    click(controller.item_tool, canvas, 1300, 1300)
    # Esc stored nothing; the second form had kept team, organisation and date; its own place.
    assert list(items(store)) == ["D-000001"]
    assert seen == {"team": "MANUAL-3", "organisation": "ANAMA", "date": datetime.date(2021, 11, 20),
                    "task": "T-0042", "district": "East"}
    assert items(store)["D-000001"]["team"] == "MANUAL-3"


def test_warnings_show_in_the_form_and_the_item_can_still_be_saved(setup):
    store, session, controller, canvas, iface = setup
    controller.activate_item_tool()
    driver = FormDriver(controller)
    shown = {}

    def fill(form):
        form.team.setCurrentText("MECH-1")
        form.found_on.setDate(QDate(2021, 10, 1))  # before the task was planned to start
        form.run_checks()
        shown["visible"] = not form.warnings.isHidden()
        shown["text"] = form.warnings.text()

    # Outside every task (west of T-0042), 300 m from the team's task: item_outside_work only.
    driver.steps.append((fill, Qt.Key_Return, None))
    click(controller.item_tool, canvas, 200, 1000)
    assert shown["visible"] and "This item lies outside every clearance task and all released land." in shown["text"]
    assert "planned dates" not in shown["text"]  # no task under the point, none named
    stored = items(store)
    assert stored["D-000001"]["task_id"] == NULL
    assert stored["D-000001"]["district"] == "West"
    assert controller.last_warnings and "outside every clearance task" in controller.last_warnings[0]
    assert any("with warnings" in m for m in iface.messageBar().get_messages(Qgis.Warning))

    # Inside the sector, before its planned start: the date warning, and saved anyway.
    driver.steps.append((fill, Qt.Key_Return, "itemTeam"))
    click(controller.item_tool, canvas, 600, 600)
    assert "outside the planned dates of task T-0042/01" in shown["text"]
    assert items(store)["D-000002"]["task_id"] == "T-0042/01"


def test_an_accident_is_recorded_with_its_district(setup):
    store, session, controller, canvas, iface = setup
    controller.activate_accident_tool()
    assert canvas.mapTool() is controller.accident_tool
    driver = FormDriver(controller)

    def fill(form):
        assert form.district.text() == "East"
        assert form.civilian.isChecked()
        form.occurred_on.setDate(QDate(2021, 11, 25))
        form.killed.setValue(1)
        form.injured.setValue(2)
        form.activity.setCurrentIndex(form.activity.findData("farming"))
        form.device.setCurrentIndex(form.device.findData("AT"))
        form.description.setText("Tractor on a track")

    driver.steps.append((fill, Qt.Key_Return, "accidentDescription"))
    clicked = click(controller.accident_tool, canvas, 1800, 300)
    [accident] = list(store.layer("accidents").getFeatures())
    assert (accident["accident_id"], accident["killed"], accident["injured"], accident["civilian"],
            accident["activity"], accident["device_category"], accident["district"], accident["description"]) == \
        ("A-0001", 1, 2, True, "farming", "AT", "East", "Tractor on a track")
    assert accident["occurred_on"] == QDate(2021, 11, 25)
    where = in_utm(accident)
    assert (where.x(), where.y()) == pytest.approx((clicked.x(), clicked.y()), abs=0.01)

    # Esc: nothing more; the next form keeps the date.
    dates = []
    driver.steps.append((lambda form: dates.append(form.occurred_on.date().toPyDate()), Qt.Key_Escape, None))
    click(controller.accident_tool, canvas, 1800, 300)
    assert dates == [datetime.date(2021, 11, 25)]
    assert store.layer("accidents").featureCount() == 1


def test_tab_order_follows_the_form(setup):
    store, session, controller, canvas, iface = setup
    form = ItemForm(None, {}, ["T-0042"], "West")
    names = []
    widget = form.category
    for _ in range(12):
        names.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while widget is not None and (widget.focusPolicy() & Qt.TabFocus) != Qt.TabFocus or \
                widget.objectName() == "qt_spinbox_lineedit" or not widget.objectName():
            widget = widget.nextInFocusChain()
    assert names[:11] == ["itemCategory", "itemModel", "itemQuantity", "itemDepth", "itemCondition",
                          "itemDisposition", "itemFoundOn", "itemOrganisation", "itemTeam", "itemTask", "itemRemarks"]
    form.deleteLater()


def test_without_a_store_the_tool_says_so(qgis_iface, qgis_canvas, qgis_new_project):
    session = StoreSession(qgis_iface)
    controller = CaptureController(qgis_iface, session)
    qgis_iface.messageBar().clear_messages()
    controller.activate_item_tool()
    assert qgis_canvas.mapTool() is not controller.item_tool
    assert controller.capture_item(QgsPointXY(0, 0)) is None
    assert any("Open or create a store first" in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))
    controller.teardown()
