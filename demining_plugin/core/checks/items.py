"""Checks of items found against the store, on entry and on import.

Each problem is a warning, never a refusal: the user sees it and may still save.
``check_items`` is the one entry point for the capture form and the import engine::

    warnings = check_items(store, [{"geometry": point, "category": "AP", "quantity": 1,
                                    "depth_cm": 12, "found_on": date(2021, 11, 24),
                                    "team": "MECH-1", "task_id": "T-0042"}])

Rules (``rules.ITEM_RULES``: the codes of the one rule set of ``rules.RULES``, shared with the
Checks panel and ``demining:validate``; messages translated):

- ``item_outside_work``: the item lies outside every clearance task and all released land;
- ``unknown_task``: the item names a task the store does not hold;
- ``date_outside_task``: found before its task's planned start or after its planned end;
- ``date_future``: found after today;
- ``quantity``: quantity under 1;
- ``depth``: depth outside ``DEPTH_RANGE_CM``;
- ``far_from_team_task``: farther than the configured distance (1 km by default) from
  every task of its team.
"""

import datetime
from dataclasses import dataclass
from typing import List, Mapping, Optional, Sequence

from qgis.core import QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QCoreApplication

from ..geo.places import StorePlaces, as_date, as_text
from ..model.schema import ITEM_CATEGORY
from .rules import ITEM_RULES

#: Qt's translation function under the name pylupdate5 looks for.
translate = QCoreApplication.translate

#: Depths (cm) an item can plausibly be found at; outside them the value is suspect.
DEPTH_RANGE_CM = (0, 500)
#: Default largest distance (m) between an item and the nearest task of its team.
DEFAULT_TEAM_DISTANCE_M = 1000.0
#: The user's value is the setting ``demining_plugin.settings.TEAM_DISTANCE_M``; the capture
#: tool, the imports and Processing read it there and pass it in, so they agree.


@dataclass
class ItemWarning:
    index: int  # position of the item in the input sequence
    rule: str  # language-neutral code, one of ITEM_RULES
    message: str  # translated sentence naming the item and the problem


def item_name(index: int, item: Mapping) -> str:
    """How a message names an item: its ``label`` (e.g. "row 12", "D-000123") when the
    caller gives one, else its position and category."""
    label = as_text(item.get("label"))
    if label:
        return label
    category = as_text(item.get("category"))
    if category:
        return translate("ItemChecks", "Item {n} ({category})").format(
            n=index + 1, category=translate("Schema", ITEM_CATEGORY.label(category)))
    return translate("ItemChecks", "Item {n}").format(n=index + 1)


def _number(value) -> Optional[float]:
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _point(geometry) -> Optional[QgsPointXY]:
    if geometry is None:
        return None
    if isinstance(geometry, QgsPointXY):
        return geometry
    if isinstance(geometry, QgsGeometry) and not geometry.isEmpty():
        return QgsPointXY(geometry.centroid().asPoint()) if geometry.isMultipart() else QgsPointXY(geometry.asPoint())
    return None


def check_items(store, items: Sequence[Mapping], places: Optional[StorePlaces] = None,
                max_team_distance_m: Optional[float] = None,
                today: Optional[datetime.date] = None) -> List[ItemWarning]:
    """Warnings for ``items`` (mappings with "geometry" a point in the store CRS,
    "category", "quantity", "depth_cm", "found_on", "team", "task_id", optionally
    "label"), in the order of the items and of ``ITEM_RULES``.

    ``places`` lets a caller that checks often (the capture form) reuse the indexed
    tasks; ``max_team_distance_m`` defaults to ``DEFAULT_TEAM_DISTANCE_M`` (callers pass
    the user's setting, ``demining_plugin.settings.configured_team_distance_m()``).
    """
    if not items:
        return []
    places = places or StorePlaces(store)
    limit = DEFAULT_TEAM_DISTANCE_M if max_team_distance_m is None else float(max_team_distance_m)
    today = today or datetime.date.today()
    found: List[List[ItemWarning]] = [[] for _ in items]
    points = [_point(item.get("geometry")) for item in items]

    # Outside every task: those few are then looked up in the released land.
    under = [places.tasks_at(p) if p is not None else [] for p in points]
    outside = [k for k, p in enumerate(points) if p is not None and not under[k]]
    released = places.released_at([points[k] for k in outside])
    for k, in_released in zip(outside, released):
        if not in_released:
            found[k].append(ItemWarning(k, "item_outside_work", translate(
                "ItemChecks", "{item} lies outside every clearance task and all released land.").format(
                item=item_name(k, items[k]))))

    for k, item in enumerate(items):
        name = item_name(k, item)
        found_on = as_date(item.get("found_on"))
        task_id = as_text(item.get("task_id"))
        task = places.tasks.get(task_id) if task_id else None
        if task_id and task is None:
            found[k].append(ItemWarning(k, "unknown_task", translate(
                "ItemChecks", "{item} names task {task}, which is not in the store.").format(item=name, task=task_id)))
        if task is None and not task_id and under[k]:
            task = places.tasks[under[k][0]]
        if found_on is not None and task is not None:
            start, end = task.planned_start, task.planned_end
            if (start is not None and found_on < start) or (end is not None and found_on > end):
                found[k].append(ItemWarning(k, "date_outside_task", translate(
                    "ItemChecks", "{item} was found on {date}, outside the planned dates of task {task} "
                                  "({start} to {end}).").format(
                    item=name, date=found_on.isoformat(), task=task.task_id,
                    start=start.isoformat() if start else "…", end=end.isoformat() if end else "…")))
        if found_on is not None and found_on > today:
            found[k].append(ItemWarning(k, "date_future", translate(
                "ItemChecks", "{item} has a date in the future ({date}).").format(
                item=name, date=found_on.isoformat())))
        quantity = _number(item.get("quantity"))
        if quantity is not None and quantity < 1:
            found[k].append(ItemWarning(k, "quantity", translate(
                "ItemChecks", "{item} has a quantity under 1 ({quantity:g}).").format(item=name, quantity=quantity)))
        depth = _number(item.get("depth_cm"))
        if depth is not None and not DEPTH_RANGE_CM[0] <= depth <= DEPTH_RANGE_CM[1]:
            found[k].append(ItemWarning(k, "depth", translate(
                "ItemChecks", "{item} has a depth of {depth:g} cm, outside {low} to {high} cm.").format(
                item=name, depth=depth, low=DEPTH_RANGE_CM[0], high=DEPTH_RANGE_CM[1])))
        team = as_text(item.get("team"))
        team_tasks = places.tasks_of_team(team) if team else []
        in_team_task = any(places.tasks[t].team == team for t in under[k])
        if team_tasks and points[k] is not None and not in_team_task:
            distance = places.distance_to_tasks_m(points[k], team_tasks)
            if distance is not None and distance > limit:
                found[k].append(ItemWarning(k, "far_from_team_task", translate(
                    "ItemChecks", "{item} lies {km} km from the nearest task of team {team} (more than {limit} km).")
                    .format(item=name, km=f"{distance / 1000:.2f}", team=team, limit=f"{limit / 1000:g}")))

    order = {rule: n for n, rule in enumerate(ITEM_RULES)}
    return [w for warnings in found for w in sorted(warnings, key=lambda w: order[w.rule])]
