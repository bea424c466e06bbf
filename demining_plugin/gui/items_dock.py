"""The "Items found" dock: the latest items with filters by category, district and date
range, the number of items by category for the filter, and zoom to an item.

It follows the session's store and reads it again when the store changes (items
recorded with the capture tool, edits saved in QGIS, imports).
"""

from typing import List, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.locale_format import display_locale
from ..core.model.schema import ITEM_CATEGORY
from ..core.reports.item_list import NO_DISTRICT, ItemFilter, ListedItem, counts_by_category, latest_items
from .base_panel import DeminingPanel
from .notify import notify_exception
from .tasks import BackgroundTask

translate = QCoreApplication.translate

#: Custom property naming the store layer of a project layer (set by core.styles).
#: How many of the latest items the list shows.
LIST_LIMIT = 200
#: Zooming to a point shows this many metres (or degrees at the equator) around it.
_ZOOM_HALF_M = 150.0
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


def _category_title(code: Optional[str]) -> str:
    if not code:
        return translate("ItemsDock", "(no category)")
    return translate("Schema", ITEM_CATEGORY.label(code))


class ItemsTask(BackgroundTask):
    """The latest items, the counts by category and the number of records matching a
    filter, read in a worker from a layer opened here, in the main thread."""

    def __init__(self, store, item_filter: ItemFilter, on_finished=None):
        super().__init__(translate("ItemsDock", "Items found in {}").format(store.name), on_finished)
        self.store = store
        self.item_filter = item_filter
        self._view = self.open_store(store, ["detections"])

    def work(self):
        layer = self._view.layer("detections")
        items = latest_items(layer, self.item_filter, LIST_LIMIT)
        counts = counts_by_category(layer, self.item_filter)
        expression = self.item_filter.expression()
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setNoAttributes()
        if expression:
            request.setFilterExpression(expression)
        records = sum(1 for _ in layer.getFeatures(request))
        return items, counts, records


