"""Numbers follow QGIS's interface language unless the user set a number locale of their
own, and units are translated: QGIS switched to Russian on an English system showed
``13,177.00`` and "cm" in the Russian interface."""

import datetime

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from demining_plugin.core import locale_format

KEYS = ("locale/userLocale", "locale/overrideFlag", "locale/globalLocale", "locale/showGroupSeparator")


@pytest.fixture
def qgis_locale(monkeypatch):
    """Set QGIS's locale settings as its options dialog writes them, and the default
    QLocale as QGIS makes it at start (the number locale, groups omitted unless shown);
    the system is English. Everything is put back afterwards."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in KEYS if settings.contains(key)}
    previous = QLocale()
    monkeypatch.setattr(locale_format, "system_locale_name", lambda: "en_US")

    def configure(language: str, numbers: str = "en_US", override: bool = True, groups: bool = True) -> None:
        settings.setValue("locale/userLocale", language)
        settings.setValue("locale/overrideFlag", override)
        settings.setValue("locale/globalLocale", numbers)
        settings.setValue("locale/showGroupSeparator", groups)
        default = QLocale(numbers if override else language)
        if not groups:
            default.setNumberOptions(default.numberOptions() | QLocale.OmitGroupSeparator)
        QLocale.setDefault(default)

    yield configure
    for key in KEYS:
        settings.remove(key)
    for key, value in saved.items():
        settings.setValue(key, value)
    QLocale.setDefault(previous)


class UnitsTranslator(QTranslator):
    """Stands for the compiled Russian file: the "Units" context only."""

    WORDS = {"cm": "см", "m": "м"}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get(source, "") if context == "Units" else ""


@pytest.fixture
def russian_units(qgis_app):
    translator = UnitsTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_russian_interface_on_an_english_system_writes_russian_numbers(qgis_locale):
    from demining_plugin.core.locale_format import format_count
    from demining_plugin.core.reports.period_report import format_ha
    from demining_plugin.gui.formatting import format_hectares

    qgis_locale("ru_RU", numbers="en_US")  # the number locale left as the options dialog offers it
    assert locale_format.format_number(13177, 2) == "13\u00a0177,00"
    assert format_ha(13177.0) == "13\u00a0177,00"
    assert format_count(16860) == "16\u00a0860"
    assert format_hectares(13177.0).startswith("13\u00a0177,00")
    assert locale_format.display_locale().toString(datetime.date(2021, 11, 22), "d MMMM yyyy") == "22 ноября 2021"


def test_the_period_report_dates_follow_the_interface_language(qgis_locale):
    from demining_plugin.core.reports.period_report import format_date

    qgis_locale("uk_UA", numbers="en_US")
    assert format_date(datetime.date(2021, 11, 22)) == "22 листопада 2021"


def test_a_number_locale_set_apart_is_followed(qgis_locale):
    qgis_locale("ru_RU", numbers="de_DE")
    assert locale_format.chosen_number_locale() == "de_DE"
    assert locale_format.format_number(13177, 2) == "13.177,00"


def test_the_group_separator_option_is_followed(qgis_locale):
    qgis_locale("ru_RU", numbers="en_US", groups=False)
    assert locale_format.format_number(13177, 2) == "13177,00"
    qgis_locale("tr_TR", numbers="en_US", groups=True)
    assert locale_format.format_count(16860) == "16.860"


def test_without_the_override_numbers_are_the_systems(qgis_locale):
    qgis_locale("az_AZ", override=False)
    assert locale_format.chosen_number_locale() == ""
    assert locale_format.format_number(13177, 2) == "13.177,00"


def test_the_interface_language_is_the_translators(qgis_locale):
    from demining_plugin import translation

    qgis_locale("tr_TR", numbers="en_US")
    assert translation.user_locale() == locale_format.interface_language() == "tr_TR"


def test_units_are_translated(russian_units):
    from demining_plugin.gui.capture_form import ItemForm
    from demining_plugin.gui.formatting import unit, unit_suffix
    from demining_plugin.gui.release_dialog import ReleaseDialog

    assert unit("cm") == "см" and unit_suffix("m") == " м"
    dialog = ReleaseDialog()
    form = ItemForm()
    try:
        assert dialog.depth.suffix() == " см"
        assert form.depth.suffix() == " см"
    finally:
        dialog.deleteLater()
        form.deleteLater()
