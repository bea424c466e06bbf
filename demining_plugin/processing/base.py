"""What every Demining algorithm shares: naming, translation, and turning the plugin's
user-facing errors into ``QgsProcessingException``."""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..__about__ import resource_path
from ..core.errors import DeminingError


class DeminingAlgorithm(QgsProcessingAlgorithm):
    #: Set by subclasses. DISPLAY_NAME and HELP are marked with
    #: ``QT_TRANSLATE_NOOP("<subclass name>", ...)``, GROUP with
    #: ``QT_TRANSLATE_NOOP("DeminingAlgorithm", ...)``, so that pylupdate5 collects them.
    NAME = ""
    DISPLAY_NAME = ""
    GROUP = ""
    GROUP_ID = ""
    HELP = ""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:
        return self.tr(self.DISPLAY_NAME)

    def group(self) -> str:
        # Groups are shared by several algorithms: one translation context for all of them.
        return QCoreApplication.translate("DeminingAlgorithm", self.GROUP)

    def groupId(self) -> str:
        return self.GROUP_ID

    def shortHelpString(self) -> str:
        return self.tr(self.HELP)

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "demining.svg")))

    def createInstance(self):
        return type(self)()

    def processAlgorithm(self, parameters, context, feedback):
        try:
            return self.compute(parameters, context, feedback)
        except DeminingError as error:
            raise QgsProcessingException(str(error)) from None

    def compute(self, parameters, context, feedback) -> dict:
        raise NotImplementedError
