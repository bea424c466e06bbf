"""The headline figures of the Demining panel follow the engine of the dashboard and of
demining:hectaretotals (issue 20, point 3): land recorded several times counts once, under
the method of the release that first covered it, as on the dashboard; no GEOS union of the
whole layer (which takes minutes on a national store of a million polygons); the
dashboard's groups of a million pieces (and their days) found by counting, not by sorting them."""

import datetime

import numpy as np
import pytest
from qgis.core import QgsGeometry

from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.reports import grouping
from demining_plugin.core.reports.figures import headline_figures
from demining_plugin.core.reports.totals import store_totals
from tests.ground import geodesic_ha, ground_store, to_wgs84, utm_box

FIRST, SECOND, THIRD = datetime.date(2021, 11, 22), datetime.date(2021, 11, 24), datetime.date(2021, 11, 26)


@pytest.fixture()
def stacked(tmp_path):
    """One box released three times (cleared, then surveyed again as reduced twice) and a
    second box half over it, cancelled later."""
    store = ground_store(str(tmp_path / "stacked.gpkg"))
    changes = ChangeSet()
    box = to_wgs84(utm_box(600, 600, 900, 900))
    for method, day in (("cleared", FIRST), ("reduced", SECOND), ("reduced", THIRD)):
        changes.add("cleared_areas", box, {"release_method": method, "hazard_id": "H-0001", "released_on": day})
    changes.add("cleared_areas", to_wgs84(utm_box(750, 600, 1050, 900)),
                {"release_method": "cancelled", "hazard_id": "H-0001", "released_on": THIRD})
    store.apply(changes)
    return store


def test_stacked_releases_count_once_under_the_first_method(stacked, monkeypatch):
    def no_union(*_args, **_kwargs):
        raise AssertionError("the headline figures made a GEOS union of the released land")

    monkeypatch.setattr(QgsGeometry, "unaryUnion", no_union)
    box = geodesic_ha(to_wgs84(utm_box(600, 600, 900, 900)))
    beyond = geodesic_ha(to_wgs84(utm_box(900, 600, 1050, 900)))

    early = headline_figures(stacked, SECOND)
    assert early.released_ha == pytest.approx(box, rel=5e-4)
    assert early.released_ha_by_method["cleared"] == pytest.approx(box, rel=5e-4)
    assert early.released_ha_by_method["reduced"] == pytest.approx(0.0, abs=1e-9)

    now = headline_figures(stacked)
    assert now.released_ha == pytest.approx(box + beyond, rel=5e-4)
    assert now.released_ha_by_method == pytest.approx({"cleared": box, "reduced": 0.0, "cancelled": beyond},
                                                      rel=5e-4, abs=1e-9)
    # The same figures as the dashboard's.
    table = store_totals(stacked).table("district")
    assert table.total("released_ha") == pytest.approx(now.released_ha, rel=1e-9)
    for method, hectares in now.released_ha_by_method.items():
        assert table.total(f"{method}_ha") == pytest.approx(hectares, rel=1e-9, abs=1e-9)


@pytest.mark.parametrize("span", [1, 7, 5000, grouping.DENSE_CODES + 1])
def test_groups_found_by_counting_are_those_of_a_sort(span):
    codes = np.random.default_rng(span).integers(0, span, 20_000)
    groups, inverse = grouping.distinct_codes(codes, span)
    expected_groups, expected_inverse = np.unique(codes, return_inverse=True)
    assert groups.tolist() == expected_groups.tolist()
    assert inverse.tolist() == expected_inverse.tolist()


@pytest.mark.parametrize("undated", [0, 3])
def test_days_grouped_by_counting_are_those_of_a_sort(undated):
    days = np.random.default_rng(undated).integers(18_600, 19_100, 5_000)
    days[:undated] = grouping.NO_DAY
    groups, inverse = grouping.distinct_days(days)
    expected_groups, expected_inverse = np.unique(days, return_inverse=True)
    assert groups.tolist() == expected_groups.tolist()
    assert inverse.tolist() == expected_inverse.tolist()
    assert grouping.distinct_days(np.full(4, grouping.NO_DAY))[0].tolist() == [grouping.NO_DAY]
