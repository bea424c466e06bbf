"""*Print Completion Report…*: the action on clearance task features beside *Print Field Map…*,
the dialog's choices, the handover checks' warning in the message bar before printing, and the
pages written in the background (one PDF per task in a folder)."""

import datetime
import subprocess
import time

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.gui import QgsGui
from qgis.PyQt.QtCore import QCoreApplication

from demining_plugin.core.completion import CompletionOptions
from demining_plugin.core.errors import DeminingError
from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.store.styles import add_store_to_project
from demining_plugin.gui.completion_controller import CompletionController
from demining_plugin.gui.completion_dialog import CompletionDialog
from tests.ground import ground_store, to_wgs84, utm_box


class _StoreOnly:
    """The part of the store session the controller reads."""

    def __init__(self, store):
        self.store = store

    def store_layer(self, name):
        return None


@pytest.fixture
def store(tmp_path):
    """T-0001 released in full and handed over, but with no completion date and no inspection."""
    store = ground_store(str(tmp_path / "gui.gpkg"), task_id="T-0001")
    changes = ChangeSet()
    changes.add("cleared_areas", to_wgs84(utm_box(500, 500, 1500, 1500)), {
        "release_method": "cleared", "technique": "manual", "task_id": "T-0001", "hazard_id": "H-0001",
        "released_on": datetime.date(2022, 3, 1)})
    changes.update("clearance_tasks", "T-0001", {"handed_over_on": datetime.date(2022, 4, 1),
                                                 "handed_over_to": "Aghdam district"})
    store.apply(changes)
    return store


def test_the_action_sits_on_clearance_tasks_beside_the_field_map(qgis_iface, qgis_new_project, store):
    controller = CompletionController(qgis_iface, _StoreOnly(store))
    try:
        layers = add_store_to_project(store, QgsProject.instance())
        texts = [a.text() for a in QgsGui.mapLayerActionRegistry().mapLayerActions(layers["clearance_tasks"])]
        assert texts.count("Print Completion Report…") == 1
        assert "Print Completion Report…" not in [
            a.text() for a in QgsGui.mapLayerActionRegistry().mapLayerActions(layers["cleared_areas"])]
        asked = []
        controller.show_dialog = lambda task_ids=None, layer=None: asked.append(task_ids)
        tasks = layers["clearance_tasks"]
        controller.layer_actions[tasks.id()].triggerForFeatures(tasks, list(tasks.getFeatures()))
        assert asked == [["T-0001"]]
    finally:
        controller.teardown()
    assert not any(a.text() == "Print Completion Report…" for layer in QgsProject.instance().mapLayers().values()
                   for a in QgsGui.mapLayerActionRegistry().mapLayerActions(layer))


def test_the_dialog_asks_paper_certificate_and_output_only(qgis_new_project):
    dialog = CompletionDialog(None, ["T-0001", "T-0002"], require_inspection=False)
    assert dialog.windowTitle() == "Print Completion Report"
    assert dialog.chosen_task_ids() == ["T-0001", "T-0002"]
    assert dialog.orientation.isHidden() and dialog.items_found.isHidden() and dialog.designer_button.isHidden()
    assert not dialog.handover.isHidden()
    dialog.paper.setCurrentText("A3")
    dialog.handover.setChecked(False)
    assert dialog.options() == CompletionOptions(paper="A3", handover=False, require_inspection=False)
    dialog.deleteLater()


def test_warns_then_prints_in_the_background(qgis_iface, qgis_new_project, messages, store, tmp_path):
    controller = CompletionController(qgis_iface, _StoreOnly(store))
    finished = []
    original = controller._on_export_finished
    controller._on_export_finished = lambda task: (finished.append(task.result), original(task))
    try:
        task = controller.start_export(store, ["T-0001"], "", CompletionOptions(), str(tmp_path))
        warnings = " ".join(messages.get_messages(Qgis.Warning))
        assert "2 warning(s)" in warnings and "T-0001 was handed over on 2022-04-01 but is not completed" in warnings
        assert task in QgsApplication.taskManager().tasks()
        end = time.monotonic() + 180
        while not finished and time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.02)
        assert finished and finished[0] is not None
        pdf = tmp_path / "completion_T-0001.pdf"
        assert finished[0].files == [str(pdf)]
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert text.count("WARNING") == 2 and "without a passed inspection" in text
        assert any("written to" in m for m in messages.get_messages(Qgis.Success))
    finally:
        controller.teardown()


def test_a_bad_choice_is_refused_before_any_task_starts(qgis_iface, qgis_new_project, store, tmp_path):
    controller = CompletionController(qgis_iface, _StoreOnly(store))
    try:
        before = len(QgsApplication.taskManager().tasks())
        with pytest.raises(DeminingError, match="T-0404"):
            controller.start_export(store, ["T-0404"], "", CompletionOptions(), str(tmp_path / "x.pdf"))
        with pytest.raises(DeminingError, match="Choose where"):
            controller.start_export(store, ["T-0001"], "", CompletionOptions(), "")
        assert len(QgsApplication.taskManager().tasks()) == before
        assert controller.running == []
    finally:
        controller.teardown()
