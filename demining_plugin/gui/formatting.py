"""Numbers as the dock shows them: QGIS numeric formats with the user's locale.

QGIS sets the default ``QLocale`` from its own language settings (including the
"show group separator" option), so formatting through ``QgsNumericFormatContext``
gives the separators the user sees everywhere else in QGIS.
"""

from qgis.core import QgsBasicNumericFormat, QgsNumericFormatContext
from qgis.PyQt.QtCore import QCoreApplication, QLocale


def _format(value: float, decimals: int) -> str:
    number_format = QgsBasicNumericFormat()
    number_format.setNumberDecimalPlaces(decimals)
    number_format.setShowTrailingZeros(True)
    omit_groups = bool(QLocale().numberOptions() & QLocale.OmitGroupSeparator)
    number_format.setShowThousandsSeparator(not omit_groups)
    return number_format.formatDouble(float(value), QgsNumericFormatContext())


def format_count(value: int) -> str:
    """A whole number, e.g. ``16,860``."""
    return _format(value, 0)


def format_hectares(value: float) -> str:
    """An area in hectares with two decimals, e.g. ``13,177.00 ha``."""
    return QCoreApplication.translate("Formatting", "{} ha").format(_format(value, 2))


def format_km(value: float) -> str:
    """A length in kilometres with one decimal, e.g. ``616.0 km``."""
    return QCoreApplication.translate("Formatting", "{} km").format(_format(value, 1))
