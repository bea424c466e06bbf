"""The main "Demining" dock: the open store, its headline figures and layer counts.

The dock only shows what ``StoreSession`` holds and the figures it computes (from
``core.reports.figures``, in the background).
"""

from typing import Dict, Optional

from qgis.core import QgsApplication
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QCoreApplication, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QFont, QIcon
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QAction,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..__about__ import resource_path
from ..core.locale_format import format_count
from ..core.model.schema import ITEM_CATEGORY, LAYERS, RELEASE_METHOD
from ..core.reports.figures import HeadlineFigures
from .base_panel import DeminingPanel
from .formatting import format_hectares, format_km
from .notify import notify_exception
from .session import StoreSession

_PENDING = "…"
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


def _icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", name)))


def _schema_label(text: str) -> str:
    # Labels of the data model are translated in the "Schema" context (see core.store.styles).
    return QCoreApplication.translate("Schema", text)


class DeminingDock(DeminingPanel):
    #: The figures and counts on display were just updated from the store.
    figures_shown = pyqtSignal()

    def __init__(self, iface, session: StoreSession, parent: Optional[QWidget] = None):
        super().__init__(self.tr("Demining"), "DeminingDock", iface, session, parent)
        # Wide enough for a figure and its value side by side; the rest scrolls.
        self.setMinimumSize(self.fontMetrics().horizontalAdvance("Civilians injured 22,891.25 ha") + 80,
                            self.fontMetrics().height() * 14)
        self.figure_items: Dict[str, QTreeWidgetItem] = {}
        self._build_ui()
        self.follow_store(self._on_store_changed)
        for signal, slot in ((self.session.figures_started, self._on_figures_started),
                             (self.session.figures_ready, self.show_figures),
                             (self.session.figures_failed, self._on_figures_failed),
                             (self.session.demo_busy_changed, self._on_demo_busy),
                             (self.session.demo_progress_changed, self._on_demo_progress)):
            self.listen(signal, slot)
        self._on_store_changed()
        self._on_demo_busy(self.session.demo_busy)
        self.session.request_figures(0)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("DeminingDock", text)

    # -- layout ------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)

        header = QHBoxLayout()
        self.store_label = QLabel()
        self.store_label.setObjectName("storeName")
        font = QFont(self.store_label.font())
        font.setBold(True)
        if font.pointSizeF() > 0:  # -1 when the font is sized in pixels
            font.setPointSizeF(font.pointSizeF() * 1.15)
        self.store_label.setFont(font)
        self.store_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.store_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        header.addWidget(self.store_label, 1)
        self.refresh_button = QToolButton()
        self.refresh_button.setObjectName("refreshFigures")
        self.refresh_button.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        self.refresh_button.setToolTip(self.tr("Recompute the figures from the store"))
        self.refresh_button.setAutoRaise(True)
        self.refresh_button.clicked.connect(lambda: self.session.request_figures(0))
        header.addWidget(self.refresh_button)
        layout.addLayout(header)

        self.details_label = QLabel()
        self.details_label.setObjectName("storeDetails")
        self.details_label.setWordWrap(True)
        layout.addWidget(self.details_label)

        # Icon above text: three buttons fit a dock of ordinary width.
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.new_action = self._action("newStore", self.tr("New store…"), "new_store.svg",
                                       self.tr("Create an empty Demining store (GeoPackage) and add it to the project"),
                                       self.session.new_store_dialog)
        self.open_action = self._action("openStore", self.tr("Open store…"), "open_store.svg",
                                        self.tr("Add the layers of an existing Demining store to the project"),
                                        self.session.open_store_dialog)
        self.demo_action = self._action("loadDemo", self.tr("Load demo"), "demo.svg",
                                        self.tr("Open the demo scenario (Karabakh, 2020-2022), building it first "
                                                "if needed"),
                                        self.session.load_demo)
        self.new_button, self.open_button, self.demo_button = (
            self._button(action) for action in (self.new_action, self.open_action, self.demo_action)
        )
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.demo_progress = QProgressBar()
        self.demo_progress.setObjectName("demoProgress")
        self.demo_progress.setRange(0, 100)
        self.demo_progress.setFormat(self.tr("Building the demo… %p%"))
        # Its text must not widen the dock; the bar takes the width it is given.
        self.demo_progress.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.demo_progress.hide()
        layout.addWidget(self.demo_progress)

        figures_box = QGroupBox(self.tr("Headline figures"))
        figures_layout = QVBoxLayout(figures_box)
        self.figures_tree = QTreeWidget()
        self.figures_tree.setObjectName("figures")
        self.figures_tree.setColumnCount(2)
        self.figures_tree.setHeaderLabels([self.tr("Figure"), self.tr("Value")])
        self.figures_tree.setRootIsDecorated(True)
        self.figures_tree.setUniformRowHeights(True)
        self.figures_tree.setSelectionMode(QAbstractItemView.NoSelection)
        self.figures_tree.setFocusPolicy(Qt.NoFocus)
        self.figures_tree.header().setStretchLastSection(False)
        self.figures_tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.figures_tree.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        # Every figure is always in view: the tree grows with its rows, the dock scrolls.
        self.figures_tree.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.figures_tree.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.figures_tree.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        figures_layout.addWidget(self.figures_tree)
        self.status_label = self.status_line("figuresStatus")
        figures_layout.addWidget(self.status_label)
        layout.addWidget(figures_box)

        counts_box = QgsCollapsibleGroupBox(self.tr("Layers"))
        counts_box.setObjectName("layerCountsBox")
        counts_layout = QVBoxLayout(counts_box)
        self.counts_table = QTableWidget(len(LAYERS), 2)
        self.counts_table.setObjectName("layerCounts")
        self.counts_table.setHorizontalHeaderLabels([self.tr("Layer"), self.tr("Features")])
        self.counts_table.verticalHeader().hide()
        self.counts_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.counts_table.setSelectionMode(QAbstractItemView.NoSelection)
        self.counts_table.setFocusPolicy(Qt.NoFocus)
        self.counts_table.setAlternatingRowColors(True)
        self.counts_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.counts_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.counts_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        for row, definition in enumerate(LAYERS):
            title = QTableWidgetItem(_schema_label(definition.title))
            title.setToolTip(definition.name)
            title.setData(Qt.UserRole, definition.name)
            self.counts_table.setItem(row, 0, title)
            count = QTableWidgetItem(_PENDING)
            count.setTextAlignment(_RIGHT)
            self.counts_table.setItem(row, 1, count)
        self.counts_table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.counts_table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.counts_table.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.counts_table.setFixedHeight(
            self.counts_table.horizontalHeader().sizeHint().height()
            + len(LAYERS) * self.counts_table.verticalHeader().defaultSectionSize()
            + 2 * self.counts_table.frameWidth()
        )
        counts_layout.addWidget(self.counts_table)
        layout.addWidget(counts_box)
        layout.addStretch(1)
        self._fit_figures_height()

        # Content as wide as the dock (never a sideways scroll bar), scrolling down when short.
        self.setWidget(self.scrolled(content, sideways=False))

    def _action(self, name: str, text: str, icon: str, tooltip: str, slot) -> QAction:
        action = QAction(_icon(icon), text, self)
        action.setObjectName(name)
        action.setToolTip(tooltip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setObjectName(action.objectName() + "Button")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonTextUnderIcon)
        button.setIconSize(QSize(24, 24))
        button.setAutoRaise(True)
        button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        return button

    # -- store header ---------------------------------------------------------------------------
    def _on_store_changed(self) -> None:
        store = self.session.store
        if store is None:
            self.store_label.setText(self.tr("No store open"))
            self.store_label.setToolTip("")
            self.details_label.setText(self.tr("Create a new store, open an existing one or load the demo to "
                                               "see its figures here."))
            self.refresh_button.setEnabled(False)
            self._show_empty()
            return
        self.store_label.setText(store.name)
        self.store_label.setToolTip(str(store.location))
        try:
            crs = store.crs.authid() or store.crs.description()
            details = self.tr("Data model version {version} · {crs}").format(version=store.schema_version, crs=crs)
        except Exception as error:  # noqa: BLE001 (an unreadable store still gets a header)
            notify_exception(self.iface, error, self.tr("Reading store {}").format(store.name))
            details = ""
        self.details_label.setText(details)
        self.details_label.setToolTip(str(store.location))
        self.refresh_button.setEnabled(True)
        self._mark_pending()

    # -- figures --------------------------------------------------------------------------------
    def _on_figures_started(self) -> None:
        self.status_label.setText(self.tr("Computing figures…"))

    def _on_figures_failed(self) -> None:
        self.status_label.setText(self.tr("The figures could not be computed; see the message log."))

    def show_figures(self, figures: HeadlineFigures) -> None:
        for row, definition in enumerate(LAYERS):
            count = figures.feature_counts.get(definition.name)
            self.counts_table.item(row, 1).setText(_PENDING if count is None else format_count(count))

        self.figures_tree.clear()
        self.figure_items = {}
        released = self._add_figure("released_ha", self.tr("Land released"), format_hectares(figures.released_ha),
                                    self.tr("Cancelled, reduced and cleared land; overlaps counted once"))
        short_methods = self._short_method_labels()
        for code, label in RELEASE_METHOD.values:
            self._add_figure(f"released_ha.{code}", short_methods.get(code, _schema_label(label)),
                             format_hectares(figures.released_ha_by_method.get(code, 0.0)),
                             tooltip=_schema_label(label), parent=released)
        items = self._add_figure("items_total", self.tr("Items found"), format_count(figures.items_total),
                                 self.tr("Mines, UXO and other items found (sum of quantities)"))
        short_items = self._short_item_labels()
        for code, label in ITEM_CATEGORY.values:
            quantity = figures.items_by_category.get(code, 0)
            if quantity or code in ("AP", "AT", "UXO"):
                self._add_figure(f"items.{code}", short_items.get(code, _schema_label(label)), format_count(quantity),
                                 tooltip=_schema_label(label), parent=items)
        self._add_figure("route_km", self.tr("Cleared routes"), format_km(figures.route_km))
        counts = figures.accidents
        accidents = self._add_figure("accidents", self.tr("Accidents"), format_count(counts.accidents))
        for key, label, value in (
            ("killed", self.tr("Killed"), counts.killed),
            ("injured", self.tr("Injured"), counts.injured),
            ("civilians_killed", self.tr("Civilians killed"), counts.civilian_killed),
            ("civilians_injured", self.tr("Civilians injured"), counts.civilian_injured),
        ):
            self._add_figure(key, label, format_count(value), parent=accidents)
        self.figures_tree.expandAll()
        self._fit_figures_height()
        self.status_label.setText(self.tr("All dates, saved data."))
        self.figures_shown.emit()

    def _short_method_labels(self) -> Dict[str, str]:
        # The dock is narrow: IMAS's one-word names, the full label as tooltip.
        return {"cleared": self.tr("Cleared"), "reduced": self.tr("Reduced"), "cancelled": self.tr("Cancelled")}

    def _short_item_labels(self) -> Dict[str, str]:
        return {
            "AP": self.tr("AP mines"), "AT": self.tr("AT mines"), "UXO": self.tr("UXO"), "AXO": self.tr("AXO"),
            "IED": self.tr("IEDs"), "SUBMUNITION": self.tr("Submunitions"), "OTHER": self.tr("Other items"),
        }

    def _add_figure(self, key: str, label: str, value: str, tooltip: str = "",
                    parent: Optional[QTreeWidgetItem] = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([label, value])
        item.setTextAlignment(1, _RIGHT)
        if tooltip:
            item.setToolTip(0, tooltip)
        if parent is None:
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setFont(1, font)
            self.figures_tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self.figure_items[key] = item
        return item

    def _fit_figures_height(self) -> None:
        rows = max(1, sum(1 + self.figures_tree.topLevelItem(i).childCount()
                          for i in range(self.figures_tree.topLevelItemCount())))
        if self.figures_tree.topLevelItemCount():
            row_height = self.figures_tree.sizeHintForRow(0)  # rows are uniform
        else:
            row_height = self.figures_tree.fontMetrics().height() + 4
        self.figures_tree.setFixedHeight(
            self.figures_tree.header().sizeHint().height() + rows * row_height + 2 * self.figures_tree.frameWidth()
        )

    def _mark_pending(self) -> None:
        for row in range(self.counts_table.rowCount()):
            self.counts_table.item(row, 1).setText(_PENDING)
        for item in self.figure_items.values():
            item.setText(1, _PENDING)

    def _show_empty(self) -> None:
        for row in range(self.counts_table.rowCount()):
            self.counts_table.item(row, 1).setText("")
        self.figures_tree.clear()
        self.figure_items = {}
        self._fit_figures_height()
        self.status_label.setText("")

    # -- demo -------------------------------------------------------------------------------------
    def _on_demo_busy(self, busy: bool) -> None:
        self.demo_action.setEnabled(not busy)
        self.demo_progress.setValue(0)
        self.demo_progress.setVisible(busy)

    def _on_demo_progress(self, progress: float) -> None:
        self.demo_progress.setValue(int(progress))
