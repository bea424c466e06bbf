"""The completion report (page 1) and handover certificate (page 2) of a task: a print layout
loaded from a template shipped in ``demining_plugin/layouts`` (A4 or A3), filled in for one
task after another, as the field maps are (``fieldmap.atlas``).

Legible in black and white: released land is hatched at an angle per method, the task's
outline and the land handed over are drawn in heavy black lines, warnings are framed."""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsSingleSymbolRenderer,
    QgsTableCell,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QSize, QVariant
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..errors import DeminingError
from ..fieldmap.options import COLUMN_SHARES, LAYOUTS_DIR, MM_PER_POINT, FieldMapOptions, TurningPoint
from ..fieldmap.panels import PagePanelsMixin
from ..store.styles import translate_legend
from . import texts
from .data import REPORT_LAYERS, CompletionData, completion_data, handover_findings, task_filter
from .maps import add_hatch, frame_map, hatched_by_method, label_numbers

translate = QCoreApplication.translate



@dataclass
class CompletionOptions(FieldMapOptions):
    """The field map's paper (A4 or A3, always portrait here) and print date, and what a
    completion report adds: the handover certificate, and whether a handover needs a passed
    inspection (the setting ``demining/handover/require_inspection``, read by the callers)."""

    handover: bool = True
    require_inspection: bool = True


@dataclass
class CompletionResult:
    pages: int
    files: List[str] = field(default_factory=list)
    task_ids: List[str] = field(default_factory=list)
    #: Findings of the handover rules on the tasks printed, one sentence each.
    warnings: List[str] = field(default_factory=list)


#: Items of page 1 right below the warnings' band.
BELOW_WARNINGS = ("report_map", "report_legend")


def template_path(paper: str):
    return LAYOUTS_DIR / f"completion_{paper}_portrait.qpt"


