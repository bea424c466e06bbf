"""Hazard priorities: a hazard next to a settlement and crossed by a road ranks above an
identical one far from both; weights at zero remove their component; bad context layers are
refused with a sentence."""

import datetime

import pytest
from qgis.core import QgsGeometry

from tests.core.planning.planning_store import context_layer as layer
from tests.core.planning.planning_store import roads, settlements
from tests.ground import X0, Y0, to_wgs84, utm_box


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from demining_plugin.core.model.changes import ChangeSet
    from demining_plugin.core.store import create_store

    made = create_store(str(tmp_path_factory.mktemp("priorities") / "store.gpkg"))
    seed = ChangeSet()
    for box, district in (((0, 0, 100, 100), "Near"), ((5000, 5000, 5100, 5100), "Far")):
        seed.add("hazard_areas", to_wgs84(utm_box(*box)),
                 {"classification": "CHA", "status": "open", "district": district, "area_ha": 1, "remaining_ha": 1})
    seed.add("hazard_areas", to_wgs84(utm_box(200, 200, 300, 300)),
             {"classification": "CHA", "status": "closed", "district": "Done", "area_ha": 1, "remaining_ha": 0})
    made.apply(seed)
    return made


def ranked(store, **kw):
    from demining_plugin.core.planning.priorities import hazard_priorities

    result = hazard_priorities(store, until=datetime.date(2021, 12, 31), **kw)
    return result, {s.attributes["district"]: s for s in result.scores}


def test_near_a_settlement_and_a_road_ranks_first(store):
    result, by = ranked(store, settlements=settlements(), population_field="population", roads=roads())
    near, far = by["Near"], by["Far"]
    assert (near.rank, far.rank) == (1, 2) and "Done" not in by  # a closed hazard is not ranked
    assert near.settlement_m == pytest.approx(50, abs=0.5)
    assert near.components["settlement"] == pytest.approx(1 / 1.05, rel=1e-3)
    assert near.population == 1200 and far.population == 0  # 6.9 km away: beyond 5 km
    # The road crosses Near (100 m) and runs 500 m on each side of it within the 500 m zone (to 300 m east
    # and from 100 m west): 400 m of road, all of it within the zone.
    assert near.road_m == pytest.approx(400, abs=1) and far.road_m == 0
    assert (near.components["roads"], far.components["roads"]) == (1, 0)
    assert near.score > far.score
    assert result.weights_text() == ("settlement=3, population=2, roads=2, farmland=2, accidents=3, items=1, "
                                     "classification=1, size=1")


def test_weights_at_zero_remove_their_component(store):
    from demining_plugin.core.planning.priorities import parse_weights

    weights = parse_weights("settlement=0, population=0, roads=0")
    _result, by = ranked(store, settlements=settlements(), population_field="population", roads=roads(),
                         weights=weights)
    assert by["Near"].score == pytest.approx(by["Far"].score)
    # classification and size are 1 for each, farmland, accidents and items 0: (1 x 1 + 1 x 1) / 8 of the
    # weights left (farmland 2, accidents 3, items 1, classification 1, size 1)
    assert by["Near"].score == pytest.approx(100 * 2 / 8)
    only_roads = parse_weights(",".join(f"{c}=0" for c in ("settlement", "population", "farmland", "accidents",
                                                         "items", "classification", "size")))
    _result, by = ranked(store, roads=roads(), weights=only_roads)
    assert (by["Near"].score, by["Far"].score) == (pytest.approx(100 * 2 / 2), 0)


def test_farmland_share(store):
    farmland = layer("Polygon", [(QgsGeometry.fromWkt(
        f"POLYGON(({X0} {Y0}, {X0 + 25} {Y0}, {X0 + 25} {Y0 + 100}, {X0} {Y0 + 100}, {X0} {Y0}))"), [0])])
    _result, by = ranked(store, land_use=farmland)
    assert by["Near"].farmland_share == pytest.approx(0.25, rel=1e-6) and by["Far"].farmland_share == 0


@pytest.mark.parametrize("kw, message", [
    (dict(settlements=layer("LineString", [])), "Settlements: layer 'context' holds lines; it must hold points "
                                                 "or polygons."),
    (dict(roads=layer("Point", [])), "Roads: layer 'context' holds points; it must hold lines."),
    (dict(land_use=layer("Point", [])), "Land use: layer 'context' holds points; it must hold polygons."),
    (dict(roads=layer("LineString", [], crs=None)), "Roads: layer 'context' has no coordinate reference system"),
    (dict(settlements=layer("Point", []), population_field="people"), "has no field 'people'"),
])
def test_bad_context_layers(store, kw, message):
    from demining_plugin.core.errors import DeminingError

    with pytest.raises(DeminingError, match=message.replace("(", r"\(")):
        ranked(store, **kw)


@pytest.mark.parametrize("text, message", [
    ("roads=2, beauty=5", "WEIGHTS: 'beauty=5'"),
    (",".join(f"{c}=0" for c in ("settlement", "population", "roads", "farmland", "accidents", "items",
                                 "classification", "size")), "at least one weight must be above zero"),
])
def test_bad_weights(text, message):
    from demining_plugin.core.errors import DeminingError
    from demining_plugin.core.planning.priorities import parse_weights

    with pytest.raises(DeminingError, match=message):
        parse_weights(text)
