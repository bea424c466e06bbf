"""The ``STORE`` parameter every Demining algorithm shares: a GeoPackage file or a PostGIS
location, in one string, so models, batch runs and ``qgis_process`` pass either the same way.

A PostGIS location typed with a password is written into the Processing history and the
algorithm dialog's log by ``valueAsPythonString``: there it names the authentication
configuration the store keeps the password in instead (``core.store.credentials``), or shows
``***`` when QGIS's authentication database is locked (the run is then refused anyway). The
same holds for where ``demining:createstore`` and ``demining:copystore`` make a store
(``StoreDestination``, ``StoreLocation``)."""

from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterFileDestination, QgsProcessingParameterString
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.errors import StoreError
from ..core.store.credentials import has_password, secure_location
from ..core.store.location import without_password

#: What every algorithm's help says about ``STORE`` (the forms are those of core/store/postgis.py).
STORE_HELP = QT_TRANSLATE_NOOP(
    "StoreParameter",
    "STORE: the project store, a GeoPackage file (.gpkg) or a PostGIS store written as "
    "pg:connection='<QGIS connection name>' schema=<schema>, pg:service=<service> schema=<schema>, "
    "pg:host=<host> dbname=<database> user=<user> schema=<schema>, or "
    "postgresql://<user>@<host>:<port>/<database>?schema=<schema>. A password typed in the location "
    "(password=... or <user>:<password>@) goes into QGIS's authentication database and the store is "
    "named by authcfg=<id> from then on; when QGIS's master password has not been entered, such a "
    "location is refused: use a saved connection, or a service with the password in ~/.pgpass.")


def store_help() -> str:
    """STORE_HELP in the user's language."""
    return QCoreApplication.translate("StoreParameter", STORE_HELP)


def location_for_history(value) -> str:
    """A STORE value as the Processing history may keep it: never with a password."""
    text = str(value)
    if not has_password(text):
        return text
    try:
        return secure_location(text)
    except StoreError:
        return without_password(text)


class _NoPasswordInHistory:
    """Mixed into a parameter that takes store locations: its value as the Processing history
    and the dialog's log write it holds no password (``location_for_history``)."""

    def valueAsPythonString(self, value, context) -> str:
        if isinstance(value, str) and has_password(value):
            value = location_for_history(value)
        return super().valueAsPythonString(value, context)


class StoreParameter(_NoPasswordInHistory, QgsProcessingParameterFile):
    """A file parameter that also takes a PostGIS location (no extension check)."""

    def clone(self):
        copy = StoreParameter(self.name(), self.description(), self.behavior(), self.extension(),
                              self.defaultValue(), bool(self.flags() & self.FlagOptional), self.fileFilter())
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        copy.setMetadata(self.metadata())
        return copy


class StoreDestination(_NoPasswordInHistory, QgsProcessingParameterFileDestination):
    """Where a new store goes: a .gpkg file or a PostGIS location (``demining:createstore``)."""


class StoreLocation(_NoPasswordInHistory, QgsProcessingParameterString):
    """A store location typed as text (``demining:copystore``'s ``TARGET``)."""


def store_parameter(name: str = "STORE", description: str = QT_TRANSLATE_NOOP("StoreParameter", "Project store"),
                    optional: bool = False) -> QgsProcessingParameterFile:
    """A file parameter that also takes a PostGIS location (no extension check)."""
    return StoreParameter(
        name, QCoreApplication.translate("StoreParameter", description), QgsProcessingParameterFile.File, "",
        None, optional, QCoreApplication.translate("StoreParameter", "GeoPackage (*.gpkg);;All files (*)"))
