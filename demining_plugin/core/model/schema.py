"""The data model of a project store: the one place layers, fields and codes are defined.

Everything else (store creation on GeoPackage or PostGIS, forms, styles, checks,
importers) reads these definitions; nothing else lists fields by hand.

Stored values are language-neutral codes (``cleared``, ``AP``); the labels here are
what forms and reports show, and go through Qt's translation mechanism.
"""

from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: Increment when the stored structure changes, and add a step to ``store.migrations.MIGRATIONS``.
SCHEMA_VERSION = 5

#: Polygons and lines are stored in this CRS unless the user picks another.
DEFAULT_CRS = "EPSG:4326"

#: Areas and lengths are measured on this ellipsoid (BRIEF: true WGS84 areas).
ELLIPSOID = "EPSG:7030"


#: Context of every label here in the translation files (``i18n/*.ts``).
TRANSLATION_CONTEXT = "Schema"


def translated(label: str) -> str:
    """A label of this module (layer title, field alias, value label, description) in
    the user's language."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, label)


@dataclass(frozen=True)
class Domain:
    """A closed list of allowed codes with their display labels."""

    name: str
    values: Tuple[Tuple[str, str], ...]

    @property
    def codes(self) -> Tuple[str, ...]:
        return tuple(code for code, _ in self.values)

    def label(self, code: str) -> str:
        return dict(self.values).get(code, code)

    def display_label(self, code: str) -> str:
        """The label of ``code`` in the user's language (the code itself if unknown)."""
        label = dict(self.values).get(code)
        return translated(label) if label is not None else code


@dataclass(frozen=True)
class Reference:
    """A link from a field to the identifier of a parent layer."""

    layer: str
    field: str


@dataclass(frozen=True)
class FieldDef:
    name: str
    type: str  # string | integer | real | date | boolean | datetime
    alias: str
    length: int = 0
    required: bool = False
    unique: bool = False
    domain: Optional[Domain] = None
    references: Optional[Reference] = None
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    default: Optional[str] = None  # SQL default expression, e.g. "0"


@dataclass(frozen=True)
class LayerDef:
    name: str
    title: str
    geometry: Optional[str]  # Point | MultiLineString | MultiPolygon | None
    id_field: str
    id_prefix: str
    id_digits: int
    fields: Tuple[FieldDef, ...]
    description: str = ""

    def field(self, name: str) -> FieldDef:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"layer {self.name} has no field {name}")

    @property
    def field_names(self) -> Tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def make_id(self, number: int) -> str:
        """Identifier for the given sequence number, e.g. ``H-0013``."""
        return f"{self.id_prefix}-{number:0{self.id_digits}d}"


# --- Domains (IMAS / IMSMA vocabulary) --------------------------------------------

