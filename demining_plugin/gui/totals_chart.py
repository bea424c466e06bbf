"""Small charts of the totals dock, drawn with QPainter (QGIS ships no chart widget
that every installation has): cumulative hectares over time per district (lines) and
items found per ISO week (stacked bars per category)."""

import datetime
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF
from qgis.PyQt.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..core.locale_format import format_number

#: Qt's translation function under the name pylupdate5 looks for.
translate = QCoreApplication.translate

#: Line colours of the districts, in region order (colour-blind friendly, after Okabe-Ito
#: and Tol, extended).
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#332288",
                  "#999933", "#882255", "#44AA99", "#AA4499", "#117733", "#888888")
#: Item categories: mines in reds, ordnance in blues (as on the map symbols' legend).
CATEGORY_COLOURS = {"AP": "#C0392B", "AT": "#E67E22", "UXO": "#2E86C1", "AXO": "#5DADE2", "IED": "#8E44AD",
                    "SUBMUNITION": "#16A085", "OTHER": "#7F8C8D"}
_EPOCH = datetime.date(1970, 1, 1)




def _nice_step(span: float, ticks: int = 5) -> float:
    if span <= 0:
        return 1.0
    raw = span / ticks
    magnitude = 10 ** np.floor(np.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)


def _axis_number(value: float) -> str:
    """An axis label in the user's locale: ``850``, ``2.5k``, ``12k`` (``2,5 тыс`` in Russian)."""
    if value >= 1000:
        thousands = format_number(value / 1000, 0 if value >= 10000 else 1)
        return translate("TotalsChart", "{n}k").format(n=thousands)
    return format_number(value, 0 if value == int(value) else 1)


#: A pause between releases is cut out of the time axis (and marked) when it is longer than
#: this many days and than this share of the days from the first release to the last.
GAP_MIN_DAYS = 45
GAP_MIN_SHARE = 0.25
#: Width of a cut-out pause on the axis (pixels).
GAP_WIDTH = 18.0


@dataclass
class TimeAxis:
    """Where each day goes on the x axis of the cumulative chart.

    The axis spans the days with data; a long pause between them (``GAP_MIN_DAYS``,
    ``GAP_MIN_SHARE``) is cut out and drawn as a narrow marked gap, so that a single
    release years after the others does not squash the rest of the work into a corner.
    The runs of days between gaps share the rest of the width in proportion to their
    length (a run of one day still gets a little room for its step).
    """

    segments: List[Tuple[int, int]]  # (first day, last day) of each run, day numbers since 1970
    left: float
    width: float
    gap_width: float = GAP_WIDTH

    @classmethod
    def for_days(cls, days: Sequence[float], left: float, width: float) -> "TimeAxis":
        days = sorted({int(d) for d in days})
        if not days:
            return cls([], left, width)
        span = days[-1] - days[0]
        limit = max(GAP_MIN_DAYS, GAP_MIN_SHARE * span)
        segments, start = [], days[0]
        for before, after in zip(days, days[1:]):
            if after - before > limit:
                segments.append((start, before))
                start = after
        segments.append((start, days[-1]))
        gap_width = min(GAP_WIDTH, width * 0.5 / max(len(segments) - 1, 1))
        return cls(segments, left, width, gap_width)

    def _run_days(self) -> List[float]:
        """Days of each run, plus a little room after its last day (a one-day run is visible)."""
        total = sum(last - first for first, last in self.segments)
        room = max(1.0, 0.04 * total)
        return [last - first + room for first, last in self.segments]

    def runs(self) -> List[Tuple[int, int, float, float]]:
        """(first day, last day, left x, right x) of each run of days."""
        lengths = self._run_days()
        free = max(1.0, self.width - self.gap_width * (len(self.segments) - 1))
        total = sum(lengths) or 1.0
        out, x = [], self.left
        for (first, last), length in zip(self.segments, lengths):
            run_width = free * length / total
            out.append((first, last, x, x + run_width))
            x += run_width + self.gap_width
        return out

    def gaps(self) -> List[Tuple[int, int, float, float]]:
        """(last day before, first day after, left x, right x) of each cut-out pause."""
        runs = self.runs()
        return [(a[1], b[0], a[3], b[2]) for a, b in zip(runs, runs[1:])]

    def x(self, day: float) -> float:
        """The x of ``day`` (a day inside a cut-out pause sits where the next run starts)."""
        return float(self.xs([day])[0])

    def xs(self, days: Sequence[float]) -> np.ndarray:
        """The x of each of ``days`` at once (a national store draws a hundred districts over
        hundreds of days: one call per point would hold the desktop for seconds)."""
        days = np.asarray(days, dtype=float)
        runs = self.runs()
        if not runs:
            return np.full(len(days), self.left)
        first, last, x0, x1 = (np.array(column, dtype=float) for column in zip(*runs))
        lengths = np.array(self._run_days())
        # The first run ending on or after the day; past the last run, the last run.
        k = np.minimum(np.searchsorted(last + 1e-9, days, side="left"), len(runs) - 1)
        offset = np.clip(days - first[k], 0.0, lengths[k])
        return x0[k] + (x1[k] - x0[k]) * offset / lengths[k]


