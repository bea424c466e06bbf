"""The PostGIS project store on a throwaway PostgreSQL + PostGIS cluster (started for this
module, see ``postgis_cluster.py``): creating, opening, editing and totals through the
same algorithms as a GeoPackage; concurrent operators; the audit history; copying a store
GeoPackage -> PostGIS -> GeoPackage without loss; clear messages for connection mistakes.

Figures are checked against PostGIS's own ``ST_Area(geography)`` and pyproj."""

import ast
import datetime
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from qgis.core import (
    QgsDataSourceUri,
    QgsEditorWidgetSetup,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsProviderRegistry,
    edit,
)

from demining_plugin.core.errors import StoreError
from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.model.schema import LAYERS, SCHEMA_VERSION, FieldDef, layer_def, relations
from demining_plugin.core.release.marking import mark_released
from demining_plugin.core.store import create_store, open_store
from demining_plugin.core.store import geopackage as store_module
from demining_plugin.core.store.copy import copy_store
from demining_plugin.core.store.postgis import PostgisStore
from demining_plugin.core.store.postgis_sql import ConcurrentEditError, parse_location
from demining_plugin.core.store.styles import add_store_to_project
from tests import REPO_ROOT
from tests.auth_database import master_password_file
from tests.ground import UTM, X0, Y0, geodesic_ha, ground_store, to_wgs84, two_districts_and_a_hazard, utm_box
from tests.helpers import memory_polygons, release_details

DAY = datetime.date(2021, 11, 23)


@pytest.fixture
def pg_store(location):
    """Two districts, a 100 ha CHA (H-0001) across them and a task over it, in PostGIS."""
    store = ground_store(location)
    return store


def sql(cluster, statement, params=None):
    return cluster.execute(statement, "demining", params)


def overlap_m2(cluster, schema) -> float:
    """Land stored twice: pairwise intersections of released polygons, in m2."""
    return sql(cluster, f"""SELECT coalesce(sum(ST_Area(ST_Intersection(a.geom, b.geom)::geography)), 0)
                            FROM {schema}.cleared_areas a JOIN {schema}.cleared_areas b
                              ON a.fid < b.fid AND ST_Intersects(a.geom, b.geom)""")[0][0]


def released_ha_sql(cluster, schema) -> float:
    return sql(cluster, f"SELECT coalesce(sum(ST_Area(geom::geography)), 0) / 1e4 FROM {schema}.cleared_areas")[0][0]


# -- create, open, edit, totals -----------------------------------------------------------