class ItemsDock(DeminingPanel):
    #: The list and counts now show the store's current items for the filter.
    refreshed = pyqtSignal()

    def __init__(self, iface=None, session=None, parent: Optional[QWidget] = None):
        super().__init__(translate("ItemsDock", "Items"), "DeminingItemsDock", iface, session, parent)
        self.store = None
        self._own_layers = {}
        self.items: List[ListedItem] = []
        self.counts = {}
        self.records = 0
        self._refresh_timer = self.later(self.refresh, 0)
        self._build_ui()
        if session is not None:
            self.follow_store(self._on_store_changed)
            # Emitted after edits are committed to the store's layers and after tools write to it.
            self.listen(session.figures_started, self.schedule_refresh)
            self.show_store(session.store)
        else:
            self.show_store(None)

    def tr(self, text: str) -> str:
        return translate("ItemsDock", text)

    # -- user interface --------------------------------------------------------------------
    def _build_ui(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        filters = QGridLayout()
        self.category = QComboBox(body)
        self.category.setObjectName("itemsCategory")
        self.category.addItem(self.tr("All categories"), None)
        for code, _label in ITEM_CATEGORY.values:
            self.category.addItem(_category_title(code), code)
        self.district = QComboBox(body)
        self.district.setObjectName("itemsDistrict")
        self.date_from = self.date_edit("itemsFrom", self.tr("First day (empty: from the start)"), self.tr("start"))
        self.date_to = self.date_edit("itemsTo", self.tr("Last day, included (empty: up to now)"), self.tr("today"))
        filters.addWidget(QLabel(self.tr("Category"), body), 0, 0)
        filters.addWidget(self.category, 0, 1, 1, 3)
        filters.addWidget(QLabel(self.tr("District"), body), 1, 0)
        filters.addWidget(self.district, 1, 1, 1, 3)
        filters.addWidget(QLabel(self.tr("From"), body), 2, 0)
        filters.addWidget(self.date_from, 2, 1)
        filters.addWidget(QLabel(self.tr("to"), body), 2, 2)
        filters.addWidget(self.date_to, 2, 3)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        layout.addLayout(filters)

        self.counts_table = QTableWidget(0, 2, body)
        self.counts_table.setObjectName("itemsCounts")
        self.counts_table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Items")])
        self._table_look(self.counts_table)
        self.counts_table.horizontalHeader().setStretchLastSection(False)
        self.counts_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.counts_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        # As tall as its rows (eight at most): the counts are read at a glance, never scrolled.
        self.counts_table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.counts_table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        layout.addWidget(self.counts_table)
        self.list = QTableWidget(0, 6, body)
        self.list.setObjectName("itemsList")
        self.list.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Found on"), self.tr("Category"),
                                             self.tr("Qty"), self.tr("Task"), self.tr("District")])
        self._table_look(self.list)
        self.list.setToolTip(self.tr("Double-click an item to zoom to it"))
        self.list.cellDoubleClicked.connect(lambda row, _column: self.zoom_to_row(row))
        layout.addWidget(self.list, 1)

        buttons = QHBoxLayout()
        self.zoom_button = self.push_button("itemsZoom", self.tr("Zoom to item"), "",
                                            lambda: self.zoom_to_row(self.list.currentRow()))
        buttons.addWidget(self.zoom_button)
        buttons.addStretch(1)
        self.refresh_button = self.push_button("itemsRefresh", self.tr("Refresh"), "", self.reload)
        buttons.addWidget(self.refresh_button)
        layout.addLayout(buttons)
        self.status = self.status_line("itemsStatus")
        layout.addWidget(self.status)
        self.setWidget(body)

        self.category.currentIndexChanged.connect(self.schedule_refresh)
        self.district.currentIndexChanged.connect(self.schedule_refresh)
        self.date_from.dateValueChanged.connect(self.schedule_refresh)
        self.date_to.dateValueChanged.connect(self.schedule_refresh)

    def _table_look(self, table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        # Columns are fitted once after filling: ResizeToContents would measure every row
        # again at each cell set (a minute for 200 rows on a busy machine).
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        table.horizontalHeader().setStretchLastSection(True)

    # -- the filter ------------------------------------------------------------------------------
    def item_filter(self) -> ItemFilter:
        return ItemFilter(self.category.currentData(), self.district.currentData(), self.day_in(self.date_from),
                          self.day_in(self.date_to))

    def set_filter(self, category=None, district=None, date_from=None, date_to=None) -> None:
        """Set the filter controls (tests, other panels) and refresh at once."""
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        index = self.district.findData(district) if district is not None else 0
        self.district.setCurrentIndex(max(0, index))
        for edit, day in ((self.date_from, date_from), (self.date_to, date_to)):
            self.show_day(edit, day)
        self.refresh()

    def _store_layer(self, name: str):
        """The project's layer of the store, else one of our own (main thread)."""
        layer = self.session.store_layer(name) if self.session is not None else None
        if layer is not None:
            return layer
        if name not in self._own_layers:
            self._own_layers[name] = self.store.layer(name)
        return self._own_layers[name]

    def _fill_districts(self) -> None:
        current = self.district.currentData()
        names = []
        if self.store is not None:
            regions = self._store_layer("regions")
            index = regions.fields().indexOf("name")
            names = sorted({str(v) for v in regions.uniqueValues(index) if v}) if index >= 0 else []
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("All districts"), None)
        for name in names:
            self.district.addItem(name, name)
        self.district.addItem(self.tr("(outside the districts)"), NO_DISTRICT)
        self.district.setCurrentIndex(max(0, self.district.findData(current)))
        self.district.blockSignals(False)

    # -- following the store ------------------------------------------------------------------------
    def _on_store_changed(self) -> None:
        self.show_store(self.session_store())

    def show_store(self, store) -> None:
        self.drop_task()
        self.store = store
        self._own_layers = {}
        self._fill_districts()
        self.refresh()

    def schedule_refresh(self, *_args) -> None:
        self._refresh_timer.start()

    def reload(self) -> None:
        """Read the store file again (another program or tool wrote to it), then refresh."""
        self.refresh()

    @property
    def busy(self) -> bool:
        """True while the items are being read in the background."""
        return self._task is not None

    def refresh(self) -> None:
        """Read the latest items and the counts for the filter from the store, in the background."""
        self._refresh_timer.stop()
        if self.store is None:
            self.drop_task()
            self.items, self.counts, self.records = [], {}, 0
            self._show()
            self.status.setText(self.tr("Open a Demining store to see its items found."))
            return
        if self.again_later():  # it may have read the store, or the filter, before the latest change
            return
        try:
            task = ItemsTask(self.store, self.item_filter(), on_finished=self._on_read)
        except Exception as error:  # noqa: BLE001 (the user gets a message, the log the details)
            notify_exception(self.iface, error, self.tr("Listing the items found"))
            return
        self.status.setText(self.tr("Computing… reading the items found in {name}.").format(name=self.store.name))
        self.run_task(task)

    def _on_read(self, task: ItemsTask) -> None:
        again = self.task_ended()
        if sip.isdeleted(self):
            return
        if again or task.store is not self.store:
            self.refresh()
            return
        if task.error is not None:
            notify_exception(self.iface, task.error, self.tr("Listing the items found"))
            self.status.setText(self.tr("The items found could not be listed: see the message bar."))
            return
        if task.result is None:
            return
        self.items, self.counts, self.records = task.result
        self._show()
        self.refreshed.emit()


    def _show(self) -> None:
        locale = display_locale()
        order = {code: k for k, code in enumerate(ITEM_CATEGORY.codes)}
        rows = sorted(self.counts.items(), key=lambda kv: order.get(kv[0], len(order)))
        total = sum(self.counts.values())
        self.counts_table.setRowCount(len(rows) + 1)
        for r, (code, n) in enumerate(rows + [(None, total)]):
            is_total = r == len(rows)
            name = QTableWidgetItem(self.tr("Total") if is_total else _category_title(code))
            count = QTableWidgetItem(locale.toString(n))
            count.setTextAlignment(_RIGHT)
            if is_total:
                for cell in (name, count):
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
            self.counts_table.setItem(r, 0, name)
            self.counts_table.setItem(r, 1, count)
        table = self.counts_table
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + table.verticalHeader().length() +
                             2 * table.frameWidth())
        self.list.setUpdatesEnabled(False)
        self.list.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            cells = [item.item_id, item.found_on.isoformat() if item.found_on else "", _category_title(item.category),
                     locale.toString(item.quantity), item.task_id or "", item.district or ""]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c == 3:
                    cell.setTextAlignment(_RIGHT)
                if c == 2 and item.model:
                    cell.setToolTip(item.model)
                self.list.setItem(r, c, cell)
        self.list.resizeColumnsToContents()
        self.list.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.list.setUpdatesEnabled(True)
        if self.store is not None:
            shown = len(self.items)
            self.status.setText(self.tr("{total} items in {records} records match; the latest {shown} are listed.")
                                .format(total=locale.toString(total), records=locale.toString(self.records),
                                        shown=locale.toString(shown)))
        self.zoom_button.setEnabled(bool(self.items))

    # -- zoom -------------------------------------------------------------------------------------
    def zoom_to_row(self, row: int) -> bool:
        if self.iface is None or not 0 <= row < len(self.items) or self.store is None:
            return False
        geometry = self.items[row].geometry
        if geometry is None or geometry.isEmpty():
            return False
        canvas = self.iface.mapCanvas()
        target = canvas.mapSettings().destinationCrs()
        point = geometry.asPoint() if not geometry.isMultipart() else geometry.centroid().asPoint()
        if target.isValid() and target != self.store.crs:
            point = QgsCoordinateTransform(self.store.crs, target, QgsProject.instance()).transform(point)
        half = _ZOOM_HALF_M if not target.isGeographic() else _ZOOM_HALF_M / 111_000.0
        canvas.setExtent(QgsRectangle(point.x() - half, point.y() - half, point.x() + half, point.y() + half))
        canvas.refresh()
        if hasattr(canvas, "flashGeometries"):
            flash = geometry
            if target.isValid() and target != self.store.crs:
                flash = QgsGeometry(geometry)
                flash.transform(QgsCoordinateTransform(self.store.crs, target, QgsProject.instance()))
            canvas.flashGeometries([flash], target)
        return True

    # -- life cycle ---------------------------------------------------------------------------------
    def teardown(self) -> None:
        super().teardown()
        self.session = None
