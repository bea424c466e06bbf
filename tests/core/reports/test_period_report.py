"""The period report on the demo store: the sentences an agency publishes for the demo
week, computed from the data; a changed store changes them; the three file formats;
and the store totals behind them against the demo's headline figures."""

import importlib.util
import shutil
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
    edit,
)
from qgis.PyQt.QtCore import QDate

from demining_plugin.core.geo.measure import distance_area
from demining_plugin.core.reports.figures import headline_figures
from demining_plugin.core.reports.period_report import period_report
from demining_plugin.core.reports.totals import store_totals
from demining_plugin.core.store import open_store
from tests import REPO_ROOT

WEEK = ("2021-11-22", "2021-11-27")
WEEK_DISTRICTS = {"Tartar", "Aghdam", "Fuzuli", "Shusha", "Gubadli", "Jabrayil", "Zangilan"}
ITEMS_SENTENCE = ("Between 22 November 2021 and 27 November 2021, 51 explosive items were found: 1 anti-personnel "
                  "mine, 36 anti-tank mines and 14 items of unexploded ordnance (UXO), in ")


#: Month names in English whatever the machine's locale (the report uses the user's).
pytestmark = pytest.mark.usefixtures("english_dates")


@pytest.fixture(scope="module")
def demo(demo_copy):
    """The demo store (built once per session, copied for this module)."""
    return demo_copy


@pytest.fixture(scope="module")
def demo_totals(demo):
    return store_totals(open_store(str(demo)))


def districts_named(sentence: str, prefix: str) -> set:
    """The district names listed after ``prefix`` in ``A, B and C.``."""
    assert sentence.startswith(prefix), sentence
    names = sentence[len(prefix):].rstrip(".")
    head, _, last = names.rpartition(" and ")
    return {n.strip() for n in head.split(",")} | {last.strip()} if head else {last.strip()}


def test_demo_week_report_sentences(demo_totals):
    report = period_report(demo_totals, *WEEK)
    items, disposal, land, cleared_in, routes, accidents = report.sentences
    assert districts_named(items, ITEMS_SENTENCE) == WEEK_DISTRICTS
    assert disposal.startswith("Of these, ") and "were destroyed in situ" in disposal
    assert land == "50.00 hectares of land were released, every square metre counted once: 50.00 ha cleared."
    assert districts_named(cleared_in, "Land was cleared in ") == WEEK_DISTRICTS
    assert routes == "No routes were cleared."
    assert accidents.startswith("1 mine accident was recorded, with 1 killed and 2 injured, in Tartar")
    figures = report.figures
    assert figures["items"] == 51 and figures["items_by_category"] == {"AP": 1, "AT": 36, "UXO": 14}
    assert figures["cleared_ha"] == pytest.approx(50.0, abs=0.005)
    assert report.title == "Mine action report, 22 November 2021 to 27 November 2021"


def test_demo_week_report_table(demo_totals):
    table = period_report(demo_totals, *WEEK).table
    assert set(table.groups()) == WEEK_DISTRICTS
    assert table.total("items") == 51
    assert (table.total("item_AP"), table.total("item_AT"), table.total("item_UXO")) == (1, 36, 14)
    assert table.total("cleared_ha") == pytest.approx(50.0, abs=0.005)
    for key in ("items", "cleared_ha", "accidents"):
        assert sum(row[table.index(key)] for row in table.rows) == pytest.approx(table.total(key))
    assert table.value("Fuzuli", "item_AP") == 1