CLASSIFICATION = Domain(
    "classification",
    (
        ("SHA", QT_TRANSLATE_NOOP("Schema", "Suspected hazardous area (SHA)")),
        ("CHA", QT_TRANSLATE_NOOP("Schema", "Confirmed hazardous area (CHA)")),
    ),
)
STATUS = Domain(
    "status",
    (
        ("open", QT_TRANSLATE_NOOP("Schema", "Open")),
        ("worked_on", QT_TRANSLATE_NOOP("Schema", "Worked on")),
        ("closed", QT_TRANSLATE_NOOP("Schema", "Closed")),
    ),
)
RELEASE_METHOD = Domain(
    "release_method",
    (
        ("cleared", QT_TRANSLATE_NOOP("Schema", "Cleared (clearance)")),
        ("reduced", QT_TRANSLATE_NOOP("Schema", "Reduced (technical survey)")),
        ("cancelled", QT_TRANSLATE_NOOP("Schema", "Cancelled (non-technical survey)")),
    ),
)
TECHNIQUE = Domain(
    "technique",
    (
        ("manual", QT_TRANSLATE_NOOP("Schema", "Manual")),
        ("mechanical", QT_TRANSLATE_NOOP("Schema", "Mechanical")),
        ("mdd", QT_TRANSLATE_NOOP("Schema", "Mine detection dogs")),
    ),
)
ITEM_CATEGORY = Domain(
    "item_category",
    (
        ("AP", QT_TRANSLATE_NOOP("Schema", "Anti-personnel mine")),
        ("AT", QT_TRANSLATE_NOOP("Schema", "Anti-tank mine")),
        ("UXO", QT_TRANSLATE_NOOP("Schema", "Unexploded ordnance (UXO)")),
        ("AXO", QT_TRANSLATE_NOOP("Schema", "Abandoned explosive ordnance (AXO)")),
        ("IED", QT_TRANSLATE_NOOP("Schema", "Improvised explosive device (IED)")),
        ("SUBMUNITION", QT_TRANSLATE_NOOP("Schema", "Submunition")),
        ("OTHER", QT_TRANSLATE_NOOP("Schema", "Other")),
    ),
)
CONTAMINATION = Domain(
    "contamination",
    (
        ("AP", QT_TRANSLATE_NOOP("Schema", "Anti-personnel mines")),
        ("AT", QT_TRANSLATE_NOOP("Schema", "Anti-tank mines")),
        ("mixed", QT_TRANSLATE_NOOP("Schema", "Mixed AP and AT mines")),
        ("UXO", QT_TRANSLATE_NOOP("Schema", "Unexploded ordnance")),
        ("cluster", QT_TRANSLATE_NOOP("Schema", "Cluster munitions")),
        ("IED", QT_TRANSLATE_NOOP("Schema", "Improvised explosive devices")),
    ),
)
TASK_TYPE = Domain(
    "task_type",
    (
        ("clearance", QT_TRANSLATE_NOOP("Schema", "Clearance")),
        ("technical_survey", QT_TRANSLATE_NOOP("Schema", "Technical survey")),
        ("non_technical_survey", QT_TRANSLATE_NOOP("Schema", "Non-technical survey")),
        ("route_clearance", QT_TRANSLATE_NOOP("Schema", "Route clearance")),
        ("eod_spot", QT_TRANSLATE_NOOP("Schema", "EOD spot task")),
    ),
)
CONDITION = Domain(
    "condition",
    (
        ("intact", QT_TRANSLATE_NOOP("Schema", "Intact")),
        ("damaged", QT_TRANSLATE_NOOP("Schema", "Damaged")),
        ("deteriorated", QT_TRANSLATE_NOOP("Schema", "Deteriorated")),
        ("armed", QT_TRANSLATE_NOOP("Schema", "Armed")),
        ("unknown", QT_TRANSLATE_NOOP("Schema", "Unknown")),
    ),
)
DISPOSITION = Domain(
    "disposition",
    (
        ("destroyed_in_situ", QT_TRANSLATE_NOOP("Schema", "Destroyed in situ")),
        ("removed", QT_TRANSLATE_NOOP("Schema", "Removed for demolition")),
        ("rendered_safe", QT_TRANSLATE_NOOP("Schema", "Rendered safe")),
    ),
)
ACTIVITY = Domain(
    "activity",
    (
        ("illegal_entry", QT_TRANSLATE_NOOP("Schema", "Illegal entry into uncleared land")),
        ("leaving_cleared_land", QT_TRANSLATE_NOOP("Schema", "Leaving cleared land")),
        ("demining", QT_TRANSLATE_NOOP("Schema", "Demining")),
        ("farming", QT_TRANSLATE_NOOP("Schema", "Farming")),
        ("herding", QT_TRANSLATE_NOOP("Schema", "Herding")),
        ("travelling", QT_TRANSLATE_NOOP("Schema", "Travelling")),
        ("tampering", QT_TRANSLATE_NOOP("Schema", "Handling or tampering")),
        ("other", QT_TRANSLATE_NOOP("Schema", "Other")),
    ),
)
RECORD_POINT_TYPE = Domain(
    "record_point_type",
    (
        ("reference", QT_TRANSLATE_NOOP("Schema", "Reference point (landmark)")),
        ("benchmark", QT_TRANSLATE_NOOP("Schema", "Benchmark")),
        ("turning", QT_TRANSLATE_NOOP("Schema", "Turning point")),
        ("intermediate", QT_TRANSLATE_NOOP("Schema", "Intermediate point")),
        ("end", QT_TRANSLATE_NOOP("Schema", "End point")),
    ),
)
BEARING_UNIT = Domain(
    "bearing_unit",
    (
        ("degrees", QT_TRANSLATE_NOOP("Schema", "Degrees")),
        ("mils6400", QT_TRANSLATE_NOOP("Schema", "Mils (6400)")),
        ("mils6000", QT_TRANSLATE_NOOP("Schema", "Mils (6000)")),
    ),
)
NORTH_REFERENCE = Domain(
    "north_reference",
    (
        ("true", QT_TRANSLATE_NOOP("Schema", "True north")),
        ("grid", QT_TRANSLATE_NOOP("Schema", "Grid north")),
        ("magnetic", QT_TRANSLATE_NOOP("Schema", "Magnetic north")),
    ),
)
ROUTE_TYPE = Domain(
    "route_type",
    (
        ("road", QT_TRANSLATE_NOOP("Schema", "Road")),
        ("track", QT_TRANSLATE_NOOP("Schema", "Track")),
        ("path", QT_TRANSLATE_NOOP("Schema", "Path")),
        ("railway", QT_TRANSLATE_NOOP("Schema", "Railway")),
    ),
)

