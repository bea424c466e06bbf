"""The data model of a project store: the one place layers, fields and codes are defined.

Everything else (store creation on GeoPackage or PostGIS, forms, styles, checks,
importers) reads these definitions; nothing else lists fields by hand.

Stored values are language-neutral codes (``cleared``, ``AP``); the labels here are
what forms and reports show, and go through Qt's translation mechanism.
"""

from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple

#: Increment when the stored structure changes, and add a step to ``store.MIGRATIONS``.
SCHEMA_VERSION = 2

#: Polygons and lines are stored in this CRS unless the user picks another.
DEFAULT_CRS = "EPSG:4326"

#: Areas and lengths are measured on this ellipsoid (BRIEF: true WGS84 areas).
ELLIPSOID = "EPSG:7030"


def _tr(text: str) -> str:
    """Mark a label for translation; resolved at display time by ``label()``."""
    return text


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
    (("SHA", _tr("Suspected hazardous area (SHA)")), ("CHA", _tr("Confirmed hazardous area (CHA)"))),
)
STATUS = Domain(
    "status",
    (("open", _tr("Open")), ("worked_on", _tr("Worked on")), ("closed", _tr("Closed"))),
)
RELEASE_METHOD = Domain(
    "release_method",
    (
        ("cleared", _tr("Cleared (clearance)")),
        ("reduced", _tr("Reduced (technical survey)")),
        ("cancelled", _tr("Cancelled (non-technical survey)")),
    ),
)
TECHNIQUE = Domain(
    "technique",
    (("manual", _tr("Manual")), ("mechanical", _tr("Mechanical")), ("mdd", _tr("Mine detection dogs"))),
)
ITEM_CATEGORY = Domain(
    "item_category",
    (
        ("AP", _tr("Anti-personnel mine")),
        ("AT", _tr("Anti-tank mine")),
        ("UXO", _tr("Unexploded ordnance (UXO)")),
        ("AXO", _tr("Abandoned explosive ordnance (AXO)")),
        ("IED", _tr("Improvised explosive device (IED)")),
        ("SUBMUNITION", _tr("Submunition")),
        ("OTHER", _tr("Other")),
    ),
)
CONTAMINATION = Domain(
    "contamination",
    (
        ("AP", _tr("Anti-personnel mines")),
        ("AT", _tr("Anti-tank mines")),
        ("mixed", _tr("Mixed AP and AT mines")),
        ("UXO", _tr("Unexploded ordnance")),
        ("cluster", _tr("Cluster munitions")),
        ("IED", _tr("Improvised explosive devices")),
    ),
)
TASK_TYPE = Domain(
    "task_type",
    (
        ("clearance", _tr("Clearance")),
        ("technical_survey", _tr("Technical survey")),
        ("non_technical_survey", _tr("Non-technical survey")),
        ("route_clearance", _tr("Route clearance")),
        ("eod_spot", _tr("EOD spot task")),
    ),
)
CONDITION = Domain(
    "condition",
    (
        ("intact", _tr("Intact")),
        ("damaged", _tr("Damaged")),
        ("deteriorated", _tr("Deteriorated")),
        ("armed", _tr("Armed")),
        ("unknown", _tr("Unknown")),
    ),
)
DISPOSITION = Domain(
    "disposition",
    (
        ("destroyed_in_situ", _tr("Destroyed in situ")),
        ("removed", _tr("Removed for demolition")),
        ("rendered_safe", _tr("Rendered safe")),
    ),
)
ACTIVITY = Domain(
    "activity",
    (
        ("illegal_entry", _tr("Illegal entry into uncleared land")),
        ("leaving_cleared_land", _tr("Leaving cleared land")),
        ("demining", _tr("Demining")),
        ("farming", _tr("Farming")),
        ("herding", _tr("Herding")),
        ("travelling", _tr("Travelling")),
        ("tampering", _tr("Handling or tampering")),
        ("other", _tr("Other")),
    ),
)
RECORD_POINT_TYPE = Domain(
    "record_point_type",
    (
        ("reference", _tr("Reference point (landmark)")),
        ("benchmark", _tr("Benchmark")),
        ("turning", _tr("Turning point")),
        ("intermediate", _tr("Intermediate point")),
        ("end", _tr("End point")),
    ),
)
BEARING_UNIT = Domain(
    "bearing_unit",
    (("degrees", _tr("Degrees")), ("mils6400", _tr("Mils (6400)")), ("mils6000", _tr("Mils (6000)"))),
)
NORTH_REFERENCE = Domain(
    "north_reference",
    (("true", _tr("True north")), ("grid", _tr("Grid north")), ("magnetic", _tr("Magnetic north"))),
)
ROUTE_TYPE = Domain(
    "route_type",
    (("road", _tr("Road")), ("track", _tr("Track")), ("path", _tr("Path")), ("railway", _tr("Railway"))),
)

