"""The dashboard's Forecast tab: released hectares over time, actual then forecast with its
10-90% band, per district or in all, and the parameters beside it.

The store is read (released land counted once, work days, hazards and the land left in them)
and productivity measured over the dashboard's period in a ``ForecastTask`` (gui/tasks.py's
contract: layers opened here in the main thread, read in ``work()``, released in
``finished()``), with a progress bar and a button to stop it. Productivity over another period
is measured in a ``ProductivityTask`` from the land already read (no layer touched). The
forecast itself is arithmetic on those figures, done again at once whenever a parameter
changes (what-if: more teams, a district first). Numbers and dates are written in the user's
locale."""

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
    QProgressBar,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import DeminingError
from ..core.locale_format import display_locale
from ..core.planning.forecast import (
    DEFAULT_WORK_DAYS_PER_YEAR,
    TEAM_KINDS,
    ForecastParameters,
    default_capacity,
    district_line,
    forecast,
    forecast_curve,
    last_day,
    summary,
)
from ..core.planning.productivity import productivity, read_store_land
from ..core.reports.grouping import day_number
from ..core.reports.period_report import format_date
from .tasks import BackgroundTask, OpenedStore
from .totals_chart import TotalsChart

translate = QCoreApplication.translate

#: Points of the forecast lines per year (monthly).
_POINTS_PER_YEAR = 12


def kind_title(kind: str) -> str:
    return {"manual": translate("ForecastPanel", "Manual"), "mechanical": translate("ForecastPanel", "Mechanical"),
            "mdd": translate("ForecastPanel", "Dogs (MDD)"),
            "survey": translate("ForecastPanel", "Survey")}.get(kind, kind)


def _once(compute: Callable) -> Callable:
    """``compute`` called on the first call only, its result kept."""
    kept = []

    def cached():
        if not kept:
            kept.append(compute())
        return kept[0]
    return cached


class ForecastTask(BackgroundTask):
    """Released land counted once, work days, hazards, the land left, and productivity by
    method over ``period``."""

    LAYERS = ("regions", "cleared_areas", "work_days", "hazard_areas")

    def __init__(self, store, period, on_finished: Callable, view: Optional[OpenedStore] = None):
        """``view``: the store's layers opened beforehand (by the panel, once per store) rather
        than opened here at every measuring."""
        super().__init__(translate("ForecastPanel", "Forecast of {}").format(store.name), on_finished)
        self.store = store
        self.period = tuple(period)
        self._view = view if view is not None else self.open_store(store, self.LAYERS)

    def release_afterwards(self, view: OpenedStore) -> None:
        """Let ``view``'s layers go in ``finished()``, in the main thread once ``work()`` no longer
        reads them (its panel moved on to another store meanwhile)."""
        self._opened.append(view)

    def work(self):
        land = read_store_land(self._view, lambda value: self.setProgress(0.95 * value), self.isCanceled)
        return land, default_capacity(land), last_day(land), productivity(land, "method", *self.period)


class ProductivityTask(BackgroundTask):
    """Productivity by method over ``period`` from land already read (no layer is touched)."""

    def __init__(self, land, period, on_finished: Callable):
        super().__init__(translate("ForecastPanel", "Productivity by method"), on_finished)
        self.land = land
        self.period = tuple(period)

    def work(self):
        return productivity(self.land, "method", *self.period)


