"""The maps of a completion report: released land hatched by method (legible in black and
white), and a map item framed on a geometry in its UTM zone with its scale bar and grid."""

from typing import List

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemScaleBar,
    QgsLinePatternFillSymbolLayer,
    QgsPalLayerSettings,
    QgsProject,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..fieldmap.tasks import interval_for_span, nice_scale_for

#: Hatch angle of released land by method: three directions stay apart in black and white.
METHOD_HATCH = {"cleared": 45.0, "reduced": 135.0, "cancelled": 0.0}


def add_hatch(symbol, angle: float, distance_mm: float, width_mm: float, color: QColor) -> None:
    """Parallel lines over a fill symbol."""
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(angle)
    hatch.setDistance(distance_mm)
    hatch.setLineWidth(width_mm)
    hatch.setColor(color)
    symbol.appendSymbolLayer(hatch)


def hatched_by_method(layer: QgsVectorLayer) -> None:
    """Each release method's fill hatched at its own angle (``METHOD_HATCH``)."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return
    for index, category in enumerate(renderer.categories()):
        symbol = category.symbol().clone()
        add_hatch(symbol, METHOD_HATCH.get(category.value(), 90.0), 1.8, 0.2, QColor(30, 30, 30))
        renderer.updateCategorySymbol(index, symbol)


def label_numbers(layer: QgsVectorLayer, field_name: str, size_pt: float) -> None:
    """Bold numbers beside the layer's points, haloed in white, every one shown."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field_name
    settings.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
    settings.dist = 0.6
    settings.displayAll = True
    font = QFont("DejaVu Sans", weight=QFont.Bold)
    text = QgsTextFormat.fromQFont(font)
    text.setSize(size_pt)
    text.buffer().setEnabled(True)
    text.buffer().setSize(0.8)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def frame_map(item: QgsLayoutItemMap, bar: QgsLayoutItemScaleBar, geometry: QgsGeometry, crs, utm,
              scale_k: float, layers: List[QgsVectorLayer], grid: bool) -> None:
    """Centre ``item`` on ``geometry`` (in ``crs``) in its UTM zone at the next round scale with
    room around it, fit its scale bar, and draw a UTM grid when asked (eastings left, northings
    bottom). ``scale_k``: the paper's size against A4."""
    local = QgsGeometry(geometry)
    local.transform(QgsCoordinateTransform(crs, utm, QgsProject.instance()))
    box = local.boundingBox()
    width, height = item.rect().width(), item.rect().height()
    scale = nice_scale_for(max(box.width() * 1.25 / (width / 1000.0), box.height() * 1.25 / (height / 1000.0),
                               500.0))
    half_w, half_h = width / 1000.0 * scale / 2, height / 1000.0 * scale / 2
    centre = box.center()
    item.setCrs(utm)
    item.setLayers(layers)
    item.setExtent(QgsRectangle(centre.x() - half_w, centre.y() - half_h, centre.x() + half_w,
                                centre.y() + half_h))
    item.setScale(scale)
    bar.setUnits(QgsUnitTypes.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(12 * scale_k)
    bar.setMaximumBarWidth(30 * scale_k)
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.update()
    grids = item.grids()
    for old in list(grids.asList()):
        grids.removeGrid(old.id())
    if grid:
        utm_grid = QgsLayoutItemMapGrid("utm", item)
        utm_grid.setCrs(utm)
        interval = interval_for_span(2 * half_w)
        utm_grid.setIntervalX(interval)
        utm_grid.setIntervalY(interval)
        utm_grid.setGridLineColor(QColor(90, 90, 90))
        utm_grid.setGridLineWidth(0.12)
        utm_grid.setAnnotationEnabled(True)
        utm_grid.setAnnotationPrecision(0)
        text = QgsTextFormat()
        text.setFont(QFont("DejaVu Sans"))
        text.setSize(5.5 * scale_k)
        utm_grid.setAnnotationTextFormat(text)
        for side in (QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Right, QgsLayoutItemMapGrid.Top,
                     QgsLayoutItemMapGrid.Bottom):
            utm_grid.setAnnotationPosition(QgsLayoutItemMapGrid.InsideMapFrame, side)
            utm_grid.setAnnotationDirection(QgsLayoutItemMapGrid.Vertical if side in (
                QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Right) else QgsLayoutItemMapGrid.Horizontal, side)
        for side in (QgsLayoutItemMapGrid.Right, QgsLayoutItemMapGrid.Top):
            utm_grid.setAnnotationDisplay(QgsLayoutItemMapGrid.HideAll, side)
        grids.addGrid(utm_grid)
