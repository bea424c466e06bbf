"""What the PostGIS backend says to the server, apart from the store itself: locations and
connection keywords, psycopg2 and its messages, values as SQL, and the statements that
create a store's tables, history trigger and layers."""

import datetime
import re
import urllib.parse
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsGeometry,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import StoreError
from ..model.schema import LAYERS, FieldDef, LayerDef
from ..model.values import plain_qgis_value
from .base import META_TABLE
from .history import HISTORY_TABLE, HistoryEntry  # noqa: F401 (HistoryEntry: postgis imports it from here)
from .location import without_password
from .submissions import COLUMNS, SUBMISSIONS_TABLE

translate = QCoreApplication.translate


#: Schema used when a location names none.
DEFAULT_SCHEMA = "demining"
#: Seconds to wait for the server before saying it cannot be reached.
CONNECT_TIMEOUT_S = 10
#: Longest wait for a hazard another operator is changing before giving up (s).
LOCK_TIMEOUT_S = 60
#: Released polygons overlapping by more than this (m2) are refused at commit.
OVERLAP_LIMIT_M2 = 0.1

PREFIXES = ("pg:", "postgres://", "postgresql://")
_WORD = re.compile(r"\s*([A-Za-z_]+)\s*=\s*('(?:[^'\\]|\\.)*'|[^\s']+)\s*")
_SQL_TYPE = {
    "integer": "integer",
    "real": "double precision",
    "date": "date",
    "datetime": "timestamp with time zone",
    "boolean": "boolean",
}
_HISTORY_FUNCTION = "demining_record_history"


class ConcurrentEditError(StoreError):
    """Another operator changed the same land in the same moment; retrying is safe."""


def import_psycopg2():
    try:
        import psycopg2
        import psycopg2.errors
        import psycopg2.extensions
    except ImportError:
        raise StoreError(translate(
            "PostgisStore", "PostGIS stores need the Python module psycopg2 (Debian: python3-psycopg2).")) from None
    return psycopg2


def parse_keywords(text: str) -> Dict[str, str]:
    """``key=value key='quoted value'`` as libpq writes them."""
    words: Dict[str, str] = {}
    position = 0
    text = text.strip()
    while position < len(text):
        match = _WORD.match(text, position)
        if match is None:
            raise StoreError(
                translate("PostgisStore", "Cannot read the PostGIS location at '{text}': write keyword=value pairs "
                                          "such as host=db.example.org dbname=mine_action schema=demining.").format(
                                              text=without_password(text[position:])))
        value = match.group(2)
        if value.startswith("'"):
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        words[match.group(1).lower()] = value
        position = match.end()
    return words


