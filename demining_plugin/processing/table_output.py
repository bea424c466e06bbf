"""The OUTPUT sink of an algorithm that returns a table: columns and rows in, features out."""

import datetime

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QVariant

#: The kinds a column may have: (field type, length, precision).
COLUMN_KINDS = {
    "text": (QVariant.String, 254, 0),
    "int": (QVariant.Int, 0, 0),
    "real": (QVariant.Double, 0, 0),
    "date": (QVariant.Date, 0, 0),
    # Hectares written with a fixed width and six decimals (a square centimetre).
    "hectares": (QVariant.Double, 20, 6),
}


def write_table(algorithm, parameters, context, columns, rows, wkb_type=QgsWkbTypes.NoGeometry,
                crs=None, geometries=None):
    """Rows (lists of values in ``columns`` order, ``(name, kind)`` pairs with a kind of
    ``COLUMN_KINDS``) to the OUTPUT sink of ``algorithm``; its destination id."""
    fields = QgsFields()
    for name, kind in columns:
        field_type, length, precision = COLUMN_KINDS[kind]
        fields.append(QgsField(name, field_type, len=length, prec=precision))
    sink, dest_id = algorithm.parameterAsSink(parameters, "OUTPUT", context, fields, wkb_type,
                                              crs or QgsCoordinateReferenceSystem())
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, "OUTPUT"))
    for k, row in enumerate(rows):
        feature = QgsFeature(fields)
        feature.setAttributes([QDate(v) if isinstance(v, datetime.date) else v for v in row])
        if geometries is not None:
            feature.setGeometry(geometries[k])
        if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(algorithm.writeFeatureError(sink, parameters, "OUTPUT"))
    return dest_id
