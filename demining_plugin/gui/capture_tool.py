"""Capture of items found and accidents by clicking on the map.

A click opens the form with what lies under the point filled in: the task (the
smallest one there, so a sector wins over its task) and the district. The next entry
keeps the last organisation, team and date. Saving writes one feature through
``store.apply`` (one transaction); the checks of ``core.checks.items`` show in the form
and, when the user saves anyway, in the message bar.
"""

import datetime
from typing import Callable, Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
)
from qgis.gui import QgsMapTool, QgsVertexMarker
from qgis.PyQt.QtCore import QCoreApplication, QObject, QPoint, QRect, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QGuiApplication
from qgis.PyQt.QtWidgets import QDialog, QWidget

from ..core.checks.items import check_items
from ..core.errors import DeminingError
from ..core.geo.places import StorePlaces
from ..core.model.changes import ChangeSet
from ..core.model.schema import ITEM_CATEGORY
from ..settings import configured_team_distance_m
from .capture_form import AccidentForm, ItemForm, accident_warnings
from .notify import notify_success, notify_warning, reported_errors

#: Qt's translation function under the name pylupdate5 looks for.
translate = QCoreApplication.translate


#: Room the window manager adds around a dialog (title bar, borders), in pixels.
FRAME_ALLOWANCE = QSize(16, 40)
#: Distance kept between the clicked point and the form, in pixels.
FORM_GAP = 24


