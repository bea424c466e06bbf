"""Completion report and handover certificate of a task made for it on the ground near Aghdam:
the figures against independent references (pyproj Geod for areas, pyproj for UTM
coordinates), the PDF's pages and text (pdftotext), and the parcels export read back by GDAL."""

import datetime
import subprocess

import pytest
from pyproj import Transformer
from qgis.core import QgsGeometry, QgsPointXY

from demining_plugin.core.completion import (
    CompletionOptions,
    completion_data,
    export_completion_reports,
    handover_warnings,
)
from demining_plugin.core.completion.parcels import export_handover_parcels
from demining_plugin.core.errors import DeminingError
from demining_plugin.core.fieldmap import select_tasks
from demining_plugin.core.model.changes import ChangeSet
from tests.ground import X0, Y0, geodesic_ha, ground_store, to_wgs84, utm_box, utm_point

PRINTED = datetime.date(2022, 6, 1)
TO_UTM = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)


def _lerp(a: QgsPointXY, b: QgsPointXY, share: float) -> QgsPointXY:
    return QgsPointXY(a.x() + (b.x() - a.x()) * share, a.y() + (b.y() - a.y()) * share)


def _polygon(*points) -> QgsGeometry:
    return QgsGeometry.fromPolygonXY([list(points) + [points[0]]])


#: H-0001's corners in EPSG:4326 (south-west, south-east, north-east, north-west) and the ends
#: of its middle line: released land is cut on the hazard's own edges, so none is left over.
SW, SE, NE, NW = to_wgs84(utm_box(500, 500, 1500, 1500)).asPolygon()[0][:4]
WEST, EAST = _lerp(SW, NW, 0.5), _lerp(SE, NE, 0.5)
LOWER_HALF, UPPER_HALF = _polygon(SW, SE, EAST, WEST), _polygon(WEST, EAST, NE, NW)


def handed_over_task() -> ChangeSet:
    """T-0001 over all of H-0001 (1000 m square), released in three polygons (the lower half
    cleared by hand in two that overlap by a tenth of the hazard's width, the upper half reduced
    mechanically), items, an accident during the task and one before it, a failed then a
    passed inspection."""
    changes = ChangeSet()
    pieces = ((_polygon(SW, _lerp(SW, SE, 0.5), _lerp(WEST, EAST, 0.5), WEST), "cleared", "manual",
               datetime.date(2022, 3, 1)),
              (_polygon(_lerp(SW, SE, 0.4), SE, EAST, _lerp(WEST, EAST, 0.4)), "cleared", "manual",
               datetime.date(2022, 3, 9)),
              (UPPER_HALF, "reduced", "mechanical", datetime.date(2022, 3, 5)))
    for geometry, method, technique, day in pieces:
        changes.add("cleared_areas", geometry, {
            "release_method": method, "technique": technique, "task_id": "T-0001", "hazard_id": "H-0001",
            "released_on": day, "depth_cm": 13, "organisation": "ANAMA", "team": "MC-2"})
    for x, category, model, quantity, disposition in ((600, "AP", "PMN-2", 3, "destroyed_in_situ"),
                                                      (700, "AP", "PMN-2", 1, "removed"),
                                                      (800, "AT", "TM-62", 2, "destroyed_in_situ"),
                                                      (900, "UXO", "", 5, "removed")):
        changes.add("detections", utm_point(x, 700), {
            "category": category, "model": model, "quantity": quantity, "disposition": disposition,
            "found_on": datetime.date(2022, 3, 2), "task_id": "T-0001"})
    changes.add("accidents", utm_point(1200, 1200), {
        "occurred_on": datetime.date(2022, 3, 3), "killed": 0, "injured": 1, "civilian": False,
        "activity": "demining"})
    changes.add("accidents", utm_point(1200, 1300), {  # before the task: not on its report
        "occurred_on": datetime.date(2021, 1, 3), "killed": 1, "injured": 0, "civilian": True,
        "activity": "farming"})
    for day, result in ((datetime.date(2022, 3, 10), "fail"), (datetime.date(2022, 3, 20), "pass")):
        changes.add("inspections", to_wgs84(utm_box(600, 600, 700, 700)), {
            "task_id": "T-0001", "inspected_on": day, "organisation": "ANAMA QA", "inspector": "R. Aliyev",
            "kind": "qc_sampling", "sampled_m2": 10000, "items_found": 0, "result": result})
    return changes


@pytest.fixture
def store(tmp_path):
    store = ground_store(str(tmp_path / "handover.gpkg"), task_id="T-0001")
    store.apply(handed_over_task())
    set_task(store, planned_start=datetime.date(2022, 2, 1), planned_end=datetime.date(2022, 4, 1),
             completed_on=datetime.date(2022, 3, 25), handed_over_on=datetime.date(2022, 4, 2),
             handed_over_to="Aghdam district executive authority", land_use_after="farming",
             beneficiaries_women=120, beneficiaries_men=110, beneficiaries_girls=40, beneficiaries_boys=45,
             organisation="ANAMA", team="MC-2", district="West")
    return store