class CompletionBuilder(PagePanelsMixin):
    """Loads the template once and fills it in for one task after another (the legend is
    fitted to its box as the field maps' is: ``PagePanelsMixin._fit_legend``)."""

    def __init__(self, store, options: Optional[CompletionOptions] = None):
        self.store = store
        self.options = options or CompletionOptions()
        self.options.check()
        path = template_path(self.options.paper)
        if not path.is_file():
            raise DeminingError(translate("Completion", "The layout template {0} is missing from the plugin.").format(
                path.name))
        self.scale = 1.0 if self.options.paper == "A4" else 297.0 / 210.0
        self.project = QgsProject()
        self.layers: Dict[str, QgsVectorLayer] = {}
        for name in REPORT_LAYERS:
            layer = store.layer(name)
            translate_legend(layer)
            self.project.addMapLayer(layer)
            self.layers[name] = layer
        self.tasks = self.layers["clearance_tasks"]
        crs = self.tasks.crs().authid()
        # Private copies of the layers drawn filtered per task (the store's layers stay whole for the figures).
        self.shown = {name: self._copy_of(name) for name in ("cleared_areas", "detections", "inspections")}
        hatched_by_method(self.shown["cleared_areas"])
        self.outline = self._memory(f"Polygon?crs={crs}", translate("Completion", "Task outline"),
                                    {"color": "0,0,0,0", "outline_color": "0,0,0,255", "outline_width": "0.9"})
        self.handed = self._memory(f"MultiPolygon?crs={crs}", translate("Completion", "Land handed over"),
                                   {"color": "0,0,0,0", "outline_color": "0,0,0,255", "outline_width": "1.0"})
        add_hatch(self.handed.renderer().symbol(), 45.0, 2.0, 0.25, QColor(0, 0, 0))
        self.points = self._numbered(crs, translate("Completion", "Turning points"))
        self.corners = self._numbered(crs, translate("Completion", "Corners"))
        self.layout = self._load(path)
        self.items = {item_id: self._item(item_id) for item_id in (
            "title", "identification", "warnings", "map_note", "summary", "footer", "report_map", "report_legend",
            "report_scale", "points_table", "hectares_table", "items_table", "inspections_table")}
        #: The template's places (x, y, width, height in mm on their page) of the warnings' band
        #: and of the items below it, which take the band when a task has no warning.
        self.template_places = {item_id: _place(self.items[item_id]) for item_id in BELOW_WARNINGS + ("warnings",)}
        self.tables = {}
        if self.options.handover:
            for item_id in ("cert_title", "cert_text", "cert_map", "cert_scale", "corners_table", "cert_risk",
                            "sign_organisation", "sign_authority", "sign_recipient", "cert_footer"):
                self.items[item_id] = self._item(item_id)
        else:
            self._drop_certificate_page()
        legend: QgsLayoutItemLegend = self.items["report_legend"]
        self.legend = legend
        self.legend_fonts = {style: QFont(legend.style(style).font()) for style in (
            QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel)}
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in (self.outline, self.points, self.shown["inspections"], self.shown["detections"],
                      self.shown["cleared_areas"], self.layers["hazard_areas"]):
            root.addLayer(layer)
        legend.setLegendFilterByMapEnabled(True)
        self.data: Optional[CompletionData] = None
        self.findings = []
        #: Warnings of every task prepared so far.
        self.printed_warnings: List[str] = []

    # -- set-up --------------------------------------------------------------------------------
    def _copy_of(self, name: str) -> QgsVectorLayer:
        layer = self.store.layer(name)
        translate_legend(layer)
        self.project.addMapLayer(layer)
        return layer

    def _memory(self, uri: str, name: str, style: dict, fields: Sequence[QgsField] = ()) -> QgsVectorLayer:
        layer = QgsVectorLayer(uri, name, "memory")
        if fields:
            layer.dataProvider().addAttributes(list(fields))
            layer.updateFields()
        symbol = (QgsMarkerSymbol if uri.startswith("Point") else QgsFillSymbol).createSimple(style)
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        self.project.addMapLayer(layer)
        return layer

    def _numbered(self, crs: str, name: str) -> QgsVectorLayer:
        layer = self._memory(f"Point?crs={crs}", name, {"name": "circle", "color": "255,255,255,255", "size": "1.6",
                                                        "outline_color": "0,0,0,255", "outline_width": "0.4"},
                             [QgsField("number", QVariant.String)])
        label_numbers(layer, "number", 7 * self.scale)
        return layer

    def _load(self, path) -> QgsPrintLayout:
        layout = QgsPrintLayout(self.project)
        document = QDomDocument()
        with open(path, encoding="utf-8") as handle:
            document.setContent(handle.read())
        _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
        if not ok:
            raise DeminingError(translate("Completion", "The layout template {0} cannot be read.").format(path.name))
        layout.setName(translate("Completion", "Completion report"))
        return layout

    def _item(self, item_id: str):
        item = self.layout.itemById(item_id)
        if item is None:
            raise DeminingError(translate("Completion", "The layout template has no item '{0}'.").format(item_id))
        return item

    def _drop_certificate_page(self) -> None:
        pages = self.layout.pageCollection()
        if pages.pageCount() < 2:
            return
        for item in pages.itemsOnPage(1):
            self.layout.removeLayoutItem(item)
        pages.deletePage(1)

    # -- one task ------------------------------------------------------------------------------
    def prepare(self, task: QgsFeature) -> None:
        """Fill the layout in for ``task``."""
        data = completion_data(task, self.layers)
        self.data = data
        self.findings = handover_findings(data, self.layers, self.options.require_inspection)
        data.warnings = [message for _rule, _feature, message, _geometry in self.findings]
        self.printed_warnings += data.warnings
        where = task_filter(data.task_id)
        for layer in self.shown.values():
            layer.setSubsetString(where)
        self._fill_points(self.points, data.turning_points + ([data.benchmark] if data.benchmark else []))
        self._set_geometry(self.outline, data.task_geometry)
        self._fill_report(data)
        if self.options.handover:
            self._set_geometry(self.handed, data.released)
            self._fill_points(self.corners, data.corners)
            self._fill_certificate(data)
        self.layout.refresh()

    def _set_geometry(self, layer: QgsVectorLayer, geometry: QgsGeometry) -> None:
        layer.dataProvider().truncate()
        if not geometry.isEmpty():
            feature = QgsFeature(layer.fields())
            feature.setGeometry(geometry)
            layer.dataProvider().addFeature(feature)
        layer.updateExtents()
        layer.triggerRepaint()

    def _fill_points(self, layer: QgsVectorLayer, points: Sequence[TurningPoint]) -> None:
        layer.dataProvider().truncate()
        to_layer = QgsCoordinateTransform(self.data.utm, self.tasks.crs(), QgsProject.instance())
        features = []
        for point in points:
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(to_layer.transform(QgsPointXY(point.easting, point.northing))))
            feature.setAttributes([_number(point)])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        layer.triggerRepaint()

    def _fill_report(self, data: CompletionData) -> None:
        s, items = self.scale, self.items
        items["title"].setText(texts.report_title(data, s))
        items["identification"].setText(texts.identification(data, s))
        items["warnings"].setText(texts.warnings_text(data.warnings, s))
        items["warnings"].setVisibility(bool(data.warnings))
        self._give_the_band(not data.warnings)
        items["map_note"].setText(texts.map_note(data, s))
        items["summary"].setText(texts.summary(data, self.options.date, self.store.name, s))
        items["footer"].setText(texts.footer(self.options.date, self.store.name, s))
        frame_map(items["report_map"], items["report_scale"], data.task_geometry, self.tasks.crs(), data.utm,
                  self.scale, [self.points, self.outline, self.shown["inspections"], self.shown["detections"],
                               self.shown["cleared_areas"], self.layers["hazard_areas"]], grid=True)
        legend = items["report_legend"]
        if not getattr(self, "_rendered_once", False):
            # A legend measures its contents only once it has been drawn.
            QgsLayoutExporter(self.layout).renderPageToImage(0, QSize(), 5)
            self._rendered_once = True
        legend.updateFilterByMap(False)
        self._fit_legend()
        point_rows = [list(p.cells) for p in data.turning_points]
        if data.benchmark is not None:
            point_rows.insert(0, [translate("Completion", "BM")] + list(data.benchmark.cells[1:]))
        # The tables below the turning points move up into the room those leave.
        up = self._fill_table("points_table", _point_headings(), point_rows, COLUMN_SHARES, shrink=True)
        left_up = up + self._fill_table("hectares_table", (
            translate("Completion", "Method"), translate("Completion", "Technique"),
            translate("Completion", "Hectares")), texts.hectare_rows(data), (0.45, 0.33, 0.22), up, shrink=True)
        self._fill_table("items_table", (translate("Completion", "Category"), translate("Completion", "Model"),
                                         translate("Completion", "Disposition"), translate("Completion", "Qty")),
                         texts.item_rows(data), (0.18, 0.3, 0.4, 0.12), raise_by=up, grow_by=up)
        self._fill_table("inspections_table", (
            translate("Completion", "Inspection"), translate("Completion", "Date"), translate("Completion", "Kind"),
            translate("Completion", "Inspected by"), translate("Completion", "m²"), translate("Completion", "Items"),
            translate("Completion", "Result")), texts.inspection_rows(data),
            (0.13, 0.15, 0.13, 0.27, 0.1, 0.08, 0.14), raise_by=left_up, grow_by=left_up)

    def _give_the_band(self, free: bool) -> None:
        """The map and legend at their template places, or, when ``free``, starting where the
        warnings' band starts and taller by it (the band and the gap below it)."""
        band = self.template_places["warnings"][1]
        for item_id in BELOW_WARNINGS:
            x, y, width, height = self.template_places[item_id]
            gain = y - band if free else 0.0
            item = self.items[item_id]
            item.attemptMove(QgsLayoutPoint(x, y - gain), True, False, item.page())
            item.attemptResize(QgsLayoutSize(width, height + gain))

    def _fill_certificate(self, data: CompletionData) -> None:
        s, items = self.scale, self.items
        items["cert_title"].setText(texts.certificate_title(data, s))
        items["cert_text"].setText(texts.certificate_text(data, s))
        items["cert_risk"].setText(texts.residual_risk(data, s))
        for item_id, role, name in texts.signature_roles(data):
            items[item_id].setText(texts.signature_block(role, name, s))
        lines = [texts.footer(self.options.date, self.store.name, s)]
        if data.warnings:
            lines.insert(0, texts.warnings_text(data.warnings, s))
        items["cert_footer"].setText("".join(lines))
        shape = data.released if not data.released.isEmpty() else data.task_geometry
        frame_map(items["cert_map"], items["cert_scale"], shape, self.tasks.crs(), data.utm, self.scale,
                  [self.corners, self.handed, self.layers["hazard_areas"]], grid=False)
        self._fill_table("corners_table", _point_headings(), [list(p.cells) for p in data.corners], COLUMN_SHARES)

    # -- maps and tables -----------------------------------------------------------------------
    def _fill_table(self, item_id: str, headings, rows: List[List[str]], shares, raise_by: float = 0.0,
                    grow_by: float = 0.0, shrink: bool = False) -> float:
        """Fill a table in its template box, moved up by ``raise_by`` and made ``grow_by`` taller
        (mm), cut to its rows when ``shrink``; the rows that do not fit are said in a last row.
        Returns the height its rows leave unused."""
        frame = self.items[item_id]
        table = frame.multiFrame()
        x, y, width, height = (float(v) for v in frame.customProperty("demining_box").split(","))
        y, height = y - raise_by, height + grow_by
        margins = len(headings) * 2 * table.cellMargin() + (len(headings) + 1) * table.gridStrokeWidth()
        table.setHeaders([QgsLayoutTableColumn(h) for h in headings])
        table.setColumnWidths([(width - margins) * share for share in shares])
        table.setIncludeTableHeader(True)
        line = table.contentTextFormat().size() * MM_PER_POINT * 1.2
        row_height = line + 2 * table.cellMargin() + table.gridStrokeWidth()
        header = table.headerTextFormat().size() * MM_PER_POINT * 1.2 + 2 * table.cellMargin() \
            + 2 * table.gridStrokeWidth()
        capacity = max(1, int((height - header) // row_height))
        # A note goes in the widest column.
        wide = max(range(len(shares)), key=lambda k: shares[k])
        if not rows:
            rows = [_note_row(len(headings), wide, translate("Completion", "none recorded"))]
        if len(rows) > capacity:
            shown = capacity - 1
            rows = rows[:shown] + [_note_row(len(headings), wide, translate(
                "Completion", "… {0} more rows").format(len(rows) - shown))]
        table.setTableContents([[QgsTableCell(value) for value in row] for row in rows])
        table.setRowHeights([line] * len(rows))
        unused = max(0.0, height - header - len(rows) * row_height - 1.0)
        frame.attemptMove(QgsLayoutPoint(x, y), True, False, frame.page())  # the box is on the frame's page
        frame.attemptResize(QgsLayoutSize(width, height - unused if shrink else height))
        return unused


def _place(item) -> tuple:
    """``(x, y, width, height)`` of a layout item on its page, in mm."""
    position, size = item.pagePositionWithUnits(), item.sizeWithUnits()
    return position.x(), position.y(), size.width(), size.height()


def _note_row(columns: int, at: int, note: str) -> List[str]:
    row = [""] * columns
    row[at] = note
    return row


def _number(point: TurningPoint) -> str:
    return translate("Completion", "BM") if point.number == 0 else str(point.number)


def _point_headings():
    return (translate("Completion", "No."), translate("Completion", "Easting"), translate("Completion", "Northing"),
            translate("Completion", "Latitude"), translate("Completion", "Longitude"), translate("Completion", "MGRS"))
