"""The "Minefield record traverse" dock: a paper record's turning points typed (or pasted
from a spreadsheet) as bearing and distance from a start point, previewed on the map as
they are typed, with the misclosure and the area, and saved as a ``minefield_records``
polygon with its ``record_points`` in one transaction. The reverse fills the table from
any selected polygon.

The figures come from ``core.traverse.compute_record``; this module only reads the
widgets, flags bad cells and draws.

The table of turning points, the point numbers on the map and the start-point tool are in
``traverse_table``.
"""

from typing import Callable, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsMapLayerType,
    QgsPointXY,
    QgsProject,
    QgsWkbTypes,
)
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QIcon
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..__about__ import resource_path
from ..core.errors import DeminingError
from ..core.model.schema import BEARING_UNIT, NORTH_REFERENCE, RECORD_POINT_TYPE
from ..core.records.entry import (
    COORDINATE_FORMATS,
    WGS84,
    district_under,
    format_start_point,
    parse_start_point,
    record_changes,
)
from ..core.records.traverse import (
    NORTHS,
    UNITS,
    Leg,
    Traverse,
    TraversePoint,
    compute_record,
    polygon_to_legs,
    run_legs,
)
from ..settings import closure_tolerance_m
from .base_panel import DeminingPanel
from .formatting import format_hectares
from .notify import notify_error, notify_success, notify_warning, reported_errors
from .traverse_table import (
    BAD_CELL,
    BEARING_DECIMALS,
    COL_BEARING,
    DISTANCE_DECIMALS,
    OUTLINE,
    PointNumbers,
    StartPointTool,
    TableReading,
    TurningPointTable,
    closure_ratio_text,
    format_table_number,
    type_label,
)

translate = QCoreApplication.translate