def test_store_totals_reproduce_the_headline_figures(demo, demo_totals):
    store = open_store(str(demo))
    for until in ("2021-12-02", None):
        figures = headline_figures(store, None if until is None else QDate.fromString(until, "yyyy-MM-dd").toPyDate())
        table = demo_totals.table("district", None, until)
        assert table.total("released_ha") == pytest.approx(figures.released_ha, rel=1e-6)
        for method, hectares in figures.released_ha_by_method.items():
            assert table.total(f"{method}_ha") == pytest.approx(hectares, rel=1e-6), method
        assert table.total("items") == figures.items_total
        assert table.total("route_km") == pytest.approx(figures.route_km, rel=1e-6)
        assert (table.total("accidents"), table.total("killed"), table.total("injured")) == \
            (figures.accidents.accidents, figures.accidents.killed, figures.accidents.injured)
    by_cutoff = demo_totals.table("release_method", None, "2021-12-02")
    assert by_cutoff.value("cleared", "released_ha") == pytest.approx(13177.0, abs=0.005)


def test_hectaretotals_on_the_demo_store(processing_provider, demo):
    from qgis import processing

    store = open_store(str(demo))
    result = processing.run("demining:hectaretotals", {
        "INPUT": store.uri("cleared_areas"), "REGIONS": store.uri("regions"), "GROUP_BY": "release_method",
        "DATE_FROM": WEEK[0], "DATE_TO": WEEK[1], "OUTPUT": "memory:"})
    rows = {(f["release_method"], f["region"]): f["area_ha"] for f in result["OUTPUT"].getFeatures()}
    assert {region for _, region in rows} == WEEK_DISTRICTS
    assert result["TOTAL_HA"] == pytest.approx(50.0, abs=0.005)
    everything = processing.run("demining:hectaretotals", {"INPUT": store.uri("cleared_areas"), "OUTPUT": "memory:"})
    assert everything["TOTAL_HA"] == pytest.approx(headline_figures(store).released_ha, rel=1e-6)


@pytest.mark.parametrize("suffix, expected", [
    (".md", ["# Mine action report, 22 November 2021 to 27 November 2021", "| **Total** | **50.00** |",
             ITEMS_SENTENCE]),
    (".html", ["<table>", "<tfoot>", "<td class=\"n\">51</td>", ITEMS_SENTENCE]),
    (".txt", ["Mine action report, 22 November 2021 to 27 November 2021", "Total", "51 explosive items"]),
])
def test_periodreport_algorithm_writes_each_format(processing_provider, demo, tmp_path, suffix, expected):
    from qgis import processing

    output = tmp_path / f"week{suffix}"
    result = processing.run("demining:periodreport", {"STORE": str(demo), "DATE_FROM": WEEK[0], "DATE_TO": WEEK[1],
                                                      "OUTPUT": str(output)})
    text = output.read_text(encoding="utf-8")
    for piece in expected:
        assert piece in text, piece
    assert result["OUTPUT"] == str(output)
    assert "51 explosive items were found" in result["TEXT"]
    assert "Total" in result["TEXT"]


def test_a_changed_store_changes_the_report(demo, tmp_path):
    path = tmp_path / "changed.gpkg"
    shutil.copyfile(demo, path)
    store = open_store(str(path))
    items = store.layer("detections")
    ap = [f.id() for f in items.getFeatures(QgsFeatureRequest().setFilterExpression(
        "\"category\" = 'AP' AND \"found_on\" >= to_date('2021-11-22') AND \"found_on\" <= to_date('2021-11-27')"))]
    assert len(ap) == 1
    released = store.layer("cleared_areas")
    lane = next(released.getFeatures(QgsFeatureRequest().setFilterExpression(
        "\"released_on\" >= to_date('2021-11-22') AND \"released_on\" <= to_date('2021-11-27') "
        "AND \"district\" = 'Tartar'")))
    lane_ha = distance_area(released.crs()).measureArea(lane.geometry()) / 10_000
    accidents = store.layer("accidents")
    with edit(items):
        assert items.deleteFeatures(ap)
    with edit(released):
        assert released.deleteFeature(lane.id())
    with edit(accidents):
        accident = QgsFeature(accidents.fields())
        accident.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lane.geometry().centroid().asPoint())))
        for name, value in {"accident_id": "A-9001", "occurred_on": QDate(2021, 11, 25), "killed": 0, "injured": 3,
                            "civilian": True, "activity": "farming", "district": "Tartar"}.items():
            accident.setAttribute(name, value)
        assert accidents.addFeature(accident)

    report = period_report(store_totals(store), *WEEK)
    items_sentence, _, land, _, _, accidents_sentence = report.sentences
    assert items_sentence.startswith("Between 22 November 2021 and 27 November 2021, 50 explosive items were found: "
                                     "36 anti-tank mines and 14 items of unexploded ordnance (UXO), in ")
    assert report.figures["released_ha"] == pytest.approx(50.0 - lane_ha, abs=0.005)
    assert land.startswith(f"{50.0 - lane_ha:,.2f} hectares of land were released")
    assert accidents_sentence.startswith("2 mine accidents were recorded, with 1 killed and 5 injured, in Tartar")