def quote_keyword(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def parse_location(location: str) -> Tuple[Dict[str, str], str, str]:
    """libpq keywords, schema and a QGIS connection name ('' if none) from a location."""
    text = str(location).strip()
    schema = DEFAULT_SCHEMA
    if text.lower().startswith(("postgres://", "postgresql://")):
        parts = urllib.parse.urlsplit(text)
        query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        schema = next((value for key, value in query if key == "schema"), schema)
        # authcfg (a QGIS authentication configuration, see credentials) is no libpq keyword either.
        authcfg = next((value for key, value in query if key == "authcfg"), "")
        rest = urllib.parse.urlencode([(key, value) for key, value in query if key not in ("schema", "authcfg")])
        uri = urllib.parse.urlunsplit(parts._replace(query=rest))
        try:
            words = dict(import_psycopg2().extensions.parse_dsn(uri))
        except Exception as error:
            raise StoreError(f"'{without_password(text)}' is not a valid PostgreSQL URI: {error}".strip()) from None
        if authcfg:
            words["authcfg"] = authcfg
        connection = ""
    elif text.lower().startswith("pg:"):
        words = parse_keywords(text[3:])
        schema = words.pop("schema", schema)
        connection = words.pop("connection", "")
    else:
        raise StoreError(translate(
            "PostgisStore", "'{text}' is not a PostGIS store location (pg:... or postgresql://...).").format(text=text))
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", schema):
        raise StoreError(
            translate("PostgisStore", "Schema name '{schema}' is not usable: use letters, digits and _ only, starting "
                                      "with a letter.").format(schema=schema))
    if connection:
        words = {**_saved_connection(connection), **words}
    if not words:
        raise StoreError(translate(
            "PostgisStore", "The PostGIS location '{text}' names no database, service or connection.").format(
                text=without_password(text)))
    return words, schema, connection


def _saved_connection(name: str) -> Dict[str, str]:
    """libpq keywords of a PostgreSQL connection saved in QGIS; an authentication configuration
    stays ``authcfg`` (expanded only to connect, never into a layer source)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = None
    try:
        connection = metadata.findConnection(name) if metadata is not None else None
    except Exception:  # QgsProviderConnectionException when the name is unknown
        connection = None
    if connection is None:
        raise StoreError(translate(
            "PostgisStore", "There is no PostgreSQL connection named '{name}' in QGIS (Data Source Manager > "
                            "PostgreSQL lists the saved connections).").format(name=name))
    uri = QgsDataSourceUri(connection.uri())
    return parse_keywords(uri.connectionInfo(False))


def saved_locations() -> List[str]:
    """A store location (default schema) for each PostgreSQL connection saved in QGIS."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    names = sorted(metadata.connections().keys()) if metadata is not None else []
    return [f"pg:connection='{name}' schema={DEFAULT_SCHEMA}" for name in names]


def sql_value(value: Any, field: FieldDef) -> Any:
    """A Python/QGIS value as psycopg2 sends it for a field of the schema."""
    value = plain_qgis_value(value)
    if value is None:
        return None
    if field.type == "boolean":
        return bool(value)
    if field.type == "date" and isinstance(value, str):
        return datetime.date.fromisoformat(value[:10])
    return value


def column_sql(field: FieldDef) -> str:
    sql_type = _SQL_TYPE.get(field.type) or (f"varchar({field.length})" if field.length else "text")
    parts = [f'"{field.name}" {sql_type}']
    if field.required:
        parts.append("NOT NULL")
    if field.unique:
        parts.append("UNIQUE")
    if field.default is not None:
        default = field.default
        if field.type == "boolean":
            default = "true" if default.strip() not in ("0", "false") else "false"
        parts.append(f"DEFAULT {default}")
    return " ".join(parts)



def field_of(definition: LayerDef, name: str) -> FieldDef:
    try:
        return definition.field(name)
    except KeyError:
        raise StoreError(translate("PostgisStore", "There is no field {name} in {definition_name}.").format(
            name=name, definition_name=definition.name)) from None


def geometry_wkb(geometry: Optional[QgsGeometry], definition: LayerDef) -> Optional[bytes]:
    """The geometry as WKB of the layer's type (single parts made multi), or None."""
    if not definition.geometry or geometry is None or geometry.isNull():
        return None
    g = QgsGeometry(geometry)
    if definition.geometry.startswith("Multi"):
        g.convertToMultiType()
    return bytes(g.asWkb())


def srid_of(crs: QgsCoordinateReferenceSystem) -> int:
    authid = crs.authid()
    if authid.upper().startswith("EPSG:"):
        return int(authid.split(":")[1])
    if crs.postgisSrid() > 0:
        return crs.postgisSrid()
    raise StoreError(translate(
        "PostgisStore", "A PostGIS store needs an EPSG coordinate reference system, not {authid}.").format(
            authid=authid or crs.description()))


def pg_message(error) -> str:
    text = (getattr(error, "pgerror", None) or str(error)).strip()
    return " ".join(text.replace("ERROR:", "").split())


def create_statements(schema: str, srid: int) -> List[str]:
    statements = [f'CREATE SCHEMA "{schema}"']
    statements.append(
        f'CREATE TABLE "{schema}"."{HISTORY_TABLE}" ('
        "history_id bigserial PRIMARY KEY, "
        "changed_at timestamp with time zone NOT NULL DEFAULT clock_timestamp(), "
        "changed_by text NOT NULL DEFAULT current_user, "
        "application text DEFAULT current_setting('application_name'), "
        "table_name text NOT NULL, feature_id text, operation text NOT NULL, "
        "old_values jsonb, new_values jsonb)")
    statements.append(
        f'CREATE INDEX "{HISTORY_TABLE}_feature" ON "{schema}"."{HISTORY_TABLE}" (table_name, feature_id)')
    # One trigger function per schema; its argument is the layer's identifier field.
    statements.append(history_function_sql(schema))
    for definition in LAYERS:
        statements.extend(layer_statements(schema, srid, definition))
    statements.append(f'CREATE TABLE "{schema}"."{META_TABLE}" (fid serial PRIMARY KEY, key text NOT NULL UNIQUE, '
                      "value text)")
    statements.append(submissions_table_sql(schema))
    return statements


def submissions_table_sql(schema: str) -> str:
    """The submissions waiting for review (``core.store.submissions``)."""
    columns = ", ".join(f"{name} {kind}" + (" NOT NULL UNIQUE" if name == "submission_id" else "")
                        for name, kind in COLUMNS)
    return f'CREATE TABLE IF NOT EXISTS "{schema}"."{SUBMISSIONS_TABLE}" (fid serial PRIMARY KEY, {columns})'


def _row_json(row: str, skipped_on: str) -> str:
    """PL/pgSQL that sets ``old_row`` or ``new_row`` from OLD or NEW, its geometry as hex EWKB."""
    target = f"{row.lower()}_row"
    return f"""            IF TG_OP <> '{skipped_on}' THEN
                {target} := to_jsonb({row});
                IF {target} ? 'geom' THEN
                    {target} := jsonb_set({target}, '{{geom}}',
                                          coalesce(to_jsonb(encode(ST_AsEWKB({row}.geom), 'hex')), 'null'::jsonb));
                END IF;
            END IF;"""


def history_function_sql(schema: str) -> str:
    """The history trigger function of a schema. The geometry is kept as hex EWKB (``to_jsonb``
    alone would write GeoJSON rounded to 9 decimals): the store as of a past moment is rebuilt
    from it exactly."""
    return f"""
        CREATE OR REPLACE FUNCTION "{schema}".{_HISTORY_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $body$
        DECLARE
            old_row jsonb;
            new_row jsonb;
        BEGIN
{_row_json("OLD", "INSERT")}
{_row_json("NEW", "DELETE")}
            EXECUTE format('INSERT INTO %I.{HISTORY_TABLE} (table_name, feature_id, operation, old_values, new_values) '
                           'VALUES ($1, $2, $3, $4, $5)', TG_TABLE_SCHEMA)
                USING TG_TABLE_NAME, coalesce(new_row ->> TG_ARGV[0], old_row ->> TG_ARGV[0]), TG_OP, old_row, new_row;
            RETURN NULL;
        END
        $body$"""


def layer_statements(schema: str, srid: int, definition: LayerDef) -> List[str]:
    """Table, indexes, history trigger and comment of one layer."""
    statements = []
    columns = ["fid serial PRIMARY KEY"] + [column_sql(f) for f in definition.fields]
    if definition.geometry:
        columns.append(f"geom geometry({definition.geometry}, {srid})")
    statements.append(f'CREATE TABLE "{schema}"."{definition.name}" ({", ".join(columns)})')
    if definition.geometry:
        statements.append(
            f'CREATE INDEX "{definition.name}_geom" ON "{schema}"."{definition.name}" USING gist (geom)')
    for f in definition.fields:
        if f.references is not None:
            statements.append(
                f'CREATE INDEX "{definition.name}_{f.name}" ON "{schema}"."{definition.name}" ("{f.name}")')
    statements.append(
        f'CREATE TRIGGER {HISTORY_TABLE} AFTER INSERT OR UPDATE OR DELETE ON "{schema}"."{definition.name}" '
        f"FOR EACH ROW EXECUTE FUNCTION \"{schema}\".{_HISTORY_FUNCTION}('{definition.id_field}')")
    description = definition.description.replace("'", "''")
    statements.append(f"""COMMENT ON TABLE "{schema}"."{definition.name}" IS '{description}'""")
    return statements
