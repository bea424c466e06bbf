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
"""

import datetime
from concurrent.futures import ThreadPoolExecutor
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
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..dates import parse_date
from ..errors import DeminingError
from ..feature_table import BOOLEAN, DATE, NUMBER, TEXT, FeatureTable, convert_values, read_layer, read_source
from ..geo.districts import OUTSIDE, RegionIndex, build_regions, layer_crs, layer_name, read_regions
from ..geo.equal_area import PlaneProjector, central_longitude, plane_crs
from ..geo.measure import M2_PER_HA
from ..geo.polygon_arrays import decode_points, project_polygons
from ..model.schema import ELLIPSOID, ITEM_CATEGORY, RELEASE_METHOD
from ..release.counted_once import NO_DAY, ReleasedLand

#: Qt's translation function under the name pylupdate5 looks for.
translate = QCoreApplication.translate

#: Group-by choices of the dashboard and the store totals, in menu order.
GROUPINGS = ("district", "release_method", "technique", "organisation", "team", "task", "month", "week")
#: Pseudo-fields derived from the date (``hectare_totals`` GROUP_BY accepts them too).
DATE_GROUPS = ("month", "week")
#: Group value of figures whose layer does not record what is grouped on.
NOT_APPLICABLE = "\u2014"

_EPOCH = datetime.date(1970, 1, 1)
_DATE_TYPES = {14, 16}  # QVariant.Date, QVariant.DateTime
_TEXT_TYPES = {10}  # QVariant.String




def grouping_title(grouping: str) -> str:
    return {
        "district": translate("Totals", "District"), "release_method": translate("Totals", "Release method"),
        "technique": translate("Totals", "Technique"), "organisation": translate("Totals", "Organisation"),
        "team": translate("Totals", "Team"), "task": translate("Totals", "Task"),
        "month": translate("Totals", "Month"), "week": translate("Totals", "ISO week"),
    }.get(grouping, grouping)


def category_title(code: str) -> str:
    return {"AP": translate("Totals", "AP mines"), "AT": translate("Totals", "AT mines"),
            "UXO": translate("Totals", "UXO"), "AXO": translate("Totals", "AXO"), "IED": translate("Totals", "IED"),
            "SUBMUNITION": translate("Totals", "Submunitions"),
            "OTHER": translate("Totals", "Other items")}.get(code, code)


def method_title(code: str) -> str:
    return {"cleared": translate("Totals", "Cleared (ha)"), "reduced": translate("Totals", "Reduced (ha)"),
            "cancelled": translate("Totals", "Cancelled (ha)")}.get(code, code)


# -- dates ---------------------------------------------------------------------------------

def check_range(date_from: Optional[datetime.date], date_to: Optional[datetime.date]) -> None:
    if date_from and date_to and date_from > date_to:
        raise DeminingError(translate("Totals", "The period starts ({date_from}) after it ends ({date_to}).").format(
            date_from=date_from.isoformat(), date_to=date_to.isoformat()))


def day_number(date: Optional[datetime.date]) -> Optional[int]:
    return None if date is None else (date - _EPOCH).days


def date_of(day: int) -> datetime.date:
    return _EPOCH + datetime.timedelta(days=int(day))


def days_of(values: np.ndarray) -> np.ndarray:
    """``datetime64[D]`` values as day numbers, ``NO_DAY`` for empty dates."""
    days = values.astype("datetime64[D]").astype(np.int64)
    return np.where(np.isnat(values), NO_DAY, days)


def in_range(days: np.ndarray, date_from=None, date_to=None) -> np.ndarray:
    """Mask of day numbers within the range (inclusive); undated ones only when no range."""
    keep = np.ones(len(days), dtype=bool)
    if date_from is not None or date_to is not None:
        keep &= days != NO_DAY
    if date_from is not None:
        keep &= days >= day_number(date_from)
    if date_to is not None:
        keep &= days <= day_number(date_to)
    return keep


def iso_week(date: datetime.date) -> str:
    year, week, _ = date.isocalendar()
    return f"{year}-W{week:02d}"


def _day_codes(days: np.ndarray, label: Callable[[datetime.date], str]) -> Tuple[np.ndarray, List]:
    """Codes and labels of a date-derived grouping (month, week) for day numbers."""
    unique, inverse = np.unique(days, return_inverse=True)
    day_labels = [None if d == NO_DAY else label(date_of(d)) for d in unique]
    labels = sorted(set(day_labels), key=_sort_key)
    position = {v: k for k, v in enumerate(labels)}
    return np.array([position[v] for v in day_labels], dtype=np.int64)[inverse], labels


def _month(date: datetime.date) -> str:
    return date.strftime("%Y-%m")


# -- grouping -------------------------------------------------------------------------------

def _sort_key(value):
    return (value is None, "" if value is None else str(value))


class Codes:
    """An object column as integer codes into a list of distinct values (``None`` allowed),
    kept up to date when values are appended."""

    def __init__(self, values: Sequence = ()):
        self.labels: List = []
        self._index: Dict = {}
        self.codes = self._encode(values)

    def _encode(self, values: Sequence) -> np.ndarray:
        index, labels = self._index, self.labels

        def code(v):
            k = index.get(v)
            if k is None:
                k = index[v] = len(labels)
                labels.append(v)
            return k

        return np.fromiter((code(v) for v in values), dtype=np.int64, count=len(values))

    def append(self, values: Sequence) -> None:
        self.codes = np.concatenate([self.codes, self._encode(values)])


def group_sums(keys: Sequence[Tuple[np.ndarray, List]], values: Dict[str, np.ndarray],
               distinct: Optional[np.ndarray] = None):
    """Sum ``values`` over the distinct combinations of coded columns ``(codes, labels)``.

    Returns ``(group_keys, sums, counts)``: tuples of labels sorted by value, the sums per
    group and the number of distinct ``distinct`` ids (rows when None) per group.
    """
    size = len(next(iter(values.values())))
    if size == 0:
        return [], {name: np.zeros(0) for name in values}, np.zeros(0, dtype=np.int64)
    combined = np.zeros(size, dtype=np.int64)
    for codes, labels in keys:
        combined = combined * max(len(labels), 1) + codes
    group_codes, inverse = np.unique(combined, return_inverse=True)
    group_keys = []
    for c in group_codes:
        parts = []
        for _codes, labels in reversed(keys):
            c, k = divmod(int(c), max(len(labels), 1))
            parts.append(labels[k])
        group_keys.append(tuple(reversed(parts)))
    sums = {name: np.bincount(inverse, weights=v, minlength=len(group_keys)) for name, v in values.items()}
    if distinct is None:
        counts = np.bincount(inverse, minlength=len(group_keys))
    else:
        span = int(distinct.max()) + 1
        pairs = np.unique(inverse.astype(np.int64) * span + distinct)
        counts = np.bincount(pairs // span, minlength=len(group_keys))
    order = sorted(range(len(group_keys)), key=lambda k: tuple(_sort_key(v) for v in group_keys[k]))
    return [group_keys[k] for k in order], {n: s[order] for n, s in sums.items()}, counts[order]


# -- released land with its attributes ---------------------------------------------------------

@dataclass
class LandTable:
    """A polygon layer's released land, attributed once, with the attributes to group by."""

    land: ReleasedLand
    attributes: Dict[str, Codes]
    projector: PlaneProjector

    @property
    def regions(self) -> Optional[RegionIndex]:
        return self.land.regions

    def region_codes(self) -> Tuple[np.ndarray, List]:
        names = list(self.regions.names) if self.regions is not None else []
        pieces_region = self.land.pieces.region
        return np.where(pieces_region >= 0, pieces_region, len(names)), names + [None]

    def piece_keys(self, group_by: Sequence[str], by_region: bool):
        """Coded group columns per piece."""
        row = self.land.pieces.row
        keys = []
        for name in group_by:
            if name in self.attributes:
                column = self.attributes[name]
                keys.append((column.codes[row], column.labels))
            elif name == "month":
                keys.append(_day_codes(self.land.days[row], _month))
            elif name == "week":
                keys.append(_day_codes(self.land.days[row], iso_week))
            else:
                raise DeminingError(translate("Totals", "Cannot group released land by '{name}'.").format(name=name))
        if by_region:
            keys.append(self.region_codes())
        return keys

    def append_attributes(self, values: Dict[str, Sequence]) -> None:
        for name, column in self.attributes.items():
            column.append(values.get(name, [None] * len(next(iter(values.values())))))


