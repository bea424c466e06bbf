"""What totals are grouped and dated by: the groupings and their titles, day numbers and
date ranges, and sums of values by group codes on whole columns."""

import datetime
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..release.counted_once import NO_DAY

#: Qt's translation function under the name pylupdate5 looks for.

translate = QCoreApplication.translate


#: Group-by choices of the dashboard and the store totals, in menu order.
GROUPINGS = ("district", "release_method", "technique", "organisation", "team", "task", "month", "week")
#: Pseudo-fields derived from the date (``hectare_totals`` GROUP_BY accepts them too).
DATE_GROUPS = ("month", "week")
#: Group value of figures whose layer does not record what is grouped on.
NOT_APPLICABLE = "\u2014"

_EPOCH = datetime.date(1970, 1, 1)
DATE_TYPES = {14, 16}  # QVariant.Date, QVariant.DateTime
TEXT_TYPES = {10}  # QVariant.String




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


def distinct_days(days: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """``np.unique(days, return_inverse=True)`` by counting (see ``distinct_codes``); the
    undated (``NO_DAY``) last, as a sort puts them."""
    dated = days != NO_DAY
    if not dated.any():
        return np.unique(days, return_inverse=True)
    low, high = int(days[dated].min()), int(days[dated].max())
    span = high - low + 1
    codes = np.where(dated, days - low, span)  # the undated after every day
    groups, inverse = distinct_codes(codes, span + 1)
    return np.where(groups == span, NO_DAY, groups + low), inverse


def day_codes(days: np.ndarray, label: Callable[[datetime.date], str]) -> Tuple[np.ndarray, List]:
    """Codes and labels of a date-derived grouping (month, week) for day numbers."""
    unique, inverse = distinct_days(days)
    day_labels = [None if d == NO_DAY else label(date_of(d)) for d in unique]
    labels = sorted(set(day_labels), key=_sort_key)
    position = {v: k for k, v in enumerate(labels)}
    return np.array([position[v] for v in day_labels], dtype=np.int64)[inverse], labels


def month_label(date: datetime.date) -> str:
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


#: Up to this many possible combined codes, the groups are found by counting, not sorting.
DENSE_CODES = 1 << 22


def distinct_codes(codes: np.ndarray, span: int) -> Tuple[np.ndarray, np.ndarray]:
    """``np.unique(codes, return_inverse=True)`` for codes in ``[0, span)``: by counting when
    ``span`` is small (a million pieces grouped in milliseconds, not a sort of the million
    on the main thread at every change of the dashboard's period or grouping)."""
    if span > DENSE_CODES:
        return np.unique(codes, return_inverse=True)
    present = np.bincount(codes, minlength=span) > 0
    position = np.cumsum(present) - 1
    return np.flatnonzero(present), position[codes]


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
    span = 1
    for codes, labels in keys:
        combined = combined * max(len(labels), 1) + codes
        span *= max(len(labels), 1)
    group_codes, inverse = distinct_codes(combined, span)
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
