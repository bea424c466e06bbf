"""Random malformed rows and files thrown at every importer: none crashes, each refusal
is a clear ``DeminingError``, and a refused import leaves the store byte for byte as it was."""

import csv
import io
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from demining_plugin.core import imports as importers
from demining_plugin.core.errors import DeminingError
from demining_plugin.core.geo.mgrs import parse_mgrs
from demining_plugin.core.imports import ImportOptions, MineMapDetails
from tests.ground import ground_store
from tests.helpers import file_digest

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Cell values a team's spreadsheet may hold: good numbers, text, blanks, quotes, line breaks...
CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "39.92",
            "46.76",
            "-0",
            "1e400",
            "nan",
            "inf",
            "AP",
            "PMN-2",
            "2021-11-22",
            "0",
            "-5",
            "999",
            "40°12'30\"N",
            "1,5",
            '"',
            "a\nb",
            ";",
            "38S PK 51005 21010",
            "None",
            "NULL",
        ]
    ),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(max_size=12),
)
HEADERS = st.lists(
    st.sampled_from(
        [
            "lat",
            "lon",
            "Latitude",
            "Longitude",
            "x",
            "y",
            "mgrs",
            "type",
            "category",
            "model",
            "qty",
            "date",
            "depth",
            "killed",
            "injured",
            "civilian",
            "activity",
            "Ряд",
            "",
            "notes",
        ]
    ),
    min_size=1,
    max_size=8,
)
KINDS = ("detections", "accidents", "minemap")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("hardening") / "template.gpkg"
    ground_store(str(path), "T-0001")
    return path


def run_import(kind, store, path, report):
    options = ImportOptions(report_path=str(report))
    if kind == "minemap":
        return importers.import_mine_map(store, path, MineMapDetails(source="fuzz"), options)
    if kind == "detections":
        return importers.import_detections(store, path, options)
    return importers.import_accidents(store, path, options)


def attempt(template, folder: Path, kind: str, path: Path):
    """Import into a fresh copy of the template; check the outcome whatever it is."""
    from demining_plugin.core.store import open_store

    target = folder / f"store-{uuid.uuid4().hex[:8]}.gpkg"
    shutil.copyfile(template, target)
    store = open_store(str(target))
    layer = importers.TARGET_LAYER[kind]
    before_bytes = file_digest(target)
    before_count = store.layer(layer).featureCount()
    try:
        result = run_import(kind, store, path, folder / "report.csv")
    except DeminingError as error:
        assert str(error).strip(), "a refusal must say why"
        assert file_digest(target) == before_bytes
        outcome = None
    else:
        assert result.imported >= 1
        assert store.layer(layer).featureCount() == before_count + result.imported
        assert all(r.row >= 1 and r.reason for r in result.rejected)
        outcome = result
    con = sqlite3.connect(str(target))
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    target.unlink()
    return outcome


@SETTINGS
@given(
    header=HEADERS,
    rows=st.lists(st.lists(CELLS, max_size=9), max_size=8),
    kind=st.sampled_from(KINDS),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
# Found by this test: an infinite number in a coordinate column (column detection) or in the
# depth column overflowed int().
@example(header=["lat", "lat"], rows=[["", "1e400"]], kind="detections", delimiter=",")
@example(header=["lat", "lon", "type", "depth"], rows=[["39.92", "46.76", "AP", "1e400"]], kind="detections",
         delimiter=",")
def test_random_rows(template, tmp_path_factory, header, rows, kind, delimiter):
    folder = tmp_path_factory.mktemp("rows")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    path = folder / "random.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    attempt(template, folder, kind, path)


GOOD_ROWS = "lat,lon,type,date,qty,activity,killed\n39.922121,46.762249,AP,2021-11-22,1,farming,1\n"


@SETTINGS
@given(
    data=st.binary(max_size=400),
    suffix=st.sampled_from([".csv", ".xlsx", ".kmz", ".kml", ".gpx", ".geojson", ".shp"]),
    kind=st.sampled_from(KINDS),
)
def test_random_bytes(template, tmp_path_factory, data, suffix, kind):
    folder = tmp_path_factory.mktemp("bytes")
    path = folder / f"random{suffix}"
    path.write_bytes(data)
    attempt(template, folder, kind, path)


def _valid_texts():
    geojson = (
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"type":"AP",'
        '"date":"2021-11-22","activity":"farming"},"geometry":{"type":"Point","coordinates":[46.762249,39.922121]}}]}'
    )
    gpx = (
        '<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1">'
        '<wpt lat="39.922121" lon="46.762249"><time>2021-11-22T10:00:00Z</time><name>PMN-2</name></wpt></gpx>'
    )
    kml = (
        '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>PMN-2</name>'
        "<Point><coordinates>46.762249,39.922121</coordinates></Point></Placemark></Document></kml>"
    )
    return {".geojson": geojson, ".gpx": gpx, ".kml": kml, ".csv": GOOD_ROWS}


@SETTINGS
@given(
    suffix=st.sampled_from([".geojson", ".gpx", ".kml", ".csv"]),
    cut=st.integers(0, 400),
    flips=st.lists(st.tuples(st.integers(0, 400), st.integers(0, 255)), max_size=4),
    kind=st.sampled_from(KINDS),
)
def test_damaged_valid_files(template, tmp_path_factory, suffix, cut, flips, kind):
    data = bytearray(_valid_texts()[suffix].encode())
    for position, value in flips:
        if position < len(data):
            data[position] = value
    data = bytes(data[: max(cut, 1)])
    folder = tmp_path_factory.mktemp("damaged")
    path = folder / f"damaged{suffix}"
    path.write_bytes(data)
    attempt(template, folder, kind, path)


@SETTINGS
@given(text=st.one_of(st.text(max_size=20), st.from_regex(r"\d{1,2}[A-Z]{3}\d{0,11}", fullmatch=True)))
def test_random_mgrs(text):
    try:
        lon, lat = parse_mgrs(text)
    except DeminingError as error:
        assert str(error)
    else:
        assert -180 <= lon <= 180 and -80.5 <= lat <= 84.5


def test_good_rows_still_import_through_the_same_path(template, tmp_path):
    """The control for the tests above: a valid file does import, for every kind."""
    path = tmp_path / "good.csv"
    path.write_text(GOOD_ROWS)
    for kind in KINDS:
        result = attempt(template, tmp_path, kind, path)
        assert result is not None and result.imported == 1


def test_a_report_row_with_characters_utf8_cannot_write_is_still_written(tmp_path):
    """A damaged file read with escapes may hold lone surrogates; the report still lists
    the row (the character replaced) instead of failing with UnicodeEncodeError."""
    from demining_plugin.core.imports.report import write_report
    from demining_plugin.core.imports.rows import Rows
    from demining_plugin.core.imports.tables import SourceTable

    table = SourceTable(tmp_path / "damaged.csv", "csv", ["lat", "lon", "category"],
                        [["40.1", "47.0", "AT\udcff"]], [2])
    rows = Rows(table)
    rows.refuse(0, "unknown_category", "unknown category 'AT\udcff'")
    written = write_report(table, rows, str(tmp_path / "report.csv"))
    text = (tmp_path / "report.csv").read_text(encoding="utf-8")
    assert written == str(tmp_path / "report.csv")
    assert "2,unknown_category,unknown category 'AT?',40.1,47.0,AT?" in text
