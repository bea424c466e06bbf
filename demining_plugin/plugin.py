"""The plugin object QGIS loads: wires the Processing provider, the panels, the menu, the
toolbar and the drop handler, and undoes all of it in ``unload()``."""

from dataclasses import dataclass
from operator import attrgetter
from typing import Dict, Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, Qt, QTimer, QTranslator
from qgis.PyQt.QtGui import QGuiApplication, QIcon
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QStyle

from .__about__ import resource_path
from .processing.provider import DeminingProvider
from .settings import ARRANGED_DOCKS, DASHBOARD_OPENED_LARGE, migrate_old_keys, saved_window_state
from .translation import load_translator, user_locale

#: objectName of QGIS's Help menu: ours goes just before it.
_HELP_MENU = "mHelpMenu"
#: Width the dashboard's table and charts want; narrower, it opens in the bottom area or floating.
_DASHBOARD_WIDTH = 900
#: Share of the window the right-hand tabs may take to show their titles whole.
_RIGHT_AREA_SHARE = 0.45


@dataclass(frozen=True)
class ActionSpec:
    """One action of the Demining menu: its key in ``DeminingPlugin.actions``, objectName,
    icon, menu section (a separator between sections), what it does, and its text and tip
    (translated in the context "DeminingPlugin").

    What it does, by ``role``: "slot", it calls the plugin attribute path ``target``
    ("session.load_demo"); "panel", it shows and hides the panel held in the plugin attribute
    ``target`` (checkable); "tool", it activates the map tool ``target`` ("capture.item_tool",
    by its controller's ``activate_item_tool``) and is checked while that tool is active.
    """

    key: str
    name: str
    icon: str
    section: int
    role: str
    target: str
    text: str
    tip: str

    @property
    def panel(self) -> Optional[str]:
        return self.target if self.role == "panel" else None

    @property
    def tool(self) -> Optional[str]:
        return self.target if self.role == "tool" else None


