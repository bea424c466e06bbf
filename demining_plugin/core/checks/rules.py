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


#: The rules that have a safe fix (``core.checks.fixes``), and the code of that fix.
_FIXES = {
    "invalid_geometry": "make_valid",
    "duplicate_vertices": "drop_duplicate_vertices",
    "area_mismatch": "store_area",
    "padded_identifier": "trim_identifier",
}

#: Every rule by its code; a row is (code, severity, title).
RULES: Dict[str, Rule] = {code: Rule(code, severity, title, _FIXES.get(code, "")) for code, severity, title in (
    ("invalid_geometry", ERROR, QT_TRANSLATE_NOOP("Validate", "Invalid or self-intersecting geometry")),
    ("missing_geometry", ERROR, QT_TRANSLATE_NOOP("Validate", "Feature without geometry")),
    ("too_few_vertices", ERROR, QT_TRANSLATE_NOOP("Validate", "Fewer than 3 distinct vertices")),
    ("duplicate_vertices", WARNING, QT_TRANSLATE_NOOP("Validate", "Duplicate consecutive vertices")),
    ("vertex_gap", WARNING, QT_TRANSLATE_NOOP("Validate", "Vertices more than 5 km apart")),
    ("released_overlap", ERROR, QT_TRANSLATE_NOOP("Validate", "Released land overlapping other released land")),
    ("released_outside_hazard", ERROR, QT_TRANSLATE_NOOP("Validate", "Released land outside its hazard")),
    ("released_exceeds_hazard", ERROR, QT_TRANSLATE_NOOP("Validate", "Released area larger than its hazard")),
    ("area_mismatch", WARNING, QT_TRANSLATE_NOOP("Validate", "Stored area differs from the computed area")),
    ("item_outside_work", WARNING, QT_TRANSLATE_NOOP("Validate", "Item found outside every task and released area")),
    ("date_future", ERROR, QT_TRANSLATE_NOOP("Validate", "Date in the future")),
    ("date_order", ERROR, QT_TRANSLATE_NOOP("Validate", "End before start")),
    ("outside_country", ERROR, QT_TRANSLATE_NOOP("Validate", "Coordinates outside the country")),
    ("swapped_coordinates", ERROR, QT_TRANSLATE_NOOP("Validate", "Coordinates apparently swapped (x and y)")),
    ("missing_identifier", ERROR, QT_TRANSLATE_NOOP("Validate", "Missing identifier")),
    ("duplicate_identifier", ERROR, QT_TRANSLATE_NOOP("Validate", "Duplicate identifier")),
    ("padded_identifier", WARNING, QT_TRANSLATE_NOOP("Validate", "Identifier with leading or trailing spaces")),
    ("orphan_link", ERROR, QT_TRANSLATE_NOOP("Validate", "Link to a feature that does not exist")),
    ("closed_with_area_left", ERROR, QT_TRANSLATE_NOOP("Validate", "Closed hazard with area remaining")),
    ("cha_without_evidence", WARNING, QT_TRANSLATE_NOOP("Validate", "CHA without evidence in the store")),
    # Completion and handover (``handover.task_findings``).
    ("handover_not_completed", ERROR, QT_TRANSLATE_NOOP("Validate", "Task handed over but not completed")),
    ("completed_with_hazard_left", ERROR, QT_TRANSLATE_NOOP(
        "Validate", "Task completed with hazard land not released")),
    ("handover_without_inspection", ERROR, QT_TRANSLATE_NOOP(
        "Validate", "Task handed over without a passed inspection")),
    ("inspection_failed_open", WARNING, QT_TRANSLATE_NOOP("Validate", "Failed inspection with no later pass")),
    # Checked only on an item being entered or imported (``items.check_items``).
    ("unknown_task", WARNING, QT_TRANSLATE_NOOP("Validate", "Item naming a task that is not in the store")),
    ("date_outside_task", WARNING, QT_TRANSLATE_NOOP("Validate", "Item found outside its task's planned dates")),
    ("quantity", WARNING, QT_TRANSLATE_NOOP("Validate", "Quantity under 1")),
    ("depth", WARNING, QT_TRANSLATE_NOOP("Validate", "Depth outside 0 to 500 cm")),
    ("far_from_team_task", WARNING, QT_TRANSLATE_NOOP("Validate", "Item far from every task of its team")),
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