def test_create_open_edit_and_totals_through_the_algorithms(cluster, location, processing_provider, tmp_path):
    from qgis import processing

    created = processing.run("demining:createstore", {"OUTPUT": location, "CRS": "EPSG:4326"})
    assert created["SCHEMA_VERSION"] == SCHEMA_VERSION
    store = open_store(location)
    assert isinstance(store, PostgisStore)
    schema = store.schema
    tables = {r[0] for r in sql(cluster, "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                                (schema,))}
    assert tables == {d.name for d in LAYERS} | {"demining_meta", "demining_history", "demining_submissions"}
    assert dict(sql(cluster, f"SELECT key, value FROM {schema}.demining_meta"))["schema_version"] == str(SCHEMA_VERSION)
    # Same styles and forms as a GeoPackage: saved in layer_styles, loaded as the default.
    assert {r[0] for r in sql(cluster, "SELECT f_table_name FROM layer_styles WHERE f_table_schema = %s AND "
                                       "useasdefault", (schema,))} == {d.name for d in LAYERS}
    hazards = store.layer("hazard_areas")
    assert hazards.providerType() == "postgres" and hazards.renderer().type() == "RuleRenderer"
    widget: QgsEditorWidgetSetup = hazards.editorWidgetSetup(hazards.fields().indexOf("classification"))
    assert widget.type() == "ValueMap"
    project = QgsProject()
    layers = add_store_to_project(store, project)
    assert len(project.relationManager().relations()) == len(relations())
    assert layers["cleared_areas"].dataProvider().uri().schema() == schema

    store.apply(two_districts_and_a_hazard())
    drawn = [utm_box(600, 600, 1000, 1000), utm_box(800, 800, 1300, 1200)]
    marked = processing.run("demining:markcleared", {
        "STORE": location, "INPUT": memory_polygons(*drawn), "METHOD": "cleared", "TECHNIQUE": "mechanical",
        "DATE": "2021-11-24"})
    union_ha = geodesic_ha(to_wgs84(QgsGeometry.unaryUnion(drawn)))
    assert marked["ADDED_HA"] == pytest.approx(union_ha, rel=5e-4)
    assert marked["ADDED_COUNT"] == 3  # the second box is split at the district boundary
    assert overlap_m2(cluster, schema) < 0.01

    totals = processing.run("demining:hectaretotals", {
        "INPUT": store.layer("cleared_areas"), "REGIONS": store.layer("regions"), "OUTPUT": "TEMPORARY_OUTPUT"})
    postgis_ha = released_ha_sql(cluster, schema)
    assert totals["TOTAL_HA"] == pytest.approx(postgis_ha, rel=5e-4)
    by_district = {f["region"]: f["area_ha"] for f in totals["OUTPUT"].getFeatures()}
    west_sql = sql(cluster, f"SELECT sum(ST_Area(geom::geography)) / 1e4 FROM {schema}.cleared_areas "
                            "WHERE district = 'West'")[0][0]
    assert by_district["West"] == pytest.approx(west_sql, rel=5e-4)

    report = processing.run("demining:periodreport", {
        "STORE": location, "DATE_FROM": "2021-11-24", "DATE_TO": "2021-11-24",
        "OUTPUT": str(tmp_path / "week.md")})
    cleared = re.search(r"([\d,]+\.\d\d) ha cleared", report["TEXT"])
    assert cleared, report["TEXT"]
    assert float(cleared.group(1).replace(",", "")) == pytest.approx(postgis_ha, rel=5e-4, abs=0.006)

    # An edit through QGIS's own layer editing is stored and recorded with who did it.
    detections = store.layer("detections")
    feature = QgsFeature(detections.fields())
    feature.setGeometry(QgsGeometry.fromWkt("Point(47.1 40.0)"))
    for name, value in {"item_id": "D-000001", "category": "AT", "quantity": 2, "found_on": "2021-11-24"}.items():
        feature[name] = value
    with edit(detections):
        detections.addFeature(feature)
    with edit(detections):
        stored = next(detections.getFeatures())
        detections.changeAttributeValue(stored.id(), detections.fields().indexOf("quantity"), 3)
    history = store.history("detections", "D-000001")
    assert [entry.operation for entry in history] == ["INSERT", "UPDATE"]
    assert history[1].changes == [("quantity", 2, 3)]
    assert {entry.changed_by for entry in history} == {cluster.superuser}


def test_plugin_hectares_agree_with_postgis_geography_area(cluster, pg_store):
    plan = mark_released(pg_store, utm_box(200, 300, 1400, 1250), UTM, release_details())
    assert plan.pieces
    rows = dict(sql(cluster, f"SELECT release_id, ST_Area(geom::geography) / 1e4 FROM {pg_store.schema}.cleared_areas"))
    stored = {f["release_id"]: f["area_ha"] for f in pg_store.layer("cleared_areas").getFeatures()}
    assert set(rows) == set(stored)
    for release_id, postgis_ha in rows.items():
        assert stored[release_id] == pytest.approx(postgis_ha, rel=5e-4)
    assert plan.added_ha == pytest.approx(released_ha_sql(cluster, pg_store.schema), rel=5e-4)


@pytest.mark.parametrize("form", ["uri", "connection", "service"])
def test_every_location_form_reaches_the_same_store(cluster, location, form, tmp_path, monkeypatch):
    create_store(location)
    schema = parse_location(location)[1]
    words = {"host": "127.0.0.1", "port": str(cluster.port), "dbname": "demining", "user": cluster.superuser,
             "password": cluster.password}
    if form == "uri":
        other = (f"postgresql://{cluster.superuser}:{cluster.password}@127.0.0.1:{cluster.port}/demining"
                 f"?schema={schema}")
    elif form == "connection":
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        uri = QgsDataSourceUri()
        uri.setConnection("127.0.0.1", str(cluster.port), "demining", cluster.superuser, cluster.password)
        saved = metadata.createConnection(uri.uri(False), {"saveUsername": True, "savePassword": True})
        metadata.saveConnection(saved, "Agency HQ test")
        other = f"pg:connection='Agency HQ test' schema={schema}"
    else:
        service_file = tmp_path / "pg_service.conf"
        service_file.write_text("[agency]\n" + "".join(f"{k}={v}\n" for k, v in words.items()))
        monkeypatch.setenv("PGSERVICEFILE", str(service_file))
        other = f"pg:service=agency schema={schema}"
    store = open_store(other)
    assert store.schema == schema and store.metadata()["store_kind"] == "postgis"
    assert store.layer("hazard_areas").isValid()
    store.apply(two_districts_and_a_hazard())
    assert sql(cluster, f"SELECT count(*) FROM {schema}.hazard_areas")[0][0] == 1


# -- concurrency ----------------------------------------------------------------------------

def _lock_waiters(cluster) -> int:
    return sql(cluster, "SELECT count(*) FROM pg_locks WHERE NOT granted")[0][0]


def test_overlapping_releases_at_the_same_moment_store_each_hectare_once(cluster, pg_store):
    """Operator B plans while A holds the hazard lock with its release not yet committed;
    B waits for the lock, plans again and stores only what A did not."""
    box_a, box_b = utm_box(600, 600, 1100, 1100), utm_box(900, 900, 1400, 1400)
    a_holds_lock = threading.Event()
    plans, errors = {}, []

    def hold_until_b_waits():
        a_holds_lock.set()
        deadline = time.monotonic() + 60
        while _lock_waiters(cluster) == 0:
            if time.monotonic() > deadline:
                raise AssertionError("operator B never waited for the hazard lock")
            time.sleep(0.05)

    def operator(name, box, store, layers, before_commit=None):
        try:
            if name == "B":
                assert a_holds_lock.wait(60)
            plans[name] = mark_released(store, box, UTM, release_details(team=name), layers=layers,
                                        before_commit=before_commit)
        except Exception as error:  # reported by the main thread
            errors.append(error)
            a_holds_lock.set()

    # Each operator's store and layers are opened in the main thread (layers are never opened
    # in a worker); the threads only plan and write.
    stores = [open_store(pg_store.location) for _ in range(2)]
    threads = [threading.Thread(target=operator, args=("A", box_a, stores[0], stores[0].layers(),
                                                       hold_until_b_waits)),
               threading.Thread(target=operator, args=("B", box_b, stores[1], stores[1].layers()))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors
    schema = pg_store.schema
    assert overlap_m2(cluster, schema) < 0.01
    union_ha = geodesic_ha(to_wgs84(QgsGeometry.unaryUnion([box_a, box_b])))
    assert released_ha_sql(cluster, schema) == pytest.approx(union_ha, rel=5e-4)
    assert plans["A"].added_ha + plans["B"].added_ha == pytest.approx(union_ha, rel=5e-4)
    assert any("Another operator released part of this land" in note for note in plans["B"].notes)
    teams = dict(sql(cluster, f"SELECT team, sum(ST_Area(geom::geography)) / 1e4 FROM {schema}.cleared_areas "
                              "GROUP BY team"))
    assert teams["A"] == pytest.approx(geodesic_ha(to_wgs84(box_a)), rel=5e-4)


def test_parallel_operators_marking_the_same_land(cluster, pg_store):
    boxes = [utm_box(550 + 40 * k, 550 + 30 * k, 1150 + 40 * k, 1100 + 30 * k) for k in range(4)]
    start = threading.Barrier(len(boxes))
    errors = []

    def operator(box, store, layers):
        try:
            start.wait(60)
            mark_released(store, box, UTM, release_details(), layers=layers)
        except ConcurrentEditError:
            pass  # told to try again: allowed, never a double count
        except Exception as error:
            errors.append(error)

    stores = [open_store(pg_store.location) for _ in boxes]  # opened in the main thread, as layers must be
    threads = [threading.Thread(target=operator, args=(box, store, store.layers()))
               for box, store in zip(boxes, stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors
    assert overlap_m2(cluster, pg_store.schema) < 0.01
    union_ha = geodesic_ha(to_wgs84(QgsGeometry.unaryUnion(boxes)))
    assert released_ha_sql(cluster, pg_store.schema) == pytest.approx(union_ha, rel=5e-4)


def test_a_stale_plan_is_refused_with_a_message_and_nothing_changes(cluster, pg_store):
    mark_released(pg_store, utm_box(600, 600, 1000, 1000), UTM, release_details())
    before = sql(cluster, f"SELECT release_id, ST_AsBinary(geom) FROM {pg_store.schema}.cleared_areas ORDER BY 1")
    stale = ChangeSet()
    stale.add("cleared_areas", to_wgs84(utm_box(700, 700, 900, 900)),
              {"release_method": "cleared", "released_on": DAY, "hazard_id": "H-0001"})
    with pytest.raises(ConcurrentEditError, match=r"already released as LR-000001 .*Try again"):
        pg_store.apply_release(stale, ["H-0001"], replan=lambda: stale)
    after = sql(cluster, f"SELECT release_id, ST_AsBinary(geom) FROM {pg_store.schema}.cleared_areas ORDER BY 1")
    assert [(r[0], bytes(r[1])) for r in after] == [(r[0], bytes(r[1])) for r in before]


def test_a_failure_at_the_last_moment_changes_nothing(cluster, pg_store):
    def power_cut():
        raise OSError("power cut")

    before = sql(cluster, f"SELECT count(*), max(history_id) FROM {pg_store.schema}.demining_history")
    with pytest.raises(StoreError, match="Nothing was changed in PostGIS .*power cut"):
        mark_released(pg_store, utm_box(600, 600, 1000, 1000), UTM, release_details(), before_commit=power_cut)
    assert sql(cluster, f"SELECT count(*) FROM {pg_store.schema}.cleared_areas")[0][0] == 0
    assert sql(cluster, f"SELECT status FROM {pg_store.schema}.hazard_areas")[0][0] == "open"
    assert sql(cluster, f"SELECT count(*), max(history_id) FROM {pg_store.schema}.demining_history") == before


def test_identifiers_stay_unique_under_concurrent_writers(cluster, pg_store):
    per_thread, writers = 8, 4
    errors = []

    def writer(team):
        try:
            store = open_store(pg_store.location)
            for _ in range(per_thread):
                changes = ChangeSet()
                changes.add("detections", QgsGeometry.fromWkt("Point(47.1 40.0)"),
                            {"category": "AP", "found_on": DAY, "team": team})
                store.apply(changes)
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(f"T{k}",)) for k in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors
    ids = [r[0] for r in sql(cluster, f"SELECT item_id FROM {pg_store.schema}.detections")]
    assert len(ids) == len(set(ids)) == per_thread * writers
    assert sorted(ids) == [f"D-{n:06d}" for n in range(1, per_thread * writers + 1)]


# -- history ----------------------------------------------------------------------------------

def test_history_records_who_changed_what_and_when(cluster, pg_store):
    before = sql(cluster, "SELECT now()")[0][0]
    plan = mark_released(pg_store, utm_box(600, 600, 1000, 1000), UTM, release_details())
    pg_store.apply(plan.undo)
    entries = pg_store.history("hazard_areas", "H-0001")
    assert [e.operation for e in entries] == ["INSERT", "UPDATE", "UPDATE"]
    status = [dict((k, (old, new)) for k, old, new in e.changes).get("status") for e in entries]
    assert status[1:] == [("open", "worked_on"), ("worked_on", "open")]
    assert all(e.changed_by == cluster.superuser and e.application == "QGIS Demining" for e in entries)
    assert entries[0].changed_at < before <= entries[1].changed_at <= entries[2].changed_at
    release_id = plan.pieces and next(iter(plan.undo.deleted["cleared_areas"]))
    deleted = pg_store.history("cleared_areas", release_id)
    assert [e.operation for e in deleted] == ["INSERT", "DELETE"]
    assert dict((k, old) for k, old, new in deleted[1].changes)["team"] == "MC-1"


# -- copy --------------------------------------------------------------------------------------

def _every_layer_filled() -> ChangeSet:
    """Every layer with features, NULLs, dates, booleans and non-ASCII text."""
    seed = two_districts_and_a_hazard(task_id="T-0042")
    seed.add("cleared_areas", to_wgs84(utm_box(600, 600, 800, 800)), {
        "release_method": "cleared", "technique": "mdd", "released_on": DAY, "hazard_id": "H-0001",
        "task_id": "T-0042", "district": "West", "depth_cm": 13, "area_ha": 4.0, "remarks": "Ağdam — köhnə yol"})
    seed.add("minefield_records", to_wgs84(utm_box(100, 100, 300, 300)), {
        "source": "Supplied map 12 Jun 2021", "received_on": datetime.date(2021, 6, 12), "claimed_ap": 10,
        "claimed_at": 5, "declination_deg": 6.25, "bearing_unit": "mils6400"})
    seed.add("mapped_mines", QgsGeometry.fromWkt("Point(47.0123456789 40.0987654321)"),
             {"record_id": "MR-0001", "row_no": 1, "mine_no": 2, "category": "AT", "model": "TM-62"})
    seed.add("record_points", QgsGeometry.fromWkt("Point(47.01 40.09)"), {
        "record_id": "MR-0001", "point_no": 0, "point_type": "reference", "bearing": 1234.5, "distance_m": 12.75})
    seed.add("detections", QgsGeometry.fromWkt("Point(47.02 40.02)"), {
        "category": "UXO", "quantity": 3, "found_on": DAY, "depth_cm": None, "team": "MC-1", "task_id": "T-0042"})
    seed.add("cleared_routes", QgsGeometry.fromWkt("MultiLineString((47.0 40.0, 47.1 40.05, 47.2 40.1))"), {
        "name": "Road 1", "route_type": "road", "cleared_on": DAY, "width_m": 6.5, "length_km": 21.4})
    seed.add("accidents", QgsGeometry.fromWkt("Point(47.03 40.03)"), {
        "occurred_on": datetime.date(2021, 5, 4), "killed": 1, "injured": 2, "civilian": True,
        "activity": "farming"})
    seed.add("accidents", QgsGeometry.fromWkt("Point(47.04 40.04)"), {
        "occurred_on": datetime.date(2021, 5, 5), "killed": 0, "injured": 1, "civilian": False,
        "activity": "demining"})
    seed.add("task_points", QgsGeometry.fromWkt("Point(47.05 40.05)"), {
        "task_id": "T-0042", "kind": "helicopter_landing", "name": "HLS north", "remarks": "flat field"})
    seed.add("work_days", None, {
        "task_id": "T-0042", "worked_on": DAY, "team": "MC-1", "technique": "manual", "hours_worked": 7.5,
        "people": 12, "machines": 1, "remarks": "rain after 15:00", "field_uuid": "4f1c2b0e9d8a4e7f"})
    seed.add("inspections", to_wgs84(utm_box(650, 650, 700, 700)), {
        "task_id": "T-0042", "inspected_on": DAY, "organisation": "ANAMA QM", "inspector": "Rəşad Əliyev",
        "kind": "qc_sampling", "sampled_m2": 2500.0, "items_found": 0, "result": "pass", "remarks": None})
    return seed


def _contents(store) -> dict:
    """Every feature of every layer by identifier: all schema fields and the geometry WKB."""
    found = {}
    for definition in LAYERS:
        rows = {}
        for feature in store.layer(definition.name).getFeatures():
            values = tuple((name, feature[name]) for name in definition.field_names)
            geometry = bytes(feature.geometry().asWkb()) if feature.hasGeometry() else None
            rows[feature[definition.id_field]] = (values, geometry)
        found[definition.name] = rows
    return found


def test_copy_round_trip_geopackage_postgis_geopackage_is_lossless(cluster, location, tmp_path, processing_provider):
    from qgis import processing

    source = create_store(str(tmp_path / "source.gpkg"))
    source.apply(_every_layer_filled())
    # A style edited by the user must travel too, not only the defaults.
    styles = source.saved_styles()
    styles[0]["description"] = "Edited by the GIS officer"
    source.replace_styles(styles)
    original = _contents(source)
    assert all(original[d.name] for d in LAYERS)

    there = processing.run("demining:copystore", {"STORE": source.location, "TARGET": location})
    assert there["FEATURES"] == sum(len(rows) for rows in original.values())
    assert there["STYLES"] == len(LAYERS)
    postgis = open_store(location)
    schema = postgis.schema
    for definition in LAYERS:
        assert sql(cluster, f"SELECT count(*) FROM {schema}.{definition.name}")[0][0] == len(original[definition.name])
    assert _contents(postgis) == original

    back_path = str(tmp_path / "back.gpkg")
    back = processing.run("demining:copystore", {"STORE": location, "TARGET": back_path})
    assert back["FEATURES"] == there["FEATURES"]
    final = open_store(back_path)
    assert _contents(final) == original

    def comparable(styles):
        return sorted((s["table"], s["name"], s["qml"], s["description"], bool(s["default"])) for s in styles)

    assert comparable(final.saved_styles()) == comparable(source.saved_styles())
    assert "Edited by the GIS officer" in {s["description"] for s in postgis.saved_styles()}
    facts = {k: v for k, v in source.metadata().items() if k != "store_kind"}
    assert {k: v for k, v in final.metadata().items() if k != "store_kind"} == facts
    assert final.metadata()["store_kind"] == "gpkg" and postgis.metadata()["store_kind"] == "postgis"


def test_copy_refuses_an_existing_target_and_leaves_it_alone(cluster, pg_store, tmp_path):
    source = create_store(str(tmp_path / "source.gpkg"))
    with pytest.raises(StoreError, match="already exists"):
        copy_store(source.location, pg_store.location)
    assert sql(cluster, f"SELECT count(*) FROM {pg_store.schema}.hazard_areas")[0][0] == 1


# -- schema versions --------------------------------------------------------------------------

@pytest.mark.parametrize("backend", ["postgis", "gpkg"])
def test_migrations_run_the_same_way_on_both_backends(location, tmp_path, monkeypatch, backend):
    where = location if backend == "postgis" else str(tmp_path / "old.gpkg")
    store = create_store(where)
    store.set_metadata("schema_version", "0")
    monkeypatch.setitem(store_module.MIGRATIONS, 0,
                        lambda s: s.add_field("detections", FieldDef("fuze", "string", "Fuze", length=40)))
    migrated = open_store(where)
    assert migrated.schema_version == SCHEMA_VERSION
    assert migrated.layer("detections").fields().indexOf("fuze") >= 0
    migrated.set_metadata("schema_version", "99")
    with pytest.raises(StoreError, match="version 99"):
        open_store(where)


@pytest.mark.parametrize("backend", ["postgis", "gpkg"])
def test_a_version_1_store_gains_task_points_on_both_backends(cluster, location, tmp_path, backend):
    """Data model 1 had no task_points layer: opening such a store adds it, styled, on either backend."""
    where = location if backend == "postgis" else str(tmp_path / "v1.gpkg")
    store = create_store(where)
    if backend == "postgis":
        sql(cluster, f'DROP TABLE "{store.schema}".task_points')
        sql(cluster, "DELETE FROM public.layer_styles WHERE f_table_schema = %s AND f_table_name = 'task_points'",
            (store.schema,))
    else:
        from osgeo import ogr

        ds = ogr.Open(where, 1)
        names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
        assert ds.DeleteLayer(names.index("task_points")) == 0
        ds.ExecuteSQL("DELETE FROM layer_styles WHERE f_table_name = 'task_points'")
        ds = None
    store.set_metadata("schema_version", "1")

    migrated = open_store(where)
    assert migrated.schema_version == SCHEMA_VERSION
    layer = migrated.layer("task_points")
    assert layer.isValid() and layer.featureCount() == 0
    assert {f.name for f in layer_def("task_points").fields} <= {f.name() for f in layer.fields()}
    styles = [s for s in migrated.saved_styles() if s["table"] == "task_points"]
    assert len(styles) == 1 and styles[0]["default"]
    # the new layer takes features like any other (and PostGIS records their history)
    point = ChangeSet()
    point.add("task_points", QgsGeometry.fromPointXY(QgsPointXY(47.0, 40.0)),
              {"task_id": "T-0001", "kind": "medevac", "name": "Aid post"})
    migrated.apply(point)
    assert migrated.layer("task_points").featureCount() == 1


# -- connection mistakes --------------------------------------------------------------------

def test_wrong_password_gives_a_clear_message(cluster, processing_provider):
    from qgis import processing

    location = f"pg:{cluster.conninfo(password='not-the-password')} schema=demining"
    with pytest.raises(StoreError, match="user name or password was refused") as raised:
        open_store(location)
    assert "not-the-password" not in str(raised.value)
    with pytest.raises(QgsProcessingException, match="user name or password was refused"):
        processing.run("demining:markcleared", {"STORE": location, "INPUT": memory_polygons(utm_box(0, 0, 9, 9)),
                                                "DATE": "2021-11-24"})


def test_unreachable_server_gives_a_clear_message(cluster, processing_provider):
    from qgis import processing

    from tests.postgis_cluster import _free_port

    location = f"pg:host=127.0.0.1 port={_free_port()} dbname=demining user=nobody schema=demining"
    with pytest.raises(StoreError, match="server cannot be reached"):
        open_store(location)
    with pytest.raises(QgsProcessingException, match="server cannot be reached"):
        processing.run("demining:createstore", {"OUTPUT": location})


def test_other_location_mistakes_are_named(cluster, pg_store):
    with pytest.raises(StoreError, match="no PostgreSQL connection named 'Nowhere'"):
        open_store("pg:connection=Nowhere schema=demining")
    with pytest.raises(StoreError, match="does not exist"):
        open_store(f"pg:{cluster.conninfo()} schema=no_such_store")
    with pytest.raises(StoreError, match="Schema name 'bad-name'"):
        open_store(f"pg:{cluster.conninfo()} schema=bad-name")
    with pytest.raises(StoreError, match="already exists"):
        create_store(pg_store.location)
    assert sql(cluster, f"SELECT count(*) FROM {pg_store.schema}.hazard_areas")[0][0] == 1


# -- history in the GUI -----------------------------------------------------------------------

class _Session:
    store = None


def test_history_dialog_shows_the_selected_features_changes(cluster, pg_store, qgis_iface, tmp_path):
    from demining_plugin.gui.history_dialog import PostgisController

    mark_released(pg_store, utm_box(600, 600, 1000, 1000), UTM, release_details())
    project = QgsProject.instance()
    layers = add_store_to_project(pg_store, project)
    controller = PostgisController(qgis_iface, _Session())
    try:
        hazards = layers["hazard_areas"]
        qgis_iface.setActiveLayer(hazards)
        hazards.selectByExpression("\"hazard_id\" = 'H-0001'")
        dialog = controller.show_selected()
        table = dialog.table
        assert table.rowCount() == 2
        assert [table.item(row, 3).text() for row in range(2)] == ["Created", "Changed"]
        assert table.item(1, 1).text() == cluster.superuser
        assert "Status: open → worked_on" in table.item(1, 4).text().splitlines()
        assert "H-0001" in dialog.findChild(type(dialog.table.parent().layout().itemAt(0).widget())).text()

        # A GeoPackage store layer: its own history (tests/gui/test_history_dialog.py has more).
        gpkg = ground_store(str(tmp_path / "plain.gpkg"))
        gpkg_layers = add_store_to_project(gpkg, project)
        qgis_iface.setActiveLayer(gpkg_layers["hazard_areas"])
        gpkg_layers["hazard_areas"].selectAll()
        dialog = controller.show_selected()
        assert [dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())] == ["Created"]
    finally:
        controller.teardown()
        project.removeAllMapLayers()


def test_imports_validate_and_field_maps_take_a_postgis_store(cluster, pg_store, tmp_path, processing_provider):
    """The import, validate and field-map algorithms take the same STORE string as the
    others, and bulk imports reach PostGIS (points written as rows, numbered by the store)."""
    from pyproj import Transformer
    from qgis import processing

    utm_to_wgs84 = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)
    rows = []
    for n, (x, y) in enumerate(((600, 600), (700, 650), (1200, 900), (1800, 1800)), start=1):
        lon, lat = utm_to_wgs84.transform(X0 + x, Y0 + y)
        rows.append(f"{lat:.7f},{lon:.7f},AP,PMN-2,1,2021-11-2{n},10,Team A")
    path = tmp_path / "items.csv"
    path.write_text("lat,lon,type,model,qty,date,depth,team\n" + "\n".join(rows) + "\n", encoding="utf-8")

    result = processing.run("demining:importdetections", {"INPUT": str(path), "STORE": pg_store.location})
    assert (result["IMPORTED"], result["REJECTED"]) == (4, 0)
    stored = sql(cluster, f"SELECT item_id, task_id, district, found_on::text FROM {pg_store.schema}.detections "
                          "ORDER BY item_id")
    assert stored == [("D-000001", "T-0001", "West", "2021-11-21"), ("D-000002", "T-0001", "West", "2021-11-22"),
                      ("D-000003", "T-0001", "East", "2021-11-23"), ("D-000004", None, "East", "2021-11-24")]

    checks = processing.run("demining:validate", {"STORE": pg_store.location, "OUTPUT": "TEMPORARY_OUTPUT"})
    findings = [(f["layer"], f["feature_id"], f["rule"]) for f in checks["OUTPUT"].getFeatures()]
    assert ("detections", "D-000004", "item_outside_work") in findings

    pdf = tmp_path / "task.pdf"
    printed = processing.run("demining:fieldmap", {"STORE": pg_store.location, "TASK_IDS": "T-0001",
                                                  "OUTPUT": str(pdf)})
    assert printed["PAGES"] == 1 and pdf.read_bytes().startswith(b"%PDF")


# -- no dialog ever waits in store creation ------------------------------------------------------
#
# QGIS 3.22 asks "A style named ... already exists ... overwrite it?" in a modal dialog when a
# layer's style is saved over a saved one: a Processing algorithm or qgis_process then waits
# for ever. These runs happen in a child QGIS (offscreen, as the desktop would be) with a
# time limit, so a hang fails the test instead of blocking the suite, and a timer that fires
# inside any modal dialog's event loop names the dialog and ends the child at once.

CHILD_TIMEOUT_S = 60
STALE = "left by an earlier store"
#: A saved style no store writes: a layer loading it gets no symbols at all.
STALE_QML = '<qgis version="3.22.0" styleCategories="AllStyleCategories"><renderer-v2 type="nullSymbol"/></qgis>'

_CHILD_PRELUDE = r'''
import json, os, sys
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialog

app = QgsApplication([], True)
app.initQgis()
sys.path.append(os.path.join(app.pkgDataPath(), "python", "plugins"))
QgsApplication.messageLog().messageReceived.connect(
    lambda message, tag, level: print(f"LOG [{tag}] {message}", flush=True))


def fail_on_dialog():
    modal = QApplication.activeModalWidget()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    for widget in ([modal] if modal is not None else []) + shown:
        text = widget.text() if hasattr(widget, "text") else ""
        print(f"MODAL DIALOG: {widget.windowTitle()!r} {text!r}", flush=True)
        os._exit(3)


watchdog = QTimer()
watchdog.timeout.connect(fail_on_dialog)
watchdog.start(100)

from processing.core.Processing import Processing
Processing.initialize()
from demining_plugin.processing.provider import DeminingProvider
provider = DeminingProvider()
assert QgsApplication.processingRegistry().addProvider(provider)
from qgis import processing
from demining_plugin.core.store import open_store
from demining_plugin.core.store.styles import save_default_styles
ARGUMENTS = json.loads(os.environ["DEMINING_CHILD_ARGUMENTS"])
'''


def in_child_qgis(code: str, **arguments) -> str:
    """Run ``code`` after ``_CHILD_PRELUDE`` in a new QGIS; its output. Fails on a dialog or a hang."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEMINING_CHILD_ARGUMENTS=json.dumps(arguments),
               QGIS_AUTH_PASSWORD_FILE=master_password_file())  # the locations' passwords go there
    script = _CHILD_PRELUDE + code + "\nsys.stdout.flush()\nos._exit(0)\n"
    started = time.monotonic()
    try:
        run = subprocess.run([sys.executable, "-c", script, str(REPO_ROOT)], env=env, capture_output=True, text=True,
                             timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired as expired:
        output = expired.stdout.decode() if isinstance(expired.stdout, bytes) else expired.stdout or ""
        pytest.fail(f"no answer within {CHILD_TIMEOUT_S} s (a dialog nobody sees?):\n{output}", pytrace=False)
    assert "MODAL DIALOG" not in run.stdout, run.stdout
    assert run.returncode == 0, run.stdout + run.stderr
    assert time.monotonic() - started < CHILD_TIMEOUT_S
    return run.stdout


def leave_stale_styles(cluster, schema: str) -> int:
    """Drop a store's schema by hand as an administrator would, keeping (and marking) its styles."""
    sql(cluster, f'DROP SCHEMA "{schema}" CASCADE')
    sql(cluster, "UPDATE layer_styles SET description = %s, styleqml = %s::xml, update_time = '2000-01-01' "
                 "WHERE f_table_schema = %s", (STALE, STALE_QML, schema))
    return sql(cluster, "SELECT count(*) FROM layer_styles WHERE f_table_schema = %s", (schema,))[0][0]


def assert_fresh_styles(cluster, schema: str, stale_rows: int) -> None:
    """One default style per layer, none of the stale ones, loaded as the layers' style."""
    rows = sql(cluster, "SELECT f_table_name, stylename, useasdefault, description, update_time, styleqml::text "
                        "FROM layer_styles WHERE f_table_schema = %s", (schema,))
    assert sorted(r[0] for r in rows) == sorted(d.name for d in LAYERS)
    assert all(r[2] for r in rows), "every layer's style is its default"
    assert not [r for r in rows if r[3] == STALE or "nullSymbol" in r[5]], "stale styles survived"
    assert min(r[4] for r in rows).year > 2000
    assert stale_rows == len(LAYERS)


def test_a_store_made_again_after_its_schema_was_dropped_by_hand(cluster, location):
    first = create_store(location)
    stale_rows = leave_stale_styles(cluster, first.schema)

    output = in_child_qgis(
        "result = processing.run('demining:createstore', {'OUTPUT': ARGUMENTS['location'], 'CRS': 'EPSG:32638'})\n"
        "print('SCHEMA_VERSION', result['SCHEMA_VERSION'])\n",
        location=location)

    assert f"SCHEMA_VERSION {SCHEMA_VERSION}" in output
    assert re.search(rf"LOG \[Demining\] .*removed {stale_rows} styles .*schema {first.schema}", output), output
    assert_fresh_styles(cluster, first.schema, stale_rows)
    hazards = open_store(location).layer("hazard_areas")
    assert hazards.renderer().type() == "RuleRenderer"
    assert open_store(location).metadata()["crs"] == "EPSG:32638"


def test_a_copy_into_a_schema_dropped_by_hand(cluster, location, tmp_path):
    source = ground_store(str(tmp_path / "source.gpkg"))
    schema = create_store(location).schema
    stale_rows = leave_stale_styles(cluster, schema)

    output = in_child_qgis(
        "result = processing.run('demining:copystore', {'STORE': ARGUMENTS['source'], "
        "'TARGET': ARGUMENTS['location']})\n"
        "print('FEATURES', result['FEATURES'], 'STYLES', result['STYLES'])\n",
        source=source.location, location=location)

    assert f"FEATURES 4 STYLES {len(LAYERS)}" in output
    assert re.search(rf"LOG \[Demining\] .*removed {stale_rows} styles", output), output
    assert_fresh_styles(cluster, schema, stale_rows)
    copied = open_store(location)
    assert copied.layer("hazard_areas").featureCount() == 1 and copied.layer("regions").featureCount() == 2


@pytest.mark.parametrize("backend", ["postgis", "gpkg"])
def test_styles_saved_again_replace_the_old_ones_without_asking(cluster, location, tmp_path, backend):
    """Saving the default styles over saved ones (a migration that adds a layer whose style
    row survived, a repair) replaces them and asks nothing, on either backend."""
    where = location if backend == "postgis" else str(tmp_path / "again.gpkg")
    create_store(where)

    output = in_child_qgis("save_default_styles(open_store(ARGUMENTS['where']))\nprint('saved')\n", where=where)

    assert "saved" in output
    assert output.count("replaced the style saved earlier") == len(LAYERS)
    styles = open_store(where).saved_styles()
    assert sorted(s["table"] for s in styles) == sorted(d.name for d in LAYERS)
    assert all(s["default"] for s in styles)


def test_a_layer_added_by_a_migration_over_a_style_left_behind(cluster, location):
    """Data model 1 to 2 adds task_points; a style row of a task_points table dropped by hand
    is replaced in the migration's transaction, without a dialog."""
    store = create_store(location)
    sql(cluster, f'DROP TABLE "{store.schema}".task_points')
    sql(cluster, "UPDATE layer_styles SET description = %s WHERE f_table_schema = %s AND f_table_name = 'task_points'",
        (STALE, store.schema))
    store.set_metadata("schema_version", "1")

    output = in_child_qgis("print('VERSION', open_store(ARGUMENTS['location']).schema_version)\n",
                           location=location)

    assert f"VERSION {SCHEMA_VERSION}" in output
    assert re.search(rf"removed 1 styles .*schema {store.schema}", output), output
    rows = sql(cluster, "SELECT description FROM layer_styles WHERE f_table_schema = %s AND f_table_name = "
                        "'task_points'", (store.schema,))
    assert len(rows) == 1 and rows[0][0] != STALE


def _names_in(path: Path):
    """Every imported module, imported name, name and attribute of a Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield from alias.name.split(".")
        elif isinstance(node, ast.ImportFrom):
            yield from (node.module or "").split(".")
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.Name):
            yield node.id
        elif isinstance(node, ast.Attribute):
            yield node.attr


def test_nothing_processing_runs_can_open_a_dialog():
    """Algorithms run core/ and processing/ only: neither may reach widgets, dialogs, the
    desktop's iface, a credentials prompt or a nested event loop."""
    forbidden = {"gui", "QtWidgets", "QMessageBox", "QInputDialog", "QFileDialog", "QDialog", "QProgressDialog",
                 "QgsCredentials", "QgsMessageBar", "iface", "exec_", "exec", "QEventLoop"}
    package = REPO_ROOT / "demining_plugin"
    found = {f"{path.relative_to(REPO_ROOT)}: {name}"
             for folder in ("core", "processing") for path in sorted((package / folder).rglob("*.py"))
             for name in set(_names_in(path)) & forbidden}
    assert not found, sorted(found)
