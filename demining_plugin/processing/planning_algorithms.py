"""Planning algorithms: ``demining:productivity``, ``demining:forecast`` and ``demining:priorities``."""

from contextlib import contextmanager

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.errors import CancelledError
from ..core.locale_format import format_number
from .base import DeminingAlgorithm
from .store_parameter import store_parameter
from .table_output import write_table

translate = QCoreApplication.translate

#: The toolbox group of the planning algorithms.
PLANNING_GROUP = (QT_TRANSLATE_NOOP("DeminingAlgorithm", "Planning"), "planning")


class PlanningAlgorithm(DeminingAlgorithm):
    GROUP, GROUP_ID = PLANNING_GROUP
    EXPLAINS_STORE = True

    def add_period(self, first: str, last: str) -> None:
        """DATE_FROM and DATE_TO, optional, described as ``first`` and ``last``."""
        for name, description in (("DATE_FROM", first), ("DATE_TO", last)):
            self.addParameter(QgsProcessingParameterString(name, description, "", optional=True))

    def period(self, parameters, context):
        return (self.parameterAsString(parameters, "DATE_FROM", context),
                self.parameterAsString(parameters, "DATE_TO", context))

    def read_land(self, parameters, context, feedback, share: float = 0.9):
        """The store's land (``read_store_land``), its progress the first ``share`` of the run."""
        from ..core.planning.productivity import read_store_land

        with self.stoppable(feedback):
            return read_store_land(self.store(parameters, context), lambda v: feedback.setProgress(share * v),
                                   feedback.isCanceled)

    @contextmanager
    def stoppable(self, feedback):
        """Work the user may stop: stopped, or asked to stop by the end, it raises a clear
        sentence, before any output is written."""
        try:
            yield
        except CancelledError:
            raise QgsProcessingException(self.cancelled_message()) from None
        if feedback.isCanceled():
            raise QgsProcessingException(self.cancelled_message())

    def cancelled_message(self) -> str:
        return self.tr("Cancelled: nothing was written.")


