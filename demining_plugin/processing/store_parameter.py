"""The ``STORE`` parameter every Demining algorithm shares: a GeoPackage file or a PostGIS
location, in one string, so models, batch runs and ``qgis_process`` pass either the same way."""

from qgis.core import QgsProcessingParameterFile
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: What every algorithm's help says about ``STORE`` (the forms are those of core/store/postgis.py).
STORE_HELP = QT_TRANSLATE_NOOP(
    "StoreParameter",
    "STORE: the project store, a GeoPackage file (.gpkg) or a PostGIS store written as "
    "pg:connection='<QGIS connection name>' schema=<schema>, pg:service=<service> schema=<schema>, "
    "pg:host=<host> dbname=<database> user=<user> schema=<schema>, or "
    "postgresql://<user>@<host>:<port>/<database>?schema=<schema>.")


def store_help() -> str:
    """STORE_HELP in the user's language."""
    return QCoreApplication.translate("StoreParameter", STORE_HELP)


def store_parameter(name: str = "STORE", description: str = QT_TRANSLATE_NOOP("StoreParameter", "Project store"),
                    optional: bool = False) -> QgsProcessingParameterFile:
    """A file parameter that also takes a PostGIS location (no extension check)."""
    return QgsProcessingParameterFile(
        name, QCoreApplication.translate("StoreParameter", description), QgsProcessingParameterFile.File, "",
        None, optional, QCoreApplication.translate("StoreParameter", "GeoPackage (*.gpkg);;All files (*)"))
