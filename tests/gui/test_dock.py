"""The Demining dock as a user meets it: open a store, edit it, open wrong files, drop
files, reopen a project, load the demo."""

import threading
from pathlib import Path

import pytest
from osgeo import ogr, osr
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    edit,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt

from demining_plugin.core.locale_format import format_count
from demining_plugin.core.model.schema import ELLIPSOID, LAYER_NAMES, SCHEMA_VERSION
from demining_plugin.core.store import create_store
from demining_plugin.core.store.styles import GROUP_NAME, add_store_to_project
from demining_plugin.gui import session as session_module
from demining_plugin.gui.dock import DeminingDock
from demining_plugin.gui.drop import StoreDropHandler
from demining_plugin.gui.formatting import format_hectares, format_km
from demining_plugin.gui.session import StoreSession
from tests import REPO_ROOT
from tests.helpers import wait_until


@pytest.fixture
def dock(qgis_iface, qgis_new_project, english_numbers, messages):
    session = StoreSession(qgis_iface, QgsProject.instance())
    session.start()
    widget = DeminingDock(qgis_iface, session, qgis_iface.mainWindow())
    widget.shown = []
    widget.figures_shown.connect(lambda: widget.shown.append(True))
    yield widget
    widget.teardown()
    session.stop()
    widget.deleteLater()
    session.deleteLater()
    QgsProject.instance().clear()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


class FileDialogStub:
    """Stands in for QFileDialog: returns the path the test chose."""

    path = ""

    @classmethod
    def getOpenFileName(cls, *args, **kwargs):  # noqa: N802 (Qt's name)
        return cls.path, ""

    @classmethod
    def getSaveFileName(cls, *args, **kwargs):  # noqa: N802 (Qt's name)
        return cls.path, ""


@pytest.fixture
def file_dialog(monkeypatch):
    monkeypatch.setattr(session_module, "QFileDialog", FileDialogStub)
    FileDialogStub.path = ""
    return FileDialogStub


def counts_shown(dock) -> dict:
    table = dock.counts_table
    return {table.item(row, 0).data(Qt.UserRole): table.item(row, 1).text() for row in range(table.rowCount())}


def figure(dock, key: str) -> str:
    return dock.figure_items[key].text(1)


def wait_for_figures(dock, since: int = 0) -> None:
    wait_until(lambda: len(dock.shown) > since, timeout=20.0, what="the dock to show figures")


def project_layer(name: str):
    for layer in QgsProject.instance().mapLayers().values():
        if layer.customProperty("demining/layer") == name:
            return layer
    raise AssertionError(f"no {name} layer in the project")


def new_feature(layer, geometry: QgsGeometry, **values) -> QgsFeature:
    feature = QgsFeature(layer.fields())
    feature.setGeometry(geometry)
    for name, value in values.items():
        feature.setAttribute(name, value)
    return feature


