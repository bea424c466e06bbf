"""Loading and unloading the plugin twenty times leaves nothing behind in QGIS.

pytest-qgis's stub interface accepts ``addDockWidget``/``removeDockWidget`` and the drop
handler calls without doing anything, and creates toolbars outside the main window. The
``iface`` fixture below makes those calls act on the real main window (as QGIS does)
and records drop handlers, so the assertions look at real objects.
"""


import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.gui import QgsCustomDropHandler
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QToolBar
from qgis.PyQt.QtXml import QDomDocument

import demining_plugin
from demining_plugin.gui.session import STORE_PROPERTY, StoreSession
from tests import REPO_ROOT

CYCLES = 20
ALGORITHMS = {"demining:createstore", "demining:builddemo", "demining:validate"}


def flush_deferred_deletes() -> None:
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


@pytest.fixture
def iface(qgis_iface, monkeypatch):
    main_window = qgis_iface.mainWindow()
    handlers = []

    def add_tool_bar(name):
        return main_window.addToolBar(name)

    def register(handler):
        handlers.append(handler)

    def unregister(handler):
        handlers.remove(handler)

    attributes = vars(qgis_iface)
    monkeypatch.setitem(attributes, "addDockWidget", main_window.addDockWidget)
    monkeypatch.setitem(attributes, "removeDockWidget", main_window.removeDockWidget)
    monkeypatch.setitem(attributes, "addToolBar", add_tool_bar)
    monkeypatch.setitem(attributes, "registerCustomDropHandler", register)
    monkeypatch.setitem(attributes, "unregisterCustomDropHandler", unregister)
    monkeypatch.setitem(attributes, "drop_handlers", handlers)
    return qgis_iface


@pytest.fixture
def slot_calls(monkeypatch):
    """Counts calls of the session's project slots, to find connections left behind."""
    calls = {"read": 0, "added": 0, "cleared": 0}
    originals = {
        "read": StoreSession._on_read_project,
        "added": StoreSession._on_layers_added,
        "cleared": StoreSession._on_project_cleared,
    }

    def counting(key, name):
        def slot(self, *args):
            calls[key] += 1
            return originals[key](self, *args)

        slot.__name__ = name
        return slot

    monkeypatch.setattr(StoreSession, "_on_read_project", counting("read", "_on_read_project"))
    monkeypatch.setattr(StoreSession, "_on_layers_added", counting("added", "_on_layers_added"))
    monkeypatch.setattr(StoreSession, "_on_project_cleared", counting("cleared", "_on_project_cleared"))
    return calls


def emit_project_signals() -> None:
    """The project signals the session listens to, without any store involved."""
    project = QgsProject.instance()
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "not a store layer", "memory")
    layer.setCustomProperty(STORE_PROPERTY, "")
    project.addMapLayer(layer)
    project.readProject.emit(QDomDocument())
    project.removeMapLayer(layer.id())


def demining_leftovers(main_window) -> dict:
    flush_deferred_deletes()
    return {
        "menu bar entries": [a.text() for a in main_window.menuBar().actions() if "Demining" in a.text()],
        "menus": [m.objectName() for m in main_window.findChildren(QMenu) if m.objectName() == "DeminingMenu"],
        "toolbars": [t.objectName() for t in main_window.findChildren(QToolBar) if t.objectName() == "DeminingToolbar"],
        "docks": [d.objectName() for d in main_window.findChildren(QDockWidget)
                  if d.objectName().startswith("Demining")],
        "actions": [a.objectName() for a in main_window.findChildren(QAction)
                    if a.objectName().startswith("mActionDemining")],
    }


