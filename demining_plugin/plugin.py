"""The plugin object QGIS loads: wires the Processing provider, the dock, the menu, the
toolbar and the drop handler, and undoes all of it in ``unload()``."""

from typing import Dict, Optional

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QRect, Qt, QTimer, QTranslator
from qgis.PyQt.QtGui import QGuiApplication, QIcon
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QStyle

from .__about__ import resource_path
from .processing.provider import DeminingProvider
from .settings import ARRANGED_DOCKS, DASHBOARD_OPENED_LARGE, QGIS_WINDOW_STATE, migrate_old_keys
from .translation import load_translator, user_locale

#: objectName of QGIS's Help menu: ours goes just before it.
_HELP_MENU = "mHelpMenu"
#: Width the dashboard's table and charts want; narrower, it opens in the bottom area or floating.
_DASHBOARD_WIDTH = 900
#: Share of the window the right-hand tabs may take to show their titles whole.
_RIGHT_AREA_SHARE = 0.45


def _saved_layout_knows(dock: QDockWidget) -> bool:
    """Whether QGIS's saved window layout has a place for ``dock`` (the layout names each
    panel by its objectName, as a QDataStream string: UTF-16, big-endian)."""
    state = QgsSettings().value(QGIS_WINDOW_STATE, None)
    if state is None or not dock.objectName():
        return False
    return dock.objectName().encode("utf-16-be") in bytes(state)


