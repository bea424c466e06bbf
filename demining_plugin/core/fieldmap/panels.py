"""The page around the map: the legend, the turning-point table flowing below it and the
texts (north note, task facts), fitted to the paper (part of ``FieldMapBuilder``)."""

import html
from typing import List

from qgis.core import (
    QgsFeature,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsPointXY,
    QgsTableCell,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QFont

from ..errors import DeminingError
from ..geo.crs import zone_name
from ..geo.geomag import declination
from ..geo.measure import geometry_area_ha, union_area_ha
from .options import (
    COLUMN_SHARES,
    GAP_MM,
    MIN_LEGEND_MM,
    MM_PER_POINT,
    TurningPoint,
    kind_label,
    mgrs_text,
    quoted,
    text_value,
)
from .tasks import grid_convergence

translate = QCoreApplication.translate


class PagePanelsMixin:
    """Legend, turning-point table and texts of ``FieldMapBuilder``."""

    def _fill_legend(self) -> None:
        self.legend.setAutoUpdateModel(False)
        root = self.legend.model().rootGroup()
        root.removeAllChildren()
        for layer in self._main_layers():
            if layer is self.vertices:
                continue
            root.addLayer(layer)
        self.legend.setLegendFilterByMapEnabled(True)
        self.legend.updateFilterByMap(False)

    def _fill_table(self, points: List[TurningPoint]) -> None:
        headings = (translate("FieldMap", "No."), translate("FieldMap", "Easting"), translate("FieldMap", "Northing"),
                    translate("FieldMap", "Latitude"), translate("FieldMap", "Longitude"),
                    translate("FieldMap", "MGRS"))
        # Columns share the width of the page column the table sits in (the frame's own
        # width is not kept by the template while the table is empty).
        width = self.boxes["legend"].width()
        margins = len(headings) * 2 * self.table.cellMargin() + (len(headings) + 1) * self.table.gridStrokeWidth()
        self.table.setHeaders([QgsLayoutTableColumn(heading) for heading in headings])
        self.table.setColumnWidths([(width - margins) * share for share in COLUMN_SHARES])
        self.table.setIncludeTableHeader(True)
        rows = [[QgsTableCell(value) for value in point.cells] for point in points]
        capacity = self._table_capacity()
        if len(rows) > capacity:
            shown = capacity - 1
            note = translate("FieldMap", "{0} more points (print A3)").format(len(rows) - shown)
            rows = rows[:shown] + [[QgsTableCell("…")] + [QgsTableCell("")] * 4 + [QgsTableCell(note)]]
        self.table.setTableContents(rows)
        self.table.setRowHeights([self._row_height()] * len(rows))
        self.table_frame.setVisibility(self.options.points_table)

    def _flow_below_table(self) -> None:
        box = self.boxes["points_table"]
        rows = len(self.table.tableContents())
        needed = self._table_height(rows) + 0.5 if self.options.points_table else 0.0
        height = min(self._table_room(), needed)
        width = self.boxes["legend"].width()
        self.table_frame.attemptResize(QgsLayoutSize(width, max(height, 1.0)))
        freed = box.height() - height - (0.0 if self.options.points_table else GAP_MM)
        for item_id in ("details", "legend"):
            below = self.boxes[item_id]
            if abs(below.xMinimum() - box.xMinimum()) < 0.5 and abs(below.yMinimum() - box.yMaximum() - GAP_MM) < 0.5:
                item = self._item(item_id, None)
                item.attemptMove(QgsLayoutPoint(below.xMinimum(), below.yMinimum() - freed))
                item.attemptResize(QgsLayoutSize(below.width(), below.height() + freed))

    def _set_legend_look(self, shrink: float, columns: int) -> None:
        for style, font in self.legend_fonts.items():
            smaller = QFont(font)
            smaller.setPointSizeF(font.pointSizeF() * shrink)
            self.legend.setStyleFont(style, smaller)
        self.legend.setSymbolHeight(3.5 * shrink)
        self.legend.setSymbolWidth(6.0 * shrink)
        self.legend.setColumnCount(columns)

    def _legend_height_needed(self) -> float:
        """Least height (mm) of the legend at 80 % text in 1 to 4 columns that fit its box's width."""
        width = self.boxes["legend"].width()
        self.legend.setResizeToContents(True)
        height = self.boxes["legend"].height()
        for columns in (1, 2, 3, 4):
            self._set_legend_look(0.8, columns)
            self.legend.adjustBoxSize()
            if self.legend.rect().width() <= width + 0.01:
                height = min(height, self.legend.rect().height())
        self.legend.setResizeToContents(False)
        return height

    def _fit_legend(self) -> None:
        """Largest legend text (down to 70 %) and fewest columns (up to 4) that fit the legend's box."""
        width, height = self.legend.rect().width(), self.legend.rect().height()
        position = self.legend.pos()
        fitted = False
        for shrink in (1.0, 0.9, 0.8, 0.7):
            for columns in (1, 2, 3, 4):
                self._set_legend_look(shrink, columns)
                self.legend.setResizeToContents(True)
                self.legend.adjustBoxSize()
                if self.legend.rect().width() <= width + 0.01 and self.legend.rect().height() <= height + 0.01:
                    fitted = True
                    break
            if fitted:
                break
        self.legend.setResizeToContents(False)
        self.legend.attemptMove(QgsLayoutPoint(position.x(), position.y()))
        self.legend.attemptResize(QgsLayoutSize(width, height))

    def _row_height(self) -> float:
        """Height (mm) of a table row's text: one line of the content font."""
        return self.table.contentTextFormat().size() * MM_PER_POINT * 1.2

    def _table_height(self, rows: int) -> float:
        row = self._row_height() + 2 * self.table.cellMargin() + self.table.gridStrokeWidth()
        header = self.table.headerTextFormat().size() * MM_PER_POINT * 1.2 + 2 * self.table.cellMargin()
        return header + rows * row + 2 * self.table.gridStrokeWidth()

    def _table_room(self) -> float:
        """Height the table may take: its box, and part of the legend's box below it."""
        table, legend = self.boxes["points_table"], self.boxes["legend"]
        if abs(legend.xMinimum() - table.xMinimum()) < 0.5 and legend.yMinimum() > table.yMinimum():
            keep = max(MIN_LEGEND_MM, self._legend_need + 2.0)
            return table.height() + max(0.0, legend.height() - keep)
        return table.height()

    def _table_capacity(self) -> int:
        rows = 2
        while self._table_height(rows + 1) <= self._table_room():
            rows += 1
        return rows

    def _fill_north_note(self, centre: QgsPointXY, utm) -> None:
        convergence = grid_convergence(centre.x(), centre.y(), utm)
        side = "E" if convergence >= 0 else "W"
        try:
            found = declination(centre.x(), centre.y(), self.options.date)
        except DeminingError as error:
            # A print date no shipped model covers: the page says so rather than failing.
            self.north_note.setText(translate(
                "FieldMap", "Mag. decl. unknown\nGrid conv. {0:.1f}° {1}").format(abs(convergence), side))
            self.north_text = translate("FieldMap", "grid north up; {0}; grid convergence {1:.1f}° {2}").format(
                str(error), abs(convergence), side)
            return
        # Short beside the arrow (it sits on the map); in full in the details block.
        self.north_note.setText(translate("FieldMap", "Mag. decl. {0}\nGrid conv. {1:.1f}° {2}").format(
            found.text, abs(convergence), side))
        self.north_text = translate(
            "FieldMap", "grid north up; magnetic declination {0} ({1}, {2}); grid convergence {3:.1f}° {4}").format(
                found.text, found.model, self.options.date.isoformat(), abs(convergence), side)

    def _fill_texts(self, task: QgsFeature, geometry, crs, utm, points, centre: QgsPointXY) -> None:
        task_id = task["task_id"]
        planned_ha = geometry_area_ha(geometry, crs)
        released_ha = union_area_ha(
            self._cleared_layer(),
            f'"task_id" = {quoted(task_id)} OR "task_id" LIKE {quoted(task_id.replace("%", "") + "/%")}')
        esc = html.escape
        name = text_value(task, "name")
        title = (f"<div style='font-family:DejaVu Sans,sans-serif'><span style='font-size:15pt;font-weight:bold'>"
                 f"{esc(task_id)}</span>&nbsp;&nbsp;<span style='font-size:12pt'>{esc(name)}</span><br/>"
                 f"<span style='font-size:8.5pt'>"
                 + esc(translate(
                     "FieldMap", "District: {0} · Team: {1} ({2}) · Planned {3} to {4} · Status: {5}").format(
                     text_value(task, "district", "-"), text_value(task, "team", "-"),
                     text_value(task, "organisation", "-"),
                     text_value(task, "planned_start", "-"), text_value(task, "planned_end", "-"),
                     text_value(task, "status", "-")))
                 + "</span></div>")
        self.title.setText(title)
        centre_mgrs = mgrs_text(centre.x(), centre.y())
        lines = [
            "<b>" + esc(translate("FieldMap", "Area")) + "</b>: "
            + esc(translate("FieldMap", "planned {0:,.2f} ha; released {1:,.2f} ha (true areas, "
                                        "WGS 84 ellipsoid)").format(planned_ha, released_ha)),
            "<b>" + esc(translate("FieldMap", "Grid")) + "</b>: "
            + esc(translate("FieldMap", "UTM {0} ({1}), every {2:,.0f} m; eastings and northings "
                                        "left and bottom, MGRS digits top and right; centre {3}").format(
                zone_name(int(utm.authid().split(":")[1])), utm.authid(), self.grid_interval, centre_mgrs)),
        ]
        lines.append("<b>" + esc(translate("FieldMap", "North")) + "</b>: " + esc(self.north_text))
        task_points = self._task_points()
        if task_points:
            lines.append("<b>" + esc(translate("FieldMap", "Emergency and access points")) + "</b>:")
            for kind, name, mgrs, lat, lon in task_points:
                lines.append(f"&nbsp;• {esc(kind_label(kind))}: "
                             f"{esc(name)}, <b>{esc(mgrs)}</b> ({lat:.6f}, {lon:.6f})")
        else:
            lines.append("<b>" + esc(translate("FieldMap", "Emergency and access points")) + "</b>: "
                         + esc(translate("FieldMap", "none recorded")))
        lines.append(esc(translate("FieldMap", "Printed {0}. {1}. Turning points: {2}.").format(
            self.options.date.isoformat(), self.sources, len(points))))
        size = 7.5 if self.options.paper == "A3" else 6.5
        body = "<br/>".join(lines)
        self.details.setText(f"<div style='font-family:DejaVu Sans,sans-serif;font-size:{size}pt'>{body}</div>")
