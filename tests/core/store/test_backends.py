"""What callers ask of a store without knowing its backend (GeoPackage or PostGIS): whether
a location holds one (``is_store``), the identifier the next feature gets
(``next_identifier``), and plain reads of a layer that are safe in a worker thread
(``read_features``, what the imports read)."""

import threading

import pytest
from osgeo import ogr
from qgis.core import QgsGeometry

from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.store import create_store, is_store
from tests.ground import CHECKED_DAY, to_wgs84, two_districts_and_a_hazard, utm_box, utm_point


@pytest.fixture(params=["geopackage", "postgis"])
def any_store(request, tmp_path):
    """The two districts and hazard H-0001 of ``ground.py`` in a store of each backend."""
    if request.param == "geopackage":
        where = str(tmp_path / "store.gpkg")
    else:
        where = request.getfixturevalue("location")
    store = create_store(where)
    store.apply(two_districts_and_a_hazard())
    return store


def _item(**values) -> ChangeSet:
    changes = ChangeSet()
    changes.add("detections", utm_point(1000, 1000), {"category": "AT", "found_on": CHECKED_DAY, **values})
    return changes


def test_is_store_says_which_locations_hold_a_store(any_store, tmp_path):
    assert is_store(any_store.location)
    plain = tmp_path / "plain.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(plain))
    ds.CreateLayer("points", geom_type=ogr.wkbPoint)
    ds = None
    text = tmp_path / "notes.gpkg"
    text.write_text("not a database")
    folder = tmp_path / "folder.gpkg"
    folder.mkdir()
    csv = tmp_path / "items.csv"
    csv.write_text("lat,lon\n40,47\n")
    for location in (plain, text, folder, csv, tmp_path / "missing.gpkg"):
        assert not is_store(str(location)), location
    # A PostGIS location that reaches no server, or a schema that is not a store.
    assert not is_store("pg:host=127.0.0.1 port=1 dbname=nothing connect_timeout=2 schema=demining")
    if any_store.kind == "postgis":
        assert not is_store(any_store.location.replace(f"schema={any_store.schema}", "schema=not_there"))


def test_next_identifier_is_the_one_the_store_then_gives(any_store):
    assert any_store.next_identifier("hazard_areas") == "H-0002"
    assert any_store.next_identifier("detections") == "D-000001"
    any_store.apply(_item(item_id="D-000041"))
    predicted = any_store.next_identifier("detections")
    assert predicted == "D-000042"
    undo = any_store.apply(_item())
    assert undo.deleted == {"detections": [predicted]}


def test_read_features_in_a_worker_thread(any_store):
    read = {}

    def worker():
        read["all"] = list(any_store.read_features("regions", ("name",)))
        # A box in the store's CRS (EPSG:4326) around the east district's middle only.
        box = to_wgs84(utm_box(1400, 900, 1600, 1100)).boundingBox()
        read["east"] = list(any_store.read_features(
            "regions", ("name", "region_id"), (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(60)
    assert sorted(values["name"] for _, values in read["all"]) == ["East", "West"]
    [(wkb, values)] = read["east"]
    assert values == {"name": "East", "region_id": "R-002"}
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    east = to_wgs84(utm_box(1000, 0, 2000, 2000))
    assert abs(geometry.area() - east.area()) < 1e-12 and geometry.intersects(east.centroid())
