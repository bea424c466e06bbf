"""``demining:minemapaccuracy``: how accurate supplied minefield records are, record by record."""

import math

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QVariant

from ..core.errors import CancelledError
from ..core.geo.measure import distance_area
from ..core.records.accuracy import mine_map_accuracy
from ..core.records.fit import DEFAULT_MAX_OFFSET_M, DEFAULT_TOLERANCE_M
from .base import MINE_MAPS_GROUP, DeminingAlgorithm

#: Per-record table columns: (name, type).
RECORD_FIELDS = (
    ("record_id", QVariant.String), ("n_mapped", QVariant.Int), ("n_judged", QVariant.Int),
    ("n_found_in_area", QVariant.Int), ("matched", QVariant.Int), ("recall", QVariant.Double),
    ("precision", QVariant.Double), ("fit", QVariant.String), ("fit_pairs", QVariant.Int),
    ("dx", QVariant.Double), ("dy", QVariant.Double), ("rotation_deg", QVariant.Double),
    ("scale", QVariant.Double), ("rmse_before", QVariant.Double), ("rmse_after", QVariant.Double),
    ("matched_corrected", QVariant.Int), ("recall_corrected", QVariant.Double), ("utm_epsg", QVariant.Int),
    ("note", QVariant.String),
)

#: Start of the note of a record with no item anywhere near: summed up in one log line.
NOTHING_NEAR = "No found item near the record"

OVERALL_OUTPUTS = ("RECALL", "PRECISION", "DX", "DY", "ROTATION_DEG", "SCALE", "RMSE_BEFORE", "RMSE_AFTER")


def record_row(record) -> list:
    """One record's figures in ``RECORD_FIELDS`` order."""
    return [record.record_id, record.n_mapped, record.n_judged, record.n_found_in_area, record.matched,
            record.recall, record.precision, record.fit_kind, record.fit_pairs, record.dx, record.dy,
            record.rotation_deg, record.scale, record.rmse_before, record.rmse_after, record.matched_corrected,
            record.recall_corrected, record.epsg, record.note or None]


