"""``build_package``: a field package of clearance tasks, as a folder QField opens or its ZIP.

The package is written into a temporary folder beside the output and moved into place
(or zipped) only when complete: a failure leaves no half package and the output as it was.
The store is only read, except for its ``store_id`` metadata, made once if it has none.
"""

import datetime
import json
import os
import shutil
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeedback, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication

from ...__about__ import __version__
from ..errors import CancelledError, DeminingError
from ..fieldmap.tasks import select_tasks
from .layout import DATA_FILE, MANIFEST_FILE, MANIFEST_KEYS, PHOTO_FOLDER, PROJECT_FILE, README_FILE
from .package_data import PackageSelection, context_layer_names, select_context, write_package_data
from .project import write_project

translate = QCoreApplication.translate

BASEMAP_FILE = "basemap.tif"
#: Metadata key of the store's own identifier (``manifest["store_id"]``).
STORE_ID_KEY = "store_id"


class PackageError(DeminingError):
    """A field package cannot be made from what was asked (tasks, output, basemap)."""


@dataclass
class FieldPackage:
    """What ``build_package`` wrote."""

    output: str          # the package folder, or the ZIP
    project: str         # the project file: its path in the folder, or its name inside the ZIP
    package_id: str
    manifest: Dict[str, object]
    counts: Dict[str, int] = field(default_factory=dict)  # context features copied, by layer



# -- output ---------------------------------------------------------------------------------

def _is_previous_package(path: Path) -> bool:
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as archive:
                return MANIFEST_FILE in archive.namelist()
        except (OSError, zipfile.BadZipFile):
            return False
    return (path / MANIFEST_FILE).is_file()


def check_output(output: str) -> Path:
    """The output path when a package may be written there; ``PackageError`` saying why not."""
    if not output:
        raise PackageError(translate("FieldPackage", "Choose a folder or a .zip file for the field package."))
    target = Path(output)
    if not target.parent.is_dir():
        raise PackageError(translate("FieldPackage", "Folder {0} does not exist.").format(target.parent))
    if target.suffix.lower() == ".zip":
        if target.exists() and not _is_previous_package(target):
            raise PackageError(translate(
                "FieldPackage", "{0} exists and is not a field package; choose a new file name.").format(target))
        return target
    if target.exists() and not target.is_dir():
        raise PackageError(translate(
            "FieldPackage", "{0} is a file; give a folder (new or empty) or a .zip file.").format(target))
    if target.is_dir() and any(target.iterdir()):
        if not _is_previous_package(target):
            raise PackageError(translate(
                "FieldPackage", "Folder {0} is not empty and holds no field package; choose an empty or new "
                                "folder.").format(target))
        photos = [p for p in (target / PHOTO_FOLDER).rglob("*") if p.is_file()]
        if photos:
            raise PackageError(translate(
                "FieldPackage", "Folder {0} holds a field package with {1} photo(s) taken in the field; merge it "
                                "first or choose another folder.").format(target, len(photos)))
    return target


def _move_into_place(built: Path, target: Path) -> None:
    if target.suffix.lower() == ".zip":
        partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in sorted(built.rglob("*")):
                    archive.write(path, path.relative_to(built).as_posix())
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        return
    if target.is_dir():
        shutil.rmtree(target)  # empty, or a previous package without photos (check_output)
    os.replace(built, target)


# -- basemap --------------------------------------------------------------------------------

def _open_basemap(basemap: str):
    try:
        dataset = gdal.Open(str(basemap))
    except RuntimeError:
        dataset = None
    if dataset is None or dataset.RasterCount == 0:
        raise PackageError(translate("FieldPackage", "The basemap {0} cannot be read as a raster.").format(basemap))
    return dataset


def clip_basemap(basemap: str, selection: PackageSelection, crs: QgsCoordinateReferenceSystem, target: Path) -> None:
    """Copy the part of ``basemap`` over the selection's box (its own CRS) to ``target`` (GeoTIFF)."""
    dataset = _open_basemap(basemap)
    raster_crs = QgsCoordinateReferenceSystem.fromWkt(dataset.GetProjection() or "")
    if not raster_crs.isValid():
        raise PackageError(translate(
            "FieldPackage", "The basemap {0} has no coordinate reference system.").format(basemap))
    window = QgsCoordinateTransform(crs, raster_crs, QgsProject.instance()).transformBoundingBox(
        QgsRectangle(*selection.box))
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    covered = QgsRectangle(x0, y0 + dy * dataset.RasterYSize, x0 + dx * dataset.RasterXSize, y0)
    if not covered.intersects(window):
        raise PackageError(translate("FieldPackage", "The basemap {0} does not cover the tasks.").format(basemap))
    window = window.intersect(covered)
    try:
        clipped = gdal.Translate(str(target), dataset, format="GTiff", creationOptions=["COMPRESS=DEFLATE"],
                                 projWin=[window.xMinimum(), window.yMaximum(), window.xMaximum(), window.yMinimum()])
    except RuntimeError as error:
        raise PackageError(translate(
            "FieldPackage", "The basemap {0} cannot be clipped: {1}").format(basemap, error)) from None
    if clipped is None:
        raise PackageError(translate("FieldPackage", "The basemap {0} cannot be clipped.").format(basemap))
    clipped = None  # noqa: F841 (closes the file)


