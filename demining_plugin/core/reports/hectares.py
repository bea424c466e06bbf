"""Hectares of released land counted once, grouped as asked: the engine of
``demining:hectaretotals`` (``hectare_totals``) and the land table it works on."""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..dates import parse_date
from ..errors import DeminingError
from ..feature_table import DATE, TEXT, FeatureTable, read_layer, read_source
from ..geo.districts import RegionIndex, build_regions, layer_crs, layer_name, read_regions
from ..geo.equal_area import PlaneProjector, central_longitude
from ..geo.measure import M2_PER_HA
from ..geo.polygon_arrays import project_polygons
from ..release.counted_once import NO_DAY, ReleasedLand, release_free_memory, worker_count

#: Qt's translation function under the name pylupdate5 looks for.
from .grouping import (
    DATE_GROUPS,
    DATE_TYPES,
    TEXT_TYPES,
    Codes,
    check_range,
    day_codes,
    day_number,
    days_of,
    group_sums,
    in_range,
    iso_week,
    month_label,
)

translate = QCoreApplication.translate


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
                keys.append(day_codes(self.land.days[row], month_label))
            elif name == "week":
                keys.append(day_codes(self.land.days[row], iso_week))
            else:
                raise DeminingError(translate("Totals", "Cannot group released land by '{name}'.").format(name=name))
        if by_region:
            keys.append(self.region_codes())
        return keys

    def append_attributes(self, values: Dict[str, Sequence]) -> None:
        for name, column in self.attributes.items():
            column.append(values.get(name, [None] * len(next(iter(values.values())))))


def make_land(table: FeatureTable, date_field: Optional[str], attribute_names: Sequence[str],
               regions_source: Optional[Tuple[List, QgsCoordinateReferenceSystem]], lon0: float,
               progress, is_canceled, bulk: bool = True) -> LandTable:
    days = days_of(table.columns[date_field]) if date_field else np.full(len(table), NO_DAY, dtype=np.int64)
    projector = PlaneProjector(table.crs, lon0)
    # The regions (a few polygons through GEOS) are prepared while NumPy decodes, and the
    # polygons are decoded a pass per thread.
    with ThreadPoolExecutor(max_workers=worker_count()) as pool:
        regions_future = pool.submit(build_regions, regions_source[0], regions_source[1], projector) \
            if regions_source is not None else None
        polygons = project_polygons(table.wkb, projector, pool=pool)
        regions = regions_future.result() if regions_future is not None else None
    table.wkb = []  # the rings are in ``polygons`` now: a national store's WKB is hundreds of MB
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
        if fields.at(index).type() not in DATE_TYPES | TEXT_TYPES:
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
    try:
        return _hectare_totals(layer, regions_layer, region_field, group_by, date_field, date_from, date_to, source,
                               progress, is_canceled, bulk, region_column)
    finally:
        # The arrays of a national store are freed by now: hand their memory back, so
        # that QGIS does not keep hundreds of MB it will not use again soon.
        release_free_memory()


def _hectare_totals(layer, regions_layer, region_field, group_by, date_field, date_from, date_to, source, progress,
                    is_canceled, bulk, region_column) -> HectareTotals:
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
    land_table = make_land(table, date_field, [g for g in group_by if g in wanted], regions_source, lon0,
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