def plain_geopackage(path: Path) -> Path:
    """A GeoPackage with one ordinary table, as QGIS users have plenty of."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("roads", srs, ogr.wkbLineString)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("name", "Aghdam-Fuzuli")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING (47.0 40.0, 47.1 40.1)"))
    layer.CreateFeature(feature)
    ds = None  # noqa: F841 (closes the file)
    return path


def true_area_ha(geometry: QgsGeometry) -> float:
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    da.setEllipsoid(ELLIPSOID)
    return da.measureArea(geometry) / 10_000


def true_length_km(geometry: QgsGeometry) -> float:
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    da.setEllipsoid(ELLIPSOID)
    return da.measureLength(geometry) / 1000


# --- tests ------------------------------------------------------------------------------


def test_without_a_store_the_dock_says_so(dock):
    assert dock.store_label.text() == "No store open"
    assert dock.figures_tree.topLevelItemCount() == 0
    assert not dock.refresh_button.isEnabled()


def test_open_store_shows_file_name_version_and_zero_counts(dock, file_dialog, tmp_path, messages):
    store = create_store(str(tmp_path / "tartar_2021.gpkg"))
    file_dialog.path = store.location

    dock.open_button.click()
    wait_for_figures(dock)

    assert dock.store_label.text() == "tartar_2021.gpkg"
    assert dock.store_label.toolTip() == store.location
    assert dock.details_label.text() == f"Data model version {SCHEMA_VERSION} · EPSG:4326"
    assert counts_shown(dock) == {name: "0" for name in LAYER_NAMES}
    assert dock.counts_table.item(0, 0).text() == "Districts"
    assert figure(dock, "released_ha") == "0.00 ha"
    assert figure(dock, "released_ha.cleared") == "0.00 ha"
    assert figure(dock, "items_total") == "0"
    assert figure(dock, "items.AP") == "0"
    assert figure(dock, "route_km") == "0.0 km"
    assert figure(dock, "accidents") == "0"
    # The layers are in the project, in the Demining group.
    group = QgsProject.instance().layerTreeRoot().findGroup(GROUP_NAME)
    assert group is not None and len(group.findLayers()) == len(LAYER_NAMES)
    assert messages.get_messages(Qgis.Critical) == []


def test_counts_and_figures_follow_committed_edits(dock, tmp_path):
    store = create_store(str(tmp_path / "fuzuli.gpkg"))
    assert dock.session.open_store_at(store.location)
    wait_for_figures(dock)
    shown_before = len(dock.shown)

    square = QgsGeometry.fromWkt("MULTIPOLYGON(((47.00 39.60, 47.01 39.60, 47.01 39.61, 47.00 39.61, 47.00 39.60)))")
    road = QgsGeometry.fromWkt("MULTILINESTRING((47.00 39.60, 47.02 39.62, 47.05 39.62))")
    day = QDate(2021, 11, 24)

    released = project_layer("cleared_areas")
    with edit(released):
        assert released.addFeature(new_feature(released, square, release_id="LR-000001", release_method="cleared",
                                               technique="mechanical", released_on=day, district="Fuzuli"))
    items = project_layer("detections")
    point = QgsGeometry.fromWkt("POINT(47.005 39.605)")
    with edit(items):
        assert items.addFeature(new_feature(items, point, item_id="D-000001", category="AP", quantity=3,
                                            found_on=day))
        assert items.addFeature(new_feature(items, point, item_id="D-000002", category="AT", quantity=2,
                                            found_on=day))
    routes = project_layer("cleared_routes")
    with edit(routes):
        assert routes.addFeature(new_feature(routes, road, route_id="RT-0001", cleared_on=day))
    accidents = project_layer("accidents")
    with edit(accidents):
        assert accidents.addFeature(new_feature(accidents, point, accident_id="A-0001", occurred_on=day,
                                                killed=1, injured=2, civilian=True, activity="farming"))

    wait_until(lambda: len(dock.shown) > shown_before and counts_shown(dock)["accidents"] == "1",
               timeout=20.0, what="figures after the edits")

    expected_counts = {name: "0" for name in LAYER_NAMES}
    expected_counts.update(cleared_areas="1", detections="2", cleared_routes="1", accidents="1")
    assert counts_shown(dock) == expected_counts
    area = true_area_ha(square)
    assert 90 < area < 100  # a 0.01 degree square at 39.6 N
    assert figure(dock, "released_ha") == f"{area:,.2f} ha"
    assert figure(dock, "released_ha.cleared") == f"{area:,.2f} ha"
    assert figure(dock, "released_ha.reduced") == "0.00 ha"
    assert figure(dock, "items_total") == "5"
    assert figure(dock, "items.AP") == "3"
    assert figure(dock, "items.AT") == "2"
    assert figure(dock, "route_km") == f"{true_length_km(road):,.1f} km"
    assert figure(dock, "accidents") == "1"
    assert figure(dock, "killed") == "1"
    assert figure(dock, "injured") == "2"
    assert figure(dock, "civilians_killed") == "1"
    assert figure(dock, "civilians_injured") == "2"


def _text_file_named_gpkg(tmp_path: Path) -> Path:
    path = tmp_path / "minefield_notes.gpkg"
    path.write_text("Aghdam, 12 June 2021: map of about 97,000 mines\n", encoding="utf-8")
    return path


def _plain_geopackage(tmp_path: Path) -> Path:
    return plain_geopackage(tmp_path / "roads.gpkg")


@pytest.mark.parametrize(
    ("make_file", "expected"),
    [
        (_text_file_named_gpkg, "minefield_notes.gpkg is not a GeoPackage"),
        (_plain_geopackage, "roads.gpkg is a GeoPackage but not a Demining project store"),
    ],
)
def test_opening_a_file_that_is_not_a_store_says_why_and_changes_nothing(
    dock, file_dialog, tmp_path, messages, make_file, expected
):
    store = create_store(str(tmp_path / "current.gpkg"))
    assert dock.session.open_store_at(store.location)
    wait_for_figures(dock)
    layers_before = set(QgsProject.instance().mapLayers())
    logged = []

    def log(text, tag, level):
        logged.append((tag, text))

    QgsApplication.messageLog().messageReceived.connect(log)
    try:
        file_dialog.path = str(make_file(tmp_path))
        dock.open_button.click()
        QCoreApplication.processEvents()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(log)

    errors = messages.get_messages(Qgis.Critical)
    assert len(errors) == 1
    assert expected in errors[0]
    assert any(tag == "Demining" and expected in text for tag, text in logged)
    assert set(QgsProject.instance().mapLayers()) == layers_before
    assert dock.store_label.text() == "current.gpkg"
    assert dock.session.store.location == store.location


def test_dropping_files_opens_stores_and_leaves_other_files_to_qgis(dock, tmp_path, messages):
    handler = StoreDropHandler(dock.session)
    other = plain_geopackage(tmp_path / "roads.gpkg")
    text = tmp_path / "readme.txt"
    text.write_text("not a store", encoding="utf-8")

    assert handler.handleFileDrop(str(other)) is False
    assert handler.handleFileDrop(str(text)) is False
    assert handler.handleFileDrop(str(tmp_path / "missing.gpkg")) is False
    assert QgsProject.instance().mapLayers() == {}

    store = create_store(str(tmp_path / "aghdam.gpkg"))
    assert handler.handleFileDrop(store.location) is True
    wait_for_figures(dock)
    group = QgsProject.instance().layerTreeRoot().findGroup(GROUP_NAME)
    assert sorted(layer.layer().customProperty("demining/layer") for layer in group.findLayers()) == sorted(LAYER_NAMES)
    assert dock.store_label.text() == "aghdam.gpkg"
    assert messages.get_messages(Qgis.Critical) == []


def test_reading_a_project_with_a_store_shows_it(dock, tmp_path):
    store = create_store(str(tmp_path / "shusha.gpkg"))
    project = QgsProject.instance()
    add_store_to_project(store, project)
    project_file = tmp_path / "shusha.qgz"
    assert project.write(str(project_file))

    project.clear()
    assert dock.store_label.text() == "No store open"
    assert dock.figures_tree.topLevelItemCount() == 0

    shown = len(dock.shown)
    assert project.read(str(project_file))
    wait_for_figures(dock, shown)
    assert dock.store_label.text() == "shusha.gpkg"
    assert counts_shown(dock) == {name: "0" for name in LAYER_NAMES}


def test_load_demo_builds_in_the_background_then_opens_the_store(dock, tmp_path, messages):
    demo_path = tmp_path / "profile" / "demining" / "demo" / "demo.gpkg"
    calls = []

    class Build:
        """The staged build the session drives: made in the main thread, filled in a worker,
        finished back in the main thread."""

        def __init__(self, path, seed, progress, is_canceled, log):
            self.path, self.progress = path, progress
            calls.append(("prepare", path, seed, threading.current_thread() is threading.main_thread()))

        def fill(self):
            calls.append(("fill", threading.current_thread() is threading.main_thread()))
            self.progress(50.0)

        def finish(self, figures=True):
            calls.append(("finish", figures, threading.current_thread() is threading.main_thread()))
            create_store(self.path)  # QGIS layers (styles): main thread only

        def discard(self):
            calls.append(("discard",))

    build = Build
    dock.session.demo_builder = build
    dock.session.demo_path_provider = lambda: demo_path

    dock.demo_button.click()
    assert not dock.demo_button.isEnabled()
    assert not dock.demo_progress.isHidden()
    wait_for_figures(dock)

    # Prepared and finished in the main thread, filled off it, once.
    assert calls == [("prepare", str(demo_path), 2021, True), ("fill", False), ("finish", False, True),
                     ("discard",)]
    assert dock.store_label.text() == "demo.gpkg"
    assert dock.demo_button.isEnabled()
    assert dock.demo_progress.isHidden()
    assert any("demo store is open" in m for m in messages.get_messages(Qgis.Success))

    # The second time the existing demo opens straight away.
    shown = len(dock.shown)
    dock.demo_button.click()
    wait_for_figures(dock, shown)
    assert len(calls) == 4


def test_load_demo_reports_a_failed_build(dock, tmp_path, messages):
    def build(path, **_kwargs):
        from demining_plugin.core.errors import DeminingError

        raise DeminingError("Demo scenario file karabakh_2021.json is missing from the plugin.")

    dock.session.demo_builder = build
    dock.session.demo_path_provider = lambda: tmp_path / "demo" / "demo.gpkg"
    dock.demo_button.click()
    wait_until(lambda: not dock.session.demo_busy, timeout=20.0, what="the demo task to end")
    assert messages.get_messages(Qgis.Critical) == [
        "Demining:Demo scenario file karabakh_2021.json is missing from the plugin."
    ]
    assert dock.demo_button.isEnabled()
    assert dock.store_label.text() == "No store open"


def test_numbers_follow_the_locale():
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        assert format_hectares(13177) == "13,177.00 ha"
        assert format_km(616.04) == "616.0 km"
        assert format_count(16860) == "16,860"
        QLocale.setDefault(QLocale(QLocale.German, QLocale.Germany))
        assert format_hectares(12800.456) == "12.800,46 ha"
        assert format_km(0.26) == "0,3 km"
        assert format_count(16860) == "16.860"
    finally:
        QLocale.setDefault(previous)


def test_demo_store_lives_in_the_qgis_profile():
    path = session_module.demo_store_path()
    assert path.parts[-3:] == ("demining", "demo", "demo.gpkg")
    assert str(path).startswith(str(Path(QgsApplication.qgisSettingsDirPath())))


STRESS_SCRIPT = r"""
import random, sys, time
from pathlib import Path
from osgeo import ogr
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

