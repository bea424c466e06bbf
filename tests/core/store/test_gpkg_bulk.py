"""Bulk point writes into a GeoPackage store (core/store/gpkg_bulk.py, gpkg_rtree.py): the rows,
their history, spatial index, feature count and extent are what writing the same points one
by one through OGR and the per-row triggers gives, and the file stays a valid GeoPackage."""

import datetime
import sqlite3
import subprocess
import sys

import pytest
from osgeo import ogr
from qgis.core import QgsGeometry, QgsPointXY

from demining_plugin.core.errors import StoreError
from demining_plugin.core.model.changes import ChangeSet, NewPoints
from demining_plugin.core.model.schema import layer_def
from demining_plugin.core.store import create_store, gpkg_bulk
from demining_plugin.core.store.gpkg_rtree import outward, packed_tree

VALIDATOR = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"
LON, LAT = 46.93, 40.01  # Aghdam


def mines(count: int, start: int = 0, record: str = "MR-0001"):
    """Mapped mines on a 3 m grid: positions and columns (a NULL model and a quote now and then)."""
    xs = [LON + ((start + i) % 97) * 3.5e-5 for i in range(count)]
    ys = [LAT + ((start + i) // 97) * 2.7e-5 for i in range(count)]
    columns = {
        "record_id": [record] * count,
        "row_no": [(start + i) // 97 + 1 for i in range(count)],
        "mine_no": [None if i % 11 == 0 else (start + i) % 97 + 1 for i in range(count)],
        "category": ["AT" if i % 3 == 0 else "AP" for i in range(count)],
        "model": [None if i % 7 == 0 else ("PMN-2" if i % 2 else "O'Neill \"TM\"") for i in range(count)],
    }
    return xs, ys, columns


def items(count: int):
    """Items found: dates (as dates and as text), no quantity column (its default applies)."""
    xs = [LON + i * 1e-4 for i in range(count)]
    ys = [LAT - i * 1e-4 for i in range(count)]
    columns = {
        "category": ["UXO" if i % 2 else "AP" for i in range(count)],
        "found_on": [datetime.date(2021, 11, 22 + i % 5) if i % 2 else "2021-11-23" for i in range(count)],
        "depth_cm": [None if i % 4 == 0 else 10 + i for i in range(count)],
        "team": ["MC-1"] * count,
    }
    return xs, ys, columns


def same_everywhere(count: int):
    """Items found whose depth is unknown and date the same throughout (columns copied as literals)."""
    xs, ys, columns = items(count)
    columns.update(depth_cm=[None] * count, found_on=[datetime.date(2021, 11, 25)] * count, model=["PMN-2"] * count)
    return xs, ys, columns


def bulk(changes: ChangeSet, layer: str, xs, ys, columns, identifiers=None) -> None:
    changes.add_points(layer, NewPoints(xs, ys, columns, identifiers))


def one_by_one(changes: ChangeSet, layer: str, xs, ys, columns, identifiers=None) -> None:
    """The same points as single features: OGR writes them and every per-row trigger fires."""
    id_field = layer_def(layer).id_field
    for i, (x, y) in enumerate(zip(xs, ys)):
        values = {name: column[i] for name, column in columns.items()}
        if identifiers is not None:
            values[id_field] = identifiers[i]
        changes.add(layer, QgsGeometry.fromPointXY(QgsPointXY(x, y)), values)


def rows(path, sql):
    con = sqlite3.connect(str(path))
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def history(path):
    return rows(path, "SELECT history_id, table_name, feature_id, operation, changed_by, application, old_values, "
                      "new_values FROM demining_history ORDER BY history_id")


def written_both_ways(tmp_path, steps):
    """Two new stores given the same change sets, one through bulk batches, one feature by feature."""
    stores = {}
    for name, write in (("bulk", bulk), ("single", one_by_one)):
        store = create_store(str(tmp_path / f"{name}.gpkg"))
        for step in steps:
            changes = ChangeSet()
            for layer, args in step:
                write(changes, layer, *args)
            store.apply(changes)
        stores[name] = store.location
    return stores["bulk"], stores["single"]


def test_history_rows_of_a_bulk_write_are_those_the_triggers_write(tmp_path):
    steps = [
        [("mapped_mines", mines(300)), ("detections", items(40))],
        # Into layers holding rows already: numbered on, two batches of one layer in one change set.
        [("mapped_mines", mines(25, start=300, record="MR-0002")), ("mapped_mines", mines(5, start=325)),
         ("detections", items(3)), ("detections", same_everywhere(4))],
    ]
    fast, slow = written_both_ways(tmp_path, steps)
    got, expected = history(fast), history(slow)
    assert len(got) == 300 + 40 + 25 + 5 + 3 + 4 and got == expected
    assert got[0][1:6] == ("mapped_mines", "MM-000001", "INSERT", expected[0][4], expected[0][5])
    assert expected[0][4] and expected[0][5].startswith("Demining")
    # The rows themselves, geometry blobs byte for byte, fids and identifiers too.
    for table in ("mapped_mines", "detections"):
        assert rows(fast, f"SELECT * FROM {table} ORDER BY fid") == rows(slow, f"SELECT * FROM {table} ORDER BY fid")
    assert rows(fast, "SELECT quantity, found_on FROM detections WHERE fid IN (1, 2)") == [(1, "2021-11-23"),
                                                                                         (1, "2021-11-23")]
    # Every moment is a UTC time stamp as the triggers write it.
    moments = rows(fast, "SELECT DISTINCT changed_at FROM demining_history")
    assert all(datetime.datetime.strptime(m, "%Y-%m-%dT%H:%M:%S.%fZ") for (m,) in moments)


def test_a_bulk_write_leaves_the_triggers_the_index_and_the_counts_as_one_by_one_writes(tmp_path):
    steps = [[("mapped_mines", mines(2000))], [("mapped_mines", mines(700, start=2000))],
             [("mapped_mines", mines(30, start=2700))]]
    fast, slow = written_both_ways(tmp_path, steps)
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    assert rows(fast, triggers) == rows(slow, triggers)
    # The R-tree: packed at the first two writes (no more than twice as many held), entry by
    # entry at the third; the same entries as SQLite's own inserts, and a sound tree.
    index = "SELECT * FROM rtree_mapped_mines_geom ORDER BY id"
    assert rows(fast, index) == rows(slow, index) and len(rows(fast, index)) == 2730
    assert rows(fast, "SELECT rtreecheck('rtree_mapped_mines_geom')") == [("ok",)]
    ds = ogr.Open(fast)
    layer = ds.GetLayerByName("mapped_mines")
    assert layer.GetFeatureCount() == 2730
    assert layer.GetExtent() == ogr.Open(slow).GetLayerByName("mapped_mines").GetExtent()
    layer.SetSpatialFilterRect(LON - 1e-6, LAT - 1e-6, LON + 3.6e-5, LAT + 1e-6)
    assert sorted(f["mine_id"] for f in layer) == ["MM-000001", "MM-000002"]
    ds = None
    result = subprocess.run([sys.executable, VALIDATOR, fast], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_edits_after_a_bulk_write_are_recorded_and_indexed_by_the_triggers(tmp_path):
    store = create_store(str(tmp_path / "s.gpkg"))
    changes = ChangeSet()
    bulk(changes, "mapped_mines", *mines(500))
    store.apply(changes)
    later = ChangeSet()
    later.add("mapped_mines", QgsGeometry.fromPointXY(QgsPointXY(LON - 0.01, LAT)), {"record_id": "MR-0001"})
    later.update("mapped_mines", "MM-000002", {"model": "PROM-1"})
    later.delete("mapped_mines", "MM-000003")
    store.apply(later)
    operations = rows(store.location, "SELECT feature_id, operation FROM demining_history WHERE history_id > 500")
    assert operations == [("MM-000501", "INSERT"), ("MM-000002", "UPDATE"), ("MM-000003", "DELETE")]
    assert rows(store.location, "SELECT rtreecheck('rtree_mapped_mines_geom')") == [("ok",)]
    assert rows(store.location, "SELECT count(*) FROM rtree_mapped_mines_geom") == [(500,)]
    assert rows(store.location, f"SELECT id FROM rtree_mapped_mines_geom WHERE minx < {LON - 0.005}") == [(501,)]


def test_a_refused_bulk_write_changes_nothing_and_leaves_no_staging_file(tmp_path, monkeypatch):
    store = create_store(str(tmp_path / "s.gpkg"))
    folders = []
    real_mkdtemp = gpkg_bulk.tempfile.mkdtemp

    def recorded(*args, **kwargs):
        folders.append(real_mkdtemp(*args, dir=str(tmp_path), **kwargs))
        return folders[-1]

    monkeypatch.setattr(gpkg_bulk.tempfile, "mkdtemp", recorded)
    changes = ChangeSet()
    bulk(changes, "mapped_mines", *mines(10))
    store.apply(changes)
    before = rows(store.location, "SELECT count(*) FROM demining_history")
    again = ChangeSet()
    bulk(again, "mapped_mines", *mines(3), identifiers=["MM-000004", "MM-000011", "MM-000012"])
    with pytest.raises(StoreError, match="UNIQUE constraint failed: mapped_mines.mine_id"):
        store.apply(again)
    nan = ChangeSet()
    xs, ys, columns = mines(2)
    bulk(nan, "mapped_mines", [xs[0], float("nan")], ys, columns)
    with pytest.raises(StoreError, match="not a number"):
        store.apply(nan)
    assert rows(store.location, "SELECT count(*) FROM demining_history") == before
    assert rows(store.location, "SELECT count(*) FROM mapped_mines") == [(10,)]
    assert rows(store.location, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%insert%' "
                                "AND tbl_name IN ('mapped_mines', 'demining_history') ORDER BY name") == [
        ("demining_history_mapped_mines_insert",), ("rtree_mapped_mines_geom_insert",),
        ("trigger_insert_feature_count_demining_history",), ("trigger_insert_feature_count_mapped_mines",)]
    assert len(folders) == 3 and not any((tmp_path / folder).exists() for folder in folders)


@pytest.mark.parametrize("count", [0, 1, 51, 52, 2601, 20_000])
def test_a_packed_r_tree_is_the_tree_sqlite_reads(count):
    """Any number of entries, one node to three levels: SQLite's own check passes, its queries
    find what a plain scan finds, and it keeps working after inserts and deletes."""
    import numpy as np

    generator = np.random.default_rng(count)
    x, y = generator.uniform(44, 50, count), generator.uniform(38, 42, count)
    ids = np.arange(1, count + 1) * 7
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    node_size = con.execute("SELECT length(data) FROM r_node WHERE nodeno = 1").fetchone()[0]
    boxes = np.column_stack([outward(x, False), outward(x, True), outward(y, False), outward(y, True)])
    nodes, rowids, parents = packed_tree(ids, boxes, node_size)
    for table, content in (("r_node", nodes), ("r_rowid", rowids), ("r_parent", parents)):
        con.execute(f"DELETE FROM {table}")
        con.executemany(f"INSERT INTO {table} VALUES (?, ?)", content)
    assert con.execute("SELECT rtreecheck('r')").fetchone() == ("ok",)
    reference = sqlite3.connect(":memory:")
    reference.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    reference.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?)",
                          zip(ids.tolist(), x.tolist(), x.tolist(), y.tolist(), y.tolist()))
    assert con.execute("SELECT * FROM r ORDER BY id").fetchall() == \
        reference.execute("SELECT * FROM r ORDER BY id").fetchall()
    found = con.execute("SELECT id FROM r WHERE minx <= 47 AND maxx >= 46 AND miny <= 40 AND maxy >= 39 "
                        "ORDER BY id").fetchall()
    assert [i for (i,) in found] == [int(i) for i, a, b in zip(ids, x, y) if 46 <= a <= 47 and 39 <= b <= 40]
    con.execute("INSERT INTO r VALUES (1, 45, 45, 39, 39)")
    con.execute("DELETE FROM r WHERE id IN (7, 14, 21)")
    assert con.execute("SELECT rtreecheck('r')").fetchone() == ("ok",)
    assert con.execute("SELECT count(*) FROM r").fetchone() == (max(count - 3, 0) + 1,)
