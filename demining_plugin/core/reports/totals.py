"""The agency's totals: hectares released, items found, kilometres of cleared routes and
accidents, grouped by district, method, technique, organisation, team, task, month or
ISO week, over a date range.

Hectares are true (ellipsoidal WGS84) areas with every square metre counted once: land
counts for the earliest release covering it (``released_land``), so a period's hectares
are the land *first* released in that period, and the rows of any table add up to its
total. Districts come from a regions layer: polygons, lines and points are placed (and
polygons and lines cut) by where they lie, not by a typed district name.

``hectare_totals`` works on any polygon layer in any CRS (``demining:hectaretotals``);
``StoreTotals`` holds the figures of a whole store for the dashboard and the period
report, and takes edits incrementally.

Groupings, titles and dates are in ``grouping``; ``hectare_totals`` (Processing's
``demining:hectaretotals``) in ``hectares``; this module totals a whole store.
"""

import datetime
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..dates import parse_date
from ..errors import DeminingError
from ..feature_table import BOOLEAN, DATE, NUMBER, TEXT, FeatureTable, convert_values, read_layer
from ..geo.districts import OUTSIDE, RegionIndex, read_regions
from ..geo.equal_area import PlaneProjector, central_longitude, plane_crs
from ..geo.measure import M2_PER_HA
from ..geo.polygon_arrays import decode_points, project_polygons
from ..model.schema import ELLIPSOID, ITEM_CATEGORY, RELEASE_METHOD
from ..release.counted_once import NO_DAY

#: Qt's translation function under the name pylupdate5 looks for.
from .grouping import (
    GROUPINGS,
    NOT_APPLICABLE,
    Codes,
    category_title,
    check_range,
    date_of,
    day_codes,
    days_of,
    distinct_days,
    group_sums,
    grouping_title,
    in_range,
    iso_week,
    method_title,
    month_label,
)
from .hectares import LandTable, make_land

translate = QCoreApplication.translate


# -- a whole store: the dashboard and the period report ---------------------------------------------

#: For each store layer: its date field and the field behind each grouping (None: the
#: grouping does not apply to that layer; district, month and week apply to all).
LAYER_GROUP_FIELDS = {
    "cleared_areas": {"date": "released_on", "release_method": "release_method", "technique": "technique",
                      "organisation": "organisation", "team": "team", "task": "task_id"},
    "detections": {"date": "found_on", "release_method": None, "technique": None,
                   "organisation": "organisation", "team": "team", "task": "task_id"},
    "cleared_routes": {"date": "cleared_on", "release_method": None, "technique": "technique",
                       "organisation": "organisation", "team": "team", "task": "task_id"},
    "accidents": {"date": "occurred_on", "release_method": None, "technique": None,
                  "organisation": None, "team": None, "task": None},
}
_LAND_FIELDS = {"released_on": DATE, "release_method": TEXT, "technique": TEXT, "organisation": TEXT,
                "team": TEXT, "task_id": TEXT}
_ITEM_FIELDS = {"category": TEXT, "quantity": NUMBER, "found_on": DATE, "organisation": TEXT, "team": TEXT,
                "task_id": TEXT, "disposition": TEXT}
_ROUTE_FIELDS = {"cleared_on": DATE, "technique": TEXT, "organisation": TEXT, "team": TEXT, "task_id": TEXT}
_ACCIDENT_FIELDS = {"occurred_on": DATE, "killed": NUMBER, "injured": NUMBER, "civilian": BOOLEAN,
                    "activity": TEXT}


@dataclass
class FeatureRows:
    """Items found, route pieces or accidents: one row each, placed in a region."""

    fids: np.ndarray
    days: np.ndarray
    region: np.ndarray
    attributes: Dict[str, np.ndarray]
    values: Dict[str, np.ndarray]

    @classmethod
    def empty(cls, text_fields: Sequence[str], value_names: Sequence[str]) -> "FeatureRows":
        none = np.zeros(0, dtype=np.int64)
        return cls(none, none, none, {name: np.empty(0, dtype=object) for name in text_fields},
                   {name: np.zeros(0) for name in value_names})

    def remove(self, fids: Iterable[int]) -> None:
        drop = np.isin(self.fids, np.array(list(fids), dtype=np.int64))
        if drop.any():
            keep = ~drop
            self.fids, self.days, self.region = self.fids[keep], self.days[keep], self.region[keep]
            self.attributes = {k: v[keep] for k, v in self.attributes.items()}
            self.values = {k: v[keep] for k, v in self.values.items()}

    def replace(self, other: "FeatureRows") -> None:
        """Add ``other``'s rows, dropping this table's rows of the same features first."""
        self.remove(np.unique(other.fids))
        self.fids = np.concatenate([self.fids, other.fids])
        self.days = np.concatenate([self.days, other.days])
        self.region = np.concatenate([self.region, other.region])
        self.attributes = {k: np.concatenate([v, other.attributes[k]]) for k, v in self.attributes.items()}
        self.values = {k: np.concatenate([v, other.values[k]]) for k, v in self.values.items()}


