"""What the demo gives planning (issue 19): the suspected land nobody has surveyed yet, the
teams' daily work logs (work days), and the context of the priorities: real towns at their
real positions and the roads between them.

The towns are the district centres and a few other towns of the demo's eleven districts,
with their coordinates (WGS84, to about a kilometre) as published in gazetteers; the roads
are straight links between neighbouring towns, a sketch of the network rather than
surveyed roads (Natural Earth's world map shipped with QGIS has no roads or towns).
"""

import datetime
from pathlib import Path
from typing import Dict, List

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import DeminingError
from ..core.geo.crs import transform_anywhere, wgs84
from ..core.geo.measure import M2_PER_HA
from ..core.model.schema import LAYERS_BY_NAME
from .scenario import Frame, Hazard, day_of

translate = QCoreApplication.translate

#: (name, district, longitude, latitude, kind)
REAL_TOWNS = (
    ("Tartar", "Tartar", 46.932, 40.342, "town"),
    ("Aghdara", "Tartar", 46.813, 40.213, "town"),
    ("Aghdam", "Aghdam", 46.930, 39.991, "town"),
    ("Fuzuli", "Fuzuli", 47.143, 39.600, "town"),
    ("Horadiz", "Fuzuli", 47.335, 39.450, "town"),
    ("Shusha", "Shusha", 46.749, 39.758, "town"),
    ("Gubadli", "Gubadli", 46.582, 39.344, "town"),
    ("Jabrayil", "Jabrayil", 47.026, 39.399, "town"),
    ("Zangilan", "Zangilan", 46.653, 39.086, "town"),
    ("Minjivan", "Zangilan", 46.713, 39.029, "village"),
    ("Goranboy", "Goranboy", 46.790, 40.610, "town"),
    ("Kalbajar", "Kalbajar", 46.036, 40.101, "town"),
    ("Lachin", "Lachin", 46.547, 39.641, "town"),
    ("Khojavend", "Khojavend", 47.113, 39.792, "town"),
    ("Hadrut", "Khojavend", 47.032, 39.520, "village"),
)
#: Straight links between towns standing for the roads the demo's priorities weigh.
DEMO_ROADS = (
    ("Goranboy", "Tartar"), ("Tartar", "Aghdara"), ("Tartar", "Aghdam"), ("Aghdara", "Kalbajar"),
    ("Aghdam", "Khojavend"), ("Aghdam", "Fuzuli"), ("Fuzuli", "Horadiz"), ("Fuzuli", "Shusha"),
    ("Shusha", "Lachin"), ("Lachin", "Kalbajar"), ("Fuzuli", "Jabrayil"), ("Horadiz", "Jabrayil"),
    ("Jabrayil", "Hadrut"), ("Hadrut", "Khojavend"), ("Jabrayil", "Zangilan"), ("Zangilan", "Minjivan"),
    ("Zangilan", "Gubadli"), ("Gubadli", "Lachin"),
)
#: Side of the grid cells the suspected land is reported in (metres).
UNSURVEYED_CELL_M = 5000.0
#: Land kept out of the suspected land around each town (metres).
TOWN_CLEARANCE_M = 1500.0
#: People and machines of a demo team (a demining company) in its daily log, by technique.
_CREW = {"manual": (40, 0), "mechanical": (12, 3), "mdd": (16, 0)}


class PlanningMixin:
    """Suspected land not yet surveyed and work days of ``DemoBuilder``."""

    def town_points(self) -> Dict[str, QgsPointXY]:
        """The towns in the demo's local CRS."""
        to_local = transform_anywhere(wgs84(), self.local_crs)
        return {name: to_local.transform(QgsPointXY(lon, lat)) for name, _d, lon, lat, _k in REAL_TOWNS}

    def add_unsurveyed_land(self) -> None:
        """One suspected hazard per district over the share of its land the scenario gives,
        away from the towns and from the hazards already known."""
        share = self.sc["planning"]["unsurveyed_share_of_district"]
        towns = [QgsGeometry.fromPointXY(p).buffer(TOWN_CLEARANCE_M, 16) for p in self.town_points().values()]
        known = QgsGeometry.unaryUnion([h.geometry.buffer(100, 4) for h in self.hazards] + towns)
        number = len(self.hazards)
        for name, inner in self.district_inner.items():
            free = inner.difference(known)
            target_m2 = share * self.da.measureArea(self.districts[name])
            if free.isEmpty() or free.area() < target_m2:
                raise DeminingError(translate("Demo", "Not enough free land in {name} for the suspected land of the "
                                                      "demo.").format(name=name))
            centre = inner.pointOnSurface().asPoint()
            low, high = 0.0, max(inner.boundingBox().width(), inner.boundingBox().height()) * 1.5
            for _ in range(40):  # the disc around the district's centre holding the target area
                radius = (low + high) / 2
                if free.intersection(QgsGeometry.fromPointXY(centre).buffer(radius, 32)).area() < target_m2:
                    low = radius
                else:
                    high = radius
            outline = free.intersection(QgsGeometry.fromPointXY(centre).buffer(high, 32))
            for piece in _cells(outline):
                number += 1
                box = piece.boundingBox()
                frame = Frame(box.center().x(), box.center().y(), 0.0, box.height(), box.width())
                hazard = Hazard(LAYERS_BY_NAME["hazard_areas"].make_id(number), name, frame, piece, "SHA",
                                "mixed", "ANAMA", "")
                hazard.fate = "unsurveyed"
                hazard.area_ha = self.da.measureArea(piece) / M2_PER_HA
                self.hazards.append(hazard)

    def work_day_rows(self) -> List[dict]:
        """A team's daily log on a task: every day but Sunday from its first release there to
        its last, eight hours."""
        spans: Dict[tuple, List[datetime.date]] = {}
        for lane in self.lanes:
            spans.setdefault((lane.task.task_id, lane.task.organisation, lane.task.team), []).append(lane.released_on)
        rows = []
        for (task_id, organisation, team), days in sorted(spans.items()):
            technique = "mechanical" if "MECH" in team or "MEMATT" in team else ("mdd" if "MDD" in team else "manual")
            people, machines = _CREW[technique]
            day, last = min(days), max(days)
            while day <= last:
                if day.weekday() != 6:
                    rows.append({"day_id": LAYERS_BY_NAME["work_days"].make_id(len(rows) + 1), "task_id": task_id,
                                 "worked_on": day, "organisation": organisation, "team": team,
                                 "technique": technique, "hours_worked": 8.0, "people": people,
                                 "machines": machines})
                day += datetime.timedelta(days=1)
        return rows


