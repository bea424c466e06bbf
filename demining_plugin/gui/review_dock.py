"""The Review panel (issue 17, point 3): the submissions waiting for review, with who sent them,
when, what and how many, their warnings and a map preview; a data manager approves or rejects
them here. A thin caller of ``core.store.submissions`` (``demining:review`` does the same).

A decision runs as a ``ReviewTask`` in a worker thread (an approval merges a field package or
releases land, which takes a while): the store's layers it reads are opened here, in the main
thread, and every write goes through the store's own connection (GDAL on a GeoPackage,
psycopg2 on PostGIS). The panel says it is busy meanwhile, and the project's layers are
reloaded once the task has finished."""

from typing import Dict, List, Optional

from qgis.core import QgsFeature, QgsProject, QgsTask, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.store.submissions import PENDING, review, submission_geometries, submissions
from ..settings import configured_team_distance_m
from .base_panel import DeminingPanel
from .notify import notify_exception, notify_success, notify_warning, reported_errors
from .tasks import BackgroundTask

translate = QCoreApplication.translate


class ReviewTask(BackgroundTask):
    """Approves or rejects one submission in a worker thread (see ``gui/tasks.py``); an approval
    reads the store's layers opened here, in the main thread. Not cancellable: a decision is one
    transaction, done or not done."""

    def __init__(self, store, submission: str, approve: bool, reason: str, on_finished):
        text = translate("ReviewDock", "Approving {}") if approve else translate("ReviewDock", "Rejecting {}")
        super().__init__(text.format(submission), on_finished, QgsTask.Flags())
        self.store, self.submission, self.approve, self.reason = store, submission, approve, reason
        self.max_team_distance_m = configured_team_distance_m()
        self._view = self.open_store(store) if approve else None

    def work(self):
        if self._view is None:
            return review(self.store, self.submission, False, self.reason)
        return review(self._view, self.submission, True, self.reason, layers=self._view.layers(),
                      max_team_distance_m=self.max_team_distance_m)


def _feature_of(geometry) -> QgsFeature:
    feature = QgsFeature()
    feature.setGeometry(geometry)
    return feature


