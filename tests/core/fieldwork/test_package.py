"""Field packages (issue 16, point 1): two overlapping tasks packaged for two teams, one as a
folder and one as a ZIP; each package's project opened in a fresh QgsProject (layers valid,
relative paths, read-only context, empty field layers with their forms and defaults), in a
plain QGIS process without the plugin, its manifest and snapshot; the basemap; bad input."""

import datetime
import json
import os
import sqlite3
import subprocess
import textwrap
import zipfile
from pathlib import Path

import pytest
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsFeedback,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)

from demining_plugin.core.errors import DeminingError
from demining_plugin.core.fieldwork.fingerprint import layer_fingerprints
from demining_plugin.core.fieldwork.layout import (
    CONTEXT_LAYERS,
    DATA_FILE,
    FIELD_DAYS,
    FIELD_ITEMS,
    FIELD_LAYERS,
    FIELD_RELEASED,
    FIELD_UUID,
    MANIFEST_FILE,
    MANIFEST_KEYS,
    PHOTO_FIELD,
    PHOTO_FOLDER,
    PROJECT_FILE,
    README_FILE,
    SNAPSHOT_TABLE,
)
from demining_plugin.core.fieldwork.package import BASEMAP_FILE, build_package
from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.model.schema import SCHEMA_VERSION
from demining_plugin.core.store import create_store, open_store
from demining_plugin.core.store.copy import copy_store
from tests.postgis_cluster import PostgisCluster

#: Two tasks overlapping on their shared half (lon, lat, near Aghdam), a sector of the first,
#: and a task far away that no package here asks for.
TASKS = {
    "T-0001": [(46.9000, 40.0000), (46.9040, 40.0000), (46.9040, 40.0030), (46.9000, 40.0030)],
    "T-0002": [(46.9020, 40.0000), (46.9060, 40.0000), (46.9060, 40.0030), (46.9020, 40.0030)],
    "T-0003": [(46.9000, 40.0000), (46.9010, 40.0000), (46.9010, 40.0010), (46.9000, 40.0010)],
    "T-0004": [(47.1000, 40.1000), (47.1040, 40.1000), (47.1040, 40.1030), (47.1000, 40.1030)],
}
HAZARD = [(46.8990, 39.9990), (46.9070, 39.9990), (46.9070, 40.0040), (46.8990, 40.0040)]
FAR_HAZARD = [(47.0990, 40.0990), (47.1050, 40.0990), (47.1050, 40.1040), (47.0990, 40.1040)]


def _polygon(ring):
    return QgsGeometry.fromMultiPolygonXY([[[QgsPointXY(x, y) for x, y in ring + ring[:1]]]])


def _point(x, y):
    return QgsGeometry.fromPointXY(QgsPointXY(x, y))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = create_store(str(tmp_path_factory.mktemp("fieldpackage") / "agency.gpkg"))
    changes = ChangeSet()
    changes.add("hazard_areas", _polygon(HAZARD), {
        "hazard_id": "H-0001", "classification": "CHA", "status": "worked_on", "district": "Aghdam"})
    changes.add("hazard_areas", _polygon(FAR_HAZARD), {
        "hazard_id": "H-0002", "classification": "SHA", "status": "open", "district": "Aghdam"})
    for task_id, ring in TASKS.items():
        changes.add("clearance_tasks", _polygon(ring), {
            "task_id": task_id, "name": f"Task {task_id[-1]}", "task_type": "clearance", "status": "open",
            "hazard_id": "H-0002" if task_id == "T-0004" else "H-0001", "district": "Aghdam",
            "parent_task_id": "T-0001" if task_id == "T-0003" else None,
            "sector_no": 1 if task_id == "T-0003" else None})
    changes.add("cleared_areas", _polygon([(46.9000, 40.0000), (46.9010, 40.0000), (46.9010, 40.0005),
                                           (46.9000, 40.0005)]),
                {"release_id": "LR-000001", "release_method": "cleared", "task_id": "T-0003",
                 "released_on": datetime.date(2026, 2, 20)})
    changes.add("detections", _point(46.9005, 40.0002), {
        "item_id": "D-000001", "category": "AT", "found_on": datetime.date(2026, 2, 21), "task_id": "T-0003"})
    changes.add("detections", _point(47.1010, 40.1010), {
        "item_id": "D-000002", "category": "AP", "found_on": datetime.date(2026, 2, 21), "task_id": "T-0004"})
    changes.add("task_points", _point(46.8980, 39.9980), {
        "point_id": "TP-00001", "task_id": "T-0001", "kind": "medevac", "name": "Ambulance"})
    # The medevac of T-0002 is 5 km away, outside any margin: it still goes with its task.
    changes.add("task_points", _point(46.9600, 40.0000), {
        "point_id": "TP-00002", "task_id": "T-0002", "kind": "medevac", "name": "Field hospital"})
    changes.add("mapped_mines", _point(46.9025, 40.0015), {"mine_id": "MM-000001", "record_id": "MR-0001"})
    store.apply(changes)
    return store


