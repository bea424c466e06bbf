"""The GeoPackage of a field package: the context copied from the store around the chosen
tasks, the empty field layers the team fills in, and the snapshot of the context.

Everything is read through ``ProjectStore.read_features`` (the backend's own connection, any
backend) and written through OGR: no QGIS layer is created here.
"""

import dataclasses
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Set, Tuple

from osgeo import ogr
from qgis.core import QgsFeedback
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..errors import CancelledError, DeminingError
from ..model.schema import CLEARED_AREAS, DETECTIONS, WORK_DAYS, LayerDef, layer_def
from ..store.geopackage import _create_layer, _srs_for
from ..store.gpkg_rows import ogr_set_values
from .layout import CONTEXT_LAYERS, FIELD_DAYS, FIELD_ITEMS, FIELD_RELEASED, FIELD_UUID
from .snapshot import package_fingerprints, write_snapshot

translate = QCoreApplication.translate

#: Context reaches this far (metres on the ground) beyond the tasks' extent.
MARGIN_M = 250.0
_METRES_PER_DEGREE = 111_320.0


def _subset(definition: LayerDef, name: str, title: str, fields: Sequence[str]) -> LayerDef:
    """A field layer: ``definition``'s fields named in ``fields`` (in that order), keyed by FIELD_UUID.
    Its own title: GeoPackage identifiers are unique within a file."""
    return dataclasses.replace(definition, name=name, title=title, id_field=FIELD_UUID,
                               fields=tuple(definition.field(f) for f in fields))


#: What the team fills in, each with the store layer's own field definitions.
FIELD_ITEMS_DEF = _subset(DETECTIONS, FIELD_ITEMS, QT_TRANSLATE_NOOP("FieldPackage", "Items found (field)"), (
    "category", "model", "quantity", "found_on", "depth_cm", "condition", "disposition", "organisation", "team",
    "task_id", "remarks", "photo", FIELD_UUID))
FIELD_RELEASED_DEF = _subset(
    CLEARED_AREAS, FIELD_RELEASED, QT_TRANSLATE_NOOP("FieldPackage", "Released land (field)"), (
    "release_method", "technique", "released_on", "depth_cm", "team", "task_id", "remarks", FIELD_UUID))
FIELD_DAYS_DEF = _subset(WORK_DAYS, FIELD_DAYS, QT_TRANSLATE_NOOP("FieldPackage", "Daily log (field)"), (
    "task_id", "worked_on", "team", "technique", "hours_worked", "people", "machines", "remarks", FIELD_UUID))
FIELD_LAYER_DEFS = (FIELD_ITEMS_DEF, FIELD_RELEASED_DEF, FIELD_DAYS_DEF)


@dataclass
class PackageSelection:
    """The chosen tasks (and their sectors) and the box the context is taken from."""

    task_ids: List[str]                     # as chosen, in order
    sector_ids: List[str]                   # sectors of the chosen tasks (child tasks), not chosen themselves
    box: Tuple[float, float, float, float]  # xmin, ymin, xmax, ymax in the store's CRS, margin included
    hazard_ids: Set[str] = field(default_factory=set)

    @property
    def all_task_ids(self) -> List[str]:
        return self.task_ids + self.sector_ids


def _margin(crs, latitude: float) -> Tuple[float, float]:
    """MARGIN_M in the units of ``crs`` along x and y (degrees in a geographic CRS)."""
    if crs.isGeographic():
        dy = MARGIN_M / _METRES_PER_DEGREE
        return dy / max(math.cos(math.radians(latitude)), 0.05), dy
    return MARGIN_M, MARGIN_M


def select_context(store, task_ids: Sequence[str]) -> PackageSelection:
    """The sectors of ``task_ids`` and the box around all of them (store CRS, margin included)."""
    definition = layer_def("clearance_tasks")
    chosen = set(task_ids)
    rows = list(store.read_features("clearance_tasks", definition.field_names))
    sectors: List[str] = []
    parents = set(chosen)
    while parents:  # sectors, and sectors of sectors
        children = [values["task_id"] for _wkb, values in rows
                    if values["parent_task_id"] in parents and values["task_id"] not in chosen]
        sectors += children
        chosen.update(children)
        parents = set(children)
    envelope = None
    for wkb, values in rows:
        if values["task_id"] in chosen and wkb is not None:
            xmin, xmax, ymin, ymax = ogr.CreateGeometryFromWkb(wkb).GetEnvelope()
            envelope = (xmin, ymin, xmax, ymax) if envelope is None else (
                min(envelope[0], xmin), min(envelope[1], ymin), max(envelope[2], xmax), max(envelope[3], ymax))
    if envelope is None:
        raise DeminingError(translate("FieldPackage", "The tasks {0} have no geometry; nothing to package.").format(
            ", ".join(task_ids)))
    dx, dy = _margin(store.crs, (envelope[1] + envelope[3]) / 2)
    box = (envelope[0] - dx, envelope[1] - dy, envelope[2] + dx, envelope[3] + dy)
    return PackageSelection(list(task_ids), sorted(sectors), box)


