"""Merging what a team brought back from the field into the store, by the desktop's rules.

``plan_merge(store, package)`` works out, without writing anything, what a package
(``merge_read.open_package``) adds:

- items found -> ``detections``, each with the task (the smallest under the point, so a
  sector wins) and the district under it, through the item checks of the capture tool and
  the imports (``checks.items.check_items``: warnings kept); an item the store cannot hold
  (no category, no date, a value outside its list or range, no position) is refused;
- released land -> ``cleared_areas`` through the engine of *Draw released land*
  (``release.marking.plan_release``): clipped to the hazards, minus land already released,
  split by task and district, hazards' and tasks' status following. The polygons are planned
  one after another, each seeing the land the ones before it released, so land two polygons
  (or two packages) cover is stored once;
- the daily log -> ``work_days``;
- features whose ``field_uuid`` the store already holds are skipped (a package merged twice
  adds nothing); context features edited in the field are listed as ignored;
- photos are copied to ``<store>_attachments/`` beside the store and linked from the item.

``apply_merge`` stores the plan in one transaction (``store.apply_release``: a PostGIS store
plans again with the hazards locked); ``merge_package`` opens, plans, applies (or only
reports, for a dry run) and writes the report.
"""

import datetime
import shutil
from pathlib import Path
from typing import Callable, Dict, List, Optional, Set, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..geo.places import as_date, as_text
from ..model.changes import ChangeSet
from ..model.schema import layer_def
from .fingerprint import feature_fingerprint
from .layout import CONTEXT_LAYERS, FIELD_DAYS, FIELD_ITEMS, FIELD_RELEASED, FIELD_UUID, PHOTO_FIELD
from .merge_read import FieldPackage, PackageRow, has_layer, layer_crs, open_package, read_rows, snapshot
from .merge_rows import (
    ADDED,
    ADDS_NOTHING,
    IGNORED,
    REFUSED,
    SKIPPED,
    WARNED,
    MergePlan,
    MergeRow,
    attachments_folder,
    fill_defaults,
    refusals,
)

translate = QCoreApplication.translate


class _ReleasedSoFar:
    """The store's released land near the package plus what the plan has released so far,
    standing in for the ``cleared_areas`` layer ``plan_release`` reads (a plain object, not a
    QGIS layer: the plan may run in a worker thread)."""

    def __init__(self, crs: QgsCoordinateReferenceSystem, geometries: List[QgsGeometry]):
        self._crs = crs
        self._geometries = list(geometries)

    def crs(self) -> QgsCoordinateReferenceSystem:
        return self._crs

    def add(self, geometry: QgsGeometry) -> None:
        self._geometries.append(QgsGeometry(geometry))

    def getFeatures(self, request: Optional[QgsFeatureRequest] = None):  # noqa: N802 (QGIS layer's name)
        rect = request.filterRect() if request is not None else QgsRectangle()
        for geometry in self._geometries:
            if rect.isNull() or geometry.boundingBox().intersects(rect):
                feature = QgsFeature()
                feature.setGeometry(geometry)
                yield feature


