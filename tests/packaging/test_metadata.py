"""metadata.txt is what the QGIS plugin manager and plugins.qgis.org read: check it
without QGIS, and check that ``__about__`` reports the same values."""

import re
from configparser import ConfigParser

import pytest

from tests import REPO_ROOT

METADATA = REPO_ROOT / "metadata.txt"

REQUIRED_KEYS = (
    "name", "description", "about", "version", "qgisMinimumVersion", "author", "email",
    "homepage", "repository", "tracker", "tags", "category", "icon", "hasProcessingProvider",
)


@pytest.fixture(scope="module")
def metadata() -> dict:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # QGIS keys are case sensitive (qgisMinimumVersion)
    with METADATA.open(encoding="utf-8") as handle:
        parser.read_file(handle)
    assert parser.sections() == ["general"]
    return dict(parser["general"])


@pytest.mark.parametrize("key", REQUIRED_KEYS)
def test_required_key_has_a_value(metadata, key):
    assert metadata.get(key, "").strip(), f"metadata.txt has no value for {key}"


def test_targets_qgis_3_22_and_declares_the_provider(metadata):
    assert metadata["qgisMinimumVersion"] == "3.22"
    assert metadata["hasProcessingProvider"] == "yes"
    assert metadata["category"] in {"Raster", "Vector", "Database", "Mesh", "Web", "Plugins"}


def test_version_is_semantic(metadata):
    assert re.fullmatch(r"\d+\.\d+\.\d+", metadata["version"]), metadata["version"]


def test_contact_and_links_are_well_formed(metadata):
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", metadata["email"]), metadata["email"]
    for key in ("homepage", "repository", "tracker"):
        assert metadata[key].startswith("https://"), f"{key}: {metadata[key]}"
    assert metadata["tracker"] != metadata["repository"]


def test_tags_are_a_comma_separated_list(metadata):
    tags = [tag.strip() for tag in metadata["tags"].split(",")]
    assert len(tags) >= 3
    assert all(tags), "empty tag in metadata.txt"
    assert "demining" in tags


def test_icon_file_exists_and_is_svg(metadata):
    # The icon path is relative to the plugin folder, where `make package` copies resources/.
    icon = REPO_ROOT / metadata["icon"]
    assert icon.suffix == ".svg"
    assert icon.is_file(), f"metadata.txt names icon {metadata['icon']}, which does not exist"
    assert "<svg" in icon.read_text(encoding="utf-8")


def test_about_module_reports_the_metadata(metadata):
    from demining_plugin import __about__

    assert __about__.__title__ == metadata["name"]
    assert __about__.__version__ == metadata["version"]
    assert __about__.__summary__ == metadata["description"]
    assert __about__.__author__ == metadata["author"]
    assert __about__.__email__ == metadata["email"]
    assert __about__.__uri_homepage__ == metadata["homepage"]
    assert __about__.__uri_tracker__ == metadata["tracker"]
    assert __about__.__qgis_minimum_version__ == metadata["qgisMinimumVersion"]
