"""Field maps: one printed page per clearance task, for the team leader on the ground.

A page is a print layout loaded from a template shipped in ``demining_plugin/layouts``
(A4 or A3, portrait or landscape) and filled in for one task: the main map in the task's
local UTM zone with a UTM/MGRS grid, numbered turning points and their coordinate table,
an overview of the districts, a legend of what the map shows, scale, north arrow with
the magnetic declination (World Magnetic Model), the task's facts and its emergency and
access points. Pages go to one multi-page PDF or one PDF per task.

Everything here builds layouts and files; nothing here shows a widget.

This module builds the page (``FieldMapBuilder``) and prints the pages; ``options`` holds
what is asked, ``tasks`` the figures of a task, ``panels`` the legend, table and texts.
"""

import re
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsAbstractLayoutIterator,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeedback,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLegendStyle,
    QgsLinePatternFillSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication, QSize, QVariant
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..errors import DeminingError
from ..geo.crs import utm_crs_for, wgs84
from ..geo.measure import distance_area
from ..model.schema import TASK_POINT_KIND
from .options import (
    MAIN_LAYERS,
    TASK_OUTLINE,
    FieldMapOptions,
    FieldMapResult,
    mgrs_text,
    quoted,
    template_path,
    text_value,
)
from .panels import PagePanelsMixin
from .tasks import interval_for_span, nice_scale_for, select_tasks, turning_points

translate = QCoreApplication.translate


# -- the page ------------------------------------------------------------------------------

