"""What changed since a moment: ``demining:changessince`` (issue 17, point 2), a thin caller
of ``core.reports.as_of``."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QVariant

from ..core.errors import DeminingError
from .base import TOTALS_GROUP, DeminingAlgorithm
from .store_parameter import store_parameter

translate = QCoreApplication.translate

#: The output table's columns: (name, type, length).
_COLUMNS = (("changed_at", QVariant.String, 32), ("changed_by", QVariant.String, 120),
            ("application", QVariant.String, 120), ("layer", QVariant.String, 40),
            ("feature_id", QVariant.String, 40), ("operation", QVariant.String, 10),
            ("released_ha", QVariant.Double, 20), ("items", QVariant.Int, 10))


def moment_parameter(name: str, description: str, optional: bool) -> QgsProcessingParameterString:
    """A date and time typed as text (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], local unless a zone is given)."""
    return QgsProcessingParameterString(name, description, "", optional=optional)


def period_dates(algorithm, parameters, context):
    """DATE_FROM and DATE_TO (either may be empty: no bound), checked."""
    from ..core.dates import parse_date
    from ..core.reports.grouping import check_range

    date_from = parse_date(algorithm.parameterAsString(parameters, "DATE_FROM", context), "DATE_FROM")
    date_to = parse_date(algorithm.parameterAsString(parameters, "DATE_TO", context), "DATE_TO")
    check_range(date_from, date_to)
    return date_from, date_to


class ChangesSinceAlgorithm(DeminingAlgorithm):
    NAME = "changessince"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ChangesSinceAlgorithm", "Changes since a date")
    GROUP, GROUP_ID = TOTALS_GROUP
    HELP = QT_TRANSLATE_NOOP(
        "ChangesSinceAlgorithm",
        "Why today's figures for a period differ from the figures published earlier: every released "
        "polygon, item found, route or accident added, changed or deleted after SINCE that moved the "
        "period's hectares released or items found, with who changed it, when and with which "
        "application, and the hectares and items it moved. The rows add up exactly (to the square "
        "metre) to today's figure minus the figure the store had at SINCE (demining:periodreport with "
        "AS_OF = SINCE).")
    EXPLAINS_STORE = True
    PARAMETERS_HELP = QT_TRANSLATE_NOOP(
        "ChangesSinceAlgorithm",
        "SINCE: a date and time, YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM[:SS], local time "
        "unless a zone such as +04:00 or Z is given. DATE_FROM, DATE_TO: the period, YYYY-MM-DD, both "
        "inclusive (empty: all dates). OUTPUT: a table, one row per change that moved a figure "
        "(released_ha, items). MOVED_HA, MOVED_ITEMS: their sums; SINCE_HA, SINCE_ITEMS, TODAY_HA, "
        "TODAY_ITEMS: the period's figures then and now.")

    def initAlgorithm(self, config=None):
        self.addParameter(store_parameter())
        self.addParameter(moment_parameter("SINCE", self.tr("Since (date and time)"), False))
        self.addParameter(QgsProcessingParameterString(
            "DATE_FROM", self.tr("Period from (YYYY-MM-DD, inclusive)"), "", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "DATE_TO", self.tr("Period to (YYYY-MM-DD, inclusive)"), "", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Changes since"), QgsProcessing.TypeVector))
        for name, title in (("MOVED_HA", self.tr("Hectares moved")), ("MOVED_ITEMS", self.tr("Items moved")),
                            ("SINCE_HA", self.tr("Hectares then")), ("SINCE_ITEMS", self.tr("Items then")),
                            ("TODAY_HA", self.tr("Hectares now")), ("TODAY_ITEMS", self.tr("Items now"))):
            self.addOutput(QgsProcessingOutputNumber(name, title))

    def compute(self, parameters, context, feedback):
        from ..core.errors import CancelledError
        from ..core.reports.as_of import changes_since, moment_text, reconciliation_sentence
        from ..core.store.history import parse_moment

        since = parse_moment(self.parameterAsString(parameters, "SINCE", context), "SINCE")
        if since is None:
            raise DeminingError(self.tr("SINCE is needed: the date and time the figures are compared with."))
        date_from, date_to = period_dates(self, parameters, context)
        store = self.store(parameters, context)
        try:
            result = changes_since(store, since, date_from, date_to, progress=feedback.setProgress,
                                   is_canceled=feedback.isCanceled)
        except CancelledError:
            raise QgsProcessingException(self.tr("Cancelled.")) from None
        fields = QgsFields()
        for name, kind, length in _COLUMNS:
            fields.append(QgsField(name, kind, len=length, prec=4 if kind == QVariant.Double else 0))
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        for change in result.changes:
            record = change.record
            feature = QgsFeature(fields)
            feature.setAttributes([moment_text(record.changed_at), record.changed_by, record.application,
                                   record.table_name, record.feature_id, record.operation, change.released_ha,
                                   change.items])
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, "OUTPUT"))
        feedback.pushInfo(reconciliation_sentence(result))
        return {"OUTPUT": dest_id, "MOVED_HA": result.moved_ha, "MOVED_ITEMS": result.moved()[1],
                "SINCE_HA": result.before.released_ha, "SINCE_ITEMS": result.before.items,
                "TODAY_HA": result.today.released_ha, "TODAY_ITEMS": result.today.items}
