"""The "Package for the field" dialog: which tasks, the team, what else to take, where to."""

from typing import List, Optional

from qgis.core import QgsMapLayerProxyModel
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.fieldmap import parse_task_ids

translate = QCoreApplication.translate



class FieldPackageDialog(QDialog):
    """Collects the choices; the controller builds the package."""

    def __init__(self, task_ids: List[str], team: str = "", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("DeminingFieldPackageDialog")
        self.setWindowTitle(translate("FieldPackageDialog", "Package for the Field"))
        self.setMinimumWidth(480)

        self.task_ids = QLineEdit(", ".join(task_ids))
        self.task_ids.setPlaceholderText(translate("FieldPackageDialog", "T-0001, T-0002"))
        self.team = QLineEdit(team)
        self.team.setPlaceholderText(translate(
            "FieldPackageDialog", "The team's name, filled in on everything it records"))
        self.mapped_mines = QCheckBox(translate("FieldPackageDialog", "Mines of supplied minefield records"))
        self.basemap = QgsMapLayerComboBox()
        self.basemap.setFilters(QgsMapLayerProxyModel.RasterLayer)
        self.basemap.setAllowEmptyLayer(True)
        self.basemap.setLayer(None)
        self.basemap_file = QgsFileWidget()
        self.basemap_file.setStorageMode(QgsFileWidget.GetFile)
        self.basemap_file.setFilter(translate(
            "FieldPackageDialog", "Rasters (*.tif *.tiff *.jp2 *.ecw *.vrt *.img);;All files (*)"))
        self.basemap_file.setToolTip(translate("FieldPackageDialog", "A raster file instead of a layer of the project"))

        self.as_folder = QRadioButton(translate("FieldPackageDialog", "A folder (copy it to the tablet as it is)"))
        self.as_zip = QRadioButton(translate("FieldPackageDialog", "A .zip file"))
        self.as_folder.setChecked(True)
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.GetDirectory)
        self.output.setFilter(translate("FieldPackageDialog", "ZIP files (*.zip)"))
        self.as_folder.toggled.connect(self._output_mode)

        form = QFormLayout()
        form.addRow(translate("FieldPackageDialog", "Tasks"), self.task_ids)
        form.addRow(translate("FieldPackageDialog", "Team"), self.team)
        form.addRow(translate("FieldPackageDialog", "Also take"), self.mapped_mines)
        basemap = QVBoxLayout()
        basemap.addWidget(self.basemap)
        basemap.addWidget(self.basemap_file)
        form.addRow(translate("FieldPackageDialog", "Basemap (clipped)"), basemap)
        output = QVBoxLayout()
        output.addWidget(self.as_folder)
        output.addWidget(self.as_zip)
        output.addWidget(self.output)
        form.addRow(translate("FieldPackageDialog", "Package"), output)

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(translate("FieldPackageDialog", "Build Package"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _output_mode(self, folder: bool) -> None:
        self.output.setStorageMode(QgsFileWidget.GetDirectory if folder else QgsFileWidget.SaveFile)

    # -- what was chosen -------------------------------------------------------------------------
    def chosen_task_ids(self) -> List[str]:
        return parse_task_ids(self.task_ids.text())

    def chosen_team(self) -> str:
        return self.team.text().strip()

    def chosen_basemap(self) -> Optional[str]:
        """A raster file: the one picked, else the source of the layer chosen (None: no basemap)."""
        path = self.basemap_file.filePath().strip()
        if path:
            return path
        layer = self.basemap.currentLayer()
        return layer.source() if layer is not None else None

    def output_path(self) -> str:
        path = self.output.filePath().strip()
        if path and self.as_zip.isChecked() and not path.lower().endswith(".zip"):
            path += ".zip"
        return path
