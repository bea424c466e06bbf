"""The rows of a GeoPackage store as OGR reads and writes them: the change sets of
``GeoPackageStore.apply`` (inside its transaction), identifiers, and plain reads that are
safe in a worker thread (GDAL handles of their own, no QGIS layer)."""

import datetime
import math
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from osgeo import gdal, ogr
from qgis.core import QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import StoreError
from ..model.changes import GEOMETRY_KEY
from ..model.schema import LayerDef, layer_def
from ..model.values import is_null

translate = QCoreApplication.translate


def ogr_layer(ds, layer_name: str):
    layer = ds.GetLayerByName(layer_def(layer_name).name)
    if layer is None:
        raise StoreError(translate("Store", "The store has no layer {layer_name}.").format(layer_name=layer_name))
    return layer


def _ogr_find(layer, definition: LayerDef, identifier: str):
    quoted = str(identifier).replace("'", "''")
    layer.SetAttributeFilter(f"\"{definition.id_field}\" = '{quoted}'")
    try:
        return layer.GetNextFeature()
    finally:
        layer.SetAttributeFilter(None)


def _ogr_existing(layer, definition: LayerDef, identifier: str):
    """The feature with ``identifier``; ``StoreError`` when there is none."""
    feature = _ogr_find(layer, definition, identifier)
    if feature is None:
        raise StoreError(translate("Store", "{definition_title}: {identifier} does not exist.").format(
            definition_title=definition.title, identifier=identifier))
    return feature


def ogr_set_values(feature, values: Dict[str, object]) -> None:
    """Set an OGR feature's fields from Python/QGIS values (None or NULL, dates, booleans)."""
    for key, value in values.items():
        if feature.GetFieldIndex(key) < 0:
            raise StoreError(translate("Store", "There is no field {key}.").format(key=key))
        if is_null(value):
            feature.SetFieldNull(key)
            continue
        if isinstance(value, (datetime.date, datetime.datetime)):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = int(value)
        elif hasattr(value, "toPyDate"):  # QDate from a QGIS feature
            value = value.toPyDate().isoformat()
        feature.SetField(key, value)


def _ogr_geometry(geometry, definition: LayerDef):
    g = QgsGeometry(geometry)
    # GDAL would store them, then fail to write the layer extent with "Inf" in it.
    if not all(math.isfinite(v.x()) and math.isfinite(v.y()) for v in g.vertices()):
        raise StoreError(translate(
            "Store", "{definition_title}: a geometry has a coordinate that is not a number (NaN or infinite).").format(
                definition_title=definition.title))
    if definition.geometry and definition.geometry.startswith("Multi"):
        g.convertToMultiType()
    return ogr.CreateGeometryFromWkb(bytes(g.asWkb()))


def last_number(ds, definition: LayerDef) -> int:
    """Highest number of the layer's identifiers (``HA-0042`` -> 42), 0 when it has none."""
    start = len(definition.id_prefix) + 2
    sql = (f'SELECT max(CAST(substr("{definition.id_field}", {start}) AS INTEGER)) FROM "{definition.name}" '
           f"WHERE \"{definition.id_field}\" LIKE '{definition.id_prefix}-%'")
    result = ds.ExecuteSQL(sql)
    try:
        row = result.GetNextFeature()
        last = row.GetField(0) if row is not None and row.IsFieldSet(0) else 0
    finally:
        ds.ReleaseResultSet(result)
    return int(last or 0)


def add_feature(ds, layer_name: str, geometry, values: Dict[str, object]) -> str:
    definition = layer_def(layer_name)
    layer = ogr_layer(ds, layer_name)
    values = dict(values)
    if not values.get(definition.id_field):
        values[definition.id_field] = definition.make_id(last_number(ds, definition) + 1)
    feature = ogr.Feature(layer.GetLayerDefn())
    ogr_set_values(feature, values)
    if geometry is not None:
        feature.SetGeometry(_ogr_geometry(geometry, definition))
    if layer.CreateFeature(feature) != 0:
        raise StoreError(translate("Store", "Adding {values} to {layer_name} failed.").format(
            values=values[definition.id_field], layer_name=layer_name))
    return values[definition.id_field]


