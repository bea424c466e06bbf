"""Totals algorithms: ``demining:hectaretotals`` and ``demining:periodreport``."""

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.errors import DeminingError
from .base import TOTALS_GROUP, DeminingAlgorithm
from .history_algorithms import moment_parameter
from .store_parameter import store_parameter
from .table_output import write_table

translate = QCoreApplication.translate



def _given(parameters, name: str) -> bool:
    value = parameters.get(name)
    return value is not None and str(value).strip() != ""


class _TotalsAlgorithm(DeminingAlgorithm):
    GROUP, GROUP_ID = TOTALS_GROUP


class HectareTotalsAlgorithm(_TotalsAlgorithm):
    NAME = "hectaretotals"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("HectareTotalsAlgorithm", "Hectare totals")
    HELP = QT_TRANSLATE_NOOP(
        "HectareTotalsAlgorithm",
        "Hectares of a polygon layer, every square metre counted once: where polygons overlap "
        "(imported legacy data, land surveyed and then cleared) the land counts for the earliest "
        "release covering it (the lowest feature id on the same date). Areas are true areas on the "
        "WGS84 ellipsoid, whatever the layer's CRS.\n\n"
        "INPUT: any polygon layer. REGIONS (optional): polygon layer of districts; polygons are cut "
        "at district boundaries and each part counted in its district (column region). REGION_FIELD: "
        "the districts' name field (default name). GROUP_BY: comma-separated field names of INPUT "
        "(e.g. release_method,technique), and month or week (ISO week) of the date field. "
        "DATE_FIELD: the release date (default released_on when the layer has it). DATE_FROM, "
        "DATE_TO: YYYY-MM-DD, both inclusive; land first released before DATE_FROM does not count.\n\n"
        "OUTPUT: a table with the group fields, area_ha and n_features (features with land in the "
        "group). TOTAL_HA: the hectares of all groups.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Released land (polygons)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "REGIONS", self.tr("Districts (polygons)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "REGION_FIELD", self.tr("District name field"), "name", "REGIONS", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "GROUP_BY", self.tr("Group by (comma-separated fields; month, week)"), "", optional=True))
        self.addParameter(QgsProcessingParameterField(
            "DATE_FIELD", self.tr("Date field"), None, "INPUT", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "DATE_FROM", self.tr("From date (YYYY-MM-DD, inclusive)"), "", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "DATE_TO", self.tr("To date (YYYY-MM-DD, inclusive)"), "", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Hectare totals"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_HA", self.tr("Total hectares")))

    def _whole_layer(self, parameters, context):
        """The input as a plain layer when the whole layer is meant (fast reading), else None."""
        definition = parameters.get("INPUT")
        if isinstance(definition, QgsProcessingFeatureSourceDefinition) and (
                definition.selectedFeaturesOnly or definition.featureLimit not in (-1, None)):
            return None
        return self.parameterAsVectorLayer(parameters, "INPUT", context)

    def compute(self, parameters, context, feedback):
        from ..core.errors import CancelledError
        from ..core.reports.hectares import hectare_totals

        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        layer = self._whole_layer(parameters, context)
        regions = self.parameterAsSource(parameters, "REGIONS", context) if _given(parameters, "REGIONS") else None
        if _given(parameters, "REGIONS") and regions is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "REGIONS"))
        region_field = self.parameterAsString(parameters, "REGION_FIELD", context) or "name"
        group_by = [g.strip() for g in self.parameterAsString(parameters, "GROUP_BY", context).split(",") if g.strip()]
        if _given(parameters, "DATE_FIELD"):
            date_field = self.parameterAsString(parameters, "DATE_FIELD", context)
        else:
            date_field = "released_on" if source.fields().lookupField("released_on") >= 0 else None
        region_column = "region"
        while region_column in group_by:
            region_column += "_"
        try:
            totals = hectare_totals(
                layer=layer, source=source, regions_layer=regions, region_field=region_field, group_by=group_by,
                date_field=date_field, date_from=self.parameterAsString(parameters, "DATE_FROM", context),
                date_to=self.parameterAsString(parameters, "DATE_TO", context), progress=feedback.setProgress,
                is_canceled=feedback.isCanceled, region_column=region_column)
        except CancelledError:
            raise QgsProcessingException(self.tr("Cancelled.")) from None

        columns = [(name, "text") for name in totals.group_fields] + [("area_ha", "hectares"), ("n_features", "int")]
        rows = [[None if v is None else str(v) for v in values] + [hectares, count]
                for values, hectares, count in totals.rows]
        dest_id = write_table(self, parameters, context, columns, rows)
        feedback.pushInfo(self.tr("{ha:,.2f} ha in {groups} groups from {n} features, every square metre counted "
                                  "once ({general} features needed GEOS).").format(
            ha=totals.total_ha, groups=len(totals.rows), n=totals.features, general=totals.general_features))
        return {"OUTPUT": dest_id, "TOTAL_HA": totals.total_ha}


