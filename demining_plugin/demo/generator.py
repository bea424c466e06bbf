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

``DemoBuilder`` is written in parts: ``land`` (districts, hazards, tasks, released land),
``findings`` (records, items, routes, accidents) and ``scenario`` (the data it draws from);
this module writes the result to a store in one transaction (``build_demo``, or
``DemoBuild`` in stages for a background task).
"""

import datetime
import math
import os
import random
import uuid
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..core.errors import DeminingError
from ..core.geo.crs import WGS84_AUTHID, transform_anywhere, wgs84
from ..core.geo.measure import M2_PER_HA, distance_area
from ..core.model.changes import ChangeSet, NewPoints
from ..core.model.schema import LAYERS_BY_NAME
from ..core.reports.figures import headline_figures
from ..core.store import create_store, open_store
from ..core.store.styles import add_store_to_project
from .findings import FindingsMixin
from .handover import add_handovers
from .land import LandMixin
from .planning import PlanningMixin
from .scenario import (
    CLEARANCE_DEPTH_CM,
    DEFAULT_SCENARIO,
    DEFAULT_SEED,
    ITEM_DEPTH_CM,
    ITEM_MODELS,
    DemoResult,
    Hazard,
    Item,
    Lane,
    Task,
    day_of,
    load_scenario,
    world_map_path,
)

translate = QCoreApplication.translate


class DemoBuilder(LandMixin, FindingsMixin, PlanningMixin):
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
        self._step(60, "Laying out the suspected land not yet surveyed")
        self.add_unsurveyed_land()
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
    def write_rows(self, store) -> None:
        """Write the scenario into the empty ``store`` in one transaction (``store.apply``,
        which writes through the backend's own connection: safe in a worker thread)."""
        changes = ChangeSet()
        self._add_all(changes, transform_anywhere(self.local_crs, wgs84()))
        store.apply(changes)

    def _add_all(self, changes: ChangeSet, transform: QgsCoordinateTransform) -> None:
        def geom(geometry: QgsGeometry) -> QgsGeometry:
            g = QgsGeometry(geometry)
            g.transform(transform)
            return g

        def point(xy) -> Tuple[float, float]:
            p = transform.transform(QgsPointXY(*xy))
            return p.x(), p.y()

        def write(layer_name: str, rows):
            definition = LAYERS_BY_NAME[layer_name]
            if definition.geometry != "Point":
                for geometry, values in rows:
                    changes.add(layer_name, geometry, values)
                return
            rows = list(rows)  # the imports' bulk path: 189,000 mapped mines
            changes.add_points(layer_name, NewPoints.of_rows(definition.id_field, [xy for xy, _ in rows],
                                                             [values for _, values in rows]))

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
                "reported_on": self._random_date(day_of("2020-11-15"), day_of("2021-02-28")),
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
                    planned_end = max(planned_end, day_of("2022-09-30"))
            else:
                planned_start = self._random_date(day_of("2022-06-01"), day_of("2022-12-31"))
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
                "depth_cm": CLEARANCE_DEPTH_CM[technique] if lane.method == "cleared" else None,
                "area_ha": round(lane.area_ha, 4)}))
        write("cleared_areas", rows)
        write("work_days", ((None, values) for values in self.work_day_rows()))

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
            low, high = ITEM_DEPTH_CM[it.category]
            item_rows.append((point(it.xy), {
                "item_id": LAYERS_BY_NAME["detections"].make_id(k), "category": it.category,
                "model": self.rng.choice(ITEM_MODELS[it.category]), "quantity": it.quantity, "found_on": it.found_on,
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
    world = world_map_path()
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
            self.store = create_store(str(self.tmp), WGS84_AUTHID, overwrite=True)
        except Exception:
            self.discard()
            raise

    def fill(self) -> None:
        self.builder.build()
        self.builder.write_rows(self.store)
        # Completed, inspected and handed-over tasks (issue 18), read back from the rows just written.
        add_handovers(self.store)

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