TASK_POINT_KIND = Domain(
    "task_point_kind",
    (
        ("medevac", QT_TRANSLATE_NOOP("Schema", "Medical evacuation point")),
        ("helicopter_landing", QT_TRANSLATE_NOOP("Schema", "Helicopter landing site")),
        ("access", QT_TRANSLATE_NOOP("Schema", "Access point")),
        ("assembly", QT_TRANSLATE_NOOP("Schema", "Assembly point")),
        ("control", QT_TRANSLATE_NOOP("Schema", "Control point")),
        ("other", QT_TRANSLATE_NOOP("Schema", "Other")),
    ),
)

# Version 4: completion, quality inspection and handover (IMAS 08.30, 09.20).
LAND_USE = Domain(
    "land_use",
    (
        ("farming", QT_TRANSLATE_NOOP("Schema", "Farming")),
        ("housing", QT_TRANSLATE_NOOP("Schema", "Housing")),
        ("grazing", QT_TRANSLATE_NOOP("Schema", "Grazing")),
        ("infrastructure", QT_TRANSLATE_NOOP("Schema", "Infrastructure")),
        ("forest", QT_TRANSLATE_NOOP("Schema", "Forest")),
        ("other", QT_TRANSLATE_NOOP("Schema", "Other")),
    ),
)
INSPECTION_KIND = Domain(
    "inspection_kind",
    (
        ("qa_visit", QT_TRANSLATE_NOOP("Schema", "Quality assurance visit")),
        ("qc_sampling", QT_TRANSLATE_NOOP("Schema", "Quality control sampling")),
    ),
)
INSPECTION_RESULT = Domain(
    "inspection_result",
    (
        ("pass", QT_TRANSLATE_NOOP("Schema", "Pass")),
        ("fail", QT_TRANSLATE_NOOP("Schema", "Fail")),
        ("corrective_action", QT_TRANSLATE_NOOP("Schema", "Corrective action")),
    ),
)

DOMAINS: Dict[str, Domain] = {
    d.name: d
    for d in (
        CLASSIFICATION, STATUS, RELEASE_METHOD, TECHNIQUE, ITEM_CATEGORY, CONTAMINATION,
        TASK_TYPE, CONDITION, DISPOSITION, ACTIVITY, RECORD_POINT_TYPE, BEARING_UNIT,
        NORTH_REFERENCE, ROUTE_TYPE, TASK_POINT_KIND, LAND_USE, INSPECTION_KIND, INSPECTION_RESULT,
    )
}


# --- Shared field shapes --------------------------------------------------------------

def _id(name: str, alias: str) -> FieldDef:
    return FieldDef(name, "string", alias, length=20, required=True, unique=True)


def _ref(name: str, alias: str, layer: str, target: str, required: bool = False) -> FieldDef:
    return FieldDef(name, "string", alias, length=20, required=required, references=Reference(layer, target))


def _text(name: str, alias: str, length: int = 80, required: bool = False) -> FieldDef:
    return FieldDef(name, "string", alias, length=length, required=required)


def _coded(name: str, alias: str, domain: Domain, required: bool = True) -> FieldDef:
    return FieldDef(name, "string", alias, length=24, required=required, domain=domain)


