"""Submissions, reviewed before they count (issue 17, point 3).

An import can submit its rows instead of writing them: the change set it would have applied
is kept in the store's ``demining_submissions`` table, apart from the baseline, so it counts
in no figure, layer or check. A data manager approves it (``review``): the change set is then
applied to the baseline in one transaction, by the same ``ProjectStore.apply`` a direct
import uses, so it stores the same rows (identifiers numbered at that moment); or rejects it,
and the reason is kept. The table is the same on both backends; each backend runs the SQL
(``submission_rows``, ``submission_execute``).
"""

import datetime
import json
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from qgis.core import QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import StoreError
from ..model.changes import GEOMETRY_KEY, ChangeSet, NewPoints
from ..model.values import plain_qgis_value

translate = QCoreApplication.translate

#: The table of submissions in every store.
SUBMISSIONS_TABLE = "demining_submissions"
PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
#: (column, SQL type in PostgreSQL) of the table; text columns are TEXT in a GeoPackage.
COLUMNS = (("submission_id", "text"), ("submitted_at", "timestamp with time zone"), ("submitted_by", "text"),
           ("kind", "text"), ("summary", "text"), ("counts", "text"), ("warnings", "text"), ("status", "text"),
           ("decided_at", "timestamp with time zone"), ("decided_by", "text"), ("reason", "text"),
           ("payload", "text"))


@dataclass
class Submission:
    submission_id: str
    submitted_at: str
    submitted_by: str
    kind: str
    summary: str
    counts: Dict[str, int]
    warnings: List[str]
    status: str
    decided_at: Optional[str]
    decided_by: Optional[str]
    reason: Optional[str]


# -- a change set as JSON ---------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    value = plain_qgis_value(value)
    if hasattr(value, "item"):  # NumPy scalars
        value = value.item()
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def geometry_hex(geometry: Optional[QgsGeometry]) -> Optional[str]:
    """A geometry as the hex of its WKB (None for none), as submissions keep geometries."""
    return None if geometry is None or geometry.isNull() else bytes(geometry.asWkb()).hex()


def hex_geometry(text: Optional[str]) -> Optional[QgsGeometry]:
    if not text:
        return None
    geometry = QgsGeometry()
    geometry.fromWkb(bytes.fromhex(text))
    return geometry


def encode_changes(changes: ChangeSet) -> str:
    def values(row: Dict[str, Any]) -> Dict[str, Any]:
        return {k: (geometry_hex(v) if k == GEOMETRY_KEY else _plain(v)) for k, v in row.items()}

    return json.dumps({
        "added": {layer: [{"geometry": geometry_hex(f.geometry), "values": values(f.values)} for f in features]
                  for layer, features in changes.added.items()},
        "added_points": {layer: [{"xs": [float(x) for x in p.xs], "ys": [float(y) for y in p.ys],
                                  "columns": {k: [_plain(v) for v in column] for k, column in p.columns.items()},
                                  "identifiers": None if p.identifiers is None else list(p.identifiers)}
                                 for p in batches] for layer, batches in changes.added_points.items()},
        "updated": {layer: {identifier: values(row) for identifier, row in rows.items()}
                    for layer, rows in changes.updated.items()},
        "deleted": {layer: list(identifiers) for layer, identifiers in changes.deleted.items()},
    })


def decode_changes(text: str) -> ChangeSet:
    data = json.loads(text)
    changes = ChangeSet()
    for layer, features in data["added"].items():
        for feature in features:
            changes.add(layer, hex_geometry(feature["geometry"]), feature["values"])
    for layer, batches in data["added_points"].items():
        for p in batches:
            changes.add_points(layer, NewPoints(p["xs"], p["ys"], p["columns"], p["identifiers"]))
    for layer, rows in data["updated"].items():
        for identifier, row in rows.items():
            changes.update(layer, identifier,
                           {k: (hex_geometry(v) if k == GEOMETRY_KEY else v) for k, v in row.items()})
    for layer, identifiers in data["deleted"].items():
        for identifier in identifiers:
            changes.delete(layer, identifier)
    return changes


def change_counts(changes: ChangeSet) -> Dict[str, int]:
    """Rows a change set adds per layer (what the review lists)."""
    counts: Dict[str, int] = {}
    for layer, features in changes.added.items():
        counts[layer] = counts.get(layer, 0) + len(features)
    for layer, batches in changes.added_points.items():
        counts[layer] = counts.get(layer, 0) + sum(len(p) for p in batches)
    return counts


