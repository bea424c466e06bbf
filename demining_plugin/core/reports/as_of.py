"""The baseline on any date (issue 17, point 2): a store's figures as it held them at a past
moment, rebuilt from its history, and the changes recorded since then that moved a period's
figures.

``layers_as_of`` takes each figures layer's rows as they are now and undoes, newest first,
every change the history recorded after the moment (an insert is taken away, an update or a
delete gives back the old row); the rows are handed to the figures engine
(``totals.store_totals``) as ``RebuiltRows``, which it reads as it reads a layer. Feature ids
keep their order (the engine counts overlapping land for the lowest id of a date), so the
rebuilt figures are the figures the store had then.

No QGIS layer is made: the store's layers are only read (``store.layer()``: opened beforehand
in the main thread when this runs in a worker, as the dashboard does), the history through
the store's own connection, so the whole rebuild may run in a background task.

``changes_since`` starts from the store as of ``since`` and replays the recorded changes one
by one through the engine's incremental updates; each change's share is the period's figure
after it minus the figure before it, in whole square metres and items, so the shares add up
exactly to today's figure minus the figure as of ``since``.
"""

import datetime
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, Qt, QVariant

from ..errors import CancelledError, DeminingError
from ..feature_table import FeatureTable, features_table, read_layer
from ..geo.measure import M2_PER_HA
from ..locale_format import format_count, format_number
from ..store.history import ChangeRecord, history_wkb
from .totals import StoreTotals, store_totals

translate = QCoreApplication.translate

#: The layers behind the figures (the districts too: they place the rest).
FIGURE_LAYERS = ("regions", "cleared_areas", "detections", "cleared_routes", "accidents")
#: Which incremental update of ``StoreTotals`` takes each layer's changes.
_APPLY = {"cleared_areas": "apply_land_changes", "detections": "apply_item_changes",
          "cleared_routes": "apply_route_changes", "accidents": "apply_accident_changes"}


def _value(value, qgs_field):
    """A value of a history row (JSON) as the layer's field type wants it."""
    if value is None:
        return None
    variant_type = qgs_field.type()
    if variant_type == QVariant.Date:
        return QDate.fromString(str(value)[:10], Qt.ISODate)
    if variant_type == QVariant.DateTime:
        return QDateTime.fromString(str(value).replace(" ", "T"), Qt.ISODate)
    if variant_type == QVariant.Bool:
        return bool(value)
    try:
        return qgs_field.convertCompatible(value)  # as a layer of that field would hold it
    except ValueError:
        return value


class RebuiltRows:
    """Rows read as the figures engine reads a layer (name, fields, CRS, geometry type, extent,
    features in id order), without a QGIS layer: made and read in any thread.

    The engine asks for its columns (``feature_table``): the layer's columns as they are now,
    read in bulk, less the rows changed since the moment, plus those rows as they were then,
    all under their ranks. No object is made per unchanged row, so a national store's rebuild
    holds the interpreter no longer than reading the store as it is."""

    def __init__(self, rows: "RowsAsOf"):
        self._rows = rows
        layer = rows.layer
        self._name, self._fields, self._crs, self._wkb_type = layer.name(), QgsFields(rows.fields), layer.crs(), \
            layer.wkbType()

    def name(self) -> str:
        return self._name

    def sourceName(self) -> str:  # noqa: N802 (a QGIS feature source's name)
        return self._name

    def fields(self) -> QgsFields:
        return self._fields

    def crs(self) -> QgsCoordinateReferenceSystem:
        return self._crs

    def sourceCrs(self) -> QgsCoordinateReferenceSystem:  # noqa: N802
        return self._crs

    def wkbType(self):  # noqa: N802
        return self._wkb_type

    def providerType(self) -> str:  # noqa: N802 (not a file GDAL could read)
        return "memory"

    def featureCount(self) -> int:  # noqa: N802
        rows = self._rows
        return int(np.count_nonzero(~np.isin(rows.fids_now(), rows.changed_fids()))) + len(rows.then())

    def extent(self) -> QgsRectangle:
        extent = QgsRectangle()
        extent.setMinimal()
        for feature in self.getFeatures():
            if feature.hasGeometry():
                extent.combineExtentWith(feature.geometry().boundingBox())
        return extent

    def getFeatures(self, request=None, *_flags):  # noqa: N802
        rect = request.filterRect() if request is not None else QgsRectangle()
        rows = self._rows
        now = QgsFeatureRequest()
        if not rect.isNull():
            now.setFilterRect(rect)
        features = [rows.ranked(f) for f in rows.layer.getFeatures(now) if f.id() not in rows.changed]
        features += [rows.ranked(f) for f in rows.then()
                     if rect.isNull() or (f.hasGeometry() and f.geometry().boundingBox().intersects(rect))]
        features.sort(key=lambda f: f.id())
        yield from features

    def feature_table(self, wanted: Dict[str, str], geometry: bool = True,
                      is_canceled: Optional[Callable[[], bool]] = None) -> FeatureTable:
        """The ``wanted`` columns of the rows, ids their ranks, in that order."""
        rows = self._rows
        now = read_layer(rows.layer, wanted, geometry, is_canceled)
        kept = np.flatnonzero(~np.isin(now.fids, rows.changed_fids()))
        then = features_table([rows.ranked(f) for f in rows.then()], rows.fields, wanted, geometry, self._crs)
        fids = np.concatenate([rows.rank_of(now.fids[kept]), then.fids])
        order = np.argsort(fids, kind="stable")
        wkb: List[Optional[bytes]] = []
        if geometry:
            joined = [now.wkb[k] for k in kept.tolist()] + then.wkb
            wkb = [joined[k] for k in order.tolist()]
        columns = {name: np.concatenate([now.columns[name][kept], then.columns[name]])[order] for name in wanted}
        return FeatureTable(fids[order], wkb, columns, self._crs)