class FieldMapBuilder(PagePanelsMixin):
    """Loads a template once and fills it in for one task after another."""

    def __init__(self, store, options: Optional[FieldMapOptions] = None, project: Optional[QgsProject] = None,
                 group_name: str = ""):
        self.store = store
        self.options = options or FieldMapOptions()
        self.options.check()
        path = template_path(self.options.paper, self.options.orientation)
        if not path.is_file():
            raise DeminingError(translate(
                "FieldMap", "The layout template {path_name} is missing from the plugin.").format(path_name=path.name))
        # A private project, or (for hand edits) the user's, with the layers in a hidden group.
        self.project = project or QgsProject()
        self.group = None
        if project is not None:
            self.group = project.layerTreeRoot().addGroup(group_name or translate("FieldMap", "Field map"))
            self.group.setItemVisibilityChecked(False)
        self.layers: Dict[str, QgsVectorLayer] = {}
        for name in MAIN_LAYERS:
            self.layers[name] = self._add_layer(store.layer(name))
        self.tasks = self.layers["clearance_tasks"]
        _hatch(self.layers["cleared_areas"])
        self.outline = self._memory_layer("Polygon", translate("FieldMap", "This task"))
        symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": TASK_OUTLINE.name(),
                                             "outline_width": "1.0", "outline_style": "solid"})
        self.outline.setRenderer(QgsSingleSymbolRenderer(symbol))
        self.vertices = self._memory_layer("Point", translate(
            "FieldMap", "Turning points"), [QgsField("number", QVariant.Int)])
        self._style_vertices()
        # The task's own points, copied per page (a filter on the store layer would reopen it).
        source = self.layers["task_points"]
        self.task_points = self._memory_layer("Point", source.name(), [QgsField("kind", QVariant.String),
                                                                        QgsField("name", QVariant.String)])
        self.task_points.setRenderer(source.renderer().clone())
        if source.labeling() is not None:
            self.task_points.setLabeling(source.labeling().clone())
            self.task_points.setLabelsEnabled(source.labelsEnabled())
        self.position = self._memory_layer("Point", translate("FieldMap", "Task position"))
        marker = QgsMarkerSymbol.createSimple({"name": "star", "color": "255,255,255,255", "size": "5",
                                               "outline_color": "0,0,0,255", "outline_width": "0.5"})
        self.position.setRenderer(QgsSingleSymbolRenderer(marker))
        self.layout = QgsPrintLayout(self.project)
        document = QDomDocument()
        with open(path, encoding="utf-8") as handle:
            document.setContent(handle.read())
        items, ok = self.layout.loadFromTemplate(document, QgsReadWriteContext())
        if not ok:
            raise DeminingError(translate("FieldMap", "The layout template {path_name} cannot be read.").format(
                path_name=path.name))
        self.layout.setName(translate("FieldMap", "Field map"))
        self.main_map: QgsLayoutItemMap = self._item("main_map", QgsLayoutItemMap)
        self.overview_map: QgsLayoutItemMap = self._item("overview_map", QgsLayoutItemMap)
        self.legend: QgsLayoutItemLegend = self._item("legend", QgsLayoutItemLegend)
        self.title: QgsLayoutItemLabel = self._item("title", QgsLayoutItemLabel)
        self.details: QgsLayoutItemLabel = self._item("details", QgsLayoutItemLabel)
        self.north_note: QgsLayoutItemLabel = self._item("north_note", QgsLayoutItemLabel)
        self.north_arrow: QgsLayoutItemPicture = self._item("north_arrow", QgsLayoutItemPicture)
        self.scale_bar: QgsLayoutItemScaleBar = self._item("scale_bar", QgsLayoutItemScaleBar)
        frame = self._item("points_table", None)
        self.table: QgsLayoutItemManualTable = frame.multiFrame()
        self.table_frame = frame
        # Template rectangles: the table shrinks to its rows and what is below it moves up.
        self.boxes = {item_id: self._box(item_id) for item_id in ("points_table", "details", "legend")}
        self.legend_fonts = {style: QFont(self.legend.style(style).font()) for style in
                             (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup,
                              QgsLegendStyle.SymbolLabel)}
        self.legend.setLinkedMap(self.main_map)
        self.scale_bar.setLinkedMap(self.main_map)
        self._item("scale_ratio", QgsLayoutItemScaleBar).setLinkedMap(self.main_map)
        self._setup_overview()
        self.da = distance_area(self.tasks.crs())
        self._rendered_once = False
        self._legend_need = 0.0
        self.sources = self._sources()

    # -- set-up ------------------------------------------------------------------------------
    def _add_layer(self, layer: QgsVectorLayer) -> QgsVectorLayer:
        self.project.addMapLayer(layer, self.group is None)
        if self.group is not None:
            self.group.addLayer(layer)
        return layer

    def _memory_layer(self, geometry: str, name: str, fields: Sequence[QgsField] = ()) -> QgsVectorLayer:
        layer = QgsVectorLayer(f"{geometry}?crs={self.tasks.crs().authid()}", name, "memory")
        if fields:
            layer.dataProvider().addAttributes(list(fields))
            layer.updateFields()
        return self._add_layer(layer)

    def _style_vertices(self) -> None:
        marker = QgsMarkerSymbol.createSimple({"name": "circle", "color": "255,255,255,255", "size": "1.8",
                                               "outline_color": TASK_OUTLINE.name(), "outline_width": "0.45"})
        self.vertices.setRenderer(QgsSingleSymbolRenderer(marker))
        settings = QgsPalLayerSettings()
        settings.fieldName = "number"
        settings.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
        settings.dist = 0.8
        settings.priority = 10
        settings.displayAll = True
        text = QgsTextFormat()
        font = QFont("Sans")
        font.setBold(True)
        text.setFont(font)
        text.setSize(8)
        text.setColor(QColor(0, 0, 0))
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(1.0)
        buffer.setColor(QColor(255, 255, 255))
        text.setBuffer(buffer)
        settings.setFormat(text)
        self.vertices.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        self.vertices.setLabelsEnabled(True)

    def _box(self, item_id: str) -> QgsRectangle:
        item = self._item(item_id, None)
        x, y = item.pos().x(), item.pos().y()
        return QgsRectangle(x, y, x + item.rect().width(), y + item.rect().height())

    def _item(self, item_id: str, kind):
        item = self.layout.itemById(item_id)
        if item is None or (kind is not None and not isinstance(item, kind)):
            raise DeminingError(translate("FieldMap", "The layout template has no item '{item_id}'.").format(
                item_id=item_id))
        return item

    def _setup_overview(self) -> None:
        regions = self.layers["regions"]
        self.overview_map.setLayers([self.position, regions])
        extent_frame = QgsLayoutItemMapOverview(translate("FieldMap", "Map extent"), self.overview_map)
        extent_frame.setLinkedMap(self.main_map)
        self.overview_map.overviews().addOverview(extent_frame)

    def _sources(self) -> str:
        regions = self.layers["regions"]
        names = sorted({text_value(f, "source") for f in regions.getFeatures() if text_value(f, "source")})
        text = translate("FieldMap", "Data: store {0}").format(self.store.name)
        if names:
            text += "; " + translate("FieldMap", "districts: {0}").format(", ".join(names))
        return text

    # -- one task ------------------------------------------------------------------------------
    def prepare(self, task: QgsFeature) -> None:
        """Fill the layout in for ``task``."""
        task_id = task["task_id"]
        geometry = QgsGeometry(task.geometry())
        crs = self.tasks.crs()
        utm = utm_crs_for(geometry, crs)
        points = turning_points(geometry, crs, utm)

        self.outline.dataProvider().truncate()
        self.vertices.dataProvider().truncate()
        self.position.dataProvider().truncate()
        outline = QgsFeature(self.outline.fields())
        outline.setGeometry(geometry)
        self.outline.dataProvider().addFeature(outline)
        to_layer = QgsCoordinateTransform(utm, crs, QgsProject.instance())
        for point in points:
            feature = QgsFeature(self.vertices.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(to_layer.transform(QgsPointXY(point.easting, point.northing))))
            feature.setAttributes([point.number])
            self.vertices.dataProvider().addFeature(feature)
        marker = QgsFeature(self.position.fields())
        marker.setGeometry(geometry.centroid())
        self.position.dataProvider().addFeature(marker)
        for layer in (self.outline, self.vertices, self.position):
            layer.updateExtents()
            layer.triggerRepaint()

        self.task_points.dataProvider().truncate()
        request = QgsFeatureRequest().setFilterExpression(f'"task_id" = {quoted(task_id)}')
        for source in self.layers["task_points"].getFeatures(request):
            copy = QgsFeature(self.task_points.fields())
            copy.setGeometry(source.geometry())
            copy.setAttributes([source["kind"], source["name"]])
            self.task_points.dataProvider().addFeature(copy)
        self.task_points.updateExtents()

        self._frame_main_map(geometry, crs, utm)
        self._frame_overview(geometry, crs, utm, task)
        self._fill_legend()
        if not self._rendered_once:
            # A legend measures its contents only once it has been drawn.
            QgsLayoutExporter(self.layout).renderPageToImage(0, QSize(), 5)
            self._rendered_once = True
        self._legend_need = self._legend_height_needed()
        self._fill_table(points)
        self._flow_below_table()
        self._fit_legend()
        centre = QgsCoordinateTransform(crs, wgs84(),
                                        QgsProject.instance()).transform(geometry.centroid().asPoint())
        self._fill_north_note(centre, utm)
        self._fill_texts(task, geometry, crs, utm, points, centre)
        self.layout.refresh()

    def _main_layers(self) -> List[QgsVectorLayer]:
        o = self.options
        wanted = [self.vertices, self.outline]
        for name in MAIN_LAYERS:
            if (name == "mapped_mines" and not o.mapped_mines) or (name == "task_points" and not o.task_points) \
                    or (name == "detections" and not o.items_found):
                continue
            wanted.append(self.task_points if name == "task_points" else self.layers[name])
        return wanted

    def _frame_main_map(self, geometry: QgsGeometry, crs, utm) -> None:
        local = QgsGeometry(geometry)
        local.transform(QgsCoordinateTransform(crs, utm, QgsProject.instance()))
        box = local.boundingBox()
        item_w = self.main_map.rect().width()  # layout units: mm
        item_h = self.main_map.rect().height()
        # The task with a fifth of its size around it, at the next round scale.
        needed = max(box.width() * 1.25 / (item_w / 1000.0), box.height() * 1.25 / (item_h / 1000.0), 500.0)
        scale = nice_scale_for(needed)
        half_w, half_h = item_w / 1000.0 * scale / 2, item_h / 1000.0 * scale / 2
        centre = box.center()
        self.main_map.setCrs(utm)
        self.main_map.setLayers(self._main_layers())
        self.main_map.setExtent(QgsRectangle(centre.x() - half_w, centre.y() - half_h,
                                             centre.x() + half_w, centre.y() + half_h))
        self.main_map.setScale(scale)
        self._set_grids(utm, 2 * half_w)
        self._set_scale_bar(2 * half_w)

    def _set_scale_bar(self, span_m: float) -> None:
        """Two or four segments making about a quarter of the map width, in m or km."""
        target = span_m / 4
        step = next((s for s in (10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 25000)
                     if s * 2 >= target), 50000)
        in_km = step >= 1000
        bar = self.scale_bar
        bar.setUnits(QgsUnitTypes.DistanceKilometers if in_km else QgsUnitTypes.DistanceMeters)
        bar.setUnitLabel("km" if in_km else "m")
        bar.setMapUnitsPerScaleBarUnit(1.0)
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
        bar.setUnitsPerSegment(step / 1000.0 if in_km else step)
        bar.setNumberOfSegments(2)
        bar.setNumberOfSegmentsLeft(0)
        bar.setHeight(2.0)
        bar.setBoxContentSpace(1.0)
        bar.update()

    def _set_grids(self, utm: QgsCoordinateReferenceSystem, span_m: float) -> None:
        grids = self.main_map.grids()
        for grid in list(grids.asList()):
            grids.removeGrid(grid.id())
        interval = interval_for_span(span_m)
        # MGRS grid digits as precise as the interval needs: km, 100 m or 10 m.
        digits = 2 if interval % 1000 == 0 else (3 if interval % 100 == 0 else 4)
        unit = 10 ** (5 - digits)
        text = QgsTextFormat()
        text.setFont(QFont("Sans"))
        text.setSize(6.5 if self.options.paper == "A4" else 7.5)
        text.setColor(QColor(0, 0, 0))

        utm_grid = QgsLayoutItemMapGrid("utm", self.main_map)
        # Full UTM coordinates on the left and bottom; MGRS grid digits on the top and right.
        mgrs_grid = QgsLayoutItemMapGrid("mgrs", self.main_map)
        for grid in (utm_grid, mgrs_grid):
            grid.setCrs(utm)
            grid.setIntervalX(interval)
            grid.setIntervalY(interval)
            grid.setUnits(QgsLayoutItemMapGrid.MapUnit)
            grid.setAnnotationEnabled(True)
            grid.setAnnotationFormat(QgsLayoutItemMapGrid.CustomFormat)
            grid.setAnnotationTextFormat(text)
            grid.setAnnotationFrameDistance(0.8)
            for side in (QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Right,
                         QgsLayoutItemMapGrid.Top, QgsLayoutItemMapGrid.Bottom):
                grid.setAnnotationPosition(QgsLayoutItemMapGrid.OutsideMapFrame, side)
                vertical = side in (QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Right)
                grid.setAnnotationDirection(QgsLayoutItemMapGrid.Vertical if vertical
                                            else QgsLayoutItemMapGrid.Horizontal, side)
            grids.addGrid(grid)
        utm_grid.setAnnotationExpression("to_string(to_int(@grid_number))")
        utm_grid.setStyle(QgsLayoutItemMapGrid.Solid)
        utm_grid.setGridLineColor(QColor(60, 60, 60, 170))
        utm_grid.setGridLineWidth(0.15)
        utm_grid.setFrameStyle(QgsLayoutItemMapGrid.Zebra)
        utm_grid.setFrameWidth(1.2)
        utm_grid.setFramePenSize(0.2)
        utm_grid.setFrameFillColor1(QColor(255, 255, 255))
        utm_grid.setFrameFillColor2(QColor(0, 0, 0))
        for side in (QgsLayoutItemMapGrid.Right, QgsLayoutItemMapGrid.Top):
            utm_grid.setAnnotationDisplay(QgsLayoutItemMapGrid.HideAll, side)
        mgrs_grid.setStyle(QgsLayoutItemMapGrid.FrameAnnotationsOnly)
        mgrs_grid.setFrameStyle(QgsLayoutItemMapGrid.NoFrame)
        # Inside the zebra frame, the annotation must clear it.
        mgrs_grid.setAnnotationFrameDistance(2.0)
        mgrs_grid.setAnnotationExpression(
            f"lpad(to_string(floor((@grid_number % 100000) / {unit})), {digits}, '0')")
        for side in (QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Bottom):
            mgrs_grid.setAnnotationDisplay(QgsLayoutItemMapGrid.HideAll, side)
        self.grid_interval = interval

    def _frame_overview(self, geometry: QgsGeometry, crs, utm, task: QgsFeature) -> None:
        regions = self.layers["regions"]
        district = text_value(task, "district")
        to_utm = QgsCoordinateTransform(regions.crs(), utm, QgsProject.instance())
        extent = QgsRectangle()
        if district:
            for feature in regions.getFeatures(QgsFeatureRequest().setFilterExpression(
                    f'"name" = {quoted(district)}')):
                extent.combineExtentWith(to_utm.transformBoundingBox(feature.geometry().boundingBox()))
        local = QgsGeometry(geometry)
        local.transform(QgsCoordinateTransform(crs, utm, QgsProject.instance()))
        extent.combineExtentWith(local.boundingBox())
        extent.scale(1.6)
        if extent.width() < 20000:
            extent.scale(20000 / max(extent.width(), 1.0))
        self.overview_map.setCrs(utm)
        ratio = self.overview_map.rect().width() / self.overview_map.rect().height()
        if extent.width() / extent.height() > ratio:
            extent.setYMinimum(extent.center().y() - extent.width() / ratio / 2)
            extent.setYMaximum(extent.yMinimum() + extent.width() / ratio)
        else:
            extent.setXMinimum(extent.center().x() - extent.height() * ratio / 2)
            extent.setXMaximum(extent.xMinimum() + extent.height() * ratio)
        self.overview_map.setExtent(extent)
        self.overview_map.setLayers([self.position, regions] if self.options.overview else [])
        self.overview_map.setVisibility(self.options.overview)

    def _cleared_layer(self) -> QgsVectorLayer:
        return self.layers["cleared_areas"]

    def _task_points(self):
        layer = self.task_points
        to_wgs84 = QgsCoordinateTransform(layer.crs(), wgs84(),
                                          QgsProject.instance())
        order = {code: k for k, code in enumerate(TASK_POINT_KIND.codes)}
        found = []
        for feature in layer.getFeatures():
            if feature.geometry() is None or feature.geometry().isEmpty():
                continue
            p = to_wgs84.transform(feature.geometry().asPoint())
            found.append((text_value(feature, "kind"), text_value(feature, "name"), mgrs_text(p.x(), p.y()),
                          p.y(), p.x()))
        return sorted(found, key=lambda row: (order.get(row[0], 99), row[1]))