app = QgsApplication([], True)
app.initQgis()
sys.path.insert(0, sys.argv[1])
from demining_plugin.core.store import create_store
from demining_plugin.core.store.styles import add_store_to_project
from demining_plugin.gui.session import StoreSession
from tests.helpers import wait_until

folder = Path(sys.argv[2])
store = create_store(str(folder / "stress.gpkg"))
ds = ogr.Open(store.location, 1)
released = ds.GetLayerByName("cleared_areas")
items = ds.GetLayerByName("detections")
ds.StartTransaction()
for i in range(3000):
    x, y = 47.0 + (i % 60) * 0.002, 39.5 + (i // 60) * 0.002
    feature = ogr.Feature(released.GetLayerDefn())
    feature.SetField("release_id", "LR-%06d" % i)
    feature.SetField("release_method", ("cleared", "reduced", "cancelled")[i % 3])
    feature.SetField("released_on", "2021-11-24")
    feature.SetGeometry(ogr.CreateGeometryFromWkt(
        "MULTIPOLYGON(((%f %f,%f %f,%f %f,%f %f,%f %f)))"
        % (x, y, x + 0.0025, y, x + 0.0025, y + 0.0025, x, y + 0.0025, x, y)))
    released.CreateFeature(feature)
for i in range(20000):
    feature = ogr.Feature(items.GetLayerDefn())
    feature.SetField("item_id", "D-%06d" % i)
    feature.SetField("category", ("AP", "AT", "UXO")[i % 3])
    feature.SetField("quantity", 1)
    feature.SetField("found_on", "2021-11-24")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT(%f %f)" % (47.0 + (i % 200) * 0.0005, 39.5)))
    items.CreateFeature(feature)
ds.CommitTransaction()
ds = None

project = QgsProject.instance()
# QGIS keeps its window alive while a project loads: events are processed between layers.
project.layerLoaded.connect(lambda *args: QCoreApplication.processEvents())
session = StoreSession(None, project)
session.start()
ready = []
session.figures_ready.connect(ready.append)
add_store_to_project(store, project)
project_file = str(folder / "stress.qgz")
assert project.write(project_file)
rng = random.Random(7)
for _ in range(8):
    shown = len(ready)
    assert project.read(project_file)
    deadline = time.monotonic() + rng.uniform(0.0, 0.6)
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)
deadline = time.monotonic() + 60
def busy():
    return len(ready) == shown or session._figures_task or session._figures_timer.isActive()
