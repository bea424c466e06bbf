"""*Merge Field Results…*: the plan computed in a background task, shown row by row (each
highlighted on the map when selected), stored by *Apply*, left alone by *Cancel*; a package
of another store asks first."""

import pytest
from qgis.core import Qgis, QgsWkbTypes
from qgis.PyQt.QtWidgets import QMessageBox

from demining_plugin.core.fieldwork.layout import FIELD_DAYS, FIELD_ITEMS, FIELD_RELEASED
from demining_plugin.gui import fieldmerge_controller as controller_module
from demining_plugin.gui.fieldmerge_controller import FieldMergeController
from tests.core.fieldwork.field_work import (
    DAY,
    FieldProject,
    counts,
    digest,
    field_store,
    package_for,
    polygon,
    zipped,
)
from tests.ground import utm_point
from tests.helpers import wait_until


class FakeSession:
    """What the controller uses of ``StoreSession``: the store, its project layers, a refresh."""

    def __init__(self, store):
        self.store = store
        self.refreshed = 0

    def store_layers(self):
        return []

    def request_figures(self):
        self.refreshed += 1


@pytest.fixture
def team_zip(tmp_path):
    """Team MC-1's package of T-0001 back from the field, zipped: an item, one refused, 2 ha
    released and a day."""
    store = field_store(tmp_path / "store.gpkg")
    folder = package_for(store, "T-0001", "MC-1", tmp_path / "team_a")
    field = FieldProject(folder)
    field.add(FIELD_ITEMS, utm_point(700, 800), category="AT", found_on=DAY)
    field.add(FIELD_ITEMS, utm_point(710, 800), category="AP", found_on=DAY, depth_cm=800)
    field.add(FIELD_RELEASED, polygon((650, 650, 750, 850)), release_method="cleared", released_on=DAY)
    field.add(FIELD_DAYS, worked_on=DAY, hours_worked=8, people=9)
    field.close()
    return store, zipped(folder)


def _reviewed(controller, path):
    task = controller.show_dialog(str(path))
    assert task is not None
    wait_until(lambda: controller.dialog is not None or (task not in controller.tasks), what="the merge plan")
    return task


def _texts(dialog, column):
    return [dialog.table.item(row, column).text() for row in range(dialog.table.rowCount())]


def test_rows_shown_highlighted_and_applied(qgis_iface, team_zip):
    store, package = team_zip
    qgis_iface.messageBar().clear_messages()
    controller = FieldMergeController(qgis_iface, FakeSession(store))
    try:
        _reviewed(controller, package)
        dialog = controller.dialog
        assert dialog is not None and dialog.isVisible()
        assert _texts(dialog, 1) == ["Item 1 (Anti-tank mine)", "Item 2 (Anti-personnel mine)", "Released land 1",
                                     "Work day 1 (2021-11-24)"]
        assert _texts(dialog, 2) == ["Added", "Refused", "Added", "Added"]
        assert _texts(dialog, 4)[1] == "depth (cm) 800 is outside 0 to 500."
        assert _texts(dialog, 3)[2] == "2.00"
        assert counts(store)["detections"] == 0  # nothing stored before Apply

        dialog.table.selectRow(0)
        assert dialog.band is not None and dialog.band.asGeometry().type() == QgsWkbTypes.PointGeometry
        dialog.table.selectRow(2)
        assert dialog.band.asGeometry().type() == QgsWkbTypes.PolygonGeometry
        assert dialog.apply_button.isEnabled()

        dialog.apply_button.click()
        assert counts(store) == {"detections": 1, "cleared_areas": 2, "work_days": 1}
        assert controller.session.refreshed == 1
        warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
        said = "merged: items found: 1, land released: 2.00 ha, work days: 1; refused: 1"
        assert any(said in m for m in warnings), warnings
        assert dialog.band is None
    finally:
        controller.teardown()


def test_cancel_stores_nothing(qgis_iface, team_zip):
    store, package = team_zip
    before = digest(store.path)
    controller = FieldMergeController(qgis_iface, FakeSession(store))
    try:
        _reviewed(controller, package)
        dialog = controller.dialog
        dialog.table.selectRow(0)
        dialog.reject()
        assert digest(store.path) == before and counts(store)["detections"] == 0
        assert dialog.band is None
    finally:
        controller.teardown()


@pytest.mark.parametrize("answer", [QMessageBox.Yes, QMessageBox.No])
def test_package_of_another_store_asks_first(qgis_iface, team_zip, tmp_path, monkeypatch, answer):
    _, package = team_zip
    other = field_store(tmp_path / "other.gpkg")
    asked = []

    def question(_parent, title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(controller_module.QMessageBox, "question", question)
    qgis_iface.messageBar().clear_messages()
    controller = FieldMergeController(qgis_iface, FakeSession(other))
    try:
        first = controller.show_dialog(str(package))
        wait_until(lambda: first not in controller.tasks, what="the first plan")
        assert len(asked) == 1 and "was packaged from another store (store.gpkg)" in asked[0]
        if answer == QMessageBox.Yes:
            wait_until(lambda: controller.dialog is not None, what="the plan of the package allowed")
            assert controller.dialog.plan.notes[0].startswith("team_a.zip was packaged from another store")
            controller.dialog.reject()
        else:
            assert controller.dialog is None
            errors = qgis_iface.messageBar().get_messages(Qgis.Critical)
            assert any("was packaged from another store" in m for m in errors), errors
        assert counts(other)["detections"] == 0
    finally:
        controller.teardown()


def test_no_store_open(qgis_iface):
    qgis_iface.messageBar().clear_messages()
    controller = FieldMergeController(qgis_iface, FakeSession(None))
    assert controller.show_dialog("anything.zip") is None
    assert any("Open a Demining store first" in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))
