"""Data model 4 (issue 18): a version-3 store, and a version-2 one, gain the tasks' completion and
handover fields and the inspections layer when opened, on GeoPackage and PostGIS, and keep
every feature they held."""

import datetime

import pytest
from qgis.core import QgsGeometry

from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.model.schema import HANDOVER_FIELDS, SCHEMA_VERSION, layer_def
from demining_plugin.core.store import open_store
from tests.ground import ground_store, to_wgs84, utm_box, utm_point
from tests.helpers import drop_gpkg_history

#: What each older version lacks: (layers, (layer, column) pairs).
MISSING = {
    3: (["inspections"], [("clearance_tasks", f.name) for f in HANDOVER_FIELDS]),
    2: (["inspections", "work_days"], [("clearance_tasks", f.name) for f in HANDOVER_FIELDS]
        + [("detections", "field_uuid"), ("cleared_areas", "field_uuid"), ("detections", "photo")]),
}


def counts(store):
    return {name: store.layer(name).featureCount() for name in
            ("regions", "hazard_areas", "clearance_tasks", "cleared_areas", "detections")}


def downgrade(store, backend, cluster, version):
    """Make ``store`` look as data model ``version`` wrote it."""
    layers, columns = MISSING[version]
    if backend == "postgis":
        for name in layers:
            cluster.execute(f'DROP TABLE "{store.schema}".{name}', "demining")
            cluster.execute("DELETE FROM public.layer_styles WHERE f_table_schema = %s AND f_table_name = %s",
                            "demining", (store.schema, name))
        for layer, column in columns:
            cluster.execute(f'ALTER TABLE "{store.schema}".{layer} DROP COLUMN {column}', "demining")
    else:
        from osgeo import ogr

        drop_gpkg_history(store.location)
        ds = ogr.Open(store.location, 1)
        for name in layers:
            names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
            assert ds.DeleteLayer(names.index(name)) == 0
            ds.ExecuteSQL(f"DELETE FROM layer_styles WHERE f_table_name = '{name}'")
        for layer, column in columns:
            lyr = ds.GetLayerByName(layer)
            assert lyr.DeleteField(lyr.GetLayerDefn().GetFieldIndex(column)) == 0
        ds = None  # noqa: F841 (closes the file)
    store.set_metadata("schema_version", str(version))


@pytest.mark.parametrize("version", [3, 2])
@pytest.mark.parametrize("backend", ["gpkg", "postgis"])
def test_an_older_store_gains_the_handover_model_and_keeps_its_features(cluster, location, tmp_path, backend,
                                                                       version):
    where = location if backend == "postgis" else str(tmp_path / "old.gpkg")
    store = ground_store(where, task_id="T-0001")
    released = ChangeSet()
    released.add("detections", utm_point(700, 700), {"category": "AT", "found_on": datetime.date(2021, 11, 23),
                                                     "task_id": "T-0001"})
    released.add("cleared_areas", to_wgs84(utm_box(500, 500, 900, 900)), {
        "release_method": "cleared", "task_id": "T-0001", "hazard_id": "H-0001",
        "released_on": datetime.date(2021, 11, 23)})
    store.apply(released)
    before = counts(store)
    downgrade(store, backend, cluster, version)

    migrated = open_store(where)
    assert migrated.schema_version == SCHEMA_VERSION
    assert counts(migrated) == before
    tasks = migrated.layer("clearance_tasks")
    assert {f.name for f in HANDOVER_FIELDS} <= set(tasks.fields().names())
    land_use = tasks.fields().indexOf("land_use_after")
    assert tasks.editorWidgetSetup(land_use).type() == "ValueMap"
    inspections = migrated.layer("inspections")
    assert inspections.isValid() and inspections.featureCount() == 0
    assert set(layer_def("inspections").field_names) <= set(inspections.fields().names())
    assert inspections.renderer().type() == "categorizedSymbol"
    # The new fields and layer take data like the others.
    changes = ChangeSet()
    changes.update("clearance_tasks", "T-0001", {"completed_on": datetime.date(2022, 1, 5),
                                                 "handed_over_to": "Aghdam district", "beneficiaries_girls": 12})
    changes.add("inspections", to_wgs84(utm_box(600, 600, 650, 650)), {
        "task_id": "T-0001", "inspected_on": datetime.date(2022, 1, 3), "kind": "qc_sampling", "result": "pass",
        "sampled_m2": 2500})
    migrated.apply(changes)
    again = open_store(where)
    task = next(again.layer("clearance_tasks").getFeatures())
    assert (task["handed_over_to"], task["beneficiaries_girls"]) == ("Aghdam district", 12)
    assert again.layer("inspections").featureCount() == 1
    assert QgsGeometry(next(again.layer("inspections").getFeatures()).geometry()).area() > 0

