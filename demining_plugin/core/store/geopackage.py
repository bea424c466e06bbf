"""The GeoPackage backend: a store in one file, written through OGR in one transaction."""

import atexit
import os
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple

from osgeo import gdal, ogr, osr
from qgis.core import QgsCoordinateReferenceSystem
from qgis.PyQt.QtCore import QCoreApplication

from ... import __about__
from ..errors import StoreError
from ..model.changes import ChangeSet
from ..model.schema import DEFAULT_CRS, LAYERS, SCHEMA_VERSION, LayerDef, layer_def
from . import styles
from .base import META_TABLE, STYLE_KEYS, ProjectStore, utc_now
from .gpkg_bulk import PointStaging, insert_layer
from .gpkg_history import (
    changes_after,
    create_submissions_table,
    feature_history,
    install_history,
    stamp_file,
    stamp_sql,
)
from .gpkg_rows import (
    add_feature,
    delete_feature,
    last_number,
    ogr_layer,
    open_read_only,
    read_features,
    update_feature,
)
from .history import HISTORY_TABLE, editor_name
from .migrations import MIGRATIONS

translate = QCoreApplication.translate


_OGR_GEOMETRY = {
    "Point": ogr.wkbPoint,
    "MultiLineString": ogr.wkbMultiLineString,
    "MultiPolygon": ogr.wkbMultiPolygon,
    None: ogr.wkbNone,
}
_OGR_FIELD = {
    "string": (ogr.OFTString, ogr.OFSTNone),
    "integer": (ogr.OFTInteger, ogr.OFSTNone),
    "real": (ogr.OFTReal, ogr.OFSTNone),
    "date": (ogr.OFTDate, ogr.OFSTNone),
    "datetime": (ogr.OFTDateTime, ogr.OFSTNone),
    "boolean": (ogr.OFTInteger, ogr.OFSTBoolean),
}