while busy() and time.monotonic() < deadline:
    QCoreApplication.processEvents()
    time.sleep(0.01)
figures = ready[-1]
print(figures.feature_counts["cleared_areas"], figures.items_total)
session.stop()
app.exitQgis()
"""


def test_reading_projects_while_figures_are_computed_does_not_deadlock(tmp_path):
    """Regression: opening store layers in a worker while QGIS reads a project hung QGIS.

    Runs in its own process so that a deadlock fails the test instead of hanging the run.
    """
    import os
    import subprocess
    import sys

    script = tmp_path / "stress.py"
    script.write_text(STRESS_SCRIPT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        done = subprocess.run(
            [sys.executable, str(script), str(REPO_ROOT), str(tmp_path)],
            capture_output=True, text=True, timeout=240, env=env,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("reading the project while figures were computed deadlocked")
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split()[-2:] == ["3000", "20000"]


def test_a_project_whose_store_is_gone_says_so(dock, tmp_path, messages, caplog):
    store = create_store(str(tmp_path / "gubadli.gpkg"))
    project = QgsProject.instance()
    add_store_to_project(store, project)
    project_file = tmp_path / "gubadli.qgz"
    assert project.write(str(project_file))
    project.clear()
    Path(store.location).unlink()

    assert project.read(str(project_file))
    QCoreApplication.processEvents()

    warnings = messages.get_messages(Qgis.Warning)
    assert len(warnings) == 1
    assert warnings[0] == "Demining:This project's Demining store gubadli.gpkg cannot be opened."
    # Why, with the full location, behind "More" and in the log.
    assert any("cannot be opened" in r.getMessage() and f"{store.location} does not exist" in r.getMessage()
               for r in caplog.records if r.name == "qgis.messagelog")
    assert dock.store_label.text() == "No store open"
    assert messages.get_messages(Qgis.Critical) == []
