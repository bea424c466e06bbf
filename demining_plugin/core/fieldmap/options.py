"""What a field map is asked and returns: paper, orientation and what to show
(``FieldMapOptions``), the turning points of its table, the result, the layout templates."""

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Tuple

from qgis.core import (
    QgsFeature,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ...__about__ import PACKAGE_DIR
from ..errors import DeminingError
from ..model.schema import TASK_POINT_KIND
from ..model.values import is_null

translate = QCoreApplication.translate


LAYOUTS_DIR = PACKAGE_DIR / "layouts"
PAPERS = ("A4", "A3")
ORIENTATIONS = ("portrait", "landscape")
#: Page size in millimetres, portrait (width, height).
PAPER_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}

#: Colour of the task's own outline on the page (the clearance_tasks style's outline).
TASK_OUTLINE = QColor(31, 78, 156)
#: Scales offered to the main map: the smallest that shows the whole task is used.
NICE_SCALES = (1000, 2000, 2500, 5000, 7500, 10000, 15000, 20000, 25000, 35000, 50000, 75000, 100000,
               150000, 200000, 250000, 500000)
#: Grid intervals (m); the one giving 3 to 8 lines across the map is used.
GRID_INTERVALS = (50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 25000, 50000)
GAP_MM = 3.0
MM_PER_POINT = 25.4 / 72
#: The legend keeps at least this height when a long turning-point table takes its room.
MIN_LEGEND_MM = 22.0
#: Shares of the table width: number, easting, northing, latitude, longitude, MGRS.
COLUMN_SHARES = (0.055, 0.145, 0.165, 0.15, 0.15, 0.335)
#: Store layers drawn on the main map, from top to bottom.
MAIN_LAYERS = ("task_points", "detections", "mapped_mines", "cleared_routes", "cleared_areas",
               "clearance_tasks", "hazard_areas", "regions")


@dataclass
class FieldMapOptions:
    paper: str = "A4"
    orientation: str = "portrait"
    mapped_mines: bool = False
    overview: bool = True
    points_table: bool = True
    task_points: bool = True
    items_found: bool = True
    print_date: Optional[datetime.date] = None

    def check(self) -> None:
        if self.paper not in PAPERS:
            raise DeminingError(translate("FieldMap", "Paper '{paper}' is not offered; choose one of {PAPERS}.").format(
                paper=self.paper, PAPERS=', '.join(PAPERS)))
        if self.orientation not in ORIENTATIONS:
            raise DeminingError(
                translate("FieldMap", "Orientation '{orientation}' is not offered; choose one of {choices}.").format(
                    orientation=self.orientation, choices=', '.join(ORIENTATIONS)))

    @property
    def date(self) -> datetime.date:
        return self.print_date or datetime.date.today()


@dataclass
class TurningPoint:
    number: int
    easting: float
    northing: float
    longitude: float
    latitude: float
    mgrs: str

    @property
    def cells(self) -> Tuple[str, ...]:
        return (str(self.number), f"{self.easting:.0f}", f"{self.northing:.0f}", f"{self.latitude:.6f}",
                f"{self.longitude:.6f}", self.mgrs)


@dataclass
class FieldMapResult:
    pages: int
    files: List[str] = field(default_factory=list)
    task_ids: List[str] = field(default_factory=list)


def template_path(paper: str, orientation: str) -> Path:
    return LAYOUTS_DIR / f"fieldmap_{paper}_{orientation}.qpt"


def mgrs_text(lon: float, lat: float, precision: int = 5) -> str:
    from ..geo.mgrs import to_mgrs  # written on its own branch; imported where it is used

    return to_mgrs(lon, lat, precision)


def quoted(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def text_value(feature: QgsFeature, name: str, default: str = "") -> str:
    value = feature[name]
    if is_null(value):
        return default
    if hasattr(value, "toString") and hasattr(value, "toPyDate"):
        return value.toString("yyyy-MM-dd")
    return str(value)


def kind_label(code: str) -> str:
    return QCoreApplication.translate("Schema", TASK_POINT_KIND.label(code))
