"""The cumulative chart's time axis follows the data: one release dated years after the
rest no longer stretches the axis and squashes the real work into a corner; the long pause
is cut out of the axis and marked."""

import datetime

import numpy as np
import pytest
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from demining_plugin.gui.totals_chart import TimeAxis, TotalsChart

EPOCH = datetime.date(1970, 1, 1)
TODAY = datetime.date.today()


def day_number(day: datetime.date) -> int:
    return (day - EPOCH).days


def demo_weeks_and_today():
    """Releases every other day from 22 Nov 2021 for five weeks, then one dated today."""
    days = [datetime.date(2021, 11, 22) + datetime.timedelta(days=k) for k in range(0, 36, 2)] + [TODAY]
    return np.array([day_number(d) for d in days])


@pytest.fixture
def chart(qgis_app):
    widget = TotalsChart()
    widget.resize(600, 280)
    widget.show()
    yield widget
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def draw(widget: TotalsChart, days, series) -> None:
    widget.set_lines(days, series, list(series), "Hectares released, cumulative", "ha")
    widget.grab()  # paints: the axis and the gap markers are those of this drawing


def test_a_release_dated_today_does_not_squash_the_work_of_2021(chart):
    days = demo_weeks_and_today()
    hectares = np.cumsum(np.r_[np.full(len(days) - 1, 3.0), 0.5])
    draw(chart, days, {"Aghdam": hectares})

    axis = chart.time_axis
    first, last_2021 = days[0], days[-2]
    plot_width = axis.width
    # The five weeks of work fill most of the width (they had about 2% of it before).
    assert axis.x(last_2021) - axis.x(first) > 0.85 * plot_width
    assert axis.x(first) == pytest.approx(axis.left)
    # The pause from the last release of 2021 to today is cut out, and marked once.
    assert [(before, after) for _band, before, after in chart.drawn_gaps] == [
        (datetime.date(2021, 12, 26), TODAY)]
    band = chart.drawn_gaps[0][0]
    assert axis.x(last_2021) <= band.left() < band.right() <= axis.x(days[-1]) + 1e-6
    assert band.width() < 0.05 * plot_width
    # Today's release still has its place at the right end of the axis.
    assert axis.left + plot_width - 30 < axis.x(days[-1]) <= axis.left + plot_width


def test_regular_work_keeps_a_plain_time_axis(chart):
    """Weekly releases over a year, with a three-week break: no gap is cut out and the
    axis is linear in time."""
    days = [datetime.date(2021, 1, 4) + datetime.timedelta(weeks=k) for k in range(52) if k not in (30, 31, 32)]
    numbers = np.array([day_number(d) for d in days])
    draw(chart, numbers, {"Fuzuli": np.arange(1, len(days) + 1, dtype=float)})

    axis = chart.time_axis
    assert chart.drawn_gaps == []
    assert len(axis.segments) == 1
    middle = (numbers[0] + numbers[-1]) / 2
    share = (axis.x(middle) - axis.x(numbers[0])) / (axis.x(numbers[-1]) - axis.x(numbers[0]))
    assert share == pytest.approx(0.5, abs=0.01)


def test_each_long_pause_is_cut_and_marked():
    """Work in three seasons, years apart: two gaps; every season gets a share of the
    width in proportion to its length."""
    seasons = [(datetime.date(2021, 11, 1), 60), (datetime.date(2023, 5, 1), 30), (datetime.date(2025, 9, 1), 90)]
    days = [start + datetime.timedelta(days=k) for start, length in seasons for k in range(0, length + 1, 3)]
    axis = TimeAxis.for_days([day_number(d) for d in days], 50.0, 600.0)
    gaps = axis.gaps()
    assert [(EPOCH + datetime.timedelta(days=a), EPOCH + datetime.timedelta(days=b)) for a, b, _x0, _x1 in gaps] \
        == [(datetime.date(2021, 12, 31), datetime.date(2023, 5, 1)),
            (datetime.date(2023, 5, 31), datetime.date(2025, 9, 1))]
    widths = [x1 - x0 for _first, _last, x0, x1 in axis.runs()]  # 60, 30 and 90 days (and a little room)
    assert 1.4 < widths[2] / widths[0] < 1.5
    assert 0.5 < widths[1] / widths[0] < 0.6
    assert sum(widths) + sum(x1 - x0 for _a, _b, x0, x1 in gaps) == pytest.approx(600.0)
    # Days run left to right across the gaps.
    xs = [axis.x(day_number(d)) for d in days]
    assert xs == sorted(xs)


def test_a_single_day_and_no_data():
    one = TimeAxis.for_days([day_number(TODAY)], 0.0, 300.0)
    assert one.gaps() == [] and one.x(day_number(TODAY)) == 0.0
    assert TimeAxis.for_days([], 0.0, 300.0).runs() == []
