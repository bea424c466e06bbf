"""The rules of the data checks, one set for the Checks panel, ``demining:validate`` and the
checks of an item found as it is entered or imported: each rule's code, severity and title,
and a finding (what a check found, where, and the safe fix when there is one)."""

from dataclasses import dataclass
from typing import Dict, Optional

from qgis.core import (
    QgsPointXY,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate


ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)

#: Consecutive vertices further apart than this (metres, ellipsoidal) are suspicious:
#: a typing error in a coordinate, or a polygon joined to a far-away one.
MAX_VERTEX_GAP_M = 5000.0
#: Stored areas may differ from the computed one by this share before it is reported.
AREA_TOLERANCE = 0.01
#: Overlaps and overhangs smaller than this (m2) are rounding, not double counting.
OVERLAP_TOLERANCE_M2 = 1.0
#: Features are "inside the country" within this margin of the regions' extent (metres).
EXTENT_MARGIN_M = 10_000.0


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str
    title: str
    fix: str = ""  # code of the safe fix, "" when none


RULES: Dict[str, Rule] = {rule.code: rule for rule in (
    Rule("invalid_geometry", ERROR, QT_TRANSLATE_NOOP("Validate", "Invalid or self-intersecting geometry"),
         "make_valid"),
    Rule("missing_geometry", ERROR, QT_TRANSLATE_NOOP("Validate", "Feature without geometry")),
    Rule("too_few_vertices", ERROR, QT_TRANSLATE_NOOP("Validate", "Fewer than 3 distinct vertices")),
    Rule("duplicate_vertices", WARNING, QT_TRANSLATE_NOOP("Validate", "Duplicate consecutive vertices"),
         "drop_duplicate_vertices"),
    Rule("vertex_gap", WARNING, QT_TRANSLATE_NOOP("Validate", "Vertices more than 5 km apart")),
    Rule("released_overlap", ERROR, QT_TRANSLATE_NOOP("Validate", "Released land overlapping other released land")),
    Rule("released_outside_hazard", ERROR, QT_TRANSLATE_NOOP("Validate", "Released land outside its hazard")),
    Rule("released_exceeds_hazard", ERROR, QT_TRANSLATE_NOOP("Validate", "Released area larger than its hazard")),
    Rule("area_mismatch", WARNING, QT_TRANSLATE_NOOP("Validate", "Stored area differs from the computed area"),
         "store_area"),
    Rule("item_outside_work", WARNING, QT_TRANSLATE_NOOP("Validate",
                                                         "Item found outside every task and released area")),
    Rule("date_future", ERROR, QT_TRANSLATE_NOOP("Validate", "Date in the future")),
    Rule("date_order", ERROR, QT_TRANSLATE_NOOP("Validate", "End before start")),
    Rule("outside_country", ERROR, QT_TRANSLATE_NOOP("Validate", "Coordinates outside the country")),
    Rule("swapped_coordinates", ERROR, QT_TRANSLATE_NOOP("Validate", "Coordinates apparently swapped (x and y)")),
    Rule("missing_identifier", ERROR, QT_TRANSLATE_NOOP("Validate", "Missing identifier")),
    Rule("duplicate_identifier", ERROR, QT_TRANSLATE_NOOP("Validate", "Duplicate identifier")),
    Rule("padded_identifier", WARNING, QT_TRANSLATE_NOOP("Validate", "Identifier with leading or trailing spaces"),
         "trim_identifier"),
    Rule("orphan_link", ERROR, QT_TRANSLATE_NOOP("Validate", "Link to a feature that does not exist")),
    Rule("closed_with_area_left", ERROR, QT_TRANSLATE_NOOP("Validate", "Closed hazard with area remaining")),
    Rule("cha_without_evidence", WARNING, QT_TRANSLATE_NOOP("Validate", "CHA without evidence in the store")),
    # Completion and handover (``handover.task_findings``).
    Rule("handover_not_completed", ERROR, QT_TRANSLATE_NOOP("Validate", "Task handed over but not completed")),
    Rule("completed_with_hazard_left", ERROR, QT_TRANSLATE_NOOP("Validate",
                                                                "Task completed with hazard land not released")),
    Rule("handover_without_inspection", ERROR, QT_TRANSLATE_NOOP("Validate",
                                                                 "Task handed over without a passed inspection")),
    Rule("inspection_failed_open", WARNING, QT_TRANSLATE_NOOP("Validate", "Failed inspection with no later pass")),
    # Checked only on an item being entered or imported (``items.check_items``).
    Rule("unknown_task", WARNING, QT_TRANSLATE_NOOP("Validate", "Item naming a task that is not in the store")),
    Rule("date_outside_task", WARNING, QT_TRANSLATE_NOOP("Validate", "Item found outside its task's planned dates")),
    Rule("quantity", WARNING, QT_TRANSLATE_NOOP("Validate", "Quantity under 1")),
    Rule("depth", WARNING, QT_TRANSLATE_NOOP("Validate", "Depth outside 0 to 500 cm")),
    Rule("far_from_team_task", WARNING, QT_TRANSLATE_NOOP("Validate", "Item far from every task of its team")),
)}

#: The rules ``items.check_items`` applies to an item, in the order its warnings are said; the
#: first and the fourth are the store-wide rules of the same names.
ITEM_RULES = ("item_outside_work", "unknown_task", "date_outside_task", "date_future", "quantity", "depth",
              "far_from_team_task")


@dataclass
class Finding:
    rule: str
    layer: str
    feature_id: str
    message: str
    #: Where to look, in the store's CRS (a point: the error's place or the feature's).
    location: Optional[QgsPointXY] = None
    #: Extent of the feature(s) concerned, in the store's CRS, for zooming.
    extent: Optional[QgsRectangle] = None
    #: Parameters of the safe fix (e.g. the computed area), when the rule has one.
    fix_value: object = None

    @property
    def severity(self) -> str:
        return RULES[self.rule].severity

    @property
    def fix(self) -> str:
        rule = RULES[self.rule]
        if not rule.fix:
            return ""
        if rule.fix == "trim_identifier" and self.fix_value is None:
            return ""  # trimmed id already taken: no safe fix
        return rule.fix
