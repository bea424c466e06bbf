"""The "Clearance" dock: the tasks in the current map view with their status, planned
and released hectares, zoom-to, and the buttons of the land-release tools."""

from typing import Dict, List, Optional

from qgis.core import QgsCoordinateTransform, QgsExpression, QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon, QKeySequence
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QShortcut,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..__about__ import resource_path
from ..core.model.schema import STATUS
from ..core.planning.priorities import ranks_in_layer
from .base_panel import DeminingPanel
from .formatting import format_hectares
from .notify import notify_warning
from .release_controller import ReleaseController
from .sectors_dialog import SectorsDialog

#: More tasks than this in view: the list asks the user to zoom in.
MAX_LISTED = 500
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


#: Qt's translation function under the name pylupdate5 collects (context "ClearanceDock").
translate = QCoreApplication.translate


#: Sort value of a task whose hazard has no rank.
UNRANKED = 10 ** 9


def hazard_ranks(project) -> dict:
    """hazard_id: rank from the last ``demining:priorities`` output layer of the project."""
    ranks = {}
    for layer in project.mapLayers().values():
        found = ranks_in_layer(layer) if isinstance(layer, QgsVectorLayer) else None
        if found is not None:
            ranks = found
    return ranks


def released_hectares_of(layer, rect, task_ids) -> Dict:
    """The recorded hectares released within ``rect`` for each of ``task_ids``; the provider
    hands over only those tasks' releases (a national store holds a million, read here in
    the main thread)."""
    wanted = [task_id for task_id in task_ids if task_id is not None]
    hectares = dict.fromkeys(wanted, 0.0)
    if not wanted:
        return hectares
    request = QgsFeatureRequest().setFilterRect(rect).setFlags(QgsFeatureRequest.NoGeometry)
    request.setFilterExpression('"task_id" IN ({})'.format(", ".join(QgsExpression.quotedValue(t) for t in wanted)))
    request.setSubsetOfAttributes(["task_id", "area_ha"], layer.fields())
    for feature in layer.getFeatures(request):
        hectares[feature["task_id"]] = hectares.get(feature["task_id"], 0.0) + (feature["area_ha"] or 0.0)
    return hectares


class _NumberItem(QTableWidgetItem):
    """Sorts by value, shows the formatted text."""

    def __init__(self, value: float, text: str):
        super().__init__(text)
        self.setData(Qt.UserRole, value)
        self.setTextAlignment(_RIGHT)

    def __lt__(self, other):
        return (self.data(Qt.UserRole) or 0) < (other.data(Qt.UserRole) or 0)