# -- many pages ------------------------------------------------------------------------------

class _TaskPages(QgsAbstractLayoutIterator):
    """Walks the builder's one layout through the chosen tasks, one page each."""

    def __init__(self, builder: FieldMapBuilder, tasks: List[QgsFeature], feedback: Optional[QgsFeedback],
                 folder: Optional[Path] = None, prefix: str = "fieldmap_"):
        super().__init__()
        self.prefix = prefix
        self.builder = builder
        self.tasks = tasks
        self.feedback = feedback
        self.folder = folder
        self.index = -1
        self.done = 0

    def layout(self):
        return self.builder.layout

    def beginRender(self) -> bool:
        self.index = -1
        return True

    def endRender(self) -> bool:
        return True

    def count(self) -> int:
        return len(self.tasks)

    def filePath(self, base_file_path: str, extension: str) -> str:
        return str(Path(base_file_path) / f"{_safe_name(self.tasks[self.index]['task_id'], self.prefix)}.{extension}")

    def next(self) -> bool:
        if self.feedback is not None and self.feedback.isCanceled():
            return False
        self.index += 1
        if self.index >= len(self.tasks):
            return False
        if self.feedback is not None:
            self.feedback.setProgress(100.0 * self.index / len(self.tasks))
        self.builder.prepare(self.tasks[self.index])
        self.done = self.index + 1
        return True


