"""Opening a field package the team brought back, and refusing a bad one with a sentence.

``open_package(path, store)`` takes a package folder, its ``manifest.json``, or the folder
zipped, and checks, before anything is merged, that it is a package (manifest, GeoPackage,
field layers), that neither the ZIP nor the GeoPackage is damaged, that it comes from this
store (``allow_other_store`` lets the caller say otherwise), and that its data model is not
newer than the plugin's. A package of an older data model is brought up to date in a copy;
the package itself is only ever read. Each refusal is a ``PackageError`` subclass whose
message names the package and what is wrong.

The package's layers are read through GDAL handles of this module's own (``read_rows``),
never QGIS layers: the merge may be planned in a worker thread.
"""

import datetime
import json
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Dict, Iterator, List, Optional, Tuple

from osgeo import gdal, ogr
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..model.schema import SCHEMA_VERSION, layer_def
from .layout import (
    CONTEXT_LAYERS,
    DATA_FILE,
    FIELD_ITEMS,
    FIELD_LAYERS,
    FIELD_UUID,
    MANIFEST_FILE,
    MANIFEST_KEYS,
    PHOTO_FIELD,
    SNAPSHOT_TABLE,
)

translate = QCoreApplication.translate

#: Manifest keys without which a package cannot be merged.
REQUIRED_KEYS = ("package_id", "store_id", "schema_version", "tasks")


class PackageError(DeminingError):
    """A field package that cannot be merged; nothing was changed."""


class NotAPackageError(PackageError):
    """Neither a package folder nor a ZIP of one."""


class DamagedPackageError(PackageError):
    """A damaged ZIP, GeoPackage or manifest."""


class MissingManifestError(PackageError):
    """A package without its manifest."""


class OtherStoreError(PackageError):
    """A package made from another store (refused unless the caller allows it)."""


class NewerModelError(PackageError):
    """A package made by a newer plugin, with a data model this one does not know."""


@dataclass
class FieldPackage:
    """An opened package: where its files are, its manifest, and the GeoPackage to read
    (the package's own, or its migrated copy)."""

    source: Path  # what the caller gave (folder, manifest or ZIP)
    folder: Path  # the package folder (a temporary one for a ZIP)
    data_path: Path  # the GeoPackage to read
    manifest: Dict[str, Any]
    notes: List[str] = field(default_factory=list)  # what the caller should be told (warnings)
    migrated_from: Optional[int] = None
    #: The field layers kept in a submission (``merge_submit.FrozenLayers``), read instead of ``data_path``.
    frozen: Optional[Any] = None
    _temporary: Optional[tempfile.TemporaryDirectory] = None

    @property
    def name(self) -> str:
        """The package folder's name (or its ZIP's), also when it was given by its manifest."""
        return self.source.parent.name if self.source.name == MANIFEST_FILE else self.source.name

    @property
    def package_id(self) -> str:
        return str(self.manifest.get("package_id") or "")

    @property
    def tasks(self) -> List[str]:
        return [str(task) for task in self.manifest.get("tasks") or []]

    @property
    def team(self) -> str:
        return str(self.manifest.get("team") or "")

    def close(self) -> None:
        """Remove the temporary copies (the extracted ZIP, the migrated GeoPackage)."""
        if self._temporary is not None:
            self._temporary.cleanup()
            self._temporary = None

    def __enter__(self) -> "FieldPackage":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def open_package(path, store, allow_other_store: bool = False) -> FieldPackage:
    """Open and check the package at ``path`` for merging into ``store``."""
    source = Path(str(path))
    if not source.exists():
        raise NotAPackageError(translate("FieldMerge", "{path} does not exist.").format(path=source))
    temporary = None
    try:
        if source.is_file() and source.name == MANIFEST_FILE:
            folder = source.parent
        elif source.is_file():
            temporary = tempfile.TemporaryDirectory(prefix="demining_package_")
            folder = _extract(source, Path(temporary.name))
        else:
            folder = source
        manifest = _read_manifest(source, folder)
        data_path = folder / DATA_FILE
        package = FieldPackage(source, folder, data_path, manifest, _temporary=temporary)
        _check_store(package, store, allow_other_store)
        _check_data(package)
        version = _version(package)
        if version > SCHEMA_VERSION:
            raise NewerModelError(translate(
                "FieldMerge", "{name} was made with data model version {version}; this plugin knows up to version "
                              "{known}. Update the Demining plugin to merge it.").format(
                name=package.name, version=version, known=SCHEMA_VERSION))
        if version < SCHEMA_VERSION:
            _migrate_copy(package, version)
        return package
    except BaseException:
        if temporary is not None:
            temporary.cleanup()
        raise


