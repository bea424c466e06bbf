"""The Review panel (issue 17, point 3): the submissions waiting for review, with who sent them,
when, what and how many, their warnings and a map preview; a data manager approves or rejects
them here. A thin caller of ``core.store.submissions`` (``demining:review`` does the same)."""

from typing import Optional

from qgis.core import QgsFeature, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.store.submissions import PENDING, review, submission_geometries, submissions
from .base_panel import DeminingPanel
from .notify import notify_success, notify_warning, reported_errors

translate = QCoreApplication.translate


class ReviewDock(DeminingPanel):
    COLUMNS = (QT_TRANSLATE_NOOP("ReviewDock", "Submission"), QT_TRANSLATE_NOOP("ReviewDock", "When"),
               QT_TRANSLATE_NOOP("ReviewDock", "Who"), QT_TRANSLATE_NOOP("ReviewDock", "What"),
               QT_TRANSLATE_NOOP("ReviewDock", "Rows"), QT_TRANSLATE_NOOP("ReviewDock", "Warnings"))

    def __init__(self, iface=None, session=None, parent: Optional[QWidget] = None):
        super().__init__(translate("ReviewDock", "Review"), "DeminingReviewDock", iface, session, parent)
        self.preview_layer: Optional[QgsVectorLayer] = None
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
            cells = (item.submission_id, str(item.submitted_at)[:19], item.submitted_by, item.summary or item.kind,
                     rows, "; ".join(item.warnings))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.status.setText(translate("ReviewDock", "{n} submissions wait for review.").format(n=len(pending))
                            if store is not None else translate("ReviewDock", "No store open."))

    def selected(self) -> Optional[str]:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).text() if rows else None

    def _decide(self, approve: bool) -> bool:
        submission, store = self.selected(), self.session_store()
        if submission is None or store is None:
            notify_warning(self.iface, translate("ReviewDock", "Select a submission first."))
            return False
        with reported_errors(self.iface, translate("ReviewDock", "Reviewing {}").format(submission)) as outcome:
            review(store, submission, approve, self.reason.text())
        if outcome.ok:
            notify_success(self.iface, (translate("ReviewDock", "{} approved and stored.") if approve else
                                        translate("ReviewDock", "{} rejected.")).format(submission))
            self.reason.clear()
            self._drop_preview()
            if hasattr(self.session, "request_figures"):
                self.session.request_figures()
            for layer in QgsProject.instance().mapLayers().values():
                if isinstance(layer, QgsVectorLayer):
                    layer.triggerRepaint()
        self.refresh()
        return outcome.ok

    def approve_selected(self) -> bool:
        return self._decide(True)

    def reject_selected(self) -> bool:
        return self._decide(False)

    def preview_selected(self) -> Optional[QgsVectorLayer]:
        submission, store = self.selected(), self.session_store()
        if submission is None or store is None:
            notify_warning(self.iface, translate("ReviewDock", "Select a submission first."))
            return None
        with reported_errors(self.iface, translate("ReviewDock", "Showing {}").format(submission)) as outcome:
            crs, geometries = submission_geometries(store, submission)
        if not outcome.ok or not geometries:
            return None
        self._drop_preview()
        kind = QgsWkbTypes.displayString(geometries[0].wkbType())
        layer = QgsVectorLayer(f"{kind}?crs={crs.authid()}", translate("ReviewDock", "Submission {} (preview)").format(
            submission), "memory")
        features = []
        for geometry in geometries:
            feature = QgsFeature()
            feature.setGeometry(geometry)
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        QgsProject.instance().addMapLayer(layer)
        self.preview_layer = layer
        if self.iface is not None and self.iface.mapCanvas() is not None:
            self.iface.mapCanvas().setExtent(self.iface.mapCanvas().mapSettings().layerExtentToOutputExtent(
                layer, layer.extent()))
            self.iface.mapCanvas().refresh()
        return layer

    def _drop_preview(self) -> None:
        if self.preview_layer is not None:
            try:
                QgsProject.instance().removeMapLayer(self.preview_layer.id())
            except RuntimeError:
                pass  # already removed with the project
            self.preview_layer = None

    def teardown(self) -> None:
        self._drop_preview()
        super().teardown()
