"""Translations: the .ts files are complete and in step with the code; with QGIS set to
Azerbaijani, Turkish, Russian or Ukrainian the plugin shows its dock, its messages and
the period report in that language, with the locale's numbers and dates; unload takes
the translator away again."""

import re
import shutil
import subprocess
import sys

import pytest
from qgis.core import Qgis, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale

from tests import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "i18n"))

import tslib  # noqa: E402
from ts_fill import placeholders  # noqa: E402

LANGUAGES = tslib.LANGUAGES
#: QGIS locale names as users have them; the plugin ships language-only files.
QGIS_LOCALES = {"az": "az_AZ", "tr": "tr_TR", "ru": "ru_RU", "uk": "uk_UA"}
WEEK = ("2021-11-22", "2021-11-27")


def ts_translations(language: str) -> dict:
    return {key: m.translation for key, m in tslib.TsFile(tslib.ts_path(language)).by_key().items()}


# --- the .ts files against the code --------------------------------------------------------

@pytest.fixture(scope="module")
def code_strings():
    strings, problems = tslib.scan_code()
    return strings, problems


def test_every_translated_string_of_the_code_is_in_a_form_pylupdate5_collects(code_strings):
    strings, problems = code_strings
    assert [str(p) for p in problems] == []
    collected = tslib.pylupdate_keys()
    not_collected = [f"{s.path}:{s.line} [{s.context}] {s.source!r}" for s in strings
                     if (s.context, s.source) not in collected]
    assert not_collected == [], "pylupdate5 misses these (trailing comma or line break before ')'?)"
    assert len(collected) > 400


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_is_complete_and_has_nothing_obsolete(language, code_strings):
    strings, _ = code_strings
    status = tslib.language_status(language, strings)
    assert [(m.context, m.source) for m in status.unfinished] == []
    assert [(m.context, m.source) for m in status.obsolete] == []
    assert [(s.context, s.source, f"{s.path}:{s.line}") for s in status.missing] == []
    # Nothing in the file that the code no longer translates (make i18n drops it).
    in_code = {(s.context, s.source) for s in strings}
    assert sorted(set(ts_translations(language)) - in_code) == []
    assert tslib.TsFile(tslib.ts_path(language)).language == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_of_the_source(language):
    """A translation without {n} or with a {name} the code does not pass breaks .format()."""
    wrong = [(context, source, text) for (context, source), text in ts_translations(language).items()
             if placeholders(source) != placeholders(text)]
    assert wrong == []


def test_status_tool_reports_an_unfinished_entry_and_fill_tool_fills_it(tmp_path, monkeypatch):
    """The final pass: ts_status lists what is untranslated, ts_fill merges a JSON file."""
    import ts_fill

    ts = tmp_path / "demining_plugin_ru.ts"
    shutil.copy(tslib.ts_path("ru"), ts)
    monkeypatch.setattr(tslib, "I18N_DIR", tmp_path)
    file = tslib.TsFile(ts)
    message = file.by_key()[("DeminingDock", "Headline figures")]
    message.element.find("translation").text = ""
    message.element.find("translation").set("type", "unfinished")
    file.write()
    strings, _ = tslib.scan_code()
    status = tslib.language_status("ru", strings)
    assert [(m.context, m.source) for m in status.unfinished] == [("DeminingDock", "Headline figures")]

    fill = tmp_path / "fill.json"
    fill.write_text('{"ru": {"DeminingDock": {"Headline figures": "Главные показатели", '
                    '"No such source": "x"}}}', encoding="utf-8")
    assert ts_fill.main([str(fill)]) == 1  # the unknown source is reported
    status = tslib.language_status("ru", strings)
    assert status.unfinished == []
    assert tslib.TsFile(ts).by_key()[("DeminingDock", "Headline figures")].translation == "Главные показатели"


# --- the plugin in each language ---------------------------------------------------------------

@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    """The .qm files as `make package` builds them (lrelease)."""
    folder = tmp_path_factory.mktemp("qm")
    for language in LANGUAGES:
        subprocess.run(["lrelease", "-silent", str(tslib.ts_path(language)), "-qm",
                        str(folder / f"demining_plugin_{language}.qm")], check=True)
    return folder


@pytest.fixture
def qgis_language(compiled, monkeypatch):
    """Set QGIS's language (locale/userLocale and the default QLocale, as QGIS does at start);
    restores both afterwards."""
    from demining_plugin import translation

    monkeypatch.setattr(translation, "TRANSLATION_FOLDERS", (compiled,))
    settings = QgsSettings()
    previous_setting = settings.value("locale/userLocale", "")
    previous_locale = QLocale()

    def set_language(locale_name: str) -> None:
        settings.setValue("locale/userLocale", locale_name)
        QLocale.setDefault(QLocale(locale_name))

    yield set_language
    settings.setValue("locale/userLocale", previous_setting)
    QLocale.setDefault(previous_locale)


