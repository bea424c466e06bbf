"""Field maps in the GUI: the map layer action on clearance task layers, the export as a
background task with progress and cancel, the dialog's choices, the Layout Designer."""

import datetime
import re
import subprocess
import time

import pytest
from qgis.core import QgsApplication, QgsGeometry, QgsPointXY, QgsProject
from qgis.gui import QgsGui
from qgis.PyQt.QtCore import QCoreApplication

from demining_plugin.core.errors import DeminingError
from demining_plugin.core.fieldmap import FieldMapOptions
from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.store import create_store
from demining_plugin.core.store.styles import add_store_to_project
from demining_plugin.gui.fieldmap_controller import FieldMapController
from demining_plugin.gui.fieldmap_dialog import FieldMapDialog


class _Session:
    def __init__(self, store=None):
        self.store = store

    def store_layers(self):
        return [layer for layer in QgsProject.instance().mapLayers().values()
                if layer.customProperty("demining/store") == getattr(self.store, "location", None)]


def _square(lon, lat, size=0.004):
    ring = [(lon, lat), (lon + size, lat), (lon + size, lat - size), (lon, lat - size), (lon, lat)]
    return QgsGeometry.fromMultiPolygonXY([[[QgsPointXY(x, y) for x, y in ring]]])


@pytest.fixture
def store(tmp_path):
    store = create_store(str(tmp_path / "gui.gpkg"))
    changes = ChangeSet()
    for k in range(3):
        changes.add("clearance_tasks", _square(46.90 + 0.01 * k, 40.0), {
            "task_id": f"T-000{k + 1}", "name": f"Square {k + 1}", "task_type": "clearance", "status": "open",
            "district": "Aghdam"})
    store.apply(changes)
    return store


def _watch(controller) -> list:
    """Outcomes (result, error, cancelled) of the controller's export tasks, as they finish."""
    outcomes = []
    original = controller._on_export_finished

    def record(task):
        outcomes.append((task.result, task.error, task.isCanceled()))
        original(task)

    controller._on_export_finished = record
    return outcomes


def _wait(outcomes: list, seconds: float = 180.0) -> None:
    end = time.monotonic() + seconds
    while not outcomes and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    assert outcomes, "the field map task did not finish"


def test_print_action_on_clearance_task_layers_only(qgis_iface, qgis_new_project, store):
    controller = FieldMapController(qgis_iface, _Session(store))
    try:
        layers = add_store_to_project(store, QgsProject.instance())
        tasks = layers["clearance_tasks"]
        registry = QgsGui.mapLayerActionRegistry()
        on_tasks = [a.text() for a in registry.mapLayerActions(tasks)]
        assert on_tasks.count("Print Field Map…") == 1
        assert "Print Field Map…" not in [a.text() for a in registry.mapLayerActions(layers["hazard_areas"])]
        # Clicking it on two features opens the dialog with their ids.
        seen = []
        controller.show_dialog = lambda task_ids=None, layer=None: seen.append((task_ids, layer))
        action = controller.layer_actions[tasks.id()]
        action.triggerForFeatures(tasks, list(tasks.getFeatures())[:2])
        assert seen == [(["T-0001", "T-0002"], tasks)]
        QgsProject.instance().removeMapLayer(tasks.id())
        assert controller.layer_actions == {}
    finally:
        controller.teardown()
    assert not any(a.text() == "Print Field Map…" for layer in QgsProject.instance().mapLayers().values()
                   for a in QgsGui.mapLayerActionRegistry().mapLayerActions(layer))