def test_load_unload_twenty_times_leaves_nothing_behind(iface, qgis_new_project, slot_calls):
    main_window = iface.mainWindow()
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("demining") is None, "another test left the demining provider registered"
    nothing = {"menu bar entries": [], "menus": [], "toolbars": [], "docks": [], "actions": []}
    assert demining_leftovers(main_window) == nothing

    for cycle in range(CYCLES):
        plugin = demining_plugin.classFactory(iface)
        plugin.initProcessing()
        plugin.initGui()

        provider = registry.providerById("demining")
        assert provider is plugin.provider
        assert [p.id() for p in registry.providers()].count("demining") == 1
        assert ALGORITHMS <= {algorithm.id() for algorithm in provider.algorithms()}

        loaded = demining_leftovers(main_window)
        assert loaded["menu bar entries"] == ["&Demining"]
        assert loaded["menus"] == ["DeminingMenu"]
        assert loaded["toolbars"] == ["DeminingToolbar"]
        assert sorted(loaded["docks"]) == sorted([
            "DeminingDock",
            "DeminingClearanceDock",
            "DeminingTotalsDock",
            "DeminingTraverseDock",
            "DeminingMineMapsDock",
            "DeminingItemsDock",
            "DeminingChecksDock",
            "DeminingReviewDock",
        ])
        assert sorted(loaded["actions"]) == sorted(
            ["mActionDeminingDock", "mActionDeminingNewStore", "mActionDeminingOpenStore", "mActionDeminingLoadDemo",
             "mActionDeminingClearanceDock", "mActionDeminingMarkReleased", "mActionDeminingReleaseTasks",
             "mActionDeminingSectors", "mActionDeminingUndoRelease", "mActionDeminingTotalsDock",
             "mActionDeminingPeriodReport",
             "mActionDeminingTraverse",
             "mActionDeminingMineMapsDock",
             "mActionDeminingOpenPostgis",
             "mActionDeminingFeatureHistory",
             "mActionDeminingItemsDock",
             "mActionDeminingCaptureItem",
             "mActionDeminingCaptureAccident",
             "mActionDeminingImportMineMap",
             "mActionDeminingImportItems",
             "mActionDeminingImportAccidents",
             "mActionDeminingFieldMap",
             "mActionDeminingCompletion",
             "mActionDeminingFieldPackage",
             "mActionDeminingFieldMerge",
             "mActionDeminingChecksDock",
             "mActionDeminingReviewDock",
             ]
        )
        toolbar = main_window.findChild(QToolBar, "DeminingToolbar")
        assert main_window.toolBarArea(toolbar) != Qt.NoToolBarArea
        assert [a.objectName() for a in toolbar.actions() if a.objectName()] == [
            "mActionDeminingDock", "mActionDeminingNewStore", "mActionDeminingOpenStore", "mActionDeminingLoadDemo",
            "mActionDeminingMarkReleased", "mActionDeminingCaptureItem", "mActionDeminingCaptureAccident",
        ]
        assert plugin.release.tool.action() is plugin.actions["draw"]
        assert plugin.capture.item_tool.action() is plugin.actions["capture_item"]
        assert plugin.capture.accident_tool.action() is plugin.actions["capture_accident"]
        dock = main_window.findChild(QDockWidget, "DeminingDock")
        assert main_window.dockWidgetArea(dock) == Qt.RightDockWidgetArea
        checks = main_window.findChild(QDockWidget, "DeminingChecksDock")
        assert main_window.dockWidgetArea(checks) == Qt.RightDockWidgetArea
        assert checks in main_window.tabifiedDockWidgets(dock)
        assert plugin.actions["checks"] in plugin.menu.actions() and plugin.actions["checks"].isCheckable()
        assert plugin.actions["dock"].isCheckable()
        assert iface.drop_handlers == [plugin.drop_handler]
        assert isinstance(plugin.drop_handler, QgsCustomDropHandler)

        if cycle == 0:
            # Exactly one connection to each project signal while loaded.
            emit_project_signals()
            assert slot_calls == {"read": 1, "added": 1, "cleared": 0}

        plugin.unload()

        assert registry.providerById("demining") is None
        assert iface.drop_handlers == []
        assert demining_leftovers(main_window) == nothing, f"left behind after unload number {cycle + 1}"

    # No connection to the project survives the plugin.
    before = dict(slot_calls)
    emit_project_signals()
    QgsProject.instance().clear()
    assert slot_calls == before


def test_processing_only_load_registers_and_removes_the_provider(iface):
    """qgis_process loads plugins with initProcessing() only, and unloads them the same way."""
    registry = QgsApplication.processingRegistry()
    plugin = demining_plugin.classFactory(iface)
    plugin.initProcessing()
    plugin.initProcessing()  # QGIS may call it again from initGui(): still one provider
    assert [p.id() for p in registry.providers()].count("demining") == 1
    assert ALGORITHMS <= {a.id() for a in registry.providerById("demining").algorithms()}
    plugin.unload()
    assert registry.providerById("demining") is None
    assert iface.drop_handlers == []
    assert demining_leftovers(iface.mainWindow())["docks"] == []


def test_run_profile_enables_the_plugin_and_keeps_what_the_profile_had(tmp_path):
    """``make run`` prepares its QGIS profile with seeds/prepare_profile.py."""
    import importlib.util

    from qgis.PyQt.QtCore import QSettings

    spec = importlib.util.spec_from_file_location(
        "prepare_profile", REPO_ROOT / "seeds" / "prepare_profile.py"
    )
    prepare_profile = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(prepare_profile)

    profile = tmp_path / "profiles" / "demining"
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    # A profile used before: a window layout to keep, a plugin marked as crashed by a killed QGIS.
    before = QSettings(str(ini), QSettings.IniFormat)
    before.setValue("UI/hidebrowser", True)
    before.setValue("PythonPlugins/watchDog/demining_plugin", True)
    before.sync()

    assert prepare_profile.main(["--profile-dir", str(profile)]) == 0

    after = QSettings(str(ini), QSettings.IniFormat)
    assert after.value("PythonPlugins/demining_plugin", type=bool) is True
    assert after.value("PythonPlugins/processing", type=bool) is True
    assert after.contains("PythonPlugins/watchDog/demining_plugin") is False
    assert after.value("qgis/checkVersion", type=bool) is False
    assert after.value("qgis/hideSplash", type=bool) is True
    assert after.value("core/NewsFeed/httpsfeedqgisorg/disabled", type=bool) is True
    assert after.value("app/plugin_installer/checkOnStart", type=bool) is False
    assert after.value("UI/hidebrowser", type=bool) is True
    assert "[PythonPlugins]" in ini.read_text(encoding="utf-8")