def _hatch(layer: QgsVectorLayer) -> None:
    """Diagonal hatching over every fill of the layer's symbols: released land stays
    apart from hazard areas when the page is printed in black and white."""
    renderer = layer.renderer()
    if renderer is None:
        return
    for symbol in renderer.symbols(QgsRenderContext()):
        if symbol.type() != QgsSymbol.Fill:
            continue
        hatch = QgsLinePatternFillSymbolLayer()
        hatch.setLineAngle(45)
        hatch.setDistance(1.6)
        hatch.setLineWidth(0.18)
        hatch.setColor(QColor(40, 40, 40))
        symbol.appendSymbolLayer(hatch)




def _safe_name(task_id: str, prefix: str = "fieldmap_") -> str:
    return prefix + re.sub(r"[^A-Za-z0-9_.-]+", "_", str(task_id))


def check_output(output: str) -> Tuple[Path, bool]:
    """The output path and whether it is one PDF (else a folder of PDFs)."""
    target = Path(output)
    one_file = target.suffix.lower() == ".pdf"
    if one_file and not target.parent.is_dir():
        raise DeminingError(translate("FieldMap", "Folder {target_parent} does not exist.").format(
            target_parent=target.parent))
    if not one_file and target.suffix:
        raise DeminingError(translate("FieldMap", "OUTPUT must be a .pdf file or a folder, not {target_name}.").format(
            target_name=target.name))
    return target, one_file


