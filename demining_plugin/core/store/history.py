"""The edit history of a store, whatever its backend: the changes the audit triggers recorded
in ``demining_history`` (SQL in ``postgis_sql`` and ``gpkg_history``) as entries of one
feature for the history dialog, and as records after a moment for rebuilding the store as
it was then (``core.reports.as_of``)."""

import datetime
import getpass
import json
import struct
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from ..errors import StoreError
from ..model.schema import LayerDef

translate = QCoreApplication.translate

#: Audit table filled by triggers in every store (a PostGIS schema or a GeoPackage).
HISTORY_TABLE = "demining_history"


@dataclass
class HistoryEntry:
    """One change of one feature, as the audit trigger recorded it."""

    changed_at: datetime.datetime
    changed_by: str
    application: str
    operation: str  # INSERT | UPDATE | DELETE
    changes: List[Tuple[str, Any, Any]]  # (field, old value, new value), fields that differ


@dataclass
class ChangeRecord:
    """One row of ``demining_history``: a whole old and new row (None for an insert's old row
    and a delete's new row), geometry as the backend's hex text (``history_wkb`` reads it)."""

    history_id: int
    changed_at: datetime.datetime
    changed_by: str
    application: str
    table_name: str
    feature_id: Optional[str]
    operation: str
    old: Optional[Dict[str, Any]]
    new: Optional[Dict[str, Any]]

    @property
    def fid(self) -> int:
        """The changed feature's fid (stable across its changes)."""
        return int((self.new or self.old)["fid"])


def operation_label(operation: str) -> str:
    return {"INSERT": translate("FeatureHistory", "Created"), "UPDATE": translate("FeatureHistory", "Changed"),
            "DELETE": translate("FeatureHistory", "Deleted")}.get(operation, operation)


def _shown(value) -> str:
    if value is None:
        return translate("FeatureHistory", "(empty)")
    if isinstance(value, (dict, list)):
        return json.dumps(value)[:60]
    return str(value)


def describe_changes(entry: HistoryEntry, labels: Optional[Dict[str, str]] = None) -> str:
    """One line per changed field: ``Status: open → worked_on`` (field aliases when given)."""
    lines = []
    for field_name, old, new in entry.changes:
        name = (labels or {}).get(field_name, field_name)
        if field_name == "geom":
            lines.append(translate("FeatureHistory", "Geometry drawn") if old is None
                         else translate("FeatureHistory", "Geometry removed") if new is None
                         else translate("FeatureHistory", "Geometry changed"))
        elif entry.operation == "INSERT":
            lines.append(f"{name}: {_shown(new)}")
        elif entry.operation == "DELETE":
            lines.append(f"{name}: {_shown(old)}")
        else:
            lines.append(f"{name}: {_shown(old)} → {_shown(new)}")
    return "\n".join(lines)


def history_rows(entries: List[HistoryEntry], labels: Optional[Dict[str, str]] = None) -> List[Tuple[str, ...]]:
    """When (local time), who, application, what and the changes of each entry, as text."""
    return [(entry.changed_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), entry.changed_by, entry.application,
             operation_label(entry.operation), describe_changes(entry, labels)) for entry in entries]


def loaded_json(value) -> Optional[Dict[str, Any]]:
    """A JSON column as a dict: PostgreSQL hands jsonb over decoded, SQLite as text."""
    if value is None or isinstance(value, dict):
        return value
    return json.loads(value)


def history_entry(definition: LayerDef, changed_at: datetime.datetime, changed_by: Optional[str],
                  application: Optional[str], operation: str, old, new) -> HistoryEntry:
    """The entry the dialog shows: only the fields whose value changed."""
    old, new = loaded_json(old) or {}, loaded_json(new) or {}
    keys = [f.name for f in definition.fields] + (["geom"] if definition.geometry else [])
    changed = [(key, old.get(key), new.get(key)) for key in keys if old.get(key) != new.get(key)]
    return HistoryEntry(changed_at, changed_by or translate("FeatureHistory", "(unknown)"), application or "",
                        operation, changed)


def editor_name(authcfg: str = "") -> str:
    """Who is editing: the user name of the QGIS authentication configuration ``authcfg`` when
    it names one with a user name, else the operating system's user."""
    if authcfg:
        from qgis.core import QgsApplication, QgsAuthMethodConfig

        config = QgsAuthMethodConfig()
        manager = QgsApplication.authManager()
        if manager is not None and manager.loadAuthenticationConfig(authcfg, config, True):
            user = config.config("username", "")
            if user:
                return user
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for the uid (a container): still someone
        return translate("FeatureHistory", "(unknown)")


def parse_moment(text, name: str = "AS_OF") -> Optional[datetime.datetime]:
    """An ISO 8601 moment as an aware datetime; empty gives None.

    Without a time zone the moment is local time. A date alone means the end of that day
    (the store as it stood when the day was over)."""
    if text is None or isinstance(text, datetime.datetime):
        return text if text is None or text.tzinfo else text.astimezone()
    text = str(text).strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            moment = datetime.datetime.combine(datetime.date.fromisoformat(text) + datetime.timedelta(days=1),
                                               datetime.time()) - datetime.timedelta(microseconds=1)
        else:
            moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        raise StoreError(translate(
            "FeatureHistory", "{name}: '{text}' is not a date and time; write it as YYYY-MM-DD or "
                              "YYYY-MM-DDTHH:MM[:SS] (local time, or with a zone such as +04:00).").format(
                                  name=name, text=text)) from None
    return moment if moment.tzinfo else moment.astimezone()


def utc_text(moment: datetime.datetime) -> str:
    """A moment as the GeoPackage history writes it (UTC, milliseconds: text order is time order)."""
    utc = moment.astimezone(datetime.timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def from_utc_text(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(str(text).replace("Z", "+00:00"))


def history_wkb(value: Optional[str]) -> Optional[bytes]:
    """ISO WKB of a geometry as the history holds it: a GeoPackage geometry blob in hex
    (``GP`` header, then WKB), a PostGIS EWKB in hex (the SRID dropped) or, as older PostGIS
    stores wrote it, GeoJSON."""
    if not value:
        return None
    if isinstance(value, dict):  # GeoJSON: PostGIS stores of data model 4 and older
        from osgeo import ogr

        geometry = ogr.CreateGeometryFromJson(json.dumps(value))
        return bytes(geometry.ExportToIsoWkb()) if geometry is not None and not geometry.IsEmpty() else None
    blob = bytes.fromhex(value)
    if blob[:2] == b"GP":
        flags = blob[3]
        envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get((flags >> 1) & 7, 0)
        if flags & 0x10:  # the empty-geometry flag
            return None
        return blob[8 + envelope:]
    order = "<" if blob[0] == 1 else ">"
    kind = struct.unpack(order + "I", blob[1:5])[0]
    if kind & 0x20000000:  # EWKB with an SRID: drop it
        kind &= ~0x20000000
        blob = blob[:1] + struct.pack(order + "I", kind) + blob[9:]
    if kind & 0x80000000 or kind & 0x40000000:
        raise StoreError(translate("FeatureHistory", "A geometry in the history has Z or M values this plugin does "
                                                     "not store."))
    return blob
