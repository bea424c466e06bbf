"""The fingerprint of a context feature: what the package builder records in
``layout.SNAPSHOT_TABLE`` when it packages a feature, and what the merge computes again on
the feature it finds in the package, to tell which context features were edited in the field.

Both sides call the same functions, so a feature copied unchanged gives the same digest
whatever read it (a QGIS layer, OGR, the store's own reader): values are written as plain
text first (NULL and a missing field alike as empty, numbers as numbers whether stored as
integer or real, dates in ISO 8601) and the geometry as multipart WKT to nine decimals.
Only the fields of the data model count (``schema.layer_def(layer).field_names``).
"""

import datetime
import hashlib
from typing import Any, Dict, Mapping, Optional

from qgis.core import QgsGeometry

from ..model.schema import layer_def
from ..model.values import plain_qgis_value

#: Decimals of the coordinates that count (1e-9 degree is 0.1 mm; 1e-9 m on a projected CRS).
GEOMETRY_DECIMALS = 9

#: Separates the parts of the text that is hashed (never found in a value).
_SEPARATOR = "\x1f"


def plain_text(value: Any) -> str:
    """A stored value as the text the fingerprint hashes."""
    value = plain_qgis_value(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return format(float(value), ".12g")
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def geometry_text(geometry: Optional[Any]) -> str:
    """A geometry (``QgsGeometry``, WKB bytes or None) as multipart WKT to GEOMETRY_DECIMALS."""
    if geometry is None:
        return ""
    if not isinstance(geometry, QgsGeometry):
        wkb, geometry = bytes(geometry), QgsGeometry()
        geometry.fromWkb(wkb)
    if geometry.isNull() or geometry.isEmpty():
        return ""
    shape = QgsGeometry(geometry)
    shape.convertToMultiType()
    return shape.asWkt(GEOMETRY_DECIMALS)


def feature_fingerprint(layer_name: str, values: Mapping[str, Any], geometry: Optional[Any]) -> str:
    """SHA-256 hex digest of a feature of store layer ``layer_name``: its data model fields
    (``values`` maps field name to value; a field it lacks counts as NULL) and its geometry."""
    parts = [f"{name}={plain_text(values.get(name))}" for name in layer_def(layer_name).field_names]
    parts.append(geometry_text(geometry))
    return hashlib.sha256(_SEPARATOR.join(parts).encode("utf-8")).hexdigest()


def layer_fingerprints(layer_name: str, layer) -> Dict[str, str]:
    """{identifier: fingerprint} of every feature of a QGIS vector layer holding store layer
    ``layer_name`` (a store layer or its copy in a package); features without an identifier
    are left out."""
    definition = layer_def(layer_name)
    names = [name for name in definition.field_names if layer.fields().indexOf(name) >= 0]
    found = {}
    for feature in layer.getFeatures():
        identifier = feature[definition.id_field] if definition.id_field in names else None
        text = plain_text(identifier)
        if not text:
            continue
        found[text] = feature_fingerprint(layer_name, {name: feature[name] for name in names}, feature.geometry())
    return found