class RowsAsOf:
    """The rows of one layer at a moment, held as the rows changed since then (``changed``: each
    one's row then, None when it did not exist yet) over the layer as it is now, with ranks
    that keep the store's order, and the features of its later changes (``feature``)."""

    def __init__(self, layer: QgsVectorLayer, records: List[ChangeRecord]):
        self.layer = layer
        self.fields = layer.fields()
        changed: Dict[int, Optional[QgsFeature]] = {}
        for record in reversed(records):  # newest first: the oldest change after the moment has the last word
            changed[record.fid] = None if record.operation == "INSERT" else self.feature(record.old, record.fid)
        self.changed = changed
        self._fids_now: Optional[np.ndarray] = None
        self._every: Optional[np.ndarray] = None

    def fids_now(self) -> np.ndarray:
        if self._fids_now is None:
            self._fids_now = read_layer(self.layer, {}, geometry=False).fids
        return self._fids_now

    def changed_fids(self) -> np.ndarray:
        return np.fromiter(self.changed, dtype=np.int64, count=len(self.changed))

    def then(self) -> List[QgsFeature]:
        """The changed rows as they were at the moment (those that existed then)."""
        return [feature for feature in self.changed.values() if feature is not None]

    def rank_of(self, fids):
        """Rank (from 1) of feature ids among every id that exists now, then or in between."""
        if self._every is None:
            self._every = np.unique(np.concatenate([self.fids_now(), self.changed_fids()]))
        ranks = np.searchsorted(self._every, fids) + 1
        return ranks if isinstance(ranks, np.ndarray) else int(ranks)

    def feature(self, values: Dict, fid: int) -> QgsFeature:
        feature = QgsFeature(self.fields)
        feature.setAttributes([_value(values.get(f.name()), f) for f in self.fields])
        wkb = history_wkb(values.get("geom"))
        if wkb:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            feature.setGeometry(geometry)
        feature.setId(fid)
        return feature

    def ranked(self, feature: QgsFeature) -> QgsFeature:
        """``feature`` under its rank as feature id."""
        copy = QgsFeature(feature)
        copy.setId(self.rank_of(feature.id()))
        return copy

    def source(self) -> RebuiltRows:
        """The rows at the moment, read as a layer whose feature ids are their ranks."""
        return RebuiltRows(self)


def history_start(store) -> Optional[datetime.datetime]:
    """Since when the store records its changes (its creation, or the migration that gave it a
    history)."""
    facts = store.metadata()
    text = facts.get("history_since") or facts.get("created_at")
    return datetime.datetime.fromisoformat(text) if text else None


def _records_by_layer(store, moment) -> Dict[str, List[ChangeRecord]]:
    start = history_start(store)
    if moment is not None and start is not None and moment < start:
        raise DeminingError(translate(
            "AsOf", "{store} records its changes since {start}; what it held at {moment} cannot be rebuilt.").format(
                store=store.name, start=moment_text(start), moment=moment_text(moment)))
    records = store.changes_after(moment, FIGURE_LAYERS)
    return {name: [r for r in records if r.table_name == name] for name in FIGURE_LAYERS}


def layers_as_of(store, moment: datetime.datetime) -> Dict[str, RebuiltRows]:
    """The figures layers' rows as the store held them at ``moment``, read as layers."""
    by_layer = _records_by_layer(store, moment)
    return {name: RowsAsOf(store.layer(name), by_layer[name]).source() for name in FIGURE_LAYERS}


def totals_as_of(store, moment: Optional[datetime.datetime], progress: Optional[Callable[[float], None]] = None,
                 is_canceled: Optional[Callable[[], bool]] = None) -> StoreTotals:
    """The figures of the store as it held them at ``moment`` (today's when None)."""
    if moment is None:
        return store_totals(store, progress=progress, is_canceled=is_canceled)
    return store_totals(layers=layers_as_of(store, moment), progress=progress, is_canceled=is_canceled)


