"""Where a project's store is, as the project file records it and as it is read back.

A project names its store twice: the ``Demining/store`` project entry and the
``demining/store`` custom property of each store layer. A GeoPackage store is recorded the
way QGIS records its layers' files: relative to the project file (``./demo.gpkg``) unless
the project is set to save absolute paths. A project moved or copied together with its
store, or opened from another working folder, then still finds it. PostGIS locations are
recorded as the store names itself: a typed password is an ``authcfg`` by then
(``credentials``), and locations differing only in who connects name the same store.

Reading prefers the file the project's store layers actually read (QGIS resolved it
against the project file); then the recorded entry, against the project's folder, and, for
projects saved before locations were relative, against the working folder.
"""

import os
import re
from typing import Callable, List, Optional

from qgis.core import QgsMapLayer, QgsProject, QgsProviderRegistry

#: Project entry (scope, key) naming the store the project was last given.
STORE_ENTRY = ("Demining", "store")
#: Custom property naming the store of each store layer.
STORE_PROPERTY = "demining/store"
#: Custom property naming the store layer a project layer is (``hazard_areas``, ...).
LAYER_PROPERTY = "demining/layer"


def is_file_location(location) -> bool:
    """True for a GeoPackage path (the file backend), False for PostGIS locations."""
    return str(location or "").strip().lower().endswith(".gpkg")


def _same_file(a: str, b: str) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


#: What a PostGIS location says about who connects, not which store: dropped when comparing.
_CREDENTIAL_WORDS = re.compile(r"(?:^|\s)(?:password|authcfg|user)\s*=\s*(?:'(?:[^'\\]|\\.)*'|\S+)")
_URI_CREDENTIALS = re.compile(r"(://)[^/@]*@|[?&](?:password|authcfg|user)=[^&]*")


def _postgis_store_key(location: str) -> str:
    """A PostGIS location without its user, password or authcfg (the same schema of the same
    database, whoever connects and however their password is kept)."""
    text = location.strip()
    if "://" in text.split("?")[0]:
        return _URI_CREDENTIALS.sub(lambda match: match.group(1) or "", text)
    return " ".join(_CREDENTIAL_WORDS.sub(" ", text).split())


def _same_store(a: str, b: str) -> bool:
    """Resolved locations naming one store: the same file, or the same PostGIS schema (a
    project saved with a password in its locations names the store the authcfg one opens)."""
    if is_file_location(a) and is_file_location(b):
        return _same_file(a, b)
    return a == b or _postgis_store_key(a) == _postgis_store_key(b)


def without_password(text: str) -> str:
    """``text`` (a PostGIS location, a message quoting one) with any password written as ***."""
    text = re.sub(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", r"\1***", text)
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", text)


def shown_location(location: str) -> str:
    """How messages name a store: a GeoPackage by its file name, PostGIS without a password."""
    location = str(location or "")
    if is_file_location(location):
        return os.path.basename(location) or location
    return without_password(location)


def location_for_project(location: str, project: QgsProject) -> str:
    """``location`` as ``project`` records it: a GeoPackage path relative to the project file
    when the project has a file and saves relative paths, else absolute; PostGIS as it is."""
    location = str(location or "")
    if not is_file_location(location):
        return location
    return project.pathResolver().writePath(os.path.abspath(location))


def resolve_location(recorded: str, project: QgsProject) -> str:
    """The store location that ``recorded`` (an entry or layer property of ``project``) names.

    A relative GeoPackage path is read against the project file; a relative path without
    ``./`` (written before locations were project-relative, relative to the folder QGIS ran
    in) is tried against the project's folder, then the working folder. When none exists,
    the path is returned as read, so that the message about it names what was recorded.
    """
    recorded = str(recorded or "").strip()
    if not is_file_location(recorded):
        return recorded
    path = project.pathResolver().readPath(recorded)
    if os.path.isabs(path):
        return path
    folder = project.absolutePath()
    candidates = ([os.path.join(folder, path)] if folder else []) + [path]
    for candidate in candidates:
        if os.path.isfile(candidate):
            return os.path.normpath(os.path.abspath(candidate))
    return path


def _source_file(layer: QgsMapLayer) -> str:
    if layer.providerType() != "ogr":
        return ""
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""
    return path if path and os.path.isfile(path) else ""


def layer_store_location(layer: QgsMapLayer, project: QgsProject) -> str:
    """Location of the store ``layer`` belongs to, '' when it is not a store layer.

    For a GeoPackage store this is the file the layer reads: its property may still name
    the file it was copied or moved from.
    """
    recorded = str(layer.customProperty(STORE_PROPERTY, "") or "")
    if not recorded:
        return ""
    resolved = resolve_location(recorded, project)
    if is_file_location(recorded):
        source = _source_file(layer)
        if source and not _same_file(source, resolved):
            return os.path.normpath(source)
    return resolved


def store_location_of(project: QgsProject = None) -> str:
    """Location of the store ``project`` works with, resolved (see the module), or ''.

    The store its layers read wins over the entry: a project copied with its store may
    record the original's absolute path, and the original may still exist.
    """
    project = project or QgsProject.instance()
    recorded, ok = project.readEntry(*STORE_ENTRY, "")
    entry = resolve_location(recorded, project) if ok and recorded else ""
    available: List[str] = []
    missing: List[str] = []
    for layer in project.mapLayers().values():
        location = layer_store_location(layer, project)
        if location:
            (missing if is_file_location(location) and not os.path.isfile(location) else available).append(location)
    for location in available:
        if entry and _same_store(location, entry):
            return entry
    if available:
        return available[0]
    return entry or (missing[0] if missing else "")


def mark_store_layers(project: QgsProject, location: str,
                      source_of: Optional[Callable[[str], str]] = None) -> List[QgsMapLayer]:
    """Make the store layers of ``location`` name it as read (``location``), so that every
    panel matching layers to the store by their property finds them; returns the layers.

    ``source_of`` (the store's ``uri``) gives a layer whose source holds a password (a project
    saved by an earlier version) the source the store writes now, naming its ``authcfg``."""
    layers = []
    for layer in project.mapLayers().values():
        found = layer_store_location(layer, project)
        if not found:
            continue
        if _same_store(found, location):
            if layer.customProperty(STORE_PROPERTY, "") != location:
                layer.setCustomProperty(STORE_PROPERTY, location)
            layer_name = str(layer.customProperty(LAYER_PROPERTY, "") or "")
            if source_of is not None and layer_name and _holds_password(layer.source()):
                layer.setDataSource(source_of(layer_name), layer.name(), layer.providerType())
            layers.append(layer)
    return layers


def _holds_password(source: str) -> bool:
    return bool(re.search(r"(?:^|\s)password\s*=", source))