@pytest.fixture
def iface(qgis_iface, monkeypatch):
    """The plugin's docks and toolbar on the real main window (see test_plugin_lifecycle)."""
    main_window = qgis_iface.mainWindow()
    attributes = vars(qgis_iface)
    monkeypatch.setitem(attributes, "addDockWidget", main_window.addDockWidget)
    monkeypatch.setitem(attributes, "removeDockWidget", main_window.removeDockWidget)
    monkeypatch.setitem(attributes, "addToolBar", main_window.addToolBar)
    monkeypatch.setitem(attributes, "registerCustomDropHandler", lambda handler: None)
    monkeypatch.setitem(attributes, "unregisterCustomDropHandler", lambda handler: None)
    qgis_iface.messageBar().clear_messages()
    return qgis_iface


@pytest.mark.parametrize("language", LANGUAGES)
def test_plugin_speaks_the_language_of_qgis_and_forgets_it_on_unload(language, qgis_language, iface,
                                                                    qgis_new_project):
    import demining_plugin

    expected = ts_translations(language)
    qgis_language(QGIS_LOCALES.get(language, language))  # az_AZ falls back to the az file
    plugin = demining_plugin.classFactory(iface)
    plugin.initGui()
    try:
        assert plugin.translator is not None
        dock_title = expected[("DeminingDock", "Demining")]
        assert plugin.dock.windowTitle() == dock_title != "Demining"
        assert plugin.clearance_dock.windowTitle() == expected[("ClearanceDock", "Clearance")] != "Clearance"
        assert plugin.actions["report"].text() == expected[("DeminingPlugin", "Period Report…")]
        assert plugin.menu.title() == expected[("DeminingPlugin", "&Demining")]

        # A message: the drawing tool without a store says so in the message bar.
        plugin.release.activate_tool()
        warnings = iface.messageBar().get_messages(Qgis.Warning)
        message = expected[("ReleaseController", "Open or create a store first (Demining dock).")]
        assert any(message in text for text in warnings), warnings
        assert message != "Open or create a store first (Demining dock)."

        # Form labels of the data model (value maps, aliases) come from the Schema context.
        from demining_plugin.core.model.schema import REGIONS, RELEASE_METHOD
        assert RELEASE_METHOD.display_label("cleared") == expected[("Schema", "Cleared (clearance)")]
        assert RELEASE_METHOD.label("cleared") == "Cleared (clearance)"  # stored/neutral text unchanged
        assert QCoreApplication.translate("Schema", REGIONS.title) == expected[("Schema", "Districts")]
    finally:
        plugin.unload()
    assert plugin.translator is None
    assert QCoreApplication.translate("DeminingDock", "Demining") == "Demining"


def test_no_translator_for_a_language_without_translation(qgis_language):
    from demining_plugin import translation

    qgis_language("fr_FR")
    assert translation.load_translator(translation.user_locale()) is None
    assert translation.load_translator("en_GB") is None


# --- period report and numbers -------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_totals(demo_copy):
    from demining_plugin.core.reports.totals import store_totals
    from demining_plugin.core.store import open_store

    return store_totals(open_store(str(demo_copy)))


@pytest.fixture
def translator_for(compiled):
    """Installs the compiled translator of a language; removed afterwards."""
    from demining_plugin import translation

    installed = []

    def install(language: str):
        translator = translation.load_translator(QGIS_LOCALES.get(language, language), [compiled])
        assert translator is not None
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def _pattern(template: str, known: dict) -> str:
    """A regular expression for ``template`` with the ``known`` fields filled in and any
    other field matching anything."""
    pieces = re.split(r"(\{\w+\})", template)
    out = []
    for piece in pieces:
        name = piece[1:-1] if piece.startswith("{") else None
        if name is None:
            out.append(re.escape(piece))
        elif name in known:
            out.append(re.escape(known[name]))
        else:
            out.append(".+")
    return "^" + "".join(out) + "$"


