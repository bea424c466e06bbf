"""The dashboard's Forecast tab: released hectares over time, actual then forecast with its
10-90% band, per district or in all, and the parameters beside it.

The store is read (released land counted once, work days, hazards) in a ``ForecastTask``
(gui/tasks.py's contract: layers opened here in the main thread, read in ``work()``, released
in ``finished()``); productivity over the dashboard's period and the forecast are arithmetic
on those figures, done again at once whenever a parameter changes (what-if: more teams, a
district first)."""

import datetime
from typing import Callable, Optional

import numpy as np
from qgis.core import QgsApplication, QgsTask
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import DeminingError
from ..core.locale_format import format_number
from ..core.planning.forecast import (
    DEFAULT_WORK_DAYS_PER_YEAR,
    TEAM_KINDS,
    ForecastParameters,
    default_capacity,
    forecast,
    forecast_curve,
    last_day,
    summary,
)
from ..core.planning.productivity import productivity, read_store_land
from ..core.reports.grouping import day_number
from .tasks import BackgroundTask
from .totals_chart import TotalsChart

translate = QCoreApplication.translate

#: Points of the forecast lines per year (monthly).
_POINTS_PER_YEAR = 12


def kind_title(kind: str) -> str:
    return {"manual": translate("ForecastPanel", "Manual"), "mechanical": translate("ForecastPanel", "Mechanical"),
            "mdd": translate("ForecastPanel", "Dogs (MDD)"),
            "survey": translate("ForecastPanel", "Survey")}.get(kind, kind)


class ForecastTask(BackgroundTask):
    """Released land counted once, work days, hazards and productivity by method."""

    LAYERS = ("regions", "cleared_areas", "work_days", "hazard_areas")

    def __init__(self, store, on_finished: Callable):
        super().__init__(translate("ForecastPanel", "Forecast of {}").format(store.name), on_finished)
        self.store = store
        self._view = self.open_store(store, self.LAYERS)

    def work(self):
        land = read_store_land(self._view, self.setProgress, self.isCanceled)
        return land, default_capacity(land), last_day(land)