class ReviewDock(DeminingPanel):
    COLUMNS = (QT_TRANSLATE_NOOP("ReviewDock", "Submission"), QT_TRANSLATE_NOOP("ReviewDock", "When"),
               QT_TRANSLATE_NOOP("ReviewDock", "Who"), QT_TRANSLATE_NOOP("ReviewDock", "What"),
               QT_TRANSLATE_NOOP("ReviewDock", "Rows"), QT_TRANSLATE_NOOP("ReviewDock", "Warnings"))

    def __init__(self, iface=None, session=None, parent: Optional[QWidget] = None):
        super().__init__(translate("ReviewDock", "Review"), "DeminingReviewDock", iface, session, parent)
        self.preview_layers: List[QgsVectorLayer] = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.table = QTableWidget(0, len(self.COLUMNS), body)
        self.table.setObjectName("reviewTable")
        self.table.setHorizontalHeaderLabels([translate("ReviewDock", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        layout.addWidget(self.table, 1)
        # The selected submission in full: its row is wider than the panel.
        self.details = QLabel(body)
        self.details.setObjectName("reviewDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.listen(self.table.itemSelectionChanged, self.show_details)
        self.reason = QLineEdit(body)
        self.reason.setObjectName("reviewReason")
        self.reason.setPlaceholderText(translate("ReviewDock", "Reason (needed to reject)"))
        layout.addWidget(self.reason)
        buttons = QHBoxLayout()
        self.preview_button = self.push_button("reviewPreview", translate("ReviewDock", "Show on map"),
                                               translate("ReviewDock", "Show what the submission would add"),
                                               self.preview_selected)
        self.approve_button = self.push_button("reviewApprove", translate("ReviewDock", "Approve"),
                                               translate("ReviewDock", "Store the submission in the baseline now"),
                                               self.approve_selected)
        self.reject_button = self.push_button("reviewReject", translate("ReviewDock", "Reject"),
                                              translate("ReviewDock", "Reject the submission, keeping the reason"),
                                              self.reject_selected)
        refresh = self.push_button("reviewRefresh", translate("ReviewDock", "Refresh"),
                                   translate("ReviewDock", "List the pending submissions again"), self.refresh)
        for button in (self.preview_button, self.approve_button, self.reject_button, refresh):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.status = self.status_line("reviewStatus")
        layout.addWidget(self.status)
        self.setWidget(body)
        if session is not None:
            self.follow_store(self.refresh)
        # Listed again when shown: a submission may have come in meanwhile.
        self.listen(self.visibilityChanged, lambda visible: self.refresh() if visible else None)
        self.refresh()

    def refresh(self) -> None:
        store = self.session_store()
        pending = []
        if store is not None:
            with reported_errors(self.iface, translate("ReviewDock", "Listing the submissions of {}").format(
                    store.name)):
                pending = submissions(store, PENDING)
        self.table.setRowCount(len(pending))
        for row, item in enumerate(pending):
            rows = ", ".join(f"{layer}: {n}" for layer, n in sorted(item.counts.items()))
            cells = (item.submission_id, str(item.submitted_at)[:19].replace("T", " "), item.submitted_by,
                     item.summary or item.kind,
                     rows, " ".join(item.warnings))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.show_details()
        if self._task is not None:
            self.status.setText(self._task.description() + "…")
        else:
            self.status.setText(self._waiting(len(pending)) if store is not None
                                else translate("ReviewDock", "No store open."))
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(self._task is None)

    def show_details(self) -> None:
        """What the selected submission holds, one line per column after its author."""
        rows = self.table.selectionModel().selectedRows()
        lines = []
        if rows:
            for column in range(3, len(self.COLUMNS)):
                cell = self.table.item(rows[0].row(), column)
                if cell is not None and cell.text():
                    lines.append(translate("ReviewDock", "{label}: {text}").format(
                        label=translate("ReviewDock", self.COLUMNS[column]), text=cell.text()))
        self.details.setText("\n".join(lines))

    @staticmethod
    def _waiting(count: int) -> str:
        if count == 1:
            return translate("ReviewDock", "One submission waits for review.")
        return translate("ReviewDock", "{n} submissions wait for review.").format(n=count)

    def selected(self) -> Optional[str]:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).text() if rows else None

    @property
    def busy(self) -> bool:
        """True while a decision runs in the background."""
        return self._task is not None

    def _decide(self, approve: bool) -> Optional[ReviewTask]:
        """Start deciding the selected submission in the background; the task, or None when
        nothing was started (nothing selected, no reason to reject, a decision already running)."""
        submission, store = self.selected(), self.session_store()
        if submission is None or store is None:
            notify_warning(self.iface, translate("ReviewDock", "Select a submission first."))
            return None
        if self._task is not None:
            notify_warning(self.iface, translate("ReviewDock", "Wait until {} is done.").format(
                self._task.description()))
            return None
        reason = self.reason.text()
        if not approve and not reason.strip():
            notify_warning(self.iface, translate("ReviewDock", "Say why {} is rejected (Reason).").format(submission))
            return None
        with reported_errors(self.iface, translate("ReviewDock", "Reviewing {}").format(submission)) as outcome:
            task = ReviewTask(store, submission, approve, reason, self._on_decided)
        if not outcome.ok:
            return None
        self.run_task(task)
        self.refresh()
        return task

    def _on_decided(self, task: ReviewTask) -> None:
        self.task_ended()
        if sip.isdeleted(self):
            return
        if task.error is not None:
            notify_exception(self.iface, task.error, translate("ReviewDock", "Reviewing {}").format(task.submission))
        else:
            notify_success(self.iface, (translate("ReviewDock", "{} approved and stored.") if task.approve else
                                        translate("ReviewDock", "{} rejected.")).format(task.submission))
            self.reason.clear()
            self._drop_preview()
            if task.approve:
                self._reload_layers()
        self.refresh()

    def _reload_layers(self) -> None:
        """The project's layers show what the approval stored; the figures follow."""
        layers = self.session.store_layers() if hasattr(self.session, "store_layers") else []
        for layer in layers:
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
        if hasattr(self.session, "request_figures"):
            self.session.request_figures()

    def approve_selected(self) -> Optional[ReviewTask]:
        return self._decide(True)

    def reject_selected(self) -> Optional[ReviewTask]:
        return self._decide(False)

    def preview_selected(self) -> Optional[QgsVectorLayer]:
        """Show what the selected submission would add, one layer per kind of geometry (points
        and polygons for a field merge); returns the first of them."""
        submission, store = self.selected(), self.session_store()
        if submission is None or store is None:
            notify_warning(self.iface, translate("ReviewDock", "Select a submission first."))
            return None
        with reported_errors(self.iface, translate("ReviewDock", "Showing {}").format(submission)) as outcome:
            crs, geometries = submission_geometries(store, submission)
        if not outcome.ok or not geometries:
            return None
        self._drop_preview()
        by_kind: Dict[str, List] = {}
        for geometry in geometries:
            by_kind.setdefault(QgsWkbTypes.displayString(geometry.wkbType()), []).append(geometry)
        title = translate("ReviewDock", "Submission {} (preview)").format(submission)
        # Polygons first, so that the points added after them are drawn above them.
        for kind, shapes in sorted(by_kind.items(), key=lambda entry: -entry[1][0].type()):
            layer = QgsVectorLayer(f"{kind}?crs={crs.authid()}", title, "memory")
            layer.dataProvider().addFeatures([_feature_of(geometry) for geometry in shapes])
            layer.updateExtents()
            if layer.geometryType() == QgsWkbTypes.PolygonGeometry:
                layer.setOpacity(0.6)  # the map under the land it would release stays readable
            QgsProject.instance().addMapLayer(layer)
            self.preview_layers.append(layer)
        extent = None
        for layer in self.preview_layers:
            if extent is None:
                extent = layer.extent()
            else:
                extent.combineExtentWith(layer.extent())
        if self.iface is not None and self.iface.mapCanvas() is not None:
            canvas = self.iface.mapCanvas()
            canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(self.preview_layers[0], extent))
            canvas.refresh()
        return self.preview_layer

    @property
    def preview_layer(self) -> Optional[QgsVectorLayer]:
        return self.preview_layers[0] if self.preview_layers else None

    def _drop_preview(self) -> None:
        layers, self.preview_layers = self.preview_layers, []
        for layer in layers:
            try:
                QgsProject.instance().removeMapLayer(layer.id())
            except RuntimeError:
                pass  # already removed with the project

    def teardown(self) -> None:
        self._drop_preview()
        super().teardown()