@pytest.fixture(scope="module")
def packages(store, tmp_path_factory):
    """T-0001 (and its sector) for team Alpha as a folder, T-0002 for team Bravo as a ZIP."""
    root = tmp_path_factory.mktemp("packages")
    alpha = build_package(store, ["T-0001"], team="Alpha", output=str(root / "alpha"))
    bravo = build_package(store, ["T-0002"], team="Bravo", mapped_mines=True, output=str(root / "bravo.zip"))
    unzipped = root / "bravo_unzipped"
    with zipfile.ZipFile(bravo.output) as archive:
        archive.extractall(unzipped)
    return {"alpha": (alpha, Path(alpha.output)), "bravo": (bravo, unzipped), "root": root}


def _read_project(folder: Path, project: QgsProject = None) -> QgsProject:
    project = project or QgsProject()
    assert project.read(str(folder / PROJECT_FILE)), project.error()
    return project


def _layers(project: QgsProject):
    """{package layer name: layer}: the layer name is the GeoPackage table of its source."""
    found = {}
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer):
            found[layer.source().split("layername=")[-1]] = layer
        else:
            found["basemap"] = layer
    return found


def _ids(layer, field):
    return sorted(f[field] for f in layer.getFeatures())


@pytest.mark.parametrize("team", ["alpha", "bravo"])
def test_project_opens_with_every_layer_valid_and_relative(packages, team):
    package, folder = packages[team]
    project = _read_project(folder)
    layers = _layers(project)
    expected = set(CONTEXT_LAYERS) | set(FIELD_LAYERS)
    if team == "alpha":
        expected.discard("mapped_mines")  # not asked
    assert set(layers) == expected
    assert all(layer.isValid() for layer in layers.values())
    with zipfile.ZipFile(folder / PROJECT_FILE) as archive:
        qgs = next(name for name in archive.namelist() if name.endswith(".qgs"))
        text = archive.read(qgs).decode("utf-8")
    for absolute in (str(packages["root"]), str(folder), "/tmp"):
        assert absolute not in text
    sources = [layer.source() for layer in layers.values()]
    assert all(source.startswith(str(folder)) for source in sources)  # resolved against where it was opened
    assert text.count(f"<datasource>./{DATA_FILE}|layername=") == len(expected)
    assert '<mapcanvas name="theMapCanvas">' in text  # opens on the tasks
    assert project.crs().authid() == "EPSG:32638"  # the tasks' UTM zone: metres on the tablet
    project.clear()


