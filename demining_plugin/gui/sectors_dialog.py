"""Divide a task into sectors: sizes and direction (typed, or a baseline drawn on the
map), a preview on the canvas, then the sectors stored as child tasks (T-0042/07)."""

import math
from typing import Optional

from qgis.core import QgsCoordinateTransform, QgsPointXY, QgsProject, QgsWkbTypes
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ..core.errors import DeminingError
from ..core.geo.crs import utm_crs_for
from ..core.geo.measure import M2_PER_HA, distance_area
from ..core.release.sectors import main_direction, sector_task_changes, sectorise
from .notify import notify_success, reported_errors
from .release_tool import BaselineTool

#: Qt's translation function under the name pylupdate5 collects (context "SectorsDialog").
translate = QCoreApplication.translate


class SectorsDialog(QDialog):
    def __init__(self, iface, controller, task_feature, tasks_layer, parent=None):
        super().__init__(parent or iface.mainWindow())
        self.iface = iface
        self.controller = controller
        self.task = task_feature
        self.layer = tasks_layer
        self.origin: Optional[QgsPointXY] = None
        self.sectors = []
        self.setObjectName("DeminingSectorsDialog")
        self.setWindowTitle(translate("SectorsDialog", "Divide {} into sectors").format(task_feature["task_id"]))
        self.setAttribute(Qt.WA_DeleteOnClose)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.width_m = self._spin(50.0, translate("SectorsDialog", " m"), 0.5, 10000)
        self.length_m = self._spin(100.0, translate("SectorsDialog", " m"), 0.5, 10000)
        # Along the task's longest side unless the planner says otherwise.
        direction = round(main_direction(task_feature.geometry(), tasks_layer.crs()), 1)
        self.angle = self._spin(direction, translate("SectorsDialog", "°"), -360, 360)
        form.addRow(translate("SectorsDialog", "Width (across)"), self.width_m)
        form.addRow(translate("SectorsDialog", "Length (along)"), self.length_m)
        form.addRow(translate("SectorsDialog", "Direction from north"), self.angle)
        self.baseline_button = QPushButton(translate("SectorsDialog", "Draw baseline on the map…"))
        self.baseline_button.setToolTip(translate(
            "SectorsDialog", "Click the start of the baseline, then a point along it: the sectors "
                             "start there and run along it."))
        self.baseline_button.clicked.connect(self.draw_baseline)
        layout.addWidget(self.baseline_button)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(translate("SectorsDialog", "Store sectors"))
        buttons.accepted.connect(self.store_sectors)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._band = QgsRubberBand(iface.mapCanvas(), QgsWkbTypes.PolygonGeometry)
        self._band.setColor(QColor(31, 78, 156, 40))
        self._band.setStrokeColor(QColor(31, 78, 156))
        self._band.setWidth(1)
        self._baseline_tool = None
        for spin in (self.width_m, self.length_m, self.angle):
            spin.valueChanged.connect(self.preview)
        self.preview()

    @staticmethod
    def _spin(value, suffix, low, high) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSuffix(suffix)
        spin.setValue(value)
        return spin

    def preview(self) -> None:
        self._band.reset(QgsWkbTypes.PolygonGeometry)
        try:
            self.sectors = sectorise(self.task.geometry(), self.layer.crs(), self.width_m.value(),
                                     self.length_m.value(), self.angle.value(), self.origin)
        except DeminingError as error:
            self.sectors = []
            self.info.setText(str(error))
            self.ok_button.setEnabled(False)
            return
        for _, geometry in self.sectors:
            self._band.addGeometry(geometry, self.layer)
        da = distance_area(self.layer.crs())
        total = sum(da.measureArea(g) for _, g in self.sectors) / M2_PER_HA
        self.info.setText(translate("SectorsDialog",
            "{n} sectors, {ha:.2f} ha in all ({avg:.2f} ha each on average).").format(
            n=len(self.sectors), ha=total, avg=total / max(1, len(self.sectors))))
        self.ok_button.setEnabled(bool(self.sectors))

    def draw_baseline(self) -> None:
        canvas = self.iface.mapCanvas()
        self._baseline_tool = BaselineTool(canvas)
        self._baseline_tool.baseline_drawn.connect(self.use_baseline)
        canvas.setMapTool(self._baseline_tool)

    def use_baseline(self, start: QgsPointXY, end: QgsPointXY) -> None:
        """A baseline drawn in the canvas CRS sets the origin and the direction."""
        canvas_crs = self.iface.mapCanvas().mapSettings().destinationCrs()
        to_layer = QgsCoordinateTransform(canvas_crs, self.layer.crs(), QgsProject.instance())
        a, b = to_layer.transform(start), to_layer.transform(end)
        local = utm_crs_for(self.task.geometry(), self.layer.crs())
        to_local = QgsCoordinateTransform(self.layer.crs(), local, QgsProject.instance())
        la, lb = to_local.transform(a), to_local.transform(b)
        self.origin = a
        self.angle.setValue(math.degrees(math.atan2(lb.x() - la.x(), lb.y() - la.y())) % 360)
        self.preview()
        if self._baseline_tool is not None:
            self.iface.mapCanvas().unsetMapTool(self._baseline_tool)

    def store_sectors(self) -> None:
        store = self.controller.session.store
        task_id = self.task["task_id"]
        doing = translate("SectorsDialog", "Dividing {} into sectors").format(task_id)
        with reported_errors(self.iface, doing) as outcome:
            changes, ids = sector_task_changes(store, task_id, self.width_m.value(), self.length_m.value(),
                                               self.angle.value(), self.origin)
            undo = store.apply(changes)
        if not outcome.ok:
            return
        text = translate("SectorsDialog", "Task {task} divided into {n} sectors ({first} to {last})").format(
            task=task_id, n=len(ids), first=ids[0], last=ids[-1])
        self.controller.push_applied(store, [undo], text)
        notify_success(self.iface, text)
        self.accept()

    def done(self, result):
        self._band.reset(QgsWkbTypes.PolygonGeometry)
        scene = self._band.scene()
        if scene is not None:
            scene.removeItem(self._band)
        if self._baseline_tool is not None:
            self.iface.mapCanvas().unsetMapTool(self._baseline_tool)
            self._baseline_tool.dispose()
            self._baseline_tool = None
        super().done(result)

