"""The import dialog (mapping table and preview) and the controller's background task."""


import pytest
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtWidgets import QDialog

from demining_plugin.core import imports as importers
from demining_plugin.core.imports.tables import detect_mapping, read_source
from demining_plugin.gui import import_controller as controller_module
from demining_plugin.gui.import_controller import ImportController
from demining_plugin.gui.import_dialog import ImportDialog
from tests.ground import two_districts_and_a_hazard
from tests.helpers import SEEDS, wait_until


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
def ground(new_store):
    new_store.apply(two_districts_and_a_hazard("T-0001"))
    return new_store


def test_dialog_proposes_the_columns_and_previews_the_rows(qgis_iface):
    table = read_source(SEEDS / "sample_items_found.csv")
    dialog = ImportDialog(
        importers.DETECTIONS, table, detect_mapping(table, importers.targets_of(importers.DETECTIONS))
    )
    chosen = {target: combo.currentText() for target, combo in dialog.combos.items() if combo.currentData()}
    assert chosen == {
        "lat": "Lat",
        "lon": "Lon",
        "category": "Type",
        "model": "Model",
        "quantity": "Qty",
        "found_on": "Date",
        "depth_cm": "Depth (cm)",
        "condition": "Condition",
        "disposition": "Action",
        "team": "Team",
        "remarks": "Notes",
    }
    # The preview shows the file's first rows as they are, numbered as in a spreadsheet.
    assert dialog.preview.rowCount() == 16
    assert dialog.preview.verticalHeaderItem(0).text() == "2"
    assert dialog.preview.item(6, 0).text() == "40.1x"
    # Changing a combo changes the mapping handed to the import.
    dialog.combos["remarks"].setCurrentIndex(0)
    options = dialog.options()
    assert options.mapping["remarks"] is None and options.mapping["lat"] == "Lat"
    assert options.mode == "auto" and options.duplicate_m == importers.DUPLICATE_M
    assert dialog.details() is None
    dialog.deleteLater()


def test_mine_map_dialog_details(qgis_iface):
    table = read_source(SEEDS / "sample_mine_map.csv")
    dialog = ImportDialog(
        importers.MINE_MAP, table, detect_mapping(table, importers.targets_of(importers.MINE_MAP)), ["MR-0001"]
    )
    assert dialog.combos["mgrs"].currentText() == "MGRS"
    assert dialog.combos["row_no"].currentText() == "Ряд"
    dialog.source.setText("Map of 12 June")
    dialog.claims["claimed_total"].setValue(97)
    details = dialog.details()
    assert details.source == "Map of 12 June" and details.record_id is None
    assert (details.claimed_ap, details.claimed_total) == (None, 97)
    dialog.record.setCurrentIndex(1)
    assert dialog.details().record_id == "MR-0001"
    dialog.deleteLater()


def test_menu_import_runs_as_a_task_and_reports(qgis_iface, ground, messages, monkeypatch, tmp_path, caplog):
    session = FakeSession(ground)
    controller = ImportController(qgis_iface, session)
    source = tmp_path / "items.csv"
    source.write_bytes((SEEDS / "sample_items_found.csv").read_bytes())
    monkeypatch.setattr(controller_module.QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(ImportDialog, "exec_", lambda self: QDialog.Accepted)
    controller.start(importers.DETECTIONS)
    wait_until(lambda: not controller.tasks and QgsApplication.taskManager().countActiveTasks() == 0,
               timeout=60.0, what="the import task to end")
    wait_until(lambda: messages.get_messages(Qgis.Warning), timeout=60.0, what="a warning")
    text = messages.get_messages(Qgis.Warning)[-1]
    report = tmp_path / "items_import_report.csv"
    # One line in the bar; the report's path is behind "More" and in the log.
    assert text == "Demining:items.csv: 6 imported, 10 refused (1 outside the store's districts)."
    assert any(str(report) in record.getMessage() and "6 imported, 10 refused" in record.getMessage()
               for record in caplog.records if record.name == "qgis.messagelog")
    assert report.is_file()
    assert ground.layer("detections").featureCount() == 6
    assert session.refreshed == 1
    controller.teardown()


def test_menu_import_of_a_fake_file_says_so(qgis_iface, ground, messages, tmp_path):
    controller = ImportController(qgis_iface, FakeSession(ground))
    fake = tmp_path / "map.kmz"
    fake.write_text("not a zip")
    assert controller.start(importers.MINE_MAP, str(fake)) is None
    assert any("not a ZIP archive" in m for m in messages.get_messages(Qgis.Critical))


def test_no_store_no_import(qgis_iface, messages):
    controller = ImportController(qgis_iface, FakeSession(None))
    assert controller.start(importers.ACCIDENTS, "whatever.csv") is None
    assert any("Open or create a Demining store" in m for m in messages.get_messages(Qgis.Critical))


def test_dialog_states_how_far_outside_the_districts_rows_may_lie(qgis_iface):
    table = read_source(SEEDS / "sample_items_found.csv")
    dialog = ImportDialog(
        importers.DETECTIONS, table, detect_mapping(table, importers.targets_of(importers.DETECTIONS))
    )
    assert dialog.use_extent.isChecked() and dialog.district_tolerance.isEnabled()
    assert dialog.district_tolerance.value() == importers.DISTRICT_TOLERANCE_M
    assert dialog.options().use_store_extent and dialog.options().district_tolerance_m == 1000
    dialog.district_tolerance.setValue(250)
    assert dialog.options().district_tolerance_m == 250
    dialog.use_extent.setChecked(False)
    assert not dialog.district_tolerance.isEnabled() and not dialog.options().use_store_extent
    dialog.deleteLater()


def test_the_import_message_says_how_many_rows_lay_outside_the_districts(qgis_iface, ground, messages, tmp_path):
    controller = ImportController(qgis_iface, FakeSession(ground))
    source = tmp_path / "items.csv"
    source.write_bytes((SEEDS / "sample_items_found.csv").read_bytes())
    options = importers.ImportOptions(report_path=str(tmp_path / "report.csv"))
    controller.run(importers.DETECTIONS, ground, str(source), options, None)
    wait_until(lambda: not controller.tasks and QgsApplication.taskManager().countActiveTasks() == 0,
               timeout=60.0, what="the import task to end")
    wait_until(lambda: messages.get_messages(Qgis.Warning), timeout=60.0, what="a warning")
    # Row 15 of the sample lies far from the test ground's two districts.
    assert "6 imported, 10 refused (1 outside the store's districts)" in messages.get_messages(Qgis.Warning)[-1]
    controller.teardown()
