"""What the test modules share, written once: waiting on the Qt event loop, a pinned
English locale, files and layers built for a test, a store session on the ground of
``ground.py``, a click on a real map canvas, the release dialog's answers, and the
bookkeeping of the property tests that throw bad input at the plugin.

Fixtures built on these live in ``tests/conftest.py``; geometry on the ground and the
independent (pyproj) measurements live in ``tests/ground.py``.
"""

import datetime
import hashlib
import sqlite3
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from osgeo import ogr, osr
from qgis.core import QgsFeature, QgsPointXY, QgsProject, QgsRectangle, QgsVectorLayer, edit
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPoint, Qt

from tests import REPO_ROOT
from tests.ground import UTM, X0, Y0

SEEDS = REPO_ROOT / "seeds"


# -- the event loop ----------------------------------------------------------------------------

def threads_calling(monkeypatch, module, name: str) -> list:
    """The threads that call ``module.name`` from now on (the call still does its work): a test
    that work runs off the main thread."""
    import threading

    seen = []
    original = getattr(module, name)

    def watched(*args, **kwargs):
        seen.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, watched)
    return seen


def wait_until(condition, timeout: float = 30.0, what: str = "condition", pause: float = 0.005) -> None:
    """Let Qt process events until ``condition()`` is true; fail naming ``what`` once
    ``timeout`` seconds have gone by (the bound only stops a test that would hang)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        QCoreApplication.processEvents()
        time.sleep(pause)


# -- the locale --------------------------------------------------------------------------------

@contextmanager
def default_locale(language=QLocale.English, country=QLocale.UnitedStates):
    """QLocale's default pinned (number and date texts are then exact), restored after."""
    previous = QLocale()
    QLocale.setDefault(QLocale(language, country))
    try:
        yield
    finally:
        QLocale.setDefault(previous)


# -- files -------------------------------------------------------------------------------------

def file_digest(path) -> str:
    """SHA-256 of a file's bytes: equal before and after means the file was not touched."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def sqlite_integrity(path) -> str:
    """SQLite's ``PRAGMA integrity_check`` of a GeoPackage ("ok" when sound)."""
    con = sqlite3.connect(str(path))
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def ogr_file(path: Path, driver: str, layer: str, geometry_type) -> Path:
    """A file of another program: one empty EPSG:4326 layer written with OGR's ``driver``."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    ds.CreateLayer(layer, srs=srs, geom_type=geometry_type)
    ds = None  # noqa: F841 (closes the file)
    return path


def plain_geopackage(path: Path) -> Path:
    """A GeoPackage that is not a project store (one ``roads`` line layer)."""
    return ogr_file(path, "GPKG", "roads", ogr.wkbLineString)


# -- panels ------------------------------------------------------------------------------------

@contextmanager
def totals_dock_on(store, iface, ready=lambda widget: widget.totals is not None, what="the totals"):
    """A Totals panel showing ``store`` (added to the project), its computed runs recorded in
    ``computed_runs``, once ``ready``; torn down, with the project cleared, afterwards."""
    from demining_plugin.core.store.styles import add_store_to_project
    from demining_plugin.gui.totals_dock import TotalsDock

    add_store_to_project(store, QgsProject.instance())
    widget = TotalsDock(iface, project=QgsProject.instance())
    widget.computed_runs = []
    widget.computed.connect(widget.computed_runs.append)
    widget.show_store(store)
    wait_until(lambda: ready(widget), what=what)
    try:
        yield widget
    finally:
        widget.teardown()
        widget.deleteLater()
        QgsProject.instance().clear()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


# -- layers ------------------------------------------------------------------------------------

def memory_polygons(*geometries, crs="EPSG:32638") -> QgsVectorLayer:
    """A memory layer of polygons without attributes, as a user draws them."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}", "drawn", "memory")
    features = []
    for g in geometries:
        f = QgsFeature()
        f.setGeometry(g)
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def add_features(layer, rows) -> None:
    """Add ``(geometry, {field: value})`` rows to a layer in one edit session (dates as QDate)."""
    with edit(layer):
        for geometry, values in rows:
            feature = QgsFeature(layer.fields())
            feature.setGeometry(geometry)
            for name, value in values.items():
                if isinstance(value, datetime.date):
                    value = QDate(value.year, value.month, value.day)
                feature.setAttribute(name, value)
            assert layer.addFeature(feature), layer.name()


