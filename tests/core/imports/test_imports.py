"""The import engine: each bad-row kind refused with its row number while good rows
import, every format read, the store unchanged on a fatal error or an interrupted write."""

import csv
import datetime
import sqlite3
import zipfile
from pathlib import Path

import pytest
from osgeo import gdal, ogr, osr
from pyproj import Geod, Transformer
from qgis.core import QgsProcessingException

from demining_plugin.core import imports as importers
from demining_plugin.core.errors import DeminingError, StoreError
from demining_plugin.core.geo.mgrs import to_mgrs
from demining_plugin.core.imports import ImportOptions, MineMapDetails
from demining_plugin.core.store import geopackage as store_module
from demining_plugin.core.store import gpkg_bulk
from tests import REPO_ROOT
from tests.ground import X0, Y0, two_districts_and_a_hazard
from tests.helpers import file_digest, sqlite_integrity

SEEDS = REPO_ROOT / "seeds"
TODAY = datetime.date(2026, 1, 1)
UTM_TO_WGS84 = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
WGS84_TO_UTM = Transformer.from_crs("EPSG:4326", "EPSG:32638", always_xy=True)


def lonlat(x, y):
    """WGS84 of a point given in metres from the test ground's origin (UTM 38N)."""
    return UTM_TO_WGS84.transform(X0 + x, Y0 + y)


def rows_of(path, sql, *args):
    con = sqlite3.connect(str(path))
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


@pytest.fixture
def ground(new_store):
    """Two districts (West/East at x = 1000 m), a hazard and task T-0001 over 500..1500 m."""
    new_store.apply(two_districts_and_a_hazard("T-0001"))
    return new_store


