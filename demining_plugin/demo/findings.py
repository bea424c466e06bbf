"""What the demo finds and records on its land: supplied minefield records with their
mapped mines, items found, cleared routes and accidents (part of ``DemoBuilder``)."""

import datetime
import math
from typing import Dict, List, Optional

from qgis.core import (
    QgsGeometry,
    QgsPointXY,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import DeminingError
from ..core.model.schema import LAYERS_BY_NAME
from .scenario import Hazard, Item, Lane, Task, day_of

translate = QCoreApplication.translate


class FindingsMixin:
    """Records, items, routes and accidents of ``DemoBuilder``."""

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
        week_from = day_of(self.sc["clearance"]["week"]["from"])
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
        road_days = [day_of(road["from"]) + datetime.timedelta(days=k)
                     for k in range((day_of(road["to"]) - day_of(road["from"])).days + 1)]
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
        start, end = day_of(spec["from"]), day_of(spec["to"])
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
        start, end = day_of(spec["from"]), day_of(spec["to"])
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
                    day = self._random_date(day_of(self.sc["clearance"]["start"]), end)
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