class ForecastPanel(QWidget):
    def __init__(self, parent: Optional[QWidget] = None, period: Optional[Callable] = None):
        super().__init__(parent)
        self.setObjectName("forecastPanel")
        #: The period productivity is measured over: (first day, last day), None for open ends.
        self.period = period or (lambda: (None, None))
        self.land = None
        self._measured = {}  # productivity by method, by period
        self.start: Optional[datetime.date] = None
        self.totals = None
        self.result = None
        self._task: Optional[ForecastTask] = None
        self._build_ui()

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(2, 2, 2, 2)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.district = QComboBox(form_widget)
        self.district.setObjectName("forecastDistrict")
        form.addRow(self.tr("Shown"), self.district)
        self.teams, self.costs = {}, {}
        for kind in TEAM_KINDS:
            spin = QSpinBox(form_widget)
            spin.setObjectName(f"forecastTeams_{kind}")
            spin.setRange(0, 100000)
            spin.setToolTip(self.tr("Teams at work (by default those seen in the last 90 days)"))
            cost = QDoubleSpinBox(form_widget)
            cost.setObjectName(f"forecastCost_{kind}")
            cost.setRange(0, 1e9)
            cost.setDecimals(0)
            cost.setToolTip(self.tr("Cost of a team-day"))
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(QLabel(self.tr("cost/day"), form_widget))
            row.addWidget(cost)
            form.addRow(kind_title(kind), row)
            self.teams[kind], self.costs[kind] = spin, cost
        self.work_days = QSpinBox(form_widget)
        self.work_days.setObjectName("forecastWorkDays")
        self.work_days.setRange(1, 366)
        self.work_days.setValue(DEFAULT_WORK_DAYS_PER_YEAR)
        form.addRow(self.tr("Work days a year"), self.work_days)
        self.first = QComboBox(form_widget)
        self.first.setObjectName("forecastFirst")
        form.addRow(self.tr("District first"), self.first)
        self.summary = QLabel(self)
        self.summary.setObjectName("forecastSummary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        form_widget.setMaximumWidth(form_widget.fontMetrics().horizontalAdvance("M") * 30)
        layout.addWidget(form_widget)
        self.chart = TotalsChart(self)
        self.chart.clear(self.tr("No store open"))
        layout.addWidget(self.chart, 1)
        for spin in list(self.teams.values()) + list(self.costs.values()) + [self.work_days]:
            spin.valueChanged.connect(self.update_forecast)
        self.district.currentIndexChanged.connect(self.update_forecast)
        self.first.currentIndexChanged.connect(self.update_forecast)

    # -- the store -------------------------------------------------------------------------------
    def show_store(self, store) -> None:
        """Measure ``store`` in the background (None: show nothing)."""
        self.drop_task()
        self.land, self._measured = None, {}
        if store is None:
            self.chart.clear(self.tr("No store open"))
            self.summary.clear()
            return
        self.chart.clear(self.tr("Measuring productivity…"))
        self._task = ForecastTask(store, self._on_task_finished)
        QgsApplication.taskManager().addTask(self._task)

    def set_totals(self, totals) -> None:
        """The dashboard's ``StoreTotals``: the actual released hectares of the chart."""
        self.totals = totals
        self.update_forecast()

    def drop_task(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.detach()
            if not sip.isdeleted(task) and task.status() not in (QgsTask.Complete, QgsTask.Terminated):
                task.cancel()

    def _on_task_finished(self, task: ForecastTask) -> None:
        self._task = None
        if sip.isdeleted(self):
            return
        if task.error is not None or task.result is None:
            self.chart.clear(str(task.error) if task.error is not None else self.tr("Cancelled"))
            return
        land, capacity, last = task.result
        self.land, self._measured = land, {}
        self.start = last + datetime.timedelta(days=1) if last else datetime.date.today()
        widgets = list(self.teams.values()) + [self.district, self.first]
        for widget in widgets:
            widget.blockSignals(True)
        for kind, spin in self.teams.items():
            spin.setValue(int(capacity.get(kind, 0)))
        districts = sorted({h.get("district") for h in land.hazards.values() if h.get("district")})
        self.district.clear()
        self.district.addItem(self.tr("All districts"), None)
        self.first.clear()
        self.first.addItem(self.tr("None (all at once)"), None)
        for name in districts:
            self.district.addItem(name, name)
            self.first.addItem(name, name)
        for widget in widgets:
            widget.blockSignals(False)
        self.update_forecast()

    # -- the forecast ------------------------------------------------------------------------------
    def parameters(self) -> ForecastParameters:
        first = self.first.currentData()
        return ForecastParameters({k: float(s.value()) for k, s in self.teams.items() if s.value()},
                                  {k: float(s.value()) for k, s in self.costs.items()}, self.start,
                                  float(self.work_days.value()), [first] if first else [])

    def measured(self):
        """Productivity by method over the dashboard's period."""
        period = tuple(self.period())
        if period not in self._measured:
            self._measured[period] = productivity(self.land, "method", *period)
        return self._measured[period]

    def update_forecast(self, *_args) -> None:
        if self.land is None:
            return
        try:
            self.result = forecast(self.land, self.measured(), self.parameters())
        except DeminingError as error:
            self.result = None
            self.summary.setText(str(error))
            self.chart.clear(str(error))
            return
        district = self.district.currentData()
        row = self.result.total if district is None else (self.result.row(district) or self.result.total)
        first, last = self.period()
        measured = self.tr("Productivity measured from {first} to {last}.").format(
            first=first.isoformat() if first else self.tr("the start"),
            last=last.isoformat() if last else self.tr("the end"))
        shown = ""
        if district is not None and row is not self.result.total:
            shown = " " + self.tr("{district}: finished on {finish} (10-90%: {early} to {late}), for {cost}.").format(
                district=district, finish=row.finish.isoformat(), early=row.finish_early.isoformat(),
                late=row.finish_late.isoformat(), cost=format_number(row.cost))
        self.summary.setText(summary(self.result) + shown + " " + measured)
        self._draw(row, district)

    def _draw(self, row, district) -> None:
        days, actual = np.zeros(0, dtype=np.int64), np.zeros(0)
        if self.totals is not None:
            days, series = self.totals.cumulative_hectares()
            chosen = [v for name, v in series.items() if district is None or name == district]
            actual = np.sum(chosen, axis=0) if chosen else np.zeros(len(days))
        released = float(actual[-1]) if len(actual) else 0.0
        first, last = day_number(self.start), day_number(row.finish_late)
        steps = max(2, int((last - first) / 365.25 * _POINTS_PER_YEAR) + 2)
        ahead = np.unique(np.linspace(first, last, steps).round().astype(np.int64))
        x = np.concatenate([days, ahead])
        mean, early, late = forecast_curve(row, released, self.start, ahead)
        names = [self.tr("Released"), self.tr("Forecast"), self.tr("Early (90th percentile)"),
                 self.tr("Late (10th percentile)")]
        lines = {names[0]: actual}
        for name, curve in zip(names[1:], (mean, early, late)):
            lines[name] = np.concatenate([actual, curve])
        title = self.tr("Released hectares, {where}").format(
            where=district if district else self.tr("all districts"))
        self.chart.set_lines(x, lines, names, title, "ha")
