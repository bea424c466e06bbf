"""Dropping a store file onto QGIS opens it as a store (styled group, relations, dock).

Any other file, including a GeoPackage that is not a Demining store, is left to QGIS.
"""

from qgis.gui import QgsCustomDropHandler

from ..core.store import is_store
from .session import StoreSession


class StoreDropHandler(QgsCustomDropHandler):
    def __init__(self, session: StoreSession):
        super().__init__()
        self.session = session

    def handleFileDrop(self, file: str) -> bool:
        if not is_store(file):
            return False
        # It is a store: handled here even when opening fails (the message bar says why),
        # so QGIS does not add its tables as unstyled layers.
        self.session.open_store_at(file)
        return True
