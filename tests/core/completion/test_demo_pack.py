"""The completion pack of a demo task handed over: the PDF's text holds the task id, every turning
point's easting and northing (pyproj), the hectares by method as pyproj Geod measures the
task's released land, the item counts by category, the inspection results and the recipient."""

import subprocess
from collections import defaultdict

import pytest
from pyproj import Transformer
from qgis.core import QgsFeatureRequest, QgsGeometry

from demining_plugin.core.completion import export_completion_reports
from demining_plugin.core.store import open_store
from tests.ground import geodesic_ha


@pytest.fixture(scope="module")
def demo(demo_copy):
    return open_store(str(demo_copy))


def test_the_pack_of_a_demo_task_handed_over(demo, tmp_path):
    tasks = demo.layer("clearance_tasks")
    handed = sorted((f for f in tasks.getFeatures(QgsFeatureRequest().setFilterExpression(
        '"handed_over_on" IS NOT NULL'))), key=lambda f: f["task_id"])
    assert len(handed) >= 10
    task = handed[0]
    task_id = task["task_id"]
    output = tmp_path / "pack.pdf"
    result = export_completion_reports(demo, str(output), [task_id])
    assert result.pages == 2 and result.warnings == []
    report, certificate = subprocess.run(["pdftotext", "-layout", str(output), "-"], capture_output=True,
                                         text=True, check=True).stdout.split("\f")[:2]
    assert f"Completion report {task_id}" in report

    # Turning points: the task polygon's vertices in its UTM zone, by pyproj.
    ring = task.geometry().asMultiPolygon()[0][0][:-1]
    centre = task.geometry().centroid().asPoint()
    zone = int((centre.x() + 180) // 6) + 1
    to_utm = Transformer.from_crs("EPSG:4326", f"EPSG:{32600 + zone}", always_xy=True)
    for vertex in ring:
        easting, northing = to_utm.transform(vertex.x(), vertex.y())
        assert f"{easting:.0f}" in report and f"{northing:.0f}" in report

    # Hectares by method: the union of the task's released land of each method, by pyproj Geod.
    released = demo.layer("cleared_areas")
    by_method = defaultdict(list)
    for feature in released.getFeatures(QgsFeatureRequest().setFilterExpression(f'"task_id" = \'{task_id}\'')):
        by_method[feature["release_method"]].append(feature.geometry())
    assert by_method
    total = geodesic_ha(QgsGeometry.unaryUnion([g for parts in by_method.values() for g in parts]))
    expected = {method: geodesic_ha(QgsGeometry.unaryUnion(parts)) for method, parts in by_method.items()}
    assert sum(expected.values()) == pytest.approx(total, abs=0.01)  # no land released twice in this task
    for hectares in expected.values():
        assert f"{hectares:,.2f}" in report
    assert f"{total:,.2f} ha" in certificate

    # Items by category, inspections, recipient.
    counts = defaultdict(int)
    for item in demo.layer("detections").getFeatures(QgsFeatureRequest().setFilterExpression(
            f'"task_id" = \'{task_id}\'')):
        counts[item["category"]] += item["quantity"] or 1
    flat = " ".join(report.split())
    for category, count in counts.items():
        assert f"{category} {count:,}" in flat
    results = [i["result"] for i in demo.layer("inspections").getFeatures(QgsFeatureRequest().setFilterExpression(
        f'"task_id" = \'{task_id}\''))]
    assert results and "Pass" in report
    if "fail" in results:
        assert "Fail" in report
    assert " ".join(str(task["handed_over_to"]).split()) in " ".join(certificate.split())
