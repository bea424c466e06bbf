"""The edit history of a GeoPackage store: the ``demining_history`` table and the SQLite
triggers that fill it on every insert, update and delete of a store layer, whoever writes
(the plugin through OGR, QGIS's own editing, any SQLite client).

The triggers record when, which table and feature, the operation and the old and new rows
as JSON (the geometry as the hex of its GeoPackage blob). SQLite cannot know who is
writing: the plugin stamps the rows it leaves unsigned with the user's name and the
application, inside its own transactions (``stamp_sql``) and after QGIS commits a layer's
edits; a row no one stamped (another program wrote it) shows as "(unknown)".
"""

import datetime
import sqlite3
from typing import List, Optional

from osgeo import ogr

from ..model.schema import LAYERS, LayerDef
from .history import HISTORY_TABLE, ChangeRecord, from_utc_text, history_entry, loaded_json, utc_text
from .submissions import COLUMNS, SUBMISSIONS_TABLE

#: What the history's columns hold, in OGR types (created through OGR so that the table is an
#: 'attributes' table of gpkg_contents, as the GeoPackage standard wants every table).
_COLUMNS = (("changed_at", ogr.OFTDateTime, ogr.OFSTNone), ("changed_by", ogr.OFTString, ogr.OFSTNone),
            ("application", ogr.OFTString, ogr.OFSTNone), ("table_name", ogr.OFTString, ogr.OFSTNone),
            ("feature_id", ogr.OFTString, ogr.OFSTNone), ("operation", ogr.OFTString, ogr.OFSTNone),
            ("old_values", ogr.OFTString, ogr.OFSTJSON), ("new_values", ogr.OFTString, ogr.OFSTJSON))
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_SELECT = ("SELECT history_id, changed_at, changed_by, application, table_name, feature_id, operation, "
           f"old_values, new_values FROM {HISTORY_TABLE}")


def create_history_table(ds) -> None:
    """The history table and its indexes, in an OGR data source open for update."""
    if ds.GetLayerByName(HISTORY_TABLE) is not None:
        return
    layer = ds.CreateLayer(HISTORY_TABLE, geom_type=ogr.wkbNone,
                           options=["FID=history_id", "DESCRIPTION=Every change of the store's layers"])
    for name, kind, subtype in _COLUMNS:
        definition = ogr.FieldDefn(name, kind)
        definition.SetSubType(subtype)
        definition.SetNullable(name not in ("changed_at", "table_name", "operation"))
        layer.CreateField(definition)
    ds.ExecuteSQL(f'CREATE INDEX "idx_{HISTORY_TABLE}_feature" ON {HISTORY_TABLE}(table_name, feature_id)')
    ds.ExecuteSQL(f'CREATE INDEX "idx_{HISTORY_TABLE}_time" ON {HISTORY_TABLE}(changed_at)')


def create_submissions_table(ds) -> None:
    """The submissions waiting for review (``core.store.submissions``), an 'attributes' table."""
    if ds.GetLayerByName(SUBMISSIONS_TABLE) is not None:
        return
    layer = ds.CreateLayer(SUBMISSIONS_TABLE, geom_type=ogr.wkbNone,
                           options=["FID=fid", "DESCRIPTION=Imports waiting for review"])
    for name, _sql_type in COLUMNS:
        definition = ogr.FieldDefn(name, ogr.OFTString)
        if name in ("counts", "warnings", "payload"):
            definition.SetSubType(ogr.OFSTJSON)
        layer.CreateField(definition)
    ds.ExecuteSQL(f'CREATE UNIQUE INDEX "idx_{SUBMISSIONS_TABLE}_id" ON {SUBMISSIONS_TABLE}(submission_id)')


def _row_json(definition: LayerDef, row: str) -> str:
    """``json_object`` of a whole row (``row`` is NEW or OLD), as PostGIS's ``to_jsonb`` has it."""
    pairs = [f"'fid', {row}.fid"] + [f"'{f.name}', {row}.\"{f.name}\"" for f in definition.fields]
    if definition.geometry:
        pairs.append(f"'geom', CASE WHEN {row}.geom IS NULL THEN NULL ELSE hex({row}.geom) END")
    return f"json_object({', '.join(pairs)})"


_INTO = f"INSERT INTO {HISTORY_TABLE} (changed_at, table_name, feature_id, operation, old_values, new_values)"


def _history_row(table: str, feature_id: str, operation: str, old: str, new: str) -> str:
    """The values of one history row, as SQL expressions (the triggers' and ``inserted_rows_sql``'s)."""
    return f"{_NOW}, '{table}', {feature_id}, '{operation}', {old}, {new}"


def insert_trigger_name(table: str) -> str:
    return f"{HISTORY_TABLE}_{table}_insert"