class MineMapAccuracyAlgorithm(DeminingAlgorithm):
    NAME = "minemapaccuracy"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("MineMapAccuracyAlgorithm", "Mine map accuracy")
    GROUP, GROUP_ID = MINE_MAPS_GROUP
    HELP = QT_TRANSLATE_NOOP(
        "MineMapAccuracyAlgorithm",
        "How accurate supplied minefield records are, judged against the items found, record by record, "
        "measured in metres in each record's local UTM zone.\n\n"
        "MAPPED: the records' mapped mines (points). FOUND: the items found (points). RECORDS (optional): "
        "the record polygons; mapped mines belong to a record by record_id when both layers have that field, "
        "otherwise by lying inside it. Without RECORDS the mapped mines are grouped by record_id. "
        "SEARCHED (optional): the land searched so far (the cleared land); only mapped mines in it are "
        "judged, since a mine in land nobody has searched can be neither confirmed nor refuted. "
        "TOLERANCE: metres (default 10). MAX_OFFSET: how far a record may be off and still be matched "
        "(default 100 m).\n\n"
        "Recall: share of the judged mapped mines with a found item within the tolerance (each item counts "
        "for one mine at most, closest pairs first). Precision: share of the found items inside the record's "
        "area that were matched to one of its mines. Fit: a robust similarity transform from the record to "
        "the items: dx, dy (metres east and north, of the record's centre), rotation_deg (clockwise, about "
        "the centre) and scale; found even when the record is off by more than the tolerance. RMSE before "
        "and after: root mean square distance of the fitted pairs. Fewer than 3 pairs give a shift only; "
        "none, no fit (the note column says why).\n\n"
        "OUTPUT: a table, one row per record. CORRECTED (optional): the mapped mines with the fit applied. "
        "RECALL, PRECISION: pooled over all records; DX, DY, ROTATION_DEG, SCALE: mean over the fitted "
        "records, weighted by their pairs; RMSE_BEFORE, RMSE_AFTER: pooled over all pairs.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "MAPPED", self.tr("Mapped mines (points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "FOUND", self.tr("Items found (points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "RECORDS", self.tr("Minefield records (polygons)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SEARCHED", self.tr("Land searched so far (polygons)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "TOLERANCE", self.tr("Tolerance (m)"), QgsProcessingParameterNumber.Double,
            defaultValue=DEFAULT_TOLERANCE_M, minValue=0.01))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_OFFSET", self.tr("Largest offset looked for (m)"), QgsProcessingParameterNumber.Double,
            defaultValue=DEFAULT_MAX_OFFSET_M, minValue=0.01))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Record accuracy"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "CORRECTED", self.tr("Corrected mapped mines"), QgsProcessing.TypeVectorPoint, optional=True,
            createByDefault=False))
        names = {"RECALL": self.tr("Recall"), "PRECISION": self.tr("Precision"), "DX": self.tr("Shift east (m)"),
                 "DY": self.tr("Shift north (m)"), "ROTATION_DEG": self.tr("Rotation (degrees, clockwise)"),
                 "SCALE": self.tr("Scale"), "RMSE_BEFORE": self.tr("RMSE before the fit (m)"),
                 "RMSE_AFTER": self.tr("RMSE after the fit (m)")}
        for key in OVERALL_OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(key, names[key]))

    def _input(self, parameters, name: str, context):
        """The whole layer when the whole layer is meant (fast reading), else the feature source."""
        if parameters.get(name) in (None, ""):
            return None
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        definition = parameters.get(name)
        if isinstance(definition, QgsProcessingFeatureSourceDefinition) and (
                definition.selectedFeaturesOnly or definition.featureLimit not in (-1, None)):
            return source
        layer = self.parameterAsVectorLayer(parameters, name, context)
        return layer if layer is not None else source

    def compute(self, parameters, context, feedback):
        mapped = self._input(parameters, "MAPPED", context)
        found = self._input(parameters, "FOUND", context)
        records = self._input(parameters, "RECORDS", context)
        searched = self._input(parameters, "SEARCHED", context)
        tolerance = self.parameterAsDouble(parameters, "TOLERANCE", context)
        max_offset = self.parameterAsDouble(parameters, "MAX_OFFSET", context)
        try:
            result = mine_map_accuracy(mapped, found, records, searched, tolerance, max(max_offset, tolerance),
                                       progress=lambda v: feedback.setProgress(0.9 * v),
                                       is_canceled=feedback.isCanceled)
        except CancelledError:
            raise QgsProcessingException(self.tr("Cancelled.")) from None
        for warning in result.warnings:
            feedback.reportError(warning, False)

        fields = QgsFields()
        for name, kind in RECORD_FIELDS:
            fields.append(QgsField(name, kind, len=254 if kind == QVariant.String else 0))
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        for record in result.records:
            feature = QgsFeature(fields)
            feature.setAttributes(record_row(record))
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, "OUTPUT"))
            if record.note and not record.note.startswith(NOTHING_NEAR):
                feedback.pushInfo(f"{record.record_id}: {record.note}")
        lonely = sum(1 for r in result.records if (r.note or "").startswith(NOTHING_NEAR))
        if lonely:
            feedback.pushInfo(self.tr("{n} records have no found item anywhere near them (no fit).").format(n=lonely))
        outputs = {"OUTPUT": dest_id}
        if parameters.get("CORRECTED") not in (None, ""):
            corrected_id = self._write_corrected(parameters, context, feedback, result)
            if corrected_id is not None:
                outputs["CORRECTED"] = corrected_id
        overall = result.overall
        outputs.update({key: overall[key] for key in OVERALL_OUTPUTS})
        feedback.pushInfo(self._summary(result, overall))
        feedback.setProgress(100)
        return outputs

    def _summary(self, result, overall) -> str:
        def percent(value):
            return "-" if value is None else f"{100 * value:.1f}%"

        fitted = overall["PAIRS"]
        text = self.tr("{n} records; {matched:,} of {judged:,} judged mapped mines matched within {tol:g} m "
                       "(recall {recall}); precision {precision}.").format(
            n=len(result.records), matched=overall["MATCHED"], judged=overall["JUDGED"], tol=result.tolerance,
            recall=percent(overall["RECALL"]), precision=percent(overall["PRECISION"]))
        if fitted:
            text += " " + self.tr("Fit on {pairs:,} pairs: shift {dx:+.2f} m east, {dy:+.2f} m north, rotation "
                                  "{rot:+.3f} degrees, scale {scale:.4f}; RMSE {before:.2f} m before, {after:.2f} m "
                                  "after.").format(
                pairs=fitted, dx=overall["DX"], dy=overall["DY"], rot=overall["ROTATION_DEG"],
                scale=overall["SCALE"], before=overall["RMSE_BEFORE"], after=overall["RMSE_AFTER"])
        return text

    def _write_corrected(self, parameters, context, feedback, result):
        mapped = self.parameterAsSource(parameters, "MAPPED", context)
        fields = QgsFields(mapped.fields())
        extra = [("acc_record", QVariant.String), ("corrected", QVariant.Int), ("shift_m", QVariant.Double)]
        for name, kind in extra:
            fields.append(QgsField(name, kind))
        sink, sink_id = self.parameterAsSink(parameters, "CORRECTED", context, fields, QgsWkbTypes.Point,
                                             result.mapped_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "CORRECTED"))
        order = np.argsort(result.mapped_fids, kind="stable")
        sorted_fids = result.mapped_fids[order]
        record_ids = [r.record_id for r in result.records]
        measure = distance_area(result.mapped_crs)
        for feature in mapped.getFeatures(QgsFeatureRequest()):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled."))
            at = np.searchsorted(sorted_fids, feature.id())
            if at >= len(sorted_fids) or sorted_fids[at] != feature.id():
                continue
            row = int(order[at])
            x, y = float(result.corrected_x[row]), float(result.corrected_y[row])
            if not (math.isfinite(x) and math.isfinite(y)):
                continue
            record = int(result.record_of_mapped[row])
            geometry = feature.geometry()
            shift = None
            if result.corrected[row] and geometry is not None and not geometry.isNull():
                shift = measure.measureLine(geometry.asPoint(), QgsPointXY(x, y))
            out = QgsFeature(fields)
            out.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            out.setAttributes(feature.attributes() + [record_ids[record] if record >= 0 else None,
                                                      int(bool(result.corrected[row])), shift])
            if not sink.addFeature(out, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, "CORRECTED"))
        return sink_id