def export_field_maps(store, output: str, task_ids: Optional[Sequence[str]] = None, expression: Optional[str] = None,
                      options: Optional[FieldMapOptions] = None, feedback: Optional[QgsFeedback] = None,
                      log: Optional[Callable[[str], None]] = None) -> FieldMapResult:
    """Field maps of the chosen tasks: to ``output``, one multi-page PDF (``*.pdf``) or a
    folder with one PDF per task. Cancelling through ``feedback`` stops between pages and
    leaves no partial multi-page file."""
    options = options or FieldMapOptions()
    options.check()
    check_output(output)
    builder = FieldMapBuilder(store, options)
    tasks = select_tasks(builder.tasks, task_ids, expression)
    if log is not None:
        log(translate("FieldMap", "{0} field map(s), {1} {2}").format(len(tasks), options.paper, options.orientation))
    return write_pages(builder, tasks, output, feedback)


def write_pages(builder: FieldMapBuilder, tasks: List[QgsFeature], output: str,
                feedback: Optional[QgsFeedback] = None, prefix: str = "fieldmap_") -> FieldMapResult:
    """The pages of ``tasks`` laid out by ``builder`` (any object with ``layout`` and
    ``prepare(task)``), written to ``output``; a folder gets ``<prefix><task id>.pdf`` files."""
    target, one_file = check_output(output)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = True
    settings.exportMetadata = True
    settings.dpi = 200
    # Text stays text (searchable, selectable, sharp at any zoom), not outlines.
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    if one_file:
        pages = _TaskPages(builder, tasks, feedback, prefix=prefix)
        partial = target.with_name(f".{target.stem}.partial.pdf")
        result, error = QgsLayoutExporter.exportToPdf(pages, str(partial), settings, feedback)
        cancelled = feedback is not None and feedback.isCanceled()
        if result != QgsLayoutExporter.Success or cancelled or pages.done != len(tasks):
            partial.unlink(missing_ok=True)
            if cancelled:
                raise DeminingError(translate("FieldMap", "Field maps cancelled; no file was written."))
            raise DeminingError(translate("FieldMap", "Writing {target_name} failed: {error}").format(
                target_name=target.name, error=error or result))
        partial.replace(target)
        files = [str(target)]
    else:
        target.mkdir(parents=True, exist_ok=True)
        files = []
        exporter = QgsLayoutExporter(builder.layout)
        for k, task in enumerate(tasks):
            if feedback is not None:
                if feedback.isCanceled():
                    raise DeminingError(translate(
                        "FieldMap", "Field maps cancelled after {0} of {1} tasks.").format(k, len(tasks)))
                feedback.setProgress(100.0 * k / len(tasks))
            builder.prepare(task)
            path = target / f"{_safe_name(task['task_id'], prefix)}.pdf"
            result = exporter.exportToPdf(str(path), settings)
            if result != QgsLayoutExporter.Success:
                raise DeminingError(translate("FieldMap", "Writing {path_name} failed ({result}).").format(
                    path_name=path.name, result=exporter.errorMessage() or result))
            files.append(str(path))
    if feedback is not None:
        feedback.setProgress(100.0)
    return FieldMapResult(len(tasks), files, [t["task_id"] for t in tasks])


def field_map_layout(store, task_id: str, options: Optional[FieldMapOptions] = None,
                     project: Optional[QgsProject] = None) -> QgsPrintLayout:
    """A print layout of one task, for hand edits in the Layout Designer.

    With ``project``, the layout belongs to that project: its layers are added to it in a
    hidden group of their own, and the layout to its layout manager."""
    name = translate("FieldMap", "Field map {0}").format(task_id)
    builder = FieldMapBuilder(store, options, project, name)
    task = select_tasks(builder.tasks, [task_id])[0]
    builder.prepare(task)
    if project is not None:
        builder.layout.setName(_unique_name(project, name))
        project.layoutManager().addLayout(builder.layout)
    return builder.layout


def _unique_name(project: QgsProject, wanted: str) -> str:
    names = {layout.name() for layout in project.layoutManager().layouts()}
    name, k = wanted, 1
    while name in names:
        k += 1
        name = f"{wanted} ({k})"
    return name
