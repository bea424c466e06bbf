"""Plugin metadata read from ``metadata.txt`` (the single place it is written).

Works both in the source tree (metadata.txt one level up) and in the installed
plugin (metadata.txt inside the plugin folder), and needs no QGIS.
"""

from configparser import ConfigParser
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _find_metadata() -> Path:
    for candidate in (PACKAGE_DIR / "metadata.txt", PACKAGE_DIR.parent / "metadata.txt"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("metadata.txt not found next to or above the demining_plugin package")


def read_metadata(path: Path = None) -> dict:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # keep keys like qgisMinimumVersion as written
    parser.read(path or _find_metadata(), encoding="utf-8")
    return dict(parser["general"])


_META = read_metadata()

__title__ = _META["name"]
__version__ = _META["version"]
__summary__ = _META["description"]
__author__ = _META["author"]
__email__ = _META["email"]
__uri_homepage__ = _META["homepage"]
__uri_tracker__ = _META["tracker"]
__qgis_minimum_version__ = _META["qgisMinimumVersion"]


def resource_path(*parts: str) -> Path:
    """Path of a file from the top-level ``resources/`` folder.

    ``make package`` copies ``resources/`` into the plugin folder; in the source
    tree it sits beside the package.
    """
    for base in (PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources"):
        if base.is_dir():
            return base.joinpath(*parts)
    return PACKAGE_DIR.joinpath("resources", *parts)


def seeds_path(*parts: str) -> Path:
    """Path of a file from the top-level ``seeds/`` folder (demo scenario data)."""
    for base in (PACKAGE_DIR / "seeds", PACKAGE_DIR.parent / "seeds"):
        if base.is_dir():
            return base.joinpath(*parts)
    return PACKAGE_DIR.joinpath("seeds", *parts)