def _extract(source: Path, target: Path) -> Path:
    """The package folder inside a ZIP, extracted under ``target``."""
    if not zipfile.is_zipfile(source):
        if source.suffix.lower() == ".zip":
            raise DamagedPackageError(translate(
                "FieldMerge", "{name} is a damaged ZIP file (it cannot be opened); ask the team for the package "
                              "again.").format(name=source.name))
        raise NotAPackageError(_not_a_package(source))
    try:
        with zipfile.ZipFile(source) as archive:
            members = archive.infolist()
            for member in members:
                parts = PurePosixPath(member.filename).parts
                if member.filename.startswith("/") or ".." in parts:
                    raise DamagedPackageError(translate(
                        "FieldMerge", "{name} holds a file outside its folder ({member}); it was not opened.").format(
                        name=source.name, member=member.filename))
            manifests = [m.filename for m in members if PurePosixPath(m.filename).name == MANIFEST_FILE]
            datas = [m.filename for m in members if PurePosixPath(m.filename).name == DATA_FILE]
            found = sorted(manifests or datas, key=lambda name: len(PurePosixPath(name).parts))
            if not found:
                raise NotAPackageError(_not_a_package(source))
            bad = archive.testzip()
            if bad is not None:
                raise DamagedPackageError(translate(
                    "FieldMerge", "{name} is a damaged ZIP file ({member} does not read back); ask the team for the "
                                  "package again.").format(name=source.name, member=bad))
            archive.extractall(target)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as error:
        raise DamagedPackageError(translate(
            "FieldMerge", "{name} is a damaged ZIP file ({error}); ask the team for the package again.").format(
            name=source.name, error=error)) from None
    return target.joinpath(*PurePosixPath(found[0]).parts[:-1])


def _not_a_package(source: Path) -> str:
    return translate(
        "FieldMerge", "{name} is not a field package: a package is the folder made by 'Package for the field' "
                      "(with {manifest} and {data}), or that folder zipped.").format(
        name=source.name, manifest=MANIFEST_FILE, data=DATA_FILE)


def _read_manifest(source: Path, folder: Path) -> Dict[str, Any]:
    path = folder / MANIFEST_FILE
    if not path.is_file():
        if (folder / DATA_FILE).is_file():
            raise MissingManifestError(translate(
                "FieldMerge", "{name} has no {manifest}: without it the package cannot be matched to its store and "
                              "tasks. Ask the team for the whole package folder.").format(
                name=source.name, manifest=MANIFEST_FILE))
        raise NotAPackageError(_not_a_package(source))
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise DamagedPackageError(translate(
            "FieldMerge", "The {manifest} of {name} cannot be read ({error}).").format(
            manifest=MANIFEST_FILE, name=source.name, error=error)) from None
    missing = [key for key in REQUIRED_KEYS if not isinstance(manifest, dict) or key not in manifest]
    if missing:
        raise DamagedPackageError(translate(
            "FieldMerge", "The {manifest} of {name} lacks {keys}; it is not a manifest this plugin wrote.").format(
            manifest=MANIFEST_FILE, name=source.name, keys=", ".join(missing)))
    return {key: manifest.get(key) for key in set(MANIFEST_KEYS) | set(manifest)}


