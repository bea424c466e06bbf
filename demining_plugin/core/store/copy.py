"""Copying a whole project store to another backend (GeoPackage <-> PostGIS) without loss:
every feature with its identifier, attributes and geometry, the saved styles and forms,
the store's metadata (schema version, CRS, creation facts), its history of changes
(``demining_history``) and its submissions (``demining_submissions``, pending and decided).

Features go through the target's ``apply()``: one transaction, so a failed copy leaves no
half-filled store (the new target is removed again).

The history is the source's, not the copy's: the rows the target's triggers recorded while
the features were copied in are taken out, and the source's rows go in, in their order, with
each feature's ``fid`` (kept in the recorded rows) turned into the fid the copy gave that
feature, so the copy rebuilds the same past (``core.reports.as_of``). A feature deleted
before the copy gets a fid of its own above the copy's.
"""

import datetime
import json
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional

from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import StoreError
from ..model.changes import ChangeSet
from ..model.schema import LAYERS, layer_def
from ..model.values import plain_qgis_value
from . import ProjectStore, create_store, open_store
from .history import HISTORY_TABLE, from_utc_text, loaded_json, utc_text
from .submissions import COLUMNS as SUBMISSION_COLUMNS
from .submissions import SUBMISSIONS_TABLE

translate = QCoreApplication.translate

#: Metadata that describes the backend, not the data: each store keeps its own.
BACKEND_FACTS = ("store_kind",)


@dataclass
class CopyResult:
    target: ProjectStore
    counts: Dict[str, int] = field(default_factory=dict)
    styles: int = 0
    history: int = 0
    submissions: int = 0

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
        source_fids: Dict[str, Dict[Any, int]] = {}  # layer -> identifier -> fid in the source
        for number, definition in enumerate(LAYERS):
            layer = source.layer(definition.name)
            count = 0
            fids = source_fids[definition.name] = {}
            for feature in layer.getFeatures(QgsFeatureRequest().setSubsetOfAttributes(
                    list(definition.field_names), layer.fields())):
                fids[feature[definition.id_field]] = feature.id()
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
            progress(70.0)
        result.history = copy_history(source, target, _fid_map(source_fids, target))
        result.submissions = copy_submissions(source, target)
        if log:
            log(f"{HISTORY_TABLE}: {result.history} rows, {SUBMISSIONS_TABLE}: {result.submissions} rows")
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


# -- the store's own tables ---------------------------------------------------------------------------
#: Rows written by one INSERT (under SQLite's 999 parameters).
_CHUNK = 100
_HISTORY_COLUMNS = ("changed_at", "changed_by", "application", "table_name", "feature_id", "operation",
                    "old_values", "new_values")


def _insert_rows(store, table: str, columns, rows: List[tuple]) -> None:
    marks = "(" + ", ".join(["%s"] * len(columns)) + ")"
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start:start + _CHUNK]
        store.submission_execute(f"INSERT INTO {store.side_table(table)} ({', '.join(columns)}) VALUES "
                                 + ", ".join([marks] * len(chunk)), [value for row in chunk for value in row])


def _moment_text(value) -> Optional[str]:
    """A recorded moment as the GeoPackage writes it (UTC text, whose order is time order), which
    PostgreSQL also reads as a timestamp with time zone."""
    if value is None or value == "":
        return None
    moment = value if isinstance(value, datetime.datetime) else from_utc_text(str(value))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return utc_text(moment)


def _fid_map(source_fids: Dict[str, Dict[Any, int]], target: ProjectStore) -> Dict[str, Dict[int, int]]:
    """Per layer, source fid -> the fid the copy gave the same feature (found by its identifier)."""
    out: Dict[str, Dict[int, int]] = {}
    for name, by_identifier in source_fids.items():
        id_field = layer_def(name).id_field
        layer = target.layer(name)
        request = QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes([id_field], layer.fields())
        out[name] = {by_identifier[f[id_field]]: f.id() for f in layer.getFeatures(request)
                     if f[id_field] in by_identifier}
    return out


def copy_history(source: ProjectStore, target: ProjectStore, fids: Dict[str, Dict[int, int]]) -> int:
    """Replace the target's history by the source's (fids mapped by ``fids``); rows copied."""
    table = HISTORY_TABLE
    rows = source.submission_rows(f"SELECT {', '.join(_HISTORY_COLUMNS)} FROM {source.side_table(table)} "
                                  "ORDER BY changed_at, history_id", ())
    target.submission_execute(f"DELETE FROM {target.side_table(table)}", ())
    rows = [(*row[:6], loaded_json(row[6]), loaded_json(row[7])) for row in rows]
    # Deleted features: fids of their own, above every fid of the copy, in the source's order.
    gone: Dict[str, set] = {}
    for row in rows:
        for values in row[6:]:
            if values is not None and values.get("fid") is not None and \
                    int(values["fid"]) not in fids.get(row[3], {}):
                gone.setdefault(row[3], set()).add(int(values["fid"]))
    for name, source_fids in gone.items():
        mapping = fids.setdefault(name, {})
        first = max(mapping.values(), default=0) + 1
        mapping.update({fid: first + k for k, fid in enumerate(sorted(source_fids))})
    copied = []
    for changed_at, changed_by, application, table_name, feature_id, operation, old, new in rows:
        for values in (old, new):
            if values is not None and values.get("fid") is not None:
                values["fid"] = fids[table_name][int(values["fid"])]
        copied.append((_moment_text(changed_at), changed_by, application, table_name, feature_id, operation,
                       None if old is None else json.dumps(old), None if new is None else json.dumps(new)))
    _insert_rows(target, table, _HISTORY_COLUMNS, copied)
    return len(copied)


def copy_submissions(source: ProjectStore, target: ProjectStore) -> int:
    """The source's submissions, pending and decided, into the target; rows copied."""
    names = [name for name, _sql_type in SUBMISSION_COLUMNS]
    rows = source.submission_rows(f"SELECT {', '.join(names)} FROM {source.side_table(SUBMISSIONS_TABLE)} "
                                  "ORDER BY submission_id", ())
    moments = {names.index("submitted_at"), names.index("decided_at")}
    copied = [tuple(_submission_moment(value) if k in moments else
                    (json.dumps(value) if isinstance(value, (dict, list)) else value) for k, value in enumerate(row))
              for row in rows]
    _insert_rows(target, SUBMISSIONS_TABLE, names, copied)
    return len(copied)


def _submission_moment(value) -> Optional[str]:
    """Submissions write their moments as ISO text with milliseconds and offset (``_now``)."""
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).isoformat(timespec="milliseconds")
    return value
