"""``demining:traverse``: a minefield record's turning-point table run on the ground."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QVariant

from ..core.errors import DeminingError
from ..core.geo.crs import wgs84
from ..core.model.values import is_null
from ..core.records.traverse import NORTHS, UNITS, Leg, compute_traverse
from .base import MINE_MAPS_GROUP, DeminingAlgorithm

translate = QCoreApplication.translate

_REQUIRED_FIELDS = ("point_no", "bearing", "distance_m")


def _number(value, feature_no: int, name: str) -> float:
    """A table cell as a float, or a message naming the row and column."""
    if is_null(value):
        raise DeminingError(translate("TraverseAlgorithm", "Row {feature_no}: {name} is empty.").format(
            feature_no=feature_no, name=name))
    try:
        return float(value)
    except (TypeError, ValueError):
        raise DeminingError(translate(
            "TraverseAlgorithm", "Row {feature_no}: {name} '{value}' is not a number.").format(
                feature_no=feature_no, name=name, value=value)) from None


class TraverseAlgorithm(DeminingAlgorithm):
    NAME = "traverse"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("TraverseAlgorithm", "Minefield record traverse")
    GROUP, GROUP_ID = MINE_MAPS_GROUP
    HELP = QT_TRANSLATE_NOOP(
        "TraverseAlgorithm",
        "Runs a minefield record's turning points (bearing and distance from the previous point) "
        "on the ground, on the WGS84 ellipsoid, from a start point, and closes the record.\n\n"
        "INPUT: a table with point_no, bearing and distance_m (ground metres), in point_no order. "
        "START_POINT: the reference point, in any CRS. BEARING_UNIT: degrees, mils6400 (NATO) or "
        "mils6000 (Warsaw Pact). NORTH: true, grid (north of the start point's UTM zone) or magnetic, "
        "which needs DECLINATION in degrees, east positive.\n\n"
        "OUTPUT: the record polygon (EPSG:4326) with misclosure_m, misclosure_ratio (perimeter / "
        "misclosure), perimeter_m and area_ha. MISCLOSURE_M: the distance from the last computed point "
        "back to the start. AREA_HA: the polygon's true (ellipsoidal) area in hectares.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", self.tr("Turning points (point_no, bearing, distance_m)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterPoint("START_POINT", self.tr("Start (reference) point")))
        self.addParameter(QgsProcessingParameterEnum(
            "BEARING_UNIT", self.tr("Bearing unit"), options=list(UNITS), defaultValue="degrees",
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterEnum(
            "NORTH", self.tr("North reference"), options=list(NORTHS), defaultValue="true",
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterNumber(
            "DECLINATION", self.tr("Magnetic declination (degrees, east positive)"),
            QgsProcessingParameterNumber.Double, optional=True, minValue=-180.0, maxValue=180.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Minefield record"), QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber("MISCLOSURE_M", self.tr("Misclosure (m)")))
        self.addOutput(QgsProcessingOutputNumber("AREA_HA", self.tr("Area (ha)")))

    def compute(self, parameters, context, feedback) -> dict:
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise DeminingError(translate("TraverseAlgorithm", "INPUT: the turning-point table cannot be read."))
        names = source.fields().names()
        missing = [name for name in _REQUIRED_FIELDS if name not in names]
        if missing:
            raise DeminingError(translate(
                "TraverseAlgorithm", "INPUT has no column {missing}; it needs {required}.").format(
                    missing=', '.join(missing), required=', '.join(_REQUIRED_FIELDS)))

        geographic = wgs84()
        start = self.parameterAsPoint(parameters, "START_POINT", context, geographic)
        unit = self.parameterAsEnumString(parameters, "BEARING_UNIT", context)
        north = self.parameterAsEnumString(parameters, "NORTH", context)
        declination = None
        if parameters.get("DECLINATION") not in (None, ""):
            declination = self.parameterAsDouble(parameters, "DECLINATION", context)

        legs = []
        for row, feature in enumerate(source.getFeatures(), start=1):
            point_no = _number(feature["point_no"], row, "point_no")
            legs.append(Leg(int(point_no), _number(feature["bearing"], row, "bearing"),
                            _number(feature["distance_m"], row, "distance_m")))
        legs.sort(key=lambda leg: leg.point_no)
        numbers = [leg.point_no for leg in legs]
        duplicates = sorted({n for n in numbers if numbers.count(n) > 1})
        if duplicates:
            raise DeminingError(translate(
                "TraverseAlgorithm", "INPUT: point_no {duplicates} appears more than once.").format(
                    duplicates=', '.join(map(str, duplicates))))

        traverse = compute_traverse(start.x(), start.y(), legs, unit, north, declination, closed=True)
        feedback.pushInfo(self.tr("Misclosure {0:.3f} m ({1}); area {2:.4f} ha").format(
            traverse.misclosure_m, traverse.ratio_text, traverse.area_ha))

        fields = QgsFields()
        fields.append(QgsField("misclosure_m", QVariant.Double))
        fields.append(QgsField("misclosure_ratio", QVariant.Double))
        fields.append(QgsField("perimeter_m", QVariant.Double))
        fields.append(QgsField("area_ha", QVariant.Double))
        sink, sink_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Polygon, geographic)
        ratio = traverse.misclosure_ratio
        feature = QgsFeature(fields)
        feature.setGeometry(traverse.polygon)
        feature.setAttributes([traverse.misclosure_m, ratio if ratio != float("inf") else None,
                               traverse.perimeter_m, traverse.area_ha])
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return {"OUTPUT": sink_id, "MISCLOSURE_M": traverse.misclosure_m, "AREA_HA": traverse.area_ha}
