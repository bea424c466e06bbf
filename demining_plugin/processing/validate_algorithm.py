"""``demining:validate``: every data check of ``core/checks/validate.py`` as a findings layer."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QVariant

from ..core.checks.rules import RULES
from ..core.checks.validate import validate_store
from ..settings import REQUIRE_INSPECTION
from .base import STORE_GROUP, DeminingAlgorithm
from .store_parameter import store_parameter

#: Fields of the findings layer, in order.
FINDING_FIELDS = (("severity", QVariant.String), ("layer", QVariant.String), ("feature_id", QVariant.String),
                  ("rule", QVariant.String), ("message", QVariant.String), ("fix", QVariant.String))


class ValidateStoreAlgorithm(DeminingAlgorithm):
    EXPLAINS_STORE = True
    NAME = "validate"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ValidateStoreAlgorithm", "Check store data")
    GROUP, GROUP_ID = STORE_GROUP
    HELP = QT_TRANSLATE_NOOP(
        "ValidateStoreAlgorithm",
        "Checks every layer of a project store and writes one point per finding (where the "
        "problem is: the error's place, or a point on the feature) with its severity (error or "
        "warning), layer, feature identifier, rule and message. Rules: invalid or self-"
        "intersecting geometry, missing geometry, fewer than 3 distinct vertices, duplicate "
        "consecutive vertices, vertices more than 5 km apart, released land overlapping other "
        "released land, released land outside its hazard, released area larger than its hazard, "
        "stored area_ha more than 1% off the ellipsoidal area, items found outside every task and "
        "released area, dates in the future or end before start, coordinates outside the "
        "regions' extent or apparently swapped, missing, duplicate or padded identifiers, links "
        "to features that do not exist, closed hazards with area remaining, and CHAs without "
        "evidence in the store (no item found, accident, mapped mine, record point or minefield "
        "record inside them). Nothing in the store is changed.\n\n"
        "OUTPUT: the findings. N_FINDINGS: how many.")

    def initAlgorithm(self, config=None):
        self.addParameter(store_parameter())
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Findings"), QgsProcessing.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber("N_FINDINGS", self.tr("Number of findings")))
        self.addOutput(QgsProcessingOutputNumber("N_ERRORS", self.tr("Number of errors")))

    def compute(self, parameters, context, feedback):
        store = self.store(parameters, context)
        fields = QgsFields()
        for name, kind in FINDING_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Point, store.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        findings = validate_store(store, progress=feedback.setProgress, is_canceled=feedback.isCanceled,
                                  require_inspection=REQUIRE_INSPECTION.value())
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled."))
        for finding in findings:
            out = QgsFeature(fields)
            out.setAttributes([finding.severity, finding.layer, finding.feature_id, finding.rule,
                               finding.message, finding.fix])
            if finding.location is not None:
                out.setGeometry(QgsGeometry.fromPointXY(finding.location))
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        errors = sum(1 for f in findings if f.severity == "error")
        by_rule = {}
        for finding in findings:
            by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
        for rule, count in sorted(by_rule.items()):
            title = QCoreApplication.translate("Validate", RULES[rule].title)
            feedback.pushInfo(self.tr("{}: {}").format(title, count))
        feedback.pushInfo(self.tr("{} findings, {} errors.").format(len(findings), errors))
        return {"OUTPUT": dest, "N_FINDINGS": len(findings), "N_ERRORS": errors}
