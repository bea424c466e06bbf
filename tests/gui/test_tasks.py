"""The background-work contract of ``gui/tasks.py``: workers never open QGIS layers.

- the guard: ``ProjectStore.layer()`` off the main thread fails at once, naming the caller;
- ``BackgroundTask.open_store()`` opens the layers in the main thread, the worker reads them,
  ``finished()`` lets them go in the main thread;
- a worker that reads the GeoPackage through GDAL/OGR handles of its own, while the main
  thread keeps creating and releasing QGIS layers on the same file, never deadlocks;
- every task class of the plugin derives from the one base class.
"""

import importlib
import inspect
import pkgutil
import threading
import time

import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsTask, edit
from qgis.PyQt.QtCore import QCoreApplication, QDate

import demining_plugin.gui as gui_package
from demining_plugin.core.store import create_store
from demining_plugin.core.threads import ThreadingError, processing_thread, require_main_thread
from demining_plugin.gui.tasks import BackgroundTask
from tests.helpers import wait_until


def wait_for(task) -> None:
    wait_until(lambda: task.status() in (QgsTask.Complete, QgsTask.Terminated) and task.done,
               what=f"task {task.description()} to end")


class RecordingTask(BackgroundTask):
    """Runs ``body(task)`` in the worker and notes which thread ``finished()`` ran in."""

    def __init__(self, body, store=None, names=None):
        super().__init__("test task", on_finished=self._note)
        self.body = body
        self.done = False
        self.finished_on_main = None
        self.view = self.open_store(store, names) if store is not None else None

    def work(self):
        return self.body(self)

    def _note(self, _task):
        self.finished_on_main = threading.current_thread() is threading.main_thread()
        self.done = True


@pytest.fixture
def store(tmp_path, qgis_new_project):
    store = create_store(str(tmp_path / "guard.gpkg"))
    layer = store.layer("detections")
    with edit(layer):
        for k in range(25):
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(47.0 + k / 1000, 40.1)))
            feature.setAttribute("item_id", f"D-{k + 1:06d}")
            feature.setAttribute("category", "AT")
            feature.setAttribute("found_on", QDate(2021, 11, 22))
            feature.setAttribute("quantity", 1)
            assert layer.addFeature(feature)
    return store


def test_a_task_opening_a_store_layer_in_its_worker_fails_with_the_guards_message(store):
    task = RecordingTask(lambda t: store.layer("detections"))
    QgsApplication.taskManager().addTask(task)
    wait_for(task)
    assert task.result is None
    assert isinstance(task.error, ThreadingError)
    message = str(task.error)
    assert message.startswith("ProjectStore.layer('detections') called off the main thread by ")
    # The caller is named: the lambda in this test module, with its line.
    assert "test_tasks.py:" in message and "<lambda>" in message
    assert task.finished_on_main is True


def test_a_task_reads_layers_opened_for_it_in_the_main_thread_and_releases_them_there(store):
    def body(task):
        layer = task.view.layer("detections")
        return sorted(f["item_id"] for f in layer.getFeatures())

    task = RecordingTask(body, store, ["detections"])
    opened = task.view.layer("detections")
    QgsApplication.taskManager().addTask(task)
    wait_for(task)
    assert task.error is None
    assert task.result == [f"D-{k:06d}" for k in range(1, 26)]
    assert task.finished_on_main is True
    # Released in finished(): the view no longer holds the layer; asking for it again in the
    # main thread opens a new one (allowed there).
    assert task.view.layer("detections") is not opened


def test_a_layer_not_opened_beforehand_is_refused_in_the_worker(store):
    task = RecordingTask(lambda t: t.view.layer("accidents"), store, ["detections"])
    QgsApplication.taskManager().addTask(task)
    wait_for(task)
    assert isinstance(task.error, ThreadingError)
    assert "ProjectStore.layer('accidents')" in str(task.error)


def test_the_guard_lets_the_main_thread_and_processing_threads_through(store):
    assert store.layer("detections").isValid()
    errors = []

    def in_processing():
        try:
            with processing_thread():
                require_main_thread("opening a layer")
            require_main_thread("opening a layer")
        except ThreadingError as error:
            errors.append(str(error))

    worker = threading.Thread(target=in_processing, name="processing-like")
    worker.start()
    worker.join()
    # Allowed inside the Processing block, refused after it, in the same thread.
    assert len(errors) == 1 and "opening a layer called off the main thread" in errors[0]
    assert "processing-like" in errors[0]


