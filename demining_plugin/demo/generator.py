"""The demo scenario: a complete project store built from a fixed random seed.

The scenario file (``seeds/karabakh_2021.json``) gives districts, organisations and the
published targets (hectares cleared by a date, items found by category, route km, the
supplied mine maps, accidents). The generator lays out hazard areas along the former
front line on the real district boundaries shipped with QGIS, divides them into tasks,
releases clearance lanes day by day, places minefield records with their mine rows and
the items actually found, routes and accidents, so that those targets come out of the
data when anyone computes them.

All geometry is built in the local UTM zone, each hazard in its own frame (``u`` along
the hazard, ``v`` across it), and stored in the store's CRS (EPSG:4326).
"""

import datetime
import json
import math
import os
import random
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from osgeo import ogr
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..__about__ import seeds_path
from ..core.errors import DeminingError
from ..core.geo.crs import WGS84_AUTHID, wgs84
from ..core.geo.measure import M2_PER_HA, distance_area
from ..core.model.schema import LAYERS_BY_NAME
from ..core.store import create_store, open_store
from ..core.store.geopackage import ogr_set_values
from ..core.store.styles import add_store_to_project

translate = QCoreApplication.translate

DEFAULT_SCENARIO = "karabakh_2021.json"
DEFAULT_SEED = 2021

_AP_MODELS = ("PMN-2", "PMN-4", "OZM-72", "POMZ-2M")
_AT_MODELS = ("TM-62M", "TM-57", "TM-46")
_UXO_MODELS = ("122 mm HE projectile", "82 mm mortar bomb", "RPG-7 rocket", "F-1 grenade", "125 mm tank round")
_MODELS = {"AP": _AP_MODELS, "AT": _AT_MODELS, "UXO": _UXO_MODELS, "AXO": ("Ammunition cache",),
           "SUBMUNITION": ("9N235",)}
_CLEARANCE_DEPTH_CM = {"mechanical": 20, "manual": 13, "mdd": 13}
_DEPTH = {"AP": (2, 12), "AT": (8, 30), "UXO": (0, 45), "AXO": (0, 20), "SUBMUNITION": (0, 15)}


@dataclass
class DemoResult:
    store_path: str
    project_path: str
    released_ha: float
    items: int


def load_scenario(name: str = DEFAULT_SCENARIO) -> dict:
    path = seeds_path(name)
    if not path.is_file():
        raise DeminingError(translate("Demo", "Demo scenario file {path} is missing from the plugin.").format(
            path=path))
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


# --- geometry in a hazard's frame ------------------------------------------------------

@dataclass
class Frame:
    """An oriented rectangle: ``u`` along ``length`` at ``angle`` degrees from grid north,
    ``v`` across ``width``; (0, 0) is a corner."""

    cx: float
    cy: float
    angle: float
    length: float
    width: float

    def xy(self, u: float, v: float) -> Tuple[float, float]:
        a = math.radians(self.angle)
        du, dv = u - self.length / 2, v - self.width / 2
        return (self.cx + du * math.sin(a) + dv * math.cos(a), self.cy + du * math.cos(a) - dv * math.sin(a))

    def box(self, u0: float, u1: float, v0: float = 0.0, v1: Optional[float] = None) -> QgsGeometry:
        v1 = self.width if v1 is None else v1
        ring = [QgsPointXY(*self.xy(u, v)) for u, v in ((u0, v0), (u1, v0), (u1, v1), (u0, v1), (u0, v0))]
        return QgsGeometry.fromPolygonXY([ring])


@dataclass
class Hazard:
    hazard_id: str
    district: str
    frame: Frame
    geometry: QgsGeometry  # UTM, contains the frame's rectangle
    classification: str
    contamination: str
    organisation: str
    team: str
    fate: str = "clearance"  # clearance | cancelled | reduced
    released_ha: float = 0.0
    area_ha: float = 0.0
    tasks: List["Task"] = field(default_factory=list)
    records: List[Tuple[float, float, float, float]] = field(default_factory=list)


@dataclass
class Task:
    task_id: str
    hazard: Optional[Hazard]
    district: str
    u0: float
    u1: float
    task_type: str
    organisation: str
    team: str
    geometry: QgsGeometry = None
    cursor: float = 0.0  # u up to which the task is cleared
    dates: List[datetime.date] = field(default_factory=list)


@dataclass
class Lane:
    task: Task
    u0: float
    u1: float
    released_on: datetime.date
    bucket: str
    method: str = "cleared"
    area_ha: float = 0.0
    geometry: QgsGeometry = None


@dataclass
class Item:
    category: str
    quantity: int
    found_on: datetime.date
    xy: Tuple[float, float]
    task: Task
    district: str