def stack_apart(main_window, panel) -> None:
    main_window.removeDockWidget(panel)
    main_window.addDockWidget(Qt.RightDockWidgetArea, panel)
    panel.show()


def test_panels_stacked_by_the_restored_window_layout_are_tabbed_once(iface):
    """QGIS restores its saved window layout after initGui(), stacking panels it has never
    seen; the first start tabs them beside the Demining dock, later starts leave the user's
    arrangement alone."""
    from qgis.core import QgsSettings

    from demining_plugin.settings import ARRANGED_DOCKS

    QgsSettings().remove(ARRANGED_DOCKS.key)
    plugin = demining_plugin.classFactory(iface)
    plugin.initGui()
    try:
        main_window = iface.mainWindow()
        dock = plugin.dock
        secondary = [plugin.clearance_dock, plugin.totals_dock, plugin.traverse_dock, plugin.minemaps_dock,
                     plugin.checks_dock, plugin.items_dock, plugin.review_dock]
        assert set(main_window.tabifiedDockWidgets(dock)) == set(secondary)
        for panel in secondary:  # what the restored layout does to panels it does not know
            stack_apart(main_window, panel)
        assert main_window.tabifiedDockWidgets(dock) == []

        plugin._arrange_docks_once()
        assert set(main_window.tabifiedDockWidgets(dock)) == set(secondary)
        assert sorted(QgsSettings().value(ARRANGED_DOCKS.key, [], type=list)) == sorted(
            p.objectName() for p in secondary)

        # The user moves one panel out; the next start keeps it there.
        stack_apart(main_window, plugin.items_dock)
        plugin._arrange_docks_once()
        assert plugin.items_dock not in main_window.tabifiedDockWidgets(dock)
        assert plugin.totals_dock in main_window.tabifiedDockWidgets(dock)
    finally:
        plugin.unload()
        QgsSettings().remove(ARRANGED_DOCKS.key)


def test_menu_and_toolbar_follow_the_action_table(iface):
    """The menu lists every action of ``ACTIONS`` in its order, a separator between sections;
    tooltips and status tips are the table's, translated in the "DeminingPlugin" context."""
    from demining_plugin.plugin import ACTIONS

    plugin = demining_plugin.classFactory(iface)
    plugin.initGui()
    try:
        assert [a.objectName() or "-" for a in plugin.menu.actions()] == [
            "mActionDeminingDock", "-",
            "mActionDeminingNewStore", "mActionDeminingOpenStore", "mActionDeminingLoadDemo", "-",
            "mActionDeminingClearanceDock", "mActionDeminingMarkReleased", "mActionDeminingReleaseTasks",
            "mActionDeminingSectors", "mActionDeminingUndoRelease", "-",
            "mActionDeminingTotalsDock", "mActionDeminingPeriodReport", "-",
            "mActionDeminingTraverse", "mActionDeminingMineMapsDock", "mActionDeminingOpenPostgis",
            "mActionDeminingFeatureHistory", "-",
            "mActionDeminingItemsDock", "mActionDeminingCaptureItem", "mActionDeminingCaptureAccident",
            "mActionDeminingImportMineMap", "mActionDeminingImportItems", "mActionDeminingImportAccidents",
            "mActionDeminingFieldMap", "mActionDeminingCompletion", "mActionDeminingFieldPackage",
            "mActionDeminingFieldMerge", "mActionDeminingChecksDock", "mActionDeminingReviewDock",
        ]
        toolbar = iface.mainWindow().findChild(QToolBar, "DeminingToolbar")
        assert [a.objectName() or "-" for a in toolbar.actions()] == [
            "mActionDeminingDock", "-", "mActionDeminingNewStore", "mActionDeminingOpenStore",
            "mActionDeminingLoadDemo", "-", "mActionDeminingMarkReleased", "mActionDeminingCaptureItem",
            "mActionDeminingCaptureAccident",
        ]
        assert len({spec.name for spec in ACTIONS}) == len(ACTIONS) == len(plugin.actions)
        for spec in ACTIONS:
            action = plugin.actions[spec.key]
            tip = QCoreApplication.translate("DeminingPlugin", spec.tip)
            assert (action.objectName(), action.text(), action.toolTip(), action.statusTip()) == (
                spec.name, QCoreApplication.translate("DeminingPlugin", spec.text), tip, tip)
            assert action.isCheckable() == (spec.panel is not None or spec.tool is not None)
    finally:
        plugin.unload()