def test_an_ogr_reader_in_a_worker_never_deadlocks_with_layers_made_in_the_main_thread(store):
    """The worker reads the file through its own GDAL handles, over and over, while the main
    thread creates and releases QGIS layers on the same GeoPackage (as reading a project
    does): both finish, with every row read every time."""
    path = str(store.path)

    def body(task):
        counts = []
        for _ in range(60):
            ds = ogr.Open(path)
            layer = ds.GetLayerByName("detections")
            counts.append(sum(1 for _feature in layer))
            ds = None
        return counts

    task = RecordingTask(body)
    QgsApplication.taskManager().addTask(task)
    made = 0
    deadline = time.monotonic() + 60
    while not task.done:
        assert time.monotonic() < deadline, "deadlock: the OGR worker or the main thread stopped"
        for name in ("detections", "cleared_areas", "regions"):
            layer = store.layer(name)
            assert layer.isValid()
            del layer
            made += 1
        QCoreApplication.processEvents()
    assert task.error is None
    assert task.result == [25] * 60
    assert made > 0


def test_every_task_class_of_the_gui_derives_from_the_one_base_class():
    found = []
    for info in pkgutil.iter_modules(gui_package.__path__):
        module = importlib.import_module(f"demining_plugin.gui.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, QgsTask):
                found.append(cls)
                assert issubclass(cls, BackgroundTask), f"{cls.__module__}.{cls.__name__} bypasses BackgroundTask"
    names = {cls.__name__ for cls in found}
    assert {"FiguresTask", "DemoBuildTask", "TotalsTask", "AccuracyTask", "ChecksTask", "ImportTask",
            "FieldMapTask", "ItemsTask"} <= names


def test_a_geopackage_held_open_keeps_its_wal_files_when_other_connections_close(store):
    import sqlite3

    path = store.path

    def journal_mode():
        with sqlite3.connect(str(path)) as con:
            return con.execute("PRAGMA journal_mode").fetchone()[0]

    hold = store.hold_open()
    try:
        assert hold.holding and journal_mode() == "wal"
        for _ in range(3):  # readers and QGIS layers come and go, as at a desktop start
            ds = ogr.Open(str(path))
            assert sum(1 for _feature in ds.GetLayerByName("detections")) == 25
            ds = None
            layer = store.layer("accidents")
            with edit(layer):  # opened for writing, then closed: QGIS switches the journal back
                pass
            del layer
        assert journal_mode() == "wal"
        assert path.with_name(path.name + "-wal").exists() and path.with_name(path.name + "-shm").exists()
    finally:
        hold.close()


def test_panels_reading_a_store_in_the_background_never_break_the_projects_reads(demo_copy, tmp_path, qgis_new_project):
    """At every desktop start the panels' tasks and QGIS's own layers read the same
    GeoPackage at once; without the session holding the file, QGIS's reads in the main
    thread failed ("unable to open database file", about 90 times in this test)."""
    import shutil
    import sqlite3

    from osgeo import gdal
    from qgis.core import QgsProject

    from demining_plugin.core.reports.item_list import ItemFilter
    from demining_plugin.gui.items_dock import ItemsTask
    from demining_plugin.gui.minemaps_dock import AccuracyTask
    from demining_plugin.gui.session import StoreSession
    from demining_plugin.gui.tasks import FiguresTask
    from demining_plugin.gui.totals_model import TotalsTask

    path = tmp_path / "demo.gpkg"
    shutil.copyfile(demo_copy, path)
    with sqlite3.connect(str(path)) as con:  # as a file written by another program arrives
        con.execute("PRAGMA journal_mode=DELETE")
    failures = []

    def on_gdal_error(_cls, _number, message):
        if "unable to open database file" in message:
            failures.append((threading.current_thread().name, message))

    session = StoreSession(None, QgsProject.instance())
    gdal.PushErrorHandler(on_gdal_error)
    try:
        session.start()
        assert session.open_store_at(str(path), zoom=False)
        store = session.store
        layers = {layer.customProperty("demining/layer"): layer for layer in session.store_layers()}
        done = []
        tasks = [FiguresTask(store, done.append), TotalsTask(store, done.append), AccuracyTask(store, 10, done.append),
                 ItemsTask(store, ItemFilter(), done.append)]
        for task in tasks:
            QgsApplication.taskManager().addTask(task)
        deadline = time.monotonic() + 120
        districts = set()
        while len(done) < len(tasks):
            assert time.monotonic() < deadline, "the panels' tasks did not finish"
            regions = layers["regions"]
            districts = set(regions.uniqueValues(regions.fields().indexOf("name")))
            layers["accidents"].featureCount()
            QCoreApplication.processEvents()
            time.sleep(0.01)
        assert [task.error for task in tasks] == [None] * 4
        assert len(districts) == 11  # the project's own read of the districts, still whole
    finally:
        gdal.PopErrorHandler()
        session.stop()
        QgsProject.instance().clear()
    assert failures == []