# -- submitting ---------------------------------------------------------------------------------------
def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds")


def submit(store, kind: str, changes: ChangeSet, summary: str = "", warnings=()) -> str:
    """Keep ``changes`` as a pending submission; returns its identifier (``S-0001``)."""
    if changes.is_empty():
        raise StoreError(translate("Submissions", "There is nothing to submit."))
    return keep(store, kind, encode_changes(changes), change_counts(changes), summary, warnings)


def submit_release(store, geometries, crs, details, tolerance_m2: float) -> str:
    """Keep polygons to mark released as a pending submission: approving it releases them by the
    release engine at that moment, clipped against the land released by then."""
    if not geometries:
        raise StoreError(translate("Submissions", "There is nothing to submit."))
    payload = json.dumps({"release": {
        "crs": crs.authid() or crs.toWkt(), "polygons": [geometry_hex(g) for g in geometries],
        "tolerance_m2": tolerance_m2,
        "details": {k: _plain(v) for k, v in vars(details).items()}}})
    summary = translate("Submissions", "{n} polygons to mark {method}").format(n=len(geometries), method=details.method)
    return keep(store, "demining:markcleared", payload, {"cleared_areas": len(geometries)}, summary, ())


def keep(store, kind: str, payload: str, counts: Dict[str, int], summary: str, warnings) -> str:
    """Keep ``payload`` (JSON text) as a pending submission of ``kind``; returns its identifier."""
    table = store.side_table(SUBMISSIONS_TABLE)
    rows = store.submission_rows(f"SELECT submission_id FROM {table}", ())
    numbers = [int(r[0].split("-")[1]) for r in rows if str(r[0]).startswith("S-")]
    identifier = f"S-{max(numbers, default=0) + 1:04d}"
    values = (identifier, _now(), store.editor(), kind, summary, json.dumps(counts),
              json.dumps([str(w) for w in warnings]), PENDING, payload)
    store.submission_execute(
        f"INSERT INTO {table} (submission_id, submitted_at, submitted_by, kind, summary, counts, warnings, status, "
        "payload) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)", values)
    return identifier


class SubmittingStore:
    """A store whose ``apply`` submits instead of writing: an import run on it leaves the
    baseline untouched and its change set waits for review. Everything else is the store's."""

    def __init__(self, store, kind: str):
        self._store = store
        self.kind = kind
        self.submission_id: Optional[str] = None

    def apply(self, changes: ChangeSet, before_commit=None) -> ChangeSet:
        self.submission_id = submit(self._store, self.kind, changes)
        return ChangeSet()

    def __getattr__(self, name):
        return getattr(self._store, name)


# -- reviewing ----------------------------------------------------------------------------------------
def submissions(store, status: Optional[str] = None) -> List[Submission]:
    table = store.side_table(SUBMISSIONS_TABLE)
    columns = ", ".join(name for name, _ in COLUMNS[:-1])
    where, params = ("", ()) if status is None else (" WHERE status = %s", (status,))
    rows = store.submission_rows(f"SELECT {columns} FROM {table}{where} ORDER BY submission_id", params)
    return [Submission(*[str(v) if isinstance(v, datetime.datetime) else v for v in row[:5]],
                       json.loads(row[5] or "{}"), json.loads(row[6] or "[]"), *row[7:]) for row in rows]


