"""The demo scenario's data: the scenario file, the models and depths items are drawn from,
and the plain records the builder works with (a hazard's frame, hazards, tasks, lanes, items)."""

import datetime
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Tuple

from qgis.core import (
    QgsApplication,
    QgsGeometry,
    QgsPointXY,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..__about__ import seeds_path
from ..core.errors import DeminingError

translate = QCoreApplication.translate


DEFAULT_SCENARIO = "karabakh_2021.json"
DEFAULT_SEED = 2021

_AP_MODELS = ("PMN-2", "PMN-4", "OZM-72", "POMZ-2M")
_AT_MODELS = ("TM-62M", "TM-57", "TM-46")
_UXO_MODELS = ("122 mm HE projectile", "82 mm mortar bomb", "RPG-7 rocket", "F-1 grenade", "125 mm tank round")
ITEM_MODELS = {"AP": _AP_MODELS, "AT": _AT_MODELS, "UXO": _UXO_MODELS, "AXO": ("Ammunition cache",),
           "SUBMUNITION": ("9N235",)}
CLEARANCE_DEPTH_CM = {"mechanical": 20, "manual": 13, "mdd": 13}
ITEM_DEPTH_CM = {"AP": (2, 12), "AT": (8, 30), "UXO": (0, 45), "AXO": (0, 20), "SUBMUNITION": (0, 15)}


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


def day_of(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def world_map_path() -> Path:
    """Natural Earth's countries and provinces as QGIS ships them: the demo's district
    boundaries and its project's background."""
    return Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg"


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
