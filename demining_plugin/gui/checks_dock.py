"""The "Checks" dock: runs the store's data checks in the background, lists the findings
grouped by severity, layer or rule, zooms to one, and applies the safe fixes (make
valid, drop duplicate vertices, trim a padded identifier, store the computed area) in
one undoable change set, then checks again."""

from typing import Dict, List, Optional

from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QIcon
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..__about__ import resource_path
from ..core import log
from ..core.checks.fixes import fix_changes
from ..core.checks.rules import RULES, Finding
from ..core.checks.validate import validate_store
from ..core.model.schema import LAYERS_BY_NAME, translated
from ..core.store.location import LAYER_PROPERTY
from ..settings import REQUIRE_INSPECTION
from .base_panel import DeminingPanel
from .notify import notify_success, notify_warning, reported_errors
from .tasks import BackgroundTask

translate = QCoreApplication.translate


#: What the findings can be grouped by: (label, attribute of a finding).
GROUPINGS = ((QT_TRANSLATE_NOOP("ChecksDock", "By severity"), "severity"),
             (QT_TRANSLATE_NOOP("ChecksDock", "By layer"), "layer"),
             (QT_TRANSLATE_NOOP("ChecksDock", "By rule"), "rule"))
COLUMNS = (QT_TRANSLATE_NOOP("ChecksDock", "Severity"), QT_TRANSLATE_NOOP("ChecksDock", "Layer"),
           QT_TRANSLATE_NOOP("ChecksDock", "Feature"), QT_TRANSLATE_NOOP("ChecksDock", "Rule"),
           QT_TRANSLATE_NOOP("ChecksDock", "Message"))
#: Severity codes as shown.
SEVERITY_LABELS = {"error": QT_TRANSLATE_NOOP("ChecksDock", "error"),
                   "warning": QT_TRANSLATE_NOOP("ChecksDock", "warning")}
_COLOURS = {"error": QColor("#c62828"), "warning": QColor("#b26a00")}
#: Zooming to a point finding shows this much around it (metres, or degrees / 111 km).
_POINT_VIEW_M = 200.0


def _rule_title(rule: str) -> str:
    return translate("Validate", RULES[rule].title)


def _severity_label(severity: str) -> str:
    return translate("ChecksDock", SEVERITY_LABELS.get(severity, severity))


class ChecksTask(BackgroundTask):
    """``validate_store`` in a worker thread, on the store's layers opened here in the main
    thread (see ``tasks.py``)."""

    def __init__(self, store, on_finished=None):
        super().__init__(translate("ChecksDock", "Demining checks of {}").format(store.name), on_finished)
        self.store = store
        self._view = self.open_store(store)
        self.require_inspection = REQUIRE_INSPECTION.value()

    def work(self):
        return validate_store(self._view, self._view.layers(), progress=self.setProgress,
                              is_canceled=self.isCanceled, require_inspection=self.require_inspection)


