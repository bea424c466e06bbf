"""A field merge as a submission (issue 17, point 3): what the team brought back waits for a
data manager's review instead of going into the baseline.

``submit_merge`` opens and checks the package as a direct merge does, plans it (for the counts,
warnings and map preview the Review panel lists) and keeps the package's field layers in the
submission (``freeze``): every feature of ``field_items``, ``field_released`` and ``field_days``
with its geometry and values, and the photos the items name (their bytes, for a store that keeps
attachments). Nothing else of the package is kept: context layers are never merged.

``approve_merge`` brings those layers back as a package (``thaw``: the photos in a temporary
folder) and merges it through the same ``plan_merge`` and ``apply_merge`` as a direct merge, at
the moment of approval: the items get the tasks and checks of the store as it is then, and the
released land is clipped against the land released by then, so two submissions covering the
same ground, approved one after the other, never store a square metre twice.
"""

import base64
import datetime
import json
import tempfile
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import StoreError
from ..geo.places import as_text
from ..locale_format import format_number
from ..store.submissions import change_counts, geometry_hex, hex_geometry, keep
from .layout import DATA_FILE, FIELD_ITEMS, FIELD_LAYERS, PHOTO_FIELD
from .merge import apply_merge, plan_merge
from .merge_read import FieldPackage, PackageRow, has_layer, layer_crs, open_package, read_rows
from .merge_rows import ADDED, WARNED, MergePlan, attachments_folder

translate = QCoreApplication.translate

#: The kind of a field merge's submission (its algorithm's id).
FIELD_MERGE_KIND = "demining:fieldmerge"
#: The key of a field merge's payload in the submission.
PAYLOAD_KEY = "fieldmerge"


# -- field values as JSON -----------------------------------------------------------------------
def _freeze_value(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"date": value.isoformat()}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _thaw_value(value: Any) -> Any:
    if isinstance(value, dict):
        if "datetime" in value:
            return datetime.datetime.fromisoformat(value["datetime"])
        return datetime.date.fromisoformat(value["date"])
    return value


class FrozenLayers:
    """The field layers kept in a submission, read by ``merge_read`` as it reads a package's
    GeoPackage (``FieldPackage.frozen``)."""

    def __init__(self, layers: Dict[str, Dict[str, Any]]):
        self.layers = layers

    def crs(self, layer_name: str) -> QgsCoordinateReferenceSystem:
        text = self.layers.get(layer_name, {}).get("crs")
        return QgsCoordinateReferenceSystem.fromWkt(text) if text else QgsCoordinateReferenceSystem()

    def rows(self, layer_name: str) -> Iterator[PackageRow]:
        for row in self.layers.get(layer_name, {}).get("rows", []):
            yield PackageRow(row["fid"], hex_geometry(row["geometry"]),
                             {name: _thaw_value(value) for name, value in row["values"].items()})


def freeze(package: FieldPackage, store, max_team_distance_m: Optional[float] = None) -> Dict[str, Any]:
    """The package's field layers and photos as JSON-ready data."""
    layers: Dict[str, Dict[str, Any]] = {}
    for name in FIELD_LAYERS:
        if not has_layer(package, name):
            continue
        crs = layer_crs(package, name)
        layers[name] = {"crs": crs.toWkt() if crs.isValid() else "", "rows": [
            {"fid": row.fid, "geometry": geometry_hex(row.geometry),
             "values": {key: _freeze_value(value) for key, value in row.values.items()}}
            for row in read_rows(package, name)]}
    # A store without an attachments folder copies no photo: an empty file stands in for it, so
    # the approval says what a direct merge says.
    keeps_files = attachments_folder(store) is not None
    photos: Dict[str, str] = {}
    root = package.folder.resolve()
    for row in layers.get(FIELD_ITEMS, {}).get("rows", []):
        given = as_text(row["values"].get(PHOTO_FIELD))
        if not given:
            continue
        source = (package.folder / given).resolve()
        if root in source.parents and source.is_file():
            photos[given] = base64.b64encode(source.read_bytes()).decode("ascii") if keeps_files else ""
    return {"name": package.name, "manifest": package.manifest, "notes": list(package.notes), "layers": layers,
            "photos": photos, "max_team_distance_m": max_team_distance_m}


