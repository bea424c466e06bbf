"""Productivity measured from the store: square metres released per team-day.

Released land is counted once (the totals engine: ``reports.hectares.make_land``), so a
square metre released twice counts for the earliest release only. A team-day is:

- a row of ``work_days`` where the team logged its work on the task; the land that team
  released on the task in the period is spread evenly over those rows (a team-day's figure
  is the task's mean), so days of work without a release of their own count too;
- otherwise (tasks and teams without work days) a distinct pair (team, released_on) of the
  released land, with the land that team released that day.

A team-day whose land falls in two groups (two districts, say) counts once in each. The
10th, 50th and 90th percentiles are taken over the team-days of a group (NumPy's linear
interpolation). How suspected (SHA) and confirmed (CHA) land left the hazards is the share
of each release method in the land released from hazards of that classification.
"""

import datetime
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..dates import parse_date
from ..errors import DeminingError
from ..feature_table import DATE, NUMBER, TEXT, read_layer
from ..geo.districts import read_regions
from ..geo.equal_area import central_longitude
from ..model.schema import CLASSIFICATION, RELEASE_METHOD
from ..release.counted_once import NO_DAY
from ..reports.grouping import check_range, date_of, days_of, in_range
from ..reports.hectares import LandTable, make_land
from .land_left import land_left, read_hazard_table

translate = QCoreApplication.translate

#: GROUP_BY choices and the released land's field behind each (district: where the land lies).
PRODUCTIVITY_GROUPS = {"technique": "technique", "method": "release_method", "district": None,
                       "organisation": "organisation", "team": "team"}
_LAND_FIELDS = {"released_on": DATE, "release_method": TEXT, "technique": TEXT, "organisation": TEXT,
                "team": TEXT, "task_id": TEXT, "hazard_id": TEXT}
_WORK_FIELDS = {"task_id": TEXT, "worked_on": DATE, "team": TEXT, "technique": TEXT, "organisation": TEXT}
HAZARD_FIELDS = {"hazard_id": TEXT, "name": TEXT, "classification": TEXT, "status": TEXT, "district": TEXT,
                 "area_ha": NUMBER, "remaining_ha": NUMBER}


@dataclass
class WorkDays:
    """The store's work days (one row each)."""

    task: np.ndarray
    team: np.ndarray
    days: np.ndarray
    technique: np.ndarray

    @classmethod
    def none(cls) -> "WorkDays":
        empty = np.empty(0, dtype=object)
        return cls(empty, empty, np.zeros(0, dtype=np.int64), empty)


@dataclass
class StoreLand:
    """What productivity and the forecast read from a store: the released land counted once,
    the work days, the hazards' attributes (by hazard_id) and the hectares left in them by
    district and classification, counted once (``land_left``)."""

    land: LandTable
    work: WorkDays
    hazards: Dict[str, dict] = field(default_factory=dict)
    left: Dict[Optional[str], Dict[str, float]] = field(default_factory=dict)


@dataclass
class ProductivityRow:
    group: object
    team_days: int
    released_m2: float
    p10: float
    p50: float
    p90: float
    #: share of SHA and CHA land released by each method: {("SHA", "cleared"): 0.2, ...}
    shares: Dict[Tuple[str, str], float]

    @property
    def m2_per_team_day(self) -> float:
        return self.released_m2 / self.team_days if self.team_days else 0.0


@dataclass
class Productivity:
    group_by: str
    rows: List[ProductivityRow]
    total: ProductivityRow
    date_from: Optional[datetime.date] = None
    date_to: Optional[datetime.date] = None

    def row(self, group) -> Optional[ProductivityRow]:
        return next((r for r in self.rows if r.group == group), None)


