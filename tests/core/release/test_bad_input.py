"""Bad input thrown at mark-cleared and sectorise, at random (hypothesis).

Whatever comes in, each call either works or refuses with a message meant for the user
(``DeminingError``, ``QgsProcessingException``): never another exception. A refused
or interrupted operation leaves the store byte-for-byte as it was, and the store stays a
sound GeoPackage (``PRAGMA integrity_check``, GDAL's ``validate_gpkg.py``), including
when the writing process is killed with SIGKILL in the middle of its transaction.
"""

import datetime
import math
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from demining_plugin.core.errors import DeminingError, StoreError
from demining_plugin.core.model.changes import GEOMETRY_KEY, ChangeSet
from demining_plugin.core.release.marking import ReleaseDetails, mark_released
from demining_plugin.core.release.sectors import sector_task_changes, sectorise
from demining_plugin.core.store import create_store, open_store
from tests import REPO_ROOT
from tests.ground import WGS84, X0, Y0, to_wgs84, two_districts_and_a_hazard, utm_box
from tests.helpers import HYPOTHESIS, BadInputs, refused_clearly, sqlite_integrity

VALIDATE_GPKG = Path("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py")
DAY = datetime.date(2021, 11, 23)
TALLY = BadInputs()
TRIED, OUTCOMES = TALLY.tried, TALLY.outcomes
report_bad_inputs = TALLY.reported_at_the_end()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The two districts, 100 ha CHA H-0001 and task T-0001, built once and copied per example."""
    path = tmp_path_factory.mktemp("template") / "template.gpkg"
    create_store(str(path)).apply(two_districts_and_a_hazard())
    return path


@pytest.fixture
def copier(template, tmp_path):
    counter = iter(range(10**6))

    def fresh():
        path = tmp_path / f"store{next(counter)}.gpkg"
        shutil.copyfile(template, path)
        return open_store(str(path))

    return fresh


@pytest.fixture(scope="module")
def shared(template, tmp_path_factory):
    """One store and its layers for a whole hypothesis run (opening layers per example is
    what would make it slow); each example undoes what it stored."""
    path = tmp_path_factory.mktemp("shared") / "shared.gpkg"
    shutil.copyfile(template, path)
    store = open_store(str(path))
    return store, store.layers()


def reload(layers) -> None:
    for layer in layers.values():
        layer.dataProvider().reloadData()


def gdal_validates(path) -> None:
    result = subprocess.run([sys.executable, str(VALIDATE_GPKG), str(path)], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0 and result.stderr.strip() == "", result.stdout + result.stderr


# -- malformed geometries -------------------------------------------------------------------------

COORD = st.floats(min_value=-500, max_value=2500, allow_nan=False)
NAN = float("nan")


def ground(x, y) -> QgsPointXY:
    return to_wgs84(QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))).asPoint()


@st.composite
def malformed_geometry(draw):
    kind = draw(st.sampled_from(["fine", "self-intersecting", "empty", "null", "nan", "inf", "collapsed", "one point",
                                 "multipart", "point", "line", "far outside", "whole world", "random ring",
                                 "hole bigger than shell"]))
    TRIED[f"geometry: {kind}"] += 1
    xs = draw(st.lists(COORD, min_size=4, max_size=4))
    x0, y0, x1, y1 = min(xs[0], xs[1]), min(xs[2], xs[3]), max(xs[0], xs[1]) + 1, max(xs[2], xs[3]) + 1
    if kind == "fine":  # a sound polygon between the bad ones: it must be stored
        return to_wgs84(utm_box(x0, y0, x1, y1))
    if kind == "self-intersecting":
        return QgsGeometry.fromPolygonXY([[ground(x0, y0), ground(x1, y1), ground(x1, y0), ground(x0, y1),
                                           ground(x0, y0)]])
    if kind == "empty":
        return QgsGeometry.fromWkt("POLYGON EMPTY")
    if kind == "null":
        return QgsGeometry()
    if kind in ("nan", "inf"):
        bad = NAN if kind == "nan" else math.inf
        return QgsGeometry.fromPolygonXY([[ground(x0, y0), QgsPointXY(bad, ground(x1, y1).y()), ground(x1, y0),
                                           ground(x0, y0)]])
    if kind == "collapsed":
        return QgsGeometry.fromPolygonXY([[ground(x0, y0), ground(x1, y1), ground(x0, y0), ground(x0, y0)]])
    if kind == "one point":
        p = ground(x0, y0)
        return QgsGeometry.fromPolygonXY([[p, p, p, p]])
    if kind == "multipart":
        boxes = [to_wgs84(utm_box(x0, y0, x1, y1)), to_wgs84(utm_box(x0 + 100, y0 + 100, x1 + 100, y1 + 100))]
        return QgsGeometry.collectGeometry(boxes)
    if kind == "point":
        return QgsGeometry.fromPointXY(ground(x0, y0))
    if kind == "line":
        return QgsGeometry.fromPolylineXY([ground(x0, y0), ground(x1, y1)])
    if kind == "far outside":
        return QgsGeometry.fromWkt(f"POLYGON(({170 + x0 / 1e4} -50, 171 -50, 171 -49, {170 + x0 / 1e4} -50))")
    if kind == "whole world":
        return QgsGeometry.fromWkt("POLYGON((-180 -90, 180 -90, 180 90, -180 90, -180 -90))")
    if kind == "hole bigger than shell":
        return QgsGeometry.fromPolygonXY([
            [ground(x0, y0), ground(x0, y1), ground(x1, y1), ground(x1, y0), ground(x0, y0)],
            [ground(x0 - 50, y0 - 50), ground(x0 - 50, y1 + 50), ground(x1 + 50, y1 + 50), ground(x1 + 50, y0 - 50),
             ground(x0 - 50, y0 - 50)]])
    ring = [ground(x, y) for x, y in draw(st.lists(st.tuples(COORD, COORD), min_size=0, max_size=7))]
    return QgsGeometry.fromPolygonXY([ring + ring[:1]])


GOOD_DETAILS = st.builds(ReleaseDetails, method=st.sampled_from(["cleared", "reduced", "cancelled"]),
                         technique=st.sampled_from([None, "manual", "mechanical"]),
                         released_on=st.dates(datetime.date(2020, 11, 10), datetime.date(2022, 6, 1)),
                         task_id=st.sampled_from([None, "T-0001"]))
BAD_DETAILS = st.builds(
    ReleaseDetails,
    method=st.sampled_from(["cleared", "reduced", "cancelled", "Cleared", "", "bulldozed"]),
    technique=st.sampled_from([None, "", "manual", "mdd", "magic"]),
    released_on=st.one_of(st.dates(datetime.date(1990, 1, 1), datetime.date(2030, 1, 1)), st.none()),
    depth_cm=st.one_of(st.none(), st.integers(-100, 900)),
    task_id=st.sampled_from([None, "T-0001", "T-9999", " T-0001", "'; DROP TABLE hazard_areas; --"]),
)
DETAILS = st.one_of(GOOD_DETAILS, GOOD_DETAILS, BAD_DETAILS)


def stored_releases_are_valid(store) -> bool:
    return all(f.geometry().isGeosValid() and not f.geometry().isEmpty()
               for f in store.layer("cleared_areas").getFeatures())


@settings(max_examples=40, **HYPOTHESIS)
@given(geometry=malformed_geometry(), details=DETAILS, fail_at_commit=st.booleans())
def test_mark_cleared_takes_any_geometry(shared, geometry, details, fail_at_commit):
    store, layers = shared
    before = Path(store.location).read_bytes()

    def interrupt():
        raise RuntimeError("power cut")

    try:
        plan = mark_released(store, geometry, WGS84, details, layers=layers,
                             before_commit=interrupt if fail_at_commit else None)
    except DeminingError as error:
        message = refused_clearly(error)
        OUTCOMES["mark cleared refused"] += 1
        assert Path(store.location).read_bytes() == before, message
        if isinstance(error, StoreError):
            assert "power cut" in message
        return
    OUTCOMES["mark cleared stored or nothing to store"] += 1
    assert not fail_at_commit or Path(store.location).read_bytes() == before
    assert sqlite_integrity(store.location) == "ok"
    reload(layers)
    assert stored_releases_are_valid(store)
    if plan.undo is not None:
        store.apply(plan.undo)
        reload(layers)
    assert released_rows(store) == []


def polygon_layer(geometries) -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "drawn", "memory")
    layer.dataProvider().addAttributes([QgsField("task_id", QVariant.String)])
    layer.updateFields()
    features = []
    for geometry in geometries:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@settings(max_examples=20, **HYPOTHESIS)
@given(geometries=st.lists(malformed_geometry(), min_size=1, max_size=3),
       date=st.sampled_from(["2021-11-23", "2021-11-23", "2099-01-01", "23/11/2021", "", "2021-02-30"]),
       task=st.sampled_from(["", "T-0001", "T-9999"]))
def test_markcleared_algorithm_takes_any_layer(copier, processing_provider, geometries, date, task):
    import processing

    store = copier()
    before = Path(store.location).read_bytes()
    try:
        processing.run("demining:markcleared", {"STORE": store.location, "INPUT": polygon_layer(geometries),
                                                "METHOD": "cleared", "DATE": date, "TASK_ID": task})
    except QgsProcessingException as error:
        refused_clearly(error)
        OUTCOMES["markcleared algorithm refused"] += 1
        # A refused run may have stored earlier polygons and taken them back: same rows, so
        # compare the content rather than the bytes here.
        assert sqlite_integrity(store.location) == "ok"
        assert released_rows(store) == []
        return
    OUTCOMES["markcleared algorithm ran"] += 1
    assert sqlite_integrity(store.location) == "ok" and stored_releases_are_valid(store)
    del before


def released_rows(store):
    con = sqlite3.connect(store.location)
    try:
        return con.execute("SELECT release_id FROM cleared_areas").fetchall()
    finally:
        con.close()


SIZES = st.one_of(st.floats(20, 500), st.floats(allow_nan=True, allow_infinity=True),
                  st.sampled_from([0.0, -5.0, 1e-9, 0.5, 1e12]))


@settings(max_examples=60, **HYPOTHESIS)
@given(geometry=malformed_geometry(), width=SIZES, length=SIZES,
       angle=st.floats(allow_nan=True, allow_infinity=True))
def test_sectorise_takes_any_geometry_and_size(geometry, width, length, angle):
    try:
        sectors = sectorise(geometry, WGS84, width, length, angle)
    except DeminingError as error:
        refused_clearly(error)
        OUTCOMES["sectorise refused"] += 1
        return
    OUTCOMES["sectorise divided"] += 1
    assert sectors and all(g.isGeosValid() and not g.isEmpty() for _, g in sectors)


@settings(max_examples=25, **HYPOTHESIS)
@given(geometry=malformed_geometry(), width=SIZES, length=SIZES)
def test_sectorise_task_in_the_store_refuses_cleanly(shared, geometry, width, length):
    store, layers = shared
    # The task's own geometry is the malformed one (as an import could have stored it).
    bad = ChangeSet()
    bad.update("clearance_tasks", "T-0001", {GEOMETRY_KEY: geometry} if not geometry.isNull() else {"name": "x"})
    restore = None
    try:
        restore = store.apply(bad)
    except StoreError as error:
        refused_clearly(error)
    reload(layers)
    before = Path(store.location).read_bytes()
    try:
        try:
            changes, _ = sector_task_changes(store, "T-0001", width, length, layers=layers)
            undo = store.apply(changes)
        except DeminingError as error:
            refused_clearly(error)
            OUTCOMES["sector task refused"] += 1
            assert Path(store.location).read_bytes() == before
        else:
            OUTCOMES["sector task stored"] += 1
            assert sqlite_integrity(store.location) == "ok"
            store.apply(undo)
    finally:  # the next example starts from the same task, whatever happened here
        if restore is not None:
            store.apply(restore)
        reload(layers)


@settings(max_examples=15, **HYPOTHESIS)
@given(geometries=st.lists(malformed_geometry(), min_size=1, max_size=3), width=SIZES, length=SIZES)
def test_sectorise_algorithm_takes_any_layer(processing_provider, geometries, width, length):
    import processing

    TRIED["sectorise (algorithm)"] += 1
    try:
        processing.run("demining:sectorise", {"INPUT": polygon_layer(geometries), "WIDTH": width,
                                              "LENGTH": length, "OUTPUT": "TEMPORARY_OUTPUT"})
    except QgsProcessingException as error:
        refused_clearly(error)
        OUTCOMES["sectorise algorithm refused"] += 1
        return
    OUTCOMES["sectorise algorithm ran"] += 1


# -- the store stays a sound GeoPackage ------------------------------------------------------------

def test_store_after_every_kind_of_bad_geometry_is_a_valid_geopackage(copier):
    """One store receives each malformed kind in turn (what is accepted accumulates)."""
    store = copier()
    kinds = 0
    for seed in range(14):
        geometry = _fixed_kind(seed)
        try:
            mark_released(store, geometry, WGS84, ReleaseDetails(released_on=DAY))
        except DeminingError:
            pass
        kinds += 1
    assert kinds == 14
    assert sqlite_integrity(store.location) == "ok"
    gdal_validates(store.location)


def _fixed_kind(seed: int) -> QgsGeometry:
    a, b, c, d = ground(600, 600), ground(900, 900), ground(900, 600), ground(600, 900)
    cases = [
        QgsGeometry.fromPolygonXY([[a, b, c, d, a]]),
        QgsGeometry.fromWkt("POLYGON EMPTY"),
        QgsGeometry(),
        QgsGeometry.fromPolygonXY([[a, QgsPointXY(NAN, b.y()), c, a]]),
        QgsGeometry.fromPolygonXY([[a, QgsPointXY(math.inf, b.y()), c, a]]),
        QgsGeometry.fromPolygonXY([[a, b, a, a]]),
        QgsGeometry.fromPolygonXY([[a, a, a, a]]),
        QgsGeometry.collectGeometry([to_wgs84(utm_box(550, 550, 700, 700)), to_wgs84(utm_box(650, 650, 800, 800))]),
        QgsGeometry.fromPointXY(a),
        QgsGeometry.fromPolylineXY([a, b]),
        QgsGeometry.fromWkt("POLYGON((170 -50, 171 -50, 171 -49, 170 -50))"),
        QgsGeometry.fromWkt("POLYGON((-180 -90, 180 -90, 180 90, -180 90, -180 -90))"),
        QgsGeometry.fromPolygonXY([[a, d, b, c, a], [ground(550, 550), ground(550, 950), ground(950, 950),
                                                     ground(950, 550), ground(550, 550)]]),
        to_wgs84(utm_box(1000, 1000, 1200, 1200)),
    ]
    return cases[seed]


# -- a writer killed in the middle of its transaction ----------------------------------------------

CHILD = textwrap.dedent("""
    import datetime, sys, time
    sys.path.insert(0, {root!r}); sys.path.insert(0, {tests!r})
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from demining_plugin.core.release.marking import ReleaseDetails, mark_released
    from demining_plugin.core.store import open_store
    from tests.ground import WGS84, to_wgs84, utm_box

    def wait_to_be_killed():
        print("inside the transaction", flush=True)
        time.sleep(120)

    store = open_store({path!r})
    mark_released(store, to_wgs84(utm_box(500, 500, 1500, 1000)), WGS84,
                  ReleaseDetails(released_on=datetime.date(2021, 11, 23)), before_commit=wait_to_be_killed)
    print("committed", flush=True)
""")


def test_mark_cleared_killed_mid_write_leaves_the_store_as_it_was(copier):
    store = copier()
    path = Path(store.location)
    before = path.read_bytes()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(root=str(REPO_ROOT), tests=str(REPO_ROOT / "tests"), path=str(path))],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stdout.readline()
        assert line.strip() == "inside the transaction", line + child.stderr.read()
        # The rows are written (uncommitted) when before_commit runs: kill now.
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    # SQLite rolls a hot journal back on the next read; after that the file is as before.
    reopened = open_store(str(path))
    assert released_rows(reopened) == []
    assert sqlite_integrity(path) == "ok"
    assert path.read_bytes() == before
    # A "-journal" file may stay beside it: GDAL leaves it after rollback, and it is no
    # longer hot (the bytes and the integrity check above are read through it).
    gdal_validates(path)