class DemoBuilder:
    """Builds the scenario into memory, then writes it to a store in one transaction."""

    def __init__(self, scenario: dict, seed: int = DEFAULT_SEED,
                 progress: Optional[Callable[[float], None]] = None,
                 is_canceled: Optional[Callable[[], bool]] = None,
                 log: Optional[Callable[[str], None]] = None):
        self.sc = scenario
        self.rng = random.Random(seed)
        self._progress = progress or (lambda value: None)
        self._is_canceled = is_canceled or (lambda: False)
        self._log = log or (lambda message: None)
        self.local_crs = QgsCoordinateReferenceSystem(scenario["local_crs"])
        self.da = distance_area(self.local_crs)
        self.districts: Dict[str, QgsGeometry] = {}
        self.district_inner: Dict[str, QgsGeometry] = {}
        self.local_names: Dict[str, str] = {}
        self.hazards: List[Hazard] = []
        self.tasks: List[Task] = []
        self.lanes: List[Lane] = []
        self.items: List[Item] = []
        self.records: List[dict] = []
        self.mines: List[dict] = []
        self.routes: List[dict] = []
        self.accidents: List[dict] = []
        self.task_points: List[dict] = []
        self.teams = [(org, team) for org, teams in scenario["organisations"].items() for team in teams]

    # -- helpers ---------------------------------------------------------------------
    def _step(self, percent: float, message: str) -> None:
        if self._is_canceled():
            raise DeminingError(translate("Demo", "Building the demo store was cancelled."))
        self._progress(percent)
        self._log(message)

    def _area_ha(self, geometry: QgsGeometry) -> float:
        return self.da.measureArea(geometry) / M2_PER_HA

    def _random_date(self, start: datetime.date, end: datetime.date, rising: bool = False) -> datetime.date:
        span = (end - start).days
        share = math.sqrt(self.rng.random()) if rising else self.rng.random()
        return start + datetime.timedelta(days=min(span, int(share * (span + 1))))

    def _split(self, total: float, parts: int) -> List[float]:
        weights = [self.rng.uniform(0.6, 1.4) for _ in range(parts)]
        shares = [total * w / sum(weights) for w in weights]
        shares[-1] = total - sum(shares[:-1])
        return shares

    # -- districts -------------------------------------------------------------------
    def load_districts(self) -> None:
        # Read through OGR, not a QGIS layer: the build runs in a worker thread in the desktop.
        spec = self.sc["boundaries"]
        path = Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg"
        ds = ogr.Open(str(path)) if path.is_file() else None
        layer = ds.GetLayerByName(spec["layer"]) if ds is not None else None
        if layer is None:
            raise DeminingError(translate("Demo", "District boundaries not found: {path} (layer {layer}).").format(
                path=path, layer=spec["layer"]))
        source_crs = QgsCoordinateReferenceSystem.fromWkt(layer.GetSpatialRef().ExportToWkt()) \
            if layer.GetSpatialRef() is not None else wgs84()
        transform = QgsCoordinateTransform(source_crs, self.local_crs, QgsCoordinateTransformContext())
        value = str(spec["filter_value"]).replace("'", "''")
        layer.SetAttributeFilter(f"\"{spec['filter_field']}\" = '{value}'")
        pieces: Dict[str, List[QgsGeometry]] = {}
        wanted = {m: d["name"] for d in self.sc["districts"] for m in d["match"]}
        for feature in layer:
            name = wanted.get(feature.GetField(spec["match_field"]))
            geometry = feature.GetGeometryRef()
            if name is None or geometry is None:
                continue
            wkb, geometry = bytes(geometry.ExportToIsoWkb()), QgsGeometry()
            geometry.fromWkb(wkb)
            geometry.transform(transform)
            pieces.setdefault(name, []).append(geometry)
            self.local_names.setdefault(name, feature.GetField(spec["local_name_field"]))
        ds = None  # noqa: F841 (closes the file)
        missing = [d["name"] for d in self.sc["districts"] if d["name"] not in pieces]
        if missing:
            raise DeminingError(translate("Demo", "Districts not found in {path_name}: {missing}").format(
                path_name=path.name, missing=', '.join(missing)))
        for name, parts in pieces.items():
            union = QgsGeometry.unaryUnion(parts)
            self.districts[name] = union
            self.district_inner[name] = union.buffer(-300, 4)

    # -- hazards and tasks ---------------------------------------------------------------
    def place_hazards(self) -> None:
        clear = self.sc["clearance"]
        total_cleared = clear["cleared_ha_by_cutoff"] + clear["later"]["cleared_ha"]
        number = 0
        for district in self.sc["districts"]:
            name = district["name"]
            inner = self.district_inner[name]
            bbox = inner.boundingBox()
            budget_ha = district["weight"] * total_cleared * clear["hazard_area_factor"]
            placed_ha, tries = 0.0, 0
            placed: List[QgsGeometry] = []
            while placed_ha < budget_ha and tries < 20000:
                tries += 1
                cx = self.rng.uniform(bbox.xMinimum(), bbox.xMaximum())
                cy = self.rng.uniform(bbox.yMinimum(), bbox.yMaximum())
                if district["front"]:
                    angle = district["angle"] + self.rng.uniform(-15, 15)
                else:
                    angle = self.rng.uniform(0, 180)
                frame = Frame(cx, cy, angle, self.rng.uniform(1800, 4200), self.rng.uniform(700, 1300))
                outline = self._hazard_outline(frame)
                if not inner.contains(outline) or any(outline.distance(other) < 150 for other in placed):
                    continue
                placed.append(outline)
                number += 1
                org, team = self.rng.choice(self.teams)
                cha = self.rng.random() < (0.8 if district["front"] else 0.5)
                contamination = self.rng.choice(("mixed", "AP", "AT") if district["front"] else ("UXO", "mixed", "AT"))
                hazard = Hazard(LAYERS_BY_NAME["hazard_areas"].make_id(number), name, frame, outline,
                                "CHA" if cha else "SHA", contamination, org, team)
                hazard.area_ha = self._area_ha(outline)
                placed_ha += frame.length * frame.width / M2_PER_HA
                self.hazards.append(hazard)
            if placed_ha < budget_ha:
                raise DeminingError(translate("Demo", "Could not lay out enough hazard areas in {name}.").format(
                    name=name))
        # Some suspected areas are cancelled by survey, some areas reduced: whole hazards.
        shas = [h for h in self.hazards if h.classification == "SHA"]
        self.rng.shuffle(shas)
        n_cancel = round(len(self.hazards) * clear["cancelled_share_of_hazards"])
        n_reduce = round(len(self.hazards) * clear["reduced_share_of_hazards"])
        for hazard in shas[:n_cancel]:
            hazard.fate = "cancelled"
        for hazard in shas[n_cancel:n_cancel + n_reduce]:
            hazard.fate = "reduced"

    def _hazard_outline(self, frame: Frame) -> QgsGeometry:
        """The frame's rectangle with a few vertices pushed outwards, so that it looks
        surveyed by hand and still contains the whole rectangle."""
        length, width = frame.length, frame.width
        pts = [(0.0, 0.0)]
        for k in range(1, 4):
            pts.append((length * k / 4 + self.rng.uniform(-80, 80), -self.rng.uniform(0, 90)))
        pts.append((length, 0.0))
        pts.append((length + self.rng.uniform(0, 90), width / 2))
        pts.append((length, width))
        for k in range(3, 0, -1):
            pts.append((length * k / 4 + self.rng.uniform(-80, 80), width + self.rng.uniform(0, 90)))
        pts.append((0.0, width))
        pts.append((-self.rng.uniform(0, 90), width / 2))
        ring = [QgsPointXY(*frame.xy(u, v)) for u, v in pts]
        ring.append(ring[0])
        return QgsGeometry.fromPolygonXY([ring])

    def make_tasks(self) -> None:
        number = 0
        for hazard in self.hazards:
            if hazard.fate != "clearance":
                number += 1
                task_type = "non_technical_survey" if hazard.fate == "cancelled" else "technical_survey"
                task = Task(LAYERS_BY_NAME["clearance_tasks"].make_id(number), hazard, hazard.district, 0,
                            hazard.frame.length, task_type, hazard.organisation, hazard.team)
                task.geometry = QgsGeometry(hazard.geometry)
                hazard.tasks.append(task)
                self.tasks.append(task)
                continue
            u = 0.0
            total = hazard.frame.length
            while total - u > 200:
                length = self.rng.uniform(500, 900)
                end = total if total - (u + length) < 250 else u + length
                number += 1
                task = Task(LAYERS_BY_NAME["clearance_tasks"].make_id(number), hazard, hazard.district, u, end,
                            "clearance", hazard.organisation, hazard.team, cursor=u)
                task.geometry = hazard.frame.box(u, end)
                hazard.tasks.append(task)
                self.tasks.append(task)
                u = end

    # -- clearance lanes --------------------------------------------------------------------
    def _lane_queue(self, district: str) -> List[Task]:
        """The district's clearance tasks in the order teams work them: the first task of
        each hazard, then the second of each, and so on."""
        hazards = [h for h in self.hazards if h.district == district and h.fate == "clearance"]
        # About a fifth of the hazards wait for teams: they are worked only if the
        # others run out of land.
        waiting = set(self.rng.sample(range(len(hazards)), len(hazards) // 5))
        queue = []
        for group in ([h for k, h in enumerate(hazards) if k not in waiting],
                      [h for k, h in enumerate(hazards) if k in waiting]):
            depth = 0
            while True:
                row = [h.tasks[depth] for h in group if depth < len(h.tasks)]
                if not row:
                    break
                queue.extend(row)
                depth += 1
        return queue

    def _lane_with_area(self, task: Task, target_ha: float) -> Tuple[float, float]:
        """Lane end ``u`` (and its true area) so that the lane from the task's cursor has
        ``target_ha``, or the rest of the task when it holds less."""
        frame = task.hazard.frame
        start = task.cursor
        full = self._area_ha(frame.box(start, task.u1))
        if full <= target_ha:
            return task.u1, full
        end = start + target_ha * M2_PER_HA / frame.width
        for _ in range(4):
            area = self._area_ha(frame.box(start, end))
            end = start + (end - start) * target_ha / area
        return end, self._area_ha(frame.box(start, end))

    def clear_lanes(self) -> None:
        clear = self.sc["clearance"]
        cutoff = _day(clear["cutoff"])
        week, after, later = clear["week"], clear["after_week"], clear["later"]
        queues = {d["name"]: self._lane_queue(d["name"]) for d in self.sc["districts"]}
        weights = {d["name"]: d["weight"] for d in self.sc["districts"]}
        main_total = clear["cleared_ha_by_cutoff"] - week["cleared_ha"] - after["cleared_ha"]
        main_end = _day(week["from"]) - datetime.timedelta(days=1)
        buckets = [
            ("main", _day(clear["start"]), main_end, self._by_weight(main_total, weights, list(weights)), True),
            ("week", _day(week["from"]), _day(week["to"]),
             dict(zip(week["districts"], self._split(week["cleared_ha"], len(week["districts"])))), False),
            ("after_week", _day(after["from"]), _day(after["to"]),
             dict(zip(after["districts"], self._split(after["cleared_ha"], len(after["districts"])))), False),
            ("later", _day(later["from"]), _day(later["to"]),
             self._by_weight(later["cleared_ha"], weights, list(weights)), False),
        ]
        assert _day(after["to"]) == cutoff
        for bucket, start, end, targets, rising in buckets:
            for district, target in targets.items():
                self._release(queues[district], district, bucket, target, start, end, rising)

    def _by_weight(self, total: float, weights: Dict[str, float], names: List[str]) -> Dict[str, float]:
        s = sum(weights[n] for n in names)
        shares = {n: total * weights[n] / s for n in names}
        last = names[-1]
        shares[last] = total - sum(v for n, v in shares.items() if n != last)
        return shares

    def _release(self, queue: List[Task], district: str, bucket: str, target: float,
                 start: datetime.date, end: datetime.date, rising: bool) -> None:
        lanes: List[Lane] = []
        remaining = target
        while remaining > 1e-6:  # a hundredth of a square metre
            while queue and queue[0].u1 - queue[0].cursor < 1e-6:
                queue.pop(0)
            if not queue:
                raise DeminingError(translate(
                    "Demo", "Not enough hazard area in {district} for the demo's cleared land.").format(
                        district=district))
            task = queue[0]
            want = self.rng.uniform(3.0, 14.0)
            if remaining < want * 1.5:
                want = remaining
            u1, area = self._lane_with_area(task, want)
            lane = Lane(task, task.cursor, u1, start, bucket, area_ha=area)
            task.cursor = u1
            lanes.append(lane)
            remaining -= area
        dates = sorted(self._random_date(start, end, rising) for _ in lanes)
        for lane, day in zip(lanes, dates):
            lane.released_on = day
            lane.task.dates.append(day)
        self.lanes.extend(lanes)

    def release_surveyed(self) -> None:
        clear = self.sc["clearance"]
        blocked_from, blocked_to = _day(clear["week"]["from"]), _day(clear["after_week"]["to"])
        for hazard in self.hazards:
            if hazard.fate == "clearance":
                continue
            while True:
                day = self._random_date(_day("2021-03-01"), _day(clear["later"]["to"]))
                if not blocked_from <= day <= blocked_to:
                    break
            task = hazard.tasks[0]
            lane = Lane(task, 0, hazard.frame.length, day, "survey",
                        "cancelled" if hazard.fate == "cancelled" else "reduced", hazard.area_ha,
                        QgsGeometry(hazard.geometry))
            task.cursor = task.u1
            task.dates.append(day)
            self.lanes.append(lane)

    # -- supplied minefield records ------------------------------------------------------------
    def place_records(self) -> None:
        accuracy = self.sc["record_accuracy"]
        cap = accuracy["mapped_in_cleared_land_cap"]
        in_cleared = 0
        record_no = 0
        cleared_by_hazard: Dict[str, List[Lane]] = {}
        for lane in self.lanes:
            if lane.method == "cleared":
                cleared_by_hazard.setdefault(lane.task.hazard.hazard_id, []).append(lane)
        for supply in self.sc["supplied_records"]:
            for district, target in supply["districts"].items():
                hazards = [h for h in self.hazards if h.district == district and h.fate == "clearance"]
                placed = 0
                while placed < target:
                    layout = None
                    for _attempt in range(200):
                        hazard = self.rng.choice(hazards)
                        # Most records lie beyond the land cleared so far; some overlap it,
                        # so that their accuracy can be judged, up to the cap.
                        overlap_allowed = self.rng.random() < 0.15 and in_cleared < cap
                        candidate = self._record_layout(hazard, 0.0 if overlap_allowed else self._cleared_to(hazard))
                        if candidate is None:
                            continue
                        lanes = cleared_by_hazard.get(hazard.hazard_id, [])
                        u0, u1 = candidate["u0"], candidate["u1"]
                        touching = [ln for ln in lanes if ln.u0 < u1 + 30 and ln.u1 > u0 - 30]
                        if any(ln.bucket in ("week", "after_week") for ln in touching):
                            continue
                        n_cleared = sum(1 for (u, _v, _r, _m) in candidate["mines"]
                                        if any(ln.u0 <= u < ln.u1 for ln in touching))
                        if in_cleared + n_cleared > cap:
                            continue
                        layout = (hazard, candidate, touching)
                        in_cleared += n_cleared
                        break
                    if layout is None:
                        raise DeminingError(translate(
                            "Demo", "Could not place the supplied records in {district}.").format(district=district))
                    hazard, candidate, touching = layout
                    mines = candidate["mines"][: target - placed]
                    record_no += 1
                    record_id = LAYERS_BY_NAME["minefield_records"].make_id(record_no)
                    hazard.records.append((candidate["u0"] - 30, candidate["u1"] + 30,
                                           candidate["v0"] - 30, candidate["v1"] + 30))
                    self._add_record(record_id, supply, district, hazard, candidate, mines, touching)
                    placed += len(mines)

    def _cleared_to(self, hazard: Hazard) -> float:
        """How far along the hazard (``u``) clearance has reached: tasks are worked in order."""
        return max((t.cursor for t in hazard.tasks if t.dates), default=0.0)

    def _record_layout(self, hazard: Hazard, u_from: float) -> Optional[dict]:
        frame = hazard.frame
        n_rows = self.rng.randint(9, 14)
        row_gap = self.rng.uniform(10, 13)
        row_len = self.rng.uniform(500, min(1200, frame.length - 100))
        depth = (n_rows - 1) * row_gap
        if depth + 60 > frame.width:
            return None
        u_from = max(30.0, u_from + 40.0)
        if frame.length - row_len - 30 < u_from:
            return None
        u0 = self.rng.uniform(u_from, frame.length - row_len - 30)
        v0 = self.rng.uniform(30, frame.width - depth - 30)
        u1, v1 = u0 + row_len, v0 + depth
        for (a0, a1, b0, b1) in hazard.records:
            if u0 < a1 and u1 > a0 and v0 < b1 and v1 > b0:
                return None
        mines = []
        for row in range(n_rows):
            category = "AT" if row % 3 == 0 else "AP"
            spacing = self.rng.uniform(12, 15) if category == "AT" else self.rng.uniform(10, 12)
            count = int(row_len // spacing) + 1
            for k in range(count):
                mines.append((u0 + k * spacing, v0 + row * row_gap, row + 1, (k + 1, category)))
        return {"u0": u0, "u1": u1, "v0": v0, "v1": v1, "mines": mines}

    def _add_record(self, record_id, supply, district, hazard, layout, mines, touching) -> None:
        frame = hazard.frame
        margin = 10.0
        u0, u1, v0, v1 = layout["u0"] - margin, layout["u1"] + margin, layout["v0"] - margin, layout["v1"] + margin
        bulge = (u0 + (u1 - u0) * self.rng.uniform(0.35, 0.65), v1 + self.rng.uniform(8, 25))
        turning = [(u0, v0), (u1, v0), (u1, v1), bulge, (u0, v1)]
        ring = [QgsPointXY(*frame.xy(u, v)) for u, v in turning]
        polygon = QgsGeometry.fromPolygonXY([ring + [ring[0]]])
        reference = frame.xy(u0 - self.rng.uniform(60, 200), v0 - self.rng.uniform(20, 60))
        benchmark = frame.xy(u0 - self.rng.uniform(10, 40), v0 - self.rng.uniform(5, 15))
        n_ap = sum(1 for m in mines if m[3][1] == "AP")
        self.records.append({
            "record_id": record_id, "source": supply["source"], "received_on": supply["received_on"],
            "supplied_by": supply["supplied_by"], "district": district, "claimed_ap": n_ap,
            "claimed_at": len(mines) - n_ap, "claimed_total": len(mines), "bearing_unit": supply["bearing_unit"],
            "north_reference": "true", "geometry": polygon,
            "points": [("reference", reference), ("benchmark", benchmark)]
                      + [("turning", (p.x(), p.y())) for p in ring],
        })
        # Reality differs from the record: a systematic shift per record, and only some
        # of the mapped mines are where items were found.
        share = self.sc["record_accuracy"]["share_found"]
        shift_dir = self.rng.uniform(0, 2 * math.pi)
        shift = self.rng.uniform(0.8, 2.0)
        shift_u, shift_v = shift * math.cos(shift_dir), shift * math.sin(shift_dir)
        in_cleared = []
        for (u, v, row, (k, category)) in mines:
            xy = frame.xy(u, v)
            self.mines.append({"record_id": record_id, "row_no": row, "mine_no": k, "category": category,
                               "model": "TM-62M" if category == "AT" else "PMN-2", "xy": xy})
            lane = next((ln for ln in touching if ln.u0 <= u < ln.u1), None)
            if lane is not None:
                in_cleared.append((u, v, category, lane))
        found = self.rng.sample(in_cleared, round(len(in_cleared) * share))
        for (u, v, category, lane) in found:
            du = shift_u + max(-1.0, min(1.0, self.rng.gauss(0, 0.5)))
            dv = shift_v + max(-1.0, min(1.0, self.rng.gauss(0, 0.5)))
            fu = min(max(u + du, lane.u0 + 0.01), lane.u1 - 0.01)
            self.items.append(Item(category, 1, lane.released_on, frame.xy(fu, v + dv), lane.task, hazard.district))

    # -- items found -----------------------------------------------------------------------------
    def place_items(self) -> None:
        items_spec = self.sc["items"]
        lanes_by_bucket: Dict[str, List[Lane]] = {}
        for lane in self.lanes:
            if lane.method == "cleared":
                lanes_by_bucket.setdefault(lane.bucket, []).append(lane)
        # The week: exact counts per category and district.
        for category, by_district in items_spec["week"].items():
            for district, count in by_district.items():
                lanes = [ln for ln in lanes_by_bucket["week"] if ln.task.district == district]
                if not lanes:
                    raise DeminingError(translate("Demo", "No land cleared in {district} during the demo week.").format(
                        district=district))
                for _ in range(count):
                    self._item_in_lanes(lanes, category, 1)
        # Everything else found by the cut-off date, less what the week, the road works
        # and the supplied-record matches already account for.
        road = items_spec["road_construction"]
        budget = dict(items_spec["by_cutoff"])
        for category in ("AP", "AT"):
            budget[category] -= road[category]
        for category, by_district in items_spec["week"].items():
            budget[category] -= sum(by_district.values())
        week_from = _day(self.sc["clearance"]["week"]["from"])
        record_items = [it for it in self.items if it.found_on < week_from]
        for item in record_items:
            budget[item.category] -= item.quantity
        if min(budget.values()) < 0:
            raise DeminingError(translate("Demo", "The demo's supplied-record matches exceed the items budget."))
        for category, total in budget.items():
            self._scatter(lanes_by_bucket["main"], category, total)
        # After the cut-off date: items in proportion to the land cleared.
        later = lanes_by_bucket.get("later", [])
        later_total = round(sum(ln.area_ha for ln in later) * items_spec["later_per_ha"])
        shares = {"AP": 0.42, "AT": 0.26, "UXO": 0.3, "AXO": 0.02}
        for category, share in shares.items():
            self._scatter(later, category, round(later_total * share))

    def _scatter(self, lanes: List[Lane], category: str, total: int) -> None:
        weights = [ln.area_ha for ln in lanes]
        remaining = total
        while remaining > 0:
            quantity = 1
            if category == "UXO" and self.rng.random() < 0.03:
                quantity = min(self.rng.randint(2, 4), remaining)
            lane = self.rng.choices(lanes, weights)[0]
            self._item_in_lanes([lane], category, quantity)
            remaining -= quantity

    def _item_in_lanes(self, lanes: List[Lane], category: str, quantity: int) -> None:
        lane = self.rng.choice(lanes)
        hazard = lane.task.hazard
        frame = hazard.frame
        for _ in range(200):
            u = self.rng.uniform(lane.u0, lane.u1)
            v = self.rng.uniform(0, frame.width)
            # Away from mapped minefields: items there are the record matches above.
            if not any(a0 <= u <= a1 and b0 <= v <= b1 for (a0, a1, b0, b1) in hazard.records):
                break
        self.items.append(Item(category, quantity, lane.released_on, frame.xy(u, v), lane.task, hazard.district))

    # -- routes ----------------------------------------------------------------------------------
    def make_routes(self) -> None:
        spec = self.sc["routes"]
        road = self.sc["items"]["road_construction"]
        weights = {d["name"]: d["weight"] for d in self.sc["districts"]}
        # Road construction in the named districts, cleared in the days after the week.
        road_days = [_day(road["from"]) + datetime.timedelta(days=k)
                     for k in range((_day(road["to"]) - _day(road["from"])).days + 1)]
        per_route = road["route_km"] * 1000 / (2 * len(road["districts"]))
        road_routes = []
        for district in road["districts"]:
            for _ in range(2):
                route = self._walk(district, per_route, exact=False)
                route.update(cleared_on=self.rng.choice(road_days[1:]), route_type="road",
                             name=f"{district} road works", road=True)
                road_routes.append(route)
        self.routes.extend(road_routes)
        target_m = spec["km_by_cutoff"] * 1000 - sum(r["length_m"] for r in road_routes)
        shares = self._by_weight(target_m, weights, list(weights))
        start, end = _day(spec["from"]), _day(spec["to"])
        for district, share in shares.items():
            remaining = share
            while remaining > 1:
                length = min(remaining, spec["typical_km"] * 1000 * self.rng.uniform(0.6, 1.4))
                if remaining - length < 2000:
                    length = remaining
                route = self._walk(district, length, exact=True)
                route.update(cleared_on=self._random_date(start, end), road=False,
                             route_type=self.rng.choice(("road", "road", "track")),
                             name=f"{district} route {len([r for r in self.routes if r['district'] == district]) + 1}")
                self.routes.append(route)
                remaining -= route["length_m"]
        number = len(self.tasks)
        for k, route in enumerate(self.routes, start=1):
            number += 1
            org, team = self.rng.choice(self.teams)
            task = Task(LAYERS_BY_NAME["clearance_tasks"].make_id(number), None, route["district"], 0, 0,
                        "route_clearance", org, team)
            task.geometry = route["geometry"].buffer(10, 4)
            task.dates.append(route["cleared_on"])
            task.cursor = task.u1
            self.tasks.append(task)
            route.update(route_id=LAYERS_BY_NAME["cleared_routes"].make_id(k), task=task)
        for category in ("AP", "AT"):
            for _ in range(road[category]):
                route = self.rng.choice(road_routes)
                line = route["geometry"]
                point = line.interpolate(self.rng.uniform(0, line.length())).asPoint()
                angle = self.rng.uniform(0, 2 * math.pi)
                offset = self.rng.uniform(0, 4)
                day = self.rng.choice([d for d in road_days if d <= route["cleared_on"]])
                self.items.append(Item(category, 1, day, (point.x() + offset * math.cos(angle),
                                                          point.y() + offset * math.sin(angle)),
                                       route["task"], route["district"]))

    def _walk(self, district: str, length_m: float, exact: bool) -> dict:
        """A road-like line of ``length_m`` true metres inside the district."""
        inner = self.district_inner[district]
        bbox = inner.boundingBox()
        for _attempt in range(400):
            x = self.rng.uniform(bbox.xMinimum(), bbox.xMaximum())
            y = self.rng.uniform(bbox.yMinimum(), bbox.yMaximum())
            if not inner.contains(QgsGeometry.fromPointXY(QgsPointXY(x, y))):
                continue
            heading = self.rng.uniform(0, 2 * math.pi)
            points = [QgsPointXY(x, y)]
            done = 0.0
            stuck = False
            while done < length_m - 1e-6 and not stuck:
                step = min(400.0, length_m - done)
                for turn in range(10):
                    h = heading + self.rng.gauss(0, 0.2) + (0.7 * turn * (-1) ** turn)
                    nxt = QgsPointXY(points[-1].x() + step * math.sin(h), points[-1].y() + step * math.cos(h))
                    if inner.contains(QgsGeometry.fromPointXY(nxt)):
                        heading = h
                        break
                else:
                    stuck = True
                    break
                # True length of the step on the ellipsoid, corrected to hit the target.
                true = self.da.measureLine(points[-1], nxt)
                if exact and step < 400.0:
                    for _ in range(3):
                        scale = (length_m - done) / true
                        nxt = QgsPointXY(points[-1].x() + (nxt.x() - points[-1].x()) * scale,
                                         points[-1].y() + (nxt.y() - points[-1].y()) * scale)
                        true = self.da.measureLine(points[-1], nxt)
                points.append(nxt)
                done += true
            if stuck and done < 0.5 * length_m:
                continue
            if stuck and exact:
                continue
            geometry = QgsGeometry.fromPolylineXY(points)
            return {"district": district, "geometry": geometry, "length_m": self.da.measureLength(geometry)}
        raise DeminingError(translate("Demo", "Could not lay out a route in {district}.").format(district=district))

    # -- accidents ------------------------------------------------------------------------------
    def make_accidents(self) -> None:
        spec = self.sc["accidents"]
        start, end = _day(spec["from"]), _day(spec["to"])
        groups = {"civilian": [], "other": []}
        for entry in spec["by_activity"]:
            for group in groups:
                groups[group].extend([entry["activity"]] * entry[group])
        clearance = [h for h in self.hazards if h.fate == "clearance"]
        devices = {"illegal_entry": ("AP", "AP", "AP", "AT", "UXO"), "leaving_cleared_land": ("AP", "AP", "UXO"),
                   "demining": ("AP", "AT"), "farming": ("AT", "UXO"), "herding": ("AP", "UXO")}
        for group, activities in groups.items():
            casualties = ["killed"] * spec[f"{group}_killed"] + ["injured"] * spec[f"{group}_injured"]
            self.rng.shuffle(casualties)
            counts = [{"killed": 0, "injured": 0} for _ in activities]
            for k, kind in enumerate(casualties):
                index = k if k < len(activities) else self.rng.randrange(len(activities))
                counts[index][kind] += 1
            for activity, count in zip(activities, counts):
                hazard = self.rng.choice(clearance)
                frame = hazard.frame
                day = self._random_date(start, end)
                if activity == "demining":
                    day = self._random_date(_day(self.sc["clearance"]["start"]), end)
                # Where it happened: uncleared land beyond the worked tasks, or just
                # outside the edge of cleared land for people who left it.
                cleared_to = self._cleared_to(hazard)
                if activity == "leaving_cleared_land":
                    u = min(frame.length - 1, cleared_to + self.rng.uniform(2, 30))
                elif activity == "demining":
                    u = self.rng.uniform(0, max(1.0, cleared_to))
                else:
                    u = self.rng.uniform(cleared_to, frame.length)
                v = self.rng.uniform(0, frame.width)
                self.accidents.append({
                    "occurred_on": day, "killed": count["killed"], "injured": count["injured"],
                    "civilian": group == "civilian", "activity": activity,
                    "device_category": self.rng.choice(devices[activity]), "district": hazard.district,
                    "xy": frame.xy(u, v),
                })
        self.accidents.sort(key=lambda a: a["occurred_on"])

    # -- the whole build --------------------------------------------------------------------------
    def build(self) -> None:
        self._step(2, "Loading district boundaries")
        self.load_districts()
        self._step(8, "Laying out hazard areas")
        self.place_hazards()
        self.make_tasks()
        self._step(20, "Releasing land")
        self.clear_lanes()
        self.release_surveyed()
        self._step(35, "Placing supplied minefield records")
        self.place_records()
        self._step(50, "Placing items found")
        self.place_items()
        self._step(58, "Laying out cleared routes")
        self.make_routes()
        self.make_accidents()
        self.place_task_points()
        self._finish_statuses()

    def place_task_points(self) -> None:
        """Medevac, access and helicopter landing points for every third clearance task.

        A generator of its own: the points change nothing else the seed produces."""
        rng = random.Random(7)
        hazards = [h.geometry for h in self.hazards]
        clearance = [t for t in self.tasks if t.hazard is not None and t.task_type == "clearance"]
        for k, task in enumerate(clearance):
            if k % 3:
                continue
            frame = task.hazard.frame
            middle = (task.u0 + task.u1) / 2
            # Outside the hazard, on the side v < 0, moved further out until clear of every hazard.
            for kind, name, u, v in (("access", "Access from track", task.u0, -40.0),
                                     ("medevac", "Ambulance point", middle, -250.0),
                                     ("helicopter_landing", "HLS", middle + 150, -450.0)):
                if kind == "helicopter_landing" and rng.random() < 0.5:
                    continue
                xy = frame.xy(u, v)
                while any(h.contains(QgsGeometry.fromPointXY(QgsPointXY(*xy))) for h in hazards):
                    v -= 50.0
                    xy = frame.xy(u, v)
                self.task_points.append({"xy": xy, "task_id": task.task_id, "kind": kind,
                                         "name": f"{name} {task.task_id}"})

    def _finish_statuses(self) -> None:
        for lane in self.lanes:
            if lane.geometry is None:
                lane.geometry = lane.task.hazard.frame.box(lane.u0, lane.u1)
            if lane.task.hazard is not None:
                lane.task.hazard.released_ha += lane.area_ha

    # -- writing ---------------------------------------------------------------------------------
    def write(self, store_path: Path) -> None:
        """Create the store at ``store_path`` and write the scenario into it (main thread)."""
        create_store(str(store_path), WGS84_AUTHID, overwrite=True)
        self.write_rows(store_path)

    def write_rows(self, store_path: Path) -> None:
        """Write the scenario into the empty store at ``store_path`` in one transaction,
        through GDAL only (safe in a worker thread)."""
        to_store = QgsCoordinateTransform(self.local_crs, wgs84(),
                                          QgsCoordinateTransformContext())
        ds = ogr.Open(str(store_path), update=1)
        if ds is None:
            raise DeminingError(translate("Demo", "Cannot write to {store_path}.").format(store_path=store_path))
        ds.StartTransaction()
        try:
            self._write_all(ds, to_store)
            ds.CommitTransaction()
        except Exception:
            ds.RollbackTransaction()
            raise
        finally:
            ds = None  # noqa: F841 (closes the file)

    def _write_all(self, ds, transform: QgsCoordinateTransform) -> None:
        def geom(geometry: QgsGeometry):
            g = QgsGeometry(geometry)
            g.transform(transform)
            g.convertToMultiType()
            return ogr.CreateGeometryFromWkb(bytes(g.asWkb()))

        def point(xy):
            p = transform.transform(QgsPointXY(*xy))
            g = ogr.Geometry(ogr.wkbPoint)
            g.AddPoint_2D(p.x(), p.y())
            return g

        def write(layer_name: str, rows):
            layer = ds.GetLayerByName(layer_name)
            definition = layer.GetLayerDefn()
            for geometry, values in rows:
                feature = ogr.Feature(definition)
                ogr_set_values(feature, values)
                if geometry is not None:
                    feature.SetGeometry(geometry)
                if layer.CreateFeature(feature) != 0:
                    raise DeminingError(translate("Demo", "Writing {layer_name} failed.").format(layer_name=layer_name))

        self._step(62, "Writing districts and hazard areas")
        boundaries = self.sc["boundaries"]["source"]
        write("regions", (
            (geom(g), {"region_id": LAYERS_BY_NAME["regions"].make_id(k), "name": name,
                       "name_local": self.local_names[name], "admin_level": 1,
                       "country": self.sc["country"], "source": boundaries})
            for k, (name, g) in enumerate(self.districts.items(), start=1)))
        tiny = 1e-4  # 1 m2 in hectares: less than this left means the hazard is closed
        evidence = {"CHA": ("Mines seen by survey team", "Accident report", "Items found nearby",
                            "Supplied minefield record"), "SHA": ("Community report", "Former front line position")}
        hazard_rows = []
        for h in self.hazards:
            remaining = max(0.0, h.area_ha - h.released_ha)
            status = "open" if h.released_ha == 0 else ("closed" if remaining < tiny else "worked_on")
            hazard_rows.append((geom(h.geometry), {
                "hazard_id": h.hazard_id, "name": f"{h.district} {h.hazard_id}", "classification": h.classification,
                "status": status, "contamination": h.contamination, "district": h.district,
                "reported_on": self._random_date(_day("2020-11-15"), _day("2021-02-28")),
                "evidence": self.rng.choice(evidence[h.classification]),
                "area_ha": round(h.area_ha, 4), "remaining_ha": round(remaining, 4),
                "organisation": h.organisation}))
        write("hazard_areas", hazard_rows)

        self._step(68, "Writing tasks and released land")
        task_rows = []
        for t in self.tasks:
            done = t.u1 - t.cursor < 1e-6 and bool(t.dates)
            status = "closed" if done else ("worked_on" if t.dates else "open")
            if t.dates:
                planned_start = min(t.dates) - datetime.timedelta(days=self.rng.randint(2, 15))
                planned_end = max(t.dates) + datetime.timedelta(days=self.rng.randint(0, 10))
                if not done:
                    planned_end = max(planned_end, _day("2022-09-30"))
            else:
                planned_start = self._random_date(_day("2022-06-01"), _day("2022-12-31"))
                planned_end = planned_start + datetime.timedelta(days=self.rng.randint(30, 120))
            task_rows.append((geom(t.geometry), {
                "task_id": t.task_id, "hazard_id": t.hazard.hazard_id if t.hazard else None,
                "name": f"{t.district} {t.task_type.replace('_', ' ')} {t.task_id}", "task_type": t.task_type,
                "status": status, "district": t.district, "organisation": t.organisation, "team": t.team,
                "planned_start": planned_start, "planned_end": planned_end,
                "planned_ha": round(self._area_ha(t.geometry), 4)}))
        write("clearance_tasks", task_rows)

        lanes = sorted(self.lanes, key=lambda ln: (ln.released_on, ln.task.task_id, ln.u0))
        rows = []
        for k, lane in enumerate(lanes, start=1):
            team = lane.task.team
            technique = "mechanical" if "MECH" in team or "MEMATT" in team else (
                "mdd" if "MDD" in team else "manual")
            rows.append((geom(lane.geometry), {
                "release_id": LAYERS_BY_NAME["cleared_areas"].make_id(k), "release_method": lane.method,
                "technique": technique if lane.method != "cancelled" else None,
                "organisation": lane.task.organisation, "team": team, "task_id": lane.task.task_id,
                "hazard_id": lane.task.hazard.hazard_id, "district": lane.task.district,
                "released_on": lane.released_on,
                "depth_cm": _CLEARANCE_DEPTH_CM[technique] if lane.method == "cleared" else None,
                "area_ha": round(lane.area_ha, 4)}))
        write("cleared_areas", rows)

        self._step(74, "Writing minefield records and mapped mines")
        mr_rows, rp_rows = [], []
        point_uid = 0
        for record in self.records:
            mr_rows.append((geom(record["geometry"]), {k: v for k, v in record.items()
                                                        if k not in ("geometry", "points")}))
            previous = None
            for number, (kind, xy) in enumerate(record["points"]):
                point_uid += 1
                values = {"point_uid": LAYERS_BY_NAME["record_points"].make_id(point_uid),
                          "record_id": record["record_id"], "point_no": number, "point_type": kind}
                if previous is not None:
                    a, b = QgsPointXY(*previous), QgsPointXY(*xy)
                    bearing = math.degrees(self.da.bearing(a, b)) % 360.0
                    if record["bearing_unit"] == "mils6000":
                        bearing = bearing * 6000 / 360
                    values.update(bearing=round(bearing, 2), bearing_unit=record["bearing_unit"],
                                  north_reference="true", distance_m=round(self.da.measureLine(a, b), 2),
                                  from_point=number - 1)
                rp_rows.append((point(xy), values))
                previous = xy
        write("minefield_records", mr_rows)
        write("record_points", rp_rows)
        write("mapped_mines", (
            (point(m["xy"]), {"mine_id": LAYERS_BY_NAME["mapped_mines"].make_id(k), "record_id": m["record_id"],
                              "row_no": m["row_no"], "mine_no": m["mine_no"], "category": m["category"],
                              "model": m["model"]})
            for k, m in enumerate(self.mines, start=1)))

        self._step(86, "Writing items found, routes and accidents")
        items = sorted(self.items, key=lambda it: (it.found_on, it.task.task_id))
        conditions = ("intact", "intact", "intact", "damaged", "deteriorated", "armed")
        item_rows = []
        for k, it in enumerate(items, start=1):
            low, high = _DEPTH[it.category]
            item_rows.append((point(it.xy), {
                "item_id": LAYERS_BY_NAME["detections"].make_id(k), "category": it.category,
                "model": self.rng.choice(_MODELS[it.category]), "quantity": it.quantity, "found_on": it.found_on,
                "depth_cm": self.rng.randint(low, high), "condition": self.rng.choice(conditions),
                "disposition": "destroyed_in_situ" if self.rng.random() < 0.7 else "removed",
                "organisation": it.task.organisation, "team": it.task.team, "task_id": it.task.task_id,
                "district": it.district}))
        write("detections", item_rows)
        write("cleared_routes", (
            (geom(r["geometry"]), {
                "route_id": r["route_id"], "name": r["name"], "route_type": r["route_type"],
                "task_id": r["task"].task_id, "technique": "mechanical" if r["road"] else "manual",
                "width_m": 8.0 if r["route_type"] == "road" else 4.0, "cleared_on": r["cleared_on"],
                "organisation": r["task"].organisation, "team": r["task"].team, "district": r["district"],
                "length_km": round(r["length_m"] / 1000, 4)})
            for r in self.routes))
        write("accidents", (
            (point(a["xy"]), {"accident_id": LAYERS_BY_NAME["accidents"].make_id(k),
                              **{key: a[key] for key in ("occurred_on", "killed", "injured", "civilian", "activity",
                                                         "device_category", "district")}})
            for k, a in enumerate(self.accidents, start=1)))
        write("task_points", (
            (point(p["xy"]), {"point_id": LAYERS_BY_NAME["task_points"].make_id(k), "task_id": p["task_id"],
                              "kind": p["kind"], "name": p["name"]})
            for k, p in enumerate(self.task_points, start=1)))


def write_demo_project(store, project_path: Path, local_crs: QgsCoordinateReferenceSystem) -> None:
    """A QGIS project beside the store that opens it styled, in the local UTM zone."""
    project = QgsProject()
    # Known before the store is added, so that the project records it relative to the
    # project file (./demo.gpkg), not to the folder the build ran in.
    project_path = Path(project_path).absolute()
    project.setFileName(str(project_path))
    layers = add_store_to_project(store, project)
    world = Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg"
    countries = QgsVectorLayer(f"{world}|layername=countries", "Countries (Natural Earth)", "ogr")
    if countries.isValid():
        symbol = countries.renderer().symbol()
        symbol.setColor(QColor(238, 236, 225))
        symbol.symbolLayer(0).setStrokeColor(QColor(160, 160, 160))
        project.addMapLayer(countries, False)
        project.layerTreeRoot().addGroup("Background").addLayer(countries)
    project.setCrs(local_crs)
    extent = QgsCoordinateTransform(store.crs, local_crs, project).transformBoundingBox(
        layers["regions"].extent())
    extent.scale(1.05)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, local_crs))
    project.setTitle("Demining demo: Karabakh 2020-2022")
    if not project.write(str(project_path)):
        raise DeminingError(translate("Demo", "Cannot write the demo project {project_path}: {error}").format(
            project_path=project_path, error=project.error()))


class DemoBuild:
    """The demo built in stages, so that the desktop can run the long part in a worker:

    - the constructor (main thread) checks the target and creates an empty store beside it;
    - ``fill()`` (any thread) builds the scenario and writes its rows through GDAL only;
    - ``finish()`` (main thread) moves the store in place and writes its project;
    - ``discard()`` removes what a build that did not finish left behind.
    """

    def __init__(self, path, seed: int = DEFAULT_SEED, progress=None, is_canceled=None, log=None,
                 scenario: str = DEFAULT_SCENARIO):
        self.target = Path(path)
        if self.target.suffix.lower() != ".gpkg":
            raise DeminingError(translate("Demo", "The demo store must be a .gpkg file: {target}").format(
                target=self.target))
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.builder = DemoBuilder(load_scenario(scenario), seed, progress, is_canceled, log)
        self.tmp = self.target.with_name(f".{self.target.stem}.{uuid.uuid4().hex[:8]}.tmp.gpkg")
        try:
            create_store(str(self.tmp), WGS84_AUTHID, overwrite=True)
        except Exception:
            self.discard()
            raise

    def fill(self) -> None:
        self.builder.build()
        self.builder.write_rows(self.tmp)

    def finish(self, figures: bool = True) -> DemoResult:
        try:
            os.replace(self.tmp, self.target)
        finally:
            self.discard()
        store = open_store(str(self.target))
        project_path = self.target.with_suffix(".qgz")
        self.builder._step(94, "Writing the demo project")
        write_demo_project(store, project_path, self.builder.local_crs)
        released_ha, items = 0.0, 0
        if figures:
            from ..core.reports.figures import headline_figures

            computed = headline_figures(store)
            released_ha, items = computed.released_ha, computed.items_total
        self.builder._progress(100)
        self.builder._log("Demo store ready")
        return DemoResult(str(self.target), str(project_path), released_ha, items)

    def discard(self) -> None:
        for leftover in self.tmp.parent.glob(self.tmp.name + "*"):
            leftover.unlink()


def build_demo(path, seed: int = DEFAULT_SEED, progress=None, is_canceled=None, log=None,
               scenario: str = DEFAULT_SCENARIO) -> DemoResult:
    """Build the demo store at ``path`` (replaced when it exists) and its project beside it."""
    build = DemoBuild(path, seed, progress, is_canceled, log, scenario)
    try:
        build.fill()
    except Exception:
        build.discard()
        raise
    return build.finish()
