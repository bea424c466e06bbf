"""The column mapping dialog of an import: which column feeds which field, how positions
are read, with the first rows of the file shown as they are.

It only collects choices; ``core.imports.engine`` does the reading, checking and writing.
"""

from typing import Dict, List, Optional

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import imports as importers
from ..core.imports import MINE_MAP, ImportOptions, MineMapDetails
from ..core.imports.tables import SourceTable
from ..settings import configured_team_distance_m
from .date_edit import day_edit
from .formatting import unit_suffix

translate = QCoreApplication.translate

PREVIEW_ROWS = 20
NOT_USED = ""


TITLES = {
    importers.MINE_MAP: QT_TRANSLATE_NOOP("ImportDialog", "Import mine map"),
    importers.DETECTIONS: QT_TRANSLATE_NOOP("ImportDialog", "Import items found"),
    importers.ACCIDENTS: QT_TRANSLATE_NOOP("ImportDialog", "Import accidents"),
}
MODE_LABELS = {
    "auto": QT_TRANSLATE_NOOP("ImportDialog", "Automatic"),
    "latlon": QT_TRANSLATE_NOOP("ImportDialog", "Latitude / longitude columns"),
    "xy": QT_TRANSLATE_NOOP("ImportDialog", "X / Y columns in a CRS"),
    "mgrs": QT_TRANSLATE_NOOP("ImportDialog", "MGRS column"),
    "geometry": QT_TRANSLATE_NOOP("ImportDialog", "The file's own geometry"),
}


