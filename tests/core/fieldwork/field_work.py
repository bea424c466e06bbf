"""Field work without a device, shared by the merge tests (core, Processing, dialog): a store
with two overlapping tasks for two teams, their packages built by ``build_package``, and
features added to a package's layers through the QGIS API as QField adds them (the project
read, an edit session, the layer's defaults applied, committed)."""

import datetime
import hashlib
import shutil
import zipfile
from pathlib import Path
from typing import Dict, List, Optional

from qgis.core import QgsGeometry, QgsProject, QgsVectorLayer, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QDate
from shapely import wkb as shapely_wkb
from shapely.ops import unary_union

from demining_plugin.core.fieldwork.layout import FIELD_DAYS, FIELD_ITEMS, FIELD_RELEASED, PROJECT_FILE
from demining_plugin.core.fieldwork.package import build_package
from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.store import create_store
from tests.ground import GEOD, to_wgs84, utm_box, utm_point

HAZARD = (500, 500, 1500, 1500)
TASK_A = (600, 600, 1100, 1400)   # team MC-1
TASK_B = (900, 600, 1400, 1400)   # team MC-2: overlaps TASK_A over 900..1100
ALREADY_RELEASED = (1000, 600, 1100, 700)
PLANNED = (datetime.date(2021, 11, 1), datetime.date(2021, 12, 31))
DAY = datetime.date(2021, 11, 24)


def field_store(path) -> object:
    """West and East districts split at x = 1000 m, CHA H-0001, tasks T-0001 (MC-1) and T-0002
    (MC-2) overlapping, and 1 ha already released where they overlap."""
    store = create_store(str(path))
    seed = ChangeSet()
    seed.add("regions", to_wgs84(utm_box(0, 0, 1000, 2000)), {"name": "West"})
    seed.add("regions", to_wgs84(utm_box(1000, 0, 2000, 2000)), {"name": "East"})
    seed.add("hazard_areas", to_wgs84(utm_box(*HAZARD)),
             {"classification": "CHA", "status": "open", "area_ha": 100, "remaining_ha": 99})
    for box, team in ((TASK_A, "MC-1"), (TASK_B, "MC-2")):
        seed.add("clearance_tasks", to_wgs84(utm_box(*box)), {
            "hazard_id": "H-0001", "task_type": "clearance", "status": "open", "team": team,
            "organisation": "ANAMA", "planned_start": PLANNED[0], "planned_end": PLANNED[1]})
    seed.add("cleared_areas", to_wgs84(utm_box(*ALREADY_RELEASED)), {
        "release_method": "cleared", "task_id": "T-0001", "hazard_id": "H-0001", "district": "East",
        "released_on": datetime.date(2021, 11, 2), "area_ha": 1.0})
    store.apply(seed)
    return store


def package_for(store, task_id: str, team: str, folder: Path) -> Path:
    """The package folder of one task for one team, built as the office builds it."""
    return Path(build_package(store, [task_id], team=team, output=str(folder)).output)


class FieldProject:
    """A package's project opened as QField opens it; ``add`` records a feature on a field layer."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.project = QgsProject()
        assert self.project.read(str(self.folder / PROJECT_FILE)), self.project.error()
        broken = [layer.name() for layer in self.project.mapLayers().values() if not layer.isValid()]
        assert not broken, broken
        self.layers: Dict[str, QgsVectorLayer] = {}
        for layer in self.project.mapLayers().values():
            for name in (FIELD_ITEMS, FIELD_RELEASED, FIELD_DAYS):
                if layer.source().endswith(f"layername={name}"):
                    self.layers[name] = layer

    def add(self, layer_name: str, geometry=None, **values) -> None:
        """One feature, its form's defaults applied, then ``values`` as the team typed them."""
        layer = self.layers[layer_name]
        context = layer.createExpressionContext()
        feature = QgsVectorLayerUtils.createFeature(layer, geometry or QgsGeometry(), {}, context)
        for name, value in values.items():
            if isinstance(value, datetime.date):
                value = QDate(value.year, value.month, value.day)
            feature.setAttribute(name, value)
        assert layer.startEditing() or layer.isEditable()
        assert layer.addFeature(feature)
        assert layer.commitChanges(), layer.commitErrors()

    def photo(self, name: str, data: bytes = b"\xff\xd8\xff\xe0 a photo") -> str:
        """A photo file taken into the package's DCIM; its path relative to the project."""
        path = self.folder / "DCIM" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        return f"DCIM/{name}"

    def close(self) -> None:
        self.project.clear()
        self.layers = {}