class TraverseDock(DeminingPanel):
    """Traverse entry for paper minefield records (see the module docstring)."""

    #: A record was stored: its identifier.
    record_saved = pyqtSignal(str)

    def __init__(self, iface, session, parent: Optional[QWidget] = None):
        super().__init__(translate("TraverseDock", "Traverse"), "DeminingTraverseDock", iface, session, parent)
        self.canvas = iface.mapCanvas()
        self.start: Optional[Tuple[float, float]] = None  # lon, lat (WGS84), exact
        self.traverse: Optional[Traverse] = None
        self.problem = ""
        #: Replaceable in tests: (question) -> True to close the traverse and save.
        self.confirm_close: Callable[[str], bool] = self._ask_close

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)

        form = QFormLayout()
        start_row = QHBoxLayout()
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("TraverseCoordinateFormat")
        for code, label in zip(COORDINATE_FORMATS, (translate(
            "TraverseDock", "Lat/lon"), translate("TraverseDock", "UTM"), translate("TraverseDock", "MGRS"))):
            self.format_combo.addItem(label, code)
        self.start_edit = QLineEdit()
        self.start_edit.setObjectName("TraverseStartPoint")
        self.pick_button = QToolButton()
        self.pick_button.setObjectName("TraversePickStart")
        self.pick_button.setIcon(QIcon(str(resource_path("icons", "pick_point.svg"))))
        self.pick_button.setText(translate("TraverseDock", "Pick"))
        self.pick_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.pick_button.setCheckable(True)
        self.pick_button.setToolTip(translate("TraverseDock", "Click the start point on the map (snapping applies)."))
        start_row.addWidget(self.format_combo)
        start_row.addWidget(self.start_edit, 1)
        start_row.addWidget(self.pick_button)
        form.addRow(translate("TraverseDock", "Start point"), start_row)
        self.start_type_combo = QComboBox()
        self.start_type_combo.setObjectName("TraverseStartType")
        for code in ("turning", "reference", "benchmark"):
            self.start_type_combo.addItem(translate("Schema", RECORD_POINT_TYPE.label(code)), code)
        self.start_type_combo.setToolTip(translate(
            "TraverseDock", "Turning point: the start is the first corner of the minefield. "
                            "Reference point or benchmark: a landmark off the minefield the "
                            "record measures from."))
        form.addRow(translate("TraverseDock", "Start is a"), self.start_type_combo)

        bearings = QGridLayout()
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("TraverseUnit")
        for code in UNITS:
            self.unit_combo.addItem(translate("Schema", BEARING_UNIT.label(code)), code)
        self.unit_combo.setToolTip(translate(
            "TraverseDock", "The unit the record's bearings are written in. Changing it reads the "
                            "table again in the new unit; it does not convert the figures."))
        self.north_combo = QComboBox()
        self.north_combo.setObjectName("TraverseNorth")
        for code in NORTHS:
            self.north_combo.addItem(translate("Schema", NORTH_REFERENCE.label(code)), code)
        self.declination_spin = QDoubleSpinBox()
        self.declination_spin.setObjectName("TraverseDeclination")
        self.declination_spin.setRange(-180.0, 180.0)
        self.declination_spin.setDecimals(2)
        self.declination_spin.setSuffix(" °")
        self.declination_spin.setToolTip(translate("TraverseDock", "Magnetic declination in degrees, east positive."))
        bearings.addWidget(self.unit_combo, 0, 0)
        bearings.addWidget(self.north_combo, 0, 1)
        bearings.addWidget(QLabel(translate("TraverseDock", "Declination")), 0, 2)
        bearings.addWidget(self.declination_spin, 0, 3)
        form.addRow(translate("TraverseDock", "Bearings"), bearings)
        layout.addLayout(form)

        self.table = TurningPointTable()
        layout.addWidget(self.table, 1)
        rows = QHBoxLayout()
        self.add_button = self.push_button(
            "TraverseAddRow", translate("TraverseDock", "Add"), translate("TraverseDock", "Add a row at the end"),
            self.add_row)
        self.insert_button = self.push_button(
            "TraverseInsertRow", translate("TraverseDock", "Insert"),
            translate("TraverseDock", "Insert a row above the current one"), self.insert_row)
        self.delete_button = self.push_button(
            "TraverseDeleteRows", translate("TraverseDock", "Delete"),
            translate("TraverseDock", "Delete the selected rows"), self.delete_rows)
        self.clear_button = self.push_button(
            "TraverseClear", translate("TraverseDock", "Clear"), translate("TraverseDock", "Empty the table"),
            self.clear)
        self.load_button = self.push_button(
            "TraverseLoadSelected", translate("TraverseDock", "Load from selected polygon"),
            translate("TraverseDock", "Fill the table from the selected polygon (minefield record, task, "
                                      "hazard...) in the chosen unit and north"), self.load_selected_polygon)
        for button in (self.add_button, self.insert_button, self.delete_button, self.clear_button):
            rows.addWidget(button)
        rows.addStretch(1)
        rows.addWidget(self.load_button)
        layout.addLayout(rows)

        figures = QGridLayout()
        self.misclosure_label = QLabel()
        self.misclosure_label.setObjectName("TraverseMisclosure")
        self.area_label = QLabel()
        self.area_label.setObjectName("TraverseArea")
        self.perimeter_label = QLabel()
        self.perimeter_label.setObjectName("TraversePerimeter")
        figures.addWidget(self.misclosure_label, 0, 0)
        figures.addWidget(self.area_label, 0, 1)
        figures.addWidget(self.perimeter_label, 0, 2)
        layout.addLayout(figures)
        self.status_label = self.status_line("TraverseStatus")
        layout.addWidget(self.status_label)

        record = QFormLayout()
        self.source_edit = QLineEdit()
        self.source_edit.setObjectName("TraverseSource")
        self.source_edit.setPlaceholderText(translate("TraverseDock", "Who supplied the record, or the document"))
        self.received_edit = self.date_edit("TraverseReceivedOn")
        record.addRow(translate("TraverseDock", "Source"), self.source_edit)
        record.addRow(translate("TraverseDock", "Received on"), self.received_edit)
        layout.addLayout(record)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(translate("TraverseDock", "Save record"))
        self.save_button.setObjectName("TraverseSave")
        self.save_button.setToolTip(translate(
            "TraverseDock", "Store the record polygon and its points in the store, in one step"))
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)
        # In a scroll area: docks stacked in the same area never push the window off the screen.
        scroll = self.scrolled(body)
        # Never squeezed so far that Pick or Save record scroll out of sight.
        scroll.setMinimumSize(body.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width(),
                              body.minimumSizeHint().height())
        self.setWidget(scroll)

        self.outline_band = QgsRubberBand(self.canvas, QgsWkbTypes.PolygonGeometry)
        self.outline_band.setColor(QColor(200, 30, 30, 50))
        self.outline_band.setStrokeColor(OUTLINE)
        self.outline_band.setWidth(2)
        self.legs_band = QgsRubberBand(self.canvas, QgsWkbTypes.LineGeometry)
        self.legs_band.setColor(QColor(30, 30, 30, 200))
        self.legs_band.setWidth(1)
        self.legs_band.setLineStyle(Qt.DashLine)
        self.points_band = QgsRubberBand(self.canvas, QgsWkbTypes.PointGeometry)
        self.points_band.setColor(OUTLINE.darker(150))
        self.points_band.setIcon(QgsRubberBand.ICON_CIRCLE)
        self.points_band.setIconSize(7)
        self.numbers = PointNumbers(self.canvas)
        self.tool = StartPointTool(self.canvas)
        self.tool.point_picked.connect(self.set_start_from_canvas)
        self.tool.deactivated.connect(lambda: self.pick_button.setChecked(False))

        self._timer = self.later(self.recompute, 150)
        self.table.itemChanged.connect(self._timer.start)
        self.start_edit.textEdited.connect(self._start_typed)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.start_type_combo.currentIndexChanged.connect(self._timer.start)
        self.unit_combo.currentIndexChanged.connect(self._timer.start)
        self.north_combo.currentIndexChanged.connect(self._north_changed)
        self.declination_spin.valueChanged.connect(self._timer.start)
        self.pick_button.toggled.connect(self._pick_toggled)
        self.listen(self.canvas.destinationCrsChanged, self._timer.start)
        self._format_changed()
        self._north_changed()
        self.table.insert_blank_row(0)
        self.recompute()

    # -- settings the traverse reads ----------------------------------------------------------
    @property
    def unit(self) -> str:
        return self.unit_combo.currentData()

    @property
    def north(self) -> str:
        return self.north_combo.currentData()

    @property
    def declination(self) -> Optional[float]:
        return self.declination_spin.value() if self.north == "magnetic" else None

    @property
    def coordinate_format(self) -> str:
        return self.format_combo.currentData()

    def set_unit(self, unit: str) -> None:
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(unit))

    def set_north(self, north: str, declination_deg: float = 0.0) -> None:
        self.north_combo.setCurrentIndex(self.north_combo.findData(north))
        self.declination_spin.setValue(declination_deg or 0.0)

    def _north_changed(self) -> None:
        self.declination_spin.setEnabled(self.north == "magnetic")
        self._timer.start()

    # -- start point ----------------------------------------------------------------------------
    def _format_changed(self) -> None:
        placeholders = {"latlon": translate("TraverseDock", "latitude, longitude, e.g. 40.0512, 46.9876"),
                        "utm": translate("TraverseDock", "zone N/S easting northing, e.g. 38N 650000 4420000"),
                        "mgrs": translate("TraverseDock", "e.g. 38TNK 50000 20000")}
        self.start_edit.setPlaceholderText(placeholders[self.coordinate_format])
        if self.start is not None:
            self.start_edit.setText(format_start_point(*self.start, self.coordinate_format))

    def _start_typed(self, text: str) -> None:
        self.start = None
        if text.strip():
            try:
                self.start = parse_start_point(text, self.coordinate_format)
                self.start_edit.setToolTip("")
                self.start_edit.setStyleSheet("")
            except DeminingError as error:
                self.start_edit.setToolTip(str(error))
                self.start_edit.setStyleSheet(f"background-color: {BAD_CELL.name()};")
        self._timer.start()

    def set_start(self, lon: float, lat: float) -> None:
        """The start point in WGS84, shown in the chosen coordinate format."""
        self.start = (lon, lat)
        self.start_edit.setText(format_start_point(lon, lat, self.coordinate_format))
        self.start_edit.setToolTip("")
        self.start_edit.setStyleSheet("")
        self._timer.start()

    def set_start_from_canvas(self, point: QgsPointXY) -> None:
        """A point in the canvas CRS (the map tool's click) as the start point."""
        crs = self.canvas.mapSettings().destinationCrs()
        to_wgs84 = QgsCoordinateTransform(crs, WGS84, QgsProject.instance())
        lonlat = to_wgs84.transform(point)
        self.set_start(lonlat.x(), lonlat.y())
        self.recompute()

    def _pick_toggled(self, checked: bool) -> None:
        if checked:
            self.canvas.setMapTool(self.tool)
        elif self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)

    def pick_start_on_map(self) -> None:
        self.pick_button.setChecked(True)

    # -- rows -------------------------------------------------------------------------------------
    def add_row(self) -> None:
        self.table.insert_blank_row(self.table.rowCount())
        self.table.setCurrentCell(self.table.rowCount() - 1, COL_BEARING)
        self.table.setFocus()

    def insert_row(self) -> None:
        row = max(self.table.currentRow(), 0)
        self.table.insert_blank_row(row)
        self.table.setCurrentCell(row, COL_BEARING)

    def delete_rows(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()} or
                      ({self.table.currentRow()} if self.table.currentRow() >= 0 else set()), reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if self.table.rowCount() == 0:
            self.table.insert_blank_row(0)
        self._timer.start()

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.table.insert_blank_row(0)
        self.recompute()

    def set_legs(self, legs: List[Leg]) -> None:
        """Fill the table with ``legs`` (bearings in the current unit)."""
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for row, leg in enumerate(legs):
                self.table.insertRow(row)
                values = (str(leg.point_no), type_label(leg.point_type),
                          format_table_number(leg.bearing, BEARING_DECIMALS[self.unit]),
                          format_table_number(leg.distance_m, DISTANCE_DECIMALS),
                          "" if leg.from_point is None else str(leg.from_point))
                for column, text in enumerate(values):
                    self.table.setItem(row, column, QTableWidgetItem(text))
        finally:
            self.table.blockSignals(False)
        self.recompute()

    # -- computing and drawing ----------------------------------------------------------------
    def recompute(self) -> Optional[Traverse]:
        """Read the table, flag bad cells, run the traverse and redraw the preview."""
        self._timer.stop()
        reading = self.table.reading(self.unit)
        self.table.flag(reading.bad_cells)
        self.traverse, self.problem = None, ""
        if reading.bad_cells:
            (row, _column), message = sorted(reading.bad_cells.items())[0]
            count = len(reading.bad_cells)
            self.problem = translate("TraverseDock", "Row {row}: {message}").format(row=row + 1, message=message)
            if count > 1:
                self.problem += " " + translate("TraverseDock", "({n} cells to correct in all.)").format(n=count)
        elif self.start is None:
            self.problem = (translate(
                "TraverseDock", "Type or pick the start point.") if not self.start_edit.text().strip()
                            else self.start_edit.toolTip() or translate(
                                "TraverseDock", "The start point cannot be read."))
        elif len(reading.legs) < 1:
            self.problem = translate(
                "TraverseDock", "Type the turning points: bearing and distance from the point before.")
        else:
            try:
                self.traverse = compute_record(self.start[0], self.start[1], reading.legs, self.unit, self.north,
                                               self.declination, self.start_type_combo.currentData())
            except DeminingError as error:
                self.problem = str(error)
        self._show_figures()
        self._draw(reading)
        return self.traverse

    def _show_figures(self) -> None:
        traverse = self.traverse
        if traverse is None:
            self.misclosure_label.setText(translate("TraverseDock", "Misclosure: –"))
            self.area_label.setText(translate("TraverseDock", "Area: –"))
            self.perimeter_label.setText(translate("TraverseDock", "Perimeter: –"))
            self.status_label.setText(self.problem)
            self.status_label.setStyleSheet("color: #b00000;" if self.problem else "")
            return
        self.misclosure_label.setText(translate("TraverseDock", "Misclosure: {m:.3f} m ({ratio})").format(
            m=traverse.misclosure_m, ratio=closure_ratio_text(traverse)))
        self.area_label.setText(translate("TraverseDock", "Area: {}").format(format_hectares(traverse.area_ha)))
        self.perimeter_label.setText(translate("TraverseDock", "Perimeter: {:.2f} m").format(traverse.perimeter_m))
        tolerance = closure_tolerance_m()
        if traverse.misclosure_m > tolerance:
            self.status_label.setText(translate(
                "TraverseDock", "The traverse does not close within {t:g} m: check the bearings and "
                                "distances, or save and confirm closing it.").format(t=tolerance))
            self.status_label.setStyleSheet("color: #a05a00;")
        else:
            self.status_label.setText(translate("TraverseDock", "Closed: {n} points, UTM zone {zone}.").format(
                n=len(traverse.points), zone=f"{traverse.utm_epsg % 100}{'N' if traverse.utm_epsg < 32700 else 'S'}"))
            self.status_label.setStyleSheet("color: #1a7a30;")

    def _to_canvas(self) -> QgsCoordinateTransform:
        return QgsCoordinateTransform(WGS84, self.canvas.mapSettings().destinationCrs(), QgsProject.instance())

    def _draw(self, reading: TableReading) -> None:
        """The outline (when the traverse computes), every leg dashed, the points numbered.
        While a row is wrong, the legs above it are still drawn."""
        self.outline_band.reset(QgsWkbTypes.PolygonGeometry)
        self.legs_band.reset(QgsWkbTypes.LineGeometry)
        self.points_band.reset(QgsWkbTypes.PointGeometry)
        labels = []
        transform = self._to_canvas()
        legs, points = [], []
        if self.traverse is not None:
            polygon = QgsGeometry(self.traverse.polygon)
            polygon.transform(transform)
            self.outline_band.setToGeometry(polygon, None)
            legs, points = reading.legs, self.traverse.points
        elif self.start is not None:
            legs = reading.legs_before_first_bad_row()
            try:
                points = run_legs(self.start[0], self.start[1], legs, self.unit, self.north, self.declination,
                                  self.start_type_combo.currentData())
            except DeminingError:
                legs, points = [], []
            if not points:
                points = [TraversePoint(0, "reference", self.start[0], self.start[1], 0.0, 0.0)]
        by_number = {p.point_no: p for p in points}
        previous = 0
        for leg in legs:
            origin = by_number[previous if leg.from_point is None else leg.from_point]
            target = by_number[leg.point_no]
            line = QgsGeometry.fromPolylineXY([QgsPointXY(origin.lon, origin.lat), QgsPointXY(target.lon, target.lat)])
            line.transform(transform)
            self.legs_band.addGeometry(line, None)
            previous = leg.point_no
        for point in points:
            xy = transform.transform(QgsPointXY(point.lon, point.lat))
            self.points_band.addPoint(xy, True)
            labels.append((xy, str(point.point_no)))
        self.numbers.set_labels(labels)

    def preview_polygon(self) -> QgsGeometry:
        """The outline as the preview draws it, in the canvas CRS."""
        return self.outline_band.asGeometry()

    # -- the reverse --------------------------------------------------------------------------------
    def load_selected_polygon(self) -> bool:
        """Fill the table from the one selected polygon (active layer first)."""
        found = self._selected_polygon()
        if found is None:
            notify_warning(self.iface, translate(
                "TraverseDock", "Select one polygon first (a minefield record, task, hazard or any "
                                "polygon layer)."))
            return False
        geometry, crs, what = found
        polygon = QgsGeometry(geometry)
        if crs != WGS84:
            polygon.transform(QgsCoordinateTransform(crs, WGS84, QgsProject.instance()))
        try:
            start, legs = polygon_to_legs(polygon, self.unit, self.north, self.declination)
        except DeminingError as error:
            notify_error(self.iface, translate("TraverseDock", "{what}: {error}").format(what=what, error=error))
            return False
        self.start_type_combo.setCurrentIndex(self.start_type_combo.findData("turning"))
        self.set_start(*start)
        self.set_legs(legs)
        notify_success(self.iface, translate(
            "TraverseDock", "{what}: {n} legs in the table, {unit} from {north}.").format(
            what=what, n=len(legs), unit=translate("Schema", BEARING_UNIT.label(self.unit)),
            north=translate("Schema", NORTH_REFERENCE.label(self.north))))
        return True

    def _selected_polygon(self) -> Optional[Tuple[QgsGeometry, QgsCoordinateReferenceSystem, str]]:
        active = self.iface.activeLayer() if self.iface is not None else None
        layers = [active] if active is not None else []
        layers += [layer for layer in QgsProject.instance().mapLayers().values() if layer is not active]
        for layer in layers:
            if (layer.type() != QgsMapLayerType.VectorLayer or layer.geometryType() != QgsWkbTypes.PolygonGeometry
                    or layer.selectedFeatureCount() != 1):
                continue
            feature = next(layer.getSelectedFeatures())
            identifier = next((str(feature[name]) for name in ("record_id", "task_id", "hazard_id", "release_id")
                               if layer.fields().indexOf(name) >= 0 and feature[name]), f"#{feature.id()}")
            return feature.geometry(), layer.crs(), f"{layer.name()} {identifier}"
        return None

    # -- saving ---------------------------------------------------------------------------------
    def _ask_close(self, question: str) -> bool:
        answer = QMessageBox.question(self, translate("TraverseDock", "Traverse does not close"), question,
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def save(self) -> Optional[str]:
        """Store the record and its points; returns the new record's identifier."""
        store = self.session.store
        if store is None:
            notify_warning(self.iface, translate("TraverseDock", "Open or create a store first (Demining dock)."))
            return None
        traverse = self.recompute()
        if traverse is None:
            notify_error(self.iface, translate("TraverseDock", "The record was not saved: {}").format(self.problem))
            return None
        if not self.source_edit.text().strip():
            notify_error(self.iface, translate(
                "TraverseDock", "The record was not saved: type its source (who supplied it, or the "
                                "document)."))
            self.source_edit.setFocus()
            return None
        tolerance = closure_tolerance_m()
        if traverse.misclosure_m > tolerance:
            question = translate(
                "TraverseDock", "The traverse does not close: the last point is {m:.2f} m ({ratio}) from the first, "
                                "more than the {t:g} m allowed.\n\nClose it (join the last point to the first) and "
                                "save the record with this misclosure?").format(
                    m=traverse.misclosure_m, ratio=closure_ratio_text(traverse), t=tolerance)
            if not self.confirm_close(question):
                notify_warning(self.iface, translate(
                    "TraverseDock", "The record was not saved: the traverse does not close within "
                                    "{t:g} m (misclosure {m:.2f} m).").format(t=tolerance,
                                                                                         m=traverse.misclosure_m))
                return None
        record_id = None
        with reported_errors(self.iface, translate("TraverseDock", "Saving the minefield record")) as outcome:
            for layer in self.session.store_layers():
                if layer.isEditable() and layer.isModified():
                    raise DeminingError(translate(
                        "TraverseDock", "{layer} has unsaved edits. Save or discard them first, then save the "
                                        "record again.").format(layer=layer.name()))
            district = district_under(store.layer("regions"), traverse.polygon)
            record_id = store.next_identifier("minefield_records")
            received = self.received_edit.date().toPyDate() if self.received_edit.date().isValid() else None
            changes = record_changes(traverse, traverse.legs, record_id, self.unit, self.north, self.declination,
                                     self.source_edit.text(), received, district, store.crs)
            store.apply(changes)
        if not outcome.ok:
            return None
        for layer in self.session.store_layers():
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
        self.session.request_figures()
        notify_success(self.iface, translate(
            "TraverseDock", "Minefield record {id} saved: {area}, misclosure {m:.3f} m ({ratio}), "
                            "{n} points{district}.").format(
            id=record_id, area=format_hectares(traverse.area_ha), m=traverse.misclosure_m,
            ratio=closure_ratio_text(traverse),
            n=len(traverse.points), district=translate("TraverseDock", ", in {}").format(district) if district else ""))
        self.record_saved.emit(record_id)
        return record_id

    # -- life cycle ----------------------------------------------------------------------------------
    def teardown(self) -> None:
        super().teardown()
        if self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)
        for item in (self.outline_band, self.legs_band, self.points_band, self.numbers):
            scene = item.scene()
            if scene is not None:
                scene.removeItem(item)
