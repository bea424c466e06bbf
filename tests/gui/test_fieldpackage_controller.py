"""*Package for the Field…*: the dialog's choices, the package built from the selected tasks,
the message bar's success with its Open Folder button, and a sentence on failure."""

import json

import pytest
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtWidgets import QPushButton

from demining_plugin.core.fieldwork.layout import MANIFEST_FILE, PROJECT_FILE
from demining_plugin.core.store import create_store
from demining_plugin.core.store.styles import add_store_to_project
from demining_plugin.gui.fieldpackage_controller import FieldPackageController
from demining_plugin.gui.fieldpackage_dialog import FieldPackageDialog
from tests.ground import two_districts_and_a_hazard


class _Session:
    def __init__(self, store=None, layers=None):
        self.store = store
        self.layers = layers or {}

    def store_layer(self, name):
        return self.layers.get(name)


@pytest.fixture
def store(tmp_path):
    store = create_store(str(tmp_path / "gui.gpkg"))
    seed = two_districts_and_a_hazard("T-0042")
    store.apply(seed)
    return store


def test_dialog_choices(qgis_new_project):
    dialog = FieldPackageDialog(["T-0001", "T-0002"], "MC-1")
    assert dialog.chosen_task_ids() == ["T-0001", "T-0002"] and dialog.chosen_team() == "MC-1"
    assert dialog.chosen_basemap() is None and not dialog.mapped_mines.isChecked()
    dialog.output.setFilePath("/data/out/pkg")
    assert dialog.output_path() == "/data/out/pkg"
    dialog.as_zip.setChecked(True)
    assert dialog.output_path() == "/data/out/pkg.zip"
    dialog.basemap_file.setFilePath("/data/ortho.tif")
    assert dialog.chosen_basemap() == "/data/ortho.tif"
    dialog.deleteLater()


def test_selected_task_packaged_with_an_open_folder_button(qgis_iface, qgis_new_project, messages, store, tmp_path):
    layers = add_store_to_project(store, QgsProject.instance())
    tasks = layers["clearance_tasks"]
    tasks.selectByExpression("\"task_id\" = 'T-0042'")
    controller = FieldPackageController(qgis_iface, _Session(store, layers))
    try:
        package = controller.build(store, [f["task_id"] for f in tasks.selectedFeatures()], "MC-1", False, None,
                                   str(tmp_path / "pkg"))
        assert package is not None and (tmp_path / "pkg" / PROJECT_FILE).is_file()
        assert json.loads((tmp_path / "pkg" / MANIFEST_FILE).read_text())["tasks"] == ["T-0042"]
        item = messages.currentItem()
        assert item.level() == Qgis.Success and str(tmp_path / "pkg") in item.text()
        button = item.findChild(QPushButton, "DeminingOpenPackageFolder")
        assert button is not None and button.text() == "Open Folder"
    finally:
        controller.teardown()
        controller.deleteLater()


def test_failure_is_a_sentence_and_writes_nothing(qgis_iface, qgis_new_project, messages, store, tmp_path):
    controller = FieldPackageController(qgis_iface, _Session(store))
    try:
        assert controller.build(store, ["T-0404"], "", False, None, str(tmp_path / "pkg")) is None
        assert messages.get_messages(Qgis.Critical) == ["Demining:No clearance task has the id T-0404 in this store."]
        assert not (tmp_path / "pkg").exists()
    finally:
        controller.deleteLater()


def test_no_store_open_says_so(qgis_iface, qgis_new_project, messages):
    controller = FieldPackageController(qgis_iface, _Session())
    try:
        assert controller.show_dialog() is None
        assert "Open a Demining store first" in messages.get_messages(Qgis.Warning)[0]
    finally:
        controller.deleteLater()