class PeriodReportAlgorithm(_TotalsAlgorithm):
    NAME = "periodreport"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("PeriodReportAlgorithm", "Period report")
    HELP = QT_TRANSLATE_NOOP(
        "PeriodReportAlgorithm",
        "Writes the summary an agency publishes for a period, in complete sentences and a table "
        "by district: items found by category and the districts where they were found, hectares "
        "released by method (every square metre once, true ellipsoidal areas), kilometres of routes "
        "cleared and mine accidents, with the period's dates. Every figure is computed from the store.")
    EXPLAINS_STORE = True
    PARAMETERS_HELP = QT_TRANSLATE_NOOP(
        "PeriodReportAlgorithm",
        "DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive. "
        "AS_OF (optional): a date and time, YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM[:SS] "
        "(local time unless a zone such as +04:00 or Z is given): the figures as the store held them "
        "then, rebuilt from its history. SINCE (optional, without AS_OF): appends how the figures "
        "moved since that moment (the sum of demining:changessince). "
        "OUTPUT: the report file; its extension chooses the format: .md (Markdown), .html or .txt. "
        "TEXT: the report as plain text.")

    def initAlgorithm(self, config=None):
        self.addParameter(store_parameter())
        self.addParameter(QgsProcessingParameterString("DATE_FROM", self.tr("From date (YYYY-MM-DD, inclusive)")))
        self.addParameter(QgsProcessingParameterString("DATE_TO", self.tr("To date (YYYY-MM-DD, inclusive)")))
        self.addParameter(moment_parameter("AS_OF", self.tr("As the store held it at (date and time)"), True))
        self.addParameter(moment_parameter("SINCE", self.tr("Reconcile with the figures at (date and time)"), True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", self.tr("Report"), self.tr("Markdown (*.md);;HTML (*.html);;Text (*.txt)")))
        self.addOutput(QgsProcessingOutputString("TEXT", self.tr("Report text")))

    def compute(self, parameters, context, feedback):
        from ..core.dates import parse_date
        from ..core.errors import CancelledError
        from ..core.reports.as_of import as_of_sentence, changes_since, reconciliation_sentence, totals_as_of
        from ..core.reports.grouping import check_range
        from ..core.reports.period_report import period_report, write_report
        from ..core.store import open_store
        from ..core.store.history import parse_moment

        path = self.parameterAsFile(parameters, "STORE", context)
        date_from = parse_date(self.parameterAsString(parameters, "DATE_FROM", context), "DATE_FROM")
        date_to = parse_date(self.parameterAsString(parameters, "DATE_TO", context), "DATE_TO")
        if date_from is None or date_to is None:
            raise DeminingError(translate(
                "PeriodReportAlgorithm", "A period report needs both dates of the period (DATE_FROM and DATE_TO)."))
        check_range(date_from, date_to)
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if Path(output).suffix.lower() not in (".md", ".html", ".htm", ".txt"):
            raise DeminingError(translate(
                "PeriodReportAlgorithm", "A report is written as .md, .html or .txt: {output}").format(output=output))
        as_of = parse_moment(self.parameterAsString(parameters, "AS_OF", context), "AS_OF")
        since = parse_moment(self.parameterAsString(parameters, "SINCE", context), "SINCE")
        if as_of is not None and since is not None:
            raise DeminingError(translate(
                "PeriodReportAlgorithm", "SINCE reconciles today's figures with an earlier moment; leave AS_OF "
                                         "empty when SINCE is given."))
        store = open_store(path)
        try:
            totals = totals_as_of(store, as_of, progress=lambda v: feedback.setProgress(0.9 * v),
                                  is_canceled=feedback.isCanceled)
            report = period_report(totals, date_from, date_to, store_name=store.name)
            if as_of is not None:
                report.sentences.append(as_of_sentence(as_of))
            if since is not None:
                report.sentences.append(reconciliation_sentence(changes_since(
                    store, since, date_from, date_to, is_canceled=feedback.isCanceled)))
        except CancelledError:
            raise QgsProcessingException(self.tr("Cancelled.")) from None
        write_report(report, output)
        feedback.pushInfo(" ".join(report.sentences))
        feedback.setProgress(100)
        return {"OUTPUT": output, "TEXT": report.to_text()}