class ClearanceDock(DeminingPanel):
    COLUMNS = (QT_TRANSLATE_NOOP("ClearanceDock", "Task"), QT_TRANSLATE_NOOP("ClearanceDock", "Status"),
               QT_TRANSLATE_NOOP("ClearanceDock", "Planned"), QT_TRANSLATE_NOOP("ClearanceDock", "Released"),
               QT_TRANSLATE_NOOP("ClearanceDock", "District"), QT_TRANSLATE_NOOP("ClearanceDock", "Hazard rank"))

    def __init__(self, iface, controller: ReleaseController, parent: Optional[QWidget] = None):
        super().__init__(translate("ClearanceDock", "Clearance"), "DeminingClearanceDock", iface, controller.session,
                         parent)
        self.controller = controller
        self._dialog = None
        body = QWidget()
        layout = QVBoxLayout(body)
        tools = QGridLayout()
        self.draw_button = self._tool_button(
            "draw", translate("ClearanceDock", "Draw released land"), "draw_release.svg",
            translate("ClearanceDock", "Draw the land released on the map (snapping applies); "
                                       "right click or Enter finishes, Ctrl+Z undoes the last release."),
            controller.activate_tool)
        self.tasks_button = self._tool_button(
            "tasks", translate("ClearanceDock", "Mark selected tasks released…"), "release_tasks.svg",
            translate("ClearanceDock", "Record the selected tasks or sectors as released land."),
            controller.release_selected_tasks)
        self.sectors_button = self._tool_button(
            "sectors", translate("ClearanceDock", "Divide into sectors…"), "sectors.svg",
            translate("ClearanceDock", "Divide the selected task into numbered sectors."),
            self.divide_selected_task)
        self.undo_button = self._tool_button(
            "undo", translate("ClearanceDock", "Undo last release"), "undo_release.svg",
            translate("ClearanceDock", "Take back the last release or sector division, all of it."),
            controller.undo_last)
        # Two by two: in some languages the four labels side by side are wider than the dock.
        buttons = (self.draw_button, self.tasks_button, self.sectors_button, self.undo_button)
        for index, button in enumerate(buttons):
            button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            tools.addWidget(button, index // 2, index % 2)
        layout.addLayout(tools)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("ClearanceTasksTable")
        self.table.setHorizontalHeaderLabels([translate("ClearanceDock", c) for c in self.COLUMNS])
        self.table.horizontalHeaderItem(2).setToolTip(translate("ClearanceDock", "Planned hectares"))
        self.table.horizontalHeaderItem(3).setToolTip(translate("ClearanceDock", "Hectares released in the task"))
        self.table.horizontalHeaderItem(5).setToolTip(translate(
            "ClearanceDock", "Rank of the task's hazard in the hazard priorities layer of the project "
                             "(demining:priorities); click to sort the tasks by it"))
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemDoubleClicked.connect(self._zoom_to_row)
        self.table.itemSelectionChanged.connect(self._select_on_map)
        layout.addWidget(self.table)
        self.setWidget(body)

        self._timer = self.later(self.refresh, 300)
        self.listen(self.iface.mapCanvas().extentsChanged, self._timer.start)
        self.listen(self.controller.store_changed, self._timer.start)
        self.follow_store(self._timer.start)
        self.undo_button.setEnabled(False)
        self.controller.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        # Ctrl+Z while working in this dock (the map tool handles it on the canvas).
        # QGIS's own Undo is disabled unless a layer is being edited, so they do not clash.
        self.undo_shortcut = QShortcut(QKeySequence.Undo, self)
        self.undo_shortcut.setContext(Qt.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(controller.undo_last)
        self.refresh()

    def _tool_button(self, name, text, icon, tooltip, slot) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"Clearance_{name}")
        button.setText(text)
        button.setIcon(QIcon(str(resource_path("icons", icon))))
        button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        return button

    # -- listing -------------------------------------------------------------------------------
    def rows(self) -> List[Dict]:
        """Tasks in the current view: id, status, planned and released hectares, district."""
        tasks = self.controller.layer("clearance_tasks")
        released = self.controller.layer("cleared_areas")
        if tasks is None:
            return []
        canvas = self.iface.mapCanvas()
        to_layer = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(), tasks.crs(), QgsProject.instance())
        try:
            rect = to_layer.transformBoundingBox(canvas.extent())
        except Exception:  # noqa: BLE001 (an extent outside the layer CRS's area: list everything)
            rect = tasks.extent()
        rows = []
        ranks = hazard_ranks(QgsProject.instance())
        for feature in tasks.getFeatures(QgsFeatureRequest().setFilterRect(rect)):
            rows.append({"task_id": feature["task_id"], "status": feature["status"],
                         "planned_ha": feature["planned_ha"], "released_ha": 0.0,
                         "district": feature["district"], "fid": feature.id(),
                         "hazard_rank": ranks.get(feature["hazard_id"])})
            if len(rows) > MAX_LISTED:
                break
        if released is not None and rows:
            by_task = {row["task_id"]: row for row in rows}
            for task_id, hectares in released_hectares_of(released, rect, by_task).items():
                by_task[task_id]["released_ha"] += hectares
        return rows

    def refresh(self) -> None:
        rows = self.rows() if self.session.store is not None else []
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        if self.session.store is None:
            self.caption.setText(translate("ClearanceDock", "No store open."))
        elif len(rows) > MAX_LISTED:
            self.caption.setText(translate("ClearanceDock",
                "More than {n} tasks in view: zoom in to list them.").format(n=MAX_LISTED))
            rows = []
        else:
            self.caption.setText(translate("ClearanceDock", "{n} tasks in the map view").format(n=len(rows)))
        for row in rows:
            index = self.table.rowCount()
            self.table.insertRow(index)
            item = QTableWidgetItem(str(row["task_id"]))
            item.setData(Qt.UserRole, row["fid"])
            self.table.setItem(index, 0, item)
            self.table.setItem(index, 1, QTableWidgetItem(STATUS.display_label(row["status"]) if row["status"] else ""))
            planned = row["planned_ha"] or 0.0
            self.table.setItem(index, 2, _NumberItem(planned, format_hectares(planned)))
            self.table.setItem(index, 3, _NumberItem(row["released_ha"], format_hectares(row["released_ha"])))
            self.table.setItem(index, 4, QTableWidgetItem(str(row["district"] or "")))
            rank = row["hazard_rank"]
            # Unranked hazards sort after every ranked one.
            self.table.setItem(index, 5, _NumberItem(rank if rank is not None else UNRANKED,
                                                     str(rank) if rank is not None else ""))
        self.table.setSortingEnabled(True)

    def _row_fid(self, row: int) -> Optional[int]:
        item = self.table.item(row, 0)
        return None if item is None else item.data(Qt.UserRole)

    def _zoom_to_row(self, item) -> None:
        tasks = self.controller.layer("clearance_tasks")
        fid = self._row_fid(item.row())
        if tasks is not None and fid is not None:
            self.iface.mapCanvas().zoomToFeatureIds(tasks, [fid])

    def _select_on_map(self) -> None:
        tasks = self.controller.layer("clearance_tasks")
        if tasks is None:
            return
        fids = {self._row_fid(index.row()) for index in self.table.selectionModel().selectedRows()}
        tasks.selectByIds([fid for fid in fids if fid is not None])

    # -- sectors -----------------------------------------------------------------------------------
    def divide_selected_task(self) -> None:
        if self.controller._store() is None:
            return
        tasks = self.controller.layer("clearance_tasks")
        selected = list(tasks.getSelectedFeatures()) if tasks is not None else []
        if len(selected) != 1:
            notify_warning(self.iface, translate("ClearanceDock",
                "Select one task to divide (in this list or on the map)."))
            return
        self._dialog = SectorsDialog(self.iface, self.controller, selected[0], tasks)
        self._dialog.show()

    def teardown(self) -> None:
        super().teardown()
        if self._dialog is not None:
            try:
                self._dialog.close()
            except RuntimeError:
                pass  # already deleted