class ChecksDock(DeminingPanel):
    def __init__(self, iface, session, controller, parent: Optional[QWidget] = None):
        super().__init__(translate("ChecksDock", "Checks"), "DeminingChecksDock", iface, session, parent)
        self.controller = controller
        self.findings: List[Finding] = []
        self._checked_store = None

        body = QWidget()
        layout = QVBoxLayout(body)
        tools = QHBoxLayout()
        self.run_button = QPushButton(QIcon(str(resource_path("icons", "checks.svg"))), translate(
            "ChecksDock", "Run checks"))
        self.run_button.setObjectName("ChecksRun")
        self.run_button.setToolTip(translate(
            "ChecksDock", "Check every layer of the store (geometry, released land, links, dates, "
                          "identifiers); nothing is changed."))
        self.run_button.clicked.connect(self.run_checks)
        self.fix_button = QPushButton(translate("ChecksDock", "Fix selected"))
        self.fix_button.setObjectName("ChecksFix")
        self.fix_button.setToolTip(translate(
            "ChecksDock", "Apply the safe fix of the selected findings (or of all findings of a "
                          "selected group) in one step; Undo Last Release takes it back."))
        self.fix_button.clicked.connect(self.fix_selected)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("ChecksGrouping")
        for label, key in GROUPINGS:
            self.group_combo.addItem(translate("ChecksDock", label), key)
        self.group_combo.currentIndexChanged.connect(self._fill)
        for widget in (self.run_button, self.fix_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.group_combo)
        layout.addLayout(tools)
        self.caption = QLabel(translate("ChecksDock", "Run the checks to list problems in the store."))
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.tree = QTreeWidget()
        self.tree.setObjectName("ChecksFindings")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([translate("ChecksDock", c) for c in COLUMNS])
        self.tree.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.AscendingOrder)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemDoubleClicked.connect(self._zoom_to_item)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.tree)
        self.setWidget(body)
        self.follow_store(self._on_store_changed)
        self._update_buttons()

    # -- running ---------------------------------------------------------------------------------
    def run_checks(self) -> Optional[ChecksTask]:
        store = self.session.store
        if store is None:
            notify_warning(self.iface, translate("ChecksDock", "Open or create a store first (Demining dock)."))
            return None
        if self.task is not None:
            return self.task
        task = ChecksTask(store, self._on_checked)
        self._checked_store = store
        self.run_button.setEnabled(False)
        self.caption.setText(translate("ChecksDock", "Checking {}…").format(store.name))
        self.run_task(task)
        return task

    @property
    def task(self) -> Optional[ChecksTask]:
        """The checks running in the background, or None."""
        return self._task

    def _on_checked(self, task: ChecksTask) -> None:
        self.task_ended()
        self.run_button.setEnabled(True)
        if task.error is not None:
            log.log_error(f"Checks failed: {task.error!r}")
            self.caption.setText(translate("ChecksDock", "The checks failed: {}").format(task.error))
            return
        if task.result is None:
            self.caption.setText(translate("ChecksDock", "Checks cancelled."))
            return
        self.show_findings(task.result)

    def show_findings(self, findings: List[Finding]) -> None:
        self.findings = list(findings)
        errors = sum(1 for f in self.findings if f.severity == "error")
        fixable = sum(1 for f in self.findings if f.fix)
        if not self.findings:
            self.caption.setText(translate("ChecksDock", "No problems found."))
        else:
            self.caption.setText(translate(
                "ChecksDock", "{n} findings: {e} errors, {w} warnings; {f} with a safe fix.").format(
                n=len(self.findings), e=errors, w=len(self.findings) - errors, f=fixable))
        self._fill()

    def _fill(self) -> None:
        key = self.group_combo.currentData() or "severity"
        groups: Dict[str, List[Finding]] = {}
        for finding in self.findings:
            groups.setdefault(getattr(finding, key), []).append(finding)
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        for value, members in groups.items():
            title = _rule_title(value) if key == "rule" else (
                translated(LAYERS_BY_NAME[value].title) if key == "layer" else _severity_label(value))
            group = QTreeWidgetItem([f"{title} ({len(members)})"])
            group.setFirstColumnSpanned(True)
            group.setData(0, Qt.UserRole, None)
            group.setData(0, Qt.UserRole + 1, f"{key}:{value}")
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for finding in members:
                item = QTreeWidgetItem([_severity_label(finding.severity), finding.layer, finding.feature_id,
                                        _rule_title(finding.rule), finding.message])
                item.setData(0, Qt.UserRole, self.findings.index(finding))
                item.setForeground(0, QBrush(_COLOURS.get(finding.severity, QColor("black"))))
                item.setToolTip(4, finding.message + (
                    "\n" + translate(
                        "ChecksDock", "Safe fix: {}").format(finding.fix.replace("_", " ")) if finding.fix else ""))
                group.addChild(item)
            group.setExpanded(len(groups) <= 3)
            group.setFirstColumnSpanned(True)
        self.tree.setSortingEnabled(True)
        for column in range(len(COLUMNS) - 1):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    # -- selection, zoom and fixes ------------------------------------------------------------------
    def selected_findings(self) -> List[Finding]:
        chosen = []
        for item in self.tree.selectedItems():
            index = item.data(0, Qt.UserRole)
            if index is None:  # a group: all its findings
                chosen.extend(self.findings[item.child(k).data(0, Qt.UserRole)] for k in range(item.childCount()))
            else:
                chosen.append(self.findings[index])
        return list({id(f): f for f in chosen}.values())

    def _update_buttons(self) -> None:
        self.fix_button.setEnabled(any(f.fix for f in self.selected_findings()))

    def _zoom_to_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, Qt.UserRole)
        if index is not None:
            self.zoom_to(self.findings[index])

    def zoom_to(self, finding: Finding) -> bool:
        store = self._checked_store or self.session.store
        rect = QgsRectangle(finding.extent) if finding.extent is not None else None
        if rect is None and finding.location is not None:
            rect = QgsRectangle(finding.location, finding.location)
        if store is None or rect is None:
            notify_warning(self.iface, translate(
                "ChecksDock", "{} has no place on the map.").format(finding.feature_id))
            return False
        crs = store.crs
        pad = _POINT_VIEW_M / 111_000.0 if crs.isGeographic() else _POINT_VIEW_M
        rect.grow(max(pad, 0.1 * max(rect.width(), rect.height())))
        canvas = self.iface.mapCanvas()
        try:
            to_canvas = QgsCoordinateTransform(crs, canvas.mapSettings().destinationCrs(), QgsProject.instance())
            rect = to_canvas.transformBoundingBox(rect)
        except Exception as error:  # noqa: BLE001 (a finding far outside the canvas CRS's area)
            notify_warning(self.iface, translate(
                "ChecksDock", "Cannot show {} on this map: {}").format(finding.feature_id, error))
            return False
        canvas.setExtent(rect)
        canvas.refresh()
        return True

    def fix_selected(self) -> int:
        """Apply the safe fixes of the selected findings; returns how many were fixed."""
        store = self.session.store
        findings = [f for f in self.selected_findings() if f.fix]
        if store is None or not findings:
            notify_warning(self.iface, translate("ChecksDock", "Select findings that have a safe fix."))
            return 0
        fixed = 0
        with reported_errors(self.iface, translate(
            "ChecksDock", "Fixing {} findings").format(len(findings))) as outcome:
            layers = {layer.customProperty(LAYER_PROPERTY): layer for layer in self.session.store_layers()}
            changes, notes = fix_changes(store, findings, {k: v for k, v in layers.items() if k})
            if changes.is_empty():
                notify_warning(self.iface, " ".join(notes) or translate("ChecksDock", "Nothing to fix."))
                return 0
            undo = store.apply(changes)
            fixed = len(findings) - len(notes)
            text = translate("ChecksDock", "Fixed {n} findings ({rules})").format(
                n=fixed, rules=", ".join(sorted({_rule_title(f.rule) for f in findings})))
            self.controller.push_applied(store, [undo], text)
            notify_success(self.iface, text + ("; " + " ".join(notes) if notes else ""))
        if outcome.ok:
            self.run_checks()
        return fixed

    # -- life cycle ------------------------------------------------------------------------------------
    def _on_store_changed(self) -> None:
        if self.session.store is not self._checked_store:
            self.findings = []
            self.tree.clear()
            self.caption.setText(translate("ChecksDock", "Run the checks to list problems in the store."))

