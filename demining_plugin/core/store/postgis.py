"""Project stores in a PostGIS database schema, for many operators editing at once.

A PostGIS store is one schema of a PostgreSQL database holding the layers of
``schema.LAYERS``, the ``demining_meta`` table and a ``demining_history`` table that
triggers fill on every insert, update and delete (who, when, what, old and new values).
Styles and forms are saved in the database's ``layer_styles`` table, the way QGIS
saves styles of PostgreSQL layers.

Location string (what the ``STORE`` parameter of every algorithm accepts), one of:

- ``pg:connection='Agency HQ' schema=demining``: a PostgreSQL connection saved in QGIS;
- ``pg:service=agency schema=demining``: a ``pg_service.conf`` service;
- ``pg:host=db.example.org port=5432 dbname=mine_action user=operator schema=demining``:
  any libpq keywords (``sslmode=...`` too; a ``password=...`` moves into QGIS's authentication
  database and the location names it as ``authcfg=<id>``: see ``credentials``);
- ``postgresql://operator@db.example.org:5432/mine_action?schema=demining``: a libpq URI.

``schema`` defaults to ``demining`` when left out. Writes that release land lock the
hazard rows they touch (``SELECT ... FOR UPDATE``) and plan again under the lock, so two
operators marking overlapping land at the same moment never store the same hectare
twice; identifiers come from a per-layer counter taken under an advisory lock.

Locations, connection keywords, SQL values and the creation statements are in
``postgis_sql``; this module is the store itself.
"""

import re
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsGeometry,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ... import __about__
from ..errors import StoreError
from ..log import log_warning
from ..model.changes import GEOMETRY_KEY, ChangeSet
from ..model.schema import DEFAULT_CRS, LAYERS, SCHEMA_VERSION, FieldDef, LayerDef, layer_def
from .base import META_TABLE, STYLE_KEYS, ProjectStore, utc_now
from .credentials import login, secure_location
from .history import ChangeRecord, history_entry
from .postgis_roles import grant_statement, must_submit_sql, role_statements
from .postgis_sql import (
    CONNECT_TIMEOUT_S,
    HISTORY_TABLE,
    LOCK_TIMEOUT_S,
    OVERLAP_LIMIT_M2,
    PREFIXES,
    ConcurrentEditError,
    HistoryEntry,
    column_sql,
    create_statements,
    field_of,
    geometry_wkb,
    history_function_sql,
    import_psycopg2,
    layer_statements,
    parse_location,
    pg_message,
    quote_keyword,
    sql_value,
    srid_of,
    submissions_table_sql,
    without_password,
)
from .styles import save_default_styles

translate = QCoreApplication.translate


