"""Accident figures: killed and injured, civilian or not, by activity at the time, and
each activity's share of the accidents ("51% of mine accidents came from illegal entry
into uncleared land").

Computed from the accident rows of ``totals.StoreTotals`` (so the dashboard's
incremental updates apply), or straight from a store with ``store_accident_figures``.
"""

import datetime
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..dates import parse_date
from ..feature_table import read_layer
from ..model.schema import ACTIVITY
from .grouping import days_of, in_range
from .totals import _ACCIDENT_FIELDS, FeatureRows

translate = QCoreApplication.translate

#: Group of accidents whose activity was not recorded.
UNRECORDED = None


@dataclass
class ActivityFigures:
    activity: Optional[str]  # ACTIVITY code, None when not recorded
    accidents: int
    killed: int
    injured: int
    civilian_killed: int
    civilian_injured: int
    share: float  # of all the accidents, 0..1

    @property
    def casualties(self) -> int:
        return self.killed + self.injured

    @property
    def title(self) -> str:
        return activity_title(self.activity)


@dataclass
class AccidentFigures:
    date_from: Optional[datetime.date]
    date_to: Optional[datetime.date]
    accidents: int = 0
    killed: int = 0
    injured: int = 0
    civilian_accidents: int = 0
    civilian_killed: int = 0
    civilian_injured: int = 0
    #: Largest share first; activities with no accident are left out.
    by_activity: List[ActivityFigures] = field(default_factory=list)

    @property
    def military_killed(self) -> int:
        return self.killed - self.civilian_killed

    @property
    def military_injured(self) -> int:
        return self.injured - self.civilian_injured

    def share(self, activity: Optional[str]) -> float:
        for row in self.by_activity:
            if row.activity == activity:
                return row.share
        return 0.0


def activity_title(code: Optional[str]) -> str:
    if code is None:
        return translate("Accidents", "Activity not recorded")
    return translate("Schema", ACTIVITY.label(code))


def accident_figures(rows: FeatureRows, date_from=None, date_to=None) -> AccidentFigures:
    """Figures of the accidents in ``rows`` that occurred in the period (both days included)."""
    date_from, date_to = parse_date(date_from, "date_from"), parse_date(date_to, "date_to")
    figures = AccidentFigures(date_from, date_to)
    if len(rows.fids) == 0:
        return figures
    keep = in_range(rows.days, date_from, date_to)
    killed = rows.values["killed"][keep].astype(float)
    injured = rows.values["injured"][keep].astype(float)
    civilian = rows.attributes["civilian"][keep] == "yes"
    activity = rows.attributes.get("activity")
    activity = activity[keep] if activity is not None else np.full(int(keep.sum()), None, dtype=object)
    total = int(keep.sum())
    figures.accidents = total
    figures.killed, figures.injured = int(killed.sum()), int(injured.sum())
    figures.civilian_accidents = int(civilian.sum())
    figures.civilian_killed, figures.civilian_injured = int(killed[civilian].sum()), int(injured[civilian].sum())
    if total == 0:
        return figures
    known = list(ACTIVITY.codes)
    present = [code for code in known if (activity == code).any()]
    # Codes outside the list (data imported from elsewhere) keep their own group.
    present += sorted({a for a in activity if a is not None and a not in known})
    if any(a is None for a in activity):
        present.append(UNRECORDED)
    for code in present:
        mine = np.array([a == code for a in activity], dtype=bool) if code is None else activity == code
        n = int(mine.sum())
        figures.by_activity.append(ActivityFigures(
            code, n, int(killed[mine].sum()), int(injured[mine].sum()), int(killed[mine & civilian].sum()),
            int(injured[mine & civilian].sum()), n / total))
    order = {code: k for k, code in enumerate(present)}
    figures.by_activity.sort(key=lambda row: (-row.accidents, order[row.activity]))
    return figures


def store_accident_figures(store, date_from=None, date_to=None) -> AccidentFigures:
    """Accident figures read straight from a store's ``accidents`` layer."""
    table = read_layer(store.layer("accidents"), _ACCIDENT_FIELDS)
    civilian = np.empty(len(table), dtype=object)
    civilian[:] = ["yes" if c else "no" for c in table.columns["civilian"]]
    rows = FeatureRows(table.fids, days_of(table.columns["occurred_on"]), np.full(len(table), -1),
                       {"civilian": civilian, "activity": table.columns["activity"]},
                       {"killed": np.nan_to_num(table.columns["killed"]),
                        "injured": np.nan_to_num(table.columns["injured"])})
    return accident_figures(rows, date_from, date_to)


def format_share(share: float) -> str:
    """A share as a whole percentage ("51%"), one decimal when under 1%."""
    percent = share * 100
    if 0 < percent < 1:
        return f"{percent:.1f}%"
    return f"{percent:.0f}%"
