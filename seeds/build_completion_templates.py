"""Write the completion report templates (``demining_plugin/layouts/completion_{A4,A3}_portrait.qpt``).

Two pages per template: the completion report and the handover certificate. The templates hold
where every item sits and how it looks; ``core/completion/layout.py`` loads one and fills in
what depends on the task (layers, extents, grid, tables, texts). The A3 page is the A4 page
scaled by the ratio of the papers, with table text scaled less so that A3 tables hold more
rows. Run this after changing the page design, then look at the rendered pages
(``pdftoppm -png -r 60 out.pdf /tmp/page``).
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qgis.core import QgsApplication  # noqa: E402

#: Items of the report (page 0) and the certificate (page 1): (kind, id, x, y, width, height) in
#: A4 millimetres; tables have a text size (points) as a seventh value.
ITEMS = (
    ("label", "title", 0, 10, 8, 190, 13), ("label", "identification", 0, 10, 21, 190, 27),
    ("framed", "warnings", 0, 10, 49, 190, 9),
    ("map", "report_map", 0, 10, 60, 120, 88), ("legend", "report_legend", 0, 133, 60, 67, 62),
    ("label", "map_note", 0, 133, 124, 67, 16), ("scale", "report_scale", 0, 133, 141, 50, 7),
    ("table", "points_table", 0, 10, 151, 190, 38, 6.5), ("table", "hectares_table", 0, 10, 192, 92, 25, 6.5),
    ("table", "items_table", 0, 106, 192, 94, 55, 6.5), ("table", "inspections_table", 0, 10, 220, 92, 27, 5.5),
    ("label", "summary", 0, 10, 249, 190, 38), ("label", "footer", 0, 10, 288, 190, 6),
    ("label", "cert_title", 1, 10, 8, 190, 16), ("label", "cert_text", 1, 10, 25, 190, 33),
    ("map", "cert_map", 1, 10, 60, 105, 82), ("scale", "cert_scale", 1, 12, 134, 45, 6),
    ("table", "corners_table", 1, 118, 60, 82, 82, 6.0), ("framed", "cert_risk", 1, 10, 145, 190, 34),
    ("framed", "sign_organisation", 1, 10, 183, 60, 62), ("framed", "sign_authority", 1, 75, 183, 60, 62),
    ("framed", "sign_recipient", 1, 140, 183, 60, 62), ("label", "cert_footer", 1, 10, 250, 190, 37),
)
#: Share of the page scale that table text follows on A3 (1: as much as the page).
TABLE_TEXT_SCALING = 0.4


def text_format(size: float, bold: bool = False):
    """Black DejaVu Sans of ``size`` points."""
    from qgis.core import QgsTextFormat
    from qgis.PyQt.QtGui import QFont

    font = QFont("DejaVu Sans", weight=QFont.Bold if bold else QFont.Normal)
    text = QgsTextFormat.fromQFont(font)
    text.setSize(size)
    return text


def build(paper: str, folder: Path) -> Path:
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsLayoutFrame,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemManualTable,
        QgsLayoutItemMap,
        QgsLayoutItemPage,
        QgsLayoutItemScaleBar,
        QgsLayoutMeasurement,
        QgsLayoutMultiFrame,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLayoutTable,
        QgsLegendStyle,
        QgsPrintLayout,
        QgsProject,
        QgsReadWriteContext,
        QgsRectangle,
    )
    from qgis.PyQt.QtGui import QFont

    k = 1.0 if paper == "A4" else 297.0 / 210.0
    table_k = 1.0 + (k - 1.0) * TABLE_TEXT_SCALING
    project = QgsProject()  # kept: the layout lives only as long as its project
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    pages = layout.pageCollection()
    pages.page(0).setPageSize(paper, QgsLayoutItemPage.Portrait)
    second = QgsLayoutItemPage(layout)
    second.setPageSize(paper, QgsLayoutItemPage.Portrait)
    pages.addPage(second)
    maps = {}

    def place(item, page, x, y, w, h):
        item.attemptResize(QgsLayoutSize(w * k, h * k))
        item.attemptMove(QgsLayoutPoint(x * k, y * k), True, False, page)

    for kind, item_id, page, x, y, w, h, *rest in ITEMS:
        if kind in ("label", "framed"):
            item = QgsLayoutItemLabel(layout)
            item.setMode(QgsLayoutItemLabel.ModeHtml)
            item.setFrameEnabled(kind == "framed")
            item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
            item.setMarginX(1.5)
            item.setMarginY(1.0)
        elif kind == "map":
            item = QgsLayoutItemMap(layout)
            item.setFrameEnabled(True)
            item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
            item.setCrs(QgsCoordinateReferenceSystem("EPSG:32638"))
            # A map without an extent gets no height: give it one of the item's shape.
            item.setExtent(QgsRectangle(0, 0, w * k * 10, h * k * 10))
            maps[page] = item
        elif kind == "legend":
            item = QgsLayoutItemLegend(layout)
            item.setLinkedMap(maps[page])
            item.setTitle("")
            item.setResizeToContents(False)
            for style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup,
                          QgsLegendStyle.SymbolLabel):
                font = QFont("DejaVu Sans")
                font.setPointSizeF(7 * k)
                item.setStyleFont(style, font)
        elif kind == "scale":
            item = QgsLayoutItemScaleBar(layout)
            item.setStyle("Single Box")
            item.setLinkedMap(maps[page])
            item.setTextFormat(text_format(6.5 * k))
        else:  # a table in one frame of its own; the frame keeps its intended box
            table = QgsLayoutItemManualTable.create(layout)
            layout.addMultiFrame(table)
            item = QgsLayoutFrame(layout, table)
            table.addFrame(item)
            size = rest[0] * table_k
            table.setHeaderTextFormat(text_format(size, True))
            table.setContentTextFormat(text_format(size))
            table.setCellMargin(0.6 * table_k)
            table.setGridStrokeWidth(0.15)
            table.setShowGrid(True)
            table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
            table.setEmptyTableBehavior(QgsLayoutTable.ShowMessage)
            table.setEmptyTableMessage("-")
            item.setCustomProperty("demining_box", f"{x * k},{y * k},{w * k},{h * k}")
        item.setId(item_id)
        if kind not in ("table",):
            layout.addLayoutItem(item)
        place(item, page, x, y, w, h)
        if kind == "map":
            item.setExtent(QgsRectangle(0, 0, w * k * 10, h * k * 10))
    layout.setName("Completion report")
    path = folder / f"completion_{paper}_portrait.qpt"
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise RuntimeError(f"could not write {path}")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", default=str(Path(__file__).resolve().parent.parent / "demining_plugin" / "layouts"))
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    try:
        for paper in ("A4", "A3"):
            print(build(paper, Path(args.folder)))
        return 0
    finally:
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
