"""The ``demining`` Processing provider: every operation of the plugin as an algorithm."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..__about__ import __version__, resource_path
from .accuracy_algorithm import MineMapAccuracyAlgorithm
from .completion_algorithm import CompletionReportAlgorithm, ExportHandoverAlgorithm
from .fieldmap_algorithm import FieldMapAlgorithm
from .fieldmerge_algorithm import FieldMergeAlgorithm
from .fieldpackage_algorithm import FieldPackageAlgorithm
from .history_algorithms import ChangesSinceAlgorithm
from .import_algorithms import ImportAccidentsAlgorithm, ImportDetectionsAlgorithm, ImportMineMapAlgorithm
from .planning_algorithms import ForecastAlgorithm, PrioritiesAlgorithm, ProductivityAlgorithm
from .release_algorithms import MarkClearedAlgorithm, SectoriseAlgorithm
from .review_algorithm import GrantAlgorithm, ReviewAlgorithm
from .store_algorithms import BuildDemoAlgorithm, CopyStoreAlgorithm, CreateStoreAlgorithm
from .totals_algorithms import HectareTotalsAlgorithm, PeriodReportAlgorithm
from .traverse_algorithm import TraverseAlgorithm
from .validate_algorithm import ValidateStoreAlgorithm

ALGORITHMS = (CreateStoreAlgorithm, BuildDemoAlgorithm, MarkClearedAlgorithm, SectoriseAlgorithm,
              HectareTotalsAlgorithm, PeriodReportAlgorithm, TraverseAlgorithm,
              MineMapAccuracyAlgorithm,
              CopyStoreAlgorithm,
              ImportMineMapAlgorithm, ImportDetectionsAlgorithm, ImportAccidentsAlgorithm,
              FieldMapAlgorithm,
              FieldPackageAlgorithm,
              ValidateStoreAlgorithm,
              FieldMergeAlgorithm,
              CompletionReportAlgorithm, ExportHandoverAlgorithm,
              ProductivityAlgorithm, ForecastAlgorithm, PrioritiesAlgorithm,
              ChangesSinceAlgorithm, ReviewAlgorithm, GrantAlgorithm,
              )


class DeminingProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "demining"

    def name(self) -> str:
        return "Demining"

    def longName(self) -> str:
        return f"Demining {__version__}"

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "demining.svg")))

    def loadAlgorithms(self):
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