def review(store, submission_id: str, approve: bool, reason: str = "", layers: Optional[Dict[str, Any]] = None,
           max_team_distance_m: Optional[float] = None) -> ChangeSet:
    """Approve (apply to the baseline, in one transaction) or reject a pending submission;
    returns what approval applied (empty for a rejection).

    ``layers`` are the store's layers, opened beforehand when this runs in a worker thread (the
    approval of a release or a field merge reads them, and never reloads them); every write goes
    through the store's own connection (GDAL on a GeoPackage, psycopg2 on PostGIS)."""
    table = store.side_table(SUBMISSIONS_TABLE)
    rows = store.submission_rows(f"SELECT status, payload FROM {table} WHERE submission_id = %s", (submission_id,))
    if not rows:
        raise StoreError(translate("Submissions", "There is no submission {id} in {store}.").format(
            id=submission_id, store=store.name))
    status, payload = rows[0]
    if status != PENDING:
        raise StoreError(translate("Submissions", "Submission {id} was already {status}; nothing was changed.").format(
            id=submission_id, status=status))
    if not approve and not reason.strip():
        raise StoreError(translate("Submissions", "Say why submission {id} is rejected (REASON).").format(
            id=submission_id))
    data = json.loads(payload) if approve else {}
    decision = (APPROVED if approve else REJECTED, _now(), store.editor(), reason, submission_id)
    mark = (f"UPDATE {table} SET status = %s, decided_at = %s, decided_by = %s, reason = %s "
            "WHERE submission_id = %s AND status = 'pending'")
    # Marked first, on the condition that it is still pending: two managers approving at once
    # cannot both apply it. A failed approval puts it back to pending.
    if store.submission_execute(mark, decision) != 1:
        raise StoreError(translate("Submissions", "Submission {id} was decided by someone else meanwhile; nothing "
                                                  "was changed.").format(id=submission_id))
    if not approve:
        return ChangeSet()
    try:
        if "release" in data:
            return _approve_release(store, data["release"], layers)
        if "fieldmerge" in data:
            from ..fieldwork.merge_submit import approve_merge

            return approve_merge(store, data["fieldmerge"], layers, max_team_distance_m).changes
        changes = decode_changes(payload)
        store.apply(changes)
        return changes
    except Exception:
        store.submission_execute(f"UPDATE {table} SET status = 'pending', decided_at = NULL, decided_by = NULL, "
                                 "reason = NULL WHERE submission_id = %s", (submission_id,))
        raise


def _approve_release(store, release: Dict[str, Any], layers: Optional[Dict[str, Any]]) -> ChangeSet:
    """Mark the submitted polygons released now, by the release engine, against the land released
    by then, one after another and all in one transaction."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    from ..errors import DeminingError
    from ..fieldwork.merge import ReleasesInTurn
    from ..release.marking import ReleaseDetails

    details = dict(release["details"])
    if details.get("released_on"):
        details["released_on"] = datetime.date.fromisoformat(details["released_on"][:10])
    details = ReleaseDetails(**details)
    layers = dict(layers) if layers else store.layers()
    crs, target = QgsCoordinateReferenceSystem(release["crs"]), layers["cleared_areas"].crs()
    transform = QgsCoordinateTransform(crs, target, QgsProject.instance().transformContext()) \
        if crs != target else None
    drawings = [hex_geometry(text) for text in release["polygons"]]
    for drawing in drawings:
        if transform is not None:
            drawing.transform(transform)

    def plan_all() -> ReleasesInTurn:
        in_turn = ReleasesInTurn(store, layers, drawings)
        for number, drawing in enumerate(drawings, start=1):
            try:
                in_turn.plan(drawing, details, tolerance_m2=release["tolerance_m2"])
            except DeminingError as error:
                raise DeminingError(translate("Release", "Feature {label}: {error}").format(
                    label=number, error=error)) from None
        return in_turn

    stored = plan_all()

    def replan() -> ChangeSet:
        # A PostGIS store, with the hazards locked: the layers read the land committed by then.
        nonlocal stored
        stored = plan_all()
        return stored.changes

    if not stored.changes.is_empty():
        store.apply_release(stored.changes, stored.hazard_ids, replan)
    return stored.changes


def submission_geometries(store, submission_id: str):
    """(CRS, geometries) of what a submission would add: the map preview of the Review panel."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY

    table = store.side_table(SUBMISSIONS_TABLE)
    rows = store.submission_rows(f"SELECT payload FROM {table} WHERE submission_id = %s", (submission_id,))
    if not rows:
        raise StoreError(translate("Submissions", "There is no submission {id} in {store}.").format(
            id=submission_id, store=store.name))
    data = json.loads(rows[0][0])
    if "preview" in data:
        return store.crs, [hex_geometry(text) for text in data["preview"]]
    if "release" in data:
        release = data["release"]
        return QgsCoordinateReferenceSystem(release["crs"]), [hex_geometry(text) for text in release["polygons"]]
    changes = decode_changes(rows[0][0])
    geometries = [f.geometry for features in changes.added.values() for f in features if f.geometry is not None]
    for batches in changes.added_points.values():
        for points in batches:
            geometries += [QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in zip(points.xs, points.ys)]
    return store.crs, geometries
