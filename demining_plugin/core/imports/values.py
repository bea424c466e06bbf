"""The attributes of each kind of import, read and checked row by row (categories, dates,
quantities, depths), with cached parsers since files repeat the same spellings."""

import datetime
from typing import Callable, Dict, List, Optional

from qgis.PyQt.QtCore import QCoreApplication

from ..dates import guess_date
from ..errors import DeminingError
from ..model import categories
from .options import ACCIDENTS, ATTRIBUTE_TARGETS, DETECTIONS, MAX_DEPTH_CM, target_label
from .rows import Rows, to_int
from .tables import SourceTable

translate = QCoreApplication.translate

# -- attributes of each kind --------------------------------------------------------------


def _column_values(table: SourceTable, mapping, target: str) -> List[Optional[str]]:
    column = mapping.get(target)
    if not column:
        return [None] * len(table)
    if column not in table.columns:
        raise DeminingError(
            translate("Importers", "{0} has no column '{1}' (mapped to {2}).").format(
                table.path.name, column, target_label(target))
        )
    return table.column(column)


class _Cached:
    def __init__(self, function: Callable):
        self.function = function
        self.cache: Dict[object, object] = {}

    def __call__(self, *key):
        if key not in self.cache:
            self.cache[key] = self.function(*key)
        return self.cache[key]


def mine_map_values(rows: Rows, mapping) -> Dict[str, list]:
    # Records repeat a few spellings and numbers over 100,000s of rows: each distinct value
    # is parsed once, and only rows holding a bad one are visited.
    table = rows.table
    cats, models = _column_values(table, mapping, "category"), _column_values(table, mapping, "model")
    row_nos, mine_nos = _column_values(table, mapping, "row_no"), _column_values(table, mapping, "mine_no")
    # A category that says something is read alone; the model only speaks when it is blank.
    spelt = set(cats)
    codes = {cat: categories.normalise_category(cat) for cat in spelt if cat is not None and str(cat).strip()}
    if len(codes) == len(spelt):
        keys, categories_of = cats, codes
        unknown = {cat for cat, code in codes.items() if code is None}
    else:
        keys = list(zip(cats, models))
        categories_of = {pair: categories.normalise_category(*pair) for pair in set(keys)}
        unknown = {pair for pair, code in categories_of.items() if code is None and pair[0] is not None}
    out = {"category": list(map(categories_of.__getitem__, keys)), "model": models}
    if unknown:
        for i, key in enumerate(keys):
            if key in unknown:
                rows.refuse(i, "unknown_category", translate("Importers", "unknown mine type '{0}'").format(cats[i]))
    for target, values in (("row_no", row_nos), ("mine_no", mine_nos)):
        parsed = {value: to_int(value) for value in set(values)}
        out[target] = list(map({value: number for value, (number, _ok) in parsed.items()}.__getitem__, values))
        bad = {value for value, (number, ok) in parsed.items() if not ok or (number is not None and number < 0)}
        if bad:
            for i, value in enumerate(values):
                if value in bad:
                    rows.refuse(
                        i,
                        "bad_number",
                        translate("Importers", "{0} '{1}' is not a whole number of 0 or more").format(
                            target_label(target), value),
                    )
    return out


def _date_check(rows: Rows, i: int, text, target: str, today: datetime.date, cache: _Cached):
    if text is None:
        rows.refuse(i, "missing_date", translate("Importers", "has no {0}").format(target_label(target).lower()))
        return None
    day = cache(text)
    if day is None:
        rows.refuse(i, "bad_date", translate(
            "Importers", "{0} '{1}' is not a date (use YYYY-MM-DD)").format(target_label(target), text))
        return None
    if day > today:
        rows.refuse(i, "future_date", translate(
            "Importers", "{0} {1} is in the future").format(target_label(target), day.isoformat()))
    return day


