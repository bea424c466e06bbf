"""The GeoPackage project store: structure, stored styles and forms, the project group
with relations, and refusal of bad input without touching what is already on disk.

Stores are made both ways users make them: the ``demining:createstore`` algorithm
(through ``processing.run``) and ``create_store()``.
"""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFieldConstraints,
    QgsGeometry,
    QgsProcessingException,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsValueMapFieldFormatter,
    QgsVectorLayer,
    QgsVectorLayerUtils,
    QgsWkbTypes,
    edit,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor

from demining_plugin.core.errors import StoreError
from demining_plugin.core.model import schema
from demining_plugin.core.store import META_TABLE, create_store, open_store, styles
from tests.helpers import file_digest, plain_geopackage

VALIDATE_GPKG = Path("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py")

GEOMETRY_TYPES = {
    "Point": QgsWkbTypes.Point,
    "MultiLineString": QgsWkbTypes.MultiLineString,
    "MultiPolygon": QgsWkbTypes.MultiPolygon,
    None: QgsWkbTypes.NoGeometry,
}
FIELD_TYPES = {
    "string": QVariant.String,
    "integer": QVariant.Int,
    "real": QVariant.Double,
    "date": QVariant.Date,
    "datetime": QVariant.DateTime,
    "boolean": QVariant.Bool,
}
# Links the brief names explicitly: (child layer, child field, parent layer).
REQUIRED_LINKS = {
    ("clearance_tasks", "hazard_id", "hazard_areas"),
    ("cleared_areas", "task_id", "clearance_tasks"),
    ("cleared_areas", "hazard_id", "hazard_areas"),
    ("mapped_mines", "record_id", "minefield_records"),
    ("record_points", "record_id", "minefield_records"),
    ("detections", "task_id", "clearance_tasks"),
}
SMALL_POLYGON = "MultiPolygon(((47.10 40.00, 47.11 40.00, 47.11 40.01, 47.10 40.00)))"


# -- helpers ------------------------------------------------------------------------------

def run_createstore(**parameters) -> dict:
    import processing  # QGIS' processing plugin, importable once pytest-qgis started QGIS

    return processing.run("demining:createstore", parameters)


def open_layer(path, layer_name: str) -> QgsVectorLayer:
    """A plain QGIS layer on the file: whatever style it shows comes from the file itself."""
    layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    assert layer.isValid(), f"{layer_name} of {path} does not open"
    return layer


def widget(layer: QgsVectorLayer, field_name: str):
    setup = layer.editorWidgetSetup(layer.fields().indexOf(field_name))
    return setup.type(), setup.config()


def hue_family(color: QColor) -> str:
    """IMAS outline colours by family: red (open), orange (worked on), green (closed)."""
    hue = color.hsvHue()
    if hue >= 345 or 0 <= hue <= 10:
        return "red"
    if 20 <= hue <= 50:
        return "orange"
    if 90 <= hue <= 160:
        return "green"
    return f"other ({hue})"


def symbol_layers(layer: QgsVectorLayer) -> list:
    """Class and settings (colours, widths, markers) of every symbol layer the renderer draws with."""
    symbols = layer.renderer().symbols(QgsRenderContext())
    return [
        (symbol_layer.layerType(), symbol_layer.properties())
        for symbol in symbols
        for symbol_layer in symbol.symbolLayers()
    ]


def relation_def(child: str, child_field: str) -> schema.RelationDef:
    return next(r for r in schema.relations() if r.child == child and r.child_field == child_field)


def files_in(folder: Path):
    return sorted(p.name for p in folder.iterdir())


# -- stores shared by the read-only tests ----------------------------------------------

