"""Numbers in the user's language: thousands separator and decimal mark of the locale QGIS
set (``QLocale()``; QGIS makes its language setting the default locale).

Without a language (the ``C`` locale of a headless run) numbers are written in English
(``13,177.00``), as the reports always were.
"""

from qgis.PyQt.QtCore import QLocale


def number_locale() -> QLocale:
    locale = QLocale()
    if locale.language() == QLocale.C:
        return QLocale(QLocale.English, QLocale.UnitedStates)
    return locale


def format_number(value: float, decimals: int = 0) -> str:
    """``value`` rounded to ``decimals``, e.g. ``13,177.00`` (en), ``13 177,00`` (ru),
    ``13.177,00`` (tr, az)."""
    return number_locale().toString(float(value), "f", decimals)


def format_count(value: int) -> str:
    """A whole number, e.g. ``16,860`` (en) or ``16 860`` (ru)."""
    return format_number(int(value), 0)