@pytest.mark.parametrize("language", LANGUAGES)
def test_period_report_sentences_in_each_language(language, demo_totals, translator_for, qgis_language):
    from demining_plugin.core.reports.period_report import period_report

    expected = ts_translations(language)
    qgis_language(QGIS_LOCALES.get(language, language))
    translator_for(language)
    locale = QLocale(QGIS_LOCALES.get(language, language))
    report = period_report(demo_totals, *WEEK)

    # The period with the locale's month names (e.g. "22 ноября 2021" in Russian).
    day = lambda d: locale.toString(d, "d MMMM yyyy")  # noqa: E731
    period = expected[("PeriodReport", "between {start} and {end}")].format(
        start=day(QDate(2021, 11, 22)), end=day(QDate(2021, 11, 27)))
    period = period[:1].upper() + period[1:]
    items = expected[("PeriodReport", "{Period}, {n} explosive items were found: {parts}, in {districts}.")]
    assert re.match(_pattern(items, {"Period": period, "n": "51"}), report.sentences[0]), report.sentences[0]
    anti_tank = expected[("PeriodReport", "{n} anti-tank mines")].format(n="36")
    assert anti_tank in report.sentences[0]
    assert not report.sentences[0].startswith("Between")

    # 50 ha with the locale's decimal mark: "50,00" in all four languages.
    hectares = locale.toString(50.0, "f", 2)
    assert hectares == "50,00"
    released = next(s for s in report.sentences if hectares in s)
    cleared = expected[("PeriodReport", "{ha} ha cleared")].format(ha=hectares)
    assert released == expected[("PeriodReport", "{ha} hectares of land were released, every square metre "
                                                 "counted once: {parts}.")].format(ha=hectares, parts=cleared)
    assert report.title.startswith(expected[("PeriodReport", "Mine action report, {start} to {end}")].format(
        start=day(QDate(2021, 11, 22)), end=day(QDate(2021, 11, 27))))


@pytest.mark.parametrize("locale_name, expected, count", [
    ("ru_RU", "13\u00a0177,00", "16\u00a0860"),  # no-break space between thousands, decimal comma
    ("uk_UA", "13\u00a0177,00", "16\u00a0860"),
    ("tr_TR", "13.177,00", "16.860"),
    ("az_AZ", "13.177,00", "16.860"),
    ("en_US", "13,177.00", "16,860"),
])
def test_numbers_follow_the_locale(locale_name, expected, count, qgis_language):
    from demining_plugin.core.locale_format import format_count, format_number
    from demining_plugin.core.reports.period_report import format_ha
    from demining_plugin.gui.formatting import format_hectares

    qgis_language(locale_name)
    assert format_number(13177, 2) == expected
    assert format_ha(13177.0) == expected
    assert format_count(16860) == count
    # The dock's figures go through QGIS's numeric format, with the same separators.
    assert format_hectares(13177.0).startswith(expected)


def test_numbers_without_a_language_are_english(qgis_language):
    from demining_plugin.core.locale_format import format_number

    qgis_language("C")
    assert format_number(13177, 2) == "13,177.00"


def test_legend_labels_of_every_style_are_translated(compiled, translator_for):
    """Every legend label of the .qml files is marked for translation, and a layer added
    to a project shows them in the user's language."""
    from qgis.core import QgsVectorLayer

    from demining_plugin.core.store.styles import LEGEND_LABELS, STYLES_DIR, apply_symbology, translate_legend

    labels = set()
    for path in STYLES_DIR.glob("*.qml"):
        labels |= set(re.findall(r'<(?:rule|category)[^>]* label="([^"]*)"', path.read_text(encoding="utf-8")))
    assert labels and labels <= set(LEGEND_LABELS)

    expected = ts_translations("ru")
    translator_for("ru")
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=category:string", "items", "memory")
    apply_symbology(layer, "detections")
    translate_legend(layer)
    shown = {category.value(): category.label() for category in layer.renderer().categories()}
    assert shown["AT"] == expected[("Styles", "AT mine")] != "AT mine"
    hazards = QgsVectorLayer("Polygon?crs=EPSG:4326&field=classification:string&field=status:string", "h", "memory")
    apply_symbology(hazards, "hazard_areas")
    translate_legend(hazards)
    rules = {rule.label() for rule in hazards.renderer().rootRule().descendants()}
    assert expected[("Styles", "SHA, open")] in rules and "SHA, open" not in rules


def test_store_added_to_a_project_shows_forms_in_the_users_language(tmp_path, translator_for, qgis_new_project):
    """Aliases and value-map labels follow the language of whoever opens the store; the
    stored codes stay the same."""
    from qgis.core import QgsProject

    from demining_plugin.core.store import create_store
    from demining_plugin.core.store.styles import add_store_to_project

    store = create_store(str(tmp_path / "store.gpkg"), "EPSG:4326")  # created in English
    expected = ts_translations("uk")
    translator_for("uk")
    layers = add_store_to_project(store, QgsProject.instance())
    released = layers["cleared_areas"]
    index = released.fields().indexOf("release_method")
    assert released.attributeAlias(index) == expected[("Schema", "Release method")]
    value_map = released.editorWidgetSetup(index).config()["map"]
    labels = {code: label for entry in value_map for label, code in entry.items()}
    assert labels["cleared"] == expected[("Schema", "Cleared (clearance)")] != "Cleared (clearance)"
    assert released.name() == expected[("Schema", "Released land")]
