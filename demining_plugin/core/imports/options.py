"""What an import is asked to do and what it returns: the kinds, their target fields,
the options a caller sets, and the result with its refused rows."""

import datetime
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication

translate = QCoreApplication.translate


MINE_MAP = "minemap"
DETECTIONS = "detections"
ACCIDENTS = "accidents"

COORDINATE_MODES = ("auto", "latlon", "xy", "mgrs", "geometry")
COORDINATE_TARGETS = ("lat", "lon", "x", "y", "mgrs")

#: Attribute targets of each kind, in the order the mapping dialog shows them.
ATTRIBUTE_TARGETS: Dict[str, Tuple[str, ...]] = {
    MINE_MAP: ("category", "model", "row_no", "mine_no"),
    DETECTIONS: (
        "category",
        "model",
        "quantity",
        "found_on",
        "depth_cm",
        "condition",
        "disposition",
        "organisation",
        "team",
        "remarks",
    ),
    ACCIDENTS: ("occurred_on", "killed", "injured", "civilian", "activity", "device_category", "description"),
}
TARGET_LAYER = {MINE_MAP: "mapped_mines", DETECTIONS: "detections", ACCIDENTS: "accidents"}

#: Default distance under which two positions are the same item (metres).
DUPLICATE_M = 0.5
#: Rows further than this (metres, on the ground) from every district of the store are refused:
#: team GPS error and generalised district boundaries, not data from elsewhere.
DISTRICT_TOLERANCE_M = 1000.0
#: Cells per side of the grid that sorts rows into clearly inside, clearly outside and "test each".
ZONE_GRID = 64
#: A new record made from points is their convex hull grown by this much (metres).
RECORD_BUFFER_M = 10.0
MAX_DEPTH_CM = 500
#: Rejected rows written to the message log one by one; the rest are in the report.
LOG_ROWS = 200


def target_label(target: str) -> str:
    labels = {
        "lat": translate("Importers", "Latitude"),
        "lon": translate("Importers", "Longitude"),
        "x": translate("Importers", "X / easting"),
        "y": translate("Importers", "Y / northing"),
        "mgrs": translate("Importers", "MGRS reference"),
        "category": translate("Importers", "Category / mine type"),
        "model": translate("Importers", "Model"),
        "row_no": translate("Importers", "Row number"),
        "mine_no": translate("Importers", "Mine number"),
        "quantity": translate("Importers", "Quantity"),
        "found_on": translate("Importers", "Date found"),
        "depth_cm": translate("Importers", "Depth (cm)"),
        "condition": translate("Importers", "Condition"),
        "disposition": translate("Importers", "Disposition"),
        "organisation": translate("Importers", "Organisation"),
        "team": translate("Importers", "Team"),
        "remarks": translate("Importers", "Remarks"),
        "occurred_on": translate("Importers", "Date of accident"),
        "killed": translate("Importers", "Killed"),
        "injured": translate("Importers", "Injured"),
        "civilian": translate("Importers", "Civilian victims"),
        "activity": translate("Importers", "Activity at the time"),
        "device_category": translate("Importers", "Device category"),
        "description": translate("Importers", "Description"),
    }
    return labels.get(target, target)


def targets_of(kind: str) -> Tuple[str, ...]:
    return COORDINATE_TARGETS + ATTRIBUTE_TARGETS[kind]


@dataclass
class ImportOptions:
    """How to read positions and what counts as a bad row."""

    mode: str = "auto"
    #: CRS of x/y columns (authid or WKT); required for mode "xy".
    xy_crs: Optional[str] = None
    #: Refuse rows outside this UTM zone number (1-60); None: no zone check.
    expected_zone: Optional[int] = None
    #: (west, south, east, north) in degrees; None: the store's districts' extent (if any).
    extent: Optional[Tuple[float, float, float, float]] = None
    #: Without ``extent``: refuse rows further than ``district_tolerance_m`` from every district.
    use_store_extent: bool = True
    district_tolerance_m: float = DISTRICT_TOLERANCE_M
    duplicate_m: float = DUPLICATE_M
    #: Source column for each target field; None: detected from names and values.
    mapping: Optional[Dict[str, Optional[str]]] = None
    #: Where the report goes; None: beside the input (or the temp folder if that is read-only).
    report_path: Optional[str] = None
    #: "Today" for the future-date check (tests set it).
    today: Optional[datetime.date] = None
    #: Items farther than this from every task of their team are flagged; None: the checks' default.
    #: Callers pass the user's setting (``demining_plugin.settings.configured_team_distance_m``).
    max_team_distance_m: Optional[float] = None


@dataclass
class MineMapDetails:
    source: str = ""
    received_on: Optional[datetime.date] = None
    supplied_by: str = ""
    record_id: Optional[str] = None
    claimed_ap: Optional[int] = None
    claimed_at: Optional[int] = None
    claimed_total: Optional[int] = None


@dataclass
class Rejection:
    row: int
    code: str
    reason: str


@dataclass
class ImportResult:
    kind: str
    imported: int
    rejected: List[Rejection]
    report_path: str
    row_label: str = "row"
    record_id: Optional[str] = None
    identifiers: List[str] = field(default_factory=list)
    #: Imported rows that deserve a second look (item checks: outside every task, date outside the task...).
    warnings: List[Rejection] = field(default_factory=list)
    #: What rows had to lie in: "districts" (the store's, within a tolerance), "extent" (a given box) or "".
    area: str = ""

    @property
    def rejected_count(self) -> int:
        return len(self.rejected)

    @property
    def outside_count(self) -> int:
        """Rows refused for lying outside the expected area (the store's districts or the given extent)."""
        return sum(1 for rejection in self.rejected if rejection.code == "outside_extent")

    def outside_text(self) -> str:
        """'3 outside the store's districts' (or the expected area); '' when no row was."""
        if not self.outside_count:
            return ""
        if self.area == "districts":
            return translate("Importers", "{0} outside the store's districts").format(self.outside_count)
        return translate("Importers", "{0} outside the expected area").format(self.outside_count)

    def summary(self, name: str) -> str:
        if self.warnings:
            text = translate("Importers", "{0}: {1} imported ({2} with warnings), {3} rejected (report: {4}).").format(
                name, self.imported, len(self.warnings), self.rejected_count, self.report_path)
        else:
            text = translate("Importers", "{0}: {1} imported, {2} rejected (report: {3}).").format(
                name, self.imported, self.rejected_count, self.report_path
            )
        if not self.outside_count:
            return text
        if self.area == "districts":
            outside = translate("Importers", "{0} of the rejected rows lie outside the store's districts.")
        else:
            outside = translate("Importers", "{0} of the rejected rows lie outside the expected area.")
        return f"{text} {outside.format(self.outside_count)}"