#: Every action of the plugin, in menu order: (key, objectName, icon, menu section, role, target).
_ACTION_ROWS = (
    ("dock", "mActionDeminingDock", "dock.svg", 0, "panel", "dock"),
    ("new", "mActionDeminingNewStore", "new_store.svg", 1, "slot", "session.new_store_dialog"),
    ("open", "mActionDeminingOpenStore", "open_store.svg", 1, "slot", "session.open_store_dialog"),
    ("demo", "mActionDeminingLoadDemo", "demo.svg", 1, "slot", "session.load_demo"),
    ("clearance", "mActionDeminingClearanceDock", "sectors.svg", 2, "panel", "clearance_dock"),
    ("draw", "mActionDeminingMarkReleased", "draw_release.svg", 2, "tool", "release.tool"),
    ("tasks", "mActionDeminingReleaseTasks", "release_tasks.svg", 2, "slot", "release.release_selected_tasks"),
    ("sectors", "mActionDeminingSectors", "sectors.svg", 2, "slot", "clearance_dock.divide_selected_task"),
    ("undo_release", "mActionDeminingUndoRelease", "undo_release.svg", 2, "slot", "release.undo_last"),
    ("totals", "mActionDeminingTotalsDock", "totals.svg", 3, "panel", "totals_dock"),
    ("report", "mActionDeminingPeriodReport", "report.svg", 3, "slot", "totals_dock.report_dialog"),
    ("traverse", "mActionDeminingTraverse", "traverse.svg", 4, "panel", "traverse_dock"),
    ("minemaps", "mActionDeminingMineMapsDock", "minemaps.svg", 4, "panel", "minemaps_dock"),
    ("open_postgis", "mActionDeminingOpenPostgis", "open_store.svg", 4, "slot", "postgis.open_postgis_dialog"),
    ("history", "mActionDeminingFeatureHistory", "report.svg", 4, "slot", "postgis.show_selected"),
    ("items", "mActionDeminingItemsDock", "dock.svg", 5, "panel", "items_dock"),
    ("capture_item", "mActionDeminingCaptureItem", "capture_item.svg", 5, "tool", "capture.item_tool"),
    ("capture_accident", "mActionDeminingCaptureAccident", "capture_accident.svg", 5, "tool", "capture.accident_tool"),
    ("import_minemap", "mActionDeminingImportMineMap", "open_store.svg", 5, "slot", "imports.import_mine_map"),
    ("import_items", "mActionDeminingImportItems", "open_store.svg", 5, "slot", "imports.import_detections"),
    ("import_accidents", "mActionDeminingImportAccidents", "open_store.svg", 5, "slot", "imports.import_accidents"),
    ("fieldmap", "mActionDeminingFieldMap", "fieldmap.svg", 5, "slot", "fieldmap.show_dialog"),
    ("completion", "mActionDeminingCompletion", "fieldmap.svg", 5, "slot", "completion.show_dialog"),
    ("fieldpackage", "mActionDeminingFieldPackage", "fieldpackage.svg", 5, "slot", "fieldpackage.show_dialog"),
    ("fieldmerge", "mActionDeminingFieldMerge", "fieldpackage.svg", 5, "slot", "fieldmerge.show_dialog"),
    ("checks", "mActionDeminingChecksDock", "checks.svg", 5, "panel", "checks_dock"),
    ("review", "mActionDeminingReviewDock", "checks.svg", 5, "panel", "review_dock"),
)
#: The menu text of each action.
_TEXTS = {
    "dock": QT_TRANSLATE_NOOP("DeminingPlugin", "Demining Panel"),
    "new": QT_TRANSLATE_NOOP("DeminingPlugin", "New Store…"),
    "open": QT_TRANSLATE_NOOP("DeminingPlugin", "Open Store…"),
    "demo": QT_TRANSLATE_NOOP("DeminingPlugin", "Load Demo"),
    "clearance": QT_TRANSLATE_NOOP("DeminingPlugin", "Clearance Panel"),
    "draw": QT_TRANSLATE_NOOP("DeminingPlugin", "Draw Released Land"),
    "tasks": QT_TRANSLATE_NOOP("DeminingPlugin", "Mark Selected Tasks Released…"),
    "sectors": QT_TRANSLATE_NOOP("DeminingPlugin", "Divide into Sectors…"),
    "undo_release": QT_TRANSLATE_NOOP("DeminingPlugin", "Undo Last Release"),
    "totals": QT_TRANSLATE_NOOP("DeminingPlugin", "Clearance Totals"),
    "report": QT_TRANSLATE_NOOP("DeminingPlugin", "Period Report…"),
    "traverse": QT_TRANSLATE_NOOP("DeminingPlugin", "Minefield Record Traverse…"),
    "minemaps": QT_TRANSLATE_NOOP("DeminingPlugin", "Mine Maps"),
    "open_postgis": QT_TRANSLATE_NOOP("DeminingPlugin", "Open PostGIS Store…"),
    "history": QT_TRANSLATE_NOOP("DeminingPlugin", "Feature History…"),
    "items": QT_TRANSLATE_NOOP("DeminingPlugin", "Items Found Panel"),
    "capture_item": QT_TRANSLATE_NOOP("DeminingPlugin", "Record Item Found"),
    "capture_accident": QT_TRANSLATE_NOOP("DeminingPlugin", "Record Accident"),
    "import_minemap": QT_TRANSLATE_NOOP("DeminingPlugin", "Import Mine Map…"),
    "import_items": QT_TRANSLATE_NOOP("DeminingPlugin", "Import Items Found…"),
    "import_accidents": QT_TRANSLATE_NOOP("DeminingPlugin", "Import Accidents…"),
    "fieldmap": QT_TRANSLATE_NOOP("DeminingPlugin", "Print Field Map…"),
    "completion": QT_TRANSLATE_NOOP("DeminingPlugin", "Print Completion Report…"),
    "fieldpackage": QT_TRANSLATE_NOOP("DeminingPlugin", "Package for the Field…"),
    "fieldmerge": QT_TRANSLATE_NOOP("DeminingPlugin", "Merge Field Results…"),
    "checks": QT_TRANSLATE_NOOP("DeminingPlugin", "Data Checks"),
    "review": QT_TRANSLATE_NOOP("DeminingPlugin", "Review Submissions"),
}
#: The tooltip (and status tip) of each action.
_TIPS = {
    "dock": QT_TRANSLATE_NOOP("DeminingPlugin", "Show or hide the Demining panel"),
    "new": QT_TRANSLATE_NOOP("DeminingPlugin", "Create an empty Demining store and add it to the project"),
    "open": QT_TRANSLATE_NOOP("DeminingPlugin", "Add the layers of an existing Demining store to the project"),
    "demo": QT_TRANSLATE_NOOP("DeminingPlugin", "Open the demo scenario, building it first if needed"),
    "clearance": QT_TRANSLATE_NOOP("DeminingPlugin", "Show or hide the Clearance panel (tasks in view, release "
                                                     "tools)"),
    "draw": QT_TRANSLATE_NOOP("DeminingPlugin", "Draw land released on the map; it is clipped to the hazard areas "
                                                "and never counted twice"),
    "tasks": QT_TRANSLATE_NOOP("DeminingPlugin", "Record the selected tasks or sectors as released"),
    "sectors": QT_TRANSLATE_NOOP("DeminingPlugin", "Divide the selected task into numbered sectors"),
    "undo_release": QT_TRANSLATE_NOOP("DeminingPlugin", "Take back the whole of the last release or sector division"),
    "totals": QT_TRANSLATE_NOOP("DeminingPlugin", "Show or hide the Clearance totals dashboard (hectares, items, "
                                                  "routes, accidents by district, method, team or period)"),
    "report": QT_TRANSLATE_NOOP("DeminingPlugin", "Write the period report of the store (sentences and table) as "
                                                  ".md, .html or .txt"),
    "traverse": QT_TRANSLATE_NOOP("DeminingPlugin", "Show or hide the traverse entry panel: a paper minefield "
                                                    "record's turning points as bearing and distance, previewed on "
                                                    "the map and saved as a minefield record"),
    "minemaps": QT_TRANSLATE_NOOP("DeminingPlugin", "Show or hide the Mine maps panel (how accurate each supplied "
                                                    "minefield record is)"),
    "open_postgis": QT_TRANSLATE_NOOP("DeminingPlugin", "Add the layers of a Demining store kept in a PostGIS "
                                                        "database to the project"),
    "history": QT_TRANSLATE_NOOP("DeminingPlugin", "Who changed the selected feature, what and when (PostGIS "
                                                   "stores)"),
    "items": QT_TRANSLATE_NOOP("DeminingPlugin", "Show or hide the Items found panel (latest items, filters, "
                                                 "counts by category)"),
    "capture_item": QT_TRANSLATE_NOOP("DeminingPlugin", "Click on the map where an item was found; task and "
                                                        "district are filled in from the point"),
    "capture_accident": QT_TRANSLATE_NOOP("DeminingPlugin", "Click on the map where a mine accident happened"),
    "import_minemap": QT_TRANSLATE_NOOP("DeminingPlugin", "Import a supplied mine map (CSV, XLSX, GeoJSON, "
                                                          "Shapefile, KML/KMZ, GPX)"),
    "import_items": QT_TRANSLATE_NOOP("DeminingPlugin", "Import items found from a team's file"),
    "import_accidents": QT_TRANSLATE_NOOP("DeminingPlugin", "Import mine and UXO accidents from a file"),
    "fieldmap": QT_TRANSLATE_NOOP("DeminingPlugin", "Print field maps of the selected tasks (or tasks matching an "
                                                    "expression) to PDF, or open one in the Layout Designer"),
    "completion": QT_TRANSLATE_NOOP("DeminingPlugin", "Print the completion report and handover certificate of the "
                                                      "selected tasks (IMAS 08.30) to PDF, with the handover "
                                                      "checks' warnings"),
    "fieldpackage": QT_TRANSLATE_NOOP("DeminingPlugin", "Package the selected tasks for a team's tablet (QField): "
                                                        "a project with the context around them and forms for "
                                                        "items found, released land and the daily log"),
    "fieldmerge": QT_TRANSLATE_NOOP("DeminingPlugin", "Merge what a team brought back in a field package (folder "
                                                      "or .zip): shown before it is stored, by the desktop's rules"),
    "checks": QT_TRANSLATE_NOOP("DeminingPlugin", "Show or hide the Checks panel (broken geometry, double-counted "
                                                  "land, orphan links, ...)"),
    "review": QT_TRANSLATE_NOOP("DeminingPlugin", "Show or hide the Review panel: imports, releases and field "
                                                  "merges submitted for review, to approve or reject"),
}
ACTIONS = tuple(ActionSpec(*row, _TEXTS[row[0]], _TIPS[row[0]]) for row in _ACTION_ROWS)
#: The toolbar's groups of actions, in order, a separator between groups.
TOOLBAR = (("dock",), ("new", "open", "demo"), ("draw", "capture_item", "capture_accident"))