def set_task(store, **values) -> None:
    task = next(store.layer("clearance_tasks").getFeatures())
    changes = ChangeSet()
    changes.update("clearance_tasks", task["task_id"], values)
    store.apply(changes)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def expected_hectares():
    """Cleared (the overlap once) and reduced hectares, by pyproj's geodesic areas."""
    return geodesic_ha(LOWER_HALF), geodesic_ha(UPPER_HALF)


def test_figures_match_independent_references(store):
    layers = store.layers()
    task = select_tasks(layers["clearance_tasks"], ["T-0001"])[0]
    data = completion_data(task, layers)
    cleared, reduced = expected_hectares()
    methods = {(m, t): ha for m, t, ha in data.hectares}
    assert set(methods) == {("cleared", "manual"), ("reduced", "mechanical")}
    assert methods["cleared", "manual"] == pytest.approx(cleared, abs=0.005)
    assert methods["reduced", "mechanical"] == pytest.approx(reduced, abs=0.005)
    assert data.released_ha == pytest.approx(cleared + reduced, abs=0.01)
    assert data.hazard_remaining_ha == pytest.approx(0.0, abs=0.001)
    assert data.items_by_category == {"AP": 4, "AT": 2, "UXO": 5}
    assert [(a.accident_id, a.injured) for a in data.accidents] == [("A-0001", 1)]
    assert [i.result for i in data.inspections] == ["fail", "pass"]
    assert data.depth_cm == (13, 13)
    # Turning points: the task's four corners, in UTM 38N as pyproj puts them.
    task_ring = task.geometry().asMultiPolygon()[0][0][:-1] if task.geometry().isMultipart() else \
        task.geometry().asPolygon()[0][:-1]
    assert len(data.turning_points) == 4
    for point, vertex in zip(data.turning_points, task_ring):
        easting, northing = TO_UTM.transform(vertex.x(), vertex.y())
        assert (point.easting, point.northing) == pytest.approx((easting, northing), abs=0.01)
        assert (point.longitude, point.latitude) == pytest.approx((vertex.x(), vertex.y()), abs=1e-9)
        # MGRS: zone 38, band S (32 to 40 degrees N); the square's digits are the UTM figures' last five.
        zone, square, east5, north5 = point.mgrs.split()
        assert zone == "38S" and len(square) == 2
        assert abs(int(east5) - easting % 100000) <= 1 and abs(int(north5) - northing % 100000) <= 1
    # The land handed over: the released land's outline, its four corners (lanes' ends left out).
    assert sorted((round(c.easting), round(c.northing)) for c in data.corners) == sorted(
        (X0 + x, Y0 + y) for x, y in ((500, 500), (1500, 500), (1500, 1500), (500, 1500)))


def test_the_pdf_holds_the_report_and_the_certificate(store, tmp_path):
    output = tmp_path / "report.pdf"
    result = export_completion_reports(store, str(output), ["T-0001"],
                                       options=CompletionOptions(print_date=PRINTED))
    assert result.files == [str(output)] and result.pages == 2 and result.warnings == []
    assert pdf_pages(output) == 2
    text = pdf_text(output)
    report, certificate = text.split("\f")[:2]
    assert "Completion report T-0001" in report
    data = completion_data(select_tasks(store.layer("clearance_tasks"), ["T-0001"])[0], store.layers())
    for point in data.turning_points:
        assert f"{point.easting:.0f}" in report and f"{point.northing:.0f}" in report
        assert point.mgrs in report
    cleared, reduced = expected_hectares()
    assert f"{cleared:,.2f}" in report and f"{reduced:,.2f}" in report
    assert "AP 4, AT 2, UXO 5 (11 in total)" in " ".join(report.split())
    assert "QI-00002" in report and "Pass" in report and "Fail" in report
    assert "A-0001" in report and "A-0002" not in report
    assert "Land handover certificate" in certificate
    assert "Aghdam district executive authority" in " ".join(certificate.split())
    assert f"{cleared + reduced:,.2f} ha" in certificate
    for role in ("Releasing organisation", "National mine action authority", "Recipient"):
        assert role in certificate
    assert "WARNING" not in text


def test_without_handover_one_page_per_task_and_a_folder_of_files(store, tmp_path):
    result = export_completion_reports(store, str(tmp_path), expression="\"task_id\" = 'T-0001'",
                                       options=CompletionOptions(paper="A3", handover=False, print_date=PRINTED))
    assert result.files == [str(tmp_path / "completion_T-0001.pdf")]
    assert pdf_pages(result.files[0]) == 1
    assert "Land handover certificate" not in pdf_text(result.files[0])