class PostgisStore(ProjectStore):
    """A store in one schema of a PostGIS database, shared by many QGIS users."""

    kind = "postgis"
    provider = "postgres"

    def __init__(self, location: str):
        # A typed password goes into QGIS's authentication database: the location names it by id.
        location = secure_location(location)
        super().__init__(location)
        self.keywords, self.schema, self.connection_name = parse_location(location)
        self.authcfg = self.keywords.pop("authcfg", "")

    @classmethod
    def accepts(cls, location: str) -> bool:
        return str(location).strip().lower().startswith(PREFIXES)

    @property
    def name(self) -> str:
        where = self.connection_name or self.keywords.get("service") or self.keywords.get("dbname", "")
        host = self.keywords.get("host")
        if host and not self.connection_name and "service" not in self.keywords:
            where = f"{where}@{host}"
        return f"PostGIS {where}, schema {self.schema}"

    # -- connections -------------------------------------------------------------------
    def connect(self):
        """A new psycopg2 connection (not in autocommit: ``with con:`` is one transaction)."""
        psycopg2 = import_psycopg2()
        words = {**self.keywords, **login(self.authcfg)}
        words.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
        words.setdefault("application_name", f"QGIS {__about__.__title__}")
        try:
            return psycopg2.connect(" ".join(f"{key}={quote_keyword(value)}" for key, value in words.items()))
        except psycopg2.OperationalError as error:
            raise StoreError(self._connection_message(error)) from None

    def _connection_message(self, error) -> str:
        text = str(error).strip()
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if "password authentication failed" in text or "no password supplied" in text:
            reason = "the user name or password was refused"
        elif "does not exist" in text and "database" in text:
            reason = lines[0].split("FATAL:")[-1].strip()
        elif "timeout expired" in text:
            reason = f"the server did not answer within {CONNECT_TIMEOUT_S} s"
        elif "Connection refused" in text or "could not connect" in text or "could not translate" in text:
            reason = "the server cannot be reached (is it running, and are host and port right?)"
        else:
            reason = lines[-1] if lines else "unknown error"
        detail = lines[0] if lines else ""
        return f"Cannot connect to {self.name}: {reason}. ({without_password(detail)})"

    def _qgis_uri(self) -> QgsDataSourceUri:
        uri = QgsDataSourceUri(" ".join(f"{key}={quote_keyword(value)}" for key, value in self.keywords.items()
                                        if key not in ("connect_timeout", "application_name")))
        uri.setAuthConfigId(self.authcfg)
        return uri

    @property
    def srid(self) -> int:
        if not hasattr(self, "_srid"):
            self._srid = srid_of(self.crs)
        return self._srid

    # -- layers --------------------------------------------------------------------------
    def uri(self, layer_name: str) -> str:
        definition = layer_def(layer_name)
        uri = self._qgis_uri()
        uri.setDataSource(self.schema, definition.name, "geom" if definition.geometry else None, "", "fid")
        if definition.geometry:
            uri.setSrid(str(self.srid))
            uri.setWkbType(QgsWkbTypes.parseType(definition.geometry))
        return uri.uri(False)

    # -- metadata ------------------------------------------------------------------------
    def metadata(self) -> Dict[str, str]:
        return dict(self._query(f'SELECT key, value FROM "{self.schema}"."{META_TABLE}"'))

    def set_metadata(self, key: str, value: str) -> None:
        self._execute(
            f'INSERT INTO "{self.schema}"."{META_TABLE}" (key, value) VALUES (%s, %s) '
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (key, value))

    def _query(self, statement: str, params=None) -> list:
        psycopg2 = import_psycopg2()
        con = self.connect()
        try:
            with con, con.cursor() as cursor:
                cursor.execute(statement, params)
                return cursor.fetchall()
        except psycopg2.Error as error:
            raise StoreError(translate("PostgisStore", "Reading {name} failed: {error}").format(
                name=self.name, error=pg_message(error))) from None
        finally:
            con.close()

    def _execute(self, statement: str, params=None) -> None:
        psycopg2 = import_psycopg2()
        con = self.connect()
        try:
            with con, con.cursor() as cursor:
                cursor.execute(statement, params)
        except psycopg2.Error as error:
            raise StoreError(translate("PostgisStore", "Nothing was changed in {name}: {error}").format(
                name=self.name, error=pg_message(error))) from None
        finally:
            con.close()

    # -- reads in any thread ------------------------------------------------------------
    def read_features(self, layer_name: str, fields: Sequence[str],
                      box: Optional[Tuple[float, float, float, float]] = None,
                      ) -> Iterator[Tuple[Optional[bytes], Dict[str, Any]]]:
        definition = layer_def(layer_name)
        columns = [f'"{field_of(definition, name).name}"' for name in fields]
        geometry = ("CASE WHEN geom IS NULL OR ST_IsEmpty(geom) THEN NULL ELSE ST_AsBinary(geom) END"
                    if definition.geometry else "NULL")
        statement = f'SELECT {", ".join([geometry] + columns)} FROM "{self.schema}"."{definition.name}"'
        params = None
        if box is not None and definition.geometry:
            statement += f" WHERE geom && ST_MakeEnvelope(%s, %s, %s, %s, {int(self.srid)})"
            params = tuple(float(value) for value in box)
        for row in self._query(statement, params):
            yield (bytes(row[0]) if row[0] is not None else None), dict(zip(fields, row[1:]))

    # -- open ------------------------------------------------------------------------------
    @classmethod
    def holds_store(cls, location: str) -> bool:
        try:
            store = cls(location)
            return bool(store._query(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = %s",
                (store.schema, META_TABLE)))
        except StoreError:
            return False

    @classmethod
    def open(cls, location: str) -> "PostgisStore":
        store = cls(location)
        tables = {row[0] for row in store._query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (store.schema,))}
        if not tables:
            raise StoreError(translate(
                "PostgisStore", "{store_name} does not exist (the database has no schema {store_schema} with "
                                "tables).").format(store_name=store.name, store_schema=store.schema))
        if META_TABLE not in tables:
            raise StoreError(translate(
                "PostgisStore", "Schema {store_schema} is not a Demining project store (it has no {table} "
                                "table).").format(store_schema=store.schema, table=META_TABLE))
        store.check_version()
        tables = {row[0] for row in store._query(  # a migration may have added layers
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (store.schema,))}
        missing = [d.name for d in LAYERS if d.name not in tables]
        if missing:
            raise StoreError(translate("PostgisStore", "{store_name} is missing the store layers: {missing}.").format(
                store_name=store.name, missing=', '.join(missing)))
        return store

    # -- create ---------------------------------------------------------------------------
    @classmethod
    def create(cls, location: str, crs: str = DEFAULT_CRS, overwrite: bool = False) -> "PostgisStore":
        psycopg2 = import_psycopg2()
        store = cls(location)
        qcrs = QgsCoordinateReferenceSystem(crs)
        if not qcrs.isValid():
            raise StoreError(translate("PostgisStore", "Unknown coordinate reference system: {crs}").format(crs=crs))
        srid = srid_of(qcrs)
        con = store.connect()
        try:
            with con, con.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
                if cursor.fetchone() is None:
                    raise StoreError(
                        translate("PostgisStore", "The database of {store_name} has no PostGIS extension; a database "
                                                  "administrator can add it with CREATE EXTENSION postgis.").format(
                                                      store_name=store.name))
                cursor.execute("SELECT 1 FROM spatial_ref_sys WHERE srid = %s", (srid,))
                if cursor.fetchone() is None:
                    raise StoreError(translate(
                        "PostgisStore", "PostGIS does not know the coordinate reference system EPSG:{srid}.").format(
                            srid=srid))
                cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (store.schema,))
                if cursor.fetchone() is not None:
                    if not overwrite:
                        raise StoreError(translate(
                            "PostgisStore", "Schema {store_schema} already exists in that database; choose another "
                                            "schema name or allow overwriting.").format(store_schema=store.schema))
                    store._drop(cursor)
                # Rows an earlier store of this schema left in layer_styles (its schema dropped by
                # hand) would make QGIS ask "overwrite?" in a dialog nobody sees: replace them here.
                stale_styles = store._remove_saved_styles(cursor)
                for statement in create_statements(store.schema, srid):
                    cursor.execute(statement)
                facts = {
                    "schema_version": str(SCHEMA_VERSION),
                    "crs": qcrs.authid(),
                    "created_at": utc_now(),
                    "created_by": f"{__about__.__title__} {__about__.__version__}",
                    "store_kind": cls.kind,
                }
                for key, value in facts.items():
                    cursor.execute(f'INSERT INTO "{store.schema}"."{META_TABLE}" (key, value) VALUES (%s, %s)',
                                   (key, value))
        except psycopg2.Error as error:
            raise StoreError(translate("PostgisStore", "Creating {store_name} failed: {error}").format(
                store_name=store.name, error=pg_message(error))) from None
        finally:
            con.close()
        store._log_replaced_styles(stale_styles)
        try:
            save_default_styles(store)
        except Exception:
            store.drop()
            raise
        store.create_roles()
        return store

    # -- roles ---------------------------------------------------------------------------------
    def create_roles(self) -> bool:
        """The store's operator and manager group roles with their rights (``postgis_roles``);
        False, with a warning in the log, when the connected user may not create roles."""
        try:
            for statement in role_statements(self.schema):
                self._execute(statement)
        except StoreError as error:
            message = translate("PostgisStore", "{name}: the operator and manager roles were not created ({error}); "
                                                "a user allowed to create roles can run demining:grant later.")
            log_warning(message.format(name=self.name, error=error))
            return False
        return True

    def grant(self, user: str, role: str) -> None:
        """Make the login role ``user`` an operator or a manager of this store."""
        self.create_roles()
        self._execute(grant_statement(self.schema, user, role))

    def must_submit(self) -> bool:
        return bool(self._query(must_submit_sql(self.schema))[0][0])

    def editor(self) -> str:
        """The database role, as the history's triggers record it."""
        return str(self._query("SELECT current_user")[0][0])

    def _drop(self, cursor) -> None:
        cursor.execute(f'DROP SCHEMA "{self.schema}" CASCADE')
        self._remove_saved_styles(cursor)

    def _remove_saved_styles(self, cursor, tables: Optional[List[str]] = None) -> int:
        """Delete the rows of ``layer_styles`` saved for the tables of this schema (all, or the
        named ones) and return how many there were.

        Any catalog name: QGIS writes the database name of the layer's URI there, which is
        empty for a ``service=`` location, and this database's table holds only its own styles.
        """
        cursor.execute("SELECT to_regclass('layer_styles') IS NOT NULL")
        if not cursor.fetchone()[0]:
            return 0
        if tables is None:
            cursor.execute("DELETE FROM layer_styles WHERE f_table_schema = %s", (self.schema,))
        else:
            cursor.execute("DELETE FROM layer_styles WHERE f_table_schema = %s AND f_table_name = ANY(%s)",
                           (self.schema, list(tables)))
        return max(cursor.rowcount, 0)

    def _log_replaced_styles(self, count: int) -> None:
        if count:
            log_warning(translate(
                "PostgisStore", "{name}: removed {count} styles that an earlier store of schema {schema} left in "
                                "layer_styles; the new store's styles replace them.").format(
                                    name=self.name, count=count, schema=self.schema))

    def discard(self) -> None:
        self.drop()

    def drop(self) -> None:
        """Remove the store's schema and its saved styles (a half-made store after a failure)."""
        psycopg2 = import_psycopg2()
        con = self.connect()
        try:
            with con, con.cursor() as cursor:
                self._drop(cursor)
        except psycopg2.Error as error:
            raise StoreError(translate("PostgisStore", "Removing {name} failed: {error}").format(
                name=self.name, error=pg_message(error))) from None
        finally:
            con.close()

    # -- changes ---------------------------------------------------------------------------
    def apply(self, changes: ChangeSet, before_commit: Optional[Callable[[], None]] = None) -> ChangeSet:
        if changes.is_empty():
            return ChangeSet()
        return self._transaction(lambda cursor: self._write(cursor, changes), before_commit)

    def apply_release(self, changes: ChangeSet, hazard_ids: List[str], replan: Callable[[], ChangeSet],
                      before_commit: Optional[Callable[[], None]] = None) -> ChangeSet:
        """Lock the hazards, plan again against the land committed by then, store, and
        refuse at commit any released land that overlaps other released land."""

        def work(cursor) -> ChangeSet:
            cursor.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT_S}s'")
            cursor.execute(
                f'SELECT hazard_id FROM "{self.schema}".hazard_areas WHERE hazard_id = ANY(%s) '
                "ORDER BY hazard_id FOR UPDATE", (list(hazard_ids),))
            fresh = replan()
            if fresh.is_empty():
                return ChangeSet()
            inverse = self._write(cursor, fresh)
            self._check_no_overlap(cursor, inverse.deleted.get("cleared_areas", []))
            return inverse

        return self._transaction(work, before_commit)

    def _transaction(self, work: Callable, before_commit: Optional[Callable[[], None]]) -> ChangeSet:
        psycopg2 = import_psycopg2()
        con = self.connect()
        try:
            with con, con.cursor() as cursor:
                inverse = work(cursor)
                if before_commit is not None:
                    before_commit()
            return inverse
        except (psycopg2.errors.DeadlockDetected, psycopg2.errors.LockNotAvailable):
            raise ConcurrentEditError(
                translate("PostgisStore", "Nothing was changed in {name}: another operator was changing the same "
                                          "hazard at the same moment. Try again.").format(name=self.name)) from None
        except psycopg2.Error as error:
            raise StoreError(translate("PostgisStore", "Nothing was changed in {name}: {error}").format(
                name=self.name, error=pg_message(error))) from None
        except StoreError:
            raise
        except Exception as error:
            raise StoreError(translate("PostgisStore", "Nothing was changed in {name}: {error}").format(
                name=self.name, error=error)) from error
        finally:
            con.close()

    def _write(self, cursor, changes: ChangeSet) -> ChangeSet:
        inverse = ChangeSet()
        for layer_name, features in changes.added.items():
            self._add(cursor, layer_name, features, inverse)
        for layer_name, batches in changes.added_points.items():  # bulk imports: the same inserts
            id_field = layer_def(layer_name).id_field
            for points in batches:
                self._add(cursor, layer_name, points.as_features(id_field), inverse)
        for layer_name, by_id in changes.updated.items():
            definition = layer_def(layer_name)
            for identifier, values in by_id.items():
                inverse.update(layer_name, identifier, self._update(cursor, definition, identifier, values))
        for layer_name, identifiers in changes.deleted.items():
            definition = layer_def(layer_name)
            for identifier in identifiers:
                geometry, values = self._delete(cursor, definition, identifier)
                inverse.add(layer_name, geometry, values)
        return inverse

    def _add(self, cursor, layer_name: str, features, inverse: ChangeSet) -> None:
        definition = layer_def(layer_name)
        counter = None
        # Rows with the same columns go to the server in pages (a whole store copy is
        # hundreds of thousands of rows).
        batches: Dict[Tuple[Tuple[str, ...], bool], List[tuple]] = {}
        for feature in features:
            values = dict(feature.values)
            if not values.get(definition.id_field):
                if counter is None:
                    counter = self._locked_last_number(cursor, definition)
                counter += 1
                values[definition.id_field] = definition.make_id(counter)
            row = tuple(sql_value(value, field_of(definition, key)) for key, value in values.items())
            wkb = geometry_wkb(feature.geometry, definition)
            batches.setdefault((tuple(values), wkb is not None), []).append(row + ((wkb,) if wkb else ()))
            inverse.delete(layer_name, values[definition.id_field])
        for (columns, with_geometry), rows in batches.items():
            self._insert_rows(cursor, definition, columns, with_geometry, rows)

    def _number_query(self, definition: LayerDef) -> Tuple[str, Tuple[str]]:
        start = len(definition.id_prefix) + 2
        return (f'SELECT max(substr("{definition.id_field}", {start})::integer) '
                f'FROM "{self.schema}"."{definition.name}" WHERE "{definition.id_field}" ~ %s',
                (f"^{re.escape(definition.id_prefix)}-[0-9]+$",))

    def _last_number(self, definition: LayerDef) -> int:
        return int(self._query(*self._number_query(definition))[0][0] or 0)

    def _locked_last_number(self, cursor, definition: LayerDef) -> int:
        """``_last_number`` with the layer's counter locked until commit."""
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"{self.schema}.{definition.name}.id",))
        cursor.execute(*self._number_query(definition))
        return int(cursor.fetchone()[0] or 0)

    def _insert_rows(self, cursor, definition: LayerDef, columns: Tuple[str, ...], with_geometry: bool,
                     rows: List[tuple]) -> None:
        from psycopg2.extras import execute_values

        names = [f'"{name}"' for name in columns] + (["geom"] if with_geometry else [])
        placeholders = ["%s"] * len(columns)
        if with_geometry:
            placeholders.append(f"ST_GeomFromWKB(%s, {int(self._srid_in(cursor))})")
        execute_values(
            cursor, f'INSERT INTO "{self.schema}"."{definition.name}" ({", ".join(names)}) VALUES %s', rows,
            template=f"({', '.join(placeholders)})", page_size=1000)

    def _srid_in(self, cursor) -> int:
        if not hasattr(self, "_srid"):
            cursor.execute(f'SELECT value FROM "{self.schema}"."{META_TABLE}" WHERE key = %s', ("crs",))
            row = cursor.fetchone()
            self._srid = srid_of(QgsCoordinateReferenceSystem(row[0] if row else DEFAULT_CRS))
        return self._srid

    def _update(self, cursor, definition: LayerDef, identifier: str, values: Dict[str, Any]) -> Dict[str, Any]:
        values = dict(values)
        new_geometry = values.pop(GEOMETRY_KEY, None)
        fields = [field_of(definition, key) for key in values]
        columns = [f'"{f.name}"' for f in fields] + (["ST_AsBinary(geom)"] if new_geometry is not None else [])
        cursor.execute(
            f'SELECT {", ".join(columns) or "1"} FROM "{self.schema}"."{definition.name}" '
            f'WHERE "{definition.id_field}" = %s FOR UPDATE', (identifier,))
        row = cursor.fetchone()
        if row is None:
            raise StoreError(translate("PostgisStore", "{definition_title}: {identifier} does not exist.").format(
                definition_title=definition.title, identifier=identifier))
        old = {f.name: value for f, value in zip(fields, row)}
        assignments = [f'"{f.name}" = %s' for f in fields]
        params = [sql_value(values[f.name], f) for f in fields]
        if new_geometry is not None:
            previous = QgsGeometry()
            if row[-1] is not None:
                previous.fromWkb(bytes(row[-1]))
            old[GEOMETRY_KEY] = previous
            assignments.append(f"geom = ST_GeomFromWKB(%s, {int(self._srid_in(cursor))})")
            params.append(geometry_wkb(new_geometry, definition))
        if assignments:
            cursor.execute(
                f'UPDATE "{self.schema}"."{definition.name}" SET {", ".join(assignments)} '
                f'WHERE "{definition.id_field}" = %s', params + [identifier])
        return old

    def _delete(self, cursor, definition: LayerDef, identifier: str):
        columns = ", ".join(f'"{f.name}"' for f in definition.fields)
        geometry_sql = ", ST_AsBinary(geom)" if definition.geometry else ""
        cursor.execute(
            f'DELETE FROM "{self.schema}"."{definition.name}" WHERE "{definition.id_field}" = %s '
            f"RETURNING {columns}{geometry_sql}", (identifier,))
        row = cursor.fetchone()
        if row is None:
            raise StoreError(translate("PostgisStore", "{definition_title}: {identifier} does not exist.").format(
                definition_title=definition.title, identifier=identifier))
        values = {f.name: value for f, value in zip(definition.fields, row)}
        geometry = None
        if definition.geometry and row[-1] is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(bytes(row[-1]))
        return geometry, values

    def _check_no_overlap(self, cursor, release_ids: List[str]) -> None:
        if not release_ids:
            return
        cursor.execute(
            f"""SELECT new.release_id, old.release_id,
                       ST_Area(ST_Transform(ST_Intersection(new.geom, old.geom), 4326)::geography)
                FROM "{self.schema}".cleared_areas new
                JOIN "{self.schema}".cleared_areas old
                  ON old.release_id <> new.release_id AND ST_Intersects(new.geom, old.geom)
                WHERE new.release_id = ANY(%s)""", (list(release_ids),))
        for new_id, old_id, overlap_m2 in cursor.fetchall():
            if overlap_m2 is not None and overlap_m2 > OVERLAP_LIMIT_M2:
                raise ConcurrentEditError(
                    translate("PostgisStore", "Nothing was changed in {name}: {overlap_m2:.1f} m² of the new released "
                                              "land {new_id} is already released as {old_id} (another operator marked "
                                              "it at the same moment). Try again.").format(
                                                  name=self.name, overlap_m2=overlap_m2, new_id=new_id, old_id=old_id))

    # -- migrations ------------------------------------------------------------------------
    def add_layer(self, definition: LayerDef) -> None:
        """Add a missing layer with its history trigger, default style and form (for ``MIGRATIONS``
        steps; the same call exists for GeoPackages)."""
        exists = self._query("SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = %s",
                             (self.schema, definition.name))
        if exists:
            return
        psycopg2 = import_psycopg2()
        con = self.connect()
        try:
            with con, con.cursor() as cursor:
                for statement in layer_statements(self.schema, self.srid, definition):
                    cursor.execute(statement)
                # A style row left by a dropped table of the same name would make QGIS ask.
                stale_styles = self._remove_saved_styles(cursor, [definition.name])
        except psycopg2.Error as error:
            raise StoreError(translate("PostgisStore", "Nothing was changed in {name}: {error}").format(
                name=self.name, error=pg_message(error))) from None
        finally:
            con.close()
        self._log_replaced_styles(stale_styles)
        save_default_styles(self, [definition])

    def add_field(self, layer_name: str, field: FieldDef) -> None:
        """Add a column to a layer, if missing (for ``MIGRATIONS`` steps; the same call exists for
        GeoPackages)."""
        self._execute(
            f'ALTER TABLE "{self.schema}"."{layer_def(layer_name).name}" ADD COLUMN IF NOT EXISTS {column_sql(field)}')

    # -- history ---------------------------------------------------------------------------
    def add_history(self) -> None:
        """The history trigger function written again (data model 5 keeps geometries exactly), and
        the submissions table."""
        self._execute(history_function_sql(self.schema))
        self._execute(submissions_table_sql(self.schema))
        self.create_roles()

    # -- the store's own tables --------------------------------------------------------------
    def side_table(self, name: str) -> str:
        return f'"{self.schema}"."{name}"'

    def submission_rows(self, statement: str, params) -> list:
        return self._query(statement, tuple(params))

    def submission_execute(self, statement: str, params) -> int:
        psycopg2 = import_psycopg2()
        con = self.connect()
        try:
            with con, con.cursor() as cursor:
                cursor.execute(statement, tuple(params))
                return cursor.rowcount
        except psycopg2.Error as error:
            raise StoreError(translate("PostgisStore", "Nothing was changed in {name}: {error}").format(
                name=self.name, error=pg_message(error))) from None
        finally:
            con.close()

    def history(self, layer_name: str, identifier: str) -> List[HistoryEntry]:
        """Every recorded change of one feature, oldest first."""
        definition = layer_def(layer_name)
        rows = self._query(
            f'SELECT changed_at, changed_by, application, operation, old_values, new_values '
            f'FROM "{self.schema}"."{HISTORY_TABLE}" WHERE table_name = %s AND feature_id = %s '
            "ORDER BY changed_at, history_id", (definition.name, str(identifier)))
        return [history_entry(definition, *row) for row in rows]

    def changes_after(self, moment, tables) -> List[ChangeRecord]:
        after = "" if moment is None else " AND changed_at > %s"
        rows = self._query(
            "SELECT history_id, changed_at, changed_by, application, table_name, feature_id, operation, old_values, "
            f'new_values FROM "{self.schema}"."{HISTORY_TABLE}" WHERE table_name = ANY(%s){after} '
            "ORDER BY changed_at, history_id", [list(tables)] + ([] if moment is None else [moment]))
        return [ChangeRecord(r[0], r[1], r[2] or "", r[3] or "", r[4], r[5], r[6], r[7], r[8]) for r in rows]

    # -- styles ----------------------------------------------------------------------------
    def saved_styles(self) -> List[Dict[str, Any]]:
        """Styles saved for the store's layers (rows of ``layer_styles``, whatever catalog name
        QGIS wrote in them: see ``_remove_saved_styles``)."""
        rows = self._query(
            "SELECT f_table_name, stylename, styleqml::text, stylesld::text, useasdefault, description, ui::text "
            "FROM layer_styles WHERE f_table_schema = %s ORDER BY id",
            (self.schema,)) if self._has_styles_table() else []
        return [dict(zip(STYLE_KEYS, row)) for row in rows]

    def replace_styles(self, styles: List[Dict[str, Any]]) -> None:
        """Replace the saved styles of the layers named in ``styles`` by those."""
        psycopg2 = import_psycopg2()
        con = self.connect()
        try:
            with con, con.cursor() as cursor:
                self._remove_saved_styles(cursor, sorted({s["table"] for s in styles}))
                for style in styles:
                    cursor.execute(
                        "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                        "stylename, styleqml, stylesld, useasdefault, description, ui) "
                        "VALUES (current_database(), %s, %s, 'geom', %s, %s::xml, %s::xml, %s, %s, %s::xml)",
                        (self.schema, style["table"], style["name"], style["qml"], style["sld"] or None,
                         bool(style["default"]), style["description"], style["ui"] or None))
        except psycopg2.Error as error:
            raise StoreError(translate("PostgisStore", "Saving styles in {name} failed: {error}").format(
                name=self.name, error=pg_message(error))) from None
        finally:
            con.close()

    def _has_styles_table(self) -> bool:
        return bool(self._query("SELECT to_regclass('layer_styles') IS NOT NULL")[0][0])
