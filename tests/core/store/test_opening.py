"""Opening a store: an older data model is migrated after a backup copy (or refused with
the reason), and a file that is not a store is refused in one sentence, unchanged."""

import os
import random
import re
import sqlite3
from pathlib import Path

import pytest
from osgeo import gdal, ogr

from demining_plugin.core.errors import StoreError
from demining_plugin.core.store import META_TABLE, create_store, open_store
from demining_plugin.core.store import geopackage as store_module
from tests.helpers import file_digest, ogr_file, plain_geopackage


def version_of(path: Path) -> str:
    with sqlite3.connect(str(path)) as con:
        (value,) = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'").fetchone()
    con.close()
    return value


def columns(path: Path, table: str):
    with sqlite3.connect(str(path)) as con:
        names = [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]
    con.close()
    return names


def tables(path: Path):
    with sqlite3.connect(str(path)) as con:
        names = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    con.close()
    return names


#: The plugin's own migration from data model 1 to 2 (it adds the task_points layer).
real_step = store_module.MIGRATIONS[1]


@pytest.fixture
def version_one(tmp_path):
    """A store as data model 1 wrote it (no task_points layer), opened by a plugin at a later version."""
    assert store_module.SCHEMA_VERSION >= 2
    path = tmp_path / "programme.gpkg"
    create_store(str(path))
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    assert ds.DeleteLayer(names.index("task_points")) == 0
    ds.ExecuteSQL("DELETE FROM layer_styles WHERE f_table_name = 'task_points'")
    ds.ExecuteSQL(f"UPDATE {META_TABLE} SET value = '1' WHERE key = 'schema_version'")
    ds = None  # noqa: F841 (closes the file)
    assert version_of(path) == "1" and "task_points" not in tables(path)
    return path


def test_older_store_is_backed_up_then_migrated(version_one):
    before = file_digest(version_one)
    store = open_store(str(version_one))
    backup = version_one.with_name("programme.v1.bak.gpkg")
    assert backup.is_file() and file_digest(backup) == before
    assert version_of(backup) == "1" and "task_points" not in tables(backup)
    assert store.schema_version == store_module.SCHEMA_VERSION
    assert version_of(version_one) == str(store_module.SCHEMA_VERSION)
    assert "task_points" in tables(version_one)
    assert "point_id" in columns(version_one, "task_points")
    # Opening again does nothing more: no second backup, nothing migrated twice.
    open_store(str(version_one))
    # (SQLite's -wal/-shm companions of the open store aside)
    files = sorted(p.name for p in version_one.parent.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert files == ["programme.gpkg", "programme.v1.bak.gpkg"]


def test_failed_migration_restores_the_file(version_one, monkeypatch):
    def half_done(store):
        real_step(store)
        raise RuntimeError("disk full")

    monkeypatch.setitem(store_module.MIGRATIONS, 1, half_done)
    before = file_digest(version_one)
    with pytest.raises(StoreError, match=r"Migrating programme.gpkg from version 1 failed \(disk full\); "
                                         r"the file was restored from programme.v1.bak.gpkg"):
        open_store(str(version_one))
    assert file_digest(version_one) == before


def test_missing_migration_step_is_refused_before_any_copy(version_one, monkeypatch):
    monkeypatch.delitem(store_module.MIGRATIONS, 1)
    before = file_digest(version_one)
    with pytest.raises(StoreError, match="no migration from version 1 to 2"):
        open_store(str(version_one))
    assert file_digest(version_one) == before
    assert [p.name for p in version_one.parent.iterdir()] == ["programme.gpkg"]


def test_read_only_store_is_not_migrated(version_one, monkeypatch):
    # Tests run as root, for whom chmod does not make a file read-only: ask os.access.
    monkeypatch.setattr(store_module.os, "access", lambda path, mode: mode != os.W_OK)
    before = file_digest(version_one)
    with pytest.raises(StoreError, match="read-only"):
        open_store(str(version_one))
    assert file_digest(version_one) == before
    assert [p.name for p in version_one.parent.iterdir()] == ["programme.gpkg"]


def test_existing_backup_is_never_overwritten(version_one):
    old_backup = version_one.with_name("programme.v1.bak.gpkg")
    old_backup.write_bytes(b"an earlier backup")
    with pytest.raises(StoreError, match="already exists"):
        open_store(str(version_one))
    assert old_backup.read_bytes() == b"an earlier backup"
    assert version_of(version_one) == "1"


# -- files that are not stores ---------------------------------------------------------------

def _random_binary(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(4096))


def _plain_sqlite(path: Path) -> None:
    with sqlite3.connect(str(path)) as con:
        con.execute("CREATE TABLE notes (text TEXT)")
    con.close()


def _shapefile(path: Path) -> None:
    ogr_file(path, "ESRI Shapefile", "hazards", ogr.wkbPolygon)


NOT_STORES = {
    # case: (file name, how to make it, what the message must say)
    "random binary": ("input.gpkg", _random_binary, "input.gpkg is not a GeoPackage (not an SQLite database)."),
    "empty file": ("input.gpkg", lambda path: path.write_bytes(b""), "input.gpkg is an empty file, not a GeoPackage."),
    "plain SQLite": ("input.gpkg", _plain_sqlite, "input.gpkg is not a GeoPackage."),
    "plain GeoPackage": ("input.gpkg", plain_geopackage, "input.gpkg is a GeoPackage but not a Demining project "
                                                          "store"),
    "shapefile": ("input.shp", _shapefile, "is not a store location this plugin understands"),
    "folder": ("input.gpkg", lambda path: path.mkdir(), "input.gpkg is a folder, not a GeoPackage file."),
}


@pytest.mark.parametrize("case", NOT_STORES)
def test_a_file_that_is_not_a_store_is_refused_in_one_sentence(case, tmp_path):
    name, make, wanted = NOT_STORES[case]
    path = tmp_path / name
    make(path)
    before = file_digest(path) if path.is_file() else None
    with pytest.raises(StoreError) as error:
        open_store(str(path))
    message = str(error.value)
    assert wanted in message
    assert "input." in message
    # One sentence: no full stop followed by another sentence inside it.
    assert not re.search(r"\.\s+[A-Z]", message.split(" (")[0]), message
    assert (file_digest(path) if path.is_file() else None) == before