def _date(name: str, alias: str, required: bool = False) -> FieldDef:
    return FieldDef(name, "date", alias, required=required)


def _count(name: str, alias: str, minimum: int = 0, default: Optional[str] = None) -> FieldDef:
    return FieldDef(name, "integer", alias, minimum=minimum, default=default)


def _hectares(name: str, alias: str) -> FieldDef:
    return FieldDef(name, "real", alias, minimum=0)


_DISTRICT = _text("district", QT_TRANSLATE_NOOP("Schema", "District"), 60)
_ORGANISATION = _text("organisation", QT_TRANSLATE_NOOP("Schema", "Organisation"))
_TEAM = _text("team", QT_TRANSLATE_NOOP("Schema", "Team"), 40)
_REMARKS = _text("remarks", QT_TRANSLATE_NOOP("Schema", "Remarks"), 254)
#: Version 3: the UUID a feature had in a field package, so a package merged twice adds nothing.
_FIELD_UUID = _text("field_uuid", QT_TRANSLATE_NOOP("Schema", "Field package UUID"), 40)
#: Version 3: a photo of the item, a path relative to the store's folder (``<store>_attachments/...``).
_PHOTO = _text("photo", QT_TRANSLATE_NOOP("Schema", "Photo"), 254)
#: Version 4: completion and handover of a task (IMAS 08.30), the beneficiaries counted as the
#: Minimum Data Requirements count them.
HANDOVER_FIELDS = (
    _date("completed_on", QT_TRANSLATE_NOOP("Schema", "Completed on")),
    _date("handed_over_on", QT_TRANSLATE_NOOP("Schema", "Handed over on")),
    _text("handed_over_to", QT_TRANSLATE_NOOP("Schema", "Handed over to (authority or land user)"), 120),
    _coded("land_use_after", QT_TRANSLATE_NOOP("Schema", "Land use after release"), LAND_USE, required=False),
    _count("beneficiaries_women", QT_TRANSLATE_NOOP("Schema", "Beneficiaries: women")),
    _count("beneficiaries_men", QT_TRANSLATE_NOOP("Schema", "Beneficiaries: men")),
    _count("beneficiaries_girls", QT_TRANSLATE_NOOP("Schema", "Beneficiaries: girls")),
    _count("beneficiaries_boys", QT_TRANSLATE_NOOP("Schema", "Beneficiaries: boys")),
    _text("residual_risk", QT_TRANSLATE_NOOP("Schema", "Residual risk"), 254),
)


# --- Layers -------------------------------------------------------------------------------

REGIONS = LayerDef(
    "regions", QT_TRANSLATE_NOOP("Schema", "Districts"), "MultiPolygon", "region_id", "R", 3,
    (
        _id("region_id", QT_TRANSLATE_NOOP("Schema", "Region ID")),
        _text("name", QT_TRANSLATE_NOOP("Schema", "Name"), 60, required=True),
        _text("name_local", QT_TRANSLATE_NOOP("Schema", "Local name"), 60),
        FieldDef("admin_level", "integer", QT_TRANSLATE_NOOP("Schema", "Administrative level"), minimum=0, maximum=10),
        _text("country", QT_TRANSLATE_NOOP("Schema", "Country"), 60),
        _text("source", QT_TRANSLATE_NOOP("Schema", "Source"), 120),
    ),
    QT_TRANSLATE_NOOP("Schema", "Administrative districts used to split and total released land."),
)

HAZARD_AREAS = LayerDef(
    "hazard_areas", QT_TRANSLATE_NOOP("Schema", "Hazard areas"), "MultiPolygon", "hazard_id", "H", 4,
    (
        _id("hazard_id", QT_TRANSLATE_NOOP("Schema", "Hazard ID")),
        _text("name", QT_TRANSLATE_NOOP("Schema", "Name")),
        _coded("classification", QT_TRANSLATE_NOOP("Schema", "Classification"), CLASSIFICATION),
        _coded("status", QT_TRANSLATE_NOOP("Schema", "Status"), STATUS),
        _coded("contamination", QT_TRANSLATE_NOOP("Schema", "Contamination"), CONTAMINATION, required=False),
        _DISTRICT,
        _date("reported_on", QT_TRANSLATE_NOOP("Schema", "Reported on")),
        _text("evidence", QT_TRANSLATE_NOOP("Schema", "Evidence"), 254),
        _hectares("area_ha", QT_TRANSLATE_NOOP("Schema", "Area (ha)")),
        _hectares("remaining_ha", QT_TRANSLATE_NOOP("Schema", "Remaining (ha)")),
        _ORGANISATION,
        _REMARKS,
    ),
    QT_TRANSLATE_NOOP("Schema", "Suspected (SHA) and confirmed (CHA) hazardous areas."),
)