class ReleasesInTurn:
    """Drawings released one after another by the engine of *Draw released land*
    (``plan_release``), each planned against the store's land plus what the ones before it
    released, into one change set stored in one transaction: land two drawings (two packages,
    two submissions) cover is stored once. Reads the layers it is given (opened beforehand
    when it runs in a worker thread) and never reloads them."""

    def __init__(self, store, layers: Dict[str, object], geometries: List[QgsGeometry],
                 changes: Optional[ChangeSet] = None):
        self.store = store
        self.crs = layers["cleared_areas"].crs()
        self.work = dict(layers)
        self.work["cleared_areas"] = self._released_near(layers, geometries)
        self.changes = changes if changes is not None else ChangeSet()
        self._hazards: Set[str] = set()

    @property
    def hazard_ids(self) -> List[str]:
        return sorted(self._hazards)

    def plan(self, geometry: QgsGeometry, details, stamp: Optional[Dict] = None,
             tolerance_m2: Optional[float] = None):
        """Plan ``geometry`` (in the store's CRS) and add it to the change set; ``stamp`` values
        go on each released piece. Raises ``DeminingError`` for a drawing the engine refuses."""
        from ..release.marking import DEFAULT_TOLERANCE_M2, plan_release

        plan = plan_release(self.store, geometry, self.crs, details,
                            DEFAULT_TOLERANCE_M2 if tolerance_m2 is None else tolerance_m2, layers=self.work)
        if not plan.pieces:
            return plan
        for piece, new in zip(plan.pieces, plan.changes.added["cleared_areas"]):
            self.work["cleared_areas"].add(piece.geometry)
            new.values.update(stamp or {})
            self.changes.added.setdefault("cleared_areas", []).append(new)
        for layer_name, by_id in plan.changes.updated.items():
            for identifier, update in by_id.items():
                self.changes.update(layer_name, identifier, update)
        self._hazards.update(plan.hazard_status)
        return plan

    def _released_near(self, layers: Dict[str, object], geometries: List[QgsGeometry]) -> _ReleasedSoFar:
        """The released land ``plan_release`` may look at for these drawings: over the whole of
        every hazard and task they touch."""
        if not geometries:
            return _ReleasedSoFar(self.crs, [])
        reach = QgsRectangle(geometries[0].boundingBox())
        for geometry in geometries[1:]:
            reach.combineExtentWith(geometry.boundingBox())
        around = QgsRectangle(reach)
        for name in ("hazard_areas", "clearance_tasks"):
            request = QgsFeatureRequest().setFilterRect(reach).setNoAttributes()
            for feature in layers[name].getFeatures(request):
                around.combineExtentWith(feature.geometry().boundingBox())
        request = QgsFeatureRequest().setFilterRect(around).setNoAttributes()
        return _ReleasedSoFar(self.crs, [QgsGeometry(f.geometry()) for f in
                                         layers["cleared_areas"].getFeatures(request) if f.hasGeometry()])


def _merged_uuids(layer) -> Set[str]:
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes([FIELD_UUID], layer.fields())
    request.setFilterExpression(f'"{FIELD_UUID}" IS NOT NULL')
    return {str(f[FIELD_UUID]) for f in layer.getFeatures(request)}


