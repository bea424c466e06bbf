"""Numbers and units as the docks and dialogs show them.

Numbers follow ``core.locale_format.display_locale()``: QGIS's interface language unless
the user set a number locale of their own, with QGIS's "show group separator" option.
Units are translatable words ("cm" is "см" in Russian and Ukrainian, "sm" in Azerbaijani).
"""

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.locale_format import format_number

#: The units the plugin writes, by code; the texts are translated in the context "Units".
UNITS = {
    "cm": QT_TRANSLATE_NOOP("Units", "cm"),
    "m": QT_TRANSLATE_NOOP("Units", "m"),
}


def unit(code: str) -> str:
    """The unit ``code`` ("cm", "m") in the user's language."""
    return QCoreApplication.translate("Units", UNITS[code])


def unit_suffix(code: str) -> str:
    """A spin box suffix: a space and the unit, e.g. ``" cm"`` (``" см"`` in Russian)."""
    return " " + unit(code)


def format_hectares(value: float) -> str:
    """An area in hectares with two decimals, e.g. ``13,177.00 ha``."""
    return QCoreApplication.translate("Formatting", "{} ha").format(format_number(value, 2))


def format_km(value: float) -> str:
    """A length in kilometres with one decimal, e.g. ``616.0 km``."""
    return QCoreApplication.translate("Formatting", "{} km").format(format_number(value, 1))