def _screen_of(widget) -> QRect:
    screen = widget.screen() if hasattr(widget, "screen") else None
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


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
        self._tabbed_docks = []
        self.release = None
        self.clearance_dock = None
        self.totals_dock = None
        self.traverse_dock = None
        self.minemaps_dock = None
        self.postgis = None
        self.capture = None
        self.items_dock = None
        self.imports = None
        self.fieldmap = None
        self.checks_dock = None
        # Preferences saved by earlier versions under their old keys move to the new ones.
        migrate_old_keys()
        self._install_translator()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("DeminingPlugin", text)

    # -- translations --------------------------------------------------------------------
    def _install_translator(self) -> None:
        # A reference is kept: Qt does not own installed translators, and unload() removes it.
        self.translator = load_translator(user_locale())
        if self.translator is not None:
            QCoreApplication.installTranslator(self.translator)

    # -- Processing ------------------------------------------------------------------------
    def initProcessing(self) -> None:
        if self.provider is None:
            self.provider = DeminingProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # -- GUI -------------------------------------------------------------------------------
    def initGui(self) -> None:
        # Imported here: qgis_process loads the plugin for Processing only, without widgets.
        from .gui.capture_tool import CaptureController
        from .gui.clearance_dock import ClearanceDock
        from .gui.dock import DeminingDock
        from .gui.drop import StoreDropHandler
        from .gui.items_dock import ItemsDock
        from .gui.release_controller import ReleaseController
        from .gui.session import StoreSession
        from .gui.totals_dock import TotalsDock

        self.initProcessing()
        main_window = self.iface.mainWindow()

        self.session = StoreSession(self.iface)
        self.dock = DeminingDock(self.iface, self.session, main_window)
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self._tabbed_docks = []
        self._layout_checked = False
        # Panels move by themselves (the dashboard opening large) only in a laid-out window:
        # after QGIS restored its layout, or at once when the plugin loads into a running QGIS.
        self._layout_ready = False
        if hasattr(self.iface, "initializationCompleted"):  # the test interface has no such signal
            self.iface.initializationCompleted.connect(self._arrange_docks_once)
            self._layout_ready = main_window.isVisible()

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
        self._add_tabbed_dock(self.clearance_dock)
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
        self._add_tabbed_dock(self.totals_dock)
        self.totals_dock.visibilityChanged.connect(self._on_dashboard_visibility)
        self.actions.update({
            "totals": self._action("mActionDeminingTotalsDock", self.tr("Clearance Totals"), "totals.svg",
                                   self.tr("Show or hide the Clearance totals dashboard (hectares, items, routes, "
                                           "accidents by district, method, team or period)")),
            "report": self._action("mActionDeminingPeriodReport", self.tr("Period Report…"), "report.svg",
                                   self.tr("Write the period report of the store (sentences and table) as .md, "
                                           ".html or .txt"), self.totals_dock.report_dialog),
        })
        # PostGIS stores: open one by its location; edit history of the selected feature.
        from .gui.history_dialog import PostgisController

        self.postgis = PostgisController(self.iface, self.session)
        self.actions.update({
            "open_postgis": self._action("mActionDeminingOpenPostgis", self.tr("Open PostGIS Store…"),
                                         "open_store.svg", self.tr("Add the layers of a Demining store kept in a "
                                                                   "PostGIS database to the project"),
                                         self.postgis.open_postgis_dialog),
            "history": self._action("mActionDeminingFeatureHistory", self.tr("Feature History…"), "report.svg",
                                    self.tr("Who changed the selected feature, what and when (PostGIS stores)"),
                                    self.postgis.show_selected),
        })
        # Imports from files: supplied mine maps, items found, accidents.
        from .gui.import_controller import ImportController

        self.imports = ImportController(self.iface, self.session)
        self.actions.update({
            "import_minemap": self._action("mActionDeminingImportMineMap", self.tr("Import Mine Map…"),
                                           "open_store.svg", self.tr("Import a supplied mine map (CSV, XLSX, "
                                                                     "GeoJSON, Shapefile, KML/KMZ, GPX)"),
                                           self.imports.import_mine_map),
            "import_items": self._action("mActionDeminingImportItems", self.tr("Import Items Found…"),
                                         "open_store.svg", self.tr("Import items found from a team's file"),
                                         self.imports.import_detections),
            "import_accidents": self._action("mActionDeminingImportAccidents", self.tr("Import Accidents…"),
                                             "open_store.svg", self.tr("Import mine and UXO accidents from a file"),
                                             self.imports.import_accidents),
        })
        # Field maps: the print dialog, and "Print Field Map…" on clearance task layers.
        from .gui.fieldmap_controller import FieldMapController

        self.fieldmap = FieldMapController(self.iface, self.session, main_window)
        self.actions["fieldmap"] = self._action(
            "mActionDeminingFieldMap", self.tr("Print Field Map…"), "fieldmap.svg",
            self.tr("Print field maps of the selected tasks (or tasks matching an expression) to PDF, or open one "
                    "in the Layout Designer"), self.fieldmap.show_dialog)
        self.totals_dock.setToggleVisibilityAction(self.actions["totals"])
        # Minefield record traverse entry: a dock tabified with the Demining dock.
        from .gui.traverse_dock import TraverseDock

        self.traverse_dock = TraverseDock(self.iface, self.session, main_window)
        self._add_tabbed_dock(self.traverse_dock)
        self.actions["traverse"] = self._action(
            "mActionDeminingTraverse", self.tr("Minefield Record Traverse…"), "traverse.svg",
            self.tr("Show or hide the traverse entry panel: a paper minefield record's turning points as bearing "
                    "and distance, previewed on the map and saved as a minefield record"))
        self.traverse_dock.setToggleVisibilityAction(self.actions["traverse"])
        # Supplied mine maps: how accurate each record proved (tabbed with the other docks).
        from .gui.minemaps_dock import MineMapsDock

        self.minemaps_dock = MineMapsDock(self.iface, self.session, main_window)
        self._add_tabbed_dock(self.minemaps_dock)
        self.actions["minemaps"] = self._action(
            "mActionDeminingMineMapsDock", self.tr("Mine Maps"), "minemaps.svg",
            self.tr("Show or hide the Mine maps panel (how accurate each supplied minefield record is)"))
        self.minemaps_dock.setToggleVisibilityAction(self.actions["minemaps"])
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
        self._add_tabbed_dock(self.checks_dock)
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
        self.menu.addAction(self.actions["traverse"])
        self.menu.addAction(self.actions["minemaps"])
        for key in ("open_postgis", "history"):
            self.menu.addAction(self.actions[key])
        # Items found and accidents: the capture tools and the Items found dock (tabbed with the others).
        self.capture = CaptureController(self.iface, self.session)
        self.items_dock = ItemsDock(self.iface, self.session, main_window)
        self._add_tabbed_dock(self.items_dock)
        self.actions.update({
            "items": self._action("mActionDeminingItemsDock", self.tr("Items Found Panel"), "dock.svg",
                                  self.tr("Show or hide the Items found panel (latest items, filters, counts by "
                                          "category)")),
            "capture_item": self._action("mActionDeminingCaptureItem", self.tr("Record Item Found"), "capture_item.svg",
                                         self.tr("Click on the map where an item was found; task and district are "
                                                 "filled in from the point"), self.capture.activate_item_tool),
            "capture_accident": self._action("mActionDeminingCaptureAccident", self.tr("Record Accident"),
                                             "capture_accident.svg",
                                             self.tr("Click on the map where a mine accident happened"),
                                             self.capture.activate_accident_tool),
        })
        self.items_dock.setToggleVisibilityAction(self.actions["items"])
        for key, tool in (("capture_item", self.capture.item_tool), ("capture_accident", self.capture.accident_tool)):
            self.actions[key].setCheckable(True)
            tool.setAction(self.actions[key])
        self.menu.addSeparator()
        for key in ("items", "capture_item", "capture_accident"):
            self.menu.addAction(self.actions[key])
        self.toolbar.addAction(self.actions["capture_item"])
        self.toolbar.addAction(self.actions["capture_accident"])
        for key in ("import_minemap", "import_items", "import_accidents"):
            self.menu.addAction(self.actions[key])
        self.menu.addAction(self.actions["fieldmap"])
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

    def _add_tabbed_dock(self, dock) -> None:
        """A panel on the right, as a tab beside the Demining dock."""
        main_window = self.iface.mainWindow()
        self.iface.addDockWidget(Qt.RightDockWidgetArea, dock)
        main_window.tabifyDockWidget(self.dock, dock)
        self.dock.raise_()
        self._tabbed_docks.append(dock)

    def _arrange_docks_once(self) -> None:
        """At QGIS start the saved window layout is restored after initGui(); panels it has no
        place for come back stacked one above another (the first start, and any start after a
        session killed before QGIS saved its layout at exit), squeezed, and the window can grow
        past the screen. Tab each such panel beside the Demining dock, give the tabs the width
        their titles need and keep the window on its screen. A panel the saved layout knows
        stays where the user put it."""
        if self.dock is None:
            return
        arranged = set(ARRANGED_DOCKS.value())
        if not self._layout_checked:
            # Arranged in a session whose layout QGIS never saved (killed): arrange again.
            self._layout_checked = True
            arranged = {name for name in arranged
                        if any(d.objectName() == name and _saved_layout_knows(d) for d in self._tabbed_docks)}
        main_window = self.iface.mainWindow()
        tabbed = False
        for dock in self._tabbed_docks:
            if dock.objectName() in arranged:
                continue
            arranged.add(dock.objectName())
            if (not dock.isFloating() and main_window.dockWidgetArea(dock) == Qt.RightDockWidgetArea
                    and dock not in main_window.tabifiedDockWidgets(self.dock)):
                main_window.tabifyDockWidget(self.dock, dock)
                tabbed = True
        ARRANGED_DOCKS.set_value(sorted(arranged))
        if tabbed:
            self._widen_right_tabs()
            main_window.layout().activate()  # the window's minimum size: the tabs', no longer the stack's
        self._keep_window_on_screen()
        QTimer.singleShot(0, self._keep_window_on_screen)  # what the event loop still lays out
        self.dock.raise_()
        self._layout_ready = True

    def _widen_right_tabs(self) -> None:
        """The right-hand area as wide as the tab titles of its panels need (up to a share
        of the window), so that none is cut to "De…"."""
        main_window = self.iface.mainWindow()
        group = [self.dock] + [d for d in main_window.tabifiedDockWidgets(self.dock)
                               if d.toggleViewAction().isChecked()]  # closed panels have no tab
        metrics = main_window.fontMetrics()
        padding = main_window.style().pixelMetric(QStyle.PM_TabBarTabHSpace, None, main_window)
        needed = sum(metrics.horizontalAdvance(d.windowTitle()) + padding + 2 for d in group) + 12
        width = min(needed, int(main_window.width() * _RIGHT_AREA_SHARE))
        if self.dock.width() < width:
            main_window.resizeDocks([self.dock], [width], Qt.Horizontal)

    def _keep_window_on_screen(self) -> None:
        """Panels stacked while QGIS restored its layout can have grown the window past the
        screen (1600x1521 on a 1000-pixel screen): bring it back within the screen."""
        if self.iface is None or self.dock is None:
            return  # unloaded meanwhile
        main_window = self.iface.mainWindow()
        if main_window.isMaximized() or main_window.isFullScreen():
            return
        available = _screen_of(main_window)
        frame, inner = main_window.frameGeometry(), main_window.geometry()
        if available.contains(frame):
            return
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        width = min(inner.width(), available.width() - extra_w)
        height = min(inner.height(), available.height() - extra_h)
        main_window.resize(width, height)
        x = max(available.left(), min(frame.left(), available.right() + 1 - (width + extra_w)))
        y = max(available.top(), min(frame.top(), available.bottom() + 1 - (height + extra_h)))
        main_window.move(x, y)

    def _on_dashboard_visibility(self, visible: bool) -> None:
        if visible and self._layout_ready:
            # Not while Qt switches tabs: move the panel once the event loop is back.
            QTimer.singleShot(0, self._open_dashboard_large)

    def _open_dashboard_large(self) -> None:
        """The dashboard's table has a dozen columns and a totals row: shown in a right-hand
        area too narrow for it, it moves to the bottom area (or floats, when that is narrow
        too), once; where the user puts it afterwards is theirs."""
        dock = self.totals_dock
        if dock is None or not dock.isVisible() or dock.isFloating():
            return
        main_window = self.iface.mainWindow()
        if main_window.dockWidgetArea(dock) != Qt.RightDockWidgetArea:
            return
        if DASHBOARD_OPENED_LARGE.value() and _saved_layout_knows(dock):
            return
        available = _screen_of(main_window)
        table_width = dock.view.horizontalHeader().length() + 2 * dock.view.frameWidth() + 40
        wanted = min(max(_DASHBOARD_WIDTH, table_width), int(available.width() * 0.9))
        if dock.width() >= min(wanted, main_window.width() * 0.6):
            return
        DASHBOARD_OPENED_LARGE.set_value(True)
        bottom_width = main_window.centralWidget().width() if main_window.centralWidget() else 0
        for corner, area in ((Qt.BottomLeftCorner, Qt.LeftDockWidgetArea),
                             (Qt.BottomRightCorner, Qt.RightDockWidgetArea)):
            if main_window.corner(corner) == Qt.BottomDockWidgetArea:
                bottom_width += max((d.width() for d in main_window.findChildren(QDockWidget)
                                     if main_window.dockWidgetArea(d) == area and d.isVisible()
                                     and not d.isFloating()), default=0)
        if bottom_width >= 0.8 * wanted:
            main_window.addDockWidget(Qt.BottomDockWidgetArea, dock)
            dock.show()
            height = max(dock.minimumSizeHint().height(), int(main_window.height() * 0.5))
            main_window.resizeDocks([dock], [height], Qt.Vertical)
        else:
            dock.setFloating(True)
            size_w, size_h = wanted, int(available.height() * 0.75)
            dock.resize(size_w, size_h)
            centre = main_window.frameGeometry().center()
            dock.move(max(available.left(), min(centre.x() - size_w // 2, available.right() - size_w)),
                      max(available.top(), min(centre.y() - size_h // 2, available.bottom() - size_h)))
        dock.raise_()
        self._keep_window_on_screen()

    def _take_down(self, name: str) -> None:
        """``teardown()`` the panel or controller held in attribute ``name``, take a panel out
        of the main window, and delete it."""
        part = getattr(self, name)
        if part is None:
            return
        part.teardown()
        if isinstance(part, QDockWidget):
            self.iface.removeDockWidget(part)
        part.deleteLater()
        setattr(self, name, None)

    def _on_demo_busy(self, busy: bool) -> None:
        action = self.actions.get("demo")
        if action is not None:
            action.setEnabled(not busy)

    def unload(self) -> None:
        if self.dock is not None and hasattr(self.iface, "initializationCompleted"):
            try:
                self.iface.initializationCompleted.disconnect(self._arrange_docks_once)
            except TypeError:
                pass
        self._tabbed_docks = []
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

        # Panels and controllers, those built on others first (the Demining dock last).
        for name in ("traverse_dock", "minemaps_dock", "postgis", "items_dock", "capture", "imports", "fieldmap",
                     "checks_dock", "totals_dock", "clearance_dock", "release", "dock"):
            self._take_down(name)

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
