"""The rows of a file while they are checked, and the small conversions every check needs:
numbers, degrees-minutes-seconds, coordinate transformers, metres around the data."""

import math
import re
from typing import List, Optional, Sequence, Tuple

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..geo.crs import WGS84_AUTHID
from .tables import SourceTable

translate = QCoreApplication.translate


# -- small parsers (cached: files repeat the same spellings) -------------------------------

def to_int(text) -> Tuple[Optional[int], bool]:
    """(value, ok): "3", "3.0" and "3,0" are 3; "2.5" or "abc" are not whole numbers."""
    if text is None or str(text).strip() == "":
        return None, True
    try:
        number = float(str(text).strip().replace(",", "."))
    except ValueError:
        return None, False
    if not math.isfinite(number) or number != int(number):
        return None, False
    return int(number), True


def parse_numbers(values: Sequence[Optional[str]]) -> Tuple[np.ndarray, np.ndarray]:
    """(numbers, missing): NaN where a value is not a number; ``missing`` where it is empty."""
    missing = np.array([value is None for value in values], dtype=bool)
    try:
        # The usual case, every value a plain number: numpy parses the whole column at once.
        numbers = np.array(["nan" if value is None else value for value in values], dtype=float)
    except ValueError:
        pass
    else:
        numbers[~np.isfinite(numbers)] = np.nan
        return numbers, missing
    numbers = np.full(len(values), np.nan)
    for i, value in enumerate(values):
        if value is None:
            missing[i] = True
            continue
        try:
            numbers[i] = float(value)
        except ValueError:
            try:
                numbers[i] = float(value.replace(",", "."))
            except ValueError:
                numbers[i] = _dms(value)
    numbers[~np.isfinite(numbers)] = np.nan
    return numbers, missing


_DMS = re.compile(
    r"^\s*([NSEW])?\s*(\d+(?:[.,]\d+)?)\s*[°º:d\s]\s*(?:(\d+(?:[.,]\d+)?)\s*['′:m\s]\s*)?"
    r"(?:(\d+(?:[.,]\d+)?)\s*(?:[\"″]|''|s)?\s*)?([NSEW])?\s*$",
    re.IGNORECASE,
)


def _dms(text: str) -> float:
    """Degrees-minutes-seconds such as 40°12'30.5"N; NaN if it is not one."""
    match = _DMS.match(text)
    if not match:
        return math.nan
    hemi_before, degrees, minutes, seconds, hemi_after = match.groups()
    try:
        value = float(degrees.replace(",", "."))
        minutes_value = float(minutes.replace(",", ".")) if minutes else 0.0
        seconds_value = float(seconds.replace(",", ".")) if seconds else 0.0
    except ValueError:
        return math.nan
    if minutes_value >= 60 or seconds_value >= 60:
        return math.nan
    value += minutes_value / 60 + seconds_value / 3600
    hemisphere = (hemi_before or hemi_after or "").upper()
    return -value if hemisphere in ("S", "W") else value


def make_transformer(source: str, target: str):
    from pyproj import Transformer

    return Transformer.from_crs(source, target, always_xy=True)


def crs_text(crs) -> str:
    """pyproj-readable text of a QGIS CRS or a string."""
    if crs is None:
        return WGS84_AUTHID
    if hasattr(crs, "authid"):
        return crs.authid() or crs.toWkt()
    return str(crs)


class Rows:
    """Per-row state while checking: position, values, first reason for refusal."""

    def __init__(self, table: SourceTable):
        n = len(table)
        self.table = table
        self.lon = np.full(n, np.nan)
        self.lat = np.full(n, np.nan)
        self.code: List[Optional[str]] = [None] * n
        self.reason: List[Optional[str]] = [None] * n
        self.polygons: List[bytes] = []  # WKB polygons (mine maps: the record's area)
        self._good = np.ones(n, dtype=bool)
        for index, reason in table.broken.items():
            self.refuse(index, "malformed_row", reason)

    def refuse(self, index: int, code: str, reason: str) -> None:
        if self.code[index] is None:
            self.code[index] = code
            self.reason[index] = reason
            self._good[index] = False

    @property
    def good(self) -> np.ndarray:
        """Which rows no check refused yet (a copy)."""
        return self._good.copy()


def local_metres(lon: np.ndarray, lat: np.ndarray, centre_lon: float, centre_lat: float) -> np.ndarray:
    """Positions on an azimuthal equidistant plane around the data: metres, true near the centre."""
    transformer = make_transformer(
        WGS84_AUTHID, f"+proj=aeqd +lat_0={centre_lat} +lon_0={centre_lon} +ellps=WGS84 +units=m +no_defs"
    )
    x, y = transformer.transform(lon, lat)
    return np.column_stack([x, y])


def row_word(label: str) -> str:
    return translate("Importers", "feature") if label == "feature" else translate("Importers", "row")
