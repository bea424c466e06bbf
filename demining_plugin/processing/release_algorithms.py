"""Land release algorithms: ``demining:markcleared`` and ``demining:sectorise``."""

import datetime

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QVariant

from ..core.errors import DeminingError
from ..core.geo.measure import M2_PER_HA, distance_area
from ..core.model.schema import RELEASE_METHOD, TECHNIQUE
from ..core.release.batch import mark_all_released
from ..core.release.marking import DEFAULT_TOLERANCE_M2, ReleaseDetails
from ..core.release.sectors import sector_id, sectorise
from .base import RELEASE_GROUP, DeminingAlgorithm
from .store_parameter import store_parameter

translate = QCoreApplication.translate



def _parse_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise QgsProcessingException(translate(
            "MarkClearedAlgorithm", "DATE must be a date written YYYY-MM-DD, not '{text}'.").format(
                text=text)) from None


def _all_features(source):
    """Every feature, invalid geometries included: the core repairs or refuses them with a
    message naming the problem. (Processing's own check throws from C++ in the middle of
    the iteration, and the next algorithm run of QGIS 3.22 then crashes.)"""
    return source.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)


class MarkClearedAlgorithm(DeminingAlgorithm):
    NAME = "markcleared"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("MarkClearedAlgorithm", "Mark areas released")
    GROUP, GROUP_ID = RELEASE_GROUP
    HELP = QT_TRANSLATE_NOOP(
        "MarkClearedAlgorithm",
        "Records the polygons of INPUT as released land in a project store, exactly as the "
        "mark-cleared map tool does: each polygon is intersected with the hazard areas, land "
        "already released is taken out (a hectare is never counted twice), the rest is split by "
        "task and at district boundaries, and slivers under 1 m² are dropped. Hazards' remaining "
        "area and status (open, worked on, closed) and tasks' status follow. All of it is stored "
        "in one transaction: if anything fails, nothing changes.")
    EXPLAINS_STORE = True
    PARAMETERS_HELP = QT_TRANSLATE_NOOP(
        "MarkClearedAlgorithm",
        "METHOD: cleared, reduced or cancelled. TECHNIQUE: manual, "
        "mechanical or mdd. DATE: YYYY-MM-DD. TASK_ID (optional): the task the work belongs to; "
        "land outside it is left out. TOLERANCE (m², default 1): pieces smaller than this are not "
        "stored, and a hazard or task with less than this left is closed. SUBMIT (default false; "
        "always for an operator of a PostGIS store): the polygons wait for review instead "
        "(demining:review), and are released, against the land released by then, when approved. "
        "Outputs ADDED_HA (true ellipsoidal hectares), ADDED_COUNT (released polygons stored) and "
        "SUBMISSION.")

    def initAlgorithm(self, config=None):
        self.addParameter(store_parameter())
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Areas released"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum(
            "METHOD", self.tr("Release method"), options=list(RELEASE_METHOD.codes), defaultValue="cleared",
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterEnum(
            "TECHNIQUE", self.tr("Technique"), options=list(TECHNIQUE.codes), optional=True,
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString("ORGANISATION", self.tr("Organisation"), optional=True))
        self.addParameter(QgsProcessingParameterString("TEAM", self.tr("Team"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "DATE", self.tr("Release date (YYYY-MM-DD)"), defaultValue=datetime.date.today().isoformat()))
        self.addParameter(QgsProcessingParameterNumber(
            "DEPTH", self.tr("Clearance depth (cm)"), QgsProcessingParameterNumber.Integer, optional=True,
            minValue=0, maxValue=500))
        self.addParameter(QgsProcessingParameterString("TASK_ID", self.tr("Task ID"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "TOLERANCE", self.tr("Slivers and remainders smaller than this are ignored (m²)"),
            QgsProcessingParameterNumber.Double, DEFAULT_TOLERANCE_M2, minValue=0, maxValue=10000))
        self.addParameter(QgsProcessingParameterBoolean(
            "SUBMIT", self.tr("Submit for review instead of storing (a data manager approves it)"), False))
        self.addOutput(QgsProcessingOutputNumber("ADDED_HA", self.tr("Hectares added")))
        self.addOutput(QgsProcessingOutputNumber("ADDED_COUNT", self.tr("Released polygons added")))
        self.addOutput(QgsProcessingOutputString("SUBMISSION", self.tr("Submission waiting for review")))

    def compute(self, parameters, context, feedback):
        store = self.store(parameters, context)
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.tr("INPUT is not a polygon layer that can be read."))
        depth = parameters.get("DEPTH")
        details = ReleaseDetails(
            method=self.parameterAsEnumString(parameters, "METHOD", context),
            technique=self.parameterAsEnumString(parameters, "TECHNIQUE", context) or None,
            organisation=self.parameterAsString(parameters, "ORGANISATION", context),
            team=self.parameterAsString(parameters, "TEAM", context),
            released_on=_parse_date(self.parameterAsString(parameters, "DATE", context)),
            depth_cm=None if depth in (None, "") else self.parameterAsInt(parameters, "DEPTH", context),
            task_id=self.parameterAsString(parameters, "TASK_ID", context).strip() or None,
        )
        details.check()
        tolerance = self.parameterAsDouble(parameters, "TOLERANCE", context)
        features = []
        for feature in _all_features(source):
            if feature.hasGeometry():
                features.append((feature.id(), feature.geometry()))
            else:
                feedback.reportError(self.tr("Feature {} has no geometry; skipped.").format(feature.id()))
        if self.parameterAsBoolean(parameters, "SUBMIT", context) or store.must_submit():
            from ..core.store.submissions import submit_release

            submission = submit_release(store, [g for _, g in features], source.sourceCrs(), details, tolerance)
            feedback.pushInfo(self.tr("Nothing was stored yet: {0} polygons wait for review as submission {1}; they "
                                      "are clipped against the released land of the moment they are approved.").format(
                len(features), submission))
            return {"ADDED_HA": 0.0, "ADDED_COUNT": 0, "SUBMISSION": submission}
        total = max(1, len(features))
        done = []

        def heard(label, plan):
            done.append(label)
            (feedback.pushInfo if plan.pieces else feedback.reportError)(
                self.tr("Feature {}: {}").format(label, plan.summary(details.method)))
            feedback.setProgress(100 * len(done) / total)

        added_ha, added_count = mark_all_released(store, features, source.sourceCrs(), details, tolerance, heard,
                                                  feedback.isCanceled)
        return {"ADDED_HA": added_ha, "ADDED_COUNT": added_count, "SUBMISSION": ""}


class SectoriseAlgorithm(DeminingAlgorithm):
    NAME = "sectorise"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("SectoriseAlgorithm", "Divide into sectors")
    GROUP, GROUP_ID = RELEASE_GROUP
    HELP = QT_TRANSLATE_NOOP(
        "SectoriseAlgorithm",
        "Divides each polygon of INPUT (tasks or hazard areas) into numbered sectors or lanes "
        "WIDTH metres across and LENGTH metres along the direction ANGLE (degrees clockwise from "
        "north), measured on the ground in the polygon's local UTM zone and clipped to the polygon. "
        "Sectors cover their parent exactly, with no overlap and no gap. Each sector keeps the "
        "parent's attributes and gets sector_no, sector_id (such as T-0042/07, from the parent's "
        "task_id, hazard_id or feature id) and area_ha.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Polygons to divide"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterNumber(
            "WIDTH", self.tr("Sector width (m)"), QgsProcessingParameterNumber.Double, 50.0, minValue=0.01))
        self.addParameter(QgsProcessingParameterNumber(
            "LENGTH", self.tr("Sector length (m)"), QgsProcessingParameterNumber.Double, 100.0, minValue=0.01))
        self.addParameter(QgsProcessingParameterNumber(
            "ANGLE", self.tr("Direction (degrees from north)"), QgsProcessingParameterNumber.Double, 0.0,
            minValue=-360, maxValue=360))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Sectors"),
                                                            QgsProcessing.TypeVectorPolygon))

    def compute(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.tr("INPUT is not a polygon layer that can be read."))
        width = self.parameterAsDouble(parameters, "WIDTH", context)
        length = self.parameterAsDouble(parameters, "LENGTH", context)
        angle = self.parameterAsDouble(parameters, "ANGLE", context)
        fields = QgsFields(source.fields())
        for name, kind in (("sector_no", QVariant.Int), ("sector_id", QVariant.String), ("area_ha", QVariant.Double)):
            if fields.indexOf(name) < 0:
                fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.MultiPolygon,
                                          source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        id_field = next((n for n in ("task_id", "hazard_id") if source.fields().indexOf(n) >= 0), None)
        da = distance_area(source.sourceCrs())
        total = max(1, source.featureCount())
        for number, feature in enumerate(_all_features(source), start=1):
            if feedback.isCanceled():
                break
            if not feature.hasGeometry():
                continue
            parent = feature[id_field] if id_field and feature[id_field] else str(feature.id())
            try:
                sectors = sectorise(feature.geometry(), source.sourceCrs(), width, length, angle)
            except DeminingError as error:
                raise DeminingError(self.tr("Feature {}: {}").format(parent, error)) from None
            for sector_no, geometry in sectors:
                out = QgsFeature(fields)
                for name in source.fields().names():
                    out[name] = feature[name]
                geometry.convertToMultiType()
                out.setGeometry(geometry)
                out["sector_no"] = sector_no
                out["sector_id"] = sector_id(parent, sector_no, len(sectors))
                out["area_ha"] = da.measureArea(geometry) / M2_PER_HA
                sink.addFeature(out, QgsFeatureSink.FastInsert)
            feedback.pushInfo(self.tr("{}: {} sectors").format(parent, len(sectors)))
            feedback.setProgress(100 * number / total)
        return {"OUTPUT": dest}