class ForecastPanel(QWidget):
    def __init__(self, parent: Optional[QWidget] = None, period: Optional[Callable] = None):
        super().__init__(parent)
        self.setObjectName("forecastPanel")
        #: The period productivity is measured over: (first day, last day), None for open ends.
        self.period = period or (lambda: (None, None))
        self.store = None
        self._view: Optional[OpenedStore] = None  # the store's layers the measuring reads
        self.land = None
        self._measured = {}  # productivity by method, by period
        self.start: Optional[datetime.date] = None
        self.totals = None
        self._cumulative: Optional[Callable] = None
        self.result = None
        self._task: Optional[BackgroundTask] = None
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
            spin.setRange(0, 9999)
            spin.setToolTip(self.tr("Teams at work (by default those seen in the last 90 days)"))
            cost = QDoubleSpinBox(form_widget)
            cost.setObjectName(f"forecastCost_{kind}")
            cost.setRange(0, 1e9)
            cost.setDecimals(0)
            cost.setLocale(display_locale())  # the plugin's number locale: 350,000 (en), 350 000 (ru)
            cost.setGroupSeparatorShown(True)
            cost.setToolTip(self.tr("Cost of a team-day"))
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(QLabel(self.tr("cost/day"), form_widget))
            row.addWidget(cost, 1)
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
        outer.addLayout(self._build_progress())
        form_widget.setMaximumWidth(form_widget.fontMetrics().horizontalAdvance("M") * 34)
        layout.addWidget(form_widget)
        self.chart = TotalsChart(self)
        self.chart.clear(self.tr("No store open"))
        layout.addWidget(self.chart, 1)
        for spin in list(self.teams.values()) + list(self.costs.values()) + [self.work_days]:
            spin.valueChanged.connect(self.update_forecast)
        self.district.currentIndexChanged.connect(self.update_forecast)
        self.first.currentIndexChanged.connect(self.update_forecast)

    def _build_progress(self) -> QHBoxLayout:
        """The progress of the work in the background, a button to stop it and one to start
        it again."""
        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("forecastProgress")
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        row.addWidget(self.progress, 1)
        self.cancel_button = self._hidden_button("forecastCancel", "/mTaskCancel.svg", self.tr("Stop measuring"),
                                                 self.cancel)
        self.again_button = self._hidden_button("forecastAgain", "/mActionRefresh.svg", self.tr("Measure again"),
                                                self.again)
        row.addWidget(self.cancel_button)
        row.addWidget(self.again_button)
        return row

    def _hidden_button(self, name: str, icon: str, tip: str, slot: Callable) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setIcon(QgsApplication.getThemeIcon(icon))
        button.setToolTip(tip)
        button.clicked.connect(slot)
        button.hide()
        return button

    # -- the store -------------------------------------------------------------------------------
    def show_store(self, store) -> None:
        """Measure ``store`` in the background (None: show nothing)."""
        running = self._task
        self.drop_task()
        self.store, self.land, self._measured, self.result = store, None, {}, None
        if self._view is not None and (store is None or self._view.store is not store):
            if isinstance(running, ForecastTask) and not sip.isdeleted(running) and \
                    running.status() not in (QgsTask.Complete, QgsTask.Terminated):
                running.release_afterwards(self._view)
            else:
                self._view.release()
            self._view = None
        self.again_button.hide()
        if store is None:
            self.chart.clear(self.tr("No store open"))
            self.summary.clear()
            return
        self.chart.clear(self.tr("Measuring productivity…"))
        if self._view is None:
            self._view = OpenedStore(store, ForecastTask.LAYERS)  # in the main thread, once per store
        self._start(ForecastTask(store, self.period(), self._on_task_finished, self._view))

    def again(self) -> None:
        """Start again what was stopped or failed: the store's reading, or the measuring."""
        self.again_button.hide()
        if self.land is None:
            self.show_store(self.store)
        else:
            self.update_forecast()

    def _start(self, task: BackgroundTask) -> None:
        self._task = task
        task.progressChanged.connect(self._on_progress)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        QgsApplication.taskManager().addTask(task)

    def _on_progress(self, value: float) -> None:
        if not sip.isdeleted(self.progress):
            self.progress.setValue(int(value))

    def _ended(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()

    def cancel(self) -> None:
        """Stop the work in the background: nothing is shown until it is started again."""
        if self._task is None:
            return
        self.drop_task()
        self._ended()
        message = self.tr("Measuring was stopped.")
        self.chart.clear(message)
        self.summary.setText(message)
        self.again_button.show()

    def set_totals(self, totals, cumulative: Optional[Callable] = None) -> None:
        """The dashboard's ``StoreTotals``: the actual released hectares of the chart, every day's
        cumulative hectares per district given by ``cumulative`` (the dashboard's, computed in
        its task: a second on a national store, not to be done again on every drawing)."""
        self.totals = totals
        self._cumulative = cumulative if cumulative is not None or totals is None else \
            _once(totals.cumulative_hectares)
        self.update_forecast()

    def drop_task(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.detach()
            if not sip.isdeleted(task) and task.status() not in (QgsTask.Complete, QgsTask.Terminated):
                task.cancel()

    def _failed(self, task: BackgroundTask) -> bool:
        """Show why ``task`` has no result (an error, or stopped); True if so."""
        if task.error is None and task.result is not None:
            return False
        message = str(task.error) if task.error is not None else self.tr("Measuring was stopped.")
        self.chart.clear(message)
        self.summary.setText(message)
        self.again_button.show()
        return True

    def _usable(self, task: BackgroundTask) -> bool:
        """The task ended: True if its result is there to show (the tab still there)."""
        if sip.isdeleted(self):
            return False
        self._ended()
        return not self._failed(task)

    def _on_task_finished(self, task: ForecastTask) -> None:
        if not self._usable(task):
            return
        land, capacity, last, measured = task.result
        self.land, self._measured = land, {task.period: measured}
        self.start = last + datetime.timedelta(days=1) if last else datetime.date.today()
        widgets = list(self.teams.values()) + [self.district, self.first]
        for widget in widgets:
            widget.blockSignals(True)
        for kind, spin in self.teams.items():
            spin.setValue(int(capacity.get(kind, 0)))
        districts = sorted(d for d, left in land.left.items() if d and sum(left.values()) > 0)
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
        """Productivity by method over the dashboard's period, None until it is measured."""
        return self._measured.get(tuple(self.period()))

    def _measure(self, period) -> None:
        """Measure productivity over ``period`` in the background, unless that is under way."""
        task = self._task
        if task is not None and not sip.isdeleted(task) and task.period == period:
            return
        self.drop_task()
        self.chart.clear(self.tr("Measuring productivity…"))
        self._start(ProductivityTask(self.land, period, self._on_measured))

    def _on_measured(self, task: ProductivityTask) -> None:
        if not self._usable(task):
            return
        self._measured[task.period] = task.result
        self.update_forecast()

    def update_forecast(self, *_args) -> None:
        if self.land is None:
            return
        measured = self.measured()
        if measured is None:
            self._measure(tuple(self.period()))
            return
        try:
            self.result = forecast(self.land, measured, self.parameters())
        except DeminingError as error:
            self.result = None
            self.summary.setText(str(error))
            self.chart.clear(str(error))
            return
        district = self.district.currentData()
        row = self.result.total if district is None else (self.result.row(district) or self.result.total)
        first, last = self.period()
        measured_over = self.tr("Productivity measured from {first} to {last}.").format(
            first=format_date(first) if first else self.tr("the start"),
            last=format_date(last) if last else self.tr("the end"))
        shown = " " + district_line(row) if district is not None and row is not self.result.total else ""
        self.summary.setText(summary(self.result) + shown + " " + measured_over)
        self._draw(row, district)

    def _draw(self, row, district) -> None:
        days, actual = np.zeros(0, dtype=np.int64), np.zeros(0)
        if self.totals is not None:
            days, series = self._cumulative()
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
