"""*Merge Field Results…*: the plan computed in a background task, shown row by row (each
highlighted on the map when selected), stored by *Apply*, left alone by *Cancel*; a package
of another store asks first."""

import threading

import pytest
from qgis.core import Qgis, QgsProject, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMessageBox

from demining_plugin.gui import fieldmerge_controller as controller_module
from demining_plugin.gui.fieldmerge_controller import FieldMergeController
from tests.core.fieldwork.field_work import counts, field_store, one_team_back
from tests.helpers import open_session, threads_calling, wait_until


@pytest.fixture
def team_zip(tmp_path):
    return one_team_back(tmp_path)


@pytest.fixture
def merging(qgis_iface, qgis_new_project):
    """A controller on a store session of ``store`` (the session opened by the test)."""
    made = []

    def controller_for(store):
        qgis_iface.messageBar().clear_messages()
        session = open_session(qgis_iface, store)
        controller = FieldMergeController(qgis_iface, session)
        made.append((controller, session))
        return controller

    yield controller_for
    for controller, session in made:
        controller.teardown()
        session.stop()
        for obj in (controller, session):
            obj.deleteLater()
    QgsProject.instance().clear()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def _reviewed(controller, path):
    task = controller.show_dialog(str(path))
    assert task is not None
    wait_until(lambda: controller.dialog is not None or (task not in controller.tasks), what="the merge plan")
    return task


def _texts(dialog, column):
    return [dialog.table.item(row, column).text() for row in range(dialog.table.rowCount())]


def test_rows_shown_highlighted_and_applied(qgis_iface, team_zip, merging, monkeypatch):
    store, package = team_zip
    threads = threads_calling(monkeypatch, controller_module, "apply_merge")
    controller = merging(store)
    items_layer = controller.session.store_layer("detections")
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
    # Stored in a background task: the dialog is gone at once, the figures come when it ends.
    assert controller.dialog is None
    merge = controller.tasks[-1]
    assert merge.description().startswith("Merging team_a.zip")
    wait_until(lambda: merge not in controller.tasks, what="the merge stored")
    assert merge.error is None
    assert threads and threads[0] is not threading.main_thread()
    assert counts(store) == {"detections": 1, "cleared_areas": 2, "work_days": 1}
    assert items_layer.featureCount() == 1  # the project's layer shows it
    warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
    said = "merged: items found: 1, land released: 2.00 ha, work days: 1; refused: 1"
    assert any(said in m for m in warnings), warnings
    assert dialog.band is None


def test_cancel_stores_nothing(team_zip, merging):
    store, package = team_zip
    controller = merging(store)  # the session keeps the file open (WAL): compare what it holds
    before = counts(store), [f.attributes() for f in store.layer("hazard_areas").getFeatures()]
    _reviewed(controller, package)
    dialog = controller.dialog
    dialog.table.selectRow(0)
    dialog.reject()
    assert (counts(store), [f.attributes() for f in store.layer("hazard_areas").getFeatures()]) == before
    assert dialog.band is None and controller.dialog is None


@pytest.mark.parametrize("answer", [QMessageBox.Yes, QMessageBox.No])
def test_package_of_another_store_asks_first(qgis_iface, team_zip, tmp_path, monkeypatch, merging, answer):
    _, package = team_zip
    other = field_store(tmp_path / "other.gpkg")
    asked = []

    def question(_parent, title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(controller_module.QMessageBox, "question", question)
    controller = merging(other)
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


def test_no_store_open(qgis_iface):
    qgis_iface.messageBar().clear_messages()
    controller = FieldMergeController(qgis_iface, None)
    assert controller.show_dialog("anything.zip") is None
    assert any("Open a Demining store first" in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))


def test_submit_for_review_keeps_the_merge_apart(qgis_iface, team_zip, merging, monkeypatch):
    from demining_plugin.core.store.submissions import PENDING, submissions

    store, package = team_zip
    threads = threads_calling(monkeypatch, controller_module, "submit_plan")
    controller = merging(store)
    _reviewed(controller, package)
    dialog = controller.dialog
    assert dialog.apply_button.isVisible() and dialog.submit_button.isEnabled()
    dialog.submit_button.click()
    submit = controller.tasks[-1]
    wait_until(lambda: submit not in controller.tasks, what="the submission stored")
    assert submit.error is None
    assert threads and threads[0] is not threading.main_thread()
    assert counts(store) == {"detections": 0, "cleared_areas": 1, "work_days": 0}
    pending = submissions(store, PENDING)
    assert [(s.submission_id, s.kind, s.counts) for s in pending] == [
        ("S-0001", "demining:fieldmerge", {"detections": 1, "cleared_areas": 1, "work_days": 1})]
    infos = qgis_iface.messageBar().get_messages(Qgis.Info)
    assert any("team_a.zip waits for review as submission S-0001" in m for m in infos), infos
    assert controller.dialog is None


def test_a_merge_that_fails_in_the_background_says_so_and_stores_nothing(qgis_iface, team_zip, merging, monkeypatch):
    from demining_plugin.core.errors import DeminingError

    store, package = team_zip
    controller = merging(store)
    before = counts(store)
    closed = []

    def fails(store_view, field_package, plan, **_kwargs):
        monkeypatch.setattr(field_package, "close", lambda: closed.append(field_package.name))
        raise DeminingError("The store is read-only.")

    monkeypatch.setattr(controller_module, "apply_merge", fails)
    _reviewed(controller, package)
    controller.dialog.apply_button.click()
    merge = controller.tasks[-1]
    wait_until(lambda: merge not in controller.tasks, what="the failed merge")
    assert isinstance(merge.error, DeminingError)
    errors = qgis_iface.messageBar().get_messages(Qgis.Critical)
    assert any("The store is read-only." in m for m in errors), errors
    assert counts(store) == before
    assert closed == ["team_a.zip"]  # the package let go once the task ended
