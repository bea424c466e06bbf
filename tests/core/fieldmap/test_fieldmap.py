"""Field maps: pages, page sizes, the turning-point table against pyproj, the drawn task,
the magnetic declination against an independent WMM implementation, bad input, the
Processing algorithm, and the task_points layer added to version-1 stores."""

import datetime
import math
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from pyproj import Geod, Transformer
from qgis.core import QgsFeedback, QgsGeometry, QgsPointXY, QgsProcessingException
from qgis.PyQt.QtGui import QColor, QImage

from demining_plugin.core.errors import DeminingError
from demining_plugin.core.fieldmap import TASK_OUTLINE, FieldMapOptions, export_field_maps, template_path
from demining_plugin.core.geo import geomag
from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.model.schema import SCHEMA_VERSION
from demining_plugin.core.store import META_TABLE, create_store, open_store

PRINT_DATE = datetime.date(2026, 3, 1)
MM_TO_PT = 72 / 25.4
#: Task outlines (lon, lat): one near Aghdam (UTM 38N), one in Ukraine (UTM 36N).
TASKS = {
    "T-0001": [(46.9000, 40.0000), (46.9041, 40.0012), (46.9055, 39.9981), (46.9030, 39.9962), (46.8996, 39.9975)],
    "T-0002": [(35.0300, 48.5000), (35.0352, 48.5004), (35.0349, 48.4968), (35.0296, 48.4971)],
}
GEOD = Geod(ellps="WGS84")


def _polygon(ring):
    return QgsGeometry.fromMultiPolygonXY([[[QgsPointXY(x, y) for x, y in ring + ring[:1]]]])


def _utm_epsg(lon: float, lat: float) -> int:
    return (32600 if lat >= 0 else 32700) + int((lon + 180) // 6) + 1


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("fieldmap") / "store.gpkg"
    store = create_store(str(path))
    changes = ChangeSet()
    changes.add("regions", _polygon([(46.6, 39.8), (47.2, 39.8), (47.2, 40.2), (46.6, 40.2)]),
                {"region_id": "R-001", "name": "Aghdam", "source": "test district"})
    changes.add("regions", _polygon([(34.8, 48.3), (35.3, 48.3), (35.3, 48.7), (34.8, 48.7)]),
                {"region_id": "R-002", "name": "Zaporizhzhia", "source": "test district"})
    changes.add("hazard_areas", _polygon([(46.898, 40.002), (46.907, 40.002), (46.907, 39.995), (46.898, 39.995)]),
                {"hazard_id": "H-0001", "classification": "CHA", "status": "worked_on", "district": "Aghdam"})
    for task_id, ring in TASKS.items():
        changes.add("clearance_tasks", _polygon(ring), {
            "task_id": task_id, "name": f"Test task {task_id}", "task_type": "clearance", "status": "open",
            "district": "Aghdam" if task_id == "T-0001" else "Zaporizhzhia", "team": "Team Alpha",
            "organisation": "ANAMA", "planned_start": datetime.date(2026, 3, 2),
            "planned_end": datetime.date(2026, 4, 30)})
    cleared = [(46.9000, 40.0000), (46.9041, 40.0012), (46.9035, 39.9990), (46.9000, 39.9985)]
    changes.add("cleared_areas", _polygon(cleared), {
        "release_id": "LR-000001", "release_method": "cleared", "task_id": "T-0001",
        "released_on": datetime.date(2026, 2, 20)})
    changes.add("detections", QgsGeometry.fromPointXY(QgsPointXY(46.9020, 39.9990)), {
        "item_id": "D-000001", "category": "AT", "found_on": datetime.date(2026, 2, 21), "task_id": "T-0001"})
    changes.add("task_points", QgsGeometry.fromPointXY(QgsPointXY(46.8980, 39.9950)), {
        "point_id": "TP-00001", "task_id": "T-0001", "kind": "medevac", "name": "Ambulance at the crossroads"})
    changes.add("mapped_mines", QgsGeometry.fromPointXY(QgsPointXY(46.9025, 39.9995)), {
        "mine_id": "MM-000001", "record_id": "MR-0001", "category": "AT"})
    store.apply(changes)
    return store


def _pdf_pages_and_sizes(path: Path):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(path)], capture_output=True, text=True,
                          check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    sizes = [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]
    return pages, sizes


def _text(path: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module", params=[("A4", "portrait"), ("A4", "landscape"), ("A3", "portrait"),
                                        ("A3", "landscape")], ids=lambda p: f"{p[0]}-{p[1]}")
