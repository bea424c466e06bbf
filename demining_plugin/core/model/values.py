"""QGIS attribute values as plain Python values: the one test for an empty value (NULL)
and the one conversion of a QGIS value for writing or comparing."""

from typing import Any

from qgis.PyQt.QtCore import QDate, QDateTime


def is_null(value: Any) -> bool:
    """True for None, QGIS's NULL (a null ``QVariant``) and an empty Qt value (a null ``QDate``...)."""
    return value is None or (hasattr(value, "isNull") and value.isNull())


def plain_qgis_value(value: Any) -> Any:
    """A QGIS attribute value as a plain Python value (NULL -> None, QDate -> date, QDateTime ->
    datetime); anything else as it is."""
    if is_null(value):
        return None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    return value