def add_points(ds, layer_name: str, points) -> List[str]:
    """Write a ``NewPoints`` batch with one reused OGR feature and geometry: imports of
    100,000s of rows spend their time in GDAL, not in per-feature Python."""
    definition = layer_def(layer_name)
    if definition.geometry != "Point":
        raise StoreError(translate("Store", "{layer_name} does not hold points.").format(layer_name=layer_name))
    layer = ogr_layer(ds, layer_name)
    layer_defn = layer.GetLayerDefn()
    count = len(points.xs)
    identifiers = list(points.identifiers) if points.identifiers is not None else None
    if identifiers is None:
        first = last_number(ds, definition) + 1
        identifiers = [definition.make_id(first + i) for i in range(count)]
    columns = [(definition.id_field, identifiers)] + [
        (name, values) for name, values in points.columns.items() if name != definition.id_field
    ]
    feature = ogr.Feature(layer_defn)
    setters = []
    for name, values in columns:
        index = layer_defn.GetFieldIndex(name)
        if index < 0:
            raise StoreError(translate("Store", "{layer_name} has no field {name}.").format(
                layer_name=layer_name, name=name))
        if len(values) != count:
            raise StoreError(translate("Store", "{layer_name}.{name}: {n_values} values for {count} points.").format(
                layer_name=layer_name, name=name, n_values=len(values), count=count))
        if not {type(value) for value in values} <= {str, int, float, type(None)}:
            values = [_ogr_plain(value) for value in values]
        # Typed setters skip the generic SetField's dispatch on every value.
        field_type = layer_defn.GetFieldDefn(index).GetType()
        if field_type == ogr.OFTInteger or field_type == ogr.OFTInteger64:
            setter = feature.SetFieldInteger64
        elif field_type == ogr.OFTReal:
            setter = feature.SetField  # the Python of GDAL 3.6 has no SetFieldDouble
        else:
            setter = feature.SetFieldString
            values = [value if value is None or isinstance(value, str) else str(value) for value in values]
        setters.append((index, values, setter))
    set_null = feature.SetFieldNull
    rtree_trigger = _suspend_rtree_insert_trigger(ds, definition.name)
    last_fid = _max_fid(ds, definition.name)
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(0.0, 0.0)
    xs, ys = points.xs, points.ys
    for i in range(count):
        feature.SetFID(-1)
        for index, values, setter in setters:
            value = values[i]
            if value is None:
                set_null(index)
            else:
                setter(index, value)
        point.SetPoint_2D(0, float(xs[i]), float(ys[i]))
        feature.SetGeometry(point)
        if layer.CreateFeature(feature) != 0:
            raise StoreError(translate("Store", "Adding {identifiers} to {layer_name} failed.").format(
                identifiers=identifiers[i], layer_name=layer_name))
    if rtree_trigger is not None:
        _index_new_rows_and_restore_trigger(ds, definition.name, last_fid, rtree_trigger)
    return identifiers


def _sql_rows(ds, sql: str) -> list:
    result = ds.ExecuteSQL(sql)
    if result is None:
        return []
    try:
        return [[row.GetField(i) for i in range(row.GetFieldCount())] for row in result]
    finally:
        ds.ReleaseResultSet(result)


def _max_fid(ds, table: str) -> int:
    rows = _sql_rows(ds, f'SELECT max(fid) FROM "{table}"')
    return int(rows[0][0] or 0) if rows else 0


def _suspend_rtree_insert_trigger(ds, table: str):
    """Drop the GeoPackage R-tree insert trigger of ``table`` inside the open transaction
    and return (trigger name, its SQL, R-tree table), or None if the table has none.

    Maintaining the R-tree row by row takes three quarters of a 189,000-point import; it is
    filled in one statement afterwards instead. A rollback brings the trigger back."""
    rows = _sql_rows(ds, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                         f"AND tbl_name = '{table}' AND name LIKE 'rtree_{table}_%_insert'")
    if len(rows) != 1:
        return None
    name, sql = rows[0]
    rtree = name[: -len("_insert")]
    ds.ExecuteSQL(f'DROP TRIGGER "{name}"')
    return name, sql, rtree


