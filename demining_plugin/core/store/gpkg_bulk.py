"""Bulk point writes into a GeoPackage store: imports of 100,000s of rows at the speed of
SQLite itself, with every row on record as if it had been written one by one.

OGR writes a feature at a time and every row fires the store's insert triggers (the
GeoPackage R-tree's, OGR's feature count, the history's JSON row). A batch of points is
instead staged with bound parameters in a temporary SQLite file (OGR's ``ExecuteSQL`` binds
nothing), attached to the GeoPackage's own connection, and copied by one statement inside
the store's transaction while those triggers are suspended; their work is then done for the
whole batch at once: the R-tree from the staged coordinates, the feature count by one update
and the history rows by the insert trigger's own expressions (``inserted_rows_sql``). The
triggers are dropped and created again inside the transaction: a rollback brings them back,
and no other connection can write to the file while the transaction is open.
"""

import math
import re
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import StoreError
from ..model.schema import LayerDef, layer_def
from ..model.values import is_null
from .gpkg_history import insert_trigger_name, inserted_rows_sql
from .gpkg_rtree import outward, packed_tree
from .history import HISTORY_TABLE

translate = QCoreApplication.translate

#: The attached staging database's name in the GeoPackage's connection.
STAGING = "demining_staging"
#: A GeoPackage point blob as GDAL writes one: "GP", version 0, flags (little-endian, no
#: envelope), the srs_id, then the little-endian WKB point.
_POINT_BLOB = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4"),
                        ("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])


def point_blobs(xs, ys, srs_id: int) -> List[bytes]:
    """GeoPackage geometry blobs of points, byte for byte those GDAL writes for them."""
    blobs = np.empty(len(xs), dtype=_POINT_BLOB)
    blobs["magic"], blobs["version"], blobs["flags"], blobs["srs_id"] = b"GP", 0, 1, srs_id
    blobs["order"], blobs["type"], blobs["x"], blobs["y"] = 1, 1, xs, ys
    raw, size = blobs.tobytes(), _POINT_BLOB.itemsize
    return [raw[i:i + size] for i in range(0, len(raw), size)]


def _sql_rows(ds, sql: str) -> list:
    result = ds.ExecuteSQL(sql)
    if result is None:
        return []
    try:
        return [[row.GetField(i) for i in range(row.GetFieldCount())] for row in result]
    finally:
        ds.ReleaseResultSet(result)


def _literal(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def _plain(value):
    """A value as OGR would store it: dates as ISO text, booleans as 0/1, NULL as None."""
    if is_null(value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _column_values(definition: LayerDef, name: str, values: Sequence) -> list:
    """One column's values in the types the column stores."""
    values = values.tolist() if isinstance(values, np.ndarray) else list(values)
    kinds = set(map(type, values))
    if not kinds <= {str, int, float, type(None)}:
        values = [_plain(value) for value in values]
        kinds = set(map(type, values))
    if definition.field(name).type == "string" and not kinds <= {str, type(None)}:
        values = [value if value is None or isinstance(value, str) else str(value) for value in values]
    return values


def _id_number(definition: LayerDef, identifier: str) -> int:
    """The number ``last_number`` reads from an identifier (``MM-000042`` -> 42; 0 for another form)."""
    prefix = f"{definition.id_prefix}-"
    if not str(identifier).upper().startswith(prefix.upper()):
        return 0
    digits = re.match(r"\s*\d*", str(identifier)[len(prefix):]).group().strip()
    return int(digits) if digits else 0


class _Batch:
    """One staged ``NewPoints``: its table in the staging database, the layer's columns and
    where each is copied from, its identifiers and first fid."""

    def __init__(self, table: str, names: List[str], sources: List[str], identifiers: List[str], first_fid: int):
        self.table, self.names, self.identifiers, self.first_fid = table, names, identifiers, first_fid
        #: What each column is copied from: a staged column (``c0``...) or a literal.
        self.sources = sources


class _LayerPoints:
    """A layer's staged batches, where its bounds grow to, and how its R-tree takes them:
    rebuilt from staged nodes (``packed``) or filled entry by entry."""

    def __init__(self, definition: LayerDef):
        self.definition = definition
        self.batches: List[_Batch] = []
        self.bounds: Optional[Tuple[float, float, float, float]] = None
        self.rtree: Optional[str] = None
        self.packed = False

    @property
    def count(self) -> int:
        return sum(len(batch.identifiers) for batch in self.batches)


class PointStaging:
    """The point batches of one transaction, staged in a temporary SQLite file attached to the
    GeoPackage's connection as ``STAGING``. ``remove()`` once that connection is closed (it
    detaches the file; a transaction cannot)."""

    def __init__(self):
        self._folder: Optional[Path] = None

    def stage(self, ds, added_points, last_number) -> List[_LayerPoints]:
        """Stage every batch of ``added_points`` ({layer: [NewPoints]}) inside the open
        transaction, each with its identifiers (the next free ones after
        ``last_number(ds, definition)`` when it has none, numbered on from batch to batch as
        one-by-one writes would) and fids, and the R-trees to rebuild; attach the file."""
        self._folder = Path(tempfile.mkdtemp(prefix="demining_points_"))
        path = self._folder / "staging.sqlite"
        layers = []
        con = sqlite3.connect(str(path))
        try:
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            for layer_name, batches in added_points.items():
                batches = [points for points in batches if len(points)]
                if batches:
                    layers.append(self._stage_layer(con, ds, layer_def(layer_name), batches, last_number))
            con.commit()
        finally:
            con.close()
        ds.ExecuteSQL(f"ATTACH DATABASE {_literal(path)} AS {STAGING}")
        return layers

    def _stage_layer(self, con, ds, definition: LayerDef, batches, last_number) -> _LayerPoints:
        if definition.geometry != "Point":
            raise StoreError(translate("Store", "{layer_name} does not hold points.").format(
                layer_name=definition.name))
        layer = _LayerPoints(definition)
        table = definition.name
        srs = _sql_rows(ds, f"SELECT srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = lower('{table}')")
        srs_id = int(srs[0][0]) if srs else 0
        number, fid = last_number(ds, definition), _first_fid(ds, table)
        xs_all, ys_all = [], []
        for points in batches:
            if points.identifiers is None:
                identifiers = list(map(definition.make_id, range(number + 1, number + 1 + len(points))))
                number += len(points)
            else:
                identifiers = [str(identifier) for identifier in points.identifiers]
                number = max([number] + [_id_number(definition, identifier) for identifier in identifiers])
            xs, ys = _coordinates(definition, points)
            name = f"{table}_{len(layer.batches)}"
            layer.batches.append(_write_batch(con, name, definition, points, identifiers, xs, ys, srs_id, fid))
            fid += len(points)
            xs_all.append(xs)
            ys_all.append(ys)
        xs, ys = np.concatenate(xs_all), np.concatenate(ys_all)
        layer.bounds = (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))
        _stage_rtree(con, ds, layer, xs, ys)
        return layer

    def remove(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def _coordinates(definition: LayerDef, points) -> Tuple[np.ndarray, np.ndarray]:
    xs, ys = np.asarray(points.xs, dtype=float), np.asarray(points.ys, dtype=float)
    if not (np.isfinite(xs).all() and np.isfinite(ys).all()):
        raise StoreError(translate(
            "Store", "{definition_title}: a geometry has a coordinate that is not a number (NaN or infinite).").format(
                definition_title=definition.title))
    return xs, ys


def _write_batch(con, name: str, definition: LayerDef, points, identifiers: List[str], xs, ys, srs_id: int,
                 first_fid: int) -> _Batch:
    """One batch as a table of the staging file: sequence (from 1), GeoPackage blob, columns."""
    count = len(points)
    columns = [(definition.id_field, identifiers)]
    for field_name, values in points.columns.items():
        if field_name == definition.id_field:
            continue
        if field_name not in {f.name for f in definition.fields}:
            raise StoreError(translate("Store", "{layer_name} has no field {name}.").format(
                layer_name=definition.name, name=field_name))
        if len(values) != count:
            raise StoreError(translate("Store", "{layer_name}.{name}: {n_values} values for {count} points.").format(
                layer_name=definition.name, name=field_name, n_values=len(values), count=count))
        columns.append((field_name, _column_values(definition, field_name, values)))
    # A column holding one value throughout (a record's identifier) is a literal of the copy, not staged.
    sources, staged = [], []
    for _field_name, values in columns:
        literal = _constant_literal(values)
        if literal is None:
            staged.append(values)
            literal = f"c{len(staged) - 1}"
        sources.append(literal)
    names = "".join(f", c{k}" for k in range(len(staged)))
    con.execute(f"CREATE TABLE {name} (seq INTEGER PRIMARY KEY, geom BLOB{names})")  # seq: 1, 2, ...
    marks = ", ".join("?" for _ in range(len(staged) + 1))
    con.executemany(f"INSERT INTO {name} (geom{names}) VALUES ({marks})", zip(point_blobs(xs, ys, srs_id), *staged))
    return _Batch(name, [field_name for field_name, _ in columns], sources, identifiers, first_fid)


def _constant_literal(values: list) -> Optional[str]:
    """The SQL literal of a column holding one value of one type throughout; None otherwise."""
    if len(values) < 2 or len(set(map(type, values))) != 1 or len(set(values)) != 1:
        return None
    value = values[0]
    if value is None:
        return "NULL"
    if isinstance(value, str):
        return _literal(value)
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return repr(value)
    return None


def _stage_rtree(con, ds, layer: _LayerPoints, xs: np.ndarray, ys: np.ndarray) -> None:
    """The layer's whole R-tree packed again with the new points, staged as node, rowid and parent
    rows, when the layer holds no more than twice as many entries already (else reading them
    would cost more than inserting the new ones one by one)."""
    rtree = f"rtree_{layer.definition.name}_geom"
    if not _sql_rows(ds, f"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{rtree}'"):
        return
    layer.rtree = rtree
    held = int(_sql_rows(ds, f'SELECT count(*) FROM "{rtree}_rowid"')[0][0])
    if held > 2 * len(xs):
        return
    node_size = int(_sql_rows(ds, f'SELECT length(data) FROM "{rtree}_node" WHERE nodeno = 1')[0][0])
    ids = np.concatenate([np.arange(b.first_fid, b.first_fid + len(b.identifiers)) for b in layer.batches])
    boxes = np.column_stack([outward(xs, False), outward(xs, True), outward(ys, False), outward(ys, True)])
    if held:
        # One text of every held entry (a row per entry through OGR would cost more than the rest).
        text = _sql_rows(ds, f"SELECT group_concat(id || ' ' || minx || ' ' || maxx || ' ' || miny || ' ' || maxy, "
                             f"' ') FROM \"{rtree}\"")[0][0]
        old = np.array(text.split(), dtype=np.float64).reshape(-1, 5)
        ids = np.concatenate([old[:, 0].astype(np.int64), ids])
        boxes = np.concatenate([old[:, 1:].astype(np.float32), boxes])  # held as single floats already
    nodes, rowids, parents = packed_tree(ids, boxes, node_size)
    for name, rows in (("node", nodes), ("rowid", rowids), ("parent", parents)):
        con.execute(f"CREATE TABLE {rtree}_{name} (a INTEGER PRIMARY KEY, b)")
        con.executemany(f"INSERT INTO {rtree}_{name} VALUES (?, ?)", rows)
    layer.packed = True


def _suspend_triggers(ds, names: Sequence[str]) -> Dict[str, str]:
    """Drop the named triggers that exist (inside the open transaction); {name: its SQL}."""
    quoted = ", ".join(_literal(name) for name in names)
    found = {name: sql for name, sql in _sql_rows(
        ds, f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({quoted})")}
    for name in found:
        ds.ExecuteSQL(f'DROP TRIGGER "{name}"')
    return found


def _count_trigger(table: str) -> str:
    return f"trigger_insert_feature_count_{table}"


def insert_layer(ds, layer: _LayerPoints, signature: Tuple[str, str]) -> List[str]:
    """Copy a layer's staged batches into it inside the open transaction, with what the
    suspended insert triggers would have done for each row done for all of them at once (the
    history rows signed with ``signature``, (user, application)); returns the identifiers
    written, in order."""
    definition = layer.definition
    table = definition.name
    rtree_trigger = f"{layer.rtree}_insert" if layer.rtree else ""
    suspended = _suspend_triggers(ds, (rtree_trigger, insert_trigger_name(table), _count_trigger(table),
                                       _count_trigger(HISTORY_TABLE)))
    identifiers = []
    for batch in layer.batches:
        names = ", ".join(f'"{name}"' for name in batch.names)
        staged = ", ".join(batch.sources)
        ds.ExecuteSQL(f'INSERT INTO "{table}" (fid, geom, {names}) '
                      f"SELECT {batch.first_fid - 1} + seq, geom, {staged} FROM {STAGING}.{batch.table} ORDER BY seq")
        identifiers.extend(batch.identifiers)
    if rtree_trigger in suspended:
        _fill_rtree(ds, layer)
    counts = {_count_trigger(table): (table, layer.count)}
    if insert_trigger_name(table) in suspended:
        ds.ExecuteSQL(inserted_rows_sql(definition, layer.batches[0].first_fid, *signature))
        counts[_count_trigger(HISTORY_TABLE)] = (HISTORY_TABLE, layer.count)
    for trigger, (counted, added) in counts.items():
        if trigger in suspended:
            ds.ExecuteSQL(f"UPDATE gpkg_ogr_contents SET feature_count = feature_count + {added} "
                          f"WHERE lower(table_name) = lower('{counted}')")
    _grow_extent(ds, table, layer.bounds)
    for sql in suspended.values():
        ds.ExecuteSQL(sql)
    return identifiers


def _fill_rtree(ds, layer: _LayerPoints) -> None:
    rtree = layer.rtree
    if layer.packed:
        for name, key, value in (("node", "nodeno", "data"), ("rowid", "rowid", "nodeno"),
                                 ("parent", "nodeno", "parentnode")):
            ds.ExecuteSQL(f'DELETE FROM "{rtree}_{name}"')
            ds.ExecuteSQL(f'INSERT INTO "{rtree}_{name}" ({key}, {value}) SELECT a, b FROM {STAGING}.{rtree}_{name}')
        return
    # A few points into a large index: the R-tree trigger's own statement, for the new rows only.
    ds.ExecuteSQL(f'INSERT INTO "{rtree}" SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) '
                  f'FROM "{layer.definition.name}" WHERE fid >= {layer.batches[0].first_fid}')


def _first_fid(ds, table: str) -> int:
    """The fid SQLite would give the next row (AUTOINCREMENT: past every fid ever used)."""
    rows = _sql_rows(ds, f"SELECT max(coalesce((SELECT max(fid) FROM \"{table}\"), 0), coalesce((SELECT seq FROM "
                         f"sqlite_sequence WHERE name = '{table}'), 0)) + 1")
    return int(rows[0][0])


def _grow_extent(ds, table: str, bounds: Tuple[float, float, float, float]) -> None:
    """The layer's extent in ``gpkg_contents`` grown to hold the points, as OGR keeps it."""
    west, south, east, north = (repr(float(v)) for v in bounds)
    ds.ExecuteSQL(
        f"UPDATE gpkg_contents SET min_x = min(coalesce(min_x, {west}), {west}), "
        f"min_y = min(coalesce(min_y, {south}), {south}), max_x = max(coalesce(max_x, {east}), {east}), "
        f"max_y = max(coalesce(max_y, {north}), {north}), last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        f"WHERE lower(table_name) = lower('{table}')")
