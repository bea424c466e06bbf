"""The plugin object QGIS loads: wires the Processing provider, the dock, the menu, the
toolbar and the drop handler, and undoes all of it in ``unload()``."""

from typing import Dict, Optional

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .__about__ import PACKAGE_DIR, resource_path
from .processing.provider import DeminingProvider

#: objectName of QGIS's Help menu: ours goes just before it.
_HELP_MENU = "mHelpMenu"


def _icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", name)))


class DeminingPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider: Optional[DeminingProvider] = None
        self.translator: Optional[QTranslator] = None
        self.session = None
        self.dock = None
        self.menu: Optional[QMenu] = None
        self.toolbar = None
        self.actions: Dict[str, QAction] = {}
        self.drop_handler = None
        self.release = None
        self.clearance_dock = None
        self.totals_dock = None
        self.checks_dock = None
        self._install_translator()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("DeminingPlugin", text)

    # -- translations --------------------------------------------------------------------
    def _install_translator(self) -> None:
        locale_name = QgsSettings().value("locale/userLocale", "") or QLocale().name()
        for folder in (PACKAGE_DIR / "i18n", PACKAGE_DIR.parent / "i18n"):
            translator = QTranslator()
            # QLocale fallback: az_AZ tries demining_plugin_az_AZ.qm, then demining_plugin_az.qm.
            if folder.is_dir() and translator.load(QLocale(locale_name), "demining_plugin", "_", str(folder)):
                QCoreApplication.installTranslator(translator)
                self.translator = translator
                return

    # -- Processing ------------------------------------------------------------------------
    def initProcessing(self) -> None:
        if self.provider is None:
            self.provider = DeminingProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # -- GUI -------------------------------------------------------------------------------
    def initGui(self) -> None:
        # Imported here: qgis_process loads the plugin for Processing only, without widgets.
        from .gui.clearance_dock import ClearanceDock
        from .gui.dock import DeminingDock
        from .gui.drop import StoreDropHandler
        from .gui.release_controller import ReleaseController
        from .gui.session import StoreSession
        from .gui.totals_dock import TotalsDock

        self.initProcessing()
        main_window = self.iface.mainWindow()

        self.session = StoreSession(self.iface)
        self.dock = DeminingDock(self.iface, self.session, main_window)
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)

        self.actions = {
            "dock": self._action("mActionDeminingDock", self.tr("Demining Panel"), "dock.svg",
                                 self.tr("Show or hide the Demining panel")),
            "new": self._action("mActionDeminingNewStore", self.tr("New Store…"), "new_store.svg",
                                self.tr("Create an empty Demining store and add it to the project"),
                                self.session.new_store_dialog),
            "open": self._action("mActionDeminingOpenStore", self.tr("Open Store…"), "open_store.svg",
                                 self.tr("Add the layers of an existing Demining store to the project"),
                                 self.session.open_store_dialog),
            "demo": self._action("mActionDeminingLoadDemo", self.tr("Load Demo"), "demo.svg",
                                 self.tr("Open the demo scenario, building it first if needed"),
                                 self.session.load_demo),
        }
        # Land release: the mark-cleared tool, its undo stack and the Clearance dock.
        self.release = ReleaseController(self.iface, self.session)
        self.clearance_dock = ClearanceDock(self.iface, self.release, main_window)
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.clearance_dock)
        self.actions.update({
            "clearance": self._action("mActionDeminingClearanceDock", self.tr("Clearance Panel"), "sectors.svg",
                                      self.tr("Show or hide the Clearance panel (tasks in view, release tools)")),
            "draw": self._action("mActionDeminingMarkReleased", self.tr("Draw Released Land"), "draw_release.svg",
                                 self.tr("Draw land released on the map; it is clipped to the hazard areas and "
                                         "never counted twice"), self.release.activate_tool),
            "tasks": self._action("mActionDeminingReleaseTasks", self.tr("Mark Selected Tasks Released…"),
                                  "release_tasks.svg", self.tr("Record the selected tasks or sectors as released"),
                                  self.release.release_selected_tasks),
            "sectors": self._action("mActionDeminingSectors", self.tr("Divide into Sectors…"), "sectors.svg",
                                    self.tr("Divide the selected task into numbered sectors"),
                                    self.clearance_dock.divide_selected_task),
            "undo_release": self._action("mActionDeminingUndoRelease", self.tr("Undo Last Release"), "undo_release.svg",
                                         self.tr("Take back the whole of the last release or sector division"),
                                         self.release.undo_last),
        })
        # Clearance totals: the dashboard dock (beside the Demining dock) and the period report.
        self.totals_dock = TotalsDock(self.iface, self.session, main_window)
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.totals_dock)
        main_window.tabifyDockWidget(self.dock, self.totals_dock)
        self.dock.raise_()
        self.actions.update({
            "totals": self._action("mActionDeminingTotalsDock", self.tr("Clearance Totals"), "totals.svg",
                                   self.tr("Show or hide the Clearance totals dashboard (hectares, items, routes, "
                                           "accidents by district, method, team or period)")),
            "report": self._action("mActionDeminingPeriodReport", self.tr("Period Report…"), "report.svg",
                                   self.tr("Write the period report of the store (sentences and table) as .md, "
                                           ".html or .txt"), self.totals_dock.report_dialog),
        })
        self.totals_dock.setToggleVisibilityAction(self.actions["totals"])
        self.actions["draw"].setCheckable(True)
        self.release.tool.setAction(self.actions["draw"])
        self.clearance_dock.setToggleVisibilityAction(self.actions["clearance"])
        # The dock keeps the show/hide action checked state in step with its visibility.
        self.dock.setToggleVisibilityAction(self.actions["dock"])
        self.session.demo_busy_changed.connect(self._on_demo_busy)
        self.actions["demo"].setEnabled(not self.session.demo_busy)

        # Data checks: the Checks dock (tabified on the right), its fixes undone like releases.
        from .gui.checks_dock import ChecksDock

        self.checks_dock = ChecksDock(self.iface, self.session, self.release, main_window)
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.checks_dock)
        main_window.tabifyDockWidget(self.dock, self.checks_dock)
        self.dock.raise_()
        self.actions["checks"] = self._action(
            "mActionDeminingChecksDock", self.tr("Data Checks"), "checks.svg",
            self.tr("Show or hide the Checks panel (broken geometry, double-counted land, orphan links, ...)"))
        self.checks_dock.setToggleVisibilityAction(self.actions["checks"])

        self.toolbar = self.iface.addToolBar(self.tr("Demining"))
        self.toolbar.setObjectName("DeminingToolbar")
        self.toolbar.setToolTip(self.tr("Demining"))

        self.menu = QMenu(self.tr("&Demining"), main_window)
        self.menu.setObjectName("DeminingMenu")
        self.menu.setToolTipsVisible(True)
        for key in ("dock", "new", "open", "demo"):
            self.toolbar.addAction(self.actions[key])
            self.menu.addAction(self.actions[key])
            if key == "dock":
                self.menu.addSeparator()
                self.toolbar.addSeparator()
        self.menu.addSeparator()
        self.toolbar.addSeparator()
        for key in ("clearance", "draw", "tasks", "sectors", "undo_release"):
            self.menu.addAction(self.actions[key])
        self.toolbar.addAction(self.actions["draw"])
        self.menu.addSeparator()
        for key in ("totals", "report"):
            self.menu.addAction(self.actions[key])
        self.menu.addSeparator()
        self.menu.addAction(self.actions["checks"])
        menu_bar = main_window.menuBar()
        help_menu = next(
            (action for action in menu_bar.actions() if action.menu() and action.menu().objectName() == _HELP_MENU),
            None,
        )
        if help_menu is not None:
            menu_bar.insertMenu(help_menu, self.menu)
        else:
            menu_bar.addMenu(self.menu)

        self.drop_handler = StoreDropHandler(self.session)
        self.iface.registerCustomDropHandler(self.drop_handler)

        # Last: adopting the store of an already open project refreshes the dock.
        self.session.start()

    def _action(self, name: str, text: str, icon: str, tip: str, slot=None) -> QAction:
        action = QAction(_icon(icon), text, self.iface.mainWindow())
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if slot is not None:
            # Lambdas drop the "checked" argument of triggered; the slots take none.
            action.triggered.connect(lambda _checked=False, run=slot: run())
        return action

    def _on_demo_busy(self, busy: bool) -> None:
        action = self.actions.get("demo")
        if action is not None:
            action.setEnabled(not busy)

    def unload(self) -> None:
        if self.drop_handler is not None:
            self.iface.unregisterCustomDropHandler(self.drop_handler)
            self.drop_handler.deleteLater()
            self.drop_handler = None

        if self.session is not None:
            self.session.stop()
            try:
                self.session.demo_busy_changed.disconnect(self._on_demo_busy)
            except TypeError:
                pass

        if self.checks_dock is not None:
            self.checks_dock.teardown()
            self.iface.removeDockWidget(self.checks_dock)
            self.checks_dock.deleteLater()
            self.checks_dock = None
        if self.totals_dock is not None:
            self.totals_dock.teardown()
            self.iface.removeDockWidget(self.totals_dock)
            self.totals_dock.deleteLater()
            self.totals_dock = None
        if self.clearance_dock is not None:
            self.clearance_dock.teardown()
            self.iface.removeDockWidget(self.clearance_dock)
            self.clearance_dock.deleteLater()
            self.clearance_dock = None
        if self.release is not None:
            self.release.teardown()
            self.release.deleteLater()
            self.release = None

        if self.dock is not None:
            self.dock.teardown()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None

        main_window = self.iface.mainWindow()
        if self.menu is not None:
            main_window.menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None

        if self.toolbar is not None:
            main_window.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None

        for action in self.actions.values():
            action.deleteLater()
        self.actions = {}

        if self.session is not None:
            self.session.deleteLater()
            self.session = None

        if self.provider is not None:
            # The registry deletes the provider.
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None

        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
