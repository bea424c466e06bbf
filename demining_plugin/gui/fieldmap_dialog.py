"""The "Print Field Map" dialog: which tasks, paper, orientation, what to draw, where to."""

from typing import List, Optional

from qgis.core import QgsVectorLayer
from qgis.gui import QgsFieldExpressionWidget, QgsFileWidget
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.fieldmap import ORIENTATIONS, PAPERS, FieldMapOptions, parse_task_ids

translate = QCoreApplication.translate

#: How the orientations are shown.
ORIENTATION_LABELS = {"portrait": QT_TRANSLATE_NOOP("FieldMapDialog", "Portrait"),
                      "landscape": QT_TRANSLATE_NOOP("FieldMapDialog", "Landscape")}


class FieldMapDialog(QDialog):
    """Collects the choices; the controller does the work (export or Layout Designer)."""

    def __init__(self, tasks_layer: Optional[QgsVectorLayer], task_ids: List[str], parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("DeminingFieldMapDialog")
        self.setWindowTitle(translate("FieldMapDialog", "Print Field Map"))
        self.open_designer = False

        self.by_ids = QRadioButton(translate("FieldMapDialog", "Tasks"))
        self.by_expression = QRadioButton(translate("FieldMapDialog", "Tasks matching"))
        choice = QButtonGroup(self)
        choice.addButton(self.by_ids)
        choice.addButton(self.by_expression)
        self.task_ids = QLineEdit(", ".join(task_ids))
        self.task_ids.setPlaceholderText(translate("FieldMapDialog", "T-0001, T-0002"))
        self.expression = QgsFieldExpressionWidget()
        if tasks_layer is not None:
            self.expression.setLayer(tasks_layer)
        self.by_ids.toggled.connect(self.task_ids.setEnabled)
        self.by_expression.toggled.connect(self.expression.setEnabled)
        self.expression.setEnabled(False)
        self.by_ids.setChecked(True)

        self.paper = QComboBox()
        self.paper.addItems(PAPERS)
        self.orientation = QComboBox()
        for code in ORIENTATIONS:
            self.orientation.addItem(translate("FieldMapDialog", ORIENTATION_LABELS[code]), code)

        self.items_found = QCheckBox(translate("FieldMapDialog", "Items found"))
        self.items_found.setChecked(True)
        self.mapped_mines = QCheckBox(translate("FieldMapDialog", "Mines of supplied minefield records"))
        self.task_points = QCheckBox(translate("FieldMapDialog", "Medevac, landing and access points"))
        self.task_points.setChecked(True)
        self.points_table = QCheckBox(translate("FieldMapDialog", "Turning-point table"))
        self.points_table.setChecked(True)
        self.overview = QCheckBox(translate("FieldMapDialog", "Overview map"))
        self.overview.setChecked(True)

        self.one_file = QRadioButton(translate("FieldMapDialog", "One PDF, a page per task"))
        self.per_task = QRadioButton(translate("FieldMapDialog", "One PDF per task, in a folder"))
        self.one_file.setChecked(True)
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.SaveFile)
        self.output.setFilter(translate("FieldMapDialog", "PDF files (*.pdf)"))
        self.one_file.toggled.connect(self._output_mode)

        form = QFormLayout()
        form.addRow(self.by_ids, self.task_ids)
        form.addRow(self.by_expression, self.expression)
        form.addRow(translate("FieldMapDialog", "Paper"), self.paper)
        form.addRow(translate("FieldMapDialog", "Orientation"), self.orientation)
        include = QVBoxLayout()
        for box in (self.items_found, self.mapped_mines, self.task_points, self.points_table, self.overview):
            include.addWidget(box)
        form.addRow(translate("FieldMapDialog", "Include"), include)
        files = QVBoxLayout()
        files.addWidget(self.one_file)
        files.addWidget(self.per_task)
        files.addWidget(self.output)
        form.addRow(translate("FieldMapDialog", "Output"), files)

        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.export_button = QPushButton(translate("FieldMapDialog", "Export PDF"))
        self.export_button.setDefault(True)
        self.designer_button = QPushButton(translate("FieldMapDialog", "Open in Layout Designer"))
        self.designer_button.setToolTip(translate(
            "FieldMapDialog", "Lay out the first task and open it in QGIS's Layout Designer for "
                              "hand edits"))
        buttons.addButton(self.export_button, QDialogButtonBox.AcceptRole)
        buttons.addButton(self.designer_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.accept)
        self.designer_button.clicked.connect(self._designer)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)

    def _output_mode(self, one_file: bool) -> None:
        self.output.setStorageMode(QgsFileWidget.SaveFile if one_file else QgsFileWidget.GetDirectory)

    def _designer(self) -> None:
        self.open_designer = True
        self.accept()

    # -- what was chosen -------------------------------------------------------------------------
    def chosen_task_ids(self) -> List[str]:
        return parse_task_ids(self.task_ids.text()) if self.by_ids.isChecked() else []

    def chosen_expression(self) -> str:
        return self.expression.expression().strip() if self.by_expression.isChecked() else ""

    def options(self) -> FieldMapOptions:
        return FieldMapOptions(paper=self.paper.currentText(), orientation=self.orientation.currentData(),
                               mapped_mines=self.mapped_mines.isChecked(), overview=self.overview.isChecked(),
                               points_table=self.points_table.isChecked(), task_points=self.task_points.isChecked(),
                               items_found=self.items_found.isChecked())

    def output_path(self) -> str:
        path = self.output.filePath().strip()
        if path and self.one_file.isChecked() and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path
