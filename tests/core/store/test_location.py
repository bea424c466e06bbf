"""A project finds its store relative to the project file, as it finds its layers.

``make demo`` used to record the store as ``build/demo/demo.gpkg``, relative to the folder
QGIS was started from: started anywhere else, or with the demo folder copied, the layers
loaded but the plugin said "No store open". These tests copy the demo folder, read the
project from an unrelated working folder and check which store the session adopts.
"""

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject

from demining_plugin.core.model.schema import LAYERS
from demining_plugin.core.store import open_store
from demining_plugin.core.store.location import (
    location_for_project,
    resolve_location,
    store_location_of,
)
from demining_plugin.demo.generator import write_demo_project
from demining_plugin.gui.session import STORE_PROPERTY, StoreSession, same_location

UTM_38N = QgsCoordinateReferenceSystem("EPSG:32638")


def recorded_store(project_file: Path) -> str:
    """The ``Demining/store`` entry as the project file holds it."""
    if project_file.suffix == ".qgz":
        with zipfile.ZipFile(project_file) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".qgs"))
            text = archive.read(name).decode("utf-8")
    else:
        text = project_file.read_text(encoding="utf-8")
    found = re.search(r"<Demining>\s*<store[^>]*>([^<]*)</store>", text)
    assert found, "the project file records no store"
    return found.group(1)


@pytest.fixture
def session_of():
    """A ``StoreSession`` following a project of its own; stopped and cleared afterwards."""
    made = []

    def make(project: QgsProject) -> StoreSession:
        session = StoreSession(None, project)
        session.start()
        made.append((session, project))
        return session

    yield make
    for session, project in made:
        session.stop()
        project.clear()
        session.deleteLater()


def read_project(project_file: Path, session_of):
    project = QgsProject()
    session = session_of(project)
    assert project.read(str(project_file)), project.error()
    return project, session


def assert_adopted(session: StoreSession, store_file: Path) -> None:
    assert session.store is not None, "the session adopted no store"
    assert same_location(session.store.location, str(store_file)), session.store.location
    layers = session.store_layers()
    assert len(layers) == len(LAYERS)
    # Every panel matches layers to the store by the property: it names the adopted store.
    assert all(same_location(layer.customProperty(STORE_PROPERTY), session.store.location) for layer in layers)


@pytest.fixture
def demo_folder(demo_store_file, tmp_path) -> Path:
    """A copy of the session's demo folder (store and project) in a folder of its own."""
    copy = tmp_path / "copied" / "demo folder"
    copy.mkdir(parents=True)
    for name in ("demo.gpkg", "demo.qgz"):
        shutil.copyfile(demo_store_file.parent / name, copy / name)
    return copy


@pytest.fixture
def elsewhere(tmp_path, monkeypatch) -> Path:
    """An unrelated working folder, as when QGIS is started from the desktop."""
    folder = tmp_path / "unrelated"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def test_a_copied_demo_opens_its_own_copy_of_the_store(demo_folder, elsewhere, session_of):
    # The original demo store still exists: a project naming it by its absolute path would
    # quietly edit the original while the map shows the copy.
    project, session = read_project(demo_folder / "demo.qgz", session_of)
    assert_adopted(session, demo_folder / "demo.gpkg")
    assert same_location(store_location_of(project), str(demo_folder / "demo.gpkg"))


def test_make_demo_records_the_store_beside_the_project(demo_store_file, tmp_path, monkeypatch, session_of):
    # As `make demo` does: the store named relative to the repository folder.
    repo = tmp_path / "repo"
    (repo / "build" / "demo").mkdir(parents=True)
    shutil.copyfile(demo_store_file, repo / "build" / "demo" / "demo.gpkg")
    monkeypatch.chdir(repo)
    write_demo_project(open_store("build/demo/demo.gpkg"), Path("build/demo/demo.qgz"), UTM_38N)
    assert recorded_store(repo / "build" / "demo" / "demo.qgz") == "./demo.gpkg"

    moved = tmp_path / "moved"
    shutil.copytree(repo / "build" / "demo", moved)
    unrelated = tmp_path / "unrelated"
    unrelated.mkdir()
    monkeypatch.chdir(unrelated)
    for folder in (repo / "build" / "demo", moved):
        _, session = read_project(folder / "demo.qgz", session_of)
        assert_adopted(session, folder / "demo.gpkg")


def test_saving_a_project_records_its_store_relative_to_the_project_file(demo_folder, elsewhere, session_of):
    project, session = read_project(demo_folder / "demo.qgz", session_of)
    assert_adopted(session, demo_folder / "demo.gpkg")
    saved_as = demo_folder.parent / "projects" / "mine.qgs"
    saved_as.parent.mkdir()
    assert project.write(str(saved_as))
    assert recorded_store(saved_as) == "../demo folder/demo.gpkg"
    _, again = read_project(saved_as, session_of)
    assert_adopted(again, demo_folder / "demo.gpkg")


def test_a_project_set_to_absolute_paths_records_an_absolute_store(demo_folder, elsewhere, session_of):
    project, session = read_project(demo_folder / "demo.qgz", session_of)
    project.writeEntryBool("Paths", "/Absolute", True)
    saved_as = elsewhere / "absolute.qgs"
    assert project.write(str(saved_as))
    assert Path(recorded_store(saved_as)) == (demo_folder / "demo.gpkg").resolve()


def test_an_older_project_with_a_working_folder_path_still_opens(demo_folder, tmp_path, monkeypatch, session_of):
    # Saved before locations were project-relative, with no store layers left in it: only
    # the entry, relative to the folder QGIS ran in.
    old = tmp_path / "old projects" / "old.qgs"
    old.parent.mkdir()
    project = QgsProject()
    project.writeEntry("Demining", "store", "demo folder/demo.gpkg")
    assert project.write(str(old))
    monkeypatch.chdir(demo_folder.parent)
    _, session = read_project(old, session_of)
    assert session.store is not None
    assert same_location(session.store.location, str(demo_folder / "demo.gpkg"))


def test_a_missing_store_is_left_unopened(tmp_path, elsewhere, session_of):
    old = tmp_path / "old.qgs"
    project = QgsProject()
    project.writeEntry("Demining", "store", "build/demo/demo.gpkg")
    assert project.write(str(old))
    _, session = read_project(old, session_of)
    assert session.store is None


@pytest.mark.parametrize("location", [
    "pg:service=demining schema=karabakh",
    "postgresql://agency@db.example/mine_action?schema=karabakh",
])
def test_postgis_locations_are_recorded_and_read_as_they_are(location, tmp_path):
    project = QgsProject()
    project.setFileName(str(tmp_path / "p.qgz"))
    assert location_for_project(location, project) == location
    assert resolve_location(location, project) == location


def test_file_locations_relative_and_absolute(tmp_path):
    project = QgsProject()
    project.setFileName(str(tmp_path / "projects" / "p.qgz"))
    store_file = tmp_path / "stores" / "s.gpkg"
    assert location_for_project(str(store_file), project) == "../stores/s.gpkg"
    assert Path(resolve_location("../stores/s.gpkg", project)) == store_file
    # Unsaved projects have no folder to be relative to.
    assert location_for_project(str(store_file), QgsProject()) == str(store_file)
    assert resolve_location(str(store_file), project) == str(store_file)