class ProductivityAlgorithm(PlanningAlgorithm):
    NAME = "productivity"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ProductivityAlgorithm", "Productivity")
    GROUPS = ("", "technique", "method", "district", "organisation", "team")
    HELP = QT_TRANSLATE_NOOP(
        "ProductivityAlgorithm",
        "Square metres released per team-day, measured from the store: released land counted once "
        "(true ellipsoidal areas), team-days from the work days teams logged on their tasks (the task's "
        "land spread evenly over them) and, where a task has none, the distinct (team, release date) "
        "pairs of the released land. Gives the mean and the 10th, 50th and 90th percentiles over "
        "team-days, and the shares of suspected (SHA) and confirmed (CHA) land that left the hazards "
        "cancelled, reduced and cleared.")
    PARAMETERS_HELP = QT_TRANSLATE_NOOP(
        "ProductivityAlgorithm",
        "DATE_FROM, DATE_TO: YYYY-MM-DD, both inclusive (optional). GROUP_BY: nothing (all), "
        "technique, method, district, organisation or team. OUTPUT: a table with group, team_days, "
        "released_ha, m2_per_team_day, p10_m2, p50_m2, p90_m2 and the shares sha_cancelled ... "
        "cha_cleared; the last row, group 'All', counts every team-day once.")

    def initAlgorithm(self, config=None):
        self.addParameter(store_parameter())
        self.add_period(self.tr("From date (YYYY-MM-DD, inclusive)"), self.tr("To date (YYYY-MM-DD, inclusive)"))
        self.addParameter(QgsProcessingParameterEnum(
            "GROUP_BY", self.tr("Group by"), [self.tr("Nothing (all)"), self.tr("Technique"), self.tr("Method"),
                                              self.tr("District"), self.tr("Organisation"), self.tr("Team")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Productivity"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputNumber("M2_PER_TEAM_DAY", self.tr("Square metres per team-day")))
        self.addOutput(QgsProcessingOutputNumber("TEAM_DAYS", self.tr("Team-days")))

    def compute(self, parameters, context, feedback):
        from ..core.model.schema import CLASSIFICATION, RELEASE_METHOD
        from ..core.planning.productivity import productivity

        group_by = self.GROUPS[self.parameterAsEnum(parameters, "GROUP_BY", context)]
        land = self.read_land(parameters, context, feedback)
        with self.stoppable(feedback):
            measured = productivity(land, group_by, *self.period(parameters, context))
        pairs = [(c, m) for c in CLASSIFICATION.codes for m in RELEASE_METHOD.codes]
        columns = [("group", "text"), ("team_days", "int"), ("released_ha", "real"), ("m2_per_team_day", "real"),
                   ("p10_m2", "real"), ("p50_m2", "real"), ("p90_m2", "real")]
        columns += [(f"{c.lower()}_{m}", "real") for c, m in pairs]
        rows = []
        for row in measured.rows + [measured.total]:
            group = self.tr("All") if row is measured.total else row.group
            rows.append([None if group is None else str(group), row.team_days, row.released_m2 / 1e4,
                         row.m2_per_team_day, row.p10, row.p50, row.p90] + [row.shares[p] for p in pairs])
        dest_id = write_table(self, parameters, context, columns, rows)
        total = measured.total
        feedback.pushInfo(self.tr("{m2} m² per team-day over {days} team-days (10th to 90th percentile: {p10} "
                                  "to {p90} m²).").format(m2=format_number(total.m2_per_team_day),
                                                              days=format_number(total.team_days),
                                                              p10=format_number(total.p10),
                                                              p90=format_number(total.p90)))
        feedback.setProgress(100)
        return {"OUTPUT": dest_id, "M2_PER_TEAM_DAY": total.m2_per_team_day, "TEAM_DAYS": total.team_days}


class ForecastAlgorithm(PlanningAlgorithm):
    NAME = "forecast"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ForecastAlgorithm", "Forecast")
    HELP = QT_TRANSLATE_NOOP(
        "ForecastAlgorithm",
        "How long the land left will take and what it will cost, from the store's own figures. For each "
        "district and in all: the hectares left by classification (the ground of the hazards not closed less "
        "the released land, every square metre once: ground in a confirmed and a suspected hazard is confirmed "
        "land; land counts in the district it lies in), the hectares "
        "expected to be cleared, reduced and cancelled (as land of that classification has left the "
        "hazards so far), the team-days needed (at each method's square metres per team-day), the "
        "finishing date with its 10-90% range (the late end at the 10th percentile of productivity, "
        "the early end at the 90th) and the cost. What-if: change the parameters (ten more mechanical "
        "teams, a district first).")
    PARAMETERS_HELP = QT_TRANSLATE_NOOP(
        "ForecastAlgorithm",
        "CAPACITY: teams per kind, e.g. manual=12,mechanical=4,mdd=2,survey=3 (by default the teams seen "
        "working in the last 90 days of the store). WORK_DAYS_PER_YEAR: default 220. COST_PER_TEAM_DAY: "
        "cost of a team-day per kind, e.g. manual=1500,mechanical=4000. START: YYYY-MM-DD (default: the "
        "day after the last release). DATE_FROM, DATE_TO: the period productivity is measured over (YYYY-MM-DD, "
        "inclusive; default all dates). FIRST: districts worked first, in order, by every team, "
        "comma-separated. OUTPUT: a table by district and a last row 'All'. YEARS, COST, FINISH: the "
        "whole job's.")

    def initAlgorithm(self, config=None):
        self.addParameter(store_parameter())
        self.addParameter(QgsProcessingParameterString(
            "CAPACITY", self.tr("Teams per kind (manual=12,mechanical=4,...; empty: those of the last 90 days)"),
            "", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "WORK_DAYS_PER_YEAR", self.tr("Work days per year"), QgsProcessingParameterNumber.Double, 220,
            minValue=1, maxValue=366))
        self.addParameter(QgsProcessingParameterString(
            "COST_PER_TEAM_DAY", self.tr("Cost of a team-day per kind (manual=1500,mechanical=4000,...)"), "",
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            "START", self.tr("Start date (YYYY-MM-DD; empty: the day after the last release)"), "", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "FIRST", self.tr("Districts worked first (comma-separated, in order)"), "", optional=True))
        self.add_period(self.tr("Productivity measured from (YYYY-MM-DD, inclusive)"),
                        self.tr("Productivity measured up to (YYYY-MM-DD, inclusive)"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Forecast"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputNumber("YEARS", self.tr("Years for the whole job")))
        self.addOutput(QgsProcessingOutputNumber("COST", self.tr("Cost of the whole job")))
        self.addOutput(QgsProcessingOutputString("FINISH", self.tr("Finishing date of the whole job")))

    def compute(self, parameters, context, feedback):
        from ..core.planning.forecast import district_line, forecast, forecast_parameters, summary
        from ..core.planning.productivity import productivity

        land = self.read_land(parameters, context, feedback)
        chosen = forecast_parameters(
            land, self.parameterAsString(parameters, "CAPACITY", context),
            self.parameterAsString(parameters, "COST_PER_TEAM_DAY", context),
            self.parameterAsString(parameters, "START", context),
            self.parameterAsDouble(parameters, "WORK_DAYS_PER_YEAR", context),
            self.parameterAsString(parameters, "FIRST", context))
        with self.stoppable(feedback):
            measured = productivity(land, "method", *self.period(parameters, context))
            result = forecast(land, measured, chosen)
        dest_id = write_table(self, parameters, context, *forecast_table(result, self.tr("All")))
        for row in result.rows:
            feedback.pushInfo(district_line(row))
        feedback.pushInfo(summary(result))
        feedback.setProgress(100)
        total = result.total
        return {"OUTPUT": dest_id, "YEARS": total.years, "COST": total.cost, "FINISH": total.finish.isoformat()}


def forecast_table(result, all_label: str):
    """Columns and rows of the forecast's output table."""
    from ..core.model.schema import CLASSIFICATION, RELEASE_METHOD

    columns = [("district", "text")] + [(f"{c.lower()}_left_ha", "real") for c in CLASSIFICATION.codes]
    columns += [("left_ha", "real")] + [(f"{m}_ha", "real") for m in RELEASE_METHOD.codes]
    columns += [("team_days", "real"), ("team_days_early", "real"), ("team_days_late", "real"), ("years", "real"),
                ("finish", "date"), ("finish_early", "date"), ("finish_late", "date"), ("cost", "real"),
                ("cost_early", "real"), ("cost_late", "real")]
    rows = []
    for row in result.rows + [result.total]:
        rows.append([all_label if row is result.total else row.district]
                    + [row.left_ha[c] for c in CLASSIFICATION.codes] + [row.total_left_ha]
                    + [row.expected_ha[m] for m in RELEASE_METHOD.codes]
                    + [row.team_days, row.team_days_early, row.team_days_late, row.years, row.finish,
                       row.finish_early, row.finish_late, row.cost, row.cost_early, row.cost_late])
    return columns, rows


class _RankColours(QgsProcessingLayerPostProcessorInterface):
    """Colours the ranked hazards from red (rank 1) to pale yellow (last) on the map."""

    def postProcessLayer(self, layer, context, feedback):
        from qgis.core import QgsClassificationQuantile, QgsGradientColorRamp, QgsGraduatedSymbolRenderer, QgsSymbol
        from qgis.PyQt.QtGui import QColor

        if not layer or not layer.isValid():
            return
        renderer = QgsGraduatedSymbolRenderer("rank")
        renderer.setSourceSymbol(QgsSymbol.defaultSymbol(layer.geometryType()))
        renderer.setSourceColorRamp(QgsGradientColorRamp(QColor("#d7191c"), QColor("#ffffbf")))
        renderer.setClassificationMethod(QgsClassificationQuantile())
        renderer.updateClasses(layer, 5)
        layer.setRenderer(renderer)
        layer.triggerRepaint()


class PrioritiesAlgorithm(PlanningAlgorithm):
    NAME = "priorities"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("PrioritiesAlgorithm", "Hazard priorities")
    HELP = QT_TRANSLATE_NOOP(
        "PrioritiesAlgorithm",
        "Every hazard not closed, scored by what it blocks and threatens, each component a column between "
        "0 and 1 beside the measure it comes from: settlement (1 / (1 + distance to the nearest settlement "
        "in km)), population (people, or settlements without a population field, within 5 km, over the "
        "most), roads (metres of road within 500 m, over the most), farmland (share of the hazard in "
        "land-use polygons), accidents and items (found within 2 km in the last 365 days, over the most), "
        "classification (CHA 1, SHA 0.5) and size (hectares left, over the largest). The score is 100 times "
        "the weighted mean of the components; rank 1 comes first. The weights are written in every row.")
    PARAMETERS_HELP = QT_TRANSLATE_NOOP(
        "PrioritiesAlgorithm",
        "SETTLEMENTS: points or polygons (optional), POPULATION_FIELD its population (optional). ROADS: lines "
        "(optional). LAND_USE: farmland polygons (optional). WEIGHTS: name=weight pairs changing the defaults "
        "settlement=3, population=2, roads=2, farmland=2, accidents=3, items=1, classification=1, size=1; a "
        "weight of 0 leaves its component out. OUTPUT: the hazards' polygons with the components, score and "
        "rank, coloured by rank.")

    def initAlgorithm(self, config=None):
        self.addParameter(store_parameter())
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SETTLEMENTS", self.tr("Settlements (points or polygons)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "POPULATION_FIELD", self.tr("Population field"), None, "SETTLEMENTS",
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ROADS", self.tr("Roads (lines)"), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "LAND_USE", self.tr("Farmland (polygons)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(
            "WEIGHTS", self.tr("Weights (settlement=3,roads=2,...; empty: the defaults)"), "", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Hazard priorities"), QgsProcessing.TypeVectorPolygon))

    def context_layer(self, parameters, name, context):
        value = parameters.get(name)
        if value is None or str(value).strip() == "":
            return None
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def compute(self, parameters, context, feedback):
        from ..core.planning.priorities import COMPONENTS, hazard_priorities, parse_weights

        weights = parse_weights(self.parameterAsString(parameters, "WEIGHTS", context))
        store = self.store(parameters, context)
        with self.stoppable(feedback):
            result = hazard_priorities(
                store, self.context_layer(parameters, "SETTLEMENTS", context),
                self.parameterAsString(parameters, "POPULATION_FIELD", context),
                self.context_layer(parameters, "ROADS", context), self.context_layer(parameters, "LAND_USE", context),
                weights, progress=lambda v: feedback.setProgress(0.95 * v), is_canceled=feedback.isCanceled)
        columns = [("rank", "int"), ("hazard_id", "text"), ("name", "text"), ("district", "text"),
                   ("classification", "text"), ("remaining_ha", "real"), ("score", "real"),
                   ("settlement_m", "real"), ("population", "real"), ("road_m", "real"), ("farmland_share", "real"),
                   ("accidents", "int"), ("items", "int")]
        columns += [(f"c_{c}", "real") for c in COMPONENTS] + [("weights", "text")]
        rows, geometries = [], []
        hazards = store.layer("hazard_areas")
        for s in result.scores:
            a = s.attributes
            rows.append([s.rank, s.hazard_id, a.get("name"), a.get("district"), a.get("classification"),
                         a.get("remaining_ha"), s.score, s.settlement_m, s.population, s.road_m, s.farmland_share,
                         s.accidents, s.items] + [s.components[c] for c in COMPONENTS] + [result.weights_text()])
            geometries.append(hazards.getFeature(s.fid).geometry())
        dest_id = write_table(self, parameters, context, columns, rows, QgsWkbTypes.MultiPolygon, hazards.crs(),
                              geometries)
        if context.willLoadLayerOnCompletion(dest_id):
            self._colours = _RankColours()
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(self._colours)
        feedback.pushInfo(self.tr("Weights: {weights}.").format(weights=result.weights_text()))
        for s in result.scores[:10]:
            feedback.pushInfo(self.tr("{rank}. {hazard} ({district}): score {score}").format(
                rank=format_number(s.rank), hazard=s.hazard_id, district=s.attributes.get("district") or "-",
                score=format_number(s.score, 1)))
        feedback.setProgress(100)
        return {"OUTPUT": dest_id}