@dataclass
class Column:
    key: str
    title: str
    kind: str  # text | ha | count | km


@dataclass
class TotalsTable:
    """A table of figures by group, with its totals row (the sum of every row)."""

    grouping: str
    columns: List[Column]
    rows: List[List]
    totals: List
    date_from: Optional[datetime.date] = None
    date_to: Optional[datetime.date] = None

    def index(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)

    def value(self, group, key: str):
        """The figure ``key`` of group ``group`` (0 when the group has no row)."""
        index = self.index(key)
        for row in self.rows:
            if row[0] == group:
                return row[index]
        return 0

    def total(self, key: str):
        return self.totals[self.index(key)] if key in [c.key for c in self.columns] else 0

    def groups(self) -> List:
        return [row[0] for row in self.rows]


@dataclass
class StoreTotals:
    """Every figure of a store, per piece or feature, ready to be grouped in milliseconds."""

    region_names: List[str]
    land: Optional[LandTable]
    items: FeatureRows
    routes: FeatureRows  # one row per (route, region) piece; values length_m
    accidents: FeatureRows
    regions: Optional[RegionIndex] = None
    lon0: float = 0.0
    stats: Dict[str, float] = field(default_factory=dict)

    # -- grouping -----------------------------------------------------------------------------
    def _land_sums(self, grouping: str, date_from, date_to):
        land = self.land.land
        pieces = land.pieces
        keep = in_range(land.days[pieces.row], date_from, date_to) & land.alive[pieces.row]
        if grouping == "district":
            keys = [self.land.region_codes()]
        else:
            name = LAYER_GROUP_FIELDS["cleared_areas"].get(grouping) or grouping
            keys = self.land.piece_keys([name], False)
        keys = [(codes[keep], labels) for codes, labels in keys]
        method = self.land.attributes["release_method"]
        method_codes = method.codes[pieces.row[keep]]
        area = pieces.area_m2[keep] / M2_PER_HA
        values = {"released_ha": area}
        for code in RELEASE_METHOD.codes:
            k = method.labels.index(code) if code in method.labels else -1
            values[f"{code}_ha"] = np.where(method_codes == k, area, 0.0)
        return keys, values

    def _row_keys(self, rows: FeatureRows, layer: str, grouping: str, keep: np.ndarray):
        if grouping == "district":
            names = list(self.region_names)
            return [(np.where(rows.region[keep] >= 0, rows.region[keep], len(names)), names + [None])]
        if grouping == "month":
            return [day_codes(rows.days[keep], month_label)]
        if grouping == "week":
            return [day_codes(rows.days[keep], iso_week)]
        field_name = LAYER_GROUP_FIELDS[layer].get(grouping)
        if field_name is None:
            return [(np.zeros(int(keep.sum()), dtype=np.int64), [NOT_APPLICABLE])]
        codes = Codes(rows.attributes[field_name][keep])
        return [(codes.codes, codes.labels)]

    def table(self, grouping: str = "district", date_from=None, date_to=None) -> TotalsTable:
        """Figures by ``grouping`` for releases, items, routes and accidents dated in the range."""
        if grouping not in GROUPINGS:
            raise DeminingError(translate("Totals", "Unknown grouping '{grouping}'; choose one of {GROUPINGS}.").format(
                grouping=grouping, GROUPINGS=', '.join(GROUPINGS)))
        date_from, date_to = parse_date(date_from, "date_from"), parse_date(date_to, "date_to")
        check_range(date_from, date_to)
        groups: Dict = {}

        def add(keys, values: Dict[str, np.ndarray]) -> None:
            if not values or len(next(iter(values.values()))) == 0:
                return
            group_keys, sums, _counts = group_sums(keys, values)
            for k, key in enumerate(group_keys):
                slot = groups.setdefault(key[0], {})
                for name, column in sums.items():
                    slot[name] = slot.get(name, 0.0) + float(column[k])

        if self.land is not None:
            add(*self._land_sums(grouping, date_from, date_to))
        categories = []
        items = self.items
        keep = in_range(items.days, date_from, date_to)
        if keep.any():
            category = items.attributes["category"][keep]
            quantity = items.values["quantity"][keep]
            values = {"items": quantity}
            for code in ITEM_CATEGORY.codes:
                mine = np.where(category == code, quantity, 0.0)
                if mine.any():
                    categories.append(code)
                    values[f"item_{code}"] = mine
            add(self._row_keys(items, "detections", grouping, keep), values)
        keep = in_range(self.routes.days, date_from, date_to)
        add(self._row_keys(self.routes, "cleared_routes", grouping, keep),
            {"route_km": self.routes.values["length_m"][keep] / 1000.0})
        keep = in_range(self.accidents.days, date_from, date_to)
        add(self._row_keys(self.accidents, "accidents", grouping, keep),
            {"accidents": np.ones(int(keep.sum())), "killed": self.accidents.values["killed"][keep],
             "injured": self.accidents.values["injured"][keep]})

        columns = [Column("group", grouping_title(grouping), "text"),
                   Column("released_ha", translate("Totals", "Released (ha)"), "ha")]
        columns += [Column(f"{code}_ha", method_title(code), "ha") for code in RELEASE_METHOD.codes]
        columns.append(Column("items", translate("Totals", "Items found"), "count"))
        columns += [Column(f"item_{code}", category_title(code), "count") for code in categories]
        columns += [Column("route_km", translate("Totals", "Routes (km)"), "km"),
                    Column("accidents", translate("Totals", "Accidents"), "count"),
                    Column("killed", translate("Totals", "Killed"), "count"),
                    Column("injured", translate("Totals", "Injured"), "count")]
        keys = sorted(groups, key=lambda g: self._group_order(grouping, g))
        rows = [[key] + [_cast(c.kind, groups[key].get(c.key, 0.0)) for c in columns[1:]] for key in keys]
        totals = [None] + [_cast(c.kind, sum(groups[g].get(c.key, 0.0) for g in keys)) for c in columns[1:]]
        return TotalsTable(grouping, columns, rows, totals, date_from, date_to)

    def _group_order(self, grouping: str, key):
        if grouping == "district" and key in self.region_names:
            return (0, self.region_names.index(key), "")
        return (1 if key == NOT_APPLICABLE else (2 if key is None else 0), 0, "" if key is None else str(key))

    def date_span(self) -> Tuple[Optional[datetime.date], Optional[datetime.date]]:
        """First and last dates of any release, item, route or accident."""
        days = [self.items.days, self.routes.days, self.accidents.days]
        if self.land is not None:
            days.append(self.land.land.days[self.land.land.alive])
        dated = np.concatenate(days)
        dated = dated[dated != NO_DAY]
        if len(dated) == 0:
            return None, None
        return date_of(dated.min()), date_of(dated.max())

    # -- time series for the dashboard's charts ---------------------------------------------------
    def cumulative_hectares(self, date_from=None, date_to=None) -> Tuple[np.ndarray, Dict]:
        """Days (sorted) and, per district, hectares released since the first release up
        to each day; only the days within the range are returned."""
        date_from, date_to = parse_date(date_from), parse_date(date_to)
        if self.land is None or len(self.land.land.pieces.row) == 0:
            return np.zeros(0, dtype=np.int64), {}
        land = self.land.land
        pieces = land.pieces
        dated = land.alive[pieces.row] & (land.days[pieces.row] != NO_DAY)
        days = land.days[pieces.row][dated]
        region = pieces.region[dated]
        area = pieces.area_m2[dated] / M2_PER_HA
        axis, position = distinct_days(days)
        shown = in_range(axis, date_from, date_to)
        # One count over every piece: district (the unplaced, -1, first) by day.
        code = region.astype(np.int64) + 1
        width = int(code.max()) + 1 if len(code) else 0
        per_day = np.bincount(code * len(axis) + position, weights=area,
                              minlength=width * len(axis)).reshape(width, len(axis))
        present = np.bincount(code, minlength=width) > 0
        series = {}
        for c in np.flatnonzero(present).tolist():
            series[self.region_names[c - 1] if c > 0 else None] = np.cumsum(per_day[c])[shown]
        return axis[shown], series

    def items_by_week(self, date_from=None, date_to=None) -> Tuple[List[str], Dict[str, np.ndarray]]:
        """ISO weeks (sorted) and the items found each week, per category present."""
        date_from, date_to = parse_date(date_from), parse_date(date_to)
        items = self.items
        keep = in_range(items.days, date_from, date_to) & (items.days != NO_DAY)
        if not keep.any():
            return [], {}
        codes, weeks = day_codes(items.days[keep], iso_week)
        category = items.attributes["category"][keep]
        quantity = items.values["quantity"][keep]
        out = {}
        for code in ITEM_CATEGORY.codes:
            mine = category == code
            if mine.any():
                out[code] = np.bincount(codes[mine], weights=quantity[mine], minlength=len(weeks))
        return weeks, out

    # -- incremental updates ----------------------------------------------------------------------
    def apply_land_changes(self, added: Sequence[QgsFeature], removed: Iterable[int],
                           crs: QgsCoordinateReferenceSystem) -> None:
        """Released polygons added (or changed: the same feature id again) and removed."""
        if self.land is None:
            return
        land_table, land = self.land, self.land.land
        affected = set(land.remove(removed))
        if added:
            table = features_table(added, _LAND_FIELDS, crs)
            projector = land_table.projector if crs == land_table.projector.crs else \
                PlaneProjector(crs, land_table.projector.lon0)
            geometries = {k: f.geometry() for k, f in enumerate(added)}
            polygons = project_polygons([None] * len(added), projector, geometries)
            affected.update(land.append(polygons, table.fids, days_of(table.columns["released_on"])))
            land_table.append_attributes({name: table.columns[name] for name in land_table.attributes})
        land.recompute(affected)

    def apply_item_changes(self, added: Sequence[QgsFeature], removed: Iterable[int], crs) -> None:
        self.items.remove(removed)
        if added:
            self.items.replace(self._item_rows(features_table(added, _ITEM_FIELDS, crs)))

    def apply_accident_changes(self, added: Sequence[QgsFeature], removed: Iterable[int], crs) -> None:
        self.accidents.remove(removed)
        if added:
            self.accidents.replace(self._accident_rows(features_table(added, _ACCIDENT_FIELDS, crs)))

    def apply_route_changes(self, added: Sequence[QgsFeature], removed: Iterable[int], crs) -> None:
        self.routes.remove(removed)
        if added:
            self.routes.replace(self._route_rows(features_table(added, _ROUTE_FIELDS, crs)))

    # -- rows of points and lines -------------------------------------------------------------------
    def _locate(self, table: FeatureTable) -> np.ndarray:
        region = np.full(len(table), OUTSIDE, dtype=np.int64)
        if self.regions is None or len(table) == 0:
            return region
        ok, x, y = decode_points(table.wkb)
        if ok.any():
            px, py = PlaneProjector(table.crs, self.lon0).points(x[ok], y[ok])
            region[ok] = self.regions.locate_points(px, py)
        return region

    def _item_rows(self, table: FeatureTable) -> FeatureRows:
        quantity = np.nan_to_num(table.columns["quantity"], nan=1.0)
        attributes = {k: table.columns[k] for k in ("category", "organisation", "team", "task_id", "disposition")}
        return FeatureRows(table.fids, days_of(table.columns["found_on"]), self._locate(table), attributes,
                           {"quantity": quantity})

    def _accident_rows(self, table: FeatureTable) -> FeatureRows:
        civilian = np.empty(len(table), dtype=object)
        civilian[:] = ["yes" if c else "no" for c in table.columns["civilian"]]
        values = {"killed": np.nan_to_num(table.columns["killed"]), "injured": np.nan_to_num(table.columns["injured"])}
        return FeatureRows(table.fids, days_of(table.columns["occurred_on"]), self._locate(table),
                           {"civilian": civilian, "activity": table.columns["activity"]}, values)

    def _route_rows(self, table: FeatureTable) -> FeatureRows:
        """Route lengths (ellipsoidal) cut by region: one row per (route, region) piece."""
        plane = plane_crs(self.lon0)
        to_plane = QgsCoordinateTransform(table.crs, plane, QgsCoordinateTransformContext())
        measure = QgsDistanceArea()
        measure.setSourceCrs(plane, QgsCoordinateTransformContext())
        measure.setEllipsoid(ELLIPSOID)
        all_days = days_of(table.columns["cleared_on"])
        rows, region, lengths = [], [], []
        for k, wkb in enumerate(table.wkb):
            geometry = QgsGeometry()
            if wkb:
                geometry.fromWkb(wkb)
            if geometry.isEmpty():
                continue
            geometry.transform(to_plane)
            total = measure.measureLength(geometry)
            inside = 0.0
            if self.regions is not None:
                for r in self.regions.regions_near(geometry.boundingBox()):
                    piece = geometry.intersection(self.regions.geometries[r])
                    length = measure.measureLength(piece) if piece is not None and not piece.isEmpty() else 0.0
                    if length > 0:
                        rows.append(k)
                        region.append(r)
                        lengths.append(length)
                        inside += length
            if total - inside > 1e-6:
                rows.append(k)
                region.append(OUTSIDE)
                lengths.append(total - inside)
        rows = np.array(rows, dtype=np.int64)
        attributes = {name: table.columns[name][rows] for name in ("technique", "organisation", "team", "task_id")}
        return FeatureRows(table.fids[rows], all_days[rows], np.array(region, dtype=np.int64), attributes,
                           {"length_m": np.array(lengths, dtype=float)})