def test_export_runs_as_a_background_task(qgis_iface, qgis_new_project, store, tmp_path):
    controller = FieldMapController(qgis_iface, _Session(store))
    progress = []
    try:
        target = tmp_path / "maps.pdf"
        outcomes = _watch(controller)
        task = controller.start_export(store, ["T-0003", "T-0001"], "", FieldMapOptions(paper="A4"), str(target))
        task.progressChanged.connect(progress.append)
        assert task in QgsApplication.taskManager().tasks()
        _wait(outcomes)
        result, error, cancelled = outcomes[0]
        assert error is None and not cancelled
        assert result.pages == 2
        info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"^Pages:\s+2$", info, re.M)
        text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(target), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "T-0003" in text
        assert progress and max(progress) == 100
        assert controller.running == []
    finally:
        controller.teardown()


def test_cancelled_export_writes_nothing(qgis_iface, qgis_new_project, store, tmp_path):
    controller = FieldMapController(qgis_iface, _Session(store))
    try:
        target = tmp_path / "cancelled.pdf"
        outcomes = _watch(controller)
        task = controller.start_export(store, ["T-0001", "T-0002", "T-0003"], "", FieldMapOptions(), str(target))
        task.cancel()
        _wait(outcomes)
        result, error, cancelled = outcomes[0]
        assert cancelled and result is None
        # Cancelled before its first page, the task ends before the pages are even begun.
        assert error is None or "cancelled" in str(error)
        for _ in range(20):
            QCoreApplication.processEvents()
        assert not target.exists()
        assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == []
    finally:
        controller.teardown()


def test_bad_choice_is_refused_before_any_task_starts(qgis_iface, qgis_new_project, store, tmp_path):
    controller = FieldMapController(qgis_iface, _Session(store))
    try:
        before = len(QgsApplication.taskManager().tasks())
        with pytest.raises(DeminingError, match="T-0042"):
            controller.start_export(store, ["T-0042"], "", FieldMapOptions(), str(tmp_path / "x.pdf"))
        with pytest.raises(DeminingError, match="Choose where"):
            controller.start_export(store, ["T-0001"], "", FieldMapOptions(), "")
        assert len(QgsApplication.taskManager().tasks()) == before
    finally:
        controller.teardown()


def test_dialog_choices(qgis_new_project, store):
    dialog = FieldMapDialog(None, ["T-0002"])
    assert dialog.chosen_task_ids() == ["T-0002"]
    dialog.paper.setCurrentText("A3")
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("landscape"))
    dialog.mapped_mines.setChecked(True)
    dialog.overview.setChecked(False)
    options = dialog.options()
    assert (options.paper, options.orientation, options.mapped_mines, options.overview) == (
        "A3", "landscape", True, False)
    dialog.by_expression.setChecked(True)
    dialog.expression.setExpression("\"status\" = 'open'")
    assert dialog.chosen_task_ids() == [] and dialog.chosen_expression() == "\"status\" = 'open'"
    dialog.output.setFilePath("/tmp/maps")
    assert dialog.output_path() == "/tmp/maps.pdf"
    dialog.per_task.setChecked(True)
    assert dialog.output_path() == "/tmp/maps"


def test_open_in_layout_designer(qgis_iface, qgis_new_project, store, monkeypatch):
    opened = []
    monkeypatch.setattr(qgis_iface, "openLayoutDesigner", opened.append, raising=False)
    controller = FieldMapController(qgis_iface, _Session(store))
    try:
        options = FieldMapOptions(print_date=datetime.date(2026, 5, 1))
        layout = controller.open_in_designer(store, ["T-0002"], "", options)
        assert opened == [layout]
        assert layout in QgsProject.instance().layoutManager().layouts()
        assert layout.name() == "Field map T-0002"
        main_map = layout.itemById("main_map")
        assert main_map.crs().authid() == "EPSG:32638"
        # Its layers live in the project, so the layout still draws once the builder is gone.
        assert main_map.layers() and all(QgsProject.instance().mapLayer(layer.id()) is layer
                                         for layer in main_map.layers())
        group = QgsProject.instance().layerTreeRoot().findGroup("Field map T-0002")
        assert group is not None and not group.isVisible()
    finally:
        controller.teardown()
