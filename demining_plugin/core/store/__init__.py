"""Project stores: where a programme's layers live.

Callers use ``create_store(location)`` and ``open_store(location)`` and then only the
``ProjectStore`` interface (``layer()``, ``uri()``, ``metadata()``...). The GeoPackage
backend is the embedded default; PostGIS serves several operators at once. Each backend
says which locations it accepts (``accepts``) and is chosen from the location string, so
callers never change. Backends import only ``base``; this module registers them.
"""

from typing import List

from qgis.PyQt.QtCore import QCoreApplication

from ..errors import StoreError
from ..model.schema import DEFAULT_CRS
from .base import META_TABLE, ProjectStore
from .geopackage import GeoPackageStore
from .postgis import PostgisStore

translate = QCoreApplication.translate

__all__ = ["BACKENDS", "META_TABLE", "GeoPackageStore", "PostgisStore", "ProjectStore", "create_store", "is_store",
           "open_store"]

BACKENDS: List[type] = [GeoPackageStore, PostgisStore]


def _backend_for(location: str) -> type:
    for backend in BACKENDS:
        if backend.accepts(location):
            return backend
    raise StoreError(
        translate("Store", "'{location}' is not a store location this plugin understands (a GeoPackage path ending in "
                           ".gpkg, or a PostGIS location pg:... or postgresql://...?schema=...).").format(
                               location=location)
    )


def create_store(location: str, crs: str = DEFAULT_CRS, overwrite: bool = False) -> ProjectStore:
    """Create an empty store with every layer, default styles and forms."""
    return _backend_for(str(location)).create(str(location), crs, overwrite)


def open_store(location: str) -> ProjectStore:
    """Open an existing store, migrating an older data model; ``StoreError`` if it is not one."""
    return _backend_for(str(location)).open(str(location))


def is_store(location: str) -> bool:
    """True when ``location`` holds a project store of any backend (a cheap test that never
    raises: the drop handler and "Load demo" ask it before opening)."""
    for backend in BACKENDS:
        if backend.accepts(str(location)):
            return backend.holds_store(str(location))
    return False
