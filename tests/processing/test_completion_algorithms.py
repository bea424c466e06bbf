"""``demining:completionreport`` and ``demining:exporthandover`` through Processing: the outputs,
the warnings said and printed, the parcels' areas read back by GDAL against pyproj Geod, and
bad input refused with a sentence (nothing written)."""

import datetime
import json
import subprocess

import pytest
from qgis.core import QgsGeometry, QgsProcessingException

from demining_plugin.core.model.changes import ChangeSet
from tests.ground import geodesic_ha, ground_store, to_wgs84, utm_box

RELEASED = to_wgs84(utm_box(500, 500, 1500, 1500))


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    """T-0001 released in full, completed, inspected (passed) and handed over; T-0002 completed only."""
    path = tmp_path_factory.mktemp("completion") / "store.gpkg"
    store = ground_store(str(path), task_id="T-0001")
    changes = ChangeSet()
    changes.add("cleared_areas", RELEASED, {
        "release_method": "cleared", "technique": "mdd", "task_id": "T-0001", "hazard_id": "H-0001",
        "released_on": datetime.date(2022, 3, 1)})
    changes.add("clearance_tasks", to_wgs84(utm_box(100, 100, 300, 300)), {
        "task_id": "T-0002", "task_type": "clearance", "status": "open", "completed_on": datetime.date(2022, 5, 1)})
    changes.add("inspections", to_wgs84(utm_box(600, 600, 700, 700)), {
        "task_id": "T-0001", "inspected_on": datetime.date(2022, 3, 20), "kind": "qa_visit", "result": "pass"})
    changes.update("clearance_tasks", "T-0001", {
        "completed_on": datetime.date(2022, 3, 15), "handed_over_on": datetime.date(2022, 4, 1),
        "handed_over_to": "Khojavend land office", "land_use_after": "grazing"})
    store.apply(changes)
    return str(path)


def run(algorithm, parameters):
    from qgis import processing

    return processing.run(f"demining:{algorithm}", parameters)


def test_completion_report_of_two_tasks_in_one_pdf(processing_provider, store_path, tmp_path):
    output = tmp_path / "pack.pdf"
    result = run("completionreport", {"STORE": store_path, "TASK_IDS": "T-0001, T-0002", "PAPER": "A4",
                                      "OUTPUT": str(output)})
    assert result["PAGES"] == 4 and result["FILES"] == str(output)
    assert result["WARNINGS"] == 0  # T-0002 has no hazard: no land left in it
    text = subprocess.run(["pdftotext", str(output), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    assert "Completion report T-0001" in pages[0] and "Land handover certificate" in pages[1]
    assert "Completion report T-0002" in pages[2]
    assert f"{geodesic_ha(RELEASED):,.2f}" in pages[0]
    assert "Khojavend land office" in pages[1] and "grazing" in pages[1]


def test_without_handover_and_by_expression(processing_provider, store_path, tmp_path):
    result = run("completionreport", {"STORE": store_path, "EXPRESSION": "\"handed_over_on\" IS NOT NULL",
                                      "HANDOVER": False, "PAPER": "A3", "OUTPUT": str(tmp_path)})
    assert result["PAGES"] == 1
    assert result["FILES"] == str(tmp_path / "completion_T-0001.pdf")


def test_parcels_to_geojson_match_pyproj(processing_provider, store_path, tmp_path):
    output = tmp_path / "parcels.geojson"
    result = run("exporthandover", {"STORE": store_path, "EXPRESSION": "\"status\" <> 'x'", "OUTPUT": str(output)})
    assert result["PARCELS"] == 1  # T-0002 was not handed over
    assert result["AREA_HA"] == pytest.approx(geodesic_ha(RELEASED), abs=0.01)
    from osgeo import ogr

    dataset = ogr.Open(str(output))  # kept: its layer lives only as long as the dataset
    layer = dataset.GetLayer(0)
    feature = layer.GetNextFeature()
    assert feature.GetField("task_id") == "T-0001"
    assert feature.GetFieldAsDateTime("handed_over_on")[:3] == [2022, 4, 1]
    parcel = QgsGeometry.fromWkt(feature.GetGeometryRef().ExportToWkt())
    assert geodesic_ha(parcel) == pytest.approx(geodesic_ha(RELEASED), abs=0.01)
    assert json.loads(output.read_text())["features"][0]["properties"]["land_use_after"] == "grazing"


@pytest.mark.parametrize("algorithm, parameters, message", [
    ("completionreport", {"TASK_IDS": "T-0404", "OUTPUT": "out.pdf"}, "No clearance task has the id T-0404"),
    ("completionreport", {"OUTPUT": "out.pdf"}, "No task chosen"),
    ("completionreport", {"TASK_IDS": "T-0001", "OUTPUT": "out.docx"}, "out.docx"),
    ("completionreport", {"TASK_IDS": "T-0001", "EXPRESSION": "true", "OUTPUT": "out.pdf"}, "not both"),
    ("exporthandover", {"TASK_IDS": "T-0002", "OUTPUT": "parcels.gpkg"}, "None of the chosen tasks"),
    ("exporthandover", {"TASK_IDS": "T-0001", "OUTPUT": "parcels.kml"}, "parcels.kml"),
])
def test_bad_input_is_refused_with_a_sentence(processing_provider, store_path, tmp_path, algorithm, parameters,
                                              message):
    parameters = dict(parameters, STORE=store_path, OUTPUT=str(tmp_path / parameters["OUTPUT"]))
    with pytest.raises(QgsProcessingException, match=message):
        run(algorithm, parameters)
    assert list(tmp_path.iterdir()) == []
