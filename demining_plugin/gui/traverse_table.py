"""The parts of the traverse panel: the table of turning points (entry, checks, paste),
the point numbers drawn on the map, and the tool that picks the start point."""

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsPointXY,
)
from qgis.gui import QgsMapCanvasItem, QgsMapTool
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeySequence, QPainterPath, QPen
from qgis.PyQt.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
)

from ..core.model.schema import BEARING_UNIT, RECORD_POINT_TYPE
from ..core.records.traverse import (
    CIRCLE,
    POINT_TYPES,
    Leg,
    Traverse,
)

translate = QCoreApplication.translate


COL_NO, COL_TYPE, COL_BEARING, COL_DISTANCE, COL_FROM = range(5)
COLUMNS = (QT_TRANSLATE_NOOP("TraverseDock", "Point"), QT_TRANSLATE_NOOP("TraverseDock", "Type"),
           QT_TRANSLATE_NOOP("TraverseDock", "Bearing"), QT_TRANSLATE_NOOP("TraverseDock", "Distance (m)"),
           QT_TRANSLATE_NOOP("TraverseDock", "From point"))
#: Decimals kept in the table: well under a millimetre on a 1 km leg.
BEARING_DECIMALS = {"degrees": 6, "mils6400": 4, "mils6000": 4}
DISTANCE_DECIMALS = 3
BAD_CELL = QColor(255, 205, 205)
OUTLINE = QColor(200, 30, 30)


def _number(text: str) -> float:
    return float(text.strip().replace(",", "."))


def format_table_number(value: float, decimals: int) -> str:
    text = f"{value:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _type_code(text: str) -> Optional[str]:
    """A point type typed or pasted as its code, its label or its first letter."""
    text = (text or "").strip().lower()
    if not text:
        return "turning"
    for code, label in RECORD_POINT_TYPE.values:
        if text in (code, translate("Schema", label).lower(), label.lower()) or (
                len(text) == 1 and code.startswith(text)):
            return code
    return None


def closure_ratio_text(traverse: Traverse) -> str:
    """``1:N``; past a million the figure only says how well rounding went."""
    ratio = traverse.misclosure_ratio
    if ratio is not None and ratio > 1e6:
        return translate("TraverseDock", "better than 1:1,000,000")
    return traverse.ratio_text


def type_label(code: str) -> str:
    return translate("Schema", RECORD_POINT_TYPE.label(code))


@dataclass
class TableReading:
    """The table as the traverse sees it: the legs, and the cells that are wrong."""
    legs: List[Leg]
    bad_cells: Dict[Tuple[int, int], str]
    #: Table row of each leg.
    rows: List[int]

    def legs_before_first_bad_row(self) -> List[Leg]:
        first_bad = min((row for row, _ in self.bad_cells), default=None)
        return [leg for leg, row in zip(self.legs, self.rows) if first_bad is None or row < first_bad]


