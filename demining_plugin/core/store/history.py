"""The edit history of one feature, in words: the changes a PostGIS store's audit triggers
recorded (``ProjectStore.history``, SQL in ``postgis``) as the rows the history dialog shows."""

import json
from typing import Dict, List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from .postgis_sql import HistoryEntry

translate = QCoreApplication.translate


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
