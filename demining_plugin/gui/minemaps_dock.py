"""The "Mine maps" dock: each supplied minefield record of the store with its source,
date received, claimed counts, mapped mines and how accurate it proved (recall,
precision, offset, rotation, RMSE before and after the fit), computed in a background
``QgsTask`` by ``core.records.accuracy``. Double-click zooms to a record; the offsets can be drawn
on the map as arrows, and the corrected records added to the project as a layer.

Only mapped mines in land cleared so far are judged: elsewhere nobody has looked yet.
"""

import math
from typing import Dict, List, Optional

from qgis.core import (
    QgsArrowSymbolLayer,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QVariant
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.geo.crs import wgs84
from ..core.locale_format import format_number
from ..core.model.values import is_null
from ..core.records.accuracy import AccuracyResult, mine_map_accuracy
from ..core.records.fit import FIT_NONE
from .base_panel import DeminingPanel
from .formatting import unit_suffix
from .notify import notify_exception, notify_success, notify_warning
from .tasks import BackgroundTask

translate = QCoreApplication.translate
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
#: Offsets of a few metres on records a kilometre long: arrows drawn this many times longer.
ARROW_EXAGGERATION = 50
#: Custom property marking the layers this dock adds (replaced, not duplicated, when redrawn).
OUTPUT_PROPERTY = "demining/minemaps"


#: Fields of a minefield record the panel lists.
_RECORD_FIELDS = ("record_id", "source", "received_on", "claimed_ap", "claimed_at", "claimed_total")


def read_records(layer) -> Dict[str, dict]:
    """The listed fields and bounding box of every minefield record of ``layer``, by record id."""
    records = {}
    for feature in layer.getFeatures():
        values = {name: feature[name] for name in _RECORD_FIELDS}
        for name, value in values.items():
            if is_null(value):
                values[name] = None
        values["bbox"] = feature.geometry().boundingBox() if feature.hasGeometry() else None
        records[str(values["record_id"])] = values
    return records


class AccuracyOutcome:
    """What the panel shows: the records, and how they proved (None when nothing to judge)."""

    def __init__(self, records: Dict[str, dict], records_crs, mapped: int, found: int,
                 accuracy: Optional[AccuracyResult]):
        self.records = records
        self.records_crs = records_crs
        self.mapped = mapped
        self.found = found
        self.accuracy = accuracy


class AccuracyTask(BackgroundTask):
    """The records and ``mine_map_accuracy`` of a store in a worker thread.

    The layers are opened here, in the main thread, and let go in ``finished()`` (see
    ``gui/tasks.py``); ``run()`` reads the records from them and the mines through GDAL's
    own columnar reader, so opening a store never waits for 189,000 mapped mines.
    """

    LAYERS = ("mapped_mines", "detections", "minefield_records", "cleared_areas")

    def __init__(self, store, tolerance: float, on_finished=None):
        super().__init__(translate("MineMapsDock", "Mine map accuracy of {}").format(store.name), on_finished)
        self.store = store
        self.tolerance = tolerance
        self._view = self.open_store(store, self.LAYERS)
        # Counted now, where the provider's count is cheap, and before the subset below: on a
        # GeoPackage it leaves the other layers of the file with an unknown (-1) count.
        self._counts = [self._view.layer(name).featureCount() for name in ("mapped_mines", "detections")]
        self._view.layer("cleared_areas").setSubsetString("release_method = 'cleared'")

    def work(self) -> AccuracyOutcome:
        view = self._view
        records_layer = view.layer("minefield_records")
        records = read_records(records_layer)
        self.setProgress(2)
        mapped, found = self._counts
        accuracy = None
        if mapped and found:
            accuracy = mine_map_accuracy(view.layer("mapped_mines"), view.layer("detections"), records_layer,
                                         view.layer("cleared_areas"), tolerance=self.tolerance,
                                         progress=self.setProgress, is_canceled=self.isCanceled)
        return AccuracyOutcome(records, records_layer.crs(), mapped, found, accuracy)


class _Item(QTableWidgetItem):
    """Shows text, sorts by value (empty values last)."""

    def __init__(self, text: str, value=None, right: bool = True):
        super().__init__(text)
        self.setData(Qt.UserRole, value)
        if right:
            self.setTextAlignment(_RIGHT)
        self.setFlags(self.flags() & ~Qt.ItemIsEditable)

    def __lt__(self, other):
        a, b = self.data(Qt.UserRole), other.data(Qt.UserRole)
        if a is None or b is None:
            return (a is None) > (b is None)
        return a < b


class MineMapsDock(DeminingPanel):
    COLUMNS = (QT_TRANSLATE_NOOP("MineMapsDock", "Record"), QT_TRANSLATE_NOOP("MineMapsDock", "Recall"),
               QT_TRANSLATE_NOOP("MineMapsDock", "Precision"),
               QT_TRANSLATE_NOOP("MineMapsDock", "Offset (m): total (east, north)"),
               QT_TRANSLATE_NOOP("MineMapsDock", "Rotation (°)"),
               QT_TRANSLATE_NOOP("MineMapsDock", "RMSE before (m)"),
               QT_TRANSLATE_NOOP("MineMapsDock", "RMSE after (m)"), QT_TRANSLATE_NOOP("MineMapsDock", "Judged"),
               QT_TRANSLATE_NOOP("MineMapsDock", "Mapped"), QT_TRANSLATE_NOOP("MineMapsDock", "Claimed AP"),
               QT_TRANSLATE_NOOP("MineMapsDock", "Claimed AT"), QT_TRANSLATE_NOOP("MineMapsDock", "Claimed"),
               QT_TRANSLATE_NOOP("MineMapsDock", "Received"), QT_TRANSLATE_NOOP("MineMapsDock", "Source"))

    def __init__(self, iface, session, parent: Optional[QWidget] = None):
        super().__init__(translate("MineMapsDock", "Mine maps"), "DeminingMineMapsDock", iface, session, parent)
        self.result: Optional[AccuracyResult] = None
        self.records: Dict[str, dict] = {}
        self._records_crs = None
        self._stale = True
        self._skip_figures = session.store is not None

        body = QWidget()
        layout = QVBoxLayout(body)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(translate("MineMapsDock", "Tolerance")))
        self.tolerance_box = QDoubleSpinBox()
        self.tolerance_box.setRange(0.5, 100.0)
        self.tolerance_box.setDecimals(1)
        self.tolerance_box.setValue(10.0)
        self.tolerance_box.setSuffix(unit_suffix("m"))
        self.tolerance_box.setToolTip(translate(
            "MineMapsDock", "A mapped mine counts as confirmed when an item was found this close"))
        controls.addWidget(self.tolerance_box)
        self.compute_button = QPushButton(translate("MineMapsDock", "Compute"))
        self.compute_button.setToolTip(translate(
            "MineMapsDock", "Judge every record against the items found (in the background)"))
        self.compute_button.clicked.connect(self.compute)
        controls.addWidget(self.compute_button)
        self.arrows_button = QPushButton(translate("MineMapsDock", "Draw offsets"))
        self.arrows_button.setToolTip(translate(
            "MineMapsDock", "Draw each record's offset as an arrow from its centre, and the matched "
                            "pairs (mapped mine to item found) at true length"))
        self.arrows_button.clicked.connect(self.draw_offsets)
        controls.addWidget(self.arrows_button)
        self.corrected_button = QPushButton(translate("MineMapsDock", "Add corrected layer"))
        self.corrected_button.setToolTip(translate(
            "MineMapsDock", "Add the mapped mines of every fitted record, moved by its fit, "
                            "as a layer of the project"))
        self.corrected_button.clicked.connect(self.add_corrected_layer)
        controls.addWidget(self.corrected_button)
        controls.addStretch(1)
        layout.addLayout(controls)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("MineMapsDock", c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.setSortingEnabled(True)
        self.table.itemDoubleClicked.connect(self._on_double_click)
        layout.addWidget(self.table, 1)
        self.setWidget(body)

        self.follow_store(self._on_store_changed)
        self.listen(self.session.figures_ready, self._on_store_edited)
        self.visibilityChanged.connect(self._on_visibility)
        self._update_buttons()
        self._show_store_state()

    # -- life cycle ----------------------------------------------------------------------
    def _on_store_changed(self) -> None:
        # The session computes its figures right after adopting a store: that first
        # figures_ready is no edit.
        self._skip_figures = True
        self.drop_task()
        self.result = None
        self._stale = True
        self._fill_table()
        self._show_store_state()
        if self.isVisible():
            self.compute()

    def _on_store_edited(self, _figures=None) -> None:
        # Items found or land cleared may have changed: recompute when the panel is seen.
        if self._skip_figures:
            self._skip_figures = False
            return
        self._stale = True
        if self.isVisible() and self.result is not None:
            self.compute()

    def _on_visibility(self, visible: bool) -> None:
        if visible and self._stale and self.session.store is not None:
            self.compute()

    def _show_store_state(self) -> None:
        if self.session.store is None:
            self.summary_label.setText(translate(
                "MineMapsDock", "No store is open. Open a store (Demining ▸ Open Store…) to judge its "
                                "supplied mine maps."))

    def _update_buttons(self) -> None:
        busy = self._task is not None
        self.compute_button.setEnabled(self.session.store is not None and not busy)
        has_fit = self.result is not None and any(r.fit_kind != FIT_NONE for r in self.result.records)
        self.arrows_button.setEnabled(has_fit and not busy)
        self.corrected_button.setEnabled(has_fit and not busy)

    # -- computing -----------------------------------------------------------------------
    def compute(self) -> None:
        """Judge the store's records in the background; the panel says "computing…" until then."""
        store = self.session.store
        if store is None:
            return
        if self.again_later():
            return
        try:
            task = AccuracyTask(store, self.tolerance_box.value(), on_finished=self._on_computed)
        except Exception as error:  # noqa: BLE001 (the user gets a message, the log the details)
            notify_exception(self.iface, error, translate(
                "MineMapsDock", "Judging the mine maps of {}").format(store.name))
            return
        self._stale = False
        task.progressChanged.connect(self._on_progress)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.summary_label.setText(translate("MineMapsDock", "Computing… the records of {name} are judged "
                                                             "against the items found.").format(name=store.name))
        self.run_task(task)
        self._update_buttons()

    def _on_progress(self, value: float) -> None:
        if not sip.isdeleted(self.progress):
            self.progress.setValue(int(value))

    def _on_computed(self, task: AccuracyTask) -> None:
        again = self.task_ended()
        if sip.isdeleted(self):
            return
        self.progress.setVisible(False)
        if again:
            self.compute()
            return
        if task.error is not None:
            notify_exception(self.iface, task.error, translate(
                "MineMapsDock", "Judging the mine maps of {}").format(task.store.name))
            self.summary_label.setText(translate(
                "MineMapsDock", "The mine maps could not be judged: see the message bar."))
        elif task.result is not None:
            outcome: AccuracyOutcome = task.result
            self.records = outcome.records
            self._records_crs = outcome.records_crs
            self.result = outcome.accuracy
            if outcome.accuracy is None:
                # An empty store is no error: say what is missing instead of judging.
                self._fill_table()
                self.summary_label.setText(
                    translate("MineMapsDock", "This store has no mapped mines yet: import a supplied mine map first.")
                    if outcome.mapped == 0 else
                    translate("MineMapsDock", "No item found yet: nothing to judge the {n} record(s) against.").format(
                        n=len(self.records)))
            else:
                for warning in outcome.accuracy.warnings:
                    notify_warning(self.iface, warning)
                self._fill_table()
        else:
            self._stale = True  # cancelled: judge again when next asked
            self.summary_label.setText(translate("MineMapsDock", "Judging the mine maps was cancelled."))
        self._update_buttons()

    # -- showing -------------------------------------------------------------------------
    def _number(self, value, decimals: int = 0) -> str:
        # + 0.0 turns a rounded -0 into 0.
        return "–" if value is None else format_number(round(float(value), decimals) + 0.0, decimals)

    def _percent(self, value) -> str:
        return "–" if value is None else f"{format_number(100.0 * value, 1)}%"

    def _fill_table(self) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        result = self.result
        if result is None:
            self.table.setSortingEnabled(True)
            return
        self.table.setRowCount(len(result.records))
        for row, record in enumerate(result.records):
            info = self.records.get(record.record_id, {})
            received = info.get("received_on")
            received_text = received.toString("yyyy-MM-dd") if hasattr(received, "toString") else str(received or "")
            offset = math.hypot(record.dx, record.dy) if record.dx is not None else None
            offset_text = "–" if offset is None else \
                f"{self._number(offset, 2)} ({self._number(record.dx, 2)}, {self._number(record.dy, 2)})"
            cells = [
                _Item(record.record_id, record.record_id, right=False),
                _Item(self._percent(record.recall), record.recall),
                _Item(self._percent(record.precision), record.precision),
                _Item(offset_text, offset),
                _Item(self._number(record.rotation_deg, 3), record.rotation_deg),
                _Item(self._number(record.rmse_before, 2), record.rmse_before),
                _Item(self._number(record.rmse_after, 2), record.rmse_after),
                _Item(self._number(record.n_judged), record.n_judged),
                _Item(self._number(record.n_mapped), record.n_mapped),
                _Item(self._number(info.get("claimed_ap")), info.get("claimed_ap")),
                _Item(self._number(info.get("claimed_at")), info.get("claimed_at")),
                _Item(self._number(info.get("claimed_total")), info.get("claimed_total")),
                _Item(received_text, received_text, right=False),
                _Item(info.get("source") or "", info.get("source") or "", right=False),
            ]
            tip = record.note or translate("MineMapsDock", "Fit: {kind} on {pairs} pairs").format(kind=record.fit_kind,
                                                                           pairs=record.fit_pairs)
            for column, item in enumerate(cells):
                item.setToolTip(tip)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.sortItems(self.COLUMNS.index("Judged"), Qt.DescendingOrder)
        self.summary_label.setText(self.summary_text(result))

    def summary_text(self, result: AccuracyResult) -> str:
        overall = result.overall
        judged_records = sum(1 for r in result.records if r.n_judged)
        text = translate(
            "MineMapsDock", "{n} records, {mapped} mapped mines; {judged_records} records have mines in land cleared "
                            "so far: {matched} of {judged} confirmed within {tol} m (recall {recall}), "
                            "precision {precision}.").format(
            n=len(result.records), mapped=self._number(sum(r.n_mapped for r in result.records)),
            judged_records=judged_records, matched=self._number(overall["MATCHED"]),
            judged=self._number(overall["JUDGED"]), tol=self._number(result.tolerance, 1),
            recall=self._percent(overall["RECALL"]), precision=self._percent(overall["PRECISION"]))
        if overall["PAIRS"]:
            text += " " + translate(
                "MineMapsDock", "Fit on {pairs} pairs: mean offset {offset} m, RMSE {before} m before, {after} m "
                                "after.").format(
                pairs=self._number(overall["PAIRS"]), offset=self._number(math.hypot(overall["DX"], overall["DY"]), 2),
                before=self._number(overall["RMSE_BEFORE"], 2), after=self._number(overall["RMSE_AFTER"], 2))
        return text

    def _on_double_click(self, item: QTableWidgetItem) -> None:
        record_id = self.table.item(item.row(), 0).text()
        self.zoom_to_record(record_id)

    def zoom_to_record(self, record_id: str) -> None:
        info = self.records.get(record_id)
        if not info or info.get("bbox") is None:
            return
        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(self._records_crs, canvas.mapSettings().destinationCrs(),
                                           QgsProject.instance())
        extent = transform.transformBoundingBox(QgsRectangle(info["bbox"]))
        extent.scale(1.3)
        canvas.setExtent(extent)
        canvas.refresh()

    # -- map output ----------------------------------------------------------------------
    def _replace_layer(self, key: str, layer: QgsVectorLayer) -> None:
        project = QgsProject.instance()
        for old in list(project.mapLayers().values()):
            if old.customProperty(OUTPUT_PROPERTY) == key:
                project.removeMapLayer(old.id())
        layer.setCustomProperty(OUTPUT_PROPERTY, key)
        project.addMapLayer(layer)

    def offset_layers(self) -> List[QgsVectorLayer]:
        """The offsets as two line layers in EPSG:4326: one arrow per fitted record from its
        centre (drawn ``ARROW_EXAGGERATION`` times longer) and one per matched pair at true length."""
        result = self.result
        records = QgsVectorLayer("LineString?crs=EPSG:4326", translate(
            "MineMapsDock", "Record offsets (arrows ×{n})").format(
            n=ARROW_EXAGGERATION), "memory")
        records.dataProvider().addAttributes([QgsField("record_id", QVariant.String),
                                              QgsField("offset_m", QVariant.Double),
                                              QgsField("rotation_deg", QVariant.Double),
                                              QgsField("label", QVariant.String)])
        records.updateFields()
        features = []
        for record in result.records:
            if record.fit_kind == FIT_NONE or record.dx is None:
                continue
            (lon0, lat0), (lon1, lat1) = record.centre_lonlat, record.corrected_centre_lonlat
            tip = QgsPointXY(lon0 + ARROW_EXAGGERATION * (lon1 - lon0), lat0 + ARROW_EXAGGERATION * (lat1 - lat0))
            feature = QgsFeature(records.fields())
            feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(lon0, lat0), tip]))
            offset = math.hypot(record.dx, record.dy)
            feature.setAttributes([record.record_id, offset, record.rotation_deg,
                                   f"{record.record_id}: {self._number(offset, 1)} m"])
            features.append(feature)
        records.dataProvider().addFeatures(features)
        _arrow_style(records, QColor("#c0392b"), width=1.6)
        labels = QgsPalLayerSettings()
        labels.fieldName = "label"
        text_format = QgsTextFormat()
        text_format.setSize(9)
        text_format.buffer().setEnabled(True)
        labels.setFormat(text_format)
        # The record's own label sits at its centre, where the arrow starts: show both.
        labels.displayAll = True
        labels.placement = QgsPalLayerSettings.Line
        records.setLabeling(QgsVectorLayerSimpleLabeling(labels))
        records.setLabelsEnabled(True)

        pairs = QgsVectorLayer("LineString?crs=EPSG:4326", translate(
            "MineMapsDock", "Matched pairs (mapped mine → item found)"), "memory")
        pairs.dataProvider().addAttributes([QgsField("record_id", QVariant.String),
                                            QgsField("distance_m", QVariant.Double)])
        pairs.updateFields()
        features = []
        lonlat = self._pair_positions()
        for record in result.records:
            for m_row, f_row in zip(record.pair_mapped_rows.tolist(), record.pair_found_rows.tolist()):
                start, end = lonlat["mapped"].get(m_row), lonlat["found"].get(f_row)
                if start is None or end is None:
                    continue
                feature = QgsFeature(pairs.fields())
                feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*start), QgsPointXY(*end)]))
                feature.setAttributes([record.record_id, None])
                features.append(feature)
        pairs.dataProvider().addFeatures(features)
        _arrow_style(pairs, QColor("#1f4e9c"), width=0.5)
        return [records, pairs]

    def _pair_positions(self) -> Dict[str, Dict[int, tuple]]:
        """Lon/lat of the mapped mines and items in pairs, read from the store by feature id."""
        store = self.session.store
        wanted = {"mapped": set(), "found": set()}
        for record in self.result.records:
            wanted["mapped"].update(int(self.result.mapped_fids[r]) for r in record.pair_mapped_rows.tolist())
            wanted["found"].update(int(self.result.found_fids[r]) for r in record.pair_found_rows.tolist())
        out = {}
        for key, layer_name, fids in (("mapped", "mapped_mines", self.result.mapped_fids),
                                      ("found", "detections", self.result.found_fids)):
            layer = store.layer(layer_name)
            transform = QgsCoordinateTransform(layer.crs(), wgs84(), QgsProject.instance())
            by_fid = {}
            request = QgsFeatureRequest().setFilterFids(sorted(wanted[key])).setNoAttributes()
            for feature in layer.getFeatures(request):
                point = transform.transform(feature.geometry().asPoint())
                by_fid[feature.id()] = (point.x(), point.y())
            row_of_fid = {int(fid): row for row, fid in enumerate(fids.tolist())} if by_fid else {}
            out[key] = {row_of_fid[fid]: xy for fid, xy in by_fid.items() if fid in row_of_fid}
        return out

    def draw_offsets(self) -> None:
        if self.result is None:
            return
        records, pairs = self.offset_layers()
        self._replace_layer("pairs", pairs)
        self._replace_layer("offsets", records)
        notify_success(self.iface, translate(
            "MineMapsDock", "{n} record offsets drawn (arrows {x} times their length) and {p} matched "
                            "pairs at true length.").format(
            n=records.featureCount(), x=ARROW_EXAGGERATION, p=pairs.featureCount()))

    def corrected_layer(self) -> QgsVectorLayer:
        """The mapped mines of every fitted record at their corrected positions."""
        result = self.result
        layer = QgsVectorLayer(f"Point?crs={result.mapped_crs.authid() or 'EPSG:4326'}",
                               translate("MineMapsDock", "Corrected mapped mines"), "memory")
        layer.dataProvider().addAttributes([QgsField("mine_id", QVariant.String),
                                            QgsField("record_id", QVariant.String),
                                            QgsField("category", QVariant.String)])
        layer.updateFields()
        rows = [r for r in range(len(result.mapped_fids)) if result.corrected[r]]
        source = self.session.store.layer("mapped_mines")
        request = QgsFeatureRequest().setFilterFids([int(result.mapped_fids[r]) for r in rows])
        request.setFlags(QgsFeatureRequest.NoGeometry)
        attributes = {f.id(): (f["mine_id"], f["record_id"], f["category"]) for f in source.getFeatures(request)}
        features = []
        for r in rows:
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(result.corrected_x[r]),
                                                                   float(result.corrected_y[r]))))
            feature.setAttributes(list(attributes.get(int(result.mapped_fids[r]), (None, None, None))))
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        return layer

    def add_corrected_layer(self) -> None:
        if self.result is None:
            return
        layer = self.corrected_layer()
        self._replace_layer("corrected", layer)
        notify_success(self.iface, translate(
            "MineMapsDock", "{n} mapped mines of the fitted records added at their corrected positions "
                            "(layer “{name}”).").format(n=layer.featureCount(), name=layer.name()))


def _arrow_style(layer: QgsVectorLayer, color: QColor, width: float) -> None:
    arrow = QgsArrowSymbolLayer()
    arrow.setIsCurved(False)
    arrow.setIsRepeated(False)
    arrow.setArrowWidth(width)
    arrow.setArrowStartWidth(width)
    arrow.setHeadLength(width * 3)
    arrow.setHeadThickness(width * 2)
    arrow.subSymbol().setColor(color)
    symbol = QgsLineSymbol()
    symbol.changeSymbolLayer(0, arrow)
    layer.renderer().setSymbol(symbol)