def trigger_statements(definition: LayerDef) -> List[str]:
    """Drop and create the three history triggers of one layer (again after a column is added:
    a trigger names every column)."""
    table, key = definition.name, definition.id_field
    old, new = _row_json(definition, "OLD"), _row_json(definition, "NEW")
    old_key, new_key = f'OLD."{key}"', f'NEW."{key}"'
    statements = [f'DROP TRIGGER IF EXISTS "{HISTORY_TABLE}_{table}_{op}"' for op in ("insert", "update", "delete")]
    statements += [
        f'CREATE TRIGGER "{insert_trigger_name(table)}" AFTER INSERT ON "{table}" BEGIN '
        f"{_INTO} VALUES ({_history_row(table, new_key, 'INSERT', 'NULL', new)}); END",
        # QGIS may write a feature it did not change: only real changes are recorded.
        f'CREATE TRIGGER "{HISTORY_TABLE}_{table}_update" AFTER UPDATE ON "{table}" WHEN {old} IS NOT {new} BEGIN '
        f"{_INTO} VALUES ({_history_row(table, f'coalesce({new_key}, {old_key})', 'UPDATE', old, new)}); END",
        f'CREATE TRIGGER "{HISTORY_TABLE}_{table}_delete" AFTER DELETE ON "{table}" BEGIN '
        f"{_INTO} VALUES ({_history_row(table, old_key, 'DELETE', old, 'NULL')}); END",
    ]
    return statements


def inserted_rows_sql(definition: LayerDef, first_fid: int, user: str, application: str) -> str:
    """One statement writing the history rows the insert trigger would have written, row by
    row, for the rows of ``definition``'s table from ``first_fid`` on (a bulk write suspends
    the trigger inside its transaction and runs this instead): the same expressions over the
    same columns, the table read under the trigger's name for its row (NEW), in fid order,
    signed as ``stamp_sql`` would sign them."""
    table, key = definition.name, definition.id_field
    row = _history_row(table, f'NEW."{key}"', "INSERT", "NULL", _row_json(definition, "NEW"))
    return (f"INSERT INTO {HISTORY_TABLE} (changed_by, application, changed_at, table_name, feature_id, operation, "
            f"old_values, new_values) SELECT {_literal(user)}, {_literal(application)}, {row} "
            f'FROM "{table}" AS NEW WHERE NEW.fid >= {int(first_fid)} ORDER BY NEW.fid')


def install_history(ds, definitions=LAYERS) -> None:
    """The history table (if missing) and the triggers of ``definitions``' layers present in
    the data source."""
    create_history_table(ds)
    for definition in definitions:
        if ds.GetLayerByName(definition.name) is None:
            continue
        for statement in trigger_statements(definition):
            ds.ExecuteSQL(statement)


def _literal(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def stamp_sql(user: str, application: str) -> str:
    """The statement that signs the history rows no one signed yet (run inside the transaction
    that wrote them, or just after QGIS committed them)."""
    return (f"UPDATE {HISTORY_TABLE} SET changed_by = {_literal(user)}, application = {_literal(application)} "
            "WHERE changed_by IS NULL")


def stamp_file(path, user: str, application: str) -> None:
    """``stamp_sql`` in a transaction of its own (after QGIS committed a layer's edits)."""
    con = sqlite3.connect(str(path), timeout=10)
    try:
        with con:
            if con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (HISTORY_TABLE,)).fetchone():
                con.execute(stamp_sql(user, application))
    finally:
        con.close()


def feature_history(path, definition: LayerDef, identifier: str) -> list:
    """``HistoryEntry`` list of one feature, oldest first."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute(f"{_SELECT} WHERE table_name = ? AND feature_id = ? ORDER BY changed_at, history_id",
                           (definition.name, str(identifier))).fetchall()
    finally:
        con.close()
    return [history_entry(definition, from_utc_text(r[1]), r[2], r[3], r[6], r[7], r[8]) for r in rows]


def changes_after(path, moment: Optional[datetime.datetime], tables) -> List[ChangeRecord]:
    """Every recorded change of ``tables`` after ``moment`` (all of them when None), oldest first."""
    marks = ", ".join("?" for _ in tables)
    where = f"table_name IN ({marks})" + ("" if moment is None else " AND changed_at > ?")
    params = list(tables) + ([] if moment is None else [utc_text(moment)])
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute(f"{_SELECT} WHERE {where} ORDER BY changed_at, history_id", params).fetchall()
    finally:
        con.close()
    return [ChangeRecord(r[0], from_utc_text(r[1]), r[2] or "", r[3] or "", r[4], r[5], r[6], loaded_json(r[7]),
                         loaded_json(r[8])) for r in rows]