def thaw(data: Dict[str, Any]) -> FieldPackage:
    """A package to merge made of ``freeze``'s data; closing it removes its temporary folder."""
    temporary = tempfile.TemporaryDirectory(prefix="demining_submission_")
    folder = Path(temporary.name).resolve()
    try:
        for given, content in data.get("photos", {}).items():
            target = (folder / given).resolve()
            if folder not in target.parents:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(base64.b64decode(content))
    except BaseException:
        temporary.cleanup()
        raise
    return FieldPackage(Path(data["name"]), folder, folder / DATA_FILE, dict(data["manifest"]),
                        notes=list(data.get("notes", [])), frozen=FrozenLayers(data["layers"]), _temporary=temporary)


# -- submitting and approving ---------------------------------------------------------------------
def _preview(plan: MergePlan) -> List[str]:
    """What the map preview shows: the items and the released land the merge adds (a work day's
    geometry is its task's, already on the map)."""
    return [geometry_hex(row.geometry) for row in plan.rows if row.kind in ("item", "released")
            and row.status in (ADDED, WARNED) and row.geometry is not None and not row.geometry.isEmpty()]


def submission_warnings(plan: MergePlan) -> List[str]:
    """What the Review panel lists for a submitted merge: every warning, then every refusal."""
    refused = [translate("FieldMerge", "{feature}: refused: {why}").format(feature=row.label, why=row.message)
               for row in plan.refused]
    return plan.warnings + refused


def submit_merge(store, path, allow_other_store: bool = False, report: str = "",
                 layers: Optional[Dict[str, object]] = None,
                 max_team_distance_m: Optional[float] = None) -> Tuple[MergePlan, str]:
    """Open, check and plan the package at ``path`` as a merge would, and keep it as a pending
    submission instead of storing it; returns the plan (what approving it now would add) and the
    submission's identifier. Nothing of the baseline changes."""
    from .merge_report import write_merge_report

    with open_package(path, store, allow_other_store) as package:
        plan = plan_merge(store, package, layers, max_team_distance_m)
        identifier = submit_plan(store, package, plan, max_team_distance_m)
    if report:
        plan.report_path = str(write_merge_report(plan, report))
    return plan, identifier


def submit_plan(store, package: FieldPackage, plan: MergePlan, max_team_distance_m: Optional[float] = None) -> str:
    """Keep an opened package, whose merge was planned as ``plan``, as a pending submission
    (what the *Merge Field Results* dialog's *Submit for review* does); returns its identifier."""
    if plan.changes.is_empty():
        raise StoreError(translate("FieldMerge", "{summary} Nothing to submit: the package adds nothing to "
                                                 "{store}.").format(summary=plan.summary(), store=store.name))
    payload = json.dumps({PAYLOAD_KEY: freeze(package, store, max_team_distance_m), "preview": _preview(plan)})
    summary = translate("FieldMerge", "Field results {name} (team {team}): {items} items found, {ha} ha released, "
                                      "{days} work days").format(
        name=package.name, team=package.team or "-", items=plan.items_added, ha=format_number(plan.released_ha, 2),
        days=plan.days_logged)
    return keep(store, FIELD_MERGE_KIND, payload, change_counts(plan.changes), summary, submission_warnings(plan))


def approve_merge(store, data: Dict[str, Any], layers: Optional[Dict[str, object]] = None,
                  max_team_distance_m: Optional[float] = None) -> MergePlan:
    """Merge a submitted package now, through the merge's own engines, in one transaction."""
    if max_team_distance_m is None:
        max_team_distance_m = data.get("max_team_distance_m")
    with thaw(data) as package:
        plan = plan_merge(store, package, layers, max_team_distance_m)
        return apply_merge(store, package, plan, layers, max_team_distance_m)