def _saved_layout_knows(dock: QDockWidget) -> bool:
    """Whether QGIS's saved window layout has a place for ``dock`` (the layout names each
    panel by its objectName, as a QDataStream string: UTF-16, big-endian)."""
    state = saved_window_state()
    if not state or not dock.objectName():
        return False
    return dock.objectName().encode("utf-16-be") in state


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
        self.completion = None
        self.fieldpackage = None
        self.fieldmerge = None
        self.checks_dock = None
        self.review_dock = None
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
        self.initProcessing()
        main_window = self.iface.mainWindow()
        self._tabbed_docks = []
        self._layout_checked = False
        # Panels move by themselves (the dashboard opening large) only in a laid-out window:
        # after QGIS restored its layout, or at once when the plugin loads into a running QGIS.
        self._layout_ready = False
        if hasattr(self.iface, "initializationCompleted"):  # the test interface has no such signal
            self.iface.initializationCompleted.connect(self._arrange_docks_once)
            self._layout_ready = main_window.isVisible()

        self._build_parts()
        self.actions = {spec.key: self._action(spec) for spec in ACTIONS}
        self.session.demo_busy_changed.connect(self._on_demo_busy)
        self.actions["demo"].setEnabled(not self.session.demo_busy)

        self.toolbar = self.iface.addToolBar(self.tr("Demining"))
        self.toolbar.setObjectName("DeminingToolbar")
        self.toolbar.setToolTip(self.tr("Demining"))
        self.menu = QMenu(self.tr("&Demining"), main_window)
        self.menu.setObjectName("DeminingMenu")
        self.menu.setToolTipsVisible(True)
        for k, spec in enumerate(ACTIONS):
            if k and spec.section != ACTIONS[k - 1].section:
                self.menu.addSeparator()
            self.menu.addAction(self.actions[spec.key])
        for k, group in enumerate(TOOLBAR):
            if k:
                self.toolbar.addSeparator()
            for key in group:
                self.toolbar.addAction(self.actions[key])
        menu_bar = main_window.menuBar()
        help_menu = next(
            (action for action in menu_bar.actions() if action.menu() and action.menu().objectName() == _HELP_MENU),
            None,
        )
        if help_menu is not None:
            menu_bar.insertMenu(help_menu, self.menu)
        else:
            menu_bar.addMenu(self.menu)

        from .gui.drop import StoreDropHandler

        self.drop_handler = StoreDropHandler(self.session)
        self.iface.registerCustomDropHandler(self.drop_handler)

        # Last: adopting the store of an already open project refreshes the dock.
        self.session.start()

    def _build_parts(self) -> None:
        """The session, the controllers and the panels (tabbed on the right in this order)."""
        # Imported here: qgis_process loads the plugin for Processing only, without widgets.
        from .gui.capture_tool import CaptureController
        from .gui.checks_dock import ChecksDock
        from .gui.clearance_dock import ClearanceDock
        from .gui.completion_controller import CompletionController
        from .gui.dock import DeminingDock
        from .gui.fieldmap_controller import FieldMapController
        from .gui.fieldmerge_controller import FieldMergeController
        from .gui.fieldpackage_controller import FieldPackageController
        from .gui.history_dialog import PostgisController
        from .gui.import_controller import ImportController
        from .gui.items_dock import ItemsDock
        from .gui.minemaps_dock import MineMapsDock
        from .gui.release_controller import ReleaseController
        from .gui.review_dock import ReviewDock
        from .gui.session import StoreSession
        from .gui.totals_dock import TotalsDock
        from .gui.traverse_dock import TraverseDock

        main_window = self.iface.mainWindow()
        self.session = StoreSession(self.iface)
        self.dock = DeminingDock(self.iface, self.session, main_window)
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        # Land release: the mark-released tool, its undo stack and the Clearance panel.
        self.release = ReleaseController(self.iface, self.session)
        self.clearance_dock = ClearanceDock(self.iface, self.release, main_window)
        self._add_tabbed_dock(self.clearance_dock)
        self.totals_dock = TotalsDock(self.iface, self.session, main_window)
        self._add_tabbed_dock(self.totals_dock)
        self.totals_dock.visibilityChanged.connect(self._on_dashboard_visibility)
        self.postgis = PostgisController(self.iface, self.session)
        self.imports = ImportController(self.iface, self.session)
        self.fieldmap = FieldMapController(self.iface, self.session, main_window)
        self.completion = CompletionController(self.iface, self.session, main_window)
        self.fieldpackage = FieldPackageController(self.iface, self.session, main_window)
        self.fieldmerge = FieldMergeController(self.iface, self.session, main_window)
        self.traverse_dock = TraverseDock(self.iface, self.session, main_window)
        self._add_tabbed_dock(self.traverse_dock)
        self.minemaps_dock = MineMapsDock(self.iface, self.session, main_window)
        self._add_tabbed_dock(self.minemaps_dock)
        # Data checks: their fixes are undone like releases.
        self.checks_dock = ChecksDock(self.iface, self.session, self.release, main_window)
        self._add_tabbed_dock(self.checks_dock)
        # Submissions waiting for a data manager's decision.
        self.review_dock = ReviewDock(self.iface, self.session, main_window)
        self._add_tabbed_dock(self.review_dock)
        # Items found and accidents: the capture tools and the Items found panel.
        self.capture = CaptureController(self.iface, self.session)
        self.items_dock = ItemsDock(self.iface, self.session, main_window)
        self._add_tabbed_dock(self.items_dock)

    def _action(self, spec: ActionSpec) -> QAction:
        """The action of ``spec``, connected to its slot, panel or map tool."""
        tip = self.tr(spec.tip)
        action = QAction(_icon(spec.icon), self.tr(spec.text), self.iface.mainWindow())
        action.setObjectName(spec.name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if spec.role == "panel":
            # The panel keeps the action's checked state in step with its visibility.
            getattr(self, spec.target).setToggleVisibilityAction(action)
            return action
        slot_path = spec.target
        if spec.role == "tool":
            owner, _, tool = spec.target.rpartition(".")
            slot_path = f"{owner}.activate_{tool}"
            action.setCheckable(True)
            attrgetter(spec.target)(self).setAction(action)
        # Lambdas drop the "checked" argument of triggered; the slots take none.
        slot = attrgetter(slot_path)(self)
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
        """``teardown()`` the panel or controller held in attribute ``name`` (the protocol is
        written in ``gui.base_panel.DeminingPanel``), take a panel out of the main window, and
        delete it."""
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
                     "completion", "fieldpackage", "fieldmerge", "review_dock", "checks_dock", "totals_dock",
                     "clearance_dock",
                     "release", "dock"):
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