TASK_POINT_KIND = Domain(
    "task_point_kind",
    (
        ("medevac", _tr("Medical evacuation point")),
        ("helicopter_landing", _tr("Helicopter landing site")),
        ("access", _tr("Access point")),
        ("assembly", _tr("Assembly point")),
        ("control", _tr("Control point")),
        ("other", _tr("Other")),
    ),
)

DOMAINS: Dict[str, Domain] = {
    d.name: d
    for d in (
        CLASSIFICATION, STATUS, RELEASE_METHOD, TECHNIQUE, ITEM_CATEGORY, CONTAMINATION,
        TASK_TYPE, CONDITION, DISPOSITION, ACTIVITY, RECORD_POINT_TYPE, BEARING_UNIT,
        NORTH_REFERENCE, ROUTE_TYPE, TASK_POINT_KIND,
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


_DISTRICT = _text("district", _tr("District"), 60)
_ORGANISATION = _text("organisation", _tr("Organisation"))
_TEAM = _text("team", _tr("Team"), 40)
_REMARKS = _text("remarks", _tr("Remarks"), 254)


# --- Layers -------------------------------------------------------------------------------

REGIONS = LayerDef(
    "regions", _tr("Districts"), "MultiPolygon", "region_id", "R", 3,
    (
        _id("region_id", _tr("Region ID")),
        _text("name", _tr("Name"), 60, required=True),
        _text("name_local", _tr("Local name"), 60),
        FieldDef("admin_level", "integer", _tr("Administrative level"), minimum=0, maximum=10),
        _text("country", _tr("Country"), 60),
        _text("source", _tr("Source"), 120),
    ),
    _tr("Administrative districts used to split and total released land."),
)

HAZARD_AREAS = LayerDef(
    "hazard_areas", _tr("Hazard areas"), "MultiPolygon", "hazard_id", "H", 4,
    (
        _id("hazard_id", _tr("Hazard ID")),
        _text("name", _tr("Name")),
        _coded("classification", _tr("Classification"), CLASSIFICATION),
        _coded("status", _tr("Status"), STATUS),
        _coded("contamination", _tr("Contamination"), CONTAMINATION, required=False),
        _DISTRICT,
        _date("reported_on", _tr("Reported on")),
        _text("evidence", _tr("Evidence"), 254),
        _hectares("area_ha", _tr("Area (ha)")),
        _hectares("remaining_ha", _tr("Remaining (ha)")),
        _ORGANISATION,
        _REMARKS,
    ),
    _tr("Suspected (SHA) and confirmed (CHA) hazardous areas."),
)

CLEARANCE_TASKS = LayerDef(
    "clearance_tasks", _tr("Clearance tasks"), "MultiPolygon", "task_id", "T", 4,
    (
        _id("task_id", _tr("Task ID")),
        _ref("hazard_id", _tr("Hazard"), "hazard_areas", "hazard_id"),
        _ref("parent_task_id", _tr("Parent task"), "clearance_tasks", "task_id"),
        _text("name", _tr("Name")),
        _coded("task_type", _tr("Task type"), TASK_TYPE),
        _coded("status", _tr("Status"), STATUS),
        _DISTRICT,
        _ORGANISATION,
        _TEAM,
        _date("planned_start", _tr("Planned start")),
        _date("planned_end", _tr("Planned end")),
        _hectares("planned_ha", _tr("Planned (ha)")),
        FieldDef("sector_no", "integer", _tr("Sector number"), minimum=1),
        _REMARKS,
    ),
    _tr("Clearance and survey tasks and their sectors, drawn inside hazard areas."),
)

CLEARED_AREAS = LayerDef(
    "cleared_areas", _tr("Released land"), "MultiPolygon", "release_id", "LR", 6,
    (
        _id("release_id", _tr("Release ID")),
        _coded("release_method", _tr("Release method"), RELEASE_METHOD),
        _coded("technique", _tr("Technique"), TECHNIQUE, required=False),
        _ORGANISATION,
        _TEAM,
        _ref("task_id", _tr("Task"), "clearance_tasks", "task_id"),
        _ref("hazard_id", _tr("Hazard"), "hazard_areas", "hazard_id"),
        _DISTRICT,
        _date("released_on", _tr("Released on"), required=True),
        FieldDef("depth_cm", "integer", _tr("Clearance depth (cm)"), minimum=0, maximum=500),
        _hectares("area_ha", _tr("Area (ha)")),
        _REMARKS,
    ),
    _tr("Land released by clearance, technical survey or non-technical survey; never overlapping."),
)

MINEFIELD_RECORDS = LayerDef(
    "minefield_records", _tr("Minefield records"), "MultiPolygon", "record_id", "MR", 4,
    (
        _id("record_id", _tr("Record ID")),
        _text("source", _tr("Source"), 120, required=True),
        _date("received_on", _tr("Received on")),
        _text("supplied_by", _tr("Supplied by")),
        _DISTRICT,
        _count("claimed_ap", _tr("Claimed AP mines")),
        _count("claimed_at", _tr("Claimed AT mines")),
        _count("claimed_total", _tr("Claimed mines in total")),
        _coded("bearing_unit", _tr("Bearing unit"), BEARING_UNIT, required=False),
        _coded("north_reference", _tr("North reference"), NORTH_REFERENCE, required=False),
        FieldDef("declination_deg", "real", _tr("Magnetic declination (degrees)"), minimum=-180, maximum=180),
        FieldDef("misclosure_m", "real", _tr("Traverse misclosure (m)"), minimum=0),
        _REMARKS,
    ),
    _tr("Supplied minefield records (mine maps handed over by the other side)."),
)

MAPPED_MINES = LayerDef(
    "mapped_mines", _tr("Mapped mines"), "Point", "mine_id", "MM", 6,
    (
        _id("mine_id", _tr("Mapped mine ID")),
        _ref("record_id", _tr("Minefield record"), "minefield_records", "record_id", required=True),
        FieldDef("row_no", "integer", _tr("Row"), minimum=0),
        FieldDef("mine_no", "integer", _tr("Mine number in row"), minimum=0),
        _coded("category", _tr("Category"), ITEM_CATEGORY, required=False),
        _text("model", _tr("Model"), 40),
    ),
    _tr("Mines as positioned by a supplied record."),
)

RECORD_POINTS = LayerDef(
    "record_points", _tr("Record points"), "Point", "point_uid", "RP", 6,
    (
        _id("point_uid", _tr("Point UID")),
        _ref("record_id", _tr("Minefield record"), "minefield_records", "record_id", required=True),
        FieldDef("point_no", "integer", _tr("Point number"), required=True, minimum=0),
        _coded("point_type", _tr("Point type"), RECORD_POINT_TYPE),
        FieldDef("bearing", "real", _tr("Bearing"), minimum=0),
        _coded("bearing_unit", _tr("Bearing unit"), BEARING_UNIT, required=False),
        _coded("north_reference", _tr("North reference"), NORTH_REFERENCE, required=False),
        FieldDef("distance_m", "real", _tr("Distance (m)"), minimum=0),
        FieldDef("from_point", "integer", _tr("From point"), minimum=0),
    ),
    _tr("Reference point, benchmark and turning points of a minefield record."),
)

DETECTIONS = LayerDef(
    "detections", _tr("Items found"), "Point", "item_id", "D", 6,
    (
        _id("item_id", _tr("Item ID")),
        _coded("category", _tr("Category"), ITEM_CATEGORY),
        _text("model", _tr("Model"), 40),
        _count("quantity", _tr("Quantity"), minimum=1, default="1"),
        _date("found_on", _tr("Found on"), required=True),
        FieldDef("depth_cm", "integer", _tr("Depth (cm)"), minimum=0, maximum=500),
        _coded("condition", _tr("Condition"), CONDITION, required=False),
        _coded("disposition", _tr("Disposition"), DISPOSITION, required=False),
        _ORGANISATION,
        _TEAM,
        _ref("task_id", _tr("Task"), "clearance_tasks", "task_id"),
        _DISTRICT,
        _REMARKS,
    ),
    _tr("Mines, UXO and other items found and what was done with them."),
)

CLEARED_ROUTES = LayerDef(
    "cleared_routes", _tr("Cleared routes"), "MultiLineString", "route_id", "RT", 4,
    (
        _id("route_id", _tr("Route ID")),
        _text("name", _tr("Name")),
        _coded("route_type", _tr("Route type"), ROUTE_TYPE, required=False),
        _ref("task_id", _tr("Task"), "clearance_tasks", "task_id"),
        _coded("technique", _tr("Technique"), TECHNIQUE, required=False),
        FieldDef("width_m", "real", _tr("Cleared width (m)"), minimum=0),
        _date("cleared_on", _tr("Cleared on"), required=True),
        _ORGANISATION,
        _TEAM,
        _DISTRICT,
        FieldDef("length_km", "real", _tr("Length (km)"), minimum=0),
        _REMARKS,
    ),
    _tr("Roads and tracks cleared and verified."),
)

ACCIDENTS = LayerDef(
    "accidents", _tr("Accidents"), "Point", "accident_id", "A", 4,
    (
        _id("accident_id", _tr("Accident ID")),
        _date("occurred_on", _tr("Occurred on"), required=True),
        _count("killed", _tr("Killed"), default="0"),
        _count("injured", _tr("Injured"), default="0"),
        FieldDef("civilian", "boolean", _tr("Civilian victims"), required=True, default="1"),
        _coded("activity", _tr("Activity at the time"), ACTIVITY),
        _coded("device_category", _tr("Device"), ITEM_CATEGORY, required=False),
        _DISTRICT,
        _text("description", _tr("Description"), 254),
    ),
    _tr("Mine and UXO accidents with their victims."),
)

# Added in data model version 2 (store.MIGRATIONS[1] adds it to older stores).
TASK_POINTS = LayerDef(
    "task_points", _tr("Task points"), "Point", "point_id", "TP", 5,
    (
        _id("point_id", _tr("Point ID")),
        _ref("task_id", _tr("Task"), "clearance_tasks", "task_id", required=True),
        _coded("kind", _tr("Kind"), TASK_POINT_KIND),
        _text("name", _tr("Name")),
        _REMARKS,
    ),
    _tr("Medevac, helicopter landing, access and assembly points of a task."),
)

#: Layers of a store, in drawing order from bottom to top.
LAYERS: Tuple[LayerDef, ...] = (
    REGIONS, HAZARD_AREAS, MINEFIELD_RECORDS, CLEARANCE_TASKS, CLEARED_AREAS,
    CLEARED_ROUTES, MAPPED_MINES, RECORD_POINTS, DETECTIONS, ACCIDENTS, TASK_POINTS,
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