def read_store_land(store, progress: Optional[Callable[[float], None]] = None,
                    is_canceled: Optional[Callable[[], bool]] = None) -> StoreLand:
    """Released land (counted once, placed in the districts), work days, hazards and the land
    left in them of a store; ``progress`` goes from 0 to 100, ``is_canceled`` stops the work
    with ``CancelledError``."""
    progress = progress or (lambda value: None)
    released, regions_layer = store.layer("cleared_areas"), store.layer("regions")
    named = read_regions(regions_layer, "name")
    anchor = regions_layer if named else released
    table = read_layer(released, _LAND_FIELDS, is_canceled=is_canceled)
    released_wkb = table.wkb  # make_land lets the table's go once projected
    land = make_land(table, "released_on", [k for k in _LAND_FIELDS if k != "released_on"],
                     (named, regions_layer.crs()) if named else None, central_longitude(anchor.extent(), anchor.crs()),
                     lambda v: progress(0.4 * v), is_canceled)
    hazard_layer = store.layer("hazard_areas")
    left = land_left(read_hazard_table(hazard_layer, is_canceled), released_wkb, land,
                     lambda v: progress(40 + 0.55 * v), is_canceled)
    del released_wkb
    work = WorkDays.none()
    work_layer = store.layer("work_days")
    if work_layer.isValid():
        rows = read_layer(work_layer, _WORK_FIELDS, geometry=False, is_canceled=is_canceled)
        work = WorkDays(rows.columns["task_id"], rows.columns["team"], days_of(rows.columns["worked_on"]),
                        rows.columns["technique"])
    hazards = read_hazards(hazard_layer)
    progress(100)
    return StoreLand(land, work, hazards, left)


def read_hazards(layer) -> Dict[str, dict]:
    rows = read_layer(layer, HAZARD_FIELDS, geometry=False)
    names = list(HAZARD_FIELDS)
    return {hid: {name: rows.columns[name][k] for name in names}
            for k, hid in enumerate(rows.columns["hazard_id"]) if hid is not None}


@dataclass
class _Units:
    """Team-days as samples: group label, unit key and the square metres it released."""

    group: List = field(default_factory=list)
    unit: List = field(default_factory=list)
    area: List = field(default_factory=list)


def _piece_columns(land: LandTable, group_by: str, date_from, date_to):
    pieces = land.land.pieces
    keep = land.land.alive[pieces.row] & in_range(land.land.days[pieces.row], date_from, date_to)
    row = pieces.row[keep]

    def labels(name):
        column = land.attributes[name]
        return np.array(column.labels, dtype=object)[column.codes[row]] if len(column.labels) else \
            np.full(len(row), None, dtype=object)

    if group_by == "district":
        codes, names = land.region_codes()
        groups = np.array(names, dtype=object)[codes[keep]]
    elif group_by:
        groups = labels(PRODUCTIVITY_GROUPS[group_by])
    else:
        groups = np.full(len(row), None, dtype=object)
    return {"group": groups, "team": labels("team"), "task": labels("task_id"), "method": labels("release_method"),
            "hazard": labels("hazard_id"), "day": land.land.days[row], "area": pieces.area_m2[keep]}


def _team_days(columns, work: WorkDays, date_from, date_to) -> _Units:
    units = _Units()
    worked: Dict[Tuple, List[int]] = {}
    in_period = in_range(work.days, date_from, date_to)
    for task, team, day in zip(work.task[in_period], work.team[in_period], work.days[in_period]):
        worked.setdefault((task, team), []).append(int(day))
    spread: Dict[Tuple, float] = {}
    pairs: Dict[Tuple, float] = {}
    for group, team, task, day, area in zip(columns["group"], columns["team"], columns["task"], columns["day"],
                                            columns["area"]):
        if (task, team) in worked:
            spread[(group, task, team)] = spread.get((group, task, team), 0.0) + float(area)
        elif day != NO_DAY:
            pairs[(group, team, int(day))] = pairs.get((group, team, int(day)), 0.0) + float(area)
    for (group, task, team), area in spread.items():
        days = worked[(task, team)]
        for k, day in enumerate(days):
            units.group.append(group)
            units.unit.append(("work", task, team, day, k))
            units.area.append(area / len(days))
    for (group, team, day), area in pairs.items():
        units.group.append(group)
        units.unit.append(("pair", team, day))
        units.area.append(area)
    return units


