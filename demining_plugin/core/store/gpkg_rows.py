"""The rows of a GeoPackage store as OGR reads and writes them: the change sets of
``GeoPackageStore.apply`` (inside its transaction), identifiers, and plain reads that are
safe in a worker thread (GDAL handles of their own, no QGIS layer)."""

import datetime
import math
from typing import Any, Dict, Iterator, Optional, Sequence, Tuple

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