class ImportDialog(QDialog):
    """Mapping table (target field <- source column) with a preview of the first rows."""

    def __init__(
        self,
        kind: str,
        table: SourceTable,
        mapping: Dict[str, Optional[str]],
        record_ids: Optional[List[str]] = None,
        parent: Optional[QWidget] = None,
    ):
        super().__init__(parent)
        self.kind = kind
        self.table = table
        self.setObjectName("DeminingImportDialog")
        self.setWindowTitle(translate("ImportDialog", TITLES[kind]))
        self.resize(980, 720)
        layout = QVBoxLayout(self)

        rows_word = translate(
            "ImportDialog", "features") if table.row_label == "feature" else translate("ImportDialog", "rows")
        summary = QLabel(
            translate("ImportDialog", "<b>{0}</b> ({1}): {2} {3}, {4} columns.").format(
                table.path.name, table.format, len(table), rows_word, len(table.columns)
            )
        )
        summary.setObjectName("summary")
        layout.addWidget(summary)

        top = QHBoxLayout()
        layout.addLayout(top)
        top.addWidget(self._coordinates_box(), 1)
        if kind == MINE_MAP:
            top.addWidget(self._record_box(record_ids or []), 1)

        mapping_box = QGroupBox(translate("ImportDialog", "Columns"))
        mapping_layout = QVBoxLayout(mapping_box)
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels([translate(
            "ImportDialog", "Field"), translate("ImportDialog", "Source column")])
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.combos: Dict[str, QComboBox] = {}
        for target in importers.targets_of(kind):
            row = self.mapping_table.rowCount()
            self.mapping_table.insertRow(row)
            item = QTableWidgetItem(importers.target_label(target))
            item.setFlags(Qt.ItemIsEnabled)
            item.setData(Qt.UserRole, target)
            self.mapping_table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"column_{target}")
            combo.addItem(translate("ImportDialog", "(not used)"), NOT_USED)
            for column in table.columns:
                combo.addItem(column, column)
            chosen = mapping.get(target)
            if chosen:
                combo.setCurrentIndex(combo.findData(chosen))
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos[target] = combo
        mapping_layout.addWidget(self.mapping_table)

        preview_box = QGroupBox(translate("ImportDialog", "First rows of the file"))
        preview_layout = QVBoxLayout(preview_box)
        shown = min(PREVIEW_ROWS, len(table))
        self.preview = QTableWidget(shown, len(table.columns))
        self.preview.setObjectName("preview")
        self.preview.setHorizontalHeaderLabels(table.columns)
        self.preview.setVerticalHeaderLabels([str(n) for n in table.row_numbers[:shown]])
        self.preview.setEditTriggers(QTableWidget.NoEditTriggers)
        for r in range(shown):
            for c, value in enumerate(table.rows[r]):
                self.preview.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.preview.resizeColumnsToContents()
        preview_layout.addWidget(self.preview)

        middle = QHBoxLayout()
        middle.addWidget(mapping_box, 2)
        middle.addWidget(preview_box, 3)
        layout.addLayout(middle, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(translate("ImportDialog", "Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._mode_changed()

    # -- parts -------------------------------------------------------------------------
    def _coordinates_box(self) -> QGroupBox:
        box = QGroupBox(translate("ImportDialog", "Positions and checks"))
        form = QFormLayout(box)
        self.mode = QComboBox()
        self.mode.setObjectName("mode")
        for mode in importers.COORDINATE_MODES:
            if mode == "geometry" and not self.table.has_geometry:
                continue
            self.mode.addItem(translate("ImportDialog", MODE_LABELS[mode]), mode)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        form.addRow(translate("ImportDialog", "Coordinates"), self.mode)
        self.crs = QgsProjectionSelectionWidget()
        self.crs.setObjectName("xyCrs")
        self.crs.setCrs(QgsCoordinateReferenceSystem("EPSG:32638"))
        form.addRow(translate("ImportDialog", "CRS of x / y"), self.crs)
        self.zone = QSpinBox()
        self.zone.setObjectName("utmZone")
        self.zone.setRange(0, 60)
        self.zone.setSpecialValueText(translate("ImportDialog", "no check"))
        form.addRow(translate("ImportDialog", "Expected UTM zone"), self.zone)
        self.duplicate = QDoubleSpinBox()
        self.duplicate.setObjectName("duplicateM")
        self.duplicate.setRange(0, 100)
        self.duplicate.setDecimals(2)
        self.duplicate.setSuffix(unit_suffix("m"))
        self.duplicate.setValue(importers.DUPLICATE_M)
        form.addRow(translate("ImportDialog", "Same position within"), self.duplicate)
        self.use_extent = QCheckBox(translate("ImportDialog", "Refuse rows outside the store's districts"))
        self.use_extent.setObjectName("useDistricts")
        self.use_extent.setChecked(True)
        form.addRow("", self.use_extent)
        # The district polygons decide, with this much to spare for GPS error and coarse boundaries.
        self.district_tolerance = QDoubleSpinBox()
        self.district_tolerance.setObjectName("districtToleranceM")
        self.district_tolerance.setRange(0, 50_000)
        self.district_tolerance.setDecimals(0)
        self.district_tolerance.setSingleStep(100)
        self.district_tolerance.setSuffix(unit_suffix("m"))
        self.district_tolerance.setValue(importers.DISTRICT_TOLERANCE_M)
        self.district_tolerance.setToolTip(translate(
            "ImportDialog", "Rows further than this from every district of the store are refused."))
        self.use_extent.toggled.connect(self.district_tolerance.setEnabled)
        form.addRow(translate("ImportDialog", "Outside the districts by up to"), self.district_tolerance)
        return box

    def _record_box(self, record_ids: List[str]) -> QGroupBox:
        box = QGroupBox(translate("ImportDialog", "Minefield record"))
        form = QFormLayout(box)
        self.record = QComboBox()
        self.record.setObjectName("record")
        self.record.addItem(translate("ImportDialog", "New record"), "")
        for record_id in record_ids:
            self.record.addItem(record_id, record_id)
        form.addRow(translate("ImportDialog", "Add to"), self.record)
        self.source = QLineEdit()
        self.source.setObjectName("source")
        self.source.setPlaceholderText(translate("ImportDialog", "e.g. map handed over on 12 June 2021"))
        form.addRow(translate("ImportDialog", "Source"), self.source)
        self.received = day_edit(name="receivedOn")
        form.addRow(translate("ImportDialog", "Received on"), self.received)
        self.claims = {}
        for name, label in (
            ("claimed_ap", translate("ImportDialog", "Claimed AP mines")),
            ("claimed_at", translate("ImportDialog", "Claimed AT mines")),
            ("claimed_total", translate("ImportDialog", "Claimed mines in total")),
        ):
            spin = QSpinBox()
            spin.setObjectName(name)
            spin.setRange(-1, 10_000_000)
            spin.setValue(-1)
            spin.setSpecialValueText(translate("ImportDialog", "count the imported mines"))
            form.addRow(label, spin)
            self.claims[name] = spin
        return box

    def _mode_changed(self) -> None:
        mode = self.mode.currentData()
        self.crs.setEnabled(mode in ("xy", "auto"))
        for target, combo in self.combos.items():
            wanted = {"latlon": ("lat", "lon"), "xy": ("x", "y"), "mgrs": ("mgrs",), "geometry": ()}.get(mode)
            if target in importers.COORDINATE_TARGETS:
                combo.setEnabled(wanted is None or target in wanted)

    # -- what was chosen -----------------------------------------------------------------
    def mapping(self) -> Dict[str, Optional[str]]:
        return {target: (combo.currentData() or None) for target, combo in self.combos.items()}

    def options(self) -> ImportOptions:
        crs = self.crs.crs()
        return ImportOptions(
            mode=self.mode.currentData(),
            xy_crs=(crs.authid() or crs.toWkt()) if crs.isValid() else None,
            expected_zone=self.zone.value() or None,
            use_store_extent=self.use_extent.isChecked(),
            district_tolerance_m=self.district_tolerance.value(),
            duplicate_m=self.duplicate.value(),
            mapping=self.mapping(),
            max_team_distance_m=configured_team_distance_m(),
        )

    def details(self) -> Optional[MineMapDetails]:
        if self.kind != MINE_MAP:
            return None
        details = MineMapDetails(
            source=self.source.text().strip(),
            received_on=self.received.date().toPyDate(),
            record_id=self.record.currentData() or None,
        )
        for name, spin in self.claims.items():
            setattr(details, name, spin.value() if spin.value() >= 0 else None)
        return details
