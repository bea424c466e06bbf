"""The "Print Completion Report" dialog: the field map dialog's choice of tasks, paper and
output, with the handover certificate instead of the field map's drawing options."""

from typing import List, Optional

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QCheckBox, QFormLayout, QLayoutItem, QWidget

from ..core.completion import CompletionOptions
from .fieldmap_dialog import FieldMapDialog

translate = QCoreApplication.translate


class CompletionDialog(FieldMapDialog):
    """Collects the choices; the controller warns and prints."""

    def __init__(self, tasks_layer: Optional[QgsVectorLayer], task_ids: List[str], parent: Optional[QWidget] = None,
                 require_inspection: bool = True):
        super().__init__(tasks_layer, task_ids, parent)
        self.setObjectName("DeminingCompletionDialog")
        self.setWindowTitle(translate("CompletionDialog", "Print Completion Report"))
        self.require_inspection = require_inspection
        form: QFormLayout = self.layout().itemAt(0).layout()
        # What a field map draws is not asked here: the report's contents are fixed by IMAS 08.30.
        orientation_row, _ = form.getWidgetPosition(self.orientation)
        for row in (orientation_row, orientation_row + 1):  # orientation, what to include
            for role in (QFormLayout.LabelRole, QFormLayout.FieldRole):
                item = form.itemAt(row, role)
                _hide(item)
        self.designer_button.hide()
        self.handover = QCheckBox(translate("CompletionDialog", "Add the handover certificate (second page)"))
        self.handover.setChecked(True)
        form.insertRow(orientation_row, translate("CompletionDialog", "Certificate"), self.handover)
        self.export_button.setText(translate("CompletionDialog", "Print PDF"))

    def options(self) -> CompletionOptions:
        return CompletionOptions(paper=self.paper.currentText(), handover=self.handover.isChecked(),
                                 require_inspection=self.require_inspection)


def _hide(item: Optional[QLayoutItem]) -> None:
    """Hide a form row's label or field, a widget or every widget of a layout."""
    if item is None:
        return
    if item.widget() is not None:
        item.widget().hide()
    elif item.layout() is not None:
        layout = item.layout()
        for k in range(layout.count()):
            _hide(layout.itemAt(k))