@pytest.mark.parametrize("parameters, message", [
    ({"DATE_FROM": "2021-11-27", "DATE_TO": "2021-11-22"}, "after it ends"),
    ({"DATE_FROM": "22 November"}, "is not a date"),
    ({"OUTPUT": "report.docx"}, ".md, .html or .txt"),
])
def test_periodreport_refuses_bad_input_and_keeps_the_old_file(processing_provider, demo, tmp_path, parameters,
                                                               message):
    from qgis import processing

    existing = tmp_path / "report.md"
    existing.write_text("the previous report", encoding="utf-8")
    params = {"STORE": str(demo), "DATE_FROM": WEEK[0], "DATE_TO": WEEK[1], "OUTPUT": str(existing)}
    params.update(parameters)
    if not Path(params["OUTPUT"]).is_absolute():
        params["OUTPUT"] = str(tmp_path / params["OUTPUT"])
    with pytest.raises(QgsProcessingException) as error:
        processing.run("demining:periodreport", params)
    assert message in str(error.value)
    assert existing.read_text(encoding="utf-8") == "the previous report"
    assert not (tmp_path / "report.docx").exists()


def test_periodreport_refuses_a_file_that_is_not_a_store(processing_provider, tmp_path):
    from qgis import processing

    not_a_store = tmp_path / "notes.gpkg"
    not_a_store.write_text("not a database", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as error:
        processing.run("demining:periodreport", {"STORE": str(not_a_store), "DATE_FROM": WEEK[0],
                                                 "DATE_TO": WEEK[1], "OUTPUT": str(tmp_path / "r.md")})
    assert "notes.gpkg" in str(error.value)
    assert not (tmp_path / "r.md").exists()


def test_make_demo_prints_the_week_report(demo, capsys):
    spec = importlib.util.spec_from_file_location("build_demo", REPO_ROOT / "seeds" / "build_demo.py")
    build_demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_demo)
    build_demo.print_week_report(open_store(str(demo)))
    out = capsys.readouterr().out
    assert "Period report 2021-11-22 to 2021-11-27" in out
    assert "51 explosive items were found" in out
    written = Path(demo).with_name("report_2021-11-22_2021-11-27.md").read_text(encoding="utf-8")
    assert "| **Total** | **50.00** |" in written


def test_released_layer_in_another_crs_gives_the_same_week(demo, tmp_path):
    """The store layer reprojected to UTM (as an agency might keep it) reports the same hectares."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsCoordinateTransformContext,
        QgsVectorFileWriter,
    )

    from demining_plugin.core.reports.hectares import hectare_totals

    store = open_store(str(demo))
    released = store.layer("cleared_areas")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    target = str(tmp_path / "released_utm.gpkg")
    options.ct = QgsCoordinateTransform(released.crs(), QgsCoordinateReferenceSystem("EPSG:32638"),
                                        QgsCoordinateTransformContext())
    error = QgsVectorFileWriter.writeAsVectorFormatV3(released, target, QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError
    utm = QgsVectorLayer(target, "utm", "ogr")
    assert utm.crs().authid() == "EPSG:32638"
    week = hectare_totals(layer=utm, date_field="released_on", date_from=WEEK[0], date_to=WEEK[1])
    assert week.total_ha == pytest.approx(50.0, abs=0.005)
