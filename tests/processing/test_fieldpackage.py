"""``demining:fieldpackage``: tasks by id or by expression, its outputs, the ZIP, a basemap
layer, and bad input refused as a QgsProcessingException that says what is wrong."""

import json
import zipfile

import pytest
from qgis.core import QgsProcessingException

from demining_plugin.core.fieldwork.layout import DATA_FILE, MANIFEST_FILE, PROJECT_FILE
from demining_plugin.core.store import create_store
from tests.ground import to_wgs84, two_districts_and_a_hazard, utm_box


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """T-0001 open over the whole hazard, T-0002 closed inside it."""
    store = create_store(str(tmp_path_factory.mktemp("fieldpackage_algorithm") / "agency.gpkg"))
    seed = two_districts_and_a_hazard()
    seed.add("clearance_tasks", to_wgs84(utm_box(600, 600, 900, 900)), {
        "hazard_id": "H-0001", "task_type": "clearance", "status": "closed"})
    store.apply(seed)
    return store


def _run(parameters):
    from qgis import processing

    return processing.run("demining:fieldpackage", parameters)


def test_tasks_by_expression_and_the_outputs(processing_provider, store, tmp_path):
    target = tmp_path / "package"
    result = _run({"STORE": store.location, "EXPRESSION": "\"status\" = 'open'", "TEAM": "MC-1",
                   "OUTPUT": str(target)})
    manifest = json.loads((target / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert result == {"OUTPUT": str(target), "PROJECT": str(target / PROJECT_FILE),
                      "PACKAGE_ID": manifest["package_id"]}
    assert (target / PROJECT_FILE).is_file() and (target / DATA_FILE).is_file()
    assert manifest["tasks"] == ["T-0001"] and manifest["team"] == "MC-1" and manifest["mapped_mines"] is False


def test_task_ids_to_a_zip_with_mapped_mines(processing_provider, store, tmp_path):
    target = tmp_path / "package.zip"
    result = _run({"STORE": store.location, "TASK_IDS": "T-0002, T-0001", "MAPPED_MINES": True,
                   "OUTPUT": str(target)})
    assert result["OUTPUT"] == str(target) and result["PROJECT"] == PROJECT_FILE
    with zipfile.ZipFile(target) as archive:
        manifest = json.loads(archive.read(MANIFEST_FILE))
    assert manifest["tasks"] == ["T-0002", "T-0001"] and manifest["mapped_mines"] is True
    assert manifest["package_id"] == result["PACKAGE_ID"] and manifest["team"] == ""


@pytest.mark.parametrize("parameters, message", [
    ({"TASK_IDS": "T-0404"}, "No clearance task has the id T-0404"),
    ({}, "No task chosen"),
    ({"TASK_IDS": "T-0001", "EXPRESSION": "\"status\" = 'open'"}, "not both"),
    ({"EXPRESSION": "\"colour\" = 'red'"}, "colour"),
    ({"TASK_IDS": "T-0001", "BASEMAP": "/no/such/ortho.tif"}, "BASEMAP"),
])
def test_bad_input_is_refused_with_a_sentence(processing_provider, store, tmp_path, parameters, message):
    target = tmp_path / "package"
    with pytest.raises(QgsProcessingException, match=message):
        _run(dict({"STORE": store.location, "OUTPUT": str(target)}, **parameters))
    assert list(tmp_path.iterdir()) == []


def test_output_folder_with_other_files_is_refused(processing_provider, store, tmp_path):
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="not empty"):
        _run({"STORE": store.location, "TASK_IDS": "T-0001", "OUTPUT": str(tmp_path)})
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