class _Planner:
    """Builds one ``MergePlan``; a fresh one for each plan."""

    def __init__(self, store, package: FieldPackage, layers: Dict[str, object],
                 max_team_distance_m: Optional[float], today):
        from ..geo.places import StorePlaces

        self.store, self.package, self.layers = store, package, layers
        self.max_team_distance_m, self.today = max_team_distance_m, today
        self.crs = layers["cleared_areas"].crs()
        self.places = StorePlaces(store, layers)
        self.plan = MergePlan(package.name, package.package_id, notes=list(package.notes))
        self.seen: Set[str] = set()

    # -- shared -----------------------------------------------------------------------------
    def _to_store(self, layer_name: str) -> Callable[[Optional[QgsGeometry]], Optional[QgsGeometry]]:
        crs = layer_crs(self.package, layer_name)
        transform = None
        if crs.isValid() and crs != self.crs:
            transform = QgsCoordinateTransform(crs, self.crs, QgsProject.instance().transformContext())

        def convert(geometry: Optional[QgsGeometry]) -> Optional[QgsGeometry]:
            if geometry is None or transform is None:
                return geometry
            moved = QgsGeometry(geometry)
            moved.transform(transform)
            return moved
        return convert

    def _uuid(self, layer_name: str, row: PackageRow) -> str:
        # A package of an older model may lack the column: the package and fid stand in for it.
        return as_text(row.values.get(FIELD_UUID)) or f"{self.package.package_id}:{layer_name}:{row.fid}"

    def _already(self, kind: str, label: str, uuid: str, merged: Set[str], geometry=None,
                 rows: Optional[List[MergeRow]] = None) -> bool:
        """Whether the feature was merged before (or is a copy of one in this package): then
        listed as skipped in ``rows`` (the plan's by default)."""
        if uuid in merged or uuid in self.seen:
            (self.plan.rows if rows is None else rows).append(MergeRow(kind, SKIPPED, label, [translate(
                "FieldMerge", "Already merged (its field UUID is in the store); not added again.")], uuid, geometry))
            return True
        self.seen.add(uuid)
        return False

    # -- context layers ---------------------------------------------------------------------------
    def context(self) -> None:
        packaged = snapshot(self.package)
        for layer_name in CONTEXT_LAYERS:
            if not has_layer(self.package, layer_name):
                continue
            id_field = layer_def(layer_name).id_field
            convert = self._to_store(layer_name)
            present = set()
            for row in read_rows(self.package, layer_name):
                identifier = as_text(row.values.get(id_field))
                label = f"{layer_def(layer_name).name} {identifier or row.fid}"
                present.add(identifier)
                before = packaged.get((layer_name, identifier)) if identifier else None
                if before is None:
                    message = translate("FieldMerge", "Added to a context layer in the field; context layers are not "
                                                      "merged.")
                elif before != feature_fingerprint(layer_name, row.values, row.geometry):
                    message = translate("FieldMerge", "Edited in the field; context layers are not merged, the "
                                                      "store keeps its own.")
                else:
                    continue
                self.plan.rows.append(MergeRow("context", IGNORED, label, [message],
                                               geometry=convert(row.geometry)))
            for (layer, identifier) in sorted(packaged):
                if layer == layer_name and identifier not in present:
                    self.plan.rows.append(MergeRow("context", IGNORED, f"{layer} {identifier}", [translate(
                        "FieldMerge", "Deleted in the field; context layers are not merged, the store keeps it.")]))

    # -- items found ---------------------------------------------------------------------------
    def items(self) -> None:
        from ..checks.items import check_items, item_name

        definition = layer_def("detections")
        merged = _merged_uuids(self.layers["detections"])
        convert = self._to_store(FIELD_ITEMS)
        folder = attachments_folder(self.store)
        accepted: List[Tuple[MergeRow, Dict, QgsGeometry]] = []
        rows: List[MergeRow] = []  # in the package's order
        for row in read_rows(self.package, FIELD_ITEMS):
            values = fill_defaults(definition, row.values, self.package.team)
            label = item_name(row.fid - 1, values)
            geometry = convert(row.geometry)
            uuid = self._uuid(FIELD_ITEMS, row)
            if self._already("item", label, uuid, merged, geometry, rows):
                continue
            reasons = refusals(definition, values)
            if geometry is None:
                reasons.insert(0, translate("FieldMerge", "has no position"))
            if reasons:
                rows.append(MergeRow("item", REFUSED, label, reasons, uuid, geometry))
                continue
            point = QgsPointXY(geometry.centroid().asPoint()) if geometry.isMultipart() else \
                QgsPointXY(geometry.asPoint())
            place = self.places.place(point)
            given = values.get("task_id")
            values["task_id"] = given if given in place.task_ids else (place.task_id or given)
            values["district"] = place.district
            task = self.places.tasks.get(values["task_id"] or "")
            if not values.get("organisation") and task is not None:
                values["organisation"] = task.organisation
            rows.append(MergeRow("item", ADDED, label, self._photo(values, folder), uuid, geometry))
            accepted.append((rows[-1], values, geometry))
        checks = [dict(values, geometry=geometry, label=row.label) for row, values, geometry in accepted]
        for warning in check_items(self.store, checks, self.places, self.max_team_distance_m, self.today):
            accepted[warning.index][0].messages.append(warning.message)
        for row, values, geometry in accepted:
            if row.messages:
                row.status = WARNED
            stored = {name: values.get(name) for name in definition.field_names if name != definition.id_field}
            stored[FIELD_UUID] = row.field_uuid
            self.plan.changes.add("detections", geometry, stored)
        self.plan.rows.extend(rows)

    def _photo(self, values: Dict, folder: Optional[Path]) -> List[str]:
        """Where the item's photo goes (``values["photo"]`` relative to the store's folder);
        a warning when it cannot be."""
        given = as_text(values.get(PHOTO_FIELD))
        values[PHOTO_FIELD] = None
        if not given:
            return []
        source = (self.package.folder / given).resolve()
        if self.package.folder.resolve() not in source.parents:
            return [translate("FieldMerge", "Its photo {photo} lies outside the package; it is not copied.").format(
                photo=given)]
        if not source.is_file():
            return [translate("FieldMerge", "Its photo {photo} is missing from the package; the item is merged "
                                            "without it.").format(photo=given)]
        if folder is None:
            return [translate("FieldMerge", "Its photo {photo} is not copied: {store} has no folder for "
                                            "attachments.").format(photo=given, store=self.store.name)]
        prefix = self.package.package_id[:8] or "package"
        target = folder / f"{prefix}_{source.name}"
        self.plan.photos.append((source, target))
        values[PHOTO_FIELD] = f"{folder.name}/{target.name}"
        return []

    # -- released land ---------------------------------------------------------------------------
    def released(self) -> None:
        from ..release.marking import ReleaseDetails

        convert = self._to_store(FIELD_RELEASED)
        merged = _merged_uuids(self.layers["cleared_areas"])
        rows = []
        for row in read_rows(self.package, FIELD_RELEASED):
            label = translate("FieldMerge", "Released land {n}").format(n=row.fid)
            uuid = self._uuid(FIELD_RELEASED, row)
            geometry = convert(row.geometry)
            if not self._already("released", label, uuid, merged, geometry):
                rows.append((row, label, uuid, geometry))
        # Oldest work first: the land goes to the team and date that released it first.
        rows.sort(key=lambda entry: (as_date(entry[0].values.get("released_on")) or self.today, entry[0].fid))
        in_turn = ReleasesInTurn(self.store, self.layers, [geometry for *_, geometry in rows if geometry is not None],
                                 self.plan.changes)
        for row, label, uuid, geometry in rows:
            values = row.values
            if geometry is None:
                self.plan.rows.append(MergeRow("released", REFUSED, label, [translate("FieldMerge", "has no area")],
                                               uuid))
                continue
            details = ReleaseDetails(
                method=as_text(values.get("release_method")), technique=as_text(values.get("technique")),
                organisation=as_text(values.get("organisation")) or "",
                team=as_text(values.get("team")) or self.package.team,
                released_on=as_date(values.get("released_on")), depth_cm=values.get("depth_cm"),
                remarks=as_text(values.get("remarks")) or "")
            try:
                plan = in_turn.plan(geometry, details, {FIELD_UUID: uuid})
            except DeminingError as error:
                self.plan.rows.append(MergeRow("released", REFUSED, label, [str(error)], uuid, geometry))
                continue
            if not plan.pieces:
                self.plan.rows.append(MergeRow("released", ADDS_NOTHING, label, [plan.reason], uuid, geometry))
                continue
            # As the release tool says it (the notes included: slivers, a repaired drawing).
            self.plan.rows.append(MergeRow("released", ADDED, label, [], uuid, geometry, plan.added_ha,
                                           plan.summary(details.method)))
        self.plan.hazard_ids = in_turn.hazard_ids

    # -- work days ---------------------------------------------------------------------------
    def days(self) -> None:
        definition = layer_def("work_days")
        merged = _merged_uuids(self.layers["work_days"])
        only_task = self.package.tasks[0] if len(self.package.tasks) == 1 else None
        for row in read_rows(self.package, FIELD_DAYS):
            values = fill_defaults(definition, row.values, self.package.team)
            values["task_id"] = values.get("task_id") or only_task
            worked_on = values.get("worked_on")
            label = translate("FieldMerge", "Work day {n}").format(n=row.fid) + (
                f" ({worked_on.isoformat()})" if hasattr(worked_on, "isoformat") else "")
            task = self.places.tasks.get(values.get("task_id") or "")
            geometry = task.geometry if task is not None else None
            uuid = self._uuid(FIELD_DAYS, row)
            if self._already("day", label, uuid, merged, geometry):
                continue
            reasons = refusals(definition, values)
            if values.get("task_id") and task is None:
                reasons.append(translate("FieldMerge", "names task {task}, which is not in the store").format(
                    task=values["task_id"]))
            if reasons:
                self.plan.rows.append(MergeRow("day", REFUSED, label, reasons, uuid, geometry))
                continue
            if not values.get("organisation"):
                values["organisation"] = task.organisation
            stored = {name: values.get(name) for name in definition.field_names if name != definition.id_field}
            stored[FIELD_UUID] = uuid
            self.plan.changes.add("work_days", None, stored)
            self.plan.rows.append(MergeRow("day", ADDED, label, [], uuid, geometry))