def _cells(outline: QgsGeometry) -> List[QgsGeometry]:
    """The suspected land cut into the cells of a grid (as a survey would report it), pieces
    under a hectare dropped, vertices at most 1 km apart."""
    box = outline.boundingBox()
    pieces = []
    x = box.xMinimum() - box.xMinimum() % UNSURVEYED_CELL_M
    while x < box.xMaximum():
        y = box.yMinimum() - box.yMinimum() % UNSURVEYED_CELL_M
        while y < box.yMaximum():
            cell = QgsGeometry.fromRect(QgsRectangle(x, y, x + UNSURVEYED_CELL_M, y + UNSURVEYED_CELL_M))
            piece = outline.intersection(cell)
            if not piece.isEmpty() and piece.area() >= M2_PER_HA:
                # vertices at most a kilometre apart, as the data checks want (under 5 km)
                pieces.append(piece.densifyByDistance(1000.0))
            y += UNSURVEYED_CELL_M
        x += UNSURVEYED_CELL_M
    return pieces


def write_context(path) -> Path:
    """The towns (points, with their district and kind) and the roads between them (lines)
    as a GeoPackage in WGS84, layers ``settlements`` and ``roads``."""
    from osgeo import ogr, osr

    target = Path(path)
    if target.exists():
        target.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(target))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    towns = ds.CreateLayer("settlements", srs, ogr.wkbPoint)
    for name in ("name", "district", "kind"):
        towns.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    where = {}
    for name, district, lon, lat, kind in REAL_TOWNS:
        feature = ogr.Feature(towns.GetLayerDefn())
        feature.SetField("name", name)
        feature.SetField("district", district)
        feature.SetField("kind", kind)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({lon} {lat})"))
        towns.CreateFeature(feature)
        where[name] = (lon, lat)
    roads = ds.CreateLayer("roads", srs, ogr.wkbLineString)
    roads.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for a, b in DEMO_ROADS:
        feature = ogr.Feature(roads.GetLayerDefn())
        feature.SetField("name", f"{a} - {b}")
        (x0, y0), (x1, y1) = where[a], where[b]
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"LINESTRING ({x0} {y0}, {x1} {y1})"))
        roads.CreateFeature(feature)
    ds = None  # noqa: F841 (writes and closes the file)
    return target


def planning_figures(scenario: dict) -> dict:
    """The demo's stated planning figures: productivity period, cost of a team-day per kind,
    work days a year."""
    planning = scenario["planning"]
    return {"date_from": day_of(planning["productivity_from"]), "date_to": day_of(planning["productivity_to"]),
            "cost": planning["cost_per_team_day_usd"], "work_days_per_year": planning["work_days_per_year"]}


def demo_forecast(store, scenario: dict):
    """The whole job's forecast from the demo's stated figures: productivity measured over
    the stated period, the teams of the last 90 days, the stated costs; with the productivity."""
    from ..core.planning.forecast import ForecastParameters, default_capacity, forecast, last_day
    from ..core.planning.productivity import productivity, read_store_land

    figures = planning_figures(scenario)
    land = read_store_land(store)
    measured = productivity(land, "method", figures["date_from"], figures["date_to"])
    chosen = ForecastParameters(default_capacity(land), {k: float(v) for k, v in figures["cost"].items()},
                                last_day(land) + datetime.timedelta(days=1), float(figures["work_days_per_year"]))
    return forecast(land, measured, chosen), measured


def demo_priorities(store, context_path):
    """The open hazards ranked with the demo's towns and roads (``write_context``'s file)."""
    from qgis.core import QgsVectorLayer

    from ..core.planning.priorities import hazard_priorities

    settlements = QgsVectorLayer(f"{context_path}|layername=settlements", "settlements", "ogr")
    roads = QgsVectorLayer(f"{context_path}|layername=roads", "roads", "ogr")
    return hazard_priorities(store, settlements, "", roads)