def test_context_is_read_only_and_styled_field_layers_editable_and_empty(packages):
    project = _read_project(packages["alpha"][1])
    layers = _layers(project)
    for name in CONTEXT_LAYERS:
        if name in layers:
            assert layers[name].readOnly(), name
            assert not layers[name].startEditing(), name
    hazards = layers["hazard_areas"].renderer()  # the plugin's IMAS 07.11 style
    assert hazards.type() == "RuleRenderer"
    assert "CHA, worked on" in [rule.label() for rule in hazards.rootRule().descendants()]
    for name in FIELD_LAYERS:
        assert not layers[name].readOnly(), name
        assert layers[name].featureCount() == 0 and not list(layers[name].getFeatures()), name
    for name in FIELD_LAYERS:
        assert layers[name].startEditing(), name
        layers[name].rollBack()
    assert layers[FIELD_DAYS].isSpatial() is False
    assert layers[FIELD_ITEMS].geometryType() == 0 and layers[FIELD_RELEASED].geometryType() == 2
    project.clear()


def test_forms_attachment_widget_and_defaults(packages):
    project = _read_project(packages["alpha"][1])
    layers = _layers(project)
    items = layers[FIELD_ITEMS]
    fields = items.fields()
    photo = items.editorWidgetSetup(fields.indexOf(PHOTO_FIELD))
    assert photo.type() == "ExternalResource"
    assert photo.config()["RelativeStorage"] == 1 and photo.config()["DocumentViewer"] == 1
    assert PHOTO_FOLDER in photo.config()["PropertyCollection"]["properties"]["propertyRootPath"]["expression"]
    assert PHOTO_FOLDER in json.loads(items.customProperty("QFieldSync/attachment_naming"))[PHOTO_FIELD]
    assert items.editorWidgetSetup(fields.indexOf("category")).type() == "ValueMap"
    assert items.editorWidgetSetup(fields.indexOf(FIELD_UUID)).type() == "Hidden"
    assert items.defaultValueDefinition(fields.indexOf("team")).expression() == "'Alpha'"
    assert items.defaultValueDefinition(fields.indexOf("found_on")).expression() == "to_date(now())"
    assert items.defaultValueDefinition(fields.indexOf(FIELD_UUID)).expression() == "uuid()"
    task = items.defaultValueDefinition(fields.indexOf("task_id"))
    assert "aggregate" in task.expression() and task.applyOnUpdate()
    task_map = items.editorWidgetSetup(fields.indexOf("task_id")).config()["map"]
    assert sorted(v for entry in task_map for v in entry.values()) == ["T-0001", "T-0003"]
    released, days = layers[FIELD_RELEASED], layers[FIELD_DAYS]
    assert released.defaultValueDefinition(released.fields().indexOf("released_on")).expression() == "to_date(now())"
    assert released.editorWidgetSetup(released.fields().indexOf("release_method")).type() == "ValueMap"
    assert days.defaultValueDefinition(days.fields().indexOf("worked_on")).expression() == "to_date(now())"
    assert days.defaultValueDefinition(days.fields().indexOf("team")).expression() == "'Alpha'"
    assert days.fields().names()[1:] == ["task_id", "worked_on", "team", "technique", "hours_worked", "people",
                                         "machines", "remarks", FIELD_UUID]
    project.clear()


def test_new_item_takes_the_sector_under_it_and_the_team(packages):
    """As QField adds a feature: defaults evaluated in the project QField opened (the instance)."""
    project = _read_project(packages["alpha"][1], QgsProject.instance())
    try:
        items = _layers(project)[FIELD_ITEMS]
        context = items.createExpressionContext()
        in_sector = QgsVectorLayerUtils.createFeature(items, _point(46.9005, 40.0005), {}, context)
        in_task = QgsVectorLayerUtils.createFeature(items, _point(46.9030, 40.0020), {}, context)
        outside = QgsVectorLayerUtils.createFeature(items, _point(46.9500, 40.0500), {}, context)
        assert (in_sector["task_id"], in_task["task_id"]) == ("T-0003", "T-0001")
        assert not outside["task_id"]
        assert in_sector["team"] == "Alpha" and in_sector["quantity"] == 1
        assert in_sector["found_on"].toPyDate() == datetime.date.today()
        assert len(in_sector[FIELD_UUID].strip("{}")) == 36 and in_sector[FIELD_UUID] != in_task[FIELD_UUID]
    finally:
        project.clear()