def _check_store(package: FieldPackage, store, allow_other_store: bool) -> None:
    ours = str(store.metadata().get("store_id") or "")
    theirs = str(package.manifest.get("store_id") or "")
    if ours and ours == theirs:
        return
    made_from = package.manifest.get("store_name") or package.manifest.get("store") or theirs
    if not allow_other_store:
        raise OtherStoreError(translate(
            "FieldMerge", "{name} was packaged from another store ({other}), not from {store}; merge it only if "
                          "you mean to (allow packages of another store).").format(
            name=package.name, other=made_from, store=store.name))
    package.notes.append(translate(
        "FieldMerge", "{name} was packaged from another store ({other}); merged into {store} as asked.").format(
        name=package.name, other=made_from, store=store.name))


def _version(package: FieldPackage) -> int:
    try:
        return int(package.manifest.get("schema_version"))
    except (TypeError, ValueError):
        raise DamagedPackageError(translate(
            "FieldMerge", "The {manifest} of {name} gives no data model version ({value!r}).").format(
            manifest=MANIFEST_FILE, name=package.name, value=package.manifest.get("schema_version"))) from None


def _check_data(package: FieldPackage) -> None:
    """The GeoPackage is there, sound, and holds the field layers."""
    path = package.data_path
    if not path.is_file():
        raise DamagedPackageError(translate(
            "FieldMerge", "{name} has no {data}: the team's work is not in it.").format(
            name=package.name, data=DATA_FILE))
    damaged = translate("FieldMerge", "The GeoPackage {data} of {name} is damaged ({error}); ask the team for the "
                                      "package again.")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            check = con.execute("PRAGMA quick_check").fetchone()[0]
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as error:
        raise DamagedPackageError(damaged.format(data=DATA_FILE, name=package.name, error=error)) from None
    if check != "ok":
        raise DamagedPackageError(damaged.format(data=DATA_FILE, name=package.name, error=check))
    if "gpkg_contents" not in tables:
        raise DamagedPackageError(damaged.format(data=DATA_FILE, name=package.name,
                                                 error=translate("FieldMerge", "not a GeoPackage")))
    missing = [name for name in FIELD_LAYERS if name not in tables]
    if missing:
        raise DamagedPackageError(translate(
            "FieldMerge", "The GeoPackage {data} of {name} lacks the field layers {layers}.").format(
            data=DATA_FILE, name=package.name, layers=", ".join(missing)))


def _migrate_copy(package: FieldPackage, version: int) -> None:
    """Bring the package's GeoPackage from data model ``version`` to this plugin's, in a copy:
    the columns the newer model adds to the context layers, ``field_uuid`` on the field layers
    and the items' ``photo``."""
    if package._temporary is None:
        package._temporary = tempfile.TemporaryDirectory(prefix="demining_package_")
    copy = Path(package._temporary.name) / f"migrated_{DATA_FILE}"
    shutil.copy2(package.data_path, copy)
    wanted: Dict[str, List[Tuple[str, str]]] = {}
    for name in CONTEXT_LAYERS:
        wanted[name] = [(f.name, f.type) for f in layer_def(name).fields]
    for name in FIELD_LAYERS:
        wanted[name] = [(FIELD_UUID, "string")] + ([(PHOTO_FIELD, "string")] if name == FIELD_ITEMS else [])
    kinds = {"string": ogr.OFTString, "integer": ogr.OFTInteger, "real": ogr.OFTReal, "date": ogr.OFTDate,
             "datetime": ogr.OFTDateTime, "boolean": ogr.OFTInteger}
    gdal.UseExceptions()
    ds = gdal.OpenEx(str(copy), gdal.OF_VECTOR | gdal.OF_UPDATE)
    try:
        for name, fields in wanted.items():
            layer = ds.GetLayerByName(name)
            if layer is None:
                continue
            for field_name, kind in fields:
                if layer.GetLayerDefn().GetFieldIndex(field_name) < 0:
                    layer.CreateField(ogr.FieldDefn(field_name, kinds[kind]))
    finally:
        ds = None  # noqa: F841 (closes the file)
    package.data_path = copy
    package.migrated_from = version
    package.notes.append(translate(
        "FieldMerge", "{name} was made with data model version {old}; a copy of its data was brought to version "
                      "{new} for the merge (the package itself is unchanged).").format(
        name=package.name, old=version, new=SCHEMA_VERSION))