def _make_land(table: FeatureTable, date_field: Optional[str], attribute_names: Sequence[str],
               regions_source: Optional[Tuple[List, QgsCoordinateReferenceSystem]], lon0: float,
               progress, is_canceled, bulk: bool = True) -> LandTable:
    days = days_of(table.columns[date_field]) if date_field else np.full(len(table), NO_DAY, dtype=np.int64)
    projector = PlaneProjector(table.crs, lon0)
    if regions_source is not None:
        # The regions (a few polygons through GEOS) are prepared while NumPy decodes.
        with ThreadPoolExecutor(max_workers=1) as pool:
            regions_future = pool.submit(build_regions, regions_source[0], regions_source[1], projector)
            polygons = project_polygons(table.wkb, projector)
            regions = regions_future.result()
    else:
        polygons = project_polygons(table.wkb, projector)
        regions = None
    land = ReleasedLand(polygons, table.fids, days, regions)
    land.build(progress=progress, is_canceled=is_canceled, bulk=bulk)
    attributes = {name: Codes(table.columns[name]) for name in attribute_names}
    return LandTable(land, attributes, projector)


def _subset(table: FeatureTable, keep: np.ndarray) -> FeatureTable:
    if keep.all():
        return table
    index = np.flatnonzero(keep)
    return FeatureTable(table.fids[index], [table.wkb[k] for k in index],
                        {name: values[index] for name, values in table.columns.items()}, table.crs)