def form_position(spot: QPoint, size: QSize, area: QRect, gap: int = FORM_GAP) -> QPoint:
    """Where a window of ``size`` goes so that it lies inside ``area`` and leaves ``spot``
    (and ``gap`` pixels around it) in view: right of the spot, else left, below, above;
    when none fits, the place that covers the least of the area around the spot."""
    outer = QSize(size.width() + FRAME_ALLOWANCE.width(), size.height() + FRAME_ALLOWANCE.height())
    keep_clear = QRect(spot.x() - gap, spot.y() - gap, 2 * gap, 2 * gap)
    candidates = [
        QPoint(spot.x() + gap, spot.y() - outer.height() // 3),
        QPoint(spot.x() - gap - outer.width(), spot.y() - outer.height() // 3),
        QPoint(spot.x() - outer.width() // 2, spot.y() + gap),
        QPoint(spot.x() - outer.width() // 2, spot.y() - gap - outer.height()),
    ]
    best, best_overlap = None, None
    for point in candidates:
        x = min(max(point.x(), area.left()), max(area.left(), area.right() + 1 - outer.width()))
        y = min(max(point.y(), area.top()), max(area.top(), area.bottom() + 1 - outer.height()))
        rect = QRect(QPoint(x, y), outer)
        overlap = rect.intersected(keep_clear)
        covered = overlap.width() * overlap.height() if not overlap.isEmpty() else 0
        if covered == 0:
            return QPoint(x, y)
        if best_overlap is None or covered < best_overlap:
            best, best_overlap = QPoint(x, y), covered
    return best


def place_beside_point(form: QWidget, canvas, canvas_point: QgsPointXY) -> None:
    """Move ``form`` (not shown yet) beside ``canvas_point`` (canvas CRS) on the screen, so
    that the point and its marker stay visible while the form is open."""
    pixel = canvas.getCoordinateTransform().transform(canvas_point)
    spot = canvas.mapToGlobal(QPoint(round(pixel.x()), round(pixel.y())))
    screen = QGuiApplication.screenAt(spot) or canvas.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    form.adjustSize()
    form.move(form_position(spot, form.size(), screen.availableGeometry()))


class PointCaptureTool(QgsMapTool):
    """A left click (snapped to the project's snapping settings) gives a point; Esc
    leaves the tool."""

    #: The point clicked, in the canvas CRS.
    point_clicked = pyqtSignal(QgsPointXY)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.setCursor(Qt.CrossCursor)

    def canvasReleaseEvent(self, event):
        if event.button() == Qt.LeftButton:
            self.point_clicked.emit(QgsPointXY(event.snapPoint()))

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_Escape:
            self.canvas().unsetMapTool(self)
            event.accept()
        else:
            event.ignore()


class CaptureController(QObject):
    """The two capture tools, their forms and what they write."""

    #: A feature was stored: (store layer name, identifier).
    saved = pyqtSignal(str, str)

    def __init__(self, iface, session, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.iface = iface
        self.session = session
        canvas = iface.mapCanvas()
        self.item_tool = PointCaptureTool(canvas)
        self.item_tool.point_clicked.connect(self.capture_item)
        self.accident_tool = PointCaptureTool(canvas)
        self.accident_tool.point_clicked.connect(self.capture_accident)
        #: What the next form starts with (the last entry's organisation, team and date).
        self.last_item: Dict = {}
        self.last_accident: Dict = {}
        #: The checks' warnings of the last item saved.
        self.last_warnings: List[str] = []
        #: Replaceable in tests: shows a form and says whether the user saved.
        self.run_form: Callable[[QDialog], bool] = lambda form: form.exec_() == QDialog.Accepted
        self._places: Optional[StorePlaces] = None
        self._places_location: Optional[str] = None

    # -- entry points ------------------------------------------------------------------
    def activate_item_tool(self) -> None:
        if self._store() is not None:
            self._places = None  # tasks may have changed since the last use
            self.iface.mapCanvas().setMapTool(self.item_tool)

    def activate_accident_tool(self) -> None:
        if self._store() is not None:
            self._places = None
            self.iface.mapCanvas().setMapTool(self.accident_tool)

    def capture_item(self, canvas_point: QgsPointXY) -> Optional[str]:
        """Ask the item found at ``canvas_point`` (canvas CRS) and store it; its identifier
        or None when cancelled or refused."""
        store = self._store()
        if store is None:
            return None
        with reported_errors(self.iface, translate("CaptureTool", "Recording an item found")) as outcome:
            point = self._to_store(store, canvas_point)
            places = self._places_of(store)
            place = places.place(point)
            form = ItemForm(
                self.iface.mainWindow(),
                self._item_defaults(),
                place.task_ids,
                place.district,
                models=self._distinct("detections", "model"),
                teams=self._teams(places),
                organisations=self._distinct("detections", "organisation")
                + self._distinct("clearance_tasks", "organisation"),
                intro=self._where(place.task_id, place.district),
            )
            limit = configured_team_distance_m()
            geometry = QgsGeometry.fromPointXY(point)
            this_item = translate("CaptureTool", "This item")
            form.set_checker(
                lambda values: [
                    w.message
                    for w in check_items(
                        store,
                        [dict(values, geometry=geometry, label=this_item)],
                        places=places,
                        max_team_distance_m=limit,
                    )
                ]
            )
        recorded = self._record(store, "detections", point, outcome, form, canvas_point, self._remember_item)
        if recorded is None:
            return None
        identifier, values, warnings = recorded
        self.last_warnings = warnings
        what = QCoreApplication.translate("Schema", ITEM_CATEGORY.label(values["category"]))
        text = translate("CaptureTool", "{id} ({what}) recorded").format(id=identifier, what=what)
        text += self._where_suffix(values.get("task_id"), values.get("district"))
        self._announce(text, warnings)
        return identifier

    def capture_accident(self, canvas_point: QgsPointXY) -> Optional[str]:
        store = self._store()
        if store is None:
            return None
        with reported_errors(self.iface, translate("CaptureTool", "Recording an accident")) as outcome:
            point = self._to_store(store, canvas_point)
            district = self._places_of(store).district_at(point)
            defaults = dict(self.last_accident)
            form = AccidentForm(self.iface.mainWindow(), defaults, district, intro=self._where(None, district))
            form.set_checker(accident_warnings)
        recorded = self._record(store, "accidents", point, outcome, form, canvas_point, self._remember_accident)
        if recorded is None:
            return None
        identifier, values, warnings = recorded
        text = translate("CaptureTool", "Accident {id} recorded: {killed} killed, {injured} injured").format(
            id=identifier, killed=values["killed"], injured=values["injured"]
        )
        text += self._where_suffix(None, district)
        self._announce(text, warnings)
        return identifier

    # -- helpers -------------------------------------------------------------------------
    def _record(self, store, layer_name: str, point: QgsPointXY, outcome, form, canvas_point: QgsPointXY,
                remember: Callable[[dict], None]) -> Optional[Tuple[str, dict, List[str]]]:
        """Show ``form`` at the point and store what it says: (identifier, values, warnings), or
        None when it could not open, was cancelled or the save failed. ``remember`` keeps what
        the next entry starts from, saved or not."""
        if not outcome.ok or not self._run_form_at(form, canvas_point):
            return None
        values = form.values()
        warnings = list(form.warning_messages)
        remember(values)
        identifier = self._save(store, layer_name, point, values)
        return None if identifier is None else (identifier, values, warnings)

    def _remember_item(self, values: dict) -> None:
        self.last_item = {key: values[key] for key in ("organisation", "team", "found_on")}

    def _remember_accident(self, values: dict) -> None:
        self.last_accident = {"occurred_on": values["occurred_on"]}

    def _announce(self, text: str, warnings) -> None:
        """What was recorded, in the message bar: a warning when the checks found something."""
        if warnings:
            notify_warning(
                self.iface, text + " " + translate("CaptureTool", "with warnings:") + " " + " ".join(warnings)
            )
        else:
            notify_success(self.iface, text)

    def _run_form_at(self, form, canvas_point: QgsPointXY) -> bool:
        """Show the form with the clicked point marked on the map while it is open."""
        canvas = self.iface.mapCanvas()
        marker = QgsVertexMarker(canvas)
        marker.setCenter(canvas_point)
        marker.setIconType(QgsVertexMarker.ICON_CROSS)
        marker.setIconSize(18)
        marker.setPenWidth(3)
        marker.setColor(QColor(215, 25, 28))
        place_beside_point(form, canvas, canvas_point)
        try:
            return self.run_form(form)
        finally:
            scene = marker.scene()
            if scene is not None:
                scene.removeItem(marker)

    def _store(self):
        if self.session.store is None:
            notify_warning(self.iface, translate("CaptureTool", "Open or create a store first (Demining dock)."))
        return self.session.store

    def _places_of(self, store) -> StorePlaces:
        if self._places is None or self._places_location != store.location:
            # The project's layers: opening new ones would wait for a background task reading the store.
            layers = {name: self.layer(name) for name in ("clearance_tasks", "regions", "cleared_areas")}
            self._places = StorePlaces(store, {k: v for k, v in layers.items() if v is not None})
            self._places_location = store.location
        return self._places

    def _to_store(self, store, canvas_point: QgsPointXY) -> QgsPointXY:
        canvas_crs = self.iface.mapCanvas().mapSettings().destinationCrs()
        if not canvas_crs.isValid() or canvas_crs == store.crs:
            return QgsPointXY(canvas_point)
        return QgsCoordinateTransform(canvas_crs, store.crs, QgsProject.instance()).transform(canvas_point)

    def _item_defaults(self) -> Dict:
        defaults = dict(self.last_item)
        defaults.setdefault("found_on", datetime.date.today())
        return defaults

    def layer(self, name: str):
        return self.session.store_layer(name)

    def _distinct(self, layer_name: str, field: str) -> List[str]:
        return self.session.distinct_values(layer_name, field)

    def _teams(self, places: StorePlaces) -> List[str]:
        return sorted(set(places.teams()) | set(self._distinct("detections", "team")))

    @staticmethod
    def _where(task_id: Optional[str], district: Optional[str]) -> str:
        if task_id and district:
            return translate("CaptureTool", "At the point clicked: task {task}, {district}.").format(
                task=task_id, district=district
            )
        if task_id:
            return translate("CaptureTool", "At the point clicked: task {task}, outside the districts.").format(
                task=task_id
            )
        if district:
            return translate("CaptureTool", "At the point clicked: no task, {district}.").format(district=district)
        return translate("CaptureTool", "At the point clicked: no task, outside the districts.")

    @staticmethod
    def _where_suffix(task_id: Optional[str], district: Optional[str]) -> str:
        if task_id and district:
            return " " + translate("CaptureTool", "in task {task} ({district}).").format(
                task=task_id, district=district
            )
        if task_id:
            return " " + translate("CaptureTool", "in task {task}.").format(task=task_id)
        if district:
            return " " + translate("CaptureTool", "in {district}.").format(district=district)
        return "."

    def _save(self, store, layer_name: str, point: QgsPointXY, values: Dict) -> Optional[str]:
        with reported_errors(self.iface, translate("CaptureTool", "Saving to {}").format(store.name)) as outcome:
            layer = self.layer(layer_name)
            if layer is not None and layer.isEditable() and layer.isModified():
                raise DeminingError(
                    translate(
                        "CaptureTool",
                        "{layer} has unsaved edits. Save or discard them first, then record the point again.").format(
                            layer=layer.name())
                )
            changes = ChangeSet()
            changes.add(layer_name, QgsGeometry.fromPointXY(point), values)
            undo = store.apply(changes)
            identifier = undo.deleted[layer_name][0]
        if not outcome.ok:
            return None
        self._after_store_change(layer_name)
        self.saved.emit(layer_name, identifier)
        return identifier

    def _after_store_change(self, layer_name: str) -> None:
        """The file changed under QGIS: reload the project's copy and the figures."""
        layer = self.layer(layer_name)
        if layer is not None:
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
        self.session.request_figures()

    def teardown(self) -> None:
        canvas = self.iface.mapCanvas()
        for tool in (self.item_tool, self.accident_tool):
            if canvas.mapTool() is tool:
                canvas.unsetMapTool(tool)