def test_a_task_breaking_a_rule_prints_with_the_warning(store, tmp_path):
    set_task(store, completed_on=None)
    warnings = handover_warnings(store, ["T-0001"])
    assert len(warnings) == 1 and "not completed" in warnings[0]
    output = tmp_path / "warned.pdf"
    result = export_completion_reports(store, str(output), ["T-0001"], options=CompletionOptions(print_date=PRINTED))
    assert result.warnings == warnings
    report, certificate = pdf_text(output).split("\f")[:2]
    for page in (report, certificate):
        assert "WARNING" in page and "is not completed" in " ".join(page.split())


@pytest.mark.parametrize("kwargs, message", [
    ({"task_ids": []}, "No task chosen"),
    ({"task_ids": ["T-0099"]}, "T-0099"),
    ({"expression": "\"no_such_field\" = 1"}, "no_such_field"),
])
def test_bad_choices_are_refused_with_a_sentence(store, tmp_path, kwargs, message):
    with pytest.raises(DeminingError, match=message):
        export_completion_reports(store, str(tmp_path / "x.pdf"), **kwargs)
    assert not (tmp_path / "x.pdf").exists()


def test_bad_paper_and_output_are_refused(store, tmp_path):
    with pytest.raises(DeminingError, match="Paper 'A5'"):
        export_completion_reports(store, str(tmp_path / "x.pdf"), ["T-0001"], options=CompletionOptions(paper="A5"))
    with pytest.raises(DeminingError, match="report.txt"):
        export_completion_reports(store, str(tmp_path / "report.txt"), ["T-0001"])
    with pytest.raises(DeminingError, match="does not exist"):
        export_completion_reports(store, str(tmp_path / "missing" / "x.pdf"), ["T-0001"])


@pytest.mark.parametrize("suffix", [".gpkg", ".geojson"])
def test_parcels_open_in_gdal_with_their_areas(store, tmp_path, suffix):
    from osgeo import ogr

    output = tmp_path / f"parcels{suffix}"
    result = export_handover_parcels(store, str(output), ["T-0001"])
    assert result.parcels == 1 and result.task_ids == ["T-0001"]
    ds = ogr.Open(str(output))
    layer = ds.GetLayer(0)
    assert layer.GetFeatureCount() == 1
    feature = layer.GetNextFeature()
    geometry = QgsGeometry.fromWkt(feature.GetGeometryRef().ExportToWkt())
    cleared, reduced = expected_hectares()
    assert geodesic_ha(geometry) == pytest.approx(cleared + reduced, abs=0.01)
    assert feature.GetField("area_ha") == pytest.approx(cleared + reduced, abs=0.01)
    assert feature.GetField("handed_over_to") == "Aghdam district executive authority"
    assert feature.GetField("land_use_after") == "farming"
    assert feature.GetField("beneficiaries_girls") == 40


def test_parcels_refuse_tasks_not_handed_over_and_bad_files(store, tmp_path):
    set_task(store, handed_over_on=None)
    with pytest.raises(DeminingError, match="None of the chosen tasks was handed over"):
        export_handover_parcels(store, str(tmp_path / "p.gpkg"), ["T-0001"])
    assert list(tmp_path.iterdir()) == [tmp_path / "handover.gpkg"]
    with pytest.raises(DeminingError, match="parcels.shp"):
        export_handover_parcels(store, str(tmp_path / "parcels.shp"), ["T-0001"])


def test_without_warnings_the_map_and_legend_take_the_warnings_band(store):
    """Page 1 keeps a band for the warnings only when there are some: without, the map and the
    legend start where the band starts, taller by it; the next task with a warning gets it back."""
    from demining_plugin.core.completion.layout import BELOW_WARNINGS, CompletionBuilder

    builder = CompletionBuilder(store, CompletionOptions(print_date=PRINTED))
    places = dict(builder.template_places)
    band_top = places["warnings"][1]
    assert band_top + places["warnings"][3] < places["report_map"][1]  # the template: band above the map

    def place(item_id):
        item = builder.items[item_id]
        return (item.pagePositionWithUnits().x(), item.pagePositionWithUnits().y(), item.sizeWithUnits().width(),
                item.sizeWithUnits().height())

    task = select_tasks(builder.tasks, ["T-0001"])[0]
    builder.prepare(task)
    assert not builder.data.warnings and not builder.items["warnings"].isVisible()
    for item_id in BELOW_WARNINGS:
        x, y, width, height = places[item_id]
        assert place(item_id) == pytest.approx((x, band_top, width, height + y - band_top))
    task.setAttribute("completed_on", None)  # a handover rule broken: the warning prints
    builder.prepare(task)
    assert builder.data.warnings and builder.items["warnings"].isVisible()
    for item_id in BELOW_WARNINGS:
        assert place(item_id) == pytest.approx(places[item_id])
