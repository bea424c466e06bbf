"""``make package`` builds the ZIP users install with "Install from ZIP": check that it
holds exactly one plugin folder with everything the plugin loads at run time, and no
build or test leftovers."""

import json
import subprocess
import sys
import zipfile
from configparser import ConfigParser
from pathlib import Path, PurePosixPath

import pytest

from demining_plugin.core.model.schema import LAYER_NAMES
from tests import REPO_ROOT

ZIP_PATH = REPO_ROOT / "dist" / "demining_plugin.zip"
TOP = "demining_plugin"


def read_metadata(text: str) -> dict:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(text)
    return dict(parser["general"])


@pytest.fixture(scope="module")
def package() -> zipfile.ZipFile:
    """Runs ``make package`` once for this module and opens the ZIP it builds."""
    if ZIP_PATH.exists():
        ZIP_PATH.unlink()  # a stale ZIP must not pass for a fresh one
    result = subprocess.run(
        ["make", "package"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, f"make package failed:\n{result.stdout}\n{result.stderr}"
    assert ZIP_PATH.is_file()
    with zipfile.ZipFile(ZIP_PATH) as archive:
        assert archive.testzip() is None, "corrupt member in the ZIP"
        yield archive


@pytest.fixture(scope="module")
def names(package) -> set:
    """Member paths, files only."""
    return {info.filename for info in package.infolist() if not info.is_dir()}


def test_single_top_level_plugin_folder(names):
    assert names
    assert {PurePosixPath(name).parts[0] for name in names} == {TOP}


@pytest.mark.parametrize(
    "member",
    [
        "__init__.py",
        "plugin.py",
        "metadata.txt",
        "LICENSE",
        "__about__.py",
        "core/__init__.py",
        "core/model/schema.py",
        "core/store/__init__.py",
        "core/store/base.py",
        "demo/__init__.py",
        "gui/__init__.py",
        "processing/__init__.py",
        "processing/provider.py",
        "resources/icons/demining.svg",
    ],
)
def test_contains(names, member):
    assert f"{TOP}/{member}" in names


def test_every_source_module_is_packaged(names):
    source = REPO_ROOT / TOP
    missing = [
        str(path.relative_to(source)) for path in source.rglob("*.py")
        if "__pycache__" not in path.parts and f"{TOP}/{path.relative_to(source).as_posix()}" not in names
    ]
    assert not missing, f"not in the ZIP: {missing}"


def test_packaged_python_compiles(package, names):
    for name in sorted(n for n in names if n.endswith(".py")):
        compile(package.read(name), name, "exec")  # raises SyntaxError naming the file


def test_metadata_matches_the_source(package, names):
    packaged = read_metadata(package.read(f"{TOP}/metadata.txt").decode("utf-8"))
    source = read_metadata((REPO_ROOT / "metadata.txt").read_text(encoding="utf-8"))
    assert packaged["version"] == source["version"]
    assert packaged == source
    # The icon path in metadata.txt is relative to the plugin folder.
    assert f"{TOP}/{packaged['icon']}" in names


def test_a_style_for_every_store_layer(names):
    missing = [layer for layer in LAYER_NAMES if f"{TOP}/styles/{layer}.qml" not in names]
    assert not missing, f"no style in the ZIP for {missing}"


def test_icons_are_svg(package, names):
    icons = [name for name in names if name.startswith(f"{TOP}/resources/icons/")]
    assert icons
    assert all(name.endswith(".svg") for name in icons), icons
    for name in icons:
        assert b"<svg" in package.read(name), name


def test_seed_data_is_packaged_and_parses(package, names):
    seeds = [name for name in names if PurePosixPath(name).parent == PurePosixPath(TOP, "seeds")]
    assert seeds
    assert all(name.endswith(".json") for name in seeds), seeds
    for name in seeds:
        json.loads(package.read(name).decode("utf-8"))


def test_no_build_or_test_leftovers(names):
    leftovers = [
        name for name in names
        if "__pycache__" in name
        or name.endswith((".pyc", ".pyo", ".tmp.gpkg"))
        or PurePosixPath(name).name.startswith("test_")
        or PurePosixPath(name).name == "conftest.py"
        or "/tests/" in name
        or "/.git" in name
    ]
    assert not leftovers, leftovers


def test_installed_layout_finds_its_metadata_and_resources(package, tmp_path):
    # As QGIS installs it: the plugin folder alone, with metadata.txt and resources/ inside.
    package.extractall(tmp_path)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from demining_plugin import __about__ as a;"
        "print(a.__version__); print(a.resource_path('icons', 'demining.svg')); print(a.seeds_path())"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)],
        cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    version, icon, seeds = result.stdout.split("\n")[:3]
    source = read_metadata((REPO_ROOT / "metadata.txt").read_text(encoding="utf-8"))
    assert version == source["version"]
    assert Path(icon) == tmp_path / TOP / "resources" / "icons" / "demining.svg"
    assert Path(icon).is_file()
    assert Path(seeds) == tmp_path / TOP / "seeds"


@pytest.mark.parametrize("language", ["az", "tr", "ru", "uk"])
def test_compiled_translations_are_packaged_and_found_by_the_installed_plugin(package, tmp_path, language):
    """Each language's .qm is in the ZIP, and the installed plugin's translator (Qt's locale
    fallback from e.g. ru_RU) translates the dock title with it, as the .ts says."""
    sys.path.insert(0, str(REPO_ROOT / "i18n"))
    import tslib

    assert f"{TOP}/i18n/demining_plugin_{language}.qm" in {i.filename for i in package.infolist()}
    package.extractall(tmp_path)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from qgis.PyQt.QtCore import QCoreApplication;"
        "from demining_plugin.translation import load_translator, TRANSLATION_FOLDERS;"
        "t = load_translator(sys.argv[2], TRANSLATION_FOLDERS[:1]);"
        "print(t.translate('DeminingDock', 'Demining') if t else '')"
    )
    locale_name = {"az": "az_AZ", "tr": "tr_TR", "ru": "ru_RU", "uk": "uk_UA"}[language]
    result = subprocess.run([sys.executable, "-c", probe, str(tmp_path), locale_name], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    expected = tslib.TsFile(tslib.ts_path(language)).by_key()[("DeminingDock", "Demining")].translation
    assert result.stdout.strip() == expected != "Demining"