class _TypeDelegate(QStyledItemDelegate):
    """The point type column: a drop-down list of the record point types."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for code, label in RECORD_POINT_TYPE.values:
            editor.addItem(translate("Schema", label), code)
        return editor

    def setEditorData(self, editor, index):
        code = _type_code(index.data(Qt.DisplayRole) or "") or "turning"
        editor.setCurrentIndex(max(0, editor.findData(code)))

    def setModelData(self, editor, model, index):
        model.setData(index, type_label(editor.currentData()), Qt.DisplayRole)


class TurningPointTable(QTableWidget):
    """The turning-point table, for the keyboard: Tab or Enter moves to the next cell and
    a new row appears after the last one; Ctrl+V pastes tab-separated rows from a
    spreadsheet at the current cell; Delete clears the selected cells."""

    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("TraverseTable")
        self.setHorizontalHeaderLabels([translate("TraverseDock", c) for c in COLUMNS])
        self.horizontalHeaderItem(COL_FROM).setToolTip(translate(
            "TraverseDock", "The point the leg starts from; empty: the point above."))
        self.horizontalHeaderItem(COL_BEARING).setToolTip(translate(
            "TraverseDock", "Bearing in the chosen unit from the chosen north."))
        self.setItemDelegateForColumn(COL_TYPE, _TypeDelegate(self))
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Stretch)
        for column in (COL_NO, COL_TYPE, COL_FROM):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        # At least five rows in view, however crowded the dock area is.
        self.setMinimumHeight(self.verticalHeader().defaultSectionSize() * 5 + header.sizeHint().height())
        self.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.setTabKeyNavigation(True)

    # -- rows ---------------------------------------------------------------------------------
    def insert_blank_row(self, row: int) -> None:
        """A row at ``row`` numbered after the row above it, a turning point."""
        self.blockSignals(True)
        try:
            self.insertRow(row)
            above = self.item(row - 1, COL_NO) if row > 0 else None
            try:
                number = int(above.text()) + 1 if above is not None else row + 1
            except ValueError:
                number = row + 1
            for column in range(self.columnCount()):
                self.setItem(row, column, QTableWidgetItem(""))
            self.item(row, COL_NO).setText(str(number))
            self.item(row, COL_TYPE).setText(type_label("turning"))
        finally:
            self.blockSignals(False)
        self.itemChanged.emit(self.item(row, COL_NO))

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_text(self, row: int, column: int, text: str) -> None:
        item = self.item(row, column)
        if item is None:
            self.setItem(row, column, QTableWidgetItem(text))
        else:
            item.setText(text)

    # -- keyboard -----------------------------------------------------------------------------
    def moveCursor(self, action, modifiers):
        current = self.currentIndex()
        at_last_cell = (current.isValid() and current.row() == self.rowCount() - 1
                        and current.column() == self.columnCount() - 1)
        if action == QAbstractItemView.MoveNext and at_last_cell:
            self.insert_blank_row(self.rowCount())
            return self.model().index(self.rowCount() - 1, COL_BEARING)
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor, hint):
        # Enter in a cell goes on to the next cell, as Tab does.
        if hint == QAbstractItemDelegate.SubmitModelCache:
            hint = QAbstractItemDelegate.EditNextItem
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            event.accept()
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.state() != QAbstractItemView.EditingState:
            index = self.moveCursor(QAbstractItemView.MoveNext, event.modifiers())
            self.setCurrentIndex(index)
            self.edit(index)
            event.accept()
        elif event.key() in (Qt.Key_Delete, Qt.Key_Backspace) and self.state() != QAbstractItemView.EditingState:
            for item in self.selectedItems():
                if item.column() != COL_TYPE:
                    item.setText("")
            event.accept()
        else:
            super().keyPressEvent(event)

    def paste_text(self, text: str) -> int:
        """Tab-separated rows (a spreadsheet's copy) written from the current cell on,
        adding rows as needed. Returns the number of rows pasted."""
        lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
        if not lines:
            return 0
        start_row = max(self.currentRow(), 0)
        start_column = max(self.currentColumn(), 0)
        if self.rowCount() == 0:
            start_row, start_column = 0, COL_BEARING if "\t" in lines[0] and len(lines[0].split("\t")) == 2 else 0
        self.blockSignals(True)
        try:
            for offset, line in enumerate(lines):
                row = start_row + offset
                while row >= self.rowCount():
                    self.blockSignals(False)
                    self.insert_blank_row(self.rowCount())
                    self.blockSignals(True)
                for k, cell in enumerate(line.split("\t")):
                    column = start_column + k
                    if column >= self.columnCount():
                        continue
                    cell = cell.strip()
                    if column == COL_TYPE and _type_code(cell) is not None:
                        cell = type_label(_type_code(cell))  # one spelling in the table
                    self.set_text(row, column, cell)
        finally:
            self.blockSignals(False)
        self.itemChanged.emit(self.item(start_row, start_column))
        return len(lines)

    # -- reading ------------------------------------------------------------------------------
    def reading(self, unit: str) -> TableReading:
        """The legs of the filled rows (rows with no bearing and no distance are skipped),
        and a message for each cell that cannot be used."""
        legs, bad, leg_rows = [], {}, []
        circle = CIRCLE[unit]
        numbers = {0}
        for row in range(self.rowCount()):
            bearing_text, distance_text = self.text(row, COL_BEARING), self.text(row, COL_DISTANCE)
            if not bearing_text and not distance_text:
                continue
            row_bad = {}
            point_no = None
            try:
                point_no = int(self.text(row, COL_NO))
                if point_no < 1:
                    raise ValueError
                if point_no in numbers:
                    row_bad[COL_NO] = translate(
                        "TraverseDock", "Point {} is used twice (0 is the start point).").format(point_no)
            except ValueError:
                row_bad[COL_NO] = translate("TraverseDock", "The point number must be a whole number from 1.")
            point_type = _type_code(self.text(row, COL_TYPE))
            if point_type is None:
                row_bad[COL_TYPE] = translate("TraverseDock", "Unknown point type '{}': use {}.").format(
                    self.text(row, COL_TYPE), ", ".join(POINT_TYPES))
            bearing = distance = None
            try:
                bearing = _number(bearing_text)
                if not 0.0 <= bearing <= circle:
                    row_bad[COL_BEARING] = translate("TraverseDock", "Bearing {} is outside 0 to {} ({}).").format(
                        bearing_text, f"{circle:g}", translate("Schema", BEARING_UNIT.label(unit)))
            except ValueError:
                row_bad[COL_BEARING] = translate(
                    "TraverseDock", "'{}' is not a bearing (a number).").format(bearing_text) if bearing_text \
                    else translate("TraverseDock", "The bearing is missing.")
            try:
                distance = _number(distance_text)
                if distance <= 0:
                    row_bad[COL_DISTANCE] = translate("TraverseDock", "The distance must be more than 0 m.")
            except ValueError:
                row_bad[COL_DISTANCE] = translate(
                    "TraverseDock", "'{}' is not a distance in metres.").format(distance_text) \
                    if distance_text else translate("TraverseDock", "The distance is missing.")
            from_point = None
            from_text = self.text(row, COL_FROM)
            if from_text:
                try:
                    from_point = int(from_text)
                    if from_point not in numbers:
                        row_bad[COL_FROM] = translate(
                            "TraverseDock", "Point {} is not the start (0) or a point above.").format(from_text)
                except ValueError:
                    row_bad[COL_FROM] = translate("TraverseDock", "'{}' is not a point number.").format(from_text)
            if point_no is not None:
                numbers.add(point_no)
            for column, message in row_bad.items():
                bad[(row, column)] = message
            if not row_bad:
                legs.append(Leg(point_no, bearing, distance, point_type, from_point))
                leg_rows.append(row)
        return TableReading(legs, bad, leg_rows)

    def flag(self, bad_cells: Dict[Tuple[int, int], str]) -> None:
        """Colour the bad cells and give them their message as tooltip; clear the others."""
        self.blockSignals(True)
        try:
            for row in range(self.rowCount()):
                for column in range(self.columnCount()):
                    item = self.item(row, column)
                    if item is None:
                        continue
                    message = bad_cells.get((row, column))
                    item.setBackground(QBrush(BAD_CELL) if message else QBrush())
                    item.setToolTip(message or "")
        finally:
            self.blockSignals(False)


class PointNumbers(QgsMapCanvasItem):
    """Point numbers written beside the traverse's points on the canvas."""

    def __init__(self, canvas):
        super().__init__(canvas)
        self._canvas = canvas
        self.labels: List[Tuple[QgsPointXY, str]] = []
        self.setZValue(1000)

    def set_labels(self, labels: List[Tuple[QgsPointXY, str]]) -> None:
        self.labels = labels
        self.updatePosition()
        self.update()

    def updatePosition(self):
        self.setRect(self._canvas.extent())

    def merged_labels(self) -> List[Tuple[QgsPointXY, str]]:
        """Points a few pixels apart at the current scale share one label ("0/4" at a
        closed start)."""
        merged: List[Tuple[QgsPointXY, str]] = []
        tolerance = self._canvas.mapUnitsPerPixel() * 3
        for xy, text in self.labels:
            for k, (other, other_text) in enumerate(merged):
                if other.distance(xy) < tolerance:
                    merged[k] = (other, f"{other_text}/{text}")
                    break
            else:
                merged.append((xy, text))
        return merged

    def paint(self, painter, option=None, widget=None):
        if not self.labels:
            return
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(9)
        halo = QPen(QColor(255, 255, 255, 230))
        halo.setWidthF(3)
        for point, text in self.merged_labels():
            position = self.toCanvasCoordinates(point) - self.pos() + QPointF(5, -5)
            path = QPainterPath()
            path.addText(position, font, text)
            painter.setPen(halo)
            painter.drawPath(path)
            painter.fillPath(path, QBrush(OUTLINE.darker(150)))


class StartPointTool(QgsMapTool):
    """One click (snapped to the project's snapping settings) sets the start point."""

    #: The clicked point, in the canvas CRS.
    point_picked = pyqtSignal(QgsPointXY)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.setCursor(Qt.CrossCursor)

    def canvasReleaseEvent(self, event):
        if event.button() == Qt.LeftButton:
            self.point_picked.emit(QgsPointXY(event.snapPoint()))