def atlas(request, store, tmp_path_factory):
    paper, orientation = request.param
    path = tmp_path_factory.mktemp("atlas") / f"tasks_{paper}_{orientation}.pdf"
    result = export_field_maps(store, str(path), task_ids=["T-0001", "T-0002"],
                               options=FieldMapOptions(paper, orientation, print_date=PRINT_DATE))
    return paper, orientation, path, result


def test_one_page_per_task_at_the_paper_size(atlas):
    paper, orientation, path, result = atlas
    assert result.pages == 2 and result.files == [str(path)]
    pages, sizes = _pdf_pages_and_sizes(path)
    width_mm, height_mm = {"A4": (210, 297), "A3": (297, 420)}[paper]
    if orientation == "landscape":
        width_mm, height_mm = height_mm, width_mm
    assert pages == 2
    assert len(sizes) == 2
    for width, height in sizes:
        assert width == pytest.approx(width_mm * MM_TO_PT, abs=0.5)
        assert height == pytest.approx(height_mm * MM_TO_PT, abs=0.5)


# A row of the table; a map label on the same line of the page may come before it.
_ROW = re.compile(r"(?:^|\s)(\d{1,3})\s+(\d{6})\s+(\d{7})\s+(-?\d+\.\d{6})\s+(-?\d+\.\d{6})\s+"
                  r"(\d{1,2}[C-X] [A-Z]{2} \d{5} \d{5})", re.M)


@pytest.mark.parametrize("page, task_id", [(1, "T-0001"), (2, "T-0002")])
def test_turning_point_table_matches_the_vertices_converted_by_pyproj(atlas, page, task_id):
    _, _, path, _ = atlas
    text = _text(path, page)
    assert task_id in text
    rows = _ROW.findall(text)
    ring = TASKS[task_id]
    assert [int(r[0]) for r in rows] == list(range(1, len(ring) + 1))
    epsg = _utm_epsg(*ring[0])
    assert f"EPSG:{epsg}" in text, "the page names the UTM zone its grid and table use"
    to_utm = Transformer.from_crs("EPSG:4326", f"EPSG:{epsg}", always_xy=True)
    for (number, easting, northing, lat, lon, _), (x, y) in zip(rows, ring):
        e, n = to_utm.transform(x, y)
        assert abs(int(easting) - e) <= 0.5 + 1e-6, (number, easting, e)
        assert abs(int(northing) - n) <= 0.5 + 1e-6, (number, northing, n)
        assert float(lat) == pytest.approx(y, abs=5e-7)
        assert float(lon) == pytest.approx(x, abs=5e-7)


def test_title_block_figures(atlas):
    _, _, path, _ = atlas
    text = " ".join(_text(path, 1).split())
    ring = TASKS["T-0001"]
    area, _ = GEOD.polygon_area_perimeter([p[0] for p in ring], [p[1] for p in ring])
    assert f"planned {abs(area) / 1e4:,.2f} ha" in text
    cleared = [(46.9000, 40.0000), (46.9041, 40.0012), (46.9035, 39.9990), (46.9000, 39.9985)]
    released, _ = GEOD.polygon_area_perimeter([p[0] for p in cleared], [p[1] for p in cleared])
    assert f"released {abs(released) / 1e4:,.2f} ha" in text
    assert "Aghdam" in text and "Team Alpha" in text and "2026-03-02" in text and "2026-04-30" in text
    assert "Ambulance at the crossroads" in text
    assert f"Printed {PRINT_DATE.isoformat()}" in text
    centre = QgsGeometry.fromPolygonXY([[QgsPointXY(*p) for p in ring]]).centroid().asPoint()
    expected = geomag.declination(centre.x(), centre.y(), PRINT_DATE)
    assert f"magnetic declination {expected.text} (WMM-2025, {PRINT_DATE.isoformat()})" in text
    assert f"Mag. decl. {expected.text}" in text
    # The second task has no task points.
    assert "none recorded" in " ".join(_text(path, 2).split())


