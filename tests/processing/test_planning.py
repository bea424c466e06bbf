"""demining:productivity and demining:forecast on the hand-made planning store: the output
tables' figures, the whole job's outputs and bad parameters refused with a sentence."""

import datetime

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.core.planning.planning_store import counted_m2, planning_left, planning_store


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return planning_store(str(tmp_path_factory.mktemp("planning_alg") / "store.gpkg")).location


def run(name, **parameters):
    from qgis import processing

    return processing.run(f"demining:{name}", dict(parameters, OUTPUT="TEMPORARY_OUTPUT"))


def rows(result):
    layer = result["OUTPUT"]
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer)
    return {f["group"] if "group" in f.fields().names() else f["district"]: f for f in layer.getFeatures()}


def test_productivity_by_technique(processing_provider, store_path):
    result = run("productivity", STORE=store_path, GROUP_BY=1)
    table = rows(result)
    manual = [counted_m2("r1") + counted_m2("r2"), counted_m2("r3"), counted_m2("r7")]
    assert table["manual"]["team_days"] == 3
    assert table["manual"]["p50_m2"] == pytest.approx(np.percentile(manual, 50), rel=1e-5)
    assert table["manual"]["released_ha"] == pytest.approx(sum(manual) / 1e4, rel=1e-5)
    assert table["All"]["team_days"] == result["TEAM_DAYS"] == 9
    sha = counted_m2("r5") + counted_m2("r8")
    assert table["All"]["sha_cancelled"] == pytest.approx(counted_m2("r5") / sha, rel=1e-5)
    assert table["All"]["cha_cleared"] == 1


def left_team_days(left, per_day_cleared):
    """Team-days of the land left: confirmed land all cleared at ``per_day_cleared`` m2 a
    team-day; suspected land cancelled and reduced as r5 and r8 were, each at one team-day's
    square metres (the cleared share of suspected land is nil)."""
    cha, sha = (sum(h[c] for h in left.values()) * 1e4 for c in ("CHA", "SHA"))
    both = counted_m2("r5") + counted_m2("r8")
    return cha / per_day_cleared + sha * counted_m2("r5") / both / counted_m2("r5") \
        + sha * counted_m2("r8") / both / counted_m2("r8")


def test_forecast_whole_job(processing_provider, store_path):
    result = run("forecast", STORE=store_path, CAPACITY="manual=2,mechanical=1", WORK_DAYS_PER_YEAR=200,
                 COST_PER_TEAM_DAY="manual=1000,mechanical=4000", START="2021-07-01")
    table = rows(result)
    # The land left by hand (the closed hazard is done, H-0001 lies in both districts).
    left = planning_left()
    for district in ("West", "East"):
        assert table[district]["cha_left_ha"] == pytest.approx(left[district]["CHA"], rel=1e-5, abs=2e-3)
        assert table[district]["sha_left_ha"] == pytest.approx(left[district]["SHA"], rel=1e-5, abs=2e-3)
    team_days = left_team_days(left, sum(counted_m2(r) for r in ("r1", "r2", "r3", "r4", "r6", "r7")) / 7)
    assert table["All"]["left_ha"] == pytest.approx(sum(sum(h.values()) for h in left.values()), rel=1e-5)
    assert result["COST"] == pytest.approx(team_days * 2000, rel=1e-5)  # (2 x 1,000 + 4,000) / 3 a team-day
    years = team_days / (3 * 200)
    assert result["YEARS"] == pytest.approx(years, rel=1e-5)
    finish = datetime.date(2021, 7, 1) + datetime.timedelta(days=round(years * 365.25))
    assert result["FINISH"] == finish.isoformat()
    assert table["All"]["finish"].toPyDate() == finish


def test_forecast_productivity_period(processing_provider, store_path):
    # Measured over May only, D's work days (June) and r6 are left out: cleared land goes at the
    # mean of A's two days, B's and E's.
    result = run("forecast", STORE=store_path, CAPACITY="manual=1", WORK_DAYS_PER_YEAR=100,
                 COST_PER_TEAM_DAY="manual=10", START="2021-07-01", DATE_FROM="2021-05-01", DATE_TO="2021-05-31")
    team_days = left_team_days(planning_left(), sum(counted_m2(r) for r in ("r1", "r2", "r3", "r4", "r7")) / 4)
    assert result["YEARS"] == pytest.approx(team_days / 100, rel=1e-5)
    assert result["COST"] == pytest.approx(team_days * 10, rel=1e-5)