def _shares(columns, hazards: Dict[str, dict], mask: np.ndarray) -> Dict[Tuple[str, str], float]:
    classification = np.array([(hazards.get(h) or {}).get("classification") for h in columns["hazard"][mask]],
                               dtype=object)
    area, method = columns["area"][mask], columns["method"][mask]
    shares = {}
    for c in CLASSIFICATION.codes:
        mine = classification == c
        whole = float(area[mine].sum())
        for m in RELEASE_METHOD.codes:
            shares[(c, m)] = float(area[mine & (method == m)].sum()) / whole if whole > 0 else 0.0
    return shares


def _row(group, units: _Units, pick: np.ndarray, shares) -> ProductivityRow:
    area = np.array(units.area, dtype=float)[pick]
    keys = {units.unit[k] for k in np.flatnonzero(pick)}
    p10, p50, p90 = np.percentile(area, [10, 50, 90]) if len(area) else (0.0, 0.0, 0.0)
    return ProductivityRow(group, len(keys), float(area.sum()), float(p10), float(p50), float(p90), shares)


def productivity(land: StoreLand, group_by: str = "", date_from=None, date_to=None) -> Productivity:
    """Square metres per team-day by ``group_by`` (one of ``PRODUCTIVITY_GROUPS`` or '' for
    all), over land released and days worked within the dates (inclusive)."""
    group_by = (group_by or "").strip()
    if group_by and group_by not in PRODUCTIVITY_GROUPS:
        raise DeminingError(translate("Planning", "Cannot group productivity by '{group_by}'; choose one of "
                                                  "{choices}.").format(group_by=group_by,
                                                                       choices=", ".join(PRODUCTIVITY_GROUPS)))
    date_from, date_to = parse_date(date_from, "DATE_FROM"), parse_date(date_to, "DATE_TO")
    check_range(date_from, date_to)
    columns = _piece_columns(land.land, group_by, date_from, date_to)
    units = _team_days(columns, land.work, date_from, date_to)
    unit_groups = np.array(units.group, dtype=object)
    labels = sorted(set(units.group), key=lambda g: (g is None, "" if g is None else str(g)))
    rows = [_row(g, units, unit_groups == g, _shares(columns, land.hazards, columns["group"] == g)) for g in labels]
    # In all, a team-day counts once whatever groups its land fell in.
    merged: Dict = {}
    for unit, area in zip(units.unit, units.area):
        merged[unit] = merged.get(unit, 0.0) + area
    total_units = _Units([None] * len(merged), list(merged), list(merged.values()))
    total = _row(None, total_units, np.ones(len(merged), dtype=bool),
                 _shares(columns, land.hazards, np.ones(len(columns["area"]), dtype=bool)))
    return Productivity(group_by, rows, total, date_from, date_to)


def teams_seen(land: StoreLand, days: int = 90, until: Optional[datetime.date] = None) -> Dict[Optional[str], int]:
    """Teams per technique seen working (work days or released land) in the ``days`` up to
    ``until`` (by default the last day worked or released in the store); a team counts for
    the technique of its latest work."""
    columns = _piece_columns(land.land, "technique", None, None)
    day = np.concatenate([columns["day"], land.work.days])
    team = np.concatenate([columns["team"], land.work.team])
    technique = np.concatenate([columns["group"], land.work.technique])
    dated = day != NO_DAY
    if not dated.any():
        return {}
    last = (until - date_of(0)).days if until else int(day[dated].max())
    recent = dated & (day > last - days) & (day <= last)
    latest: Dict = {}
    for _d, t, k in sorted(zip(day[recent], team[recent], technique[recent]), key=lambda x: x[0]):
        if t is not None:
            latest[t] = k
    counts: Dict[Optional[str], int] = {}
    for k in latest.values():
        counts[k] = counts.get(k, 0) + 1
    return counts


def parse_numbers(text: str, name: str, choices: Sequence[str]) -> Dict[str, float]:
    """``"manual=12, mechanical=4"`` as {name: number}; names among ``choices``."""
    out: Dict[str, float] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        key = key.strip()
        try:
            number = float(value)
        except ValueError:
            number = None
        if not sep or key not in choices or number is None or number < 0:
            raise DeminingError(translate(
                "Planning", "{name}: '{part}' is not a name=number pair with a name among {choices} and a number "
                            "of zero or more.").format(name=name, part=part.strip(), choices=", ".join(choices)))
        out[key] = number
    return out
