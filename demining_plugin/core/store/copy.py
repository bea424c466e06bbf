"""Copying a whole project store to another backend (GeoPackage <-> PostGIS) without loss:
every feature with its identifier, attributes and geometry, the saved styles and forms,
and the store's metadata (schema version, CRS, creation facts).

Features go through the target's ``apply()``: one transaction, so a failed copy leaves no
half-filled store (the new target is removed again).
"""

from dataclasses import dataclass, field
from typing import Callable, Dict, Optional

from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import StoreError
from ..model.changes import ChangeSet
from ..model.schema import LAYERS
from ..model.values import plain_qgis_value
from . import ProjectStore, create_store, open_store

translate = QCoreApplication.translate

#: Metadata that describes the backend, not the data: each store keeps its own.
BACKEND_FACTS = ("store_kind",)


@dataclass
class CopyResult:
    target: ProjectStore
    counts: Dict[str, int] = field(default_factory=dict)
    styles: int = 0

    @property
    def features(self) -> int:
        return sum(self.counts.values())


def copy_store(source_location: str, target_location: str, overwrite: bool = False,
               progress: Optional[Callable[[float], None]] = None,
               log: Optional[Callable[[str], None]] = None) -> CopyResult:
    """Copy the store at ``source_location`` into a new store at ``target_location``."""
    source = open_store(source_location)
    facts = source.metadata()
    if str(target_location).strip() == str(source_location).strip():
        raise StoreError(translate("CopyStore", "The copy must go to another store than its source."))
    target = create_store(target_location, facts.get("crs") or source.crs.authid(), overwrite=overwrite)
    result = CopyResult(target)
    try:
        changes = ChangeSet()
        for number, definition in enumerate(LAYERS):
            layer = source.layer(definition.name)
            count = 0
            for feature in layer.getFeatures(QgsFeatureRequest().setSubsetOfAttributes(
                    list(definition.field_names), layer.fields())):
                geometry = feature.geometry() if feature.hasGeometry() else None
                changes.add(definition.name, geometry, {name: plain_qgis_value(feature[name])
                                                        for name in definition.field_names})
                count += 1
            result.counts[definition.name] = count
            if log:
                log(f"{definition.name}: {count} features")
            if progress:
                progress(60.0 * (number + 1) / len(LAYERS))
        if not changes.is_empty():
            target.apply(changes)
        if progress:
            progress(80.0)
        styles = source.saved_styles()
        if styles:
            target.replace_styles(styles)
        result.styles = len(styles)
        for key, value in facts.items():
            if key not in BACKEND_FACTS:
                target.set_metadata(key, value)
        if progress:
            progress(100.0)
    except Exception:
        try:
            target.discard()
        except StoreError:
            pass
        raise
    return result