def _cast(kind: str, value: float):
    return int(round(value)) if kind == "count" else float(value)


def features_table(features: Sequence[QgsFeature], fields: Dict[str, str],
                   crs: QgsCoordinateReferenceSystem) -> FeatureTable:
    """A ``FeatureTable`` from ``QgsFeature`` objects (edits reported by a layer)."""

    def value(feature, name):
        index = feature.fields().lookupField(name)
        return feature.attribute(index) if index >= 0 else None

    fids = np.array([f.id() for f in features], dtype=np.int64)
    wkb = [bytes(f.geometry().asWkb()) if f.hasGeometry() else None for f in features]
    columns = {name: convert_values([value(f, name) for f in features], kind) for name, kind in fields.items()}
    return FeatureTable(fids, wkb, columns, crs)


def store_totals(store=None, layers: Optional[Dict[str, object]] = None,
                 progress: Optional[Callable[[float], None]] = None,
                 is_canceled: Optional[Callable[[], bool]] = None, bulk: bool = True) -> StoreTotals:
    """The figures of a store (or of ``layers`` keyed by store layer name)."""
    progress = progress or (lambda value: None)
    if layers is None:
        if store is None:
            raise DeminingError(translate("Totals", "No store to total."))
        layers = {name: store.layer(name) for name in ("regions", "cleared_areas", "detections", "cleared_routes",
                                                       "accidents")}
    released = layers["cleared_areas"]
    regions_layer = layers.get("regions")
    named = read_regions(regions_layer, "name") if regions_layer is not None else []
    regions_source = (named, regions_layer.crs()) if named else None
    # The plane is centred on the programme's districts (or on its released land).
    lon0 = central_longitude(regions_layer.extent(), regions_layer.crs()) if named else \
        central_longitude(released.extent(), released.crs())
    table = read_layer(released, _LAND_FIELDS, is_canceled=is_canceled)
    progress(10)
    land = make_land(table, "released_on", [k for k in _LAND_FIELDS if k != "released_on"], regions_source, lon0,
                      lambda v: progress(10 + 0.7 * v), is_canceled, bulk)
    regions = land.regions
    totals = StoreTotals(list(regions.names) if regions is not None else [], land,
                         FeatureRows.empty((), ()), FeatureRows.empty((), ()), FeatureRows.empty((), ()),
                         regions, lon0)
    totals.items = totals._item_rows(read_layer(layers["detections"], _ITEM_FIELDS, is_canceled=is_canceled))
    progress(85)
    totals.routes = totals._route_rows(read_layer(layers["cleared_routes"], _ROUTE_FIELDS, is_canceled=is_canceled))
    totals.accidents = totals._accident_rows(read_layer(layers["accidents"], _ACCIDENT_FIELDS,
                                                        is_canceled=is_canceled))
    land.land.row_of_fid  # noqa: B018 (built here, in the background, rather than on the first edit)
    progress(100)
    return totals
