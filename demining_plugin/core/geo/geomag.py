"""Magnetic declination from the World Magnetic Model (WMM), for north arrows and traverses.

The WMM coefficient files (NOAA NCEI / British Geological Survey, public domain) ship in
``demining_plugin/wmm``; each model is valid for five years from its epoch. The field is
the spherical-harmonic expansion of the WMM technical report: geodetic position to
geocentric, Schmidt semi-normalised Legendre functions, secular variation applied
linearly from the epoch, and the north and east components rotated back to geodetic.
"""

import datetime
import math
from dataclasses import dataclass
from functools import cache
from typing import Dict, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from ...__about__ import PACKAGE_DIR
from ..errors import DeminingError

translate = QCoreApplication.translate

WMM_DIR = PACKAGE_DIR / "wmm"

#: Model files by epoch; each is valid from its epoch for five years.
MODELS: Dict[float, str] = {2020.0: "WMM2020.COF", 2025.0: "WMM2025.COF"}
VALID_YEARS = 5.0

_REFERENCE_RADIUS_KM = 6371.2
_WGS84_A_KM = 6378.137
_WGS84_F = 1 / 298.257223563


@dataclass(frozen=True)
class MagneticModel:
    name: str
    epoch: float
    released: str
    #: (n, m) -> (g, h, g_dot, h_dot) in nT and nT/year
    coefficients: Dict[Tuple[int, int], Tuple[float, float, float, float]]

    @property
    def degree(self) -> int:
        return max(n for n, _ in self.coefficients)


@dataclass(frozen=True)
class Declination:
    degrees: float  # east positive
    model: str  # e.g. "WMM-2025"
    decimal_year: float

    @property
    def text(self) -> str:
        side = "E" if self.degrees >= 0 else "W"
        return f"{abs(self.degrees):.1f}° {side}"


@cache
def load_model(file_name: str) -> MagneticModel:
    path = WMM_DIR / file_name
    try:
        lines = path.read_text(encoding="ascii").splitlines()
    except OSError as error:
        raise DeminingError(translate("Geomag", "World Magnetic Model file {path} cannot be read: {error}").format(
            path=path, error=error)) from None
    header = lines[0].split()
    coefficients = {}
    for line in lines[1:]:
        parts = line.split()
        if len(parts) < 6 or parts[0].startswith("9999"):
            break
        n, m = int(parts[0]), int(parts[1])
        coefficients[(n, m)] = tuple(float(value) for value in parts[2:6])
    return MagneticModel(header[1], float(header[0]), header[2] if len(header) > 2 else "", coefficients)


def decimal_year(day: datetime.date) -> float:
    start = datetime.date(day.year, 1, 1)
    length = (datetime.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


def model_for(year: float) -> MagneticModel:
    for epoch in sorted(MODELS, reverse=True):
        if epoch <= year < epoch + VALID_YEARS:
            return load_model(MODELS[epoch])
    first, last = min(MODELS), max(MODELS) + VALID_YEARS
    raise DeminingError(
        translate("Geomag", "No World Magnetic Model shipped for {year:.1f}: the models cover {first:.0f} to "
                            "{last:.0f}.").format(year=year, first=first, last=last))


def field_components(lon: float, lat: float, height_km: float, year: float,
                     model: MagneticModel) -> Tuple[float, float, float]:
    """North, east and down components (nT) of the main field at a geodetic position."""
    phi, lam = math.radians(lat), math.radians(lon)
    e2 = _WGS84_F * (2 - _WGS84_F)
    prime_vertical = _WGS84_A_KM / math.sqrt(1 - e2 * math.sin(phi) ** 2)
    p = (prime_vertical + height_km) * math.cos(phi)
    z = (prime_vertical * (1 - e2) + height_km) * math.sin(phi)
    r = math.hypot(p, z)
    phi_c = math.asin(z / r)  # geocentric latitude
    x, s = math.sin(phi_c), math.cos(phi_c)  # cos and sin of the colatitude
    nmax = model.degree
    # Gauss-normalised Legendre functions and their colatitude derivatives, then
    # Schmidt semi-normalisation factors.
    legendre_g = [[0.0] * (nmax + 1) for _ in range(nmax + 1)]
    dlegendre = [[0.0] * (nmax + 1) for _ in range(nmax + 1)]
    legendre_g[0][0] = 1.0
    for n in range(1, nmax + 1):
        for m in range(n + 1):
            if n == m:
                legendre_g[n][m] = s * legendre_g[n - 1][m - 1]
                dlegendre[n][m] = s * dlegendre[n - 1][m - 1] + x * legendre_g[n - 1][m - 1]
            else:
                k = ((n - 1) ** 2 - m ** 2) / ((2 * n - 1) * (2 * n - 3)) if n > 1 else 0.0
                older = legendre_g[n - 2][m] if n > 1 else 0.0
                older_d = dlegendre[n - 2][m] if n > 1 else 0.0
                legendre_g[n][m] = x * legendre_g[n - 1][m] - k * older
                dlegendre[n][m] = x * dlegendre[n - 1][m] - s * legendre_g[n - 1][m] - k * older_d
    schmidt = [[0.0] * (nmax + 1) for _ in range(nmax + 1)]
    schmidt[0][0] = 1.0
    for n in range(1, nmax + 1):
        schmidt[n][0] = schmidt[n - 1][0] * (2 * n - 1) / n
        for m in range(1, n + 1):
            schmidt[n][m] = schmidt[n][m - 1] * math.sqrt((n - m + 1) * (2 if m == 1 else 1) / (n + m))
    dt = year - model.epoch
    north = east = down = 0.0
    for (n, m), (g, h, g_dot, h_dot) in model.coefficients.items():
        g_t, h_t = g + dt * g_dot, h + dt * h_dot
        ratio = (_REFERENCE_RADIUS_KM / r) ** (n + 2)
        cos_ml, sin_ml = math.cos(m * lam), math.sin(m * lam)
        legendre, derivative = schmidt[n][m] * legendre_g[n][m], schmidt[n][m] * dlegendre[n][m]
        north += ratio * (g_t * cos_ml + h_t * sin_ml) * derivative
        east += ratio * m * (g_t * sin_ml - h_t * cos_ml) * legendre
        down -= (n + 1) * ratio * (g_t * cos_ml + h_t * sin_ml) * legendre
    east = east / s if s > 1e-12 else 0.0
    # Geocentric to geodetic: turn north/down by the difference of the two latitudes.
    turn = phi_c - phi
    return (north * math.cos(turn) - down * math.sin(turn), east,
            north * math.sin(turn) + down * math.cos(turn))


def declination(lon: float, lat: float, day: datetime.date, height_km: float = 0.0) -> Declination:
    """Magnetic declination (degrees, east positive) at a place and date."""
    year = decimal_year(day)
    model = model_for(year)
    north, east, _ = field_components(lon, lat, height_km, year, model)
    return Declination(math.degrees(math.atan2(east, north)), model.name, year)
