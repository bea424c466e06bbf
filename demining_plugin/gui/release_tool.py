"""Map tools of the clearance work: drawing released land, and a sectors baseline.

Both respect the project's snapping settings (``QgsMapMouseEvent.snapPoint``) and only
collect points: what the points mean is decided by ``ReleaseController``.
"""

from typing import List

from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor


class ReleasePolygonTool(QgsMapTool):
    """Draw a polygon: left click adds a vertex (snapped), right click or Enter finishes,
    Backspace removes the last vertex, Esc starts again, Ctrl+Z undoes the last release."""

    #: The finished polygon, in the canvas CRS.
    polygon_drawn = pyqtSignal(QgsGeometry)
    #: Ctrl+Z while the tool is active and no vertex is pending.
    undo_requested = pyqtSignal()

    def __init__(self, canvas):
        super().__init__(canvas)
        self.points: List[QgsPointXY] = []
        self._band = QgsRubberBand(canvas, QgsWkbTypes.PolygonGeometry)
        self._band.setColor(QColor(26, 150, 65, 90))
        self._band.setStrokeColor(QColor(11, 93, 39))
        self._band.setWidth(2)
        self.setCursor(Qt.CrossCursor)

    def _update_band(self, moving: QgsPointXY = None) -> None:
        points = self.points + ([moving] if moving is not None else [])
        self._band.reset(QgsWkbTypes.PolygonGeometry)
        for index, point in enumerate(points):
            self._band.addPoint(point, index == len(points) - 1)

    def canvasMoveEvent(self, event):
        if self.points:
            self._update_band(event.snapPoint())

    def canvasReleaseEvent(self, event):
        if event.button() == Qt.LeftButton:
            self.points.append(QgsPointXY(event.snapPoint()))
            self._update_band()
        elif event.button() == Qt.RightButton:
            self.finish()

    def keyPressEvent(self, event):
        key = event.key()
        if key in (Qt.Key_Return, Qt.Key_Enter):
            self.finish()
        elif key == Qt.Key_Escape:
            self.reset()
        elif key in (Qt.Key_Backspace, Qt.Key_Delete) and self.points:
            self.points.pop()
            self._update_band()
        elif key == Qt.Key_Z and event.modifiers() & Qt.ControlModifier and not self.points:
            self.undo_requested.emit()
        else:
            event.ignore()
            return
        event.accept()

    def finish(self) -> None:
        if len(self.points) < 3:
            self.reset()
            return
        geometry = QgsGeometry.fromPolygonXY([self.points + [self.points[0]]])
        self.points = []  # the next click starts a new drawing
        # The drawn polygon stays on the map while it is being recorded (the release dialog
        # is open during the emit) and goes once the user has answered.
        self._band.setToGeometry(geometry, None)
        try:
            self.polygon_drawn.emit(geometry)
        finally:
            self.reset()

    def drawn_band(self) -> QgsGeometry:
        """What the rubber band shows now (canvas CRS)."""
        return self._band.asGeometry()

    def reset(self) -> None:
        self.points = []
        self._band.reset(QgsWkbTypes.PolygonGeometry)

    def deactivate(self):
        self.reset()
        super().deactivate()

    def dispose(self) -> None:
        """Remove the rubber band from the canvas (the tool is being thrown away)."""
        self.reset()
        scene = self._band.scene()
        if scene is not None:
            scene.removeItem(self._band)


class BaselineTool(QgsMapTool):
    """Two clicks: the start and the direction of a sectors baseline."""

    baseline_drawn = pyqtSignal(QgsPointXY, QgsPointXY)

    def __init__(self, canvas):
        super().__init__(canvas)
        self._start = None
        self._band = QgsRubberBand(canvas, QgsWkbTypes.LineGeometry)
        self._band.setColor(QColor(31, 78, 156))
        self._band.setWidth(2)
        self.setCursor(Qt.CrossCursor)

    def canvasMoveEvent(self, event):
        if self._start is not None:
            self._band.reset(QgsWkbTypes.LineGeometry)
            self._band.addPoint(self._start, False)
            self._band.addPoint(event.snapPoint(), True)

    def canvasReleaseEvent(self, event):
        if event.button() != Qt.LeftButton:
            self._start = None
            self._band.reset(QgsWkbTypes.LineGeometry)
            return
        point = QgsPointXY(event.snapPoint())
        if self._start is None:
            self._start = point
            return
        start, self._start = self._start, None
        self._band.reset(QgsWkbTypes.LineGeometry)
        if start != point:
            self.baseline_drawn.emit(start, point)

    def deactivate(self):
        self._start = None
        self._band.reset(QgsWkbTypes.LineGeometry)
        super().deactivate()

    def dispose(self) -> None:
        self._band.reset(QgsWkbTypes.LineGeometry)
        scene = self._band.scene()
        if scene is not None:
            scene.removeItem(self._band)