def step_line(xs: np.ndarray, ys: np.ndarray, right: Optional[float] = None) -> np.ndarray:
    """The corners of a cumulative line, flat from one value until the next, as (x, y) rows;
    corners in the middle of a flat stretch are left out (they draw nothing). ``right``: the
    line goes on flat to that x after its last value."""
    x = np.repeat(xs, 2)[1:]
    y = np.repeat(ys, 2)[:-1]
    if right is not None:
        x, y = np.append(x, right), np.append(y, y[-1])
    keep = np.ones(len(x), dtype=bool)
    keep[1:-1] = (y[1:-1] != y[:-2]) | (y[1:-1] != y[2:])
    return np.column_stack([x[keep], y[keep]])


def polygon_of(corners: np.ndarray) -> QPolygonF:
    """A ``QPolygonF`` of (x, y) rows, written straight into its memory (a QPointF per corner
    made in Python costs a second for the hundred thousand corners of a national chart)."""
    polygon = QPolygonF(len(corners))
    if len(corners):
        memory = polygon.data()
        memory.setsize(len(corners) * 2 * np.dtype(np.float64).itemsize)
        np.ndarray((len(corners), 2), dtype=np.float64, buffer=memory)[:] = corners
    return polygon


class TotalsChart(QWidget):
    """Either mode: ``set_lines`` (dates, named series) or ``set_bars`` (labels, stacks)."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumHeight(160)
        self._mode = "empty"
        self._title = ""
        self._unit = ""
        self._x: np.ndarray = np.zeros(0)
        self._series: Dict[str, np.ndarray] = {}
        self._labels: List[str] = []
        self._colours: Dict[str, str] = {}
        self._message = translate("TotalsChart", "No data")
        #: The time axis of the last drawing of the lines, and its cut-out pauses as
        #: (band on screen, last day before, first day after).
        self.time_axis: Optional[TimeAxis] = None
        self.drawn_gaps: List[Tuple[QRectF, datetime.date, datetime.date]] = []

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    # -- data ------------------------------------------------------------------------------
    def set_lines(self, days: np.ndarray, series: Dict[str, np.ndarray], names: Sequence[str], title: str,
                  unit: str) -> None:
        """Cumulative series over day numbers; ``names`` gives the legend order and colours."""
        self._mode = "lines" if len(days) and series else "empty"
        self._x = np.asarray(days, dtype=float)
        order = [n for n in names if n in series] + [n for n in series if n not in names]
        self._series = {n: np.asarray(series[n], dtype=float) for n in order}
        self._colours = {n: SERIES_COLOURS[k % len(SERIES_COLOURS)] for k, n in enumerate(names)}
        self._colours.update({n: "#888888" for n in order if n not in self._colours})
        self._title, self._unit = title, unit
        self.update()

    def set_bars(self, labels: Sequence[str], stacks: Dict[str, np.ndarray], names: Dict[str, str], title: str,
                 unit: str) -> None:
        """Stacked bars: one per label, one stack part per key of ``stacks``."""
        self._mode = "bars" if len(labels) and stacks else "empty"
        self._labels = list(labels)
        self._series = {names.get(k, k): np.asarray(v, dtype=float) for k, v in stacks.items()}
        self._colours = {names.get(k, k): CATEGORY_COLOURS.get(k, "#888888") for k in stacks}
        self._title, self._unit = title, unit
        self.update()

    def clear(self, message: str = "") -> None:
        self._mode = "empty"
        self._message = message or translate("TotalsChart", "No data")
        self.update()

    # -- drawing ---------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        if self._mode == "empty":
            painter.setPen(self.palette().placeholderText().color() if hasattr(self.palette(), "placeholderText")
                           else QColor("#888888"))
            painter.drawText(self.rect(), Qt.AlignCenter, self._message)
            painter.end()
            return
        line = metrics.height()
        legend_rows = self._legend_rows(metrics)
        top = line + 6
        bottom = self.height() - line - 8 - legend_rows * (line + 2)
        if self._mode == "lines":
            y_max = max((float(v.max()) for v in self._series.values() if len(v)), default=0.0)
        else:
            total = np.sum([v for v in self._series.values()], axis=0) if self._series else np.zeros(1)
            y_max = float(np.max(total)) if len(total) else 0.0
        step = _nice_step(y_max)
        y_top = max(step, np.ceil(y_max / step) * step)
        # room for the widest figure of the axis (at least as wide as "88k")
        left = max(metrics.horizontalAdvance(_axis_number(v)) for v in (88000.0, y_top)) + 8
        right = self.width() - 10
        plot = QRectF(left, top, max(10, right - left), max(10, bottom - top))
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(left, 2, plot.width(), line), Qt.AlignLeft | Qt.AlignVCenter,
                         f"{self._title} ({self._unit})")
        self._draw_y_axis(painter, plot, y_top, step, metrics)
        if self._mode == "lines":
            self._draw_lines(painter, plot, y_top, metrics)
        else:
            self._draw_bars(painter, plot, y_top, metrics)
        self._draw_legend(painter, plot.bottom() + line + 6, metrics)
        painter.end()

    def _draw_y_axis(self, painter: QPainter, plot: QRectF, y_top: float, step: float, metrics) -> None:
        grid = QPen(QColor(0, 0, 0, 30))
        text = self.palette().text().color()
        value = 0.0
        while value <= y_top + 1e-9:
            y = plot.bottom() - plot.height() * value / y_top
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 4, metrics.height()),
                             Qt.AlignRight | Qt.AlignVCenter, _axis_number(value))
            value += step
        painter.setPen(QPen(text))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    def _draw_lines(self, painter: QPainter, plot: QRectF, y_top: float, metrics) -> None:
        axis = TimeAxis.for_days(self._x, plot.left(), plot.width())
        self.time_axis = axis
        self._draw_gaps(painter, plot, axis)
        self._draw_date_labels(painter, plot, axis, metrics)
        xs = axis.xs(self._x)
        # Steps are level and upright lines: drawn as sharp without smoothing, at a fraction
        # of the cost (a hundred districts over hundreds of days on a national store).
        painter.setRenderHint(QPainter.Antialiasing, False)
        for name, values in self._series.items():
            if not len(values):
                continue
            ys = plot.bottom() - plot.height() * values / y_top
            # a shorter series (the actual before a forecast) stops at its last value
            corners = step_line(xs[:len(values)], ys, plot.right() if len(values) == len(self._x) else None)
            pen = QPen(QColor(self._colours.get(name, "#888888")))
            pen.setWidthF(1.6)
            painter.setPen(pen)
            painter.drawPolyline(polygon_of(corners))
        painter.setRenderHint(QPainter.Antialiasing, True)

    def _draw_gaps(self, painter: QPainter, plot: QRectF, axis: TimeAxis) -> None:
        """Each pause cut out of the axis: a shaded band and a break mark (//) on the axis."""
        self.drawn_gaps = []
        text = self.palette().text().color()
        for before, after, x0, x1 in axis.gaps():
            band = QRectF(x0, plot.top(), x1 - x0, plot.height())
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(0, 0, 0, 18))
            painter.drawRect(band)
            painter.setBrush(self.palette().base())
            painter.drawRect(QRectF(x0 + 2, plot.bottom() - 5, x1 - x0 - 4, 10))  # the axis line is cut
            pen = QPen(text)
            pen.setWidthF(1.2)
            painter.setPen(pen)
            for x in (x0 + 3, x1 - 3):
                painter.drawLine(QPointF(x - 3, plot.bottom() + 5), QPointF(x + 3, plot.bottom() - 5))
            self.drawn_gaps.append((band, _EPOCH + datetime.timedelta(days=before),
                                    _EPOCH + datetime.timedelta(days=after)))
        painter.setBrush(Qt.NoBrush)

    def _draw_date_labels(self, painter: QPainter, plot: QRectF, axis: TimeAxis, metrics) -> None:
        """Date labels under each run of days: its first day always, then about one label per
        100 pixels on month starts (or days, in a short run); none overlaps another."""
        wanted = []  # (priority, x, label): the first day of each run wins over the ticks inside
        for first, last, x0, x1 in axis.runs():
            start, end = _EPOCH + datetime.timedelta(days=first), _EPOCH + datetime.timedelta(days=last)
            long_run = (end - start).days > 62
            label = (lambda day: day.strftime("%Y-%m")) if long_run else (lambda day: day.isoformat())
            wanted.append((0, axis.x(first), start.isoformat() if len(axis.segments) > 1 else label(start)))
            count = max(1, int((x1 - x0) / 100))
            for day in _date_ticks(start, end, count):
                if day != start:
                    wanted.append((1, axis.x((day - _EPOCH).days), label(day)))
        taken: List[Tuple[float, float]] = []
        painter.setPen(self.palette().text().color())
        for _priority, x, label in sorted(wanted, key=lambda w: w[0]):
            width = metrics.horizontalAdvance(label)
            left = min(max(x - width / 2, plot.left() - 4), self.width() - width - 2)  # keep labels in view
            if any(left < b + 6 and a < left + width + 6 for a, b in taken):
                continue
            taken.append((left, left + width))
            painter.drawText(QRectF(left, plot.bottom() + 2, width, metrics.height()), Qt.AlignCenter, label)

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip and self._mode == "lines":
            for band, before, after in self.drawn_gaps:
                if band.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), translate(
                        "TotalsChart", "No releases between {start} and {end}: this time is left out of the axis.")
                        .format(start=before.isoformat(), end=after.isoformat()), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def _draw_bars(self, painter: QPainter, plot: QRectF, y_top: float, metrics) -> None:
        count = len(self._labels)
        slot = plot.width() / max(count, 1)
        width = max(1.0, slot * 0.8)
        base = np.zeros(count)
        for name, values in self._series.items():
            colour = QColor(self._colours.get(name, "#888888"))
            painter.setPen(Qt.NoPen)
            painter.setBrush(colour)
            for k, value in enumerate(values):
                if value <= 0:
                    continue
                y0 = plot.bottom() - plot.height() * base[k] / y_top
                y1 = plot.bottom() - plot.height() * (base[k] + value) / y_top
                painter.drawRect(QRectF(plot.left() + k * slot + (slot - width) / 2, y1, width, y0 - y1))
            base += values
        painter.setPen(self.palette().text().color())
        every = max(1, int(np.ceil(count * metrics.horizontalAdvance("2021-W00 ") / max(plot.width(), 1))))
        for k in range(0, count, every):
            label = self._labels[k]
            w = metrics.horizontalAdvance(label)
            x = plot.left() + (k + 0.5) * slot
            painter.drawText(QRectF(x - w / 2, plot.bottom() + 2, w, metrics.height()), Qt.AlignCenter, label)

    def _legend_entries(self) -> List[str]:
        return [str(n) if n is not None else translate("TotalsChart", "Outside the districts") for n in self._series]

    def _legend_rows(self, metrics) -> int:
        entries = self._legend_entries()
        if not entries:
            return 0
        rows, x = 1, 0.0
        for entry in entries:
            w = metrics.horizontalAdvance(entry) + 24
            if x + w > self.width() - 10 and x > 0:
                rows, x = rows + 1, 0.0
            x += w
        return rows

    def _draw_legend(self, painter: QPainter, y: float, metrics) -> None:
        x = 8.0
        for name, entry in zip(self._series, self._legend_entries()):
            w = metrics.horizontalAdvance(entry) + 24
            if x + w > self.width() - 10 and x > 8:
                x, y = 8.0, y + metrics.height() + 2
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(self._colours.get(name, "#888888")))
            painter.drawRect(QRectF(x, y + metrics.height() / 2 - 4, 12, 8))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 16, y, w - 16, metrics.height()), Qt.AlignLeft | Qt.AlignVCenter, entry)
            x += w


def _date_ticks(first: datetime.date, last: datetime.date, count: int = 5) -> List[datetime.date]:
    """About ``count`` ticks from ``first`` to ``last``: days in a short span, month starts
    in a long one."""
    days = (last - first).days
    if days <= 0:
        return [first]
    if days <= 62:
        step = max(1, days // max(count, 1))
        return [first + datetime.timedelta(days=k) for k in range(0, days + 1, step)]
    months = (last.year - first.year) * 12 + last.month - first.month
    every = max(1, int(np.ceil(months / max(count, 1))))
    ticks = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        day = datetime.date(year, month, 1)
        if day >= first and ((year * 12 + month) - (first.year * 12 + first.month)) % every == 0:
            ticks.append(day)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return ticks or [first]
