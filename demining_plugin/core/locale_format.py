"""Numbers and dates in the user's language.

QGIS has two settings: the interface language (``locale/userLocale``, used when
``locale/overrideFlag`` is on) and the locale of numbers, dates and currency
(``locale/globalLocale``), and makes the second the default ``QLocale``. The options
dialog fills the second with the system's locale, so a user who switches QGIS to Russian
on an English system gets Russian words with English numbers (``13,177.00 га``). The
plugin writes numbers and dates in the interface language unless the user chose a number
locale of their own (one that is not the system's); the "show group separator" option
(``locale/showGroupSeparator``) is followed either way.

Without a language (the ``C`` locale of a headless run) numbers are written in English
(``13,177.00``), as the reports always were.
"""

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QLocale

USER_LOCALE = "locale/userLocale"
OVERRIDE_FLAG = "locale/overrideFlag"
GLOBAL_LOCALE = "locale/globalLocale"
SHOW_GROUP_SEPARATOR = "locale/showGroupSeparator"


def system_locale_name() -> str:
    """The operating system's locale, e.g. ``en_US``."""
    return QLocale.system().name()


def _flag(value) -> bool:
    """A boolean QGIS setting, as QSettings may return it (``True``, ``"true"``, ``"1"``)."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def interface_language() -> str:
    """QGIS's interface language, e.g. ``ru_RU`` or ``az``: ``locale/userLocale`` (QGIS
    writes the system's locale there when the user chose none), else the default locale."""
    return str(QgsSettings().value(USER_LOCALE, "") or "") or QLocale().name()


def chosen_number_locale() -> str:
    """The number locale the user set apart from the interface language, or ``""``."""
    settings = QgsSettings()
    if not _flag(settings.value(OVERRIDE_FLAG, False)):
        return ""
    chosen = str(settings.value(GLOBAL_LOCALE, "") or "")
    # The options dialog offers the system's locale until the user picks another one.
    return chosen if chosen and chosen != system_locale_name() else ""


def display_locale() -> QLocale:
    """The locale of the numbers and dates the plugin writes (see the module's text)."""
    settings = QgsSettings()
    default = QLocale()
    if _flag(settings.value(OVERRIDE_FLAG, False)):
        locale = QLocale(chosen_number_locale() or interface_language())
    else:
        locale = QLocale(default)
    if locale.language() == QLocale.C:
        locale = QLocale(QLocale.English, QLocale.UnitedStates)
        show_groups = True
    else:
        show_groups = not default.numberOptions() & QLocale.OmitGroupSeparator
    if settings.contains(SHOW_GROUP_SEPARATOR):
        show_groups = _flag(settings.value(SHOW_GROUP_SEPARATOR, False))
    options = locale.numberOptions()
    if show_groups:
        options &= ~QLocale.OmitGroupSeparator
    else:
        options |= QLocale.OmitGroupSeparator
    locale.setNumberOptions(options)
    return locale


#: The same locale, under the name the number formatting has always used.
number_locale = display_locale


def format_number(value: float, decimals: int = 0) -> str:
    """``value`` rounded to ``decimals``, e.g. ``13,177.00`` (en), ``13 177,00`` (ru),
    ``13.177,00`` (tr, az)."""
    return display_locale().toString(float(value), "f", decimals)


def format_count(value: int) -> str:
    """A whole number, e.g. ``16,860`` (en) or ``16 860`` (ru)."""
    return format_number(int(value), 0)