def test_context_holds_the_tasks_their_sectors_and_what_lies_around(packages):
    projects = [_read_project(packages["alpha"][1]), _read_project(packages["bravo"][1])]
    alpha, bravo = (_layers(project) for project in projects)
    assert _ids(alpha["clearance_tasks"], "task_id") == ["T-0001", "T-0003"]
    assert _ids(bravo["clearance_tasks"], "task_id") == ["T-0002"]
    for layers in (alpha, bravo):
        assert _ids(layers["hazard_areas"], "hazard_id") == ["H-0001"]  # not the far hazard
        assert _ids(layers["detections"], "item_id") == ["D-000001"]    # not the far item
        assert _ids(layers["cleared_areas"], "release_id") == ["LR-000001"]
    assert _ids(alpha["task_points"], "point_id") == ["TP-00001"]
    # Its own medevac 5 km away comes with the task; T-0001's, 300 m beyond the margin, does not.
    assert _ids(bravo["task_points"], "point_id") == ["TP-00002"]
    assert "mapped_mines" not in alpha and _ids(bravo["mapped_mines"], "mine_id") == ["MM-000001"]


@pytest.mark.parametrize("team", ["alpha", "bravo"])
def test_manifest_and_snapshot(store, packages, team):
    package, folder = packages[team]
    manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert list(manifest) == list(MANIFEST_KEYS)
    assert manifest["package_id"] == package.package_id and len(package.package_id) == 32
    assert manifest["store_id"] == store.metadata()["store_id"]
    assert manifest["store"] == store.location and manifest["store_name"] == store.name
    assert manifest["tasks"] == (["T-0001"] if team == "alpha" else ["T-0002"])
    assert manifest["team"] == ("Alpha" if team == "alpha" else "Bravo")
    assert manifest["schema_version"] == SCHEMA_VERSION and manifest["basemap"] == ""
    assert manifest["mapped_mines"] is (team == "bravo")
    created = datetime.datetime.fromisoformat(manifest["created"])
    assert abs((datetime.datetime.now(datetime.timezone.utc) - created).total_seconds()) < 3600
    text = (folder / README_FILE).read_text(encoding="utf-8")
    assert package.package_id in text and f"team: {manifest['team']}" in text
    assert (folder / PHOTO_FOLDER).is_dir()

    with sqlite3.connect(str(folder / DATA_FILE)) as con:
        rows = con.execute(f"SELECT layer, identifier, fingerprint FROM {SNAPSHOT_TABLE}").fetchall()
    snapshot = {(layer, identifier): digest for layer, identifier, digest in rows}
    expected = {}
    for layer in CONTEXT_LAYERS:
        source = QgsVectorLayer(f"{folder / DATA_FILE}|layername={layer}", layer, "ogr")
        if source.isValid():
            expected.update({(layer, i): d for i, d in layer_fingerprints(layer, source).items()})
    assert snapshot == expected and len(snapshot) == len(rows)
    assert sum(package.counts.values()) == len(rows)


def test_both_packages_come_from_one_store_id(packages):
    assert packages["alpha"][0].manifest["store_id"] == packages["bravo"][0].manifest["store_id"]
    assert packages["alpha"][0].package_id != packages["bravo"][0].package_id


def test_zip_holds_the_package_at_its_root(packages):
    with zipfile.ZipFile(packages["bravo"][0].output) as archive:
        names = set(archive.namelist())
    assert {PROJECT_FILE, DATA_FILE, MANIFEST_FILE, README_FILE, f"{PHOTO_FOLDER}/"} <= names
    assert packages["bravo"][0].project == PROJECT_FILE
    assert not [p for p in packages["root"].iterdir() if p.name.startswith(".")]  # no work folder left


