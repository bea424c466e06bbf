"""MGRS reading and writing, checked against pyproj's UTM and published references."""

import math

import pytest
from pyproj import Transformer

from demining_plugin.core.errors import DeminingError
from demining_plugin.core.geo.mgrs import parse_mgrs, to_mgrs


def utm(lon, lat, zone):
    epsg = (32700 if lat < 0 else 32600) + zone
    return Transformer.from_crs("EPSG:4326", f"EPSG:{epsg}", always_xy=True).transform(lon, lat)


# Published pairs (reference implementations' own test data); the position is the
# south-west corner of the 1 m cell.
PUBLISHED = [
    ("13SED1714696655", -104.7999483247, 39.7195959962),
    ("11SPA7234911844", -115.08209766323476, 36.236123461597515),
]


@pytest.mark.parametrize("text, lon, lat", PUBLISHED)
def test_published_references(text, lon, lat):
    got_lon, got_lat = parse_mgrs(text)
    # 1e-6 degree is about 0.1 m: the same 1 m cell corner.
    assert got_lon == pytest.approx(lon, abs=1e-6)
    assert got_lat == pytest.approx(lat, abs=1e-6)
    assert to_mgrs(lon, lat).replace(" ", "") == text


def test_svalbard_reference_matches_published_utm():
    # 33XVG74594359 is UTM 33N 474590 8643590 (10 m precision).
    lon, lat = parse_mgrs("33XVG74594359")
    easting, northing = utm(lon, lat, 33)
    assert easting == pytest.approx(474590, abs=0.01)
    assert northing == pytest.approx(8643590, abs=0.01)
    assert to_mgrs(lon, lat, precision=4) == "33X VG 7459 4359"


def grid_points():
    lats = [-79.5, -55.3, -33.86, -8.2, -0.4, 0.3, 7.9, 24.1, 40.2, 47.99, 56.5, 63.2, 71.9, 75.0, 83.5]
    lons = [-179.7, -122.4, -77.03, -3.1, 0.2, 4.5, 10.7, 19.9, 30.4, 38.1, 44.5, 69.2, 101.7, 151.2, 179.8]
    return [(lon, lat) for lat in lats for lon in lons]


def expected_zone(lon, lat):
    """Zone from the published rules, written out independently of the module."""
    if 56 <= lat < 64 and 3 <= lon < 12:
        return 32
    if lat >= 72 and 0 <= lon < 42:
        for limit, zone in ((9, 31), (21, 33), (33, 35), (42, 37)):
            if lon < limit:
                return zone
    return int((lon + 180) // 6) + 1


def test_round_trip_over_zones_and_hemispheres():
    for lon, lat in grid_points():
        text = to_mgrs(lon, lat)
        zone_band, square, east_digits, north_digits = text.split(" ")
        zone = int(zone_band[:-1])
        band = zone_band[-1]
        assert zone == expected_zone(lon, lat), text
        assert band == "CDEFGHJKLMNPQRSTUVWX"[min(int((lat + 80) // 8), 19)], text
        easting, northing = utm(lon, lat, zone)
        if lat < 0:
            assert northing > 1_000_000  # southern false northing applied
        assert int(east_digits) == math.floor(easting % 100_000), text
        assert int(north_digits) == math.floor(northing % 100_000), text
        # The column letter counts 100 km squares from the zone's letter set.
        column_set = ("ABCDEFGH", "JKLMNPQR", "STUVWXYZ")[(zone - 1) % 3]
        assert column_set.index(square[0]) + 1 == math.floor(easting / 100_000), text
        # Reading back gives the 1 m cell's south-west corner: the point lies 0..1 m north-east of it.
        corner = utm(*parse_mgrs(text), zone)
        assert 0 <= easting - corner[0] < 1.0, text
        assert 0 <= northing - corner[1] < 1.0, text
        assert to_mgrs(*parse_mgrs(text)) == text


@pytest.mark.parametrize("precision", [0, 1, 2, 3, 4, 5])
def test_precision_and_centre(precision):
    lon, lat = 44.51234, 40.18765  # Yerevan area, 38T
    text = to_mgrs(lon, lat, precision)
    assert len(text.replace(" ", "")) == 5 + 2 * precision
    cell = 10 ** (5 - precision)
    easting, northing = utm(lon, lat, 38)
    corner = utm(*parse_mgrs(text), 38)
    centre = utm(*parse_mgrs(text, centre=True), 38)
    assert 0 <= easting - corner[0] < cell
    assert 0 <= northing - corner[1] < cell
    assert centre[0] - corner[0] == pytest.approx(cell / 2, abs=1e-3)
    assert centre[1] - corner[1] == pytest.approx(cell / 2, abs=1e-3)


def test_spaces_and_lower_case_accepted():
    text = to_mgrs(44.51234, 40.18765)
    assert parse_mgrs(text.lower()) == parse_mgrs(text.replace(" ", ""))
    assert parse_mgrs("  " + text.replace(" ", "   ") + " ") == parse_mgrs(text)


def test_norway_and_svalbard_exceptions():
    assert to_mgrs(5.0, 60.0).startswith("32V ")  # Bergen: zone 32 widened west
    assert to_mgrs(2.0, 60.0).startswith("31V ")
    assert to_mgrs(10.0, 78.0).startswith("33X ")  # Svalbard
    assert to_mgrs(40.0, 80.0).startswith("37X ")
    for lon, lat, zone in [(5.0, 60.0, 32), (10.0, 78.0, 33), (25.0, 79.0, 35)]:
        easting, northing = utm(lon, lat, zone)
        corner = utm(*parse_mgrs(to_mgrs(lon, lat)), zone)
        assert 0 <= easting - corner[0] < 1.0
        assert 0 <= northing - corner[1] < 1.0


def test_polar_positions_refused_when_writing():
    for lat in (84.5, -80.5, 90.0):
        with pytest.raises(DeminingError, match="polar"):
            to_mgrs(10.0, lat)
    with pytest.raises(DeminingError, match="not a number"):
        to_mgrs(float("nan"), 10.0)
    with pytest.raises(DeminingError, match="precision"):
        to_mgrs(10.0, 10.0, precision=6)


BAD_REFERENCES = [
    ("", "empty"),
    ("hello", "not an MGRS reference"),
    ("38T LK 1234 5678 9", "odd number of digits"),
    ("38TLK123456123456", "at most 10"),
    ("0T LK 1 2", "zone 0 is not between 1 and 60"),
    ("61T LK", "zone 61 is not between 1 and 60"),
    ("38I LK", "not a latitude band letter"),
    ("38O LK", "not a latitude band letter"),
    ("38A LK", "polar"),
    ("38Z LK", "polar"),
    ("ZGC 12345 67890", "polar"),
    ("32X MA", "32X does not exist"),
    ("38T AK", "column letter 'A' is not used in zone 38"),
    ("38T LW", "row letter 'W' is not valid"),
    # 38U NV is at 49.5°N: written with band T (40-48°N) the letters contradict each other.
    ("38T NV 00000 83040", "does not lie in latitude band T"),
    ("31U AA", "lies outside zone 31U"),
]


@pytest.mark.parametrize("text, message", BAD_REFERENCES)
def test_invalid_references_refused(text, message):
    with pytest.raises(DeminingError, match=message):
        parse_mgrs(text)


def test_band_check_accepts_the_right_band_only():
    good = to_mgrs(45.0, 49.5)
    assert good.startswith("38U NV")
    assert parse_mgrs(good)[1] == pytest.approx(49.5, abs=1e-4)
    with pytest.raises(DeminingError, match="band S"):
        parse_mgrs(good.replace("38U", "38S"))