def _task_geometries(store, task_ids: Set[str]) -> List[ogr.Geometry]:
    return [ogr.CreateGeometryFromWkb(wkb) for wkb, values in store.read_features("clearance_tasks", ["task_id"])
            if values["task_id"] in task_ids and wkb is not None]


def _wanted(layer_name: str, selection: PackageSelection, tasks: List[ogr.Geometry], wkb: Optional[bytes],
            values: Dict[str, object]) -> bool:
    """Whether a store feature read within the box goes into the package."""
    if layer_name == "clearance_tasks":
        return values["task_id"] in selection.all_task_ids
    if layer_name == "hazard_areas":
        if values["hazard_id"] in selection.hazard_ids:
            return True
        geometry = ogr.CreateGeometryFromWkb(wkb) if wkb is not None else None
        return geometry is not None and any(geometry.Intersects(task) for task in tasks)
    return True


def _write_layer(ds, srs, store, layer_name: str, selection: PackageSelection, tasks: List[ogr.Geometry]) -> int:
    definition = layer_def(layer_name)
    _create_layer(ds, definition, srs)
    layer = ds.GetLayerByName(layer_name)
    names = list(definition.field_names)
    rows = list(store.read_features(layer_name, names, selection.box))
    if layer_name == "task_points":
        # The points of the chosen tasks, however far, besides any in the box.
        seen = {values["point_id"] for _wkb, values in rows}
        rows += [(wkb, values) for wkb, values in store.read_features(layer_name, names)
                 if values["task_id"] in selection.all_task_ids and values["point_id"] not in seen]
    count = 0
    ds.StartTransaction()
    for wkb, values in rows:
        if not _wanted(layer_name, selection, tasks, wkb, values):
            continue
        feature = ogr.Feature(layer.GetLayerDefn())
        ogr_set_values(feature, values)
        if wkb is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        if layer.CreateFeature(feature) != 0:
            ds.RollbackTransaction()
            raise DeminingError(translate("FieldPackage", "{0} {1} could not be copied into the package.").format(
                layer_name, values.get(definition.id_field)))
        count += 1
    ds.CommitTransaction()
    return count


def context_layer_names(mapped_mines: bool) -> Tuple[str, ...]:
    return tuple(name for name in CONTEXT_LAYERS if mapped_mines or name != "mapped_mines")


def write_package_data(store, path: Path, selection: PackageSelection, mapped_mines: bool,
                       feedback: Optional[QgsFeedback] = None) -> Dict[str, int]:
    """Write the package GeoPackage at ``path``: context layers, empty field layers, snapshot.
    Returns the number of features copied per context layer. Main thread (the snapshot is read
    through QGIS layers)."""
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(str(path))
    if ds is None:
        raise DeminingError(translate("FieldPackage", "Cannot create {0}.").format(path))
    srs = _srs_for(store.crs)
    counts: Dict[str, int] = {}
    try:
        tasks = _task_geometries(store, set(selection.task_ids))
        selection.hazard_ids = {values["hazard_id"] for _wkb, values in
                                store.read_features("clearance_tasks", ["task_id", "hazard_id"])
                                if values["task_id"] in selection.all_task_ids and values["hazard_id"]}
        names = context_layer_names(mapped_mines)
        for index, name in enumerate(names):
            if feedback is not None:
                if feedback.isCanceled():
                    raise CancelledError(translate("FieldPackage", "Packaging cancelled; nothing was written."))
                feedback.setProgress(80.0 * index / len(names))
            counts[name] = _write_layer(ds, srs, store, name, selection, tasks)
        for definition in FIELD_LAYER_DEFS:
            _create_layer(ds, definition, srs)
    finally:
        ds = None  # noqa: F841 (closes the file)
    write_snapshot(path, package_fingerprints(path, names))
    return counts