CLEARANCE_TASKS = LayerDef(
    "clearance_tasks", QT_TRANSLATE_NOOP("Schema", "Clearance tasks"), "MultiPolygon", "task_id", "T", 4,
    (
        _id("task_id", QT_TRANSLATE_NOOP("Schema", "Task ID")),
        _ref("hazard_id", QT_TRANSLATE_NOOP("Schema", "Hazard"), "hazard_areas", "hazard_id"),
        _ref("parent_task_id", QT_TRANSLATE_NOOP("Schema", "Parent task"), "clearance_tasks", "task_id"),
        _text("name", QT_TRANSLATE_NOOP("Schema", "Name")),
        _coded("task_type", QT_TRANSLATE_NOOP("Schema", "Task type"), TASK_TYPE),
        _coded("status", QT_TRANSLATE_NOOP("Schema", "Status"), STATUS),
        _DISTRICT,
        _ORGANISATION,
        _TEAM,
        _date("planned_start", QT_TRANSLATE_NOOP("Schema", "Planned start")),
        _date("planned_end", QT_TRANSLATE_NOOP("Schema", "Planned end")),
        _hectares("planned_ha", QT_TRANSLATE_NOOP("Schema", "Planned (ha)")),
        FieldDef("sector_no", "integer", QT_TRANSLATE_NOOP("Schema", "Sector number"), minimum=1),
        _REMARKS,
    ) + HANDOVER_FIELDS,
    QT_TRANSLATE_NOOP("Schema", "Clearance and survey tasks and their sectors, drawn inside hazard areas."),
)

CLEARED_AREAS = LayerDef(
    "cleared_areas", QT_TRANSLATE_NOOP("Schema", "Released land"), "MultiPolygon", "release_id", "LR", 6,
    (
        _id("release_id", QT_TRANSLATE_NOOP("Schema", "Release ID")),
        _coded("release_method", QT_TRANSLATE_NOOP("Schema", "Release method"), RELEASE_METHOD),
        _coded("technique", QT_TRANSLATE_NOOP("Schema", "Technique"), TECHNIQUE, required=False),
        _ORGANISATION,
        _TEAM,
        _ref("task_id", QT_TRANSLATE_NOOP("Schema", "Task"), "clearance_tasks", "task_id"),
        _ref("hazard_id", QT_TRANSLATE_NOOP("Schema", "Hazard"), "hazard_areas", "hazard_id"),
        _DISTRICT,
        _date("released_on", QT_TRANSLATE_NOOP("Schema", "Released on"), required=True),
        FieldDef("depth_cm", "integer", QT_TRANSLATE_NOOP("Schema", "Clearance depth (cm)"), minimum=0, maximum=500),
        _hectares("area_ha", QT_TRANSLATE_NOOP("Schema", "Area (ha)")),
        _REMARKS,
        _FIELD_UUID,
    ),
    QT_TRANSLATE_NOOP(
        "Schema", "Land released by clearance, technical survey or non-technical survey; never overlapping."),
)

