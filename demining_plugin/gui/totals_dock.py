"""The "Clearance totals" dashboard dock: hectares released, items found, routes and
accidents by district (or method, technique, organisation, team, task, month, ISO week)
over a date range, a chart of cumulative hectares per district and of items found per
week, export to CSV and XLSX, and the period report.

The figures of the whole store are computed once in a background ``QgsTask``
(``core.totals.store_totals``); changing the date range or the grouping only regroups
them (milliseconds). Edits committed to the store's layers in the project update the
figures incrementally: only the features changed and the released polygons overlapping
them are recomputed. Widgets are touched only in the main thread.

The background task, the table model and its sorting are in ``totals_model``.
"""

import datetime
import time
from pathlib import Path
from typing import Dict, List, Optional

from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsProject,
    QgsProviderRegistry,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import (
    QCoreApplication,
    Qt,
    QTimer,
    pyqtSignal,
)
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import DeminingError
from ..core.locale_format import display_locale
from ..core.reports.accidents import AccidentFigures, accident_figures, format_share
from ..core.reports.as_of import as_of_sentence
from ..core.reports.grouping import GROUPINGS, category_title, grouping_title, in_range
from ..core.reports.period_report import period_report, write_report
from ..core.reports.table_export import write_csv, write_xlsx
from ..core.reports.totals import StoreTotals
from ..core.store.history import parse_moment
from ..core.store.location import LAYER_PROPERTY, STORE_PROPERTY
from ..settings import TOTALS_FOLDER
from .base_panel import DeminingPanel
from .forecast_panel import ForecastPanel
from .notify import notify, notify_exception, notify_success, notify_warning
from .totals_chart import TotalsChart
from .totals_model import ALIGN_RIGHT, TotalsModel, TotalsSortProxy, TotalsTask

#: The store layers whose edits change the totals.
WATCHED_LAYERS = ("cleared_areas", "detections", "cleared_routes", "accidents")


