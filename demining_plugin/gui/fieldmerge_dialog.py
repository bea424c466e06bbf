"""The merge of a field package shown before it happens: one row per field feature (added,
warned about, refused, already merged, ignored), the selected row highlighted on the map,
and *Apply* (one transaction) or *Cancel*."""

from typing import Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.fieldwork.merge_rows import ADDS_NOTHING, IGNORED, REFUSED, SKIPPED, WARNED, MergePlan
from ..core.locale_format import format_number

#: Row backgrounds by status (light, so the text stays readable); added rows keep the table's own.
_STATUS_COLOURS = {WARNED: "#fff2cc", ADDS_NOTHING: "#fff2cc", REFUSED: "#f8d7da", SKIPPED: "#e9ecef",
                   IGNORED: "#e9ecef"}
#: Outline of the highlighted feature.
_HIGHLIGHT = QColor(0, 170, 255)


class FieldMergeDialog(QDialog):
    """What merging a package will do; ``accepted`` means *Apply*."""

    COLUMNS = (QT_TRANSLATE_NOOP("FieldMergeDialog", "What"), QT_TRANSLATE_NOOP("FieldMergeDialog", "Feature"),
               QT_TRANSLATE_NOOP("FieldMergeDialog", "Status"), QT_TRANSLATE_NOOP("FieldMergeDialog", "Hectares"),
               QT_TRANSLATE_NOOP("FieldMergeDialog", "Why"))

    def __init__(self, plan: MergePlan, crs: QgsCoordinateReferenceSystem, canvas=None, parent=None,
                 submit_only: bool = False):
        super().__init__(parent)
        self.setObjectName("DeminingFieldMergeDialog")
        self.plan = plan
        self.crs = crs
        self.canvas = canvas
        self.band: Optional[QgsRubberBand] = None
        self.setWindowTitle(self.tr("Merge Field Results — {0}").format(plan.package_name))
        layout = QVBoxLayout(self)
        self.summary = QLabel(plan.summary())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        for note in plan.notes:
            label = QLabel(note)
            label.setWordWrap(True)
            label.setStyleSheet("color: #8a6d00;")
            layout.addWidget(label)

        self.table = QTableWidget(len(plan.rows), len(self.COLUMNS), self)
        self.table.setObjectName("DeminingFieldMergeTable")
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for number, row in enumerate(plan.rows):
            hectares = format_number(row.hectares, 2) if row.kind == "released" and row.hectares else ""
            cells = (row.kind_label, row.label, row.status_label, hectares, row.message)
            colour = _STATUS_COLOURS.get(row.status)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if colour:
                    item.setBackground(QBrush(QColor(colour)))
                self.table.setItem(number, column, item)
        header = self.table.horizontalHeader()
        for column in range(len(self.COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._highlight_selected)
        layout.addWidget(self.table)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Apply | QDialogButtonBox.Cancel, self)
        self.apply_button = self.buttons.button(QDialogButtonBox.Apply)
        self.apply_button.setObjectName("DeminingFieldMergeApply")
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Store everything listed as added, in one transaction"))
        self.apply_button.setEnabled(not plan.changes.is_empty())
        self.apply_button.clicked.connect(self.accept)
        # Submitted instead of stored: it waits in the Review panel until a data manager approves
        # it (an operator of a PostGIS store may only submit).
        self.submitted = False
        self.submit_button = self.buttons.addButton(self.tr("Submit for Review"), QDialogButtonBox.ActionRole)
        self.submit_button.setObjectName("DeminingFieldMergeSubmit")
        self.submit_button.setToolTip(self.tr("Keep the merge as a submission: it counts nowhere until a data "
                                              "manager approves it in the Review panel"))
        self.submit_button.setEnabled(not plan.changes.is_empty())
        self.submit_button.clicked.connect(self._submit)
        self.apply_button.setVisible(not submit_only)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(980, 520)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("FieldMergeDialog", text)

    def _submit(self) -> None:
        self.submitted = True
        self.accept()

    # -- the map --------------------------------------------------------------------------
    def _highlight_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.select_row(rows[0].row() if rows else -1)

    def select_row(self, number: int) -> None:
        """Highlight row ``number``'s feature on the map (nothing for -1 or a row without one)."""
        self._clear_band()
        if self.canvas is None or not 0 <= number < len(self.plan.rows):
            return
        geometry = self.plan.rows[number].geometry
        if geometry is None or geometry.isEmpty():
            return
        band = QgsRubberBand(self.canvas, geometry.type())
        band.setColor(_HIGHLIGHT)
        band.setFillColor(QColor(0, 170, 255, 60))
        band.setWidth(3)
        if geometry.type() == QgsWkbTypes.PointGeometry:
            band.setIcon(QgsRubberBand.ICON_CIRCLE)
            band.setIconSize(14)
        band.setToGeometry(geometry, self.crs)
        self.band = band
        extent = band.asGeometry().boundingBox()
        if not self.canvas.extent().contains(extent):
            self.canvas.setCenter(extent.center())
        self.canvas.refresh()

    def _clear_band(self) -> None:
        if self.band is not None:
            if self.canvas is not None:
                self.canvas.scene().removeItem(self.band)
            self.band = None

    def done(self, result: int) -> None:
        self._clear_band()
        super().done(result)