MINEFIELD_RECORDS = LayerDef(
    "minefield_records", QT_TRANSLATE_NOOP("Schema", "Minefield records"), "MultiPolygon", "record_id", "MR", 4,
    (
        _id("record_id", QT_TRANSLATE_NOOP("Schema", "Record ID")),
        _text("source", QT_TRANSLATE_NOOP("Schema", "Source"), 120, required=True),
        _date("received_on", QT_TRANSLATE_NOOP("Schema", "Received on")),
        _text("supplied_by", QT_TRANSLATE_NOOP("Schema", "Supplied by")),
        _DISTRICT,
        _count("claimed_ap", QT_TRANSLATE_NOOP("Schema", "Claimed AP mines")),
        _count("claimed_at", QT_TRANSLATE_NOOP("Schema", "Claimed AT mines")),
        _count("claimed_total", QT_TRANSLATE_NOOP("Schema", "Claimed mines in total")),
        _coded("bearing_unit", QT_TRANSLATE_NOOP("Schema", "Bearing unit"), BEARING_UNIT, required=False),
        _coded("north_reference", QT_TRANSLATE_NOOP("Schema", "North reference"), NORTH_REFERENCE, required=False),
        FieldDef("declination_deg", "real", QT_TRANSLATE_NOOP(
            "Schema", "Magnetic declination (degrees)"), minimum=-180, maximum=180),
        FieldDef("misclosure_m", "real", QT_TRANSLATE_NOOP("Schema", "Traverse misclosure (m)"), minimum=0),
        _REMARKS,
    ),
    QT_TRANSLATE_NOOP("Schema", "Supplied minefield records (mine maps handed over by the other side)."),
)

MAPPED_MINES = LayerDef(
    "mapped_mines", QT_TRANSLATE_NOOP("Schema", "Mapped mines"), "Point", "mine_id", "MM", 6,
    (
        _id("mine_id", QT_TRANSLATE_NOOP("Schema", "Mapped mine ID")),
        _ref("record_id", QT_TRANSLATE_NOOP(
            "Schema", "Minefield record"), "minefield_records", "record_id", required=True),
        FieldDef("row_no", "integer", QT_TRANSLATE_NOOP("Schema", "Row"), minimum=0),
        FieldDef("mine_no", "integer", QT_TRANSLATE_NOOP("Schema", "Mine number in row"), minimum=0),
        _coded("category", QT_TRANSLATE_NOOP("Schema", "Category"), ITEM_CATEGORY, required=False),
        _text("model", QT_TRANSLATE_NOOP("Schema", "Model"), 40),
    ),
    QT_TRANSLATE_NOOP("Schema", "Mines as positioned by a supplied record."),
)

RECORD_POINTS = LayerDef(
    "record_points", QT_TRANSLATE_NOOP("Schema", "Record points"), "Point", "point_uid", "RP", 6,
    (
        _id("point_uid", QT_TRANSLATE_NOOP("Schema", "Point UID")),
        _ref("record_id", QT_TRANSLATE_NOOP(
            "Schema", "Minefield record"), "minefield_records", "record_id", required=True),
        FieldDef("point_no", "integer", QT_TRANSLATE_NOOP("Schema", "Point number"), required=True, minimum=0),
        _coded("point_type", QT_TRANSLATE_NOOP("Schema", "Point type"), RECORD_POINT_TYPE),
        FieldDef("bearing", "real", QT_TRANSLATE_NOOP("Schema", "Bearing"), minimum=0),
        _coded("bearing_unit", QT_TRANSLATE_NOOP("Schema", "Bearing unit"), BEARING_UNIT, required=False),
        _coded("north_reference", QT_TRANSLATE_NOOP("Schema", "North reference"), NORTH_REFERENCE, required=False),
        FieldDef("distance_m", "real", QT_TRANSLATE_NOOP("Schema", "Distance (m)"), minimum=0),
        FieldDef("from_point", "integer", QT_TRANSLATE_NOOP("Schema", "From point"), minimum=0),
    ),
    QT_TRANSLATE_NOOP("Schema", "Reference point, benchmark and turning points of a minefield record."),
)

DETECTIONS = LayerDef(
    "detections", QT_TRANSLATE_NOOP("Schema", "Items found"), "Point", "item_id", "D", 6,
    (
        _id("item_id", QT_TRANSLATE_NOOP("Schema", "Item ID")),
        _coded("category", QT_TRANSLATE_NOOP("Schema", "Category"), ITEM_CATEGORY),
        _text("model", QT_TRANSLATE_NOOP("Schema", "Model"), 40),
        _count("quantity", QT_TRANSLATE_NOOP("Schema", "Quantity"), minimum=1, default="1"),
        _date("found_on", QT_TRANSLATE_NOOP("Schema", "Found on"), required=True),
        FieldDef("depth_cm", "integer", QT_TRANSLATE_NOOP("Schema", "Depth (cm)"), minimum=0, maximum=500),
        _coded("condition", QT_TRANSLATE_NOOP("Schema", "Condition"), CONDITION, required=False),
        _coded("disposition", QT_TRANSLATE_NOOP("Schema", "Disposition"), DISPOSITION, required=False),
        _ORGANISATION,
        _TEAM,
        _ref("task_id", QT_TRANSLATE_NOOP("Schema", "Task"), "clearance_tasks", "task_id"),
        _DISTRICT,
        _REMARKS,
        _FIELD_UUID,
        _PHOTO,
    ),
    QT_TRANSLATE_NOOP("Schema", "Mines, UXO and other items found and what was done with them."),
)