def _same_path(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return a == b


class TotalsDock(DeminingPanel):
    #: The table and charts now show the current totals.
    refreshed = pyqtSignal()
    #: A background computation of the store's totals finished (True) or failed (False).
    computed = pyqtSignal(bool)

    def __init__(self, iface=None, session=None, parent: Optional[QWidget] = None,
                 project: Optional[QgsProject] = None):
        super().__init__(QCoreApplication.translate("TotalsDock", "Totals"), "DeminingTotalsDock", iface, session,
                         parent)
        self.project = project or (session.project if session is not None else QgsProject.instance())
        self.store = None
        self.totals: Optional[StoreTotals] = None
        #: The past moment the figures are shown for (None: now).
        self.as_of: Optional[datetime.datetime] = None
        #: Accidents by activity for the period on display.
        self.accident_figures: Optional[AccidentFigures] = None
        self._connections: List = []
        self._counts: Dict[str, int] = {}
        #: (days, series) of every day, from the task (None: computed again at the next refresh).
        self._cumulative = None
        #: Milliseconds of the last regrouping and redraw, and of the last incremental update
        #: (from the layer's commit signal to the redrawn table and charts).
        self.last_refresh_ms = 0.0
        self.last_update_ms = 0.0
        self._change_started: Optional[float] = None
        #: The store changed since the Forecast tab last measured it (it measures once shown).
        self._forecast_due = False
        self._refresh_timer = self.later(self.refresh, 0)
        self._build_ui()
        if session is not None:
            self.follow_store(self._on_store_changed)
            if hasattr(session, "figures_started"):
                self.listen(session.figures_started, self._on_store_maybe_changed)
            if session.store is not None:
                self.show_store(session.store)
        self._show_state()

    # -- user interface -----------------------------------------------------------------------
    def _build_ui(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)

        controls = QHBoxLayout()
        self.date_from = self.date_edit("totalsFrom", self.tr("First day of the period (empty: from the start)"),
                                         self.tr("start"))
        self.date_to = self.date_edit("totalsTo", self.tr("Last day of the period, included (empty: up to now)"),
                                       self.tr("today"))
        self.grouping = QComboBox(body)
        self.grouping.setObjectName("totalsGrouping")
        for key in GROUPINGS:
            self.grouping.addItem(grouping_title(key), key)
        self.grouping.setToolTip(self.tr("What the rows of the table are"))
        controls.addWidget(QLabel(self.tr("From"), body))
        controls.addWidget(self.date_from)
        controls.addWidget(QLabel(self.tr("to"), body))
        controls.addWidget(self.date_to)
        controls.addSpacing(8)
        controls.addWidget(QLabel(self.tr("by"), body))
        controls.addWidget(self.grouping, 1)
        # The figures as the store held them at a past moment, rebuilt from its history.
        self.as_of_edit = QLineEdit(body)
        self.as_of_edit.setObjectName("totalsAsOf")
        self.as_of_edit.setPlaceholderText(self.tr("now"))
        self.as_of_edit.setClearButtonEnabled(True)
        self.as_of_edit.setToolTip(self.tr("The figures as the store held them at this moment, rebuilt from its "
                                           "history: YYYY-MM-DD (the end of that day) or YYYY-MM-DD HH:MM. Empty: "
                                           "now."))
        controls.addWidget(QLabel(self.tr("as of"), body))
        controls.addWidget(self.as_of_edit)
        layout.addLayout(controls)

        splitter = QSplitter(Qt.Vertical, body)
        self.view = QTableView(splitter)
        self.view.setObjectName("totalsTable")
        self.model = TotalsModel(self)
        self.proxy = TotalsSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.charts = QTabWidget(splitter)
        self.charts.setObjectName("totalsCharts")
        self.cumulative_chart = TotalsChart(self.charts)
        self.weekly_chart = TotalsChart(self.charts)
        self.charts.addTab(self.cumulative_chart, self.tr("Cumulative hectares"))
        self.charts.addTab(self.weekly_chart, self.tr("Items found per week"))
        self.accidents_table = self._accidents_table(self.charts)
        self.charts.addTab(self.accidents_table, self.tr("Accidents by activity"))
        self.forecast_panel = ForecastPanel(self.charts, self.period)
        self.charts.addTab(self.forecast_panel, self.tr("Forecast"))
        self.charts.currentChanged.connect(self._on_chart_shown)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.csv_button = self.push_button("totalsCsv", self.tr("CSV…"), self.tr("Export the table to a CSV file"),
                                       self.export_csv_dialog)
        self.xlsx_button = self.push_button("totalsXlsx", self.tr("XLSX…"),
                                        self.tr("Export the table to an Excel workbook"),
                                        self.export_xlsx_dialog)
        self.report_button = self.push_button("totalsReport", self.tr("Report…"),
                                          self.tr("Write the period report (sentences and table) as .md, .html or "
                                              ".txt"), self.report_dialog)
        for button in (self.csv_button, self.xlsx_button, self.report_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.refresh_button = QToolButton(body)
        self.refresh_button.setObjectName("totalsRecompute")
        self.refresh_button.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        self.refresh_button.setToolTip(self.tr("Recompute every figure from the store"))
        self.refresh_button.clicked.connect(self.recompute)
        buttons.addWidget(self.refresh_button)
        layout.addLayout(buttons)

        self.progress = QProgressBar(body)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = self.status_line("totalsStatus")
        layout.addWidget(self.status)
        self.setWidget(body)

        self.date_from.dateValueChanged.connect(self._on_controls_changed)
        self.date_to.dateValueChanged.connect(self._on_controls_changed)
        self.grouping.currentIndexChanged.connect(self._on_controls_changed)
        self.as_of_edit.editingFinished.connect(self._on_as_of_changed)

    def _accidents_table(self, parent) -> QTableWidget:
        table = QTableWidget(0, 7, parent)
        table.setObjectName("totalsAccidents")
        table.setHorizontalHeaderLabels([self.tr("Activity at the time"), self.tr("Accidents"), self.tr("Share"),
                                         self.tr("Killed"), self.tr("Injured"), self.tr("Civilians killed"),
                                         self.tr("Civilians injured")])
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        table.setAlternatingRowColors(True)
        return table

    def show_accidents(self, figures: Optional[AccidentFigures]) -> None:
        """Accidents by activity, largest share first, and a totals row."""
        table = self.accidents_table
        rows = list(figures.by_activity) if figures is not None else []
        table.setRowCount(len(rows) + (1 if rows else 0))
        locale = display_locale()

        def put(r: int, values, bold: bool = False) -> None:
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c > 0:
                    item.setTextAlignment(ALIGN_RIGHT)
                if bold:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)

        for r, row in enumerate(rows):
            put(r, [row.title, locale.toString(row.accidents), format_share(row.share), locale.toString(row.killed),
                    locale.toString(row.injured), locale.toString(row.civilian_killed),
                    locale.toString(row.civilian_injured)])
        if rows:
            put(len(rows), [self.tr("Total"), locale.toString(figures.accidents), "100%",
                            locale.toString(figures.killed), locale.toString(figures.injured),
                            locale.toString(figures.civilian_killed), locale.toString(figures.civilian_injured)],
                bold=True)

    # -- the period and grouping asked for ----------------------------------------------------------
    def period(self):
        return self.day_in(self.date_from), self.day_in(self.date_to)

    def set_period(self, date_from: Optional[datetime.date], date_to: Optional[datetime.date]) -> None:
        for edit, day in ((self.date_from, date_from), (self.date_to, date_to)):
            self.show_day(edit, day)
        self._on_controls_changed()

    def set_grouping(self, key: str) -> None:
        self.grouping.setCurrentIndex(max(0, self.grouping.findData(key)))

    def current_grouping(self) -> str:
        return self.grouping.currentData() or "district"

    def _on_controls_changed(self, *_args) -> None:
        self._refresh_timer.start()
        self.forecast_panel.update_forecast()

    def set_as_of(self, text: str) -> None:
        """Show the figures as of ``text`` (a date, or a date and time; empty: now)."""
        self.as_of_edit.setText(text)
        self._on_as_of_changed()

    def _on_as_of_changed(self) -> None:
        try:
            moment = parse_moment(self.as_of_edit.text(), self.tr("As of"))
        except DeminingError as error:
            self._show_state(str(error))
            return
        if moment != self.as_of:
            self.as_of = moment
            self.totals = None
            self.recompute()

    # -- following the store -----------------------------------------------------------------------
    def _on_store_changed(self) -> None:
        self.show_store(self.session_store())

    def show_store(self, store) -> None:
        """Show the totals of ``store`` (None: nothing), computed in the background."""
        self._unwatch_layers()
        self.store = store
        self.totals = None
        self._cumulative = None
        self.drop_task()
        self.forecast_panel.set_totals(None)
        if store is None:
            self._forecast_due = False
            self.forecast_panel.show_store(None)
        if store is None:
            self.model.set_table(None)
            self.cumulative_chart.clear(self.tr("No store open"))
            self.weekly_chart.clear(self.tr("No store open"))
            self.show_accidents(None)
            self._show_state()
            return
        self._watch_layers()
        self.recompute()

    def recompute(self) -> None:
        """Compute every figure of the store again (in the background)."""
        if self.store is None:
            return
        if self.again_later():
            return
        try:
            task = TotalsTask(self.store, self._on_task_finished, self.as_of)
        except DeminingError as error:
            self._show_state(str(error))
            return
        task.progressChanged.connect(self._on_progress)
        self.progress.setValue(0)
        self.progress.show()
        self._show_state(self.tr("Computing the totals of {}…").format(self.store.name))
        self.run_task(task)
        self._forecast_store()

    def _forecast_store(self) -> None:
        """The Forecast tab measures the store again, in a task of its own, if it is the tab shown;
        else once it is. Its measuring reads and counts the whole store a second time (as long as
        the totals take, or longer): run beside every recompute, it held back the figures'
        updates after an edit, which waited for Python's lock and for its result to be drawn."""
        self._forecast_due = self.charts.currentWidget() is not self.forecast_panel
        if not self._forecast_due:
            self.forecast_panel.show_store(self.store)

    def _on_chart_shown(self, _index: int) -> None:
        if self._forecast_due and self.store is not None:
            self._forecast_store()

    def _on_progress(self, value: float) -> None:
        if not sip.isdeleted(self.progress):
            self.progress.setValue(int(value))

    def _on_task_finished(self, task: TotalsTask) -> None:
        again = self.task_ended()
        if sip.isdeleted(self):
            return
        self.progress.hide()
        if again or self.store is None or not _same_path(task.store.location, self.store.location):
            self.recompute()
            return
        if task.error is not None and task.as_of is not None and isinstance(task.error, DeminingError):
            self._show_state(str(task.error))  # a moment the history cannot rebuild: said where it was typed
            self.computed.emit(False)
            return
        if task.error is not None:
            notify_exception(self.iface, task.error, self.tr("Computing the clearance totals of {}").format(
                task.store.name))
            self._show_state(self.tr("The totals could not be computed."))
            self.computed.emit(False)
            return
        if task.result is None:
            self._show_state(self.tr("Computing the totals was cancelled."))
            self.computed.emit(False)
            return
        self.totals = task.result
        self._cumulative = task.cumulative
        self.forecast_panel.set_totals(self.totals, self.cumulative)
        self._counts = self._layer_counts()
        self._build_seconds = task.seconds
        self.refresh()
        self.computed.emit(True)

    def _on_store_maybe_changed(self) -> None:
        """The session recomputes its figures (after commits or changes made on disk): if
        the layers hold other features than the totals know of, recompute them."""
        if self.totals is None or self._task is not None or self.as_of is not None:
            return
        if self._layer_counts() != self._counts:
            self.recompute()

    # -- watching the store's layers in the project ---------------------------------------------------
    def store_layers(self) -> Dict[str, object]:
        """The project's layers of the current store, by store layer name."""
        found = {}
        if self.store is None:
            return found
        registry = QgsProviderRegistry.instance()
        for layer in self.project.mapLayers().values():
            location = str(layer.customProperty(STORE_PROPERTY, "") or "")
            if not location or not _same_path(location, self.store.location):
                continue
            name = layer.customProperty(LAYER_PROPERTY, "") or \
                registry.decodeUri(layer.providerType(), layer.source()).get("layerName")
            if name in WATCHED_LAYERS and name not in found:
                found[name] = layer
        return found

    def _layer_counts(self) -> Dict[str, int]:
        return {name: layer.featureCount() for name, layer in self.store_layers().items()}

    def _watch_layers(self) -> None:
        for name, layer in self.store_layers().items():
            def added(_layer_id, features, name=name, layer=layer):
                self._apply(name, layer, features, [])

            def removed(_layer_id, fids, name=name, layer=layer):
                self._apply(name, layer, [], list(fids))

            def changed(_layer_id, changes, name=name, layer=layer):
                self._apply_changed(name, layer, list(changes.keys()))

            pairs = [(layer.committedFeaturesAdded, added), (layer.committedFeaturesRemoved, removed),
                     (layer.committedGeometriesChanges, changed), (layer.committedAttributeValuesChanges, changed),
                     (layer.willBeDeleted, self._on_layer_deleted)]
            for signal, slot in pairs:
                signal.connect(slot)
                self._connections.append((layer, signal, slot))

    def _unwatch_layers(self) -> None:
        for layer, signal, slot in self._connections:
            if not sip.isdeleted(layer):
                try:
                    signal.disconnect(slot)
                except TypeError:
                    pass
        self._connections = []

    def _on_layer_deleted(self) -> None:
        # A store layer left the project: stop following it (the totals stay valid).
        QTimer.singleShot(0, self._rewatch)

    def _rewatch(self) -> None:
        if sip.isdeleted(self):
            return
        self._unwatch_layers()
        if self.store is not None:
            self._watch_layers()

    # -- incremental updates -----------------------------------------------------------------------
    def _apply(self, name: str, layer, added, removed) -> None:
        if self._change_started is None:
            self._change_started = time.perf_counter()
        self._counts[name] = self._counts.get(name, 0) + len(added) - len(removed)
        if self.as_of is not None:
            return  # edits made now do not change the figures of the past
        if self.totals is None:
            self.again_later()
            return
        try:
            crs = layer.crs()
            if name == "cleared_areas":
                self.totals.apply_land_changes(added, removed, crs)
            elif name == "detections":
                self.totals.apply_item_changes(added, removed, crs)
            elif name == "cleared_routes":
                self.totals.apply_route_changes(added, removed, crs)
            elif name == "accidents":
                self.totals.apply_accident_changes(added, removed, crs)
            self._cumulative = None
        except Exception as error:  # noqa: BLE001 (the figures are recomputed in full instead)
            notify_exception(self.iface, error, self.tr("Updating the clearance totals"))
            self.recompute()
            return
        self._refresh_timer.start()

    def _apply_changed(self, name: str, layer, fids) -> None:
        features = list(layer.getFeatures(QgsFeatureRequest().setFilterFids(fids)))
        self._counts[name] = self._counts.get(name, 0) - len(features)  # _apply counts them again
        self._apply(name, layer, features, [])

    # -- showing -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Regroup the totals for the current period and grouping; redraw table and charts."""
        started = time.perf_counter()
        if self.totals is None:
            self._show_state()
            return
        date_from, date_to = self.period()
        try:
            table = self.totals.table(self.current_grouping(), date_from, date_to)
        except DeminingError as error:
            self._show_state(str(error))
            return
        header = self.view.horizontalHeader()
        sort_column, sort_order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        self.model.set_table(table)
        if 0 <= sort_column < self.model.columnCount():
            self.proxy.sort(sort_column, sort_order)
        days, series = self._cumulative_in(date_from, date_to)
        self.cumulative_chart.set_lines(days, series, self.totals.region_names,
                                        self.tr("Hectares released, cumulative"),
                                        self.tr("ha"))
        weeks, stacks = self.totals.items_by_week(date_from, date_to)
        self.weekly_chart.set_bars(weeks, stacks, {k: category_title(k) for k in stacks},
                                   self.tr("Items found per week"),
                                   self.tr("items"))
        self.accident_figures = accident_figures(self.totals.accidents, date_from, date_to)
        self.show_accidents(self.accident_figures)
        now = time.perf_counter()
        self.last_refresh_ms = (now - started) * 1000
        if self._change_started is not None:
            self.last_update_ms = (now - self._change_started) * 1000
            self._change_started = None
        self._show_state()
        self.refreshed.emit()

    def cumulative(self):
        """Every day's cumulative hectares per district: the task's, or computed here once
        after an edit."""
        if self._cumulative is None:
            self._cumulative = self.totals.cumulative_hectares()
        return self._cumulative

    def _cumulative_in(self, date_from, date_to):
        """The cumulative hectares of the period, cut out of every day's: those come from the
        task, or are computed here once after an edit."""
        days, series = self.cumulative()
        shown = in_range(days, date_from, date_to)
        return days[shown], {name: values[shown] for name, values in series.items()}

    def _show_state(self, message: str = "") -> None:
        if message:
            self.status.setText(message)
        elif self.store is None:
            self.status.setText(self.tr("Open a Demining store to see its clearance totals."))
        elif self.totals is None:
            self.status.setText(self.tr("Computing the totals of {}…").format(self.store.name))
        else:
            table = self.model.table
            locale = display_locale()
            released = locale.toString(float(table.total("released_ha")), "f", 2) if table else "0"
            self.status.setText(self.tr("{store}: {ha} ha released in the period, every square metre counted once "
                                    "(true ellipsoidal areas).").format(store=self.store.name, ha=released))
        ready = self.totals is not None
        for button in (self.csv_button, self.xlsx_button, self.report_button):
            button.setEnabled(ready)

    # -- exports and report ------------------------------------------------------------------------
    def _folder(self) -> str:
        return TOTALS_FOLDER.value()

    def _default_name(self, suffix: str, prefix: str = "totals") -> str:
        date_from, date_to = self.period()
        parts = [prefix, self.current_grouping() if prefix == "totals" else ""]
        if date_from or date_to:
            parts.append(f"{date_from or 'start'}_{date_to or 'end'}")
        return str(Path(self._folder()) / ("_".join(p for p in parts if p) + suffix))

    def _ask_path(self, title: str, suffix: str, filters: str, prefix: str = "totals") -> Optional[str]:
        path, _ = QFileDialog.getSaveFileName(self, title, self._default_name(suffix, prefix), filters)
        if not path:
            return None
        if not Path(path).suffix:
            path += suffix
        TOTALS_FOLDER.remember_file(path)
        return path

    def export_csv_dialog(self) -> None:
        path = self._ask_path(self.tr("Export totals to CSV"), ".csv", self.tr("CSV (*.csv)"))
        if path:
            self.export(path)

    def export_xlsx_dialog(self) -> None:
        path = self._ask_path(self.tr("Export totals to Excel"), ".xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export(path)

    def export(self, path: str) -> bool:
        """Write the table on display (with its totals row) to a .csv or .xlsx file."""
        table = self.model.table
        if table is None:
            notify_warning(self.iface, self.tr("There are no totals to export yet."))
            return False
        try:
            if Path(path).suffix.lower() == ".xlsx":
                write_xlsx(table, path, grouping_title(table.grouping))
            else:
                write_csv(table, path)
        except Exception as error:  # noqa: BLE001 (the user gets the message)
            notify_exception(self.iface, error, self.tr("Exporting the totals to {}").format(Path(path).name))
            return False
        notify_success(self.iface, self.tr("Totals exported to {}.").format(path))
        return True

    def report_dialog(self) -> None:
        if self.totals is None:
            if self.store is None:
                notify_warning(self.iface, self.tr("Open a Demining store first: the report is computed from it."))
            else:
                notify(self.iface, self.tr("The totals of {} are still being computed; ask for the report again in "
                                       "a moment.").format(self.store.name))
            self.show()
            self.raise_()
            return
        path = self._ask_path(self.tr("Period report"), ".md", self.tr("Markdown (*.md);;HTML (*.html);;Text (*.txt)"),
                              prefix="report")
        if path:
            self.write_report(path)

    def report_period(self):
        """The period of the report: the dock's dates, or the first and last dates of the data."""
        date_from, date_to = self.period()
        if (date_from is None or date_to is None) and self.totals is not None:
            first, last = self.totals.date_span()
            date_from, date_to = date_from or first, date_to or last
        today = datetime.date.today()
        return date_from or today, date_to or today

    def write_report(self, path: str) -> Optional[str]:
        """Write the period report for the dock's period; returns its plain text."""
        if self.totals is None:
            return None
        date_from, date_to = self.report_period()
        try:
            report = period_report(self.totals, date_from, date_to, store_name=self.store.name if self.store else None)
            if self.as_of is not None:
                report.sentences.append(as_of_sentence(self.as_of))
            write_report(report, path)
        except Exception as error:  # noqa: BLE001 (the user gets the message)
            notify_exception(self.iface, error, self.tr("Writing the report {}").format(Path(path).name))
            return None
        notify_success(self.iface, self.tr("Report for {start} to {end} written to {path}.").format(
            start=date_from.isoformat(), end=date_to.isoformat(), path=path))
        return report.to_text()

    # -- life cycle ------------------------------------------------------------------------------
    def teardown(self) -> None:
        """Also stop watching the store's layers."""
        self._unwatch_layers()
        self.forecast_panel.drop_task()
        super().teardown()
        self.session = None
