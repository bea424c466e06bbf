"""PostGIS stores in the GUI: opening one by its location, and the edit history of the
selected feature (who changed what and when, as the store's audit triggers recorded it).

A thin caller: the saved connections, the history and its words come from core/store
(``postgis_sql.saved_locations``, ``ProjectStore.history``, ``history.history_rows``)."""

from typing import Dict, List, Optional

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.errors import StoreError
from ..core.model.schema import layer_def
from ..core.store import open_store
from ..core.store.history import history_rows
from ..core.store.location import LAYER_PROPERTY, STORE_PROPERTY
from ..core.store.postgis_sql import saved_locations
from .notify import notify_warning, reported_errors

translate = QCoreApplication.translate


class FeatureHistoryDialog(QDialog):
    """The recorded changes of one feature, oldest first."""

    COLUMNS = (QT_TRANSLATE_NOOP("FeatureHistory", "When"), QT_TRANSLATE_NOOP("FeatureHistory", "Who"),
               QT_TRANSLATE_NOOP("FeatureHistory", "Application"), QT_TRANSLATE_NOOP("FeatureHistory", "What"),
               QT_TRANSLATE_NOOP("FeatureHistory", "Changes"))

    def __init__(self, title: str, entries: List, parent=None, labels: Optional[Dict[str, str]] = None):
        super().__init__(parent)
        self.setObjectName("DeminingFeatureHistoryDialog")
        self.setWindowTitle(translate("FeatureHistory", "Feature history"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.table = QTableWidget(len(entries), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("FeatureHistory", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for row, cells in enumerate(history_rows(entries, labels)):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignLeft | Qt.AlignTop)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(len(self.COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PostgisController(QObject):
    """The "Open PostGIS Store…" and "Feature History…" commands."""

    def __init__(self, iface, session, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.session = session
        self.dialog: Optional[FeatureHistoryDialog] = None

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("PostgisController", text)

    def open_postgis_dialog(self) -> bool:
        """Ask for a PostGIS location (saved QGIS connections offered) and open it."""
        choices = saved_locations() or ["pg:service=<service> schema=demining"]
        location, ok = QInputDialog.getItem(
            self.iface.mainWindow(), self.tr("Open PostGIS store"),
            self.tr("PostGIS store (a saved connection, pg:service=… or postgresql://…?schema=…):"),
            choices, 0, True)
        if not ok or not location.strip():
            return False
        return self.session.open_store_at(location.strip())

    def show_selected(self) -> Optional[FeatureHistoryDialog]:
        """The history of the one selected feature of the active store layer."""
        layer = self.iface.activeLayer()
        layer_name = layer.customProperty(LAYER_PROPERTY, "") if isinstance(layer, QgsVectorLayer) else ""
        if not layer_name:
            notify_warning(self.iface, self.tr("Select one feature of a Demining store layer first."))
            return None
        selected = layer.selectedFeatures()
        if len(selected) != 1:
            notify_warning(self.iface, self.tr("Select exactly one feature of {} to see its history ({} are "
                                               "selected).").format(layer.name(), len(selected)))
            return None
        definition = layer_def(layer_name)
        identifier = selected[0][definition.id_field]
        location = layer.customProperty(STORE_PROPERTY, "")
        entries = None
        with reported_errors(self.iface, self.tr("Reading the history of {}").format(identifier)):
            store = self.session.store if self.session.store is not None and \
                self.session.store.location == location else open_store(location)
            try:
                entries = store.history(layer_name, identifier)
            except StoreError as error:
                notify_warning(self.iface, str(error))
                return None
        if entries is None:
            return None
        title = self.tr("{layer} {identifier}: {count} recorded changes in {store}").format(
            layer=layer.name(), identifier=identifier, count=len(entries), store=store.name)
        self.close_dialog()
        labels = {field.name(): layer.attributeDisplayName(index) for index, field in enumerate(layer.fields())}
        self.dialog = FeatureHistoryDialog(title, entries, self.iface.mainWindow(), labels)
        self.dialog.show()
        return self.dialog

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def teardown(self) -> None:
        self.close_dialog()
