"""Fingerprints of a package's context features: what they were when packaged, what they are now.

A fingerprint is a hex digest of a feature's attributes (every field but the fid, by name)
and its geometry (ISO WKB), both read through OGR from the package's GeoPackage. The package
stores one per context feature in ``layout.SNAPSHOT_TABLE`` right after writing them; the
merge reads the same features with the same function, so a feature untouched in the field
has the same fingerprint, and one edited, added or deleted there shows.
"""

import hashlib
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

from osgeo import ogr

from ..model.schema import layer_def
from .layout import CONTEXT_LAYERS, SNAPSHOT_TABLE

#: (layer, identifier) -> fingerprint.
Fingerprints = Dict[Tuple[str, str], str]


def _text(value) -> str:
    if value is None:
        return "\x00"  # NULL differs from an empty text
    if isinstance(value, float):
        return repr(round(value, 9))
    return str(value)


def fingerprint(attributes: Dict[str, object], wkb: Optional[bytes]) -> str:
    """Hex digest of ``attributes`` (by field name, whatever their order) and ``wkb``."""
    digest = hashlib.sha256()
    for name in sorted(attributes):
        digest.update(name.encode("utf-8") + b"\x01" + _text(attributes[name]).encode("utf-8") + b"\x02")
    digest.update(b"\x03" + (wkb or b""))
    return digest.hexdigest()


def _feature_fingerprint(feature: ogr.Feature, names: List[str]) -> str:
    attributes = {name: feature.GetField(name) for name in names}
    geometry = feature.GetGeometryRef()
    wkb = bytes(geometry.ExportToIsoWkb()) if geometry is not None and not geometry.IsEmpty() else None
    return fingerprint(attributes, wkb)


def context_fingerprints(ds: ogr.DataSource, layers: Iterable[str] = CONTEXT_LAYERS) -> Fingerprints:
    """Fingerprint of every feature of the context layers present in an open package GeoPackage."""
    found: Fingerprints = {}
    for name in layers:
        layer = ds.GetLayerByName(name)
        if layer is None:
            continue
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        id_field = layer_def(name).id_field
        layer.ResetReading()
        for feature in layer:
            found[(name, str(feature.GetField(id_field)))] = _feature_fingerprint(feature, names)
    return found


def write_snapshot(ds: ogr.DataSource, fingerprints: Fingerprints) -> None:
    """The ``SNAPSHOT_TABLE`` of an open package GeoPackage, in one transaction."""
    table = ds.CreateLayer(SNAPSHOT_TABLE, geom_type=ogr.wkbNone,
                           options=["FID=fid", "DESCRIPTION=Context features as packaged"])
    for name in ("layer", "identifier", "fingerprint"):
        table.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    ds.StartTransaction()
    for (layer, identifier), digest in sorted(fingerprints.items()):
        feature = ogr.Feature(table.GetLayerDefn())
        feature["layer"], feature["identifier"], feature["fingerprint"] = layer, identifier, digest
        table.CreateFeature(feature)
    ds.CommitTransaction()


def read_snapshot(ds: ogr.DataSource) -> Fingerprints:
    """The ``SNAPSHOT_TABLE`` of an open package GeoPackage ({} when it has none)."""
    table = ds.GetLayerByName(SNAPSHOT_TABLE)
    if table is None:
        return {}
    return {(f["layer"], f["identifier"]): f["fingerprint"] for f in table}


def context_changes(package_gpkg: Path) -> Dict[str, List[Tuple[str, str]]]:
    """What was done to the context layers since packaging: ``{"edited": [(layer, id)...],
    "added": [...], "deleted": [...]}`` (each list sorted)."""
    ds = ogr.Open(str(package_gpkg), 0)
    try:
        before, now = read_snapshot(ds), context_fingerprints(ds)
    finally:
        ds = None  # noqa: F841 (closes the file)
    return {
        "edited": sorted(key for key in before.keys() & now.keys() if before[key] != now[key]),
        "added": sorted(now.keys() - before.keys()),
        "deleted": sorted(before.keys() - now.keys()),
    }