def plan_merge(store, package: FieldPackage, layers: Optional[Dict[str, object]] = None,
               max_team_distance_m: Optional[float] = None, today=None) -> MergePlan:
    """What merging ``package`` into ``store`` would add, refuse, skip and ignore; nothing is
    written. ``layers`` (store layer name -> QGIS layer) are read instead of opening the store's
    own (a background task opens them in the main thread beforehand)."""
    layers = dict(layers) if layers else store.layers()
    planner = _Planner(store, package, layers, max_team_distance_m, today or datetime.date.today())
    planner.context()
    planner.items()
    planner.released()
    planner.days()
    return planner.plan


def apply_merge(store, package: FieldPackage, plan: MergePlan, layers: Optional[Dict[str, object]] = None,
                max_team_distance_m: Optional[float] = None, before_commit=None) -> MergePlan:
    """Store ``plan`` in one transaction, photos copied first (and removed again if the
    transaction fails); returns the plan stored, which a PostGIS store may have planned again
    with the hazards locked."""
    stored = plan

    def replan() -> ChangeSet:
        nonlocal stored
        for layer in (layers or {}).values():
            layer.dataProvider().reloadData()
        stored = plan_merge(store, package, layers, max_team_distance_m)
        return stored.changes

    if plan.changes.is_empty():
        plan.applied = True
        return plan
    copied = _copy_photos(plan.photos)
    try:
        store.apply_release(plan.changes, plan.hazard_ids, replan, before_commit=before_commit)
    except BaseException:
        for target in copied:
            target.unlink(missing_ok=True)
        raise
    stored.applied = True
    return stored


def _copy_photos(photos: List[Tuple[Path, Path]]) -> List[Path]:
    copied: List[Path] = []
    try:
        for source, target in photos:
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists():
                continue
            shutil.copy2(source, target)
            copied.append(target)
    except OSError as error:
        for target in copied:
            target.unlink(missing_ok=True)
        raise DeminingError(translate("FieldMerge", "The photos cannot be copied beside the store ({error}); "
                                                    "nothing was merged.").format(error=error)) from None
    return copied


def merge_package(store, path, apply: bool = True, allow_other_store: bool = False, report: str = "",
                  layers: Optional[Dict[str, object]] = None, max_team_distance_m: Optional[float] = None,
                  before_commit=None) -> MergePlan:
    """Open, check and plan the package at ``path``; store it when ``apply`` (else a dry run
    that changes nothing); write the report to ``report`` (.csv or .gpkg) when given."""
    from .merge_report import write_merge_report

    with open_package(path, store, allow_other_store) as package:
        plan = plan_merge(store, package, layers, max_team_distance_m)
        if apply:
            plan = apply_merge(store, package, plan, layers, max_team_distance_m, before_commit)
    if report:
        plan.report_path = str(write_merge_report(plan, report))
    return plan
