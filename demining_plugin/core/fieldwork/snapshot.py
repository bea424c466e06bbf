"""The ``package_snapshot`` table: one fingerprint (``fingerprint.layer_fingerprints``) per
context feature as packaged, read back from the package's own GeoPackage through QGIS as the
merge reads it, so a feature left alone in the field has the same fingerprint there."""

from pathlib import Path
from typing import Dict, Iterable, Tuple

from osgeo import ogr
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from .fingerprint import layer_fingerprints
from .layout import SNAPSHOT_TABLE

translate = QCoreApplication.translate

#: (layer, identifier) -> fingerprint.
Fingerprints = Dict[Tuple[str, str], str]


def package_fingerprints(data: Path, layers: Iterable[str]) -> Fingerprints:
    """Fingerprint of every feature of the context ``layers`` of the package GeoPackage ``data``."""
    found: Fingerprints = {}
    for name in layers:
        layer = QgsVectorLayer(f"{data}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise DeminingError(translate("FieldPackage", "Layer {0} of the package cannot be opened.").format(name))
        found.update({(name, identifier): digest for identifier, digest in layer_fingerprints(name, layer).items()})
    return found


def write_snapshot(data: Path, fingerprints: Fingerprints) -> None:
    """Add the ``SNAPSHOT_TABLE`` to the package GeoPackage ``data``, in one transaction."""
    ds = ogr.Open(str(data), 1)
    try:
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
    finally:
        ds = None  # noqa: F841 (closes the file)