# -- manifest -------------------------------------------------------------------------------

def store_id_of(store) -> str:
    """The store's own identifier, made (and kept in its metadata) the first time it is asked."""
    identifier = store.metadata().get(STORE_ID_KEY)
    if not identifier:
        identifier = uuid.uuid4().hex
        store.set_metadata(STORE_ID_KEY, identifier)
    return identifier


def manifest_text(manifest: Dict[str, object]) -> str:
    """The manifest as a person reads it."""
    lines = [translate("FieldPackage", "Demining field package"), ""]
    for key in MANIFEST_KEYS:
        value = manifest[key]
        if isinstance(value, list):
            value = ", ".join(value)
        lines.append(f"{key}: {value}")
    lines += ["", translate(
        "FieldPackage", "Open {0} in QField (or QGIS). Photos go to {1}/. Bring the whole folder back to the office "
                        "to merge it.").format(PROJECT_FILE, PHOTO_FOLDER), ""]
    return "\n".join(lines)


def _write_manifest(folder: Path, manifest: Dict[str, object]) -> None:
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / README_FILE).write_text(manifest_text(manifest), encoding="utf-8")


# -- the package ----------------------------------------------------------------------------

def build_package(store, task_ids: Optional[Sequence[str]] = None, team: str = "", mapped_mines: bool = False,
                  basemap: Optional[str] = None, output: str = "", feedback: Optional[QgsFeedback] = None,
                  expression: Optional[str] = None) -> FieldPackage:
    """Package the tasks ``task_ids`` (or those matching ``expression`` on clearance_tasks) of
    ``store`` for a team, into the folder or ``.zip`` ``output``. Main thread (QGIS layers)."""
    feedback = feedback or QgsFeedback()
    target = check_output(output)
    chosen: List[str] = [f["task_id"] for f in select_tasks(store.layer("clearance_tasks"), task_ids, expression)]
    if basemap:
        _open_basemap(basemap)
    selection = select_context(store, chosen)
    team = (team or "").strip()
    manifest = {
        "package_id": uuid.uuid4().hex,
        "store": store.location,
        "store_name": store.name,
        "store_id": store_id_of(store),
        "tasks": chosen,
        "team": team,
        "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "plugin_version": __version__,
        "schema_version": store.schema_version,
        "mapped_mines": bool(mapped_mines),
        "basemap": BASEMAP_FILE if basemap else "",
    }
    built = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:8]}.building")
    try:
        built.mkdir()
        counts = write_package_data(store, built / DATA_FILE, selection, mapped_mines, feedback)
        if basemap:
            clip_basemap(basemap, selection, store.crs, built / BASEMAP_FILE)
        if feedback.isCanceled():
            raise CancelledError(translate("FieldPackage", "Packaging cancelled; nothing was written."))
        feedback.setProgress(85.0)
        title = translate("FieldPackage", "Field package: {0}").format(", ".join(chosen))
        title += f" ({team})" if team else ""
        write_project(built, PROJECT_FILE, context_layer_names(mapped_mines), team, selection.box, store.crs, title,
                      BASEMAP_FILE if basemap else None)
        (built / PHOTO_FOLDER).mkdir()
        _write_manifest(built, manifest)
        if feedback.isCanceled():
            raise CancelledError(translate("FieldPackage", "Packaging cancelled; nothing was written."))
        _move_into_place(built, target)
    except OSError as error:
        raise PackageError(translate("FieldPackage", "The field package cannot be written to {0}: {1}").format(
            target, error.strerror or error)) from None
    finally:
        if built.exists():
            shutil.rmtree(built, ignore_errors=True)
    feedback.setProgress(100.0)
    project = PROJECT_FILE if target.suffix.lower() == ".zip" else str(target / PROJECT_FILE)
    return FieldPackage(str(target), project, manifest["package_id"], manifest, counts)