def test_page_is_drawn_and_shows_the_task_outline(atlas, store, tmp_path):
    paper, orientation, path, _ = atlas
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
                   check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    # The main map's rectangle on the page, from the template, in pixels.
    from demining_plugin.core.fieldmap import FieldMapBuilder

    builder = FieldMapBuilder(store, FieldMapOptions(paper, orientation))
    map_item = builder.main_map
    px = 60 / 25.4
    x0, y0 = int(map_item.pos().x() * px), int(map_item.pos().y() * px)
    x1, y1 = x0 + int(map_item.rect().width() * px), y0 + int(map_item.rect().height() * px)
    outline = not_white = 0
    for y in range(y0, y1, 2):
        for x in range(x0, x1, 2):
            colour = QColor(image.pixel(x, y))
            if colour.red() < 245 or colour.green() < 245 or colour.blue() < 245:
                not_white += 1
            if (abs(colour.red() - TASK_OUTLINE.red()) < 25 and abs(colour.green() - TASK_OUTLINE.green()) < 25
                    and abs(colour.blue() - TASK_OUTLINE.blue()) < 25):
                outline += 1
    samples = ((y1 - y0) // 2) * ((x1 - x0) // 2)
    assert not_white > 0.05 * samples, "the map area is blank"
    assert outline > 40, "the task's outline colour is not in the map area"


def test_print_date_beyond_the_models_still_prints(store, tmp_path):
    target = tmp_path / "late.pdf"
    export_field_maps(store, str(target), task_ids=["T-0001"],
                      options=FieldMapOptions(print_date=datetime.date(2031, 1, 5)))
    text = " ".join(_text(target, 1).split())
    assert "Mag. decl. unknown" in text
    assert "No World Magnetic Model shipped for 2031.0" in text


def test_one_pdf_per_task_in_a_folder(store, tmp_path):
    folder = tmp_path / "maps"
    result = export_field_maps(store, str(folder), expression="\"district\" = 'Aghdam'",
                               options=FieldMapOptions(print_date=PRINT_DATE))
    assert result.pages == 1 and result.task_ids == ["T-0001"]
    assert sorted(p.name for p in folder.iterdir()) == ["fieldmap_T-0001.pdf"]
    assert _pdf_pages_and_sizes(folder / "fieldmap_T-0001.pdf")[0] == 1


def test_mapped_mines_only_when_asked(store, tmp_path):
    plain = tmp_path / "plain.pdf"
    with_mines = tmp_path / "mines.pdf"
    export_field_maps(store, str(plain), task_ids=["T-0001"], options=FieldMapOptions(print_date=PRINT_DATE))
    export_field_maps(store, str(with_mines), task_ids=["T-0001"],
                      options=FieldMapOptions(mapped_mines=True, print_date=PRINT_DATE))
    # The legend lists only layers drawn on the map.
    assert "Mapped mines" not in _text(plain, 1)
    assert "Mapped mines" in _text(with_mines, 1)
    assert "Accidents" not in _text(plain, 1)


BAD = {
    "unknown id": ({"task_ids": ["T-0001", "T-0999"]}, "T-0999"),
    "no match": ({"expression": "\"district\" = 'Nowhere'"}, "No clearance task matches"),
    "unknown field": ({"expression": "\"colour\" = 'red'"}, "colour"),
    "bad syntax": ({"expression": "district = = 1"}, "not valid"),
    "nothing chosen": ({}, "No task chosen"),
    "both": ({"task_ids": ["T-0001"], "expression": "true"}, "not both"),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_choice_of_tasks_is_refused_with_a_clear_message(case, store, tmp_path):
    kwargs, wanted = BAD[case]
    with pytest.raises(DeminingError, match=re.escape(wanted)):
        export_field_maps(store, str(tmp_path / "out.pdf"), **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_bad_paper_and_output_are_refused(store, tmp_path):
    with pytest.raises(DeminingError, match="A5"):
        export_field_maps(store, str(tmp_path / "out.pdf"), ["T-0001"], options=FieldMapOptions(paper="A5"))
    with pytest.raises(DeminingError, match="out.png"):
        export_field_maps(store, str(tmp_path / "out.png"), ["T-0001"])
    with pytest.raises(DeminingError, match="does not exist"):
        export_field_maps(store, str(tmp_path / "missing" / "out.pdf"), ["T-0001"])


def test_cancel_leaves_no_file(store, tmp_path):
    feedback = QgsFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 0 else None)
    target = tmp_path / "cancelled.pdf"
    with pytest.raises(DeminingError, match="cancelled"):
        export_field_maps(store, str(target), task_ids=["T-0001", "T-0002"], feedback=feedback)
    assert list(tmp_path.iterdir()) == []


def test_processing_algorithm(processing_provider, store, tmp_path):
    from qgis import processing

    target = tmp_path / "maps.pdf"
    result = processing.run("demining:fieldmap", {
        "STORE": store.location, "TASK_IDS": "T-0002, T-0001", "PAPER": "A3", "ORIENTATION": "landscape",
        "OUTPUT": str(target)})
    assert result["PAGES"] == 2
    pages, sizes = _pdf_pages_and_sizes(target)
    assert pages == 2 and sizes[0][0] == pytest.approx(420 * MM_TO_PT, abs=0.5)
    assert "T-0002" in _text(target, 1) and "T-0001" in _text(target, 2)
    with pytest.raises(QgsProcessingException, match="T-0404"):
        processing.run("demining:fieldmap", {"STORE": store.location, "TASK_IDS": "T-0404",
                                              "OUTPUT": str(tmp_path / "x.pdf")})
    with pytest.raises(QgsProcessingException, match="No task chosen"):
        processing.run("demining:fieldmap", {"STORE": store.location, "OUTPUT": str(tmp_path / "x.pdf")})
    assert not (tmp_path / "x.pdf").exists()


def test_templates_ship_for_every_paper_and_orientation():
    for paper in ("A4", "A3"):
        for orientation in ("portrait", "landscape"):
            path = template_path(paper, orientation)
            assert path.is_file(), path
            text = path.read_text(encoding="utf-8")
            for item_id in ("main_map", "overview_map", "points_table", "legend", "title", "details",
                            "north_arrow", "north_note", "scale_bar", "scale_ratio"):
                assert f'id="{item_id}"' in text, (path.name, item_id)


# -- World Magnetic Model -------------------------------------------------------------------

#: Declinations (degrees) computed by pygeomag 1.1.0, an independent WMM implementation,
#: from the same NOAA coefficient files.
REFERENCE_DECLINATIONS = [
    (40.0, 47.0, 2026.9, 6.441261962594027),
    (39.9, 46.8, 2021.9, 6.355886779883681),
    (48.5, 35.0, 2026.0, 8.548056075838856),
    (-34.0, 151.0, 2027.5, 12.821800423243326),
]


@pytest.mark.parametrize("lat, lon, year, expected", REFERENCE_DECLINATIONS)
def test_declination_matches_an_independent_wmm_implementation(lat, lon, year, expected):
    model = geomag.model_for(year)
    north, east, _ = geomag.field_components(lon, lat, 0.0, year, model)
    assert math.degrees(math.atan2(east, north)) == pytest.approx(expected, abs=1e-4)


def test_declination_outside_the_models_is_refused():
    with pytest.raises(DeminingError, match="2031"):
        geomag.declination(47.0, 40.0, datetime.date(2031, 6, 1))
    assert geomag.declination(47.0, 40.0, datetime.date(2022, 1, 1)).model == "WMM-2020"
    assert geomag.declination(47.0, 40.0, datetime.date(2026, 1, 1)).model == "WMM-2025"


# -- task_points in older stores ----------------------------------------------------------------

def test_version_1_store_gains_the_task_points_layer(tmp_path):
    from osgeo import ogr

    path = tmp_path / "old.gpkg"
    create_store(str(path))
    # Make it a version-1 store: no task_points layer, no style for it, version 1.
    ds = ogr.Open(str(path), update=1)
    index = next(i for i in range(ds.GetLayerCount()) if ds.GetLayerByIndex(i).GetName() == "task_points")
    ds.DeleteLayer(index)
    ds = None
    with sqlite3.connect(str(path)) as con:
        con.execute("DELETE FROM layer_styles WHERE f_table_name = 'task_points'")
        con.execute(f"UPDATE {META_TABLE} SET value = '1' WHERE key = 'schema_version'")
    con.close()

    store = open_store(str(path))
    assert store.schema_version == SCHEMA_VERSION
    with sqlite3.connect(str(path)) as con:
        columns = [row[1] for row in con.execute("PRAGMA table_info(task_points)")]
        styles = con.execute("SELECT count(*) FROM layer_styles WHERE f_table_name = 'task_points' "
                             "AND useAsDefault = 1").fetchone()[0]
    con.close()
    assert columns == ["fid", "geom", "point_id", "task_id", "kind", "name", "remarks"]
    assert styles == 1
    layer = store.layer("task_points")
    kind = layer.fields().indexOf("kind")
    assert layer.editorWidgetSetup(kind).type() == "ValueMap"
    codes = [list(entry.values())[0] for entry in layer.editorWidgetSetup(kind).config()["map"]]
    assert codes == ["medevac", "helicopter_landing", "access", "assembly", "control", "other"]
    assert layer.renderer().type() == "categorizedSymbol"
    # Opening it again changes nothing more.
    assert open_store(str(path)).schema_version == SCHEMA_VERSION