def write_csv(path, header, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def read_report(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


# -- the shipped samples ------------------------------------------------------------------

ITEMS_REFUSED = {
    7: "swapped",
    8: "not_a_number",
    9: "missing_coordinates",
    10: "duplicate_in_file",
    11: "unknown_category",
    12: "bad_quantity",
    13: "future_date",
    14: "bad_depth",
    15: "outside_extent",
    16: "bad_date",
}


def test_sample_items_found_import_report(ground, tmp_path):
    report = tmp_path / "items_report.csv"
    result = importers.import_detections(
        ground, SEEDS / "sample_items_found.csv", ImportOptions(report_path=str(report), today=TODAY)
    )
    # Rows 2-6 and 17 are good; each of rows 7-16 has one fault, named in its Notes column.
    assert result.imported == 6
    assert {r.row: r.code for r in result.rejected} == ITEMS_REFUSED
    reasons = {r.row: r.reason for r in result.rejected}
    assert "swapped" in reasons[7] and "'40.1x'" in reasons[8] and "row 2" in reasons[10]
    assert "'widget'" in reasons[11] and "2099-01-01" in reasons[13] and "900 cm" in reasons[14]
    listed = read_report(report)
    refused = [r for r in listed if not r["code"].startswith("warning:")]
    assert [(int(r["row"]), r["code"]) for r in refused] == sorted(ITEMS_REFUSED.items())
    assert all(r["Notes"].startswith("bad:") for r in refused)
    # Good rows go through the item checks too: row 17 lies outside every task and released
    # land, so it is imported with a warning, listed after the refusals (as on capture).
    warned = [r for r in listed if r["code"].startswith("warning:")]
    assert [(int(r["row"]), r["code"]) for r in warned] == [(17, "warning:item_outside_work")]
    assert warned[0]["Notes"].startswith("good: outside any task")
    assert [(w.row, w.code) for w in result.warnings] == [(17, "item_outside_work")]
    assert result.warnings[0].reason.startswith("Row 17 lies outside every clearance task")
    assert "1 with warnings" in result.summary("sample_items_found.csv")

    layer = ground.layer("detections")
    features = sorted(layer.getFeatures(), key=lambda f: f["item_id"])
    assert [f["category"] for f in features] == ["AP", "AT", "UXO", "AP", "AP", "UXO"]
    assert [f["quantity"] for f in features] == [1, 1, 2, 1, 1, 1]
    assert features[1]["found_on"].toPyDate() == datetime.date(2021, 11, 22)  # written 22.11.2021
    assert features[0]["condition"] == "intact" and features[0]["disposition"] == "destroyed_in_situ"
    assert features[2]["disposition"] == "destroyed_in_situ"  # "BIP"
    # Task and district from the ground: the task covers 500..1500 m, districts split at 1000 m.
    for feature in features:
        x, y = WGS84_TO_UTM.transform(feature.geometry().asPoint().x(), feature.geometry().asPoint().y())
        x, y = x - X0, y - Y0
        inside_task = 500 <= x <= 1500 and 500 <= y <= 1500
        assert (feature["task_id"] == "T-0001") == inside_task
        assert feature["district"] == ("West" if x < 1000 else "East")


MINE_MAP_REFUSED = {
    6: "duplicate_in_file",
    23: "bad_mgrs",
    24: "missing_coordinates",
    25: "bad_mgrs",
    26: "unknown_category",
}


def test_sample_mine_map_import_creates_a_record(ground, tmp_path):
    report = tmp_path / "map_report.csv"
    details = MineMapDetails(source="Sample map", received_on=datetime.date(2021, 6, 12))
    result = importers.import_mine_map(
        ground, SEEDS / "sample_mine_map.csv", details, ImportOptions(report_path=str(report))
    )
    assert result.imported == 20
    assert {r.row: r.code for r in result.rejected} == MINE_MAP_REFUSED
    assert "column letter 'X'" in {r.row: r.reason for r in result.rejected}[23]
    assert result.record_id == "MR-0001"
    record = next(ground.layer("minefield_records").getFeatures())
    # Row 1 of the map is ПМН (AP), row 2 TM-62 (AT): counted, as no claims were given.
    assert (record["claimed_ap"], record["claimed_at"], record["claimed_total"]) == (10, 10, 20)
    assert record["source"] == "Sample map" and record["received_on"].toPyDate() == datetime.date(2021, 6, 12)
    assert record["district"] == "East"
    mines = list(ground.layer("mapped_mines").getFeatures())
    assert len(mines) == 20 and {m["record_id"] for m in mines} == {"MR-0001"}
    polygon = record.geometry()
    assert all(polygon.contains(m.geometry()) for m in mines)
    # Two rows of mines 45 m long and 10 m apart, hull grown by 10 m: about 65 x 30 m less the corners.
    ring = polygon.asMultiPolygon()[0][0]
    area, _ = Geod(ellps="WGS84").polygon_area_perimeter([p.x() for p in ring], [p.y() for p in ring])
    expected = 45 * 10 + 2 * 10 * (45 + 10) + 3.14159 * 10**2
    assert abs(area) == pytest.approx(expected, rel=0.03)
    # Positions come from the MGRS strings: the south-west corner of their 1 m square.
    first = sorted(mines, key=lambda m: (m["row_no"], m["mine_no"]))[0]
    point = first.geometry().asPoint()
    assert to_mgrs(point.x(), point.y()) == "38S PK 51005 21010"


def test_mine_map_into_existing_record_with_claims(ground, tmp_path):
    details = MineMapDetails(source="first", received_on=None)
    first = importers.import_mine_map(
        ground, SEEDS / "sample_mine_map.csv", details, ImportOptions(report_path=str(tmp_path / "a.csv"))
    )
    rows = [[to_mgrs(*lonlat(1600 + 3 * k, 1600)), "AT"] for k in range(4)]
    path = write_csv(tmp_path / "more.csv", ["mgrs", "type"], rows)
    more = MineMapDetails(record_id=first.record_id, claimed_ap=90, claimed_at=40, claimed_total=130)
    result = importers.import_mine_map(ground, path, more, ImportOptions(report_path=str(tmp_path / "b.csv")))
    assert result.imported == 4 and result.record_id == first.record_id
    records = list(ground.layer("minefield_records").getFeatures())
    assert len(records) == 1
    assert (records[0]["claimed_ap"], records[0]["claimed_at"], records[0]["claimed_total"]) == (90, 40, 130)
    assert ground.layer("mapped_mines").featureCount() == 24
    # Importing the same mines again: each is refused as already stored, and nothing changes.
    before = file_digest(ground.location)
    with pytest.raises(DeminingError, match="none of its 4 rows"):
        importers.import_mine_map(
            ground, path, MineMapDetails(record_id=first.record_id), ImportOptions(report_path=str(tmp_path / "c.csv"))
        )
    assert file_digest(ground.location) == before
    assert {r["code"] for r in read_report(tmp_path / "c.csv")} == {"duplicate_in_store"}
    with pytest.raises(DeminingError, match="MR-0099 does not exist"):
        importers.import_mine_map(ground, path, MineMapDetails(record_id="MR-0099"))


def test_mine_map_polygons_become_the_record(ground, tmp_path):
    path = tmp_path / "map.geojson"
    corners = [lonlat(x, y) for x, y in ((1100, 1100), (1300, 1100), (1300, 1200), (1100, 1200), (1100, 1100))]
    mines = [lonlat(1150 + 10 * k, 1150) for k in range(5)]
    write_ogr(path, "GeoJSON", [("Polygon", [corners], {"type": None})] + [("Point", m, {"type": "AT"}) for m in mines])
    result = importers.import_mine_map(
        ground, path, MineMapDetails(source="polygon map"), ImportOptions(report_path=str(tmp_path / "r.csv"))
    )
    assert result.imported == 5 and result.rejected == []
    record = next(ground.layer("minefield_records").getFeatures())
    ring = record.geometry().asMultiPolygon()[0][0]
    assert sorted((round(p.x(), 7), round(p.y(), 7)) for p in ring[:-1]) == sorted(
        (round(x, 7), round(y, 7)) for x, y in corners[:-1]
    )
    assert record["claimed_at"] == 5 and record["claimed_ap"] == 0 and record["district"] == "East"


def test_xy_mode_and_expected_zone(ground, tmp_path):
    rows = [[X0 + 600, Y0 + 600, "AP", "2021-11-22"], [X0 + 700, Y0 + 600, "AT", "2021-11-22"]]
    # A point in zone 39 (east of 48°E), still inside the given extent.
    lon39, lat39 = 48.2, 39.9
    x39, y39 = WGS84_TO_UTM.transform(lon39, lat39)
    rows.append([x39, y39, "AP", "2021-11-22"])
    path = write_csv(tmp_path / "utm.csv", ["Easting", "Northing", "Category", "Date"], rows)
    options = ImportOptions(
        xy_crs="EPSG:32638", expected_zone=38, extent=(45.0, 38.0, 50.0, 42.0), report_path=str(tmp_path / "r.csv")
    )
    result = importers.import_detections(ground, path, options)
    assert result.imported == 2
    assert [(r.row, r.code) for r in result.rejected] == [(4, "outside_zone")]
    points = sorted(f.geometry().asPoint().x() for f in ground.layer("detections").getFeatures())
    expected = sorted(UTM_TO_WGS84.transform(X0 + x, Y0 + 600)[0] for x in (600, 700))
    assert points == pytest.approx(expected, abs=1e-9)
    with pytest.raises(DeminingError, match="need their coordinate reference system"):
        importers.import_detections(ground, path, ImportOptions(mode="xy"))


def test_accidents_import(ground, tmp_path):
    lon, lat = lonlat(300, 300)
    rows = [
        [lat, lon, "2021-05-04", "1", "2", "yes", "farming", "AT"],
        [lat + 0.001, lon, "2021-06-01", "0", "1", "no", "Demining", ""],
        [lat + 0.002, lon, "2021-06-02", "-1", "0", "yes", "farming", ""],
        [lat + 0.003, lon, "2021-06-03", "0", "1", "maybe", "farming", ""],
        [lat + 0.004, lon, "2021-06-04", "0", "1", "yes", "dancing", ""],
        [lat + 0.005, lon, "", "0", "1", "yes", "herding", ""],
    ]
    path = write_csv(
        tmp_path / "acc.csv", ["lat", "lon", "date", "killed", "injured", "civilian", "activity", "device"], rows
    )
    result = importers.import_accidents(ground, path, ImportOptions(report_path=str(tmp_path / "r.csv"), today=TODAY))
    assert result.imported == 2
    assert [(r.row, r.code) for r in result.rejected] == [
        (4, "bad_count"),
        (5, "bad_flag"),
        (6, "unknown_activity"),
        (7, "missing_date"),
    ]
    stored = sorted(ground.layer("accidents").getFeatures(), key=lambda f: f["accident_id"])
    assert [(f["killed"], f["injured"], bool(f["civilian"]), f["activity"], f["district"]) for f in stored] == [
        (1, 2, True, "farming", "West"),
        (0, 1, False, "demining", "West"),
    ]
    assert stored[0]["device_category"] == "AT"


# -- every format ------------------------------------------------------------------------


def write_ogr(path, driver, features, layer_name="items"):
    """A small file written with OGR: features are (geometry type, coordinates, attributes)."""
    gdal.UseExceptions()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    options = []
    if driver == "GPX":
        options = ["GPX_USE_EXTENSIONS=YES"]
    ds = ogr.GetDriverByName(driver).CreateDataSource(str(path), options=options)
    name = "waypoints" if driver == "GPX" else layer_name
    geom_type = ogr.wkbPoint if driver == "GPX" else ogr.wkbUnknown
    if driver == "ESRI Shapefile":
        geom_type = ogr.wkbPoint
    layer = ds.CreateLayer(
        name, srs=None if driver == "XLSX" else srs, geom_type=ogr.wkbNone if driver == "XLSX" else geom_type
    )
    keys = []
    for _, _, attributes in features:
        for key in attributes:
            if key not in keys:
                keys.append(key)
    if driver == "XLSX":
        keys = ["lat", "lon"] + keys
    for key in keys:
        if driver == "GPX" and key in ("name", "desc", "time"):
            continue
        layer.CreateField(ogr.FieldDefn(key, ogr.OFTString))
    for kind, coordinates, attributes in features:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in attributes.items():
            if value is not None:
                feature.SetField(key, value)
        if driver == "XLSX":
            feature.SetField("lon", str(coordinates[0]))
            feature.SetField("lat", str(coordinates[1]))
        elif kind == "Point":
            geometry = ogr.Geometry(ogr.wkbPoint)
            geometry.AddPoint_2D(*coordinates)
            feature.SetGeometry(geometry)
        else:
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in coordinates[0]:
                ring.AddPoint_2D(x, y)
            polygon = ogr.Geometry(ogr.wkbPolygon)
            polygon.AddGeometry(ring)
            feature.SetGeometry(polygon)
        layer.CreateFeature(feature)
    ds = None  # noqa: F841 (writes the file)
    return path


ITEMS = [((600, 600), "AP", "PMN-2"), ((700, 700), "AT", "TM-62M"), ((800, 800), "UXO", "OF-462")]


@pytest.mark.parametrize(
    "suffix, driver",
    [
        (".geojson", "GeoJSON"),
        (".shp", "ESRI Shapefile"),
        (".kml", "KML"),
        (".kmz", "KML"),
        (".gpx", "GPX"),
        (".xlsx", "XLSX"),
        (".csv", "CSV"),
    ],
)
def test_every_format_is_read(ground, tmp_path, suffix, driver):
    path = tmp_path / f"items{suffix}"
    features = []
    for (x, y), category, model in ITEMS:
        attributes = {"category": category, "model": model, "found_on": "2021-11-22"}
        if driver == "GPX":
            attributes = {"name": model, "time": "2021-11-22T10:00:00Z", "category": category}
        features.append(("Point", lonlat(x, y), attributes))
    if suffix == ".csv":
        write_csv(
            path,
            ["lon", "lat", "category", "model", "found_on"],
            [[*coordinates, a["category"], a["model"], a["found_on"]] for _, coordinates, a in features],
        )
    elif suffix == ".kmz":
        kml = write_ogr(tmp_path / "doc.kml", driver, features)
        with zipfile.ZipFile(path, "w") as archive:
            archive.write(kml, "doc.kml")
    elif driver == "GPX":
        write_gpx(path, features)
    else:
        write_ogr(path, driver, features)
    result = importers.import_detections(ground, path, ImportOptions(report_path=str(tmp_path / "r.csv"), today=TODAY))
    assert (result.imported, result.rejected) == (3, [])
    stored = sorted(ground.layer("detections").getFeatures(), key=lambda f: f["item_id"])
    assert [f["category"] for f in stored] == ["AP", "AT", "UXO"]
    for feature, (_, coordinates, _) in zip(stored, features):
        point = feature.geometry().asPoint()
        assert (point.x(), point.y()) == pytest.approx(coordinates, abs=1e-7)
        assert feature["found_on"].toPyDate() == datetime.date(2021, 11, 22)


def write_gpx(path, features):
    """GPX waypoints as a GPS writes them: name, time and a type element."""
    lines = ['<?xml version="1.0"?>', '<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">']
    for _, (lon, lat), attributes in features:
        lines.append(
            f'<wpt lat="{lat:.9f}" lon="{lon:.9f}"><time>{attributes["time"]}</time>'
            f"<name>{attributes['name']}</name><type>{attributes['category']}</type></wpt>"
        )
    lines.append("</gpx>")
    Path(path).write_text("\n".join(lines), encoding="utf-8")
    return path


# -- fatal errors change nothing ----------------------------------------------------------


def _binary(path):
    path.write_bytes(bytes(range(256)) * 8)


FATAL = [
    ("items.csv", _binary, "binary data"),
    ("items.kmz", lambda p: p.write_text("<kml>not zipped</kml>"), "not a ZIP archive"),
    ("items.xlsx", lambda p: p.write_text("lat,lon\n1,2\n"), "not an Excel workbook"),
    ("items.csv", lambda p: p.write_bytes(b""), "is empty"),
    ("items.geojson", lambda p: p.write_text("lat,lon\n"), "not GeoJSON"),
    ("items.geojson", lambda p: p.write_text('{"type": "FeatureCollection", "features": [ {'), "cannot be read"),
    ("items.shp", lambda p: p.write_bytes(b"\x00" * 200), "not a Shapefile"),
    ("items.gpx", lambda p: p.write_text("hello"), "not an XML"),
    ("items.doc", lambda p: p.write_text("x"), "cannot be imported"),
    ("items.csv", lambda p: p.write_text("name,colour\nA,red\n"), "no coordinates found"),
    ("items.csv", lambda p: p.write_text("lat,lon\n"), "holds no rows"),
]


@pytest.mark.parametrize("name, make, message", FATAL)
def test_file_not_what_it_claims_changes_nothing(ground, tmp_path, name, make, message):
    path = tmp_path / name
    make(path)
    before = file_digest(ground.location)
    for run in (importers.import_detections, importers.import_accidents):
        with pytest.raises(DeminingError, match=message):
            run(ground, path, ImportOptions(report_path=str(tmp_path / "r.csv")))
    with pytest.raises(DeminingError, match=message):
        importers.import_mine_map(ground, path, MineMapDetails(source="x"))
    assert file_digest(ground.location) == before


def test_kmz_with_a_damaged_member(ground, tmp_path):
    path = tmp_path / "bad.kmz"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "no kml here")
    with pytest.raises(DeminingError, match="without a KML document"):
        importers.import_detections(ground, path)


# -- interrupted imports -----------------------------------------------------------------


def test_failure_at_commit_leaves_the_store_as_it_was(ground, tmp_path):
    before = file_digest(ground.location)

    def fail():
        raise RuntimeError("power cut")

    with pytest.raises(StoreError, match="Nothing was changed"):
        importers.import_detections(
            ground,
            SEEDS / "sample_items_found.csv",
            ImportOptions(report_path=str(tmp_path / "r.csv"), today=TODAY),
            before_commit=fail,
        )
    assert file_digest(ground.location) == before
    assert sqlite_integrity(ground.location) == "ok"


def test_failure_in_the_middle_of_the_write_leaves_the_store_as_it_was(ground, tmp_path, monkeypatch):
    real = store_module.insert_layer

    def written_then_fail(ds, layer, signature):
        real(ds, layer, signature)  # the mines, their history rows and their index are in
        raise OSError("disk pulled out")

    monkeypatch.setattr(store_module, "insert_layer", written_then_fail)
    before = file_digest(ground.location)
    with pytest.raises(StoreError, match="disk pulled out"):
        importers.import_mine_map(
            ground,
            SEEDS / "sample_mine_map.csv",
            MineMapDetails(source="x"),
            ImportOptions(report_path=str(tmp_path / "r.csv")),
        )
    assert file_digest(ground.location) == before
    assert sqlite_integrity(ground.location) == "ok"
    assert ground.layer("minefield_records").featureCount() == 0


# -- algorithms --------------------------------------------------------------------------


def test_algorithms(ground, tmp_path, processing_provider):
    from qgis import processing

    report = tmp_path / "report.csv"
    out = processing.run(
        "demining:importminemap",
        {
            "INPUT": str(SEEDS / "sample_mine_map.csv"),
            "STORE": ground.location,
            "SOURCE": "Aghdam map",
            "RECEIVED_ON": "2021-06-12",
            "CLAIMED_TOTAL": 97,
            "REPORT": str(report),
        },
    )
    assert (out["IMPORTED"], out["REJECTED"], out["REPORT"], out["RECORD_ID"]) == (20, 5, str(report), "MR-0001")
    record = next(ground.layer("minefield_records").getFeatures())
    assert (record["claimed_total"], record["claimed_ap"], record["claimed_at"]) == (97, 10, 10)

    out = processing.run(
        "demining:importdetections",
        {
            "INPUT": str(SEEDS / "sample_items_found.csv"),
            "STORE": ground.location,
            "MAPPING": "category=Type;model=Model",
            "REPORT": str(tmp_path / "items.csv"),
        },
    )
    # "Today" is the real date here: the 2099 row stays in the future.
    assert (out["IMPORTED"], out["REJECTED"]) == (6, 10)

    path = tmp_path / "fake.csv"
    _binary(path)
    before = file_digest(ground.location)
    with pytest.raises(QgsProcessingException, match="binary data"):
        processing.run("demining:importaccidents", {"INPUT": str(path), "STORE": ground.location})
    with pytest.raises(QgsProcessingException, match="not a field of this import"):
        processing.run(
            "demining:importdetections",
            {"INPUT": str(SEEDS / "sample_items_found.csv"), "STORE": ground.location, "MAPPING": "colour=Type"},
        )
    assert file_digest(ground.location) == before


def test_failure_while_the_spatial_index_is_suspended_restores_it(ground, tmp_path, monkeypatch):
    """The bulk write drops the R-tree insert trigger inside its transaction; a failure
    before it is put back must leave the trigger, the index and the rows as they were."""

    def fail(*args):
        raise OSError("killed while indexing")

    monkeypatch.setattr(gpkg_bulk, "_fill_rtree", fail)
    before = file_digest(ground.location)
    with pytest.raises(StoreError, match="killed while indexing"):
        importers.import_detections(
            ground, SEEDS / "sample_items_found.csv", ImportOptions(report_path=str(tmp_path / "r.csv"), today=TODAY)
        )
    assert file_digest(ground.location) == before
    assert sqlite_integrity(ground.location) == "ok"
    triggers = rows_of(
        ground.location, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_detections_%'"
    )
    assert len(triggers) == 6


def test_bulk_write_keeps_the_spatial_index_complete(ground, tmp_path):
    importers.import_detections(
        ground, SEEDS / "sample_items_found.csv", ImportOptions(report_path=str(tmp_path / "r.csv"), today=TODAY)
    )
    fids = rows_of(ground.location, "SELECT fid FROM detections ORDER BY fid")
    indexed = rows_of(ground.location, "SELECT id FROM rtree_detections_geom ORDER BY id")
    assert len(fids) == 6 and indexed == fids
    # The trigger is back: a feature added the ordinary way is indexed too.
    assert (
        len(rows_of(ground.location, "SELECT name FROM sqlite_master WHERE name = 'rtree_detections_geom_insert'")) == 1
    )


KILLED_IMPORT = """
import sys, time
sys.path.insert(0, {repo!r})
sys.path.insert(0, {tests!r})
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from demining_plugin.core import imports as importers
from demining_plugin.core.store import open_store

def hold():
    print("inside the transaction", flush=True)
    time.sleep(60)

store = open_store({store!r})
importers.import_mine_map(store, {source!r}, importers.MineMapDetails(source="killed"),
                          importers.ImportOptions(report_path={report!r}), before_commit=hold)
"""


def test_import_killed_mid_way_leaves_the_store_as_it_was(ground, tmp_path):
    """The process is killed (SIGKILL) with every row written but not committed: the next
    opening of the store finds it as it was."""
    import os
    import signal
    import subprocess
    import sys

    source = tmp_path / "big.csv"
    rows = [[to_mgrs(*lonlat(600 + 2 * (k % 300), 600 + 2 * (k // 300))), "AP"] for k in range(6000)]
    write_csv(source, ["mgrs", "type"], rows)
    before = file_digest(ground.location)
    script = tmp_path / "killed.py"
    script.write_text(
        KILLED_IMPORT.format(
            repo=str(REPO_ROOT),
            tests=str(REPO_ROOT / "tests"),
            store=ground.location,
            source=str(source),
            report=str(tmp_path / "r.csv"),
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        line = process.stdout.readline()
        assert "inside the transaction" in line, process.stderr.read()
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    # Opening the store rolls back whatever the killed process left in its journal.
    assert sqlite_integrity(ground.location) == "ok"
    assert rows_of(ground.location, "SELECT count(*) FROM mapped_mines") == [(0,)]
    assert rows_of(ground.location, "SELECT count(*) FROM minefield_records") == [(0,)]
    assert file_digest(ground.location) == before


# -- rows outside the store's districts ----------------------------------------------------------

@pytest.fixture
def checkerboard(new_store):
    """Two 5 km districts touching at a corner: West (0..5 km) and North-East (5..10 km).
    Half of their bounding box lies in no district."""
    from demining_plugin.core.model.changes import ChangeSet
    from tests.ground import to_wgs84, utm_box

    seed = ChangeSet()
    seed.add("regions", to_wgs84(utm_box(0, 0, 5000, 5000)), {"name": "West"})
    seed.add("regions", to_wgs84(utm_box(5000, 5000, 10000, 10000)), {"name": "North-East"})
    new_store.apply(seed)
    return new_store


#: Rows (metres from the ground's origin) and whether each lies within 1 km of a district.
DISTRICT_ROWS = [
    ((2500, 2500), True),    # inside West
    ((5500, 2500), True),    # 500 m east of West, in no district
    ((-700, 2500), True),    # 700 m west of West
    ((8000, 2000), False),   # 3 km from both: inside their bounding box, in no district
    ((-1500, 2500), False),  # 1.5 km west of West
    ((2000, 8500), False),   # 3 km from both, the other empty corner
]


def district_rows_csv(tmp_path):
    rows = []
    for (x, y), _near in DISTRICT_ROWS:
        lon, lat = lonlat(x, y)
        rows.append([f"{lat:.7f}", f"{lon:.7f}", "AP", "2021-11-22"])
    return write_csv(tmp_path / "districts.csv", ["Lat", "Lon", "Type", "Date"], rows)


def test_rows_outside_the_districts_are_refused_not_their_bounding_box(checkerboard, tmp_path):
    path = district_rows_csv(tmp_path)
    result = importers.import_detections(checkerboard, path, ImportOptions(report_path=str(tmp_path / "r.csv")))
    far = [row for row, ((_xy, near)) in enumerate(DISTRICT_ROWS, start=2) if not near]
    assert result.imported == len(DISTRICT_ROWS) - len(far)
    assert [(r.row, r.code) for r in result.rejected] == [(row, "outside_extent") for row in far]
    assert all("1 km" in r.reason and "districts" in r.reason for r in result.rejected)
    assert result.outside_count == 3
    assert "3 of the rejected rows lie outside the store's districts." in result.summary("districts.csv")
    assert checkerboard.layer("detections").featureCount() == 3


def test_the_district_tolerance_is_an_option(checkerboard, tmp_path):
    path = district_rows_csv(tmp_path)
    strict = importers.import_detections(
        checkerboard, path, ImportOptions(district_tolerance_m=0, report_path=str(tmp_path / "r.csv")))
    assert strict.imported == 1 and strict.outside_count == 5
    assert all("districts" in r.reason for r in strict.rejected)


def test_without_the_district_check_every_row_is_imported(checkerboard, tmp_path):
    path = district_rows_csv(tmp_path)
    result = importers.import_detections(
        checkerboard, path, ImportOptions(use_store_extent=False, report_path=str(tmp_path / "r.csv")))
    assert result.imported == len(DISTRICT_ROWS) and result.outside_count == 0
    assert "outside" not in result.summary("districts.csv")


def test_the_district_check_in_a_projected_store(tmp_path):
    # A store kept in UTM: districts are read in its CRS, rows come in degrees.
    from demining_plugin.core.model.changes import ChangeSet
    from demining_plugin.core.store import create_store
    from tests.ground import utm_box

    store = create_store(str(tmp_path / "utm.gpkg"), "EPSG:32638")
    seed = ChangeSet()
    seed.add("regions", utm_box(0, 0, 5000, 5000), {"name": "West"})
    seed.add("regions", utm_box(5000, 5000, 10000, 10000), {"name": "North-East"})
    store.apply(seed)
    result = importers.import_detections(store, district_rows_csv(tmp_path),
                                         ImportOptions(report_path=str(tmp_path / "r.csv")))
    assert result.imported == 3 and result.outside_count == 3