class GeoPackageStore(ProjectStore):
    """A store in one GeoPackage file, readable by QGIS, QField and GDAL as it is."""

    kind = "gpkg"
    provider = "ogr"

    @classmethod
    def accepts(cls, location: str) -> bool:
        return str(location).lower().endswith(".gpkg")

    @classmethod
    def holds_store(cls, location: str) -> bool:
        """A GeoPackage file with the store's metadata table (one read of its catalogue)."""
        if not cls.accepts(location) or not os.path.isfile(location):
            return False
        try:
            return META_TABLE in _tables(Path(location))
        except sqlite3.Error:
            return False

    @property
    def path(self) -> Path:
        return Path(self.location)

    @property
    def name(self) -> str:
        return self.path.name

    def uri(self, layer_name: str) -> str:
        layer_def(layer_name)
        return f"{self.path}|layername={layer_name}"

    # -- metadata ------------------------------------------------------------------
    def metadata(self) -> Dict[str, str]:
        with sqlite3.connect(str(self.path)) as con:
            return dict(con.execute(f"SELECT key, value FROM {META_TABLE}").fetchall())

    def set_metadata(self, key: str, value: str) -> None:
        con = sqlite3.connect(str(self.path))
        try:
            with con:
                updated = con.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = ?", (value, key))
                if updated.rowcount == 0:
                    con.execute(f"INSERT INTO {META_TABLE} (key, value) VALUES (?, ?)", (key, value))
        finally:
            con.close()

    def add_layer(self, definition: LayerDef) -> None:
        """Add a layer, if missing, with its default style and form (for ``MIGRATIONS`` steps; PostGIS
        stores have the same call)."""
        gdal.UseExceptions()
        ds = gdal.OpenEx(str(self.path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            if ds.GetLayerByName(definition.name) is not None:
                return
            _create_layer(ds, definition, _srs_for(self.crs))
            _refresh_triggers(ds, definition)
        finally:
            ds = None  # noqa: F841 (closes the file)
        styles.save_default_styles(self, [definition])

    def add_field(self, layer_name: str, field) -> None:
        """Add a column to a layer, if missing (for ``MIGRATIONS`` steps; PostGIS stores have the
        same call)."""
        gdal.UseExceptions()
        ds = gdal.OpenEx(str(self.path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            if ogr_layer(ds, layer_name).GetLayerDefn().GetFieldIndex(field.name) >= 0:
                return
            ogr_type, subtype = _OGR_FIELD[field.type]
            definition = ogr.FieldDefn(field.name, ogr_type)
            definition.SetSubType(subtype)
            if field.length:
                definition.SetWidth(field.length)
            if field.default is not None:
                definition.SetDefault(field.default)
            if ogr_layer(ds, layer_name).CreateField(definition) != 0:
                raise StoreError(translate("Store", "Cannot add field {layer_name}.{field_name} to {name}.").format(
                    layer_name=layer_name, field_name=field.name, name=self.name))
            _refresh_triggers(ds, layer_def(layer_name))
        finally:
            ds = None  # noqa: F841 (closes the file)

    def add_history(self) -> None:
        """The ``demining_history`` table and every layer's history triggers (for ``MIGRATIONS``;
        a PostGIS store has had them from the start)."""
        gdal.UseExceptions()
        ds = gdal.OpenEx(str(self.path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            install_history(ds)
            create_submissions_table(ds)
        finally:
            ds = None  # noqa: F841 (closes the file)
        # What the store held before this moment cannot be rebuilt: its history starts now.
        self.set_metadata("history_since", utc_now())

    # -- the store's own tables --------------------------------------------------------------
    def side_table(self, name: str) -> str:
        return f'"{name}"'

    def submission_rows(self, statement: str, params) -> list:
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            return con.execute(statement.replace("%s", "?"), tuple(params)).fetchall()
        finally:
            con.close()

    def submission_execute(self, statement: str, params) -> int:
        con = sqlite3.connect(str(self.path), timeout=10)
        try:
            with con:
                return con.execute(statement.replace("%s", "?"), tuple(params)).rowcount
        except sqlite3.Error as error:
            raise StoreError(translate("Store", "Nothing was changed in {name}: {error}").format(
                name=self.name, error=error)) from None
        finally:
            con.close()

    # -- history ---------------------------------------------------------------------------
    def history(self, layer_name: str, identifier: str) -> list:
        """Every recorded change of one feature, oldest first."""
        return feature_history(self.path, layer_def(layer_name), identifier)

    def changes_after(self, moment, tables) -> list:
        return changes_after(self.path, moment, tables)

    def stamp_history(self, application: str) -> None:
        """Sign the changes QGIS just committed with the user's name and ``application``."""
        stamp_file(self.path, editor_name(self.authcfg), application)

    # -- styles ----------------------------------------------------------------------------
    def saved_styles(self) -> List[Dict[str, Any]]:
        with sqlite3.connect(f"file:{self.path}?mode=ro", uri=True) as con:
            has_table = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone()
            if not has_table:
                return []
            rows = con.execute("SELECT f_table_name, styleName, styleQML, styleSLD, useAsDefault, description, ui "
                               "FROM layer_styles ORDER BY id").fetchall()
        return [dict(zip(STYLE_KEYS, row)) for row in rows]

    def replace_styles(self, styles: List[Dict[str, Any]]) -> None:
        con = sqlite3.connect(str(self.path))
        try:
            with con:
                for table in sorted({s["table"] for s in styles}):
                    con.execute("DELETE FROM layer_styles WHERE f_table_name = ?", (table,))
                for s in styles:
                    con.execute(
                        "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                        "styleName, styleQML, styleSLD, useAsDefault, description, owner, ui) "
                        "VALUES ('', '', ?, 'geom', ?, ?, ?, ?, ?, '', ?)",
                        (s["table"], s["name"], s["qml"], s["sld"] or "", 1 if s["default"] else 0,
                         s["description"], s["ui"] or ""))
        except sqlite3.Error as error:
            raise StoreError(translate("CopyStore", "Saving styles in {store_name} failed: {error}").format(
                store_name=self.name, error=error)) from None
        finally:
            con.close()

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)

    # -- reads in any thread -----------------------------------------------------------
    def read_features(self, layer_name: str, fields: Sequence[str],
                      box: Optional[Tuple[float, float, float, float]] = None,
                      ) -> Iterator[Tuple[Optional[bytes], Dict[str, Any]]]:
        layer_def(layer_name)
        ds = open_read_only(self.path, self.name)
        try:
            yield from read_features(ds, self.name, layer_name, fields, box)
        finally:
            ds = None  # noqa: F841 (closes the file)

    def _last_number(self, definition: LayerDef) -> int:
        ds = open_read_only(self.path, self.name)
        try:
            return last_number(ds, definition)
        finally:
            ds = None  # noqa: F841 (closes the file)

    # -- transactional changes ---------------------------------------------------------
    def apply(self, changes: ChangeSet, before_commit: Optional[Callable[[], None]] = None) -> ChangeSet:
        if changes.is_empty():
            return ChangeSet()
        gdal.UseExceptions()
        try:
            ds = gdal.OpenEx(str(self.path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        except RuntimeError as error:
            raise StoreError(translate("Store", "{name} cannot be opened for writing: {error}").format(
                name=self.name, error=error)) from None
        inverse = ChangeSet()
        staging = PointStaging()
        try:
            ds.StartTransaction()
            try:
                for layer_name, features in changes.added.items():
                    for feature in features:
                        identifier = add_feature(ds, layer_name, feature.geometry, feature.values)
                        inverse.delete(layer_name, identifier)
                signature = (editor_name(self.authcfg), plugin_application())
                if any(len(points) for batches in changes.added_points.values() for points in batches):
                    for layer in staging.stage(ds, changes.added_points, last_number):
                        inverse.deleted.setdefault(layer.definition.name, []).extend(
                            insert_layer(ds, layer, signature))
                for layer_name, by_id in changes.updated.items():
                    for identifier, values in by_id.items():
                        # The undo finds the feature by its new identifier when this renames it.
                        renamed = values.get(layer_def(layer_name).id_field) or identifier
                        inverse.update(layer_name, renamed, update_feature(ds, layer_name, identifier, values))
                for layer_name, identifiers in changes.deleted.items():
                    for identifier in identifiers:
                        geometry, values = delete_feature(ds, layer_name, identifier)
                        inverse.add(layer_name, geometry, values)
                ds.ExecuteSQL(stamp_sql(*signature))
                if before_commit is not None:
                    before_commit()
                ds.CommitTransaction()
            except Exception as error:
                ds.RollbackTransaction()
                if isinstance(error, StoreError):
                    raise
                raise StoreError(translate("Store", "Nothing was changed in {name}: {error}").format(
                    name=self.name, error=error)) from error
        finally:
            ds = None  # noqa: F841 (closes the file, which detaches the staged points)
            staging.remove()
        return inverse

    # -- open -----------------------------------------------------------------------
    @classmethod
    def open(cls, location: str) -> "GeoPackageStore":
        path = Path(location)
        if path.is_dir():
            raise StoreError(translate("Store", "{path_name} is a folder, not a GeoPackage file.").format(
                path_name=path.name))
        if not path.is_file():
            raise StoreError(translate("Store", "{path} does not exist.").format(path=path))
        try:
            tables = _tables(path)
        except sqlite3.DatabaseError:
            raise StoreError(translate("Store", "{path_name} is not a GeoPackage (not an SQLite database).").format(
                path_name=path.name)) from None
        if path.stat().st_size == 0:
            raise StoreError(translate("Store", "{path_name} is an empty file, not a GeoPackage.").format(
                path_name=path.name))
        if "gpkg_contents" not in tables:
            raise StoreError(translate("Store", "{path_name} is not a GeoPackage.").format(path_name=path.name))
        if META_TABLE not in tables:
            raise StoreError(
                translate("Store", "{path_name} is a GeoPackage but not a Demining project store (it has no "
                                   "{META_TABLE} table). Create a store with 'New store...'.").format(
                                       path_name=path.name, META_TABLE=META_TABLE)
            )
        store = cls(str(path))
        version = store.schema_version
        if store.schema_version < SCHEMA_VERSION:
            store._migrate_with_backup()
        store.check_version()
        if store.schema_version != version:  # a migration may have added layers
            tables = _tables(path)
        missing = [d.name for d in LAYERS if d.name not in tables]
        if missing:
            raise StoreError(translate("Store", "{path_name} is missing the store layers: {missing}.").format(
                path_name=path.name, missing=', '.join(missing)))
        return store

    def hold_open(self) -> Optional["FileHold"]:
        if not self.path.is_file():
            return None
        _use_wal(self.path)
        return FileHold(self.path)

    def backup_path(self, version: int) -> Path:
        """Where the file is copied before migrating from ``version``: ``<name>.v<version>.bak.gpkg``."""
        return self.path.with_name(f"{self.path.stem}.v{version}.bak.gpkg")

    def _migrate_with_backup(self) -> None:
        """Copy the file aside, then migrate; a failed migration puts the copy back.

        Refused before anything is written when a step is missing or the file or its
        folder is read-only (the migration and its backup could not be written)."""
        old = self.schema_version
        missing = [v for v in range(old, SCHEMA_VERSION) if v not in MIGRATIONS]
        if missing:
            raise StoreError(
                translate("Store", "{name} has data model version {old} and this plugin has no migration from version "
                                   "{missing} to {missing2}; it was left as it is.").format(
                                       name=self.name, old=old, missing=missing[0], missing2=missing[0] + 1))
        if not os.access(self.path, os.W_OK) or not os.access(self.path.parent, os.W_OK):
            raise StoreError(
                translate("Store", "{name} has data model version {old} and must be migrated to version "
                                   "{SCHEMA_VERSION}, but the file or its folder is read-only; copy it somewhere "
                                   "writable.").format(name=self.name, old=old, SCHEMA_VERSION=SCHEMA_VERSION))
        backup = self.backup_path(old)
        if backup.exists():
            raise StoreError(
                translate("Store", "{name} must be migrated from version {old}, but the backup {backup_name} already "
                                   "exists; move it away first so that it is not overwritten.").format(
                                       name=self.name, old=old, backup_name=backup.name))
        shutil.copy2(self.path, backup)
        try:
            self.check_version()
        except Exception as error:
            shutil.copy2(backup, self.path)
            raise StoreError(
                translate("Store", "Migrating {name} from version {old} failed ({error}); the file was restored from "
                                   "{backup_name}.").format(
                                       name=self.name, old=old, error=error, backup_name=backup.name)) from error

    # -- create ---------------------------------------------------------------------
    @classmethod
    def create(cls, location: str, crs: str = DEFAULT_CRS, overwrite: bool = False) -> "GeoPackageStore":
        path = Path(location)
        if path.suffix.lower() != ".gpkg":
            raise StoreError(translate("Store", "A store file must end in .gpkg: {path}").format(path=path))
        if path.exists() and not overwrite:
            raise StoreError(translate(
                "Store", "{path} already exists; choose another name or allow overwriting.").format(path=path))
        if not path.parent.is_dir():
            raise StoreError(translate("Store", "Folder {path_parent} does not exist.").format(path_parent=path.parent))
        qcrs = QgsCoordinateReferenceSystem(crs)
        if not qcrs.isValid():
            raise StoreError(translate("Store", "Unknown coordinate reference system: {crs}").format(crs=crs))

        # Build beside the target and move it in place at the end: a failure leaves
        # no half-made store and never touches an existing file.
        tmp = path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.tmp.gpkg")
        try:
            key = (qcrs.authid() or qcrs.toWkt(), str(styles.STYLES_DIR))
            template = _EMPTY_STORES.get(key)
            if template is not None and template.is_file():
                _copy_database(template, tmp)
                _stamp_creation(tmp)
            else:
                _create_gpkg_tables(tmp, qcrs)
                styles.save_default_styles(cls(str(tmp)))
                _keep_as_template(tmp, key)
            os.replace(tmp, path)
        except Exception:
            for leftover in tmp.parent.glob(tmp.name + "*"):
                leftover.unlink()
            raise
        return cls(str(path))


class FileHold:
    """One idle SQLite connection to the GeoPackage, held while the desktop works with it.

    QGIS 3.22 puts a GeoPackage in WAL journal mode when it opens it for writing and back
    in DELETE mode when it closes it; the connection that closes last also deletes the
    -wal and -shm files. With QGIS's layers and the panels' background readers opening and
    closing connections in several threads, readers caught the file in the middle of a
    switch and failed with "unable to open database file" (at every desktop start). While
    one connection stays open in WAL mode, the mode cannot be switched back and the files
    stay. It holds no transaction, so it never blocks a writer or a checkpoint.
    """

    def __init__(self, path: Path):
        self._con: Optional[sqlite3.Connection] = None
        try:
            con = sqlite3.connect(str(path), timeout=5)
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # maps the -shm
            self._con = con
        except sqlite3.Error:
            pass  # e.g. a read-only medium: nothing to hold, readers open it as before

    @property
    def holding(self) -> bool:
        return self._con is not None

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None


def _tables(path: Path) -> set:
    """Names of the tables of an SQLite file, read without writing to it."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def _use_wal(path: Path) -> None:
    """Put the file in SQLite's WAL journal mode, if it is not in it yet (see ``FileHold``).

    A file or folder that cannot be written is left as it is (QGIS cannot switch it either).
    """
    if not (os.access(path, os.W_OK) and os.access(Path(path).parent, os.W_OK)):
        return
    try:
        con = sqlite3.connect(str(path), timeout=5)
        try:
            if str(con.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                con.execute("PRAGMA journal_mode=WAL")
        finally:
            con.close()
    except sqlite3.Error:
        pass  # busy or unusual file system: QGIS will switch it, as it always did


def _srs_for(crs: QgsCoordinateReferenceSystem) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    authid = crs.authid()
    if not authid or srs.SetFromUserInput(authid) != 0:
        srs.ImportFromWkt(crs.toWkt())
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


#: Empty stores made in this process, by CRS and style folder: a new store in the same CRS is a
#: copy of one, with its own creation facts. Saving the default styles opens every layer through QGIS and
#: takes most of a store's creation; the copy gives the same file in a fraction of it.
_EMPTY_STORES: Dict[Tuple[str, str], Path] = {}


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database (whatever its journal holds)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _stamp_creation(path: Path) -> None:
    with sqlite3.connect(str(path)) as con:
        con.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'created_at'", (utc_now(),))
    con.close()


def _keep_as_template(path: Path, key: Tuple[str, str]) -> None:
    """Keep a copy of the empty store just made (silently none if it cannot be written)."""
    try:
        folder = Path(tempfile.mkdtemp(prefix="demining_empty_store_"))
        atexit.register(shutil.rmtree, folder, True)
        template = folder / "empty.gpkg"
        _copy_database(path, template)
        _EMPTY_STORES[key] = template
    except (OSError, sqlite3.Error):
        pass


def _create_gpkg_tables(path: Path, crs: QgsCoordinateReferenceSystem) -> None:
    gdal.UseExceptions()
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(str(path))
    if ds is None:
        raise StoreError(translate("Store", "Cannot create {path}.").format(path=path))
    srs = _srs_for(crs)
    try:
        for definition in LAYERS:
            _create_layer(ds, definition, srs)
        meta = ds.CreateLayer(META_TABLE, geom_type=ogr.wkbNone,
                              options=["FID=fid", "DESCRIPTION=Demining store facts"])
        for name in ("key", "value"):
            meta.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        facts = {
            "schema_version": str(SCHEMA_VERSION),
            "crs": crs.authid() or crs.toWkt(),
            "created_at": utc_now(),
            "created_by": plugin_application(),
            "store_kind": GeoPackageStore.kind,
        }
        ds.StartTransaction()
        for key, value in facts.items():
            feature = ogr.Feature(meta.GetLayerDefn())
            feature["key"] = key
            feature["value"] = value
            meta.CreateFeature(feature)
        ds.CommitTransaction()
        ds.ExecuteSQL(f"CREATE UNIQUE INDEX idx_{META_TABLE}_key ON {META_TABLE}(key)")
        install_history(ds)
        create_submissions_table(ds)
    finally:
        ds = None  # noqa: F841 (closes the file)


def _refresh_triggers(ds, definition: LayerDef) -> None:
    """A layer's history triggers written again (they name every column), once the store keeps
    a history (older stores gain it by their migration)."""
    if ds.GetLayerByName(HISTORY_TABLE) is not None:
        install_history(ds, [definition])


def plugin_application() -> str:
    """The application the history names for the plugin's own writes."""
    return f"{__about__.__title__} {__about__.__version__}"


def _create_layer(ds, definition: LayerDef, srs: osr.SpatialReference) -> None:
    options = ["FID=fid", f"IDENTIFIER={definition.title}", f"DESCRIPTION={definition.description}"]
    if definition.geometry:
        options.append("GEOMETRY_NAME=geom")
    layer = ds.CreateLayer(
        definition.name,
        srs=srs if definition.geometry else None,
        geom_type=_OGR_GEOMETRY[definition.geometry],
        options=options,
    )
    if layer is None:
        raise StoreError(translate("Store", "Cannot create layer {definition_name}.").format(
            definition_name=definition.name))
    for f in definition.fields:
        ogr_type, subtype = _OGR_FIELD[f.type]
        fd = ogr.FieldDefn(f.name, ogr_type)
        fd.SetSubType(subtype)
        if f.length:
            fd.SetWidth(f.length)
        fd.SetNullable(not f.required)
        fd.SetUnique(f.unique)
        if f.default is not None:
            fd.SetDefault(f.default)
        if layer.CreateField(fd) != 0:
            raise StoreError(translate("Store", "Cannot create field {definition_name}.{f_name}.").format(
                definition_name=definition.name, f_name=f.name))
    for f in definition.fields:
        if f.references is not None:
            ds.ExecuteSQL(f'CREATE INDEX "idx_{definition.name}_{f.name}" ON "{definition.name}"("{f.name}")')