@pytest.fixture(scope="module")
def processing_store(processing_provider, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("processing") / "store.gpkg"
    result = run_createstore(OUTPUT=str(path), CRS="EPSG:4326")
    assert result["OUTPUT"] == str(path)
    assert result["SCHEMA_VERSION"] == schema.SCHEMA_VERSION
    return path


@pytest.fixture(scope="module")
def api_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("api") / "store.gpkg"
    store = create_store(str(path))
    assert Path(store.location) == path
    return path


@pytest.fixture(params=["processing", "create_store"])
def store_path(request) -> Path:
    """A fresh store from each route; tests using it must not modify it."""
    return request.getfixturevalue("processing_store" if request.param == "processing" else "api_store")


# -- structure -----------------------------------------------------------------------------

def test_every_layer_has_its_geometry_type_and_default_crs(store_path):
    for definition in schema.LAYERS:
        layer = open_layer(store_path, definition.name)
        assert layer.wkbType() == GEOMETRY_TYPES[definition.geometry], definition.name
        if definition.geometry:
            assert layer.crs().authid() == "EPSG:4326", definition.name
    assert open_store(str(store_path)).crs.authid() == "EPSG:4326"


def test_every_field_has_its_type_length_and_constraints(store_path):
    mismatches = []
    for definition in schema.LAYERS:
        layer = open_layer(store_path, definition.name)
        fields = layer.fields()
        assert tuple(fields.names()) == ("fid",) + definition.field_names, definition.name
        for expected in definition.fields:
            field = fields.field(expected.name)
            where = f"{definition.name}.{expected.name}"
            if field.type() != FIELD_TYPES[expected.type]:
                mismatches.append(f"{where}: type {field.typeName()}, expected {expected.type}")
            if expected.type == "string" and field.length() != expected.length:
                mismatches.append(f"{where}: length {field.length()}, expected {expected.length}")
            constraints = field.constraints()
            for flag, wanted, label in (
                (QgsFieldConstraints.ConstraintNotNull, expected.required, "not null"),
                (QgsFieldConstraints.ConstraintUnique, expected.unique, "unique"),
            ):
                present = bool(constraints.constraints() & flag)
                if present != wanted:
                    mismatches.append(f"{where}: {label} is {present}, expected {wanted}")
                # Required and unique are enforced by the file itself, not only by the form.
                elif wanted and constraints.constraintOrigin(flag) != QgsFieldConstraints.ConstraintOriginProvider:
                    mismatches.append(f"{where}: {label} is not enforced by the GeoPackage")
    assert not mismatches, "\n".join(mismatches)


def test_field_defaults_are_stored_in_the_file(store_path):
    accidents = open_layer(store_path, "accidents")
    detections = open_layer(store_path, "detections")
    for layer, field_name, clause in ((accidents, "killed", "0"), (accidents, "civilian", "1"),
                                      (detections, "quantity", "1")):
        index = layer.fields().indexOf(field_name)
        assert layer.dataProvider().defaultValueClause(index) == clause, field_name


def test_metadata_table_holds_the_schema_version(store_path):
    with sqlite3.connect(str(store_path)) as con:
        facts = dict(con.execute(f"SELECT key, value FROM {META_TABLE}").fetchall())
    assert facts["schema_version"] == str(schema.SCHEMA_VERSION)
    assert facts["crs"] == "EPSG:4326"
    assert open_store(str(store_path)).schema_version == schema.SCHEMA_VERSION


def test_gdal_validates_the_geopackage(store_path):
    assert VALIDATE_GPKG.is_file()
    result = subprocess.run(
        [sys.executable, str(VALIDATE_GPKG), str(store_path)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr.strip() == ""


def test_every_layer_has_a_stored_default_style(store_path):
    with sqlite3.connect(str(store_path)) as con:
        rows = con.execute("SELECT f_table_name, styleName, useAsDefault FROM layer_styles").fetchall()
    assert sorted(rows) == sorted((name, styles.STYLE_NAME, 1) for name in schema.LAYER_NAMES)


def test_processing_without_crs_makes_a_wgs84_store(processing_provider, tmp_path):
    path = tmp_path / "default.gpkg"
    run_createstore(OUTPUT=str(path))
    assert open_layer(path, "hazard_areas").crs().authid() == "EPSG:4326"


@pytest.mark.parametrize("route", ["processing", "create_store"])
def test_store_in_utm_38n_has_that_crs(route, processing_provider, tmp_path):
    path = tmp_path / "utm.gpkg"
    if route == "processing":
        run_createstore(OUTPUT=str(path), CRS="EPSG:32638")
    else:
        create_store(str(path), crs="EPSG:32638")
    for definition in schema.LAYERS:
        if definition.geometry:
            assert open_layer(path, definition.name).crs().authid() == "EPSG:32638", definition.name
    assert open_store(str(path)).crs.authid() == "EPSG:32638"


# -- symbology loaded from the stored default style ----------------------------------------

def test_each_layer_shows_the_symbology_of_its_qml(api_store):
    for definition in schema.LAYERS:
        layer = open_layer(api_store, definition.name)
        if not definition.geometry:
            assert not layer.isSpatial() and layer.renderer() is None, definition.name
            continue
        reference = QgsVectorLayer(f"{definition.geometry}?crs=EPSG:4326", "reference", "memory")
        message, ok = reference.loadNamedStyle(str(styles.symbology_file(definition.name)))
        assert ok, message
        assert layer.renderer().type() == reference.renderer().type(), definition.name
        assert layer.renderer().dump() == reference.renderer().dump(), definition.name
        assert symbol_layers(layer) == symbol_layers(reference), definition.name


def test_hazard_areas_use_imas_land_release_colours(api_store):
    layer = open_layer(api_store, "hazard_areas")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    rules = {rule.filterExpression(): rule for rule in renderer.rootRule().children()}
    for classification in ("CHA", "SHA"):
        for status, outline in (("open", "red"), ("worked_on", "orange"), ("closed", "green")):
            expression = f"\"classification\" = '{classification}' AND \"status\" = '{status}'"
            assert expression in rules, f"no rule for {classification} {status}"
            fill = rules[expression].symbol().symbolLayer(0)
            assert fill.fillColor().alphaF() == pytest.approx(0.5, abs=0.01), expression
            assert hue_family(fill.strokeColor()) == outline, expression
            if classification == "CHA":
                assert hue_family(fill.fillColor()) == "red", expression
            else:
                assert fill.fillColor().name() == "#f4a718", expression


def test_detections_are_categorized_by_item_category(api_store):
    layer = open_layer(api_store, "detections")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "category"
    categories = {category.value(): category for category in renderer.categories()}
    assert set(categories) == set(schema.ITEM_CATEGORY.codes)
    colours = {categories[code].symbol().color().name() for code in ("AP", "AT", "UXO")}
    assert len(colours) == 3, "AP, AT and UXO must be told apart on the map"


# -- forms loaded from the stored default style ---------------------------------------------

def test_release_method_is_a_value_map_of_the_three_methods(api_store):
    kind, config = widget(open_layer(api_store, "cleared_areas"), "release_method")
    assert kind == "ValueMap"
    codes = [code for entry in config["map"] for code in entry.values()]
    assert codes == ["cleared", "reduced", "cancelled"]


def test_optional_coded_field_offers_not_recorded(api_store):
    kind, config = widget(open_layer(api_store, "cleared_areas"), "technique")
    assert kind == "ValueMap"
    codes = [code for entry in config["map"] for code in entry.values()]
    assert codes == [QgsValueMapFieldFormatter.NULL_VALUE, "manual", "mechanical", "mdd"]


def test_release_date_has_a_calendar_popup(api_store):
    kind, config = widget(open_layer(api_store, "cleared_areas"), "released_on")
    assert kind == "DateTime"
    assert config["calendar_popup"] is True
    assert config["allow_null"] is False
    assert config["field_format"] == "yyyy-MM-dd"


def test_task_field_references_the_task_relation(api_store):
    kind, config = widget(open_layer(api_store, "cleared_areas"), "task_id")
    assert kind == "RelationReference"
    expected = relation_def("cleared_areas", "task_id")
    assert expected.parent == "clearance_tasks"
    assert config["Relation"] == expected.id
    assert config["AllowNULL"] is True


def test_field_aliases_come_from_the_schema(api_store):
    for definition in schema.LAYERS:
        layer = open_layer(api_store, definition.name)
        for field in definition.fields:
            assert layer.attributeAlias(layer.fields().indexOf(field.name)) == field.alias, field.name


def test_new_hazards_get_the_next_identifier(new_store):
    layer = open_layer(new_store.location, "hazard_areas")
    fields = layer.fields()
    required = {fields.indexOf("classification"): "CHA", fields.indexOf("status"): "open"}
    geometry = QgsGeometry.fromWkt(SMALL_POLYGON)
    created = []
    with edit(layer):
        for _ in range(2):  # two in one edit session: the second must see the first
            feature = QgsVectorLayerUtils.createFeature(layer, geometry, required)
            created.append(feature["hazard_id"])
            assert layer.addFeature(feature)
    with edit(layer):
        feature = QgsVectorLayerUtils.createFeature(layer, geometry, required)
        created.append(feature["hazard_id"])
        assert layer.addFeature(feature)
    assert created == ["H-0001", "H-0002", "H-0003"]
    reopened = open_layer(new_store.location, "hazard_areas")
    stored = sorted(feature["hazard_id"] for feature in reopened.getFeatures())
    assert stored == created


def test_next_identifier_follows_the_highest_one(new_store):
    layer = open_layer(new_store.location, "detections")
    fields = layer.fields()
    point = QgsGeometry.fromWkt("Point(47.1 40.0)")
    with edit(layer):
        first = QgsVectorLayerUtils.createFeature(
            layer, point, {fields.indexOf("item_id"): "D-000999", fields.indexOf("category"): "AT"}
        )
        assert layer.addFeature(first)
        second = QgsVectorLayerUtils.createFeature(layer, point, {fields.indexOf("category"): "AP"})
        assert layer.addFeature(second)
    assert second["item_id"] == "D-001000"
    assert second["quantity"] == 1  # schema default


# -- adding a store to a project --------------------------------------------------------------

def test_store_is_added_as_a_demining_group(qgis_new_project, new_store):
    layers = styles.add_store_to_project(new_store, qgis_new_project)
    group = qgis_new_project.layerTreeRoot().findGroup(styles.GROUP_NAME)
    assert group is not None
    in_group = [node.layer() for node in group.findLayers()]
    # Top of the legend is drawn last: points above lines above polygons.
    assert [layer.customProperty("demining/layer") for layer in in_group] == list(reversed(schema.LAYER_NAMES))
    assert set(layers) == set(schema.LAYER_NAMES)
    assert all(layer.isValid() for layer in in_group)
    assert len(qgis_new_project.mapLayers()) == len(schema.LAYERS)


def test_relations_between_store_layers_are_defined(qgis_new_project, new_store):
    layers = styles.add_store_to_project(new_store, qgis_new_project)
    manager = qgis_new_project.relationManager()
    found = set()
    for definition in schema.relations():
        relation = manager.relation(definition.id)
        assert relation.isValid(), f"{definition.id}: {relation.validationError()}"
        assert relation.referencingLayer() is layers[definition.child]
        assert relation.referencedLayer() is layers[definition.parent]
        assert relation.fieldPairs() == {definition.child_field: definition.parent_field}
        found.add((definition.child, definition.child_field, definition.parent))
    assert REQUIRED_LINKS <= found
    assert len(manager.relations()) == len(schema.relations())


def test_adding_a_store_again_replaces_the_group(qgis_new_project, new_store):
    styles.add_store_to_project(new_store, qgis_new_project)
    styles.add_store_to_project(new_store, qgis_new_project)
    root = qgis_new_project.layerTreeRoot()
    groups = [child for child in root.children() if child.name() == styles.GROUP_NAME]
    assert len(groups) == 1
    assert len(qgis_new_project.mapLayers()) == len(schema.LAYERS)
    assert all(relation.isValid() for relation in qgis_new_project.relationManager().relations().values())
    assert styles.store_location_of(qgis_new_project) == new_store.location


# -- bad input: creating ----------------------------------------------------------------------

@pytest.mark.parametrize("route", ["processing", "create_store"])
def test_existing_file_is_never_replaced_without_overwrite(route, processing_provider, new_store):
    path = Path(new_store.location)
    before = file_digest(path)
    if route == "processing":
        with pytest.raises(QgsProcessingException, match="already exists"):
            run_createstore(OUTPUT=str(path), CRS="EPSG:4326")
    else:
        with pytest.raises(StoreError, match="already exists") as error:
            create_store(str(path))
        assert path.name in str(error.value)
    assert file_digest(path) == before
    assert files_in(path.parent) == [path.name]


def test_overwrite_replaces_a_file_with_a_store(tmp_path):
    path = tmp_path / "old.gpkg"
    path.write_text("not a store", encoding="utf-8")
    create_store(str(path), overwrite=True)
    assert open_store(str(path)).schema_version == schema.SCHEMA_VERSION
    assert files_in(tmp_path) == ["old.gpkg"]


BAD_LOCATIONS = {
    # case: (file name relative to tmp_path, crs, text the message must contain)
    "not .gpkg": ("store.shp", "EPSG:4326", ".gpkg"),
    "missing folder": ("no_such_folder/store.gpkg", "EPSG:4326", "no_such_folder"),
    "invalid crs": ("store.gpkg", "EPSG:999999", "coordinate reference system"),
}


@pytest.mark.parametrize("case", BAD_LOCATIONS)
def test_bad_location_or_crs_is_refused(case, tmp_path):
    name, crs, wanted = BAD_LOCATIONS[case]
    with pytest.raises(StoreError) as error:
        create_store(str(tmp_path / name), crs=crs)
    message = str(error.value)
    assert wanted in message
    if case == "invalid crs":
        assert "EPSG:999999" in message
    assert files_in(tmp_path) == []


@pytest.mark.parametrize("case", BAD_LOCATIONS)
def test_processing_turns_bad_input_into_processing_exception(case, processing_provider, tmp_path):
    name, crs, wanted = BAD_LOCATIONS[case]
    with pytest.raises(QgsProcessingException) as error:
        run_createstore(OUTPUT=str(tmp_path / name), CRS=crs)
    message = str(error.value)
    assert wanted in message
    if case == "invalid crs":
        assert "EPSG:999999" in message, "the message must say which CRS was refused"
    assert files_in(tmp_path) == []


def test_failed_create_leaves_no_temporary_file(tmp_path, monkeypatch):
    # A style file missing from the plugin makes the build fail half way.
    monkeypatch.setattr(styles, "STYLES_DIR", tmp_path / "missing_styles")
    with pytest.raises(StoreError, match=r"regions\.qml"):
        create_store(str(tmp_path / "store.gpkg"))
    assert files_in(tmp_path) == []


def test_failed_overwrite_keeps_the_existing_store(new_store, monkeypatch, tmp_path):
    path = Path(new_store.location)
    before = file_digest(path)
    monkeypatch.setattr(styles, "STYLES_DIR", tmp_path / "missing_styles")
    with pytest.raises(StoreError):
        create_store(str(path), overwrite=True)
    assert file_digest(path) == before
    assert files_in(path.parent) == [path.name]


# -- bad input: opening ------------------------------------------------------------------------

def _newer_store(path: Path) -> None:
    create_store(str(path))
    with sqlite3.connect(str(path)) as con:
        con.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'schema_version'",
                    (str(schema.SCHEMA_VERSION + 1),))
    con.close()


BAD_FILES = {
    # case: (how to make the file, text the message must contain besides the file name)
    "missing": (lambda path: None, "does not exist"),
    "text file": (lambda path: path.write_text("hazard_id,name\nH-0001,x\n", encoding="utf-8"), "not a GeoPackage"),
    "plain geopackage": (plain_geopackage, "not a Demining project store"),
    "newer schema": (_newer_store, f"version {schema.SCHEMA_VERSION + 1}"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_opening_something_that_is_not_a_usable_store_is_refused(case, tmp_path):
    make, wanted = BAD_FILES[case]
    path = tmp_path / "input.gpkg"
    make(path)
    before = file_digest(path) if path.exists() else None
    with pytest.raises(StoreError) as error:
        open_store(str(path))
    message = str(error.value)
    assert "input.gpkg" in message
    assert wanted in message
    # Refusing to open never changes the file.
    assert (file_digest(path) if path.exists() else None) == before
