"""The cumulative chart of a national store (issue 20, point 3): a hundred districts over
hundreds of days are drawn with the x of every day computed at once, not one Python call per
point (that held the desktop for seconds at each repaint); the step lines keep their shape
with the corners in the middle of flat stretches left out."""

import numpy as np
import pytest
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from demining_plugin.gui import totals_chart
from demining_plugin.gui.totals_chart import TimeAxis, TotalsChart, step_line

DISTRICTS, DAYS = 110, 480


def test_the_x_of_many_days_at_once_is_the_x_of_each():
    # Two runs of days with a long pause between them (cut out of the axis).
    days = np.concatenate([np.arange(18950, 18990), np.arange(19300, 19310)]).astype(float)
    axis = TimeAxis.for_days(days, 40.0, 500.0)
    assert len(axis.segments) == 2
    asked = np.concatenate([days, [18900.0, 19100.0, 19400.0]])  # before, inside the pause, after
    xs = axis.xs(asked)
    runs = axis.runs()
    assert xs[0] == pytest.approx(40.0)
    assert xs[-3] == pytest.approx(40.0)  # before the first day: where the axis starts
    assert xs[-2] == pytest.approx(runs[1][2])  # inside the pause: where the next run starts
    assert xs[-1] == pytest.approx(runs[1][3])  # past the last run: its right end
    assert list(xs) == [axis.x(day) for day in asked]
    assert np.all(np.diff(xs[:len(days)]) > 0)


def test_step_line_corners():
    xs, ys = np.array([0.0, 1.0, 2.0, 3.0, 4.0]), np.array([9.0, 9.0, 9.0, 5.0, 5.0])
    corners = step_line(xs, ys, right=6.0)
    # flat from 0 to 3, down to 5 at 3, flat to the right end: the flat corners in between go
    assert corners.tolist() == [[0.0, 9.0], [3.0, 9.0], [3.0, 5.0], [6.0, 5.0]]
    assert step_line(xs[:1], ys[:1]).tolist() == [[0.0, 9.0]]


def test_a_national_chart_is_drawn_without_a_call_per_point(qgis_app, monkeypatch):
    calls = []
    original = TimeAxis.runs

    def counted(self):
        calls.append(1)
        return original(self)

    monkeypatch.setattr(totals_chart.TimeAxis, "runs", counted)
    rng = np.random.default_rng(20)
    days = np.arange(18630, 18630 + DAYS, dtype=float)
    series = {f"District {k}": np.cumsum(rng.random(DAYS) * (rng.random(DAYS) < 0.3)) for k in range(DISTRICTS)}
    chart = TotalsChart()
    chart.resize(900, 400)
    try:
        chart.set_lines(days, series, list(series), "Hectares released, cumulative", "ha")
        chart.grab()
        assert chart.time_axis is not None and len(chart.time_axis.segments) == 1
        # The axis, its labels and every line: a few dozen calls, not one per point (52,800).
        assert 0 < len(calls) < 100
    finally:
        chart.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def test_polygon_of_holds_every_corner(qgis_app):
    corners = np.column_stack([np.arange(5000, dtype=float), np.linspace(300.0, 20.0, 5000)])
    polygon = totals_chart.polygon_of(corners)
    assert polygon.size() == 5000
    assert [(polygon.at(k).x(), polygon.at(k).y()) for k in (0, 1234, 4999)] == \
        [tuple(corners[k]) for k in (0, 1234, 4999)]
    assert totals_chart.polygon_of(np.zeros((0, 2))).size() == 0
