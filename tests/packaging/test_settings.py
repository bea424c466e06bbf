"""The plugin's preferences: one module holds every key and default, all under ``demining/``;
values saved by earlier versions under ``Demining/...`` move to their new keys at start."""

import ast
from pathlib import Path

import pytest
from qgis.core import QgsSettings

import demining_plugin
from demining_plugin import settings

PACKAGE = Path(settings.__file__).resolve().parent


@pytest.fixture
def clean_settings():
    """Every key of the plugin (new and old) removed before and after the test."""
    keys = [s.key for s in settings.ALL] + list(settings.OLD_KEYS)
    for key in keys:
        QgsSettings().remove(key)
    yield QgsSettings()
    for key in keys:
        QgsSettings().remove(key)


def test_every_key_is_under_demining_and_written_once():
    keys = [s.key for s in settings.ALL]
    assert len(keys) == len(set(keys))
    assert all(key.startswith(settings.PREFIX) for key in keys)
    # On Windows (the registry) keys ignore case: no two may differ by case alone.
    assert len({key.lower() for key in keys}) == len(keys)
    assert {old.lower() for old in settings.OLD_KEYS}.isdisjoint(key.lower() for key in keys)
    module_settings = {value.key for value in vars(settings).values() if isinstance(value, settings.Setting)}
    assert module_settings == set(keys)


def test_no_module_but_the_settings_module_names_qgssettings_keys_of_the_plugin():
    """Other modules use the module's settings; a key string written elsewhere would be a
    second convention again. (Layer properties ``demining/layer`` and ``demining/store`` are
    project data, not settings.)"""
    keys = {s.key for s in settings.ALL} | set(settings.OLD_KEYS) | {"demining/release/"}
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "settings.py" and path.parent == PACKAGE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in keys:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.value}")
    assert found == []


def test_only_the_settings_module_reads_qgssettings():
    """Outside ``settings.py`` only ``core.locale_format`` reads QgsSettings: QGIS's own
    language settings, which Processing on a server follows too."""
    readers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.Name) and node.id == "QgsSettings" for node in ast.walk(tree)):
            readers.append(path.relative_to(PACKAGE).as_posix())
    assert readers == ["core/locale_format.py", "settings.py"]


def test_defaults_and_bad_values(clean_settings):
    assert settings.release_tolerance_m2() == 1.0
    assert settings.closure_tolerance_m() == 1.0
    assert settings.configured_team_distance_m() == 1000.0
    assert settings.RELEASE_DEPTH_CM.value() == 13
    assert settings.RELEASE_METHOD.value() == "cleared"
    assert settings.ARRANGED_DOCKS.value() == []
    assert settings.DASHBOARD_OPENED_LARGE.value() is False
    assert settings.STORE_FOLDER.value() == str(Path.home())

    clean_settings.setValue(settings.CLOSURE_TOLERANCE_M.key, "2.5")
    clean_settings.setValue(settings.RELEASE_TOLERANCE_M2.key, "not a number")
    clean_settings.setValue(settings.TEAM_DISTANCE_M.key, -5)
    assert settings.closure_tolerance_m() == 2.5
    assert settings.release_tolerance_m2() == 1.0
    assert settings.configured_team_distance_m() == 0.0

    settings.TOTALS_FOLDER.remember_file("/data/reports/week47.md")
    assert settings.TOTALS_FOLDER.value() == "/data/reports"


def test_values_under_the_old_keys_move_to_the_new_ones_once(clean_settings):
    clean_settings.setValue("Demining/lastFolder", "/data/stores")
    clean_settings.setValue("Demining/totalsFolder", "/data/reports")

    assert settings.migrate_old_keys() == {"Demining/lastFolder": settings.STORE_FOLDER.key,
                                           "Demining/totalsFolder": settings.TOTALS_FOLDER.key}
    assert settings.STORE_FOLDER.value() == "/data/stores"
    assert settings.TOTALS_FOLDER.value() == "/data/reports"
    assert not QgsSettings().contains("Demining/lastFolder")
    assert not QgsSettings().contains("Demining/totalsFolder")
    # Once: a second run finds nothing to move and changes nothing.
    settings.TOTALS_FOLDER.set_value("/data/later")
    assert settings.migrate_old_keys() == {}
    assert settings.TOTALS_FOLDER.value() == "/data/later"


def test_a_value_already_under_the_new_key_wins(clean_settings):
    settings.STORE_FOLDER.set_value("/data/new")
    clean_settings.setValue("Demining/lastFolder", "/data/old")
    assert settings.migrate_old_keys() == {}
    assert settings.STORE_FOLDER.value() == "/data/new"
    assert not QgsSettings().contains("Demining/lastFolder")


def test_the_plugin_moves_the_old_keys_when_it_starts(clean_settings, qgis_iface):
    clean_settings.setValue("Demining/lastFolder", "/data/stores")
    plugin = demining_plugin.classFactory(qgis_iface)
    try:
        assert settings.STORE_FOLDER.value() == "/data/stores"
        assert not QgsSettings().contains("Demining/lastFolder")
    finally:
        plugin.unload()