CLEARED_ROUTES = LayerDef(
    "cleared_routes", QT_TRANSLATE_NOOP("Schema", "Cleared routes"), "MultiLineString", "route_id", "RT", 4,
    (
        _id("route_id", QT_TRANSLATE_NOOP("Schema", "Route ID")),
        _text("name", QT_TRANSLATE_NOOP("Schema", "Name")),
        _coded("route_type", QT_TRANSLATE_NOOP("Schema", "Route type"), ROUTE_TYPE, required=False),
        _ref("task_id", QT_TRANSLATE_NOOP("Schema", "Task"), "clearance_tasks", "task_id"),
        _coded("technique", QT_TRANSLATE_NOOP("Schema", "Technique"), TECHNIQUE, required=False),
        FieldDef("width_m", "real", QT_TRANSLATE_NOOP("Schema", "Cleared width (m)"), minimum=0),
        _date("cleared_on", QT_TRANSLATE_NOOP("Schema", "Cleared on"), required=True),
        _ORGANISATION,
        _TEAM,
        _DISTRICT,
        FieldDef("length_km", "real", QT_TRANSLATE_NOOP("Schema", "Length (km)"), minimum=0),
        _REMARKS,
    ),
    QT_TRANSLATE_NOOP("Schema", "Roads and tracks cleared and verified."),
)

ACCIDENTS = LayerDef(
    "accidents", QT_TRANSLATE_NOOP("Schema", "Accidents"), "Point", "accident_id", "A", 4,
    (
        _id("accident_id", QT_TRANSLATE_NOOP("Schema", "Accident ID")),
        _date("occurred_on", QT_TRANSLATE_NOOP("Schema", "Occurred on"), required=True),
        _count("killed", QT_TRANSLATE_NOOP("Schema", "Killed"), default="0"),
        _count("injured", QT_TRANSLATE_NOOP("Schema", "Injured"), default="0"),
        FieldDef("civilian", "boolean", QT_TRANSLATE_NOOP("Schema", "Civilian victims"), required=True, default="1"),
        _coded("activity", QT_TRANSLATE_NOOP("Schema", "Activity at the time"), ACTIVITY),
        _coded("device_category", QT_TRANSLATE_NOOP("Schema", "Device"), ITEM_CATEGORY, required=False),
        _DISTRICT,
        _text("description", QT_TRANSLATE_NOOP("Schema", "Description"), 254),
    ),
    QT_TRANSLATE_NOOP("Schema", "Mine and UXO accidents with their victims."),
)

# Added in data model version 2 (store.migrations.MIGRATIONS[1] adds it to older stores).
TASK_POINTS = LayerDef(
    "task_points", QT_TRANSLATE_NOOP("Schema", "Task points"), "Point", "point_id", "TP", 5,
    (
        _id("point_id", QT_TRANSLATE_NOOP("Schema", "Point ID")),
        _ref("task_id", QT_TRANSLATE_NOOP("Schema", "Task"), "clearance_tasks", "task_id", required=True),
        _coded("kind", QT_TRANSLATE_NOOP("Schema", "Kind"), TASK_POINT_KIND),
        _text("name", QT_TRANSLATE_NOOP("Schema", "Name")),
        _REMARKS,
    ),
    QT_TRANSLATE_NOOP("Schema", "Medevac, helicopter landing, access and assembly points of a task."),
)