# -- hectare_totals (the engine of demining:hectaretotals) ----------------------------------------

@dataclass
class HectareTotals:
    group_fields: List[str]
    rows: List[Tuple[Tuple, float, int]]  # (group values, hectares, number of features)
    total_ha: float
    features: int
    general_features: int = 0


def _check_inputs(input_layer, name: str, group_by: List[str], date_field: Optional[str], regions_layer,
                  region_field: str) -> Dict[str, str]:
    if QgsWkbTypes.geometryType(input_layer.wkbType()) != QgsWkbTypes.PolygonGeometry:
        raise DeminingError(translate("Totals", "Layer '{name}' is not a polygon layer.").format(name=name))
    fields = input_layer.fields()
    if len(set(group_by)) != len(group_by):
        raise DeminingError(translate("Totals", "GROUP_BY names a field twice: {group_by}.").format(
            group_by=', '.join(group_by)))
    wanted: Dict[str, str] = {}
    for g in group_by:
        if fields.lookupField(g) >= 0:
            wanted[g] = TEXT
        elif g in DATE_GROUPS:
            if not date_field:
                raise DeminingError(translate("Totals", "Grouping by {g} needs a date field (DATE_FIELD).").format(g=g))
        else:
            raise DeminingError(translate(
                "Totals", "Layer '{name}' has no field '{g}' to group by (its fields: {fields}; also month and "
                          "week).").format(name=name, g=g, fields=', '.join(fields.names())))
    if date_field:
        index = fields.lookupField(date_field)
        if index < 0:
            raise DeminingError(translate("Totals", "Layer '{name}' has no date field '{date_field}'.").format(
                name=name, date_field=date_field))
        if fields.at(index).type() not in _DATE_TYPES | _TEXT_TYPES:
            raise DeminingError(translate(
                "Totals", "Field '{date_field}' of layer '{name}' does not hold dates.").format(
                    date_field=date_field, name=name))
        wanted[date_field] = DATE
    if regions_layer is not None:
        if QgsWkbTypes.geometryType(regions_layer.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise DeminingError(translate("Totals", "The regions layer '{layer_name}' is not a polygon layer.").format(
                layer_name=layer_name(regions_layer)))
        if regions_layer.fields().lookupField(region_field) < 0:
            raise DeminingError(translate(
                "Totals", "The regions layer '{layer_name}' has no field '{region_field}'.").format(
                    layer_name=layer_name(regions_layer), region_field=region_field))
    return wanted


def hectare_totals(layer=None, regions_layer=None, region_field: str = "name", group_by: Sequence[str] = (),
                   date_field: Optional[str] = None, date_from=None, date_to=None, source=None,
                   progress: Optional[Callable[[float], None]] = None,
                   is_canceled: Optional[Callable[[], bool]] = None, bulk: bool = True,
                   region_column: str = "region") -> HectareTotals:
    """Hectares of a polygon layer (or a Processing ``source``), every square metre once,
    grouped by ``group_by`` fields (``month``/``week`` of ``date_field`` too) and by
    region when ``regions_layer`` is given, for features dated within the range
    (inclusive). Land first released before the range does not count in it."""
    progress = progress or (lambda value: None)
    input_layer = layer if layer is not None else source
    if input_layer is None:
        raise DeminingError(translate("Totals", "No input layer."))
    name = layer_name(input_layer)
    group_by = [g.strip() for g in group_by if g and g.strip()]
    wanted = _check_inputs(input_layer, name, group_by, date_field, regions_layer, region_field)
    date_from, date_to = parse_date(date_from, "DATE_FROM"), parse_date(date_to, "DATE_TO")
    check_range(date_from, date_to)
    if (date_from or date_to) and not date_field:
        raise DeminingError(translate("Totals", "A date range needs a date field (DATE_FIELD)."))
    regions_source = None
    if regions_layer is not None:
        regions_source = (read_regions(regions_layer, region_field), layer_crs(regions_layer))

    table = read_layer(layer, wanted, is_canceled=is_canceled, fallback=source) if layer is not None else \
        read_source(source, wanted, is_canceled=is_canceled)
    progress(10)
    if date_from is not None or date_to is not None:
        # Undated releases and those after the range never come before one in it.
        days = days_of(table.columns[date_field])
        table = _subset(table, (days != NO_DAY) & ((days <= day_number(date_to)) if date_to else True))
    extent = layer.extent() if layer is not None else source.sourceExtent()
    lon0 = central_longitude(extent, table.crs)
    if regions_source is not None and regions_source[0]:
        # Centred on the districts: the same plane whatever the input layer.
        lon0 = central_longitude(regions_layer.sourceExtent() if not hasattr(regions_layer, "extent")
                                 else regions_layer.extent(), layer_crs(regions_layer))
    land_table = _make_land(table, date_field, [g for g in group_by if g in wanted], regions_source, lon0,
                            lambda v: progress(10 + 0.85 * v), is_canceled, bulk)
    land = land_table.land
    pieces = land.pieces
    counted = in_range(land.days[pieces.row], date_from, date_to) if (date_from or date_to) else \
        np.ones(len(pieces.row), dtype=bool)
    keys = [(codes[counted], labels) for codes, labels in land_table.piece_keys(group_by, regions_layer is not None)]
    area = pieces.area_m2[counted]
    if keys:
        group_keys, sums, counts = group_sums(keys, {"area": area}, distinct=pieces.row[counted])
    else:
        group_keys, sums = [()], {"area": np.array([area.sum()])}
        counts = np.array([len(np.unique(pieces.row[counted]))])
    names = list(group_by) + ([region_column] if regions_layer is not None else [])
    rows = [(key, float(a) / M2_PER_HA, int(c)) for key, a, c in zip(group_keys, sums["area"], counts)]
    features = int(np.count_nonzero(in_range(land.days, date_from, date_to) & land.alive))
    progress(100)
    return HectareTotals(names, rows, float(area.sum()) / M2_PER_HA, features, len(land.general_rows))


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
            return [_day_codes(rows.days[keep], _month)]
        if grouping == "week":
            return [_day_codes(rows.days[keep], iso_week)]
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
        axis, position = np.unique(days, return_inverse=True)
        shown = in_range(axis, date_from, date_to)
        series = {}
        for r in np.unique(region):
            mine = region == r
            per_day = np.bincount(position[mine], weights=area[mine], minlength=len(axis))
            series[self.region_names[r] if r >= 0 else None] = np.cumsum(per_day)[shown]
        return axis[shown], series

    def items_by_week(self, date_from=None, date_to=None) -> Tuple[List[str], Dict[str, np.ndarray]]:
        """ISO weeks (sorted) and the items found each week, per category present."""
        date_from, date_to = parse_date(date_from), parse_date(date_to)
        items = self.items
        keep = in_range(items.days, date_from, date_to) & (items.days != NO_DAY)
        if not keep.any():
            return [], {}
        codes, weeks = _day_codes(items.days[keep], iso_week)
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
    land = _make_land(table, "released_on", [k for k in _LAND_FIELDS if k != "released_on"], regions_source, lon0,
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

