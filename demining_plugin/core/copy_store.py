"""Copying a whole project store to another backend (GeoPackage <-> PostGIS) without loss:
every feature with its identifier, attributes and geometry, the saved styles and forms,
and the store's metadata (schema version, CRS, creation facts).

Features go through the target's ``apply()``: one transaction, so a failed copy leaves no
half-filled store (the new target is removed again).
"""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QVariant

from .changes import ChangeSet
from .errors import StoreError
from .schema import LAYERS
from .store import ProjectStore, create_store, open_store

translate = QCoreApplication.translate

#: Metadata that describes the backend, not the data: each store keeps its own.
BACKEND_FACTS = ("store_kind",)
_STYLE_KEYS = ("table", "name", "qml", "sld", "default", "description", "ui")


@dataclass
class CopyResult:
    target: ProjectStore
    counts: Dict[str, int] = field(default_factory=dict)
    styles: int = 0

    @property
    def features(self) -> int:
        return sum(self.counts.values())


def plain_value(value: Any) -> Any:
    """A QGIS attribute value as a plain Python value (NULL -> None, QDate -> date)."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    return value


def saved_styles(store: ProjectStore) -> List[Dict[str, Any]]:
    """The styles saved in a store for its layers."""
    if hasattr(store, "saved_styles"):
        return store.saved_styles()
    with sqlite3.connect(f"file:{store.path}?mode=ro", uri=True) as con:
        has_table = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone()
        if not has_table:
            return []
        rows = con.execute("SELECT f_table_name, styleName, styleQML, styleSLD, useAsDefault, description, ui "
                           "FROM layer_styles ORDER BY id").fetchall()
    return [dict(zip(_STYLE_KEYS, row)) for row in rows]


def replace_styles(store: ProjectStore, styles: List[Dict[str, Any]]) -> None:
    """Replace the saved styles of the layers named in ``styles``."""
    if hasattr(store, "replace_styles"):
        store.replace_styles(styles)
        return
    con = sqlite3.connect(str(store.path))
    try:
        with con:
            for table in sorted({s["table"] for s in styles}):
                con.execute("DELETE FROM layer_styles WHERE f_table_name = ?", (table,))
            for s in styles:
                con.execute(
                    "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                    "styleName, styleQML, styleSLD, useAsDefault, description, owner, ui) "
                    "VALUES ('', '', ?, 'geom', ?, ?, ?, ?, ?, '', ?)",
                    (s["table"], s["name"], s["qml"], s["sld"] or "", 1 if s["default"] else 0, s["description"],
                     s["ui"] or ""))
    except sqlite3.Error as error:
        raise StoreError(translate("CopyStore", "Saving styles in {store_name} failed: {error}").format(
            store_name=store.name, error=error)) from None
    finally:
        con.close()


def _discard(location: str) -> None:
    """Remove a store this copy created, after a failure."""
    if str(location).lower().endswith(".gpkg"):
        Path(location).unlink(missing_ok=True)
        return
    try:
        from .postgis_store import PostgisStore

        PostgisStore(location).drop()
    except StoreError:
        pass


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
                changes.add(definition.name, geometry, {name: plain_value(feature[name])
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
        styles = saved_styles(source)
        if styles:
            replace_styles(target, styles)
        result.styles = len(styles)
        for key, value in facts.items():
            if key not in BACKEND_FACTS:
                target.set_metadata(key, value)
        if progress:
            progress(100.0)
    except Exception:
        _discard(target_location)
        raise
    return result
