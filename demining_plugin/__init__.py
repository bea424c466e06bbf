"""Demining: a QGIS plugin for humanitarian mine action land release."""


def classFactory(iface):  # noqa: N802 (name required by QGIS)
    # Imported lazily so that importing the package (tests, qgis_process) does not
    # pull in the GUI.
    from .plugin import DeminingPlugin

    return DeminingPlugin(iface)