@dataclass
class PeriodFigure:
    """A period's figures in whole units, so that differences add up exactly."""

    released_m2: int
    items: int

    @classmethod
    def of(cls, totals: StoreTotals, date_from, date_to) -> "PeriodFigure":
        table = totals.table("district", date_from, date_to)
        return cls(int(round(table.total("released_ha") * M2_PER_HA)), int(table.total("items")))

    @property
    def released_ha(self) -> float:
        return self.released_m2 / M2_PER_HA


@dataclass
class FigureChange:
    """One recorded change and what it moved in the period's figures."""

    record: ChangeRecord
    released_m2: int
    items: int

    @property
    def released_ha(self) -> float:
        return self.released_m2 / M2_PER_HA


@dataclass
class Reconciliation:
    since: datetime.datetime
    before: PeriodFigure
    today: PeriodFigure
    changes: List[FigureChange] = field(default_factory=list)
    replayed: int = 0

    def moved(self) -> Tuple[int, int]:
        """Square metres and items moved by all the changes (today minus ``before``)."""
        return sum(c.released_m2 for c in self.changes), sum(c.items for c in self.changes)

    @property
    def moved_ha(self) -> float:
        return self.moved()[0] / M2_PER_HA


def changes_since(store, since: datetime.datetime, date_from=None, date_to=None,
                  progress: Optional[Callable[[float], None]] = None,
                  is_canceled: Optional[Callable[[], bool]] = None) -> Reconciliation:
    """Every change recorded after ``since`` that moved the figures of ``date_from``..``date_to``."""
    progress = progress or (lambda value: None)
    by_layer = _records_by_layer(store, since)
    rows = {name: RowsAsOf(store.layer(name), by_layer[name]) for name in FIGURE_LAYERS}
    totals = store_totals(layers={name: r.source() for name, r in rows.items()},
                          progress=lambda v: progress(0.3 * v), is_canceled=is_canceled)
    before = PeriodFigure.of(totals, date_from, date_to)
    # Changes of the districts move no total; they are not replayed one by one.
    records = sorted((r for name in _APPLY for r in by_layer[name]), key=lambda r: (r.changed_at, r.history_id))
    today_totals = store_totals(store, progress=lambda v: progress(30 + 0.3 * v), is_canceled=is_canceled)
    today = PeriodFigure.of(today_totals, date_from, date_to)
    result = Reconciliation(since, before, today, replayed=len(records))
    current = before
    for k, record in enumerate(records):
        if is_canceled is not None and is_canceled():
            raise CancelledError(translate("AsOf", "Cancelled."))
        source = rows[record.table_name]
        crs = source.layer.crs()
        rank = source.rank_of(record.fid)
        update = getattr(totals, _APPLY[record.table_name])
        if record.operation == "DELETE":
            update([], [rank], crs)
        else:
            update([source.ranked(source.feature(record.new, record.fid))], [], crs)
        # The last state is today's, as computed in full (no rounding left between them).
        after = today if k == len(records) - 1 else PeriodFigure.of(totals, date_from, date_to)
        moved = (after.released_m2 - current.released_m2, after.items - current.items)
        if moved != (0, 0):
            result.changes.append(FigureChange(record, *moved))
        current = after
        progress(60 + 40 * (k + 1) / len(records))
    return result


def format_m2_as_ha(value: float) -> str:
    """Hectares to the square metre (4 decimals): what a reconciliation adds up in."""
    return format_number(value, 4)


def moment_text(moment: datetime.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def as_of_sentence(moment: datetime.datetime) -> str:
    """What a report built as of a moment says about its figures."""
    return translate("AsOf", "These figures are the store's as it held them at {moment}, rebuilt from its history "
                             "of changes.").format(moment=moment_text(moment))


def reconciliation_sentence(result: Reconciliation) -> str:
    """The period report's reconciliation: how the figures moved since a moment, and by how many changes."""
    moved_m2, moved_items = result.moved()
    return translate(
        "AsOf", "Since {since}, {n} recorded changes moved these figures by {ha} ha and {items} items: {today_ha} ha "
                "and {today_items} items now, against {before_ha} ha and {before_items} items as the store held them "
                "then (demining:changessince lists them).").format(
        since=moment_text(result.since), n=format_count(len(result.changes)),
        ha=("+" if moved_m2 >= 0 else "") + format_m2_as_ha(moved_m2 / M2_PER_HA),
        items=("+" if moved_items >= 0 else "") + format_count(moved_items),
        today_ha=format_m2_as_ha(result.today.released_ha), today_items=format_count(result.today.items),
        before_ha=format_m2_as_ha(result.before.released_ha), before_items=format_count(result.before.items))