def detection_values(rows: Rows, mapping, today: datetime.date) -> Dict[str, list]:
    table = rows.table
    n = len(table)
    get = {target: _column_values(table, mapping, target) for target in ATTRIBUTE_TARGETS[DETECTIONS]}
    category_of = _Cached(categories.normalise_category)
    date_of = _Cached(guess_date)
    out: Dict[str, list] = {name: [None] * n for name in ATTRIBUTE_TARGETS[DETECTIONS]}
    for name in ("model", "organisation", "team", "remarks"):
        out[name] = get[name]
    for i in range(n):
        text, model = get["category"][i], get["model"][i]
        code = category_of(text, model)
        if code is None:
            if text is None:
                rows.refuse(i, "missing_category", translate(
                    "Importers", "has no category and its model does not imply one"))
            else:
                rows.refuse(i, "unknown_category", translate("Importers", "unknown item category '{0}'").format(text))
        out["category"][i] = code
        out["found_on"][i] = _date_check(rows, i, get["found_on"][i], "found_on", today, date_of)
        quantity, ok = to_int(get["quantity"][i])
        if not ok:
            rows.refuse(i, "bad_quantity", translate(
                "Importers", "quantity '{0}' is not a whole number").format(get["quantity"][i]))
        elif quantity is not None and quantity < 1:
            rows.refuse(i, "bad_quantity", translate("Importers", "quantity {0} is under 1").format(quantity))
        out["quantity"][i] = 1 if quantity is None else quantity
        depth, ok = to_int(get["depth_cm"][i])
        if not ok:
            try:
                depth = round(float(str(get["depth_cm"][i]).replace(",", ".")))  # inf: OverflowError
                ok = True
            except (ValueError, OverflowError):
                rows.refuse(i, "bad_depth", translate(
                    "Importers", "depth '{0}' is not a number").format(get["depth_cm"][i]))
        if ok and depth is not None and not 0 <= depth <= MAX_DEPTH_CM:
            rows.refuse(i, "bad_depth", translate(
                "Importers", "depth {0} cm is outside 0-{1} cm").format(depth, MAX_DEPTH_CM))
        out["depth_cm"][i] = depth if ok else None
        for name, normalise in (
            ("condition", categories.normalise_condition),
            ("disposition", categories.normalise_disposition),
        ):
            value = get[name][i]
            code = normalise(value)
            if value is not None and code is None:
                rows.refuse(i, f"unknown_{name}", translate(
                    "Importers", "unknown {0} '{1}'").format(target_label(name).lower(), value))
            out[name][i] = code
    return out


def accident_values(rows: Rows, mapping, today: datetime.date) -> Dict[str, list]:
    table = rows.table
    n = len(table)
    get = {target: _column_values(table, mapping, target) for target in ATTRIBUTE_TARGETS[ACCIDENTS]}
    date_of = _Cached(guess_date)
    out: Dict[str, list] = {name: [None] * n for name in ATTRIBUTE_TARGETS[ACCIDENTS]}
    out["description"] = get["description"]
    for i in range(n):
        out["occurred_on"][i] = _date_check(rows, i, get["occurred_on"][i], "occurred_on", today, date_of)
        for name in ("killed", "injured"):
            number, ok = to_int(get[name][i])
            if not ok or (number is not None and number < 0):
                rows.refuse(
                    i,
                    "bad_count",
                    translate("Importers", "{0} '{1}' is not a whole number of 0 or more").format(
                        target_label(name), get[name][i]),
                )
            out[name][i] = number or 0
        flag = get["civilian"][i]
        parsed = categories.parse_flag(flag) if flag is not None else True
        if parsed is None:
            rows.refuse(i, "bad_flag", translate("Importers", "civilian '{0}' is not yes/no").format(flag))
        out["civilian"][i] = parsed
        activity = get["activity"][i]
        code = categories.normalise_activity(activity)
        if activity is None:
            rows.refuse(i, "missing_activity", translate("Importers", "has no activity at the time"))
        elif code is None:
            rows.refuse(i, "unknown_activity", translate("Importers", "unknown activity '{0}'").format(activity))
        out["activity"][i] = code
        device = get["device_category"][i]
        device_code = categories.normalise_category(device) if device is not None else None
        if device is not None and device_code is None:
            rows.refuse(i, "unknown_category", translate("Importers", "unknown device category '{0}'").format(device))
        out["device_category"][i] = device_code
    return out