PLAIN_QGIS = textwrap.dedent("""
    import json, sys
    from qgis.core import QgsApplication, QgsProject
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    read = project.read(sys.argv[1])
    layers = {layer.name(): layer.isValid() for layer in project.mapLayers().values()}
    print(json.dumps({"read": read, "layers": layers,
                      "plugin": any(name.startswith("demining_plugin") for name in sys.modules)}))
    app.exitQgis()
""")


@pytest.mark.parametrize("team", ["alpha", "bravo"])
def test_project_opens_in_plain_qgis_without_the_plugin(packages, team, tmp_path):
    folder = packages[team][1]
    script = tmp_path / "open_project.py"
    script.write_text(PLAIN_QGIS, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "QGIS_PLUGINPATH")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(["/usr/bin/python3", str(script), str(folder / PROJECT_FILE)], capture_output=True,
                          text=True, cwd=str(tmp_path), env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["read"] and not report["plugin"]
    assert len(report["layers"]) == (9 if team == "alpha" else 10) and all(report["layers"].values()), report


def _geotiff(path: Path, epsg: int, west: float, north: float, size: int, pixel: float) -> Path:
    ds = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((west, pixel, 0, north, 0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).Fill(120)
    ds = None  # noqa: F841
    return path


def test_basemap_is_copied_clipped_to_the_tasks(store, tmp_path):
    # 10 km square at 10 m in UTM 38N around the tasks (46.90 E, 40.00 N is about 662,190 E, 4,429,490 N).
    source = _geotiff(tmp_path / "ortho.tif", 32638, 657_000, 4_435_000, 1000, 10.0)
    package = build_package(store, ["T-0001"], team="Alpha", basemap=str(source), output=str(tmp_path / "pkg"))
    clipped = gdal.Open(str(Path(package.output) / BASEMAP_FILE))
    x0, dx, _, y0, _, dy = clipped.GetGeoTransform()
    width_m, height_m = clipped.RasterXSize * dx, clipped.RasterYSize * -dy
    # The task is about 340 m by 330 m; with 250 m each side the clip is under 1 km, over 800 m.
    assert 800 < width_m < 1000 and 800 < height_m < 1000
    transform = osr.CoordinateTransformation(_srs(4326), _srs(32638))
    east, north, _ = transform.TransformPoint(46.9020, 40.0015)
    assert x0 < east < x0 + width_m and y0 - height_m < north < y0
    assert package.manifest["basemap"] == BASEMAP_FILE
    project = _read_project(Path(package.output))
    basemap = _layers(project)["basemap"]
    assert isinstance(basemap, QgsRasterLayer) and basemap.isValid()
    project.clear()


def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def test_previous_package_is_replaced_unless_it_holds_photos(store, tmp_path):
    target = tmp_path / "pkg"
    first = build_package(store, ["T-0001"], output=str(target))
    second = build_package(store, ["T-0002"], output=str(target))
    assert json.loads((target / MANIFEST_FILE).read_text())["package_id"] == second.package_id != first.package_id
    (target / PHOTO_FOLDER / "item_1.jpg").write_bytes(b"\xff\xd8\xff")
    with pytest.raises(DeminingError, match="1 photo"):
        build_package(store, ["T-0001"], output=str(target))
    assert json.loads((target / MANIFEST_FILE).read_text())["package_id"] == second.package_id
    archive_path = tmp_path / "pkg.zip"
    build_package(store, ["T-0001"], output=str(archive_path))
    again = build_package(store, ["T-0002"], output=str(archive_path))
    with zipfile.ZipFile(archive_path) as archive:
        assert json.loads(archive.read(MANIFEST_FILE))["package_id"] == again.package_id


def _not_a_raster(tmp_path):
    path = tmp_path / "notes.tif"
    path.write_text("not a raster", encoding="utf-8")
    return dict(task_ids=["T-0001"], basemap=str(path))


BAD_INPUT = {
    "no such task": (lambda tmp: dict(task_ids=["T-0404"]), "T-0404"),
    "empty selection": (lambda tmp: dict(task_ids=[]), "No task chosen"),
    "expression matching nothing": (lambda tmp: dict(expression="\"district\" = 'Nowhere'"), "No clearance task"),
    "unreadable basemap": (_not_a_raster, "cannot be read as a raster"),
    "missing basemap": (lambda tmp: dict(task_ids=["T-0001"], basemap=str(tmp / "missing.tif")),
                        "cannot be read as a raster"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_input_is_refused_and_writes_nothing(store, tmp_path, case):
    arguments, message = BAD_INPUT[case]
    arguments = arguments(tmp_path)
    before = _store_rows(store)
    with pytest.raises(DeminingError, match=message):
        build_package(store, output=str(tmp_path / "out"), **arguments)
    assert not (tmp_path / "out").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert _store_rows(store) == before


def test_bad_output_is_refused(store, tmp_path):
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "report.docx").write_text("x")
    for output, message in ((occupied, "not empty"), (tmp_path / "no" / "such" / "pkg", "does not exist"),
                            (occupied / "report.docx", "is a file"), ("", "Choose a folder")):
        with pytest.raises(DeminingError, match=message):
            build_package(store, ["T-0001"], output=str(output))
    other_zip = tmp_path / "other.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("readme.txt", "not a package")
    with pytest.raises(DeminingError, match="not a field package"):
        build_package(store, ["T-0001"], output=str(other_zip))
    assert sorted(p.name for p in occupied.iterdir()) == ["report.docx"]
    assert zipfile.ZipFile(other_zip).namelist() == ["readme.txt"]


def test_output_folder_that_cannot_be_written_is_refused(store, tmp_path, monkeypatch):
    refuse = Path.mkdir

    def mkdir(path, *args, **kwargs):
        if path.name.endswith(".building"):  # the package's work folder beside the output
            raise PermissionError(13, "Permission denied")
        return refuse(path, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    with pytest.raises(DeminingError, match="cannot be written to .*Permission denied"):
        build_package(store, ["T-0001"], output=str(tmp_path / "pkg"))
    assert list(tmp_path.iterdir()) == []


def test_cancelled_package_leaves_nothing(store, tmp_path):
    feedback = QgsFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 0 else None)
    with pytest.raises(DeminingError, match="cancelled"):
        build_package(store, ["T-0001"], output=str(tmp_path / "pkg.zip"), feedback=feedback)
    assert list(tmp_path.iterdir()) == []


def _store_rows(store):
    """Every table's row count and the metadata: what a failed package must leave as it was."""
    ds = ogr.Open(store.location)
    try:
        counts = {ds.GetLayer(i).GetName(): ds.GetLayer(i).GetFeatureCount() for i in range(ds.GetLayerCount())}
    finally:
        ds = None  # noqa: F841
    return counts, store.metadata()


def test_a_postgis_store_gives_the_same_package(store, packages, tmp_path):
    """The context is read through the store's own reader: a PostGIS copy of the store gives the
    same features, with the same fingerprints, as the GeoPackage."""
    try:
        cluster = PostgisCluster().start()
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        location = f"pg:{cluster.conninfo()} schema=field_package"
        copy_store(store.location, location)
        package = build_package(open_store(location), ["T-0001"], team="Alpha", output=str(tmp_path / "pg"))
    finally:
        cluster.stop()
    assert package.counts == packages["alpha"][0].counts
    with sqlite3.connect(str(tmp_path / "pg" / DATA_FILE)) as con:
        from_postgis = sorted(con.execute(f"SELECT layer, identifier, fingerprint FROM {SNAPSHOT_TABLE}"))
    with sqlite3.connect(str(packages["alpha"][1] / DATA_FILE)) as con:
        from_geopackage = sorted(con.execute(f"SELECT layer, identifier, fingerprint FROM {SNAPSHOT_TABLE}"))
    assert from_postgis == from_geopackage