# Added in data model version 3 (store.migrations.MIGRATIONS[2]): the daily log of a team on a
# task, filled in the field and merged from a field package; team-days for productivity.
WORK_DAYS = LayerDef(
    "work_days", QT_TRANSLATE_NOOP("Schema", "Work days"), None, "day_id", "WD", 6,
    (
        _id("day_id", QT_TRANSLATE_NOOP("Schema", "Day ID")),
        _ref("task_id", QT_TRANSLATE_NOOP("Schema", "Task"), "clearance_tasks", "task_id", required=True),
        _date("worked_on", QT_TRANSLATE_NOOP("Schema", "Worked on"), required=True),
        _ORGANISATION,
        _TEAM,
        _coded("technique", QT_TRANSLATE_NOOP("Schema", "Technique"), TECHNIQUE, required=False),
        FieldDef("hours_worked", "real", QT_TRANSLATE_NOOP("Schema", "Hours worked"), minimum=0, maximum=24),
        _count("people", QT_TRANSLATE_NOOP("Schema", "People")),
        _count("machines", QT_TRANSLATE_NOOP("Schema", "Machines")),
        _REMARKS,
        _FIELD_UUID,
    ),
    QT_TRANSLATE_NOOP("Schema", "What a team worked on a task each day: hours, people and machines."),
)

# Added in data model version 4 (store.migrations.MIGRATIONS[3]): quality assurance visits and
# quality control samples of a task (IMAS 09.20), the area looked at and its result.
INSPECTIONS = LayerDef(
    "inspections", QT_TRANSLATE_NOOP("Schema", "Inspections"), "MultiPolygon", "inspection_id", "QI", 5,
    (
        _id("inspection_id", QT_TRANSLATE_NOOP("Schema", "Inspection ID")),
        _ref("task_id", QT_TRANSLATE_NOOP("Schema", "Task"), "clearance_tasks", "task_id", required=True),
        _date("inspected_on", QT_TRANSLATE_NOOP("Schema", "Inspected on"), required=True),
        _ORGANISATION,
        _text("inspector", QT_TRANSLATE_NOOP("Schema", "Inspector")),
        _coded("kind", QT_TRANSLATE_NOOP("Schema", "Kind"), INSPECTION_KIND),
        FieldDef("sampled_m2", "real", QT_TRANSLATE_NOOP("Schema", "Area sampled (m²)"), minimum=0),
        _count("items_found", QT_TRANSLATE_NOOP("Schema", "Items found in the sample"), default="0"),
        _coded("result", QT_TRANSLATE_NOOP("Schema", "Result"), INSPECTION_RESULT),
        _REMARKS,
    ),
    QT_TRANSLATE_NOOP("Schema", "Quality assurance visits and quality control samples of tasks, and their results."),
)

#: Layers of a store, in drawing order from bottom to top.
LAYERS: Tuple[LayerDef, ...] = (
    REGIONS, HAZARD_AREAS, MINEFIELD_RECORDS, CLEARANCE_TASKS, CLEARED_AREAS,
    CLEARED_ROUTES, MAPPED_MINES, RECORD_POINTS, DETECTIONS, ACCIDENTS, TASK_POINTS, WORK_DAYS,
    INSPECTIONS,
)
LAYER_NAMES: Tuple[str, ...] = tuple(layer.name for layer in LAYERS)
LAYERS_BY_NAME: Dict[str, LayerDef] = {layer.name: layer for layer in LAYERS}


@dataclass(frozen=True)
class RelationDef:
    """A parent/child link between two layers, as QGIS relations will show it."""

    child: str
    child_field: str
    parent: str
    parent_field: str
    name: str = field(default="")

    @property
    def id(self) -> str:
        # Stable id: stored forms (relation reference widgets) refer to it.
        return f"{self.child}_{self.child_field}__{self.parent}"


def relations() -> Tuple[RelationDef, ...]:
    """Every link declared by a field's ``references``."""
    found = []
    for layer in LAYERS:
        for f in layer.fields:
            if f.references is not None:
                found.append(
                    RelationDef(layer.name, f.name, f.references.layer, f.references.field,
                                f"{LAYERS_BY_NAME[f.references.layer].title} → {layer.title}")
                )
    return tuple(found)


def layer_def(name: str) -> LayerDef:
    try:
        return LAYERS_BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown store layer {name!r}; known: {', '.join(LAYER_NAMES)}") from None