# -- the store session and the map canvas ------------------------------------------------------

def open_session(iface, store, canvas=None, extent_m: float = None):
    """A started ``StoreSession`` with ``store`` open; the canvas, when given, in UTM 38N
    over ``extent_m`` metres from (X0, Y0)."""
    from demining_plugin.gui.session import StoreSession

    session = StoreSession(iface)
    session.start()
    assert session.open_store_at(store.location, zoom=False)
    if canvas is not None:
        canvas.setDestinationCrs(UTM)
        if extent_m is not None:
            canvas.setExtent(QgsRectangle(X0, Y0, X0 + extent_m, Y0 + extent_m))
    return session


def click(tool, canvas, x, y, button=Qt.LeftButton) -> QgsPointXY:
    """Release a mouse button over UTM point (X0 + x, Y0 + y) of a map tool on a real
    canvas; the map point it hit (read before the tool sees the event)."""
    pixel = canvas.getCoordinateTransform().transform(X0 + x, Y0 + y)
    event = QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, QPoint(round(pixel.x()), round(pixel.y())), button)
    point = QgsPointXY(event.mapPoint())
    tool.canvasReleaseEvent(event)
    return point


def item_counts_by_sql(path, where: str, params) -> dict:
    """Items found per category in a GeoPackage store, counted by SQL (a record's
    ``quantity``, 1 when empty), under a ``WHERE`` clause."""
    with sqlite3.connect(str(path)) as con:
        return dict(con.execute(f"SELECT category, SUM(COALESCE(quantity, 1)) FROM detections {where} "
                                "GROUP BY category", params).fetchall())


# -- bad input at random (hypothesis) ----------------------------------------------------------

#: Settings of the property tests that throw bad input at the plugin: reproducible examples,
#: no per-example deadline (a store write takes what it takes).
HYPOTHESIS = dict(deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


class BadInputs:
    """Bad inputs tried per kind (``tried``) and what became of them (``outcomes``: accepted
    or refused with the user's message), for the line a module prints at its end."""

    def __init__(self):
        self.tried = Counter()
        self.outcomes = Counter()

    def __str__(self) -> str:
        return f"\nbad inputs tried: {sum(self.tried.values())} {dict(self.tried)}; outcomes {dict(self.outcomes)}"

    def reported_at_the_end(self):
        """A module fixture (assign it to a name in the test module) that prints the tally
        once the module's tests have run."""

        @pytest.fixture(scope="module", autouse=True)
        def report_bad_inputs():
            yield
            print(self)

        return report_bad_inputs


def refused_clearly(error: Exception) -> str:
    """The message of a refusal, which must be a sentence for the user (no traceback)."""
    message = str(error)
    assert message.strip() and "Traceback" not in message, repr(error)
    return message


# -- what a user types --------------------------------------------------------------------------

#: The day of the releases ``release_details`` describes.
RELEASED_ON = datetime.date(2021, 11, 23)


def release_details(**kw):
    """The release dialog's answers: land cleared by hand by team MC-1 of ANAMA on RELEASED_ON;
    ``kw`` changes any of them."""
    from demining_plugin.core.release.marking import ReleaseDetails

    values = dict(method="cleared", technique="manual", organisation="ANAMA", team="MC-1", released_on=RELEASED_ON)
    values.update(kw)
    return ReleaseDetails(**values)


def drop_gpkg_history(path) -> None:
    """Remove a GeoPackage store's history table and triggers (a store of data model 4 or older
    had none; SQLite also refuses to drop a column its triggers name)."""
    con = sqlite3.connect(str(path))
    try:
        with con:
            names = [row[0] for row in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'demining_history_%'")]
            for name in names:
                con.execute(f'DROP TRIGGER "{name}"')
            con.execute("DROP TABLE IF EXISTS demining_history")
            for table in ("gpkg_contents", "gpkg_ogr_contents", "gpkg_data_columns"):
                con.execute(f"DELETE FROM {table} WHERE table_name = 'demining_history'")
    finally:
        con.close()
