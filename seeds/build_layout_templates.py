"""Write the field-map print layout templates (``demining_plugin/layouts/*.qpt``).

One template per paper size and orientation. The templates hold the page, where every
item sits and how it looks; ``core/fieldmap/atlas.py`` loads a template and fills in what
depends on the task (layers, extent, CRS, grid, tables, texts). Run this after changing
the page design, then look at the rendered pages (see README, Field maps).
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qgis.core import QgsApplication  # noqa: E402

#: Paper sizes in millimetres (portrait width, height).
PAPERS = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
MARGIN = 8.0
GAP = 3.0


def boxes(paper: str, orientation: str) -> dict:
    """Item rectangles (x, y, width, height in mm) for one page."""
    width, height = PAPERS[paper]
    if orientation == "landscape":
        width, height = height, width
    big = paper == "A3"
    title_h = 22.0 if big else 18.0
    x0, y0 = MARGIN, MARGIN
    inner_w, inner_h = width - 2 * MARGIN, height - 2 * MARGIN
    frame_pad = 7.0 if big else 6.0  # room for the grid labels outside the map frame
    r = {"page": (width, height), "title": (x0, y0, inner_w, title_h)}
    top = y0 + title_h + GAP
    if orientation == "portrait":
        map_h = inner_h * (0.62 if big else 0.60)
        r["main_map"] = (x0 + frame_pad, top + frame_pad, inner_w - 2 * frame_pad, map_h - 2 * frame_pad)
        below = top + map_h + GAP
        rest_h = y0 + inner_h - below
        side_w = inner_w * 0.40
        left_w = inner_w - side_w - GAP
        # Left: the table (shrunk to its rows in code) and the legend below it;
        # right: the overview and the task's details.
        table_h = rest_h * 0.50
        r["points_table"] = (x0, below, left_w, table_h)
        r["legend"] = (x0, below + table_h + GAP, left_w, rest_h - table_h - GAP)
        side_x = x0 + left_w + GAP
        overview_h = rest_h * 0.44
        r["overview_map"] = (side_x, below, side_w, overview_h)
        r["details"] = (side_x, below + overview_h + GAP, side_w, rest_h - overview_h - GAP)
    else:
        side_w = inner_w * (0.30 if big else 0.33)
        map_w = inner_w - side_w - GAP
        map_h = inner_h - title_h - GAP
        r["main_map"] = (x0 + frame_pad, top + frame_pad, map_w - 2 * frame_pad, map_h - 2 * frame_pad)
        side_x = x0 + map_w + GAP
        overview_h = side_w * 0.48
        details_h = 44.0 if big else 40.0
        # The table shrinks to its rows in code; the legend below it takes the room left.
        flow_h = map_h - overview_h - details_h - 3 * GAP
        table_h = flow_h * 0.5
        r["overview_map"] = (side_x, top, side_w, overview_h)
        r["points_table"] = (side_x, top + overview_h + GAP, side_w, table_h)
        r["legend"] = (side_x, top + overview_h + table_h + 2 * GAP, side_w, flow_h - table_h)
        r["details"] = (side_x, top + map_h - details_h, side_w, details_h)
    mx, my, mw, mh = r["main_map"]
    arrow = 14.0 if big else 11.0
    r["north_arrow"] = (mx + mw - arrow - 2, my + 2, arrow, arrow * 1.3)
    note_w = 26.0 if big else 23.0
    r["north_note"] = (mx + mw - note_w - 2, my + 2 + arrow * 1.3 + 0.5, note_w, 7.5)
    r["scale_bar"] = (mx + 2, my + mh - 14, 70 if big else 60, 12)
    r["scale_ratio"] = (mx + 2, my + mh - 19, 50, 5)
    return r


def build_template(paper: str, orientation: str, path: Path) -> None:
    from qgis.core import (
        QgsLayoutFrame,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemManualTable,
        QgsLayoutItemMap,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsLayoutMultiFrame,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLegendStyle,
        QgsPrintLayout,
        QgsProject,
        QgsReadWriteContext,
        QgsTextFormat,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor, QFont

    r = boxes(paper, orientation)
    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(f"Field map {paper} {orientation}")
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(*r["page"]))
    big = paper == "A3"

    def place(item, name):
        x, y, w, h = r[name]
        item.attemptMove(QgsLayoutPoint(x, y))
        item.attemptResize(QgsLayoutSize(w, h))
        item.setId(name)

    def text_format(size, bold=False):
        fmt = QgsTextFormat()
        font = QFont("Sans")
        font.setBold(bold)
        fmt.setFont(font)
        fmt.setSize(size)
        fmt.setColor(QColor(0, 0, 0))
        return fmt

    def label(name, size, bold=False, frame=False, html=False, align=Qt.AlignLeft):
        item = QgsLayoutItemLabel(layout)
        layout.addLayoutItem(item)
        item.setText(name)
        font = QFont("Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        item.setFont(font)
        item.setFontColor(QColor(0, 0, 0))
        item.setHAlign(align)
        item.setMarginX(1.5)
        item.setMarginY(1.0)
        item.setFrameEnabled(frame)
        if html:
            item.setMode(QgsLayoutItemLabel.ModeHtml)
        place(item, name)
        return item

    # Title block: a framed band across the page.
    label("title", 10 if big else 9, frame=True, html=True)

    main_map = QgsLayoutItemMap(layout)
    layout.addLayoutItem(main_map)
    place(main_map, "main_map")
    main_map.setFrameEnabled(True)
    main_map.setFrameStrokeWidth(QgsLayoutMeasurementFromMm(0.4))
    main_map.setBackgroundColor(QColor(255, 255, 255))
    main_map.setKeepLayerSet(True)

    overview = QgsLayoutItemMap(layout)
    layout.addLayoutItem(overview)
    place(overview, "overview_map")
    overview.setFrameEnabled(True)
    overview.setKeepLayerSet(True)
    overview.setBackgroundColor(QColor(255, 255, 255))

    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    place(frame, "points_table")
    table.addFrame(frame)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    table.setContentTextFormat(text_format(7.5 if big else 6.5))
    table.setHeaderTextFormat(text_format(7.5 if big else 6.5, bold=True))
    table.setCellMargin(0.5)
    table.setGridStrokeWidth(0.15)
    table.setBackgroundColor(QColor(255, 255, 255))
    table.setHeaderHAlignment(QgsLayoutItemManualTable.FollowColumn)
    table.setEmptyTableBehavior(QgsLayoutItemManualTable.ShowMessage)
    table.setEmptyTableMessage("-")

    label("details", 7.5 if big else 6.5, frame=True, html=True)

    legend = QgsLayoutItemLegend(layout)
    layout.addLayoutItem(legend)
    legend.setTitle("Legend")
    legend.setLinkedMap(main_map)
    legend.setLegendFilterByMapEnabled(True)
    legend.setResizeToContents(False)
    legend.setFrameEnabled(True)
    legend.setSymbolHeight(3.5)
    legend.setSymbolWidth(6.0)
    legend.setStyleFont(QgsLegendStyle.Title, _font(QFont, 8.5 if big else 7.5, True))
    legend.setStyleFont(QgsLegendStyle.Subgroup, _font(QFont, 7.5 if big else 6.5, True))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, _font(QFont, 7.0 if big else 6.0, False))
    legend.setColumnCount(2 if orientation == "portrait" and not big else 1)
    legend.setWrapString("~")
    legend.setSplitLayer(True)  # long layers spread over the columns
    place(legend, "legend")

    # Scale: a bar and the ratio in a white box so they stay readable on the map.
    for name, style in (("scale_bar", "Single Box"), ("scale_ratio", "Numeric")):
        bar = QgsLayoutItemScaleBar(layout)
        layout.addLayoutItem(bar)
        bar.setStyle(style)
        bar.setLinkedMap(main_map)
        bar.setUnits(QgsUnitTypes.DistanceMeters)
        bar.setTextFormat(text_format(7 if big else 6.5, bold=(name == "scale_ratio")))
        bar.setBackgroundEnabled(True)
        bar.setBackgroundColor(QColor(255, 255, 255, 220))
        place(bar, name)

    arrow = QgsLayoutItemPicture(layout)
    layout.addLayoutItem(arrow)
    arrow.setPicturePath(":/images/north_arrows/layout_default_north_arrow.svg")
    arrow.setBackgroundEnabled(True)
    arrow.setBackgroundColor(QColor(255, 255, 255, 220))
    place(arrow, "north_arrow")
    note = label("north_note", 6.0 if big else 5.5, align=Qt.AlignRight)
    note.setBackgroundEnabled(True)
    note.setBackgroundColor(QColor(255, 255, 255, 220))
    path.parent.mkdir(parents=True, exist_ok=True)
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise RuntimeError(f"Cannot write {path}")


def _font(qfont, size, bold):
    font = qfont("Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def QgsLayoutMeasurementFromMm(value):  # noqa: N802 (reads like the QGIS class it builds)
    from qgis.core import QgsLayoutMeasurement, QgsUnitTypes

    return QgsLayoutMeasurement(value, QgsUnitTypes.LayoutMillimeters)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default=str(Path(__file__).resolve().parent.parent / "demining_plugin" / "layouts"))
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    for paper in PAPERS:
        for orientation in ("portrait", "landscape"):
            path = Path(args.output) / f"fieldmap_{paper}_{orientation}.qpt"
            build_template(paper, orientation, path)
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