def zipped(folder: Path, target: Optional[Path] = None) -> Path:
    """The package folder zipped as a team sends it (the folder's content at the root)."""
    target = target or folder.with_suffix(".zip")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, path.relative_to(folder).as_posix())
    return target


def one_team_back(folder: Path):
    """A store and team MC-1's package of T-0001 back from the field, zipped: an AT mine, an AP
    mine 8 m deep (refused), 2 ha released (West district) and one work day."""
    from tests.ground import utm_point

    store = field_store(folder / "store.gpkg")
    package = package_for(store, "T-0001", "MC-1", folder / "team_a")
    field = FieldProject(package)
    field.add(FIELD_ITEMS, utm_point(700, 800), category="AT", found_on=DAY)
    field.add(FIELD_ITEMS, utm_point(710, 800), category="AP", found_on=DAY, depth_cm=800)
    field.add(FIELD_RELEASED, polygon((650, 650, 750, 850)), release_method="cleared", released_on=DAY)
    field.add(FIELD_DAYS, worked_on=DAY, hours_worked=8, people=9)
    field.close()
    return store, zipped(package)


def copied(folder: Path, target: Path) -> Path:
    shutil.copytree(folder, target)
    return target


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def polygon(box) -> object:
    return to_wgs84(utm_box(*box))


def counts(store) -> Dict[str, int]:
    return {name: store.layer(name).featureCount() for name in ("detections", "cleared_areas", "work_days")}


def released(store) -> List:
    return [f.geometry() for f in store.layer("cleared_areas").getFeatures()]


#: What team MC-1 (task T-0001) and team MC-2 (task T-0002) draw as released: A1 and A2
#: overlap each other, A3 runs out of the hazard and into the other task, B1 overlaps A1 and
#: the land released before, B2 is exactly that land.
DRAWN_A = [(700, 700, 1050, 900), (1000, 800, 1080, 1000), (1050, 1300, 1600, 1450)]
DRAWN_B = [(950, 650, 1200, 850), ALREADY_RELEASED]


def shape_of(geometry):
    return shapely_wkb.loads(bytes(geometry.asWkb()))


def geod_ha(shape) -> float:
    """Ellipsoidal area (pyproj Geod) of a shapely (multi)polygon in degrees, in hectares."""
    area, _ = GEOD.geometry_area_perimeter(shape)
    return abs(area) / 1e4


def reference_ha() -> float:
    """What both teams released, by an independent route: the shapely union of the drawings,
    inside the hazard, minus the land released before, measured with pyproj's Geod."""
    drawings = unary_union([shape_of(polygon(box)) for box in DRAWN_A + DRAWN_B])
    return geod_ha(drawings.intersection(shape_of(polygon(HAZARD))).difference(shape_of(polygon(ALREADY_RELEASED))))


def two_teams_back(team_a, team_b):
    """What both teams record on their tablets; team B's package comes back zipped."""
    a = FieldProject(team_a)
    a.add(FIELD_ITEMS, utm_point(700, 800), category="AT", found_on=DAY, photo=a.photo("at_mine.jpg"))
    a.add(FIELD_ITEMS, utm_point(720, 820), category="AP", found_on=DAY, photo="DCIM/lost.jpg")
    a.add(FIELD_ITEMS, utm_point(740, 840), category="UXO", found_on=DAY, depth_cm=900)
    for box in DRAWN_A:
        a.add(FIELD_RELEASED, polygon(box), release_method="cleared", technique="manual", released_on=DAY)
    a.add(FIELD_DAYS, worked_on=DAY, hours_worked=7.5, people=12, machines=0)
    a.add(FIELD_DAYS, worked_on=DAY + datetime.timedelta(days=1), hours_worked=6, people=10)
    a.close()
    b = FieldProject(team_b)
    b.add(FIELD_ITEMS, utm_point(1200, 1200), category="AT", found_on=DAY, model="TM-62M")
    b.add(FIELD_ITEMS, utm_point(1450, 1450), category="UXO", found_on=DAY)
    for box in DRAWN_B:
        b.add(FIELD_RELEASED, polygon(box), release_method="cleared", technique="mechanical", released_on=DAY)
    b.add(FIELD_DAYS, worked_on=DAY, hours_worked=8, people=6, machines=1)
    b.close()
    return team_a, zipped(team_b)
