"""The demo tells the published story (issue 19, point 4): suspected land not yet surveyed in
all eleven districts, the teams' daily logs, real towns in their districts, and a forecast of
the whole job from the demo's 2021 productivity and stated costs near 30 years and USD 25
billion, every figure computed from the store."""

import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer


@pytest.fixture(scope="module")
def store(demo_copy):
    from demining_plugin.core.store import open_store

    return open_store(str(demo_copy))


def test_suspected_land_and_work_days(store):
    from demining_plugin.demo.generator import load_scenario

    unsurveyed = {}
    released = {f["hazard_id"] for f in store.layer("cleared_areas").getFeatures()}
    for f in store.layer("hazard_areas").getFeatures():
        if f["classification"] == "SHA" and f["status"] == "open" and f["hazard_id"] not in released:
            unsurveyed[f["district"]] = unsurveyed.get(f["district"], 0.0) + f["remaining_ha"]
    assert set(unsurveyed) == {d["name"] for d in load_scenario()["districts"]}
    assert 700_000 < sum(unsurveyed.values()) < 900_000
    work = store.layer("work_days")
    assert work.featureCount() > 3 * len({(f["team"], f["released_on"]) for f in
                                          store.layer("cleared_areas").getFeatures()})
    assert {f["technique"] for f in work.getFeatures()} == {"manual", "mechanical", "mdd"}


def test_towns_lie_in_their_districts(store):
    from demining_plugin.demo.planning import REAL_TOWNS

    regions = {f["name"]: QgsGeometry(f.geometry()) for f in store.layer("regions").getFeatures()}
    for name, district, lon, lat, _kind in REAL_TOWNS:
        point = QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
        # Natural Earth's boundaries are coarse: within 0.05 degrees (about 5 km) of the district.
        assert regions[district].distance(point) < 0.05, name


def test_forecast_of_the_whole_job(store):
    from demining_plugin.demo.generator import load_scenario
    from demining_plugin.demo.planning import demo_forecast

    result, measured = demo_forecast(store, load_scenario())
    assert 27 < result.total.years < 33
    assert 22e9 < result.total.cost < 28e9
    assert result.parameters.capacity == {"manual": 7, "mechanical": 2, "mdd": 1}
    assert measured.row("cleared").team_days > 3000
    assert result.total.finish_early < result.total.finish < result.total.finish_late
    assert len(result.rows) == 11


def test_ten_hazards_first(store, tmp_path):
    from demining_plugin.demo.planning import demo_priorities, write_context

    context = write_context(tmp_path / "context.gpkg")
    assert QgsVectorLayer(f"{context}|layername=settlements").featureCount() == 15
    ranked = demo_priorities(store, context)
    top = ranked.scores[:10]
    assert [s.rank for s in top] == list(range(1, 11))
    assert all(s.score >= ranked.scores[10].score for s in top)
    assert all(s.settlement_m is not None and s.settlement_m >= 1400 for s in ranked.scores
               if s.attributes.get("classification") == "SHA"
               and s.attributes.get("status") == "open" and s.attributes.get("area_ha", 0) > 1000)