def _index_new_rows_and_restore_trigger(ds, table: str, last_fid: int, trigger) -> None:
    name, sql, rtree = trigger
    column = rtree[len(f"rtree_{table}_"):]
    ds.ExecuteSQL(
        f'INSERT INTO "{rtree}" SELECT fid, ST_MinX("{column}"), ST_MaxX("{column}"), ST_MinY("{column}"), '
        f'ST_MaxY("{column}") FROM "{table}" WHERE fid > {int(last_fid)} AND "{column}" NOT NULL '
        f'AND NOT ST_IsEmpty("{column}")'
    )
    ds.ExecuteSQL(sql)


def _ogr_plain(value):
    """A value OGR's SetField takes: dates as ISO text, booleans as 0/1, NULL as None."""
    if is_null(value):
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def update_feature(ds, layer_name: str, identifier: str, values: Dict[str, object]) -> Dict[str, object]:
    definition = layer_def(layer_name)
    layer = ogr_layer(ds, layer_name)
    feature = _ogr_existing(layer, definition, identifier)
    values = dict(values)
    new_geometry = values.pop(GEOMETRY_KEY, None)
    old = {key: _ogr_value(feature, key) for key in values}
    ogr_set_values(feature, values)
    if new_geometry is not None:
        old[GEOMETRY_KEY] = _qgs_geometry(feature)
        feature.SetGeometry(_ogr_geometry(new_geometry, definition))
    if layer.SetFeature(feature) != 0:
        raise StoreError(translate("Store", "Updating {identifier} in {layer_name} failed.").format(
            identifier=identifier, layer_name=layer_name))
    return old


def delete_feature(ds, layer_name: str, identifier: str):
    definition = layer_def(layer_name)
    layer = ogr_layer(ds, layer_name)
    feature = _ogr_existing(layer, definition, identifier)
    values = {f.name: _ogr_value(feature, f.name) for f in definition.fields}
    geometry = None
    if feature.GetGeometryRef() is not None:
        geometry = QgsGeometry()
        geometry.fromWkb(bytes(feature.GetGeometryRef().ExportToIsoWkb()))
    if layer.DeleteFeature(feature.GetFID()) != 0:
        raise StoreError(translate("Store", "Deleting {identifier} from {layer_name} failed.").format(
            identifier=identifier, layer_name=layer_name))
    return geometry, values


def _qgs_geometry(feature):
    geometry = QgsGeometry()
    if feature.GetGeometryRef() is not None:
        geometry.fromWkb(bytes(feature.GetGeometryRef().ExportToIsoWkb()))
    return geometry


def _ogr_value(feature, key: str):
    index = feature.GetFieldIndex(key)
    if index < 0 or not feature.IsFieldSetAndNotNull(index):
        return None
    field_type = feature.GetFieldDefnRef(index).GetType()
    if field_type == ogr.OFTDate:
        year, month, day, *_ = feature.GetFieldAsDateTime(index)
        return datetime.date(year, month, day)
    return feature.GetField(index)


def open_read_only(path, store_name: str):
    """A GDAL dataset of its own on the file, for reading (in any thread)."""
    gdal.UseExceptions()
    try:
        return gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError as error:
        raise StoreError(translate("Importers", "{0} cannot be read: {1}").format(store_name, error)) from None


def read_features(ds, store_name: str, layer_name: str, fields: Sequence[str],
                  box: Optional[Tuple[float, float, float, float]] = None,
                  ) -> Iterator[Tuple[Optional[bytes], Dict[str, Any]]]:
    """(WKB, {field: value}) of a layer's features, those meeting ``box`` (xmin, ymin, xmax, ymax
    in the layer's CRS) when given; an empty geometry as None."""
    layer = ds.GetLayerByName(layer_name)
    if layer is None:
        raise StoreError(translate("Importers", "{0} has no layer {1}.").format(store_name, layer_name))
    if box is not None:
        layer.SetSpatialFilterRect(*box)
    for feature in layer:
        geometry = feature.GetGeometryRef()
        wkb = bytes(geometry.ExportToIsoWkb()) if geometry is not None and not geometry.IsEmpty() else None
        yield wkb, {name: feature.GetField(name) for name in fields}
