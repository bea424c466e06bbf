"""The land of the demo: districts, hazards and their tasks, clearance lanes and land
released by survey, drawn in each hazard's frame (part of ``DemoBuilder``)."""

import datetime
from typing import Dict, List, Tuple

from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsPointXY,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import DeminingError
from ..core.geo.crs import transform_anywhere, wgs84
from ..core.geo.measure import M2_PER_HA
from ..core.model.schema import LAYERS_BY_NAME
from .scenario import Frame, Hazard, Lane, Task, day_of, world_map_path

translate = QCoreApplication.translate


class LandMixin:
    """Districts, hazards, tasks and released land of ``DemoBuilder``."""

    # -- districts -------------------------------------------------------------------
    def load_districts(self) -> None:
        # Read through OGR, not a QGIS layer: the build runs in a worker thread in the desktop.
        spec = self.sc["boundaries"]
        path = world_map_path()
        ds = ogr.Open(str(path)) if path.is_file() else None
        layer = ds.GetLayerByName(spec["layer"]) if ds is not None else None
        if layer is None:
            raise DeminingError(translate("Demo", "District boundaries not found: {path} (layer {layer}).").format(
                path=path, layer=spec["layer"]))
        source_crs = QgsCoordinateReferenceSystem.fromWkt(layer.GetSpatialRef().ExportToWkt()) \
            if layer.GetSpatialRef() is not None else wgs84()
        transform = transform_anywhere(source_crs, self.local_crs)
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
        cutoff = day_of(clear["cutoff"])
        week, after, later = clear["week"], clear["after_week"], clear["later"]
        queues = {d["name"]: self._lane_queue(d["name"]) for d in self.sc["districts"]}
        weights = {d["name"]: d["weight"] for d in self.sc["districts"]}
        main_total = clear["cleared_ha_by_cutoff"] - week["cleared_ha"] - after["cleared_ha"]
        main_end = day_of(week["from"]) - datetime.timedelta(days=1)
        buckets = [
            ("main", day_of(clear["start"]), main_end, self._by_weight(main_total, weights, list(weights)), True),
            ("week", day_of(week["from"]), day_of(week["to"]),
             dict(zip(week["districts"], self._split(week["cleared_ha"], len(week["districts"])))), False),
            ("after_week", day_of(after["from"]), day_of(after["to"]),
             dict(zip(after["districts"], self._split(after["cleared_ha"], len(after["districts"])))), False),
            ("later", day_of(later["from"]), day_of(later["to"]),
             self._by_weight(later["cleared_ha"], weights, list(weights)), False),
        ]
        assert day_of(after["to"]) == cutoff
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
        blocked_from, blocked_to = day_of(clear["week"]["from"]), day_of(clear["after_week"]["to"])
        for hazard in self.hazards:
            if hazard.fate == "clearance":
                continue
            while True:
                day = self._random_date(day_of("2021-03-01"), day_of(clear["later"]["to"]))
                if not blocked_from <= day <= blocked_to:
                    break
            task = hazard.tasks[0]
            lane = Lane(task, 0, hazard.frame.length, day, "survey",
                        "cancelled" if hazard.fate == "cancelled" else "reduced", hazard.area_ha,
                        QgsGeometry(hazard.geometry))
            task.cursor = task.u1
            task.dates.append(day)
            self.lanes.append(lane)