# -- reading the package's layers (GDAL handles of our own: any thread) -----------------------

@dataclass
class PackageRow:
    """One feature of a package layer: its fid, geometry (in ``crs``) and values."""

    fid: int
    geometry: Optional[QgsGeometry]
    values: Dict[str, Any]


def _value(feature, index: int):
    if not feature.IsFieldSetAndNotNull(index):
        return None
    definition = feature.GetFieldDefnRef(index)
    kind = definition.GetType()
    if kind == ogr.OFTDate:
        year, month, day, *_ = feature.GetFieldAsDateTime(index)
        return datetime.date(year, month, day)
    if kind == ogr.OFTDateTime:
        year, month, day, hour, minute, second, _tz = feature.GetFieldAsDateTime(index)
        whole = int(second)
        return datetime.datetime(year, month, day, hour, minute, whole, int(round((second - whole) * 1e6)) % 1000000)
    if kind == ogr.OFTInteger and definition.GetSubType() == ogr.OFSTBoolean:
        return bool(feature.GetFieldAsInteger(index))
    return feature.GetField(index)


def layer_crs(package: FieldPackage, layer_name: str) -> QgsCoordinateReferenceSystem:
    """The CRS of a layer of the package (invalid when it has none)."""
    if package.frozen is not None:
        return package.frozen.crs(layer_name)
    ds = _open(package)
    try:
        layer = ds.GetLayerByName(layer_name)
        srs = layer.GetSpatialRef() if layer is not None else None
        return QgsCoordinateReferenceSystem.fromWkt(srs.ExportToWkt()) if srs is not None else \
            QgsCoordinateReferenceSystem()
    finally:
        ds = None  # noqa: F841 (closes the file)


def has_layer(package: FieldPackage, layer_name: str) -> bool:
    if package.frozen is not None:
        return layer_name in package.frozen.layers
    ds = _open(package)
    try:
        return ds.GetLayerByName(layer_name) is not None
    finally:
        ds = None  # noqa: F841 (closes the file)


def read_rows(package: FieldPackage, layer_name: str) -> Iterator[PackageRow]:
    """Every feature of a layer (or table) of the package, in fid order."""
    if package.frozen is not None:
        yield from package.frozen.rows(layer_name)
        return
    ds = _open(package)
    try:
        layer = ds.GetLayerByName(layer_name)
        if layer is None:
            return
        names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
        for feature in layer:
            shape = feature.GetGeometryRef()
            geometry = None
            if shape is not None and not shape.IsEmpty():
                geometry = QgsGeometry()
                geometry.fromWkb(bytes(shape.ExportToIsoWkb()))
            yield PackageRow(feature.GetFID(), geometry, {name: _value(feature, i) for i, name in enumerate(names)})
    finally:
        ds = None  # noqa: F841 (closes the file)


def _open(package: FieldPackage):
    gdal.UseExceptions()
    try:
        return gdal.OpenEx(str(package.data_path), gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError as error:
        raise DamagedPackageError(translate(
            "FieldMerge", "The GeoPackage {data} of {name} is damaged ({error}); ask the team for the package "
                          "again.").format(data=DATA_FILE, name=package.name, error=error)) from None


def snapshot(package: FieldPackage) -> Dict[Tuple[str, str], str]:
    """{(layer, identifier): fingerprint} of the context features as packaged."""
    found = {}
    for row in read_rows(package, SNAPSHOT_TABLE):
        layer, identifier = row.values.get("layer"), row.values.get("identifier")
        if layer and identifier:
            found[(str(layer), str(identifier))] = str(row.values.get("fingerprint") or "")
    return found
