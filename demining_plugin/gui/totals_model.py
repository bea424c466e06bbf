"""What the dashboard shows and how it gets it: the background task computing a store's
totals, the table model of one grouping and its sorting (the totals row stays last)."""

from typing import Callable, Optional

from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from qgis.PyQt.QtGui import QFont

from ..core.locale_format import display_locale
from ..core.reports.as_of import totals_as_of
from ..core.reports.table_export import group_label
from ..core.reports.totals import StoreTotals, TotalsTable
from .tasks import BackgroundTask

#: Qt's translation function under the name pylupdate5 looks for.

translate = QCoreApplication.translate


#: Raw value of a cell (for sorting); the totals row says so with TOTALS_ROLE.
VALUE_ROLE = Qt.UserRole + 1
TOTALS_ROLE = Qt.UserRole + 2
ALIGN_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


class TotalsTask(BackgroundTask):
    """``store_totals`` in a worker thread, on layers opened here in the main thread; as of a
    moment, the rows as they were are rebuilt from the history in the worker too (read from
    those layers, no layer made: ``core.reports.as_of``)."""

    LAYERS = ("regions", "cleared_areas", "detections", "cleared_routes", "accidents")

    def __init__(self, store, on_finished: Callable, as_of=None):
        super().__init__(translate("TotalsDock", "Clearance totals of {}").format(store.name), on_finished)
        self.store = store
        #: The moment the figures are rebuilt for from the store's history (None: now).
        self.as_of = as_of
        #: Every day's cumulative hectares per district (``StoreTotals.cumulative_hectares``),
        #: computed here rather than on the main thread (a second on a national store).
        self.cumulative = None
        self._view = self.open_store(store, self.LAYERS)

    def work(self) -> StoreTotals:
        totals = totals_as_of(self._view, self.as_of, progress=self.setProgress, is_canceled=self.isCanceled)
        self.cumulative = totals.cumulative_hectares()
        return totals


class TotalsModel(QAbstractTableModel):
    """A ``TotalsTable`` with its totals row last."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: Optional[TotalsTable] = None
        self._locale = display_locale()

    def set_table(self, table: Optional[TotalsTable]) -> None:
        self.beginResetModel()
        self.table = table
        self._locale = display_locale()
        self.endResetModel()

    def rowCount(self, parent=None) -> int:
        if (parent is not None and parent.isValid()) or self.table is None:
            return 0
        return len(self.table.rows) + 1

    def columnCount(self, parent=None) -> int:
        if (parent is not None and parent.isValid()) or self.table is None:
            return 0
        return len(self.table.columns)

    def _row(self, row: int):
        return self.table.totals if row == len(self.table.rows) else self.table.rows[row]

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        is_total = index.row() == len(self.table.rows)
        column = self.table.columns[index.column()]
        value = self._row(index.row())[index.column()]
        if role == Qt.DisplayRole:
            if index.column() == 0:
                return self.tr("Total") if is_total else group_label(self.table, value)
            return self._format(column.kind, value)
        if role == VALUE_ROLE:
            return value
        if role == TOTALS_ROLE:
            return is_total
        if role == Qt.TextAlignmentRole and index.column() > 0:
            return ALIGN_RIGHT
        if role == Qt.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole and index.column() == 0 and not is_total and value is not None \
                and group_label(self.table, value) != str(value):
            return self.tr("The layer behind these figures does not record this grouping.")
        return None

    def _format(self, kind: str, value) -> str:
        if kind == "ha":
            return self._locale.toString(float(value), "f", 2)
        if kind == "km":
            return self._locale.toString(float(value), "f", 1)
        if kind == "count":
            return self._locale.toString(int(value))
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and self.table is not None:
            return self.table.columns[section].title
        return None


class TotalsSortProxy(QSortFilterProxyModel):
    """Sorts by raw value and keeps the totals row last in either order."""

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        ascending = self.sortOrder() == Qt.AscendingOrder
        if left.data(TOTALS_ROLE):
            return not ascending
        if right.data(TOTALS_ROLE):
            return ascending
        a, b = left.data(VALUE_ROLE), right.data(VALUE_ROLE)
        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
            return a < b
        return (a is None, str(left.data(Qt.DisplayRole))) < (b is None, str(right.data(Qt.DisplayRole)))