@pytest.mark.parametrize("parameters, message", [
    (dict(CAPACITY="manual=2,tanks=1"), "CAPACITY: 'tanks=1' is not a name=number pair"),
    (dict(COST_PER_TEAM_DAY="manual=cheap"), "COST_PER_TEAM_DAY: 'manual=cheap'"),
    (dict(START="next spring"), "START"),
    (dict(FIRST="Atlantis"), "No hazard left in the district\\(s\\) Atlantis"),
])
def test_forecast_bad_parameters(processing_provider, store_path, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        run("forecast", STORE=store_path, **parameters)


def stopped_feedback(at: float):
    """A feedback that records the progress and asks to stop once it reaches ``at`` percent."""
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.seen = []

    def follow(value):
        feedback.seen.append(value)
        if value >= at:
            feedback.cancel()

    feedback.progressChanged.connect(follow)
    return feedback


def priorities_inputs():
    from tests.core.planning.planning_store import roads, settlements

    return dict(SETTLEMENTS=settlements(), ROADS=roads())


@pytest.mark.parametrize("name, inputs", [
    ("productivity", dict), ("forecast", lambda: dict(CAPACITY="manual=2")), ("priorities", priorities_inputs),
])
def test_stopped_midway_writes_nothing(processing_provider, store_path, tmp_path, name, inputs):
    from qgis import processing

    output = tmp_path / f"{name}.gpkg"
    feedback = stopped_feedback(30)
    with pytest.raises(QgsProcessingException, match=r"^Cancelled: nothing was written\.$"):
        processing.run(f"demining:{name}", dict(inputs(), STORE=store_path, OUTPUT=str(output)), feedback=feedback)
    assert not output.exists()
    # it stopped at the first look after the request, well before the end
    assert 30 <= max(feedback.seen) < 60


@pytest.mark.parametrize("name, inputs", [
    ("productivity", dict), ("forecast", lambda: dict(CAPACITY="manual=2")), ("priorities", priorities_inputs),
])
def test_progress_to_the_end(processing_provider, store_path, tmp_path, name, inputs):
    from qgis import processing

    feedback = stopped_feedback(101)
    processing.run(f"demining:{name}", dict(inputs(), STORE=store_path, OUTPUT=str(tmp_path / f"{name}.gpkg")),
                   feedback=feedback)
    assert feedback.seen == sorted(feedback.seen) and feedback.seen[-1] == 100 and len(set(feedback.seen)) >= 5


def test_productivity_bad_dates(processing_provider, store_path):
    with pytest.raises(QgsProcessingException, match="starts \\(2021-06-01\\) after it ends"):
        run("productivity", STORE=store_path, DATE_FROM="2021-06-01", DATE_TO="2021-05-01")


def test_priorities_through_processing(processing_provider, tmp_path):
    from demining_plugin.core.model.changes import ChangeSet
    from demining_plugin.core.store import create_store
    from tests.core.planning.planning_store import context_layer as layer
    from tests.core.planning.planning_store import point, roads
    from tests.ground import to_wgs84, utm_box

    store = create_store(str(tmp_path / "store.gpkg"))
    seed = ChangeSet()
    for box, name in (((5000, 5000, 5100, 5100), "Far"), ((0, 0, 100, 100), "Near")):
        seed.add("hazard_areas", to_wgs84(utm_box(*box)),
                 {"name": name, "classification": "SHA", "status": "open", "area_ha": 1, "remaining_ha": 1})
    store.apply(seed)
    result = run("priorities", STORE=store.location, SETTLEMENTS=layer("Point", [(point(150, 50), [900])]),
                 POPULATION_FIELD="population", ROADS=roads(), WEIGHTS="items=0")
    output = result["OUTPUT"]
    output = output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(output)
    ranked = {f["name"]: f for f in output.getFeatures()}
    assert (ranked["Near"]["rank"], ranked["Far"]["rank"]) == (1, 2)
    assert ranked["Near"]["population"] == 900 and ranked["Near"]["c_roads"] == 1
    assert ranked["Near"]["weights"] == ("settlement=3, population=2, roads=2, farmland=2, accidents=3, items=0, "
                                         "classification=1, size=1")
    assert ranked["Near"].geometry().area() > 0


def test_priorities_refuse_a_line_layer_as_settlements(processing_provider, store_path):
    from tests.core.planning.planning_store import roads

    with pytest.raises(QgsProcessingException, match="Settlements: layer .* holds lines"):
        run("priorities", STORE=store_path, SETTLEMENTS=roads())


def test_priorities_layer_coloured_by_rank(processing_provider, tmp_path):
    from qgis.core import (
        QgsFeature,
        QgsGeometry,
        QgsGraduatedSymbolRenderer,
        QgsProcessingContext,
        QgsProcessingFeedback,
    )

    from demining_plugin.processing.planning_algorithms import _RankColours

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=rank:integer", "ranked", "memory")
    features = []
    for rank in range(1, 11):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([rank])
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({rank} 0, {rank + 0.5} 0, {rank + 0.5} 1, {rank} 0))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    _RankColours().postProcessLayer(layer, QgsProcessingContext(), QgsProcessingFeedback())
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "rank"
    ranges = renderer.ranges()
    assert len(ranges) == 5 and ranges[0].lowerValue() == 1 and ranges[-1].upperValue() == 10
    # rank 1 in red, the last ranks pale
    assert ranges[0].symbol().color().name() == "#d7191c" and ranges[-1].symbol().color().name() == "#ffffbf"
