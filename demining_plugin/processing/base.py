"""What every Demining algorithm shares: naming, translation, and turning the plugin's
user-facing errors into ``QgsProcessingException``."""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..__about__ import resource_path
from ..core.errors import DeminingError
from ..core.store import ProjectStore, open_store
from ..core.threads import processing_thread
from .store_parameter import store_help

#: The groups of the Processing toolbox: (title, id), each title translated in the context
#: "DeminingAlgorithm" (see ``DeminingAlgorithm.group``).
STORE_GROUP = (QT_TRANSLATE_NOOP("DeminingAlgorithm", "Project store"), "store")
RELEASE_GROUP = (QT_TRANSLATE_NOOP("DeminingAlgorithm", "Land release"), "release")
TOTALS_GROUP = (QT_TRANSLATE_NOOP("DeminingAlgorithm", "Totals and reports"), "totals")
IMPORT_GROUP = (QT_TRANSLATE_NOOP("DeminingAlgorithm", "Import"), "import")
MINE_MAPS_GROUP = (QT_TRANSLATE_NOOP("DeminingAlgorithm", "Mine maps"), "minemaps")
FIELD_MAPS_GROUP = (QT_TRANSLATE_NOOP("DeminingAlgorithm", "Field maps"), "fieldmaps")
COMPLETION_GROUP = (QT_TRANSLATE_NOOP("DeminingAlgorithm", "Completion and handover"), "completion")


class DeminingAlgorithm(QgsProcessingAlgorithm):
    #: Set by subclasses. DISPLAY_NAME and HELP are marked with
    #: ``QT_TRANSLATE_NOOP("<subclass name>", ...)`` so that pylupdate5 collects them;
    #: GROUP, GROUP_ID is one of the groups above.
    NAME = ""
    DISPLAY_NAME = ""
    GROUP = ""
    GROUP_ID = ""
    HELP = ""
    #: Help on the parameters, after the help shared with other algorithms (marked like HELP).
    PARAMETERS_HELP = ""
    #: True when the help explains the STORE parameter (the shared text of store_parameter.py).
    EXPLAINS_STORE = False

    def tr(self, text: str) -> str:
        # pylupdate5 files self.tr() under the class it is written in, which may be a base
        # class of this one: the first class that has a translation wins.
        for cls in type(self).__mro__:
            if not issubclass(cls, DeminingAlgorithm):
                break
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
        return text

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:
        return self.tr(self.DISPLAY_NAME)

    def group(self) -> str:
        # Groups are shared by several algorithms: one translation context for all of them.
        return QCoreApplication.translate("DeminingAlgorithm", self.GROUP)

    def groupId(self) -> str:
        return self.GROUP_ID

    def shared_help(self) -> str:
        """Translated help shared by several algorithms, between HELP and PARAMETERS_HELP."""
        return store_help() if self.EXPLAINS_STORE else ""

    def shortHelpString(self) -> str:
        own = self.tr(self.PARAMETERS_HELP) if self.PARAMETERS_HELP else ""
        tail = " ".join(part for part in (self.shared_help(), own) if part)
        return self.tr(self.HELP) + ("\n\n" + tail if tail else "")

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "demining.svg")))

    def createInstance(self):
        return type(self)()

    def processAlgorithm(self, parameters, context, feedback):
        # Processing may run this in a worker thread, where QGIS itself loads the inputs'
        # layers: the algorithm may open store layers there too (see core/threads.py).
        try:
            with processing_thread():
                return self.compute(parameters, context, feedback)
        except DeminingError as error:
            raise QgsProcessingException(str(error)) from None

    def store(self, parameters, context) -> ProjectStore:
        """The store the STORE parameter names, opened (``StoreError`` when it is none)."""
        return open_store(self.parameterAsFile(parameters, "STORE", context))

    def compute(self, parameters, context, feedback) -> dict:
        raise NotImplementedError
