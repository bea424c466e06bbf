"""One logging helper for the whole plugin: everything goes to the QGIS message log
under the tag "Demining". The GUI adds the message bar on top (``gui.notify``)."""

from qgis.core import Qgis, QgsMessageLog

TAG = "Demining"


def log_info(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, Qgis.Info)


def log_warning(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, Qgis.Warning)


def log_error(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, Qgis.Critical)
