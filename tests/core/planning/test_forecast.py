"""Forecast arithmetic on cases worked by hand: hectares left / (m2 per team-day x teams x
work days a year), the finishing dates to the day, the 10-90% band and the cost to the dollar."""

import datetime

import pytest

D = datetime.date


def measured(cleared=(500.0, 1000.0, 2000.0), cancelled=(20000.0, 40000.0, 80000.0), reduced=None,
             sha=(0.5, 0.25, 0.25)):
    """Productivity grouped by method with (p10, mean, p90) m2 per team-day per method, and
    SHA land so far left cancelled, reduced, cleared in ``sha``'s shares (CHA all cleared)."""
    from demining_plugin.core.planning.productivity import Productivity, ProductivityRow

    shares = {("SHA", "cancelled"): sha[0], ("SHA", "reduced"): sha[1], ("SHA", "cleared"): sha[2],
              ("CHA", "cancelled"): 0.0, ("CHA", "reduced"): 0.0, ("CHA", "cleared"): 1.0}
    rows = []
    for method, figures in (("cancelled", cancelled), ("cleared", cleared), ("reduced", reduced or cancelled)):
        p10, mean, p90 = figures
        # 100 team-days of ``mean`` m2 each
        rows.append(ProductivityRow(method, 100, mean * 100, p10, mean, p90, shares))
    total = ProductivityRow(None, 300, sum(r.released_m2 for r in rows), 0, 0, 0, shares)
    return Productivity("method", rows, total)


def land_with(left):
    """A store's land as the forecast reads it: hectares left by district and classification
    (worked out from the geometries by ``land_left``, tested in test_land_left.py)."""
    from demining_plugin.core.planning.productivity import StoreLand

    return StoreLand(None, None, {}, {d: {"SHA": 0.0, "CHA": 0.0, **hectares} for d, hectares in left.items()})


def parameters(capacity=None, cost=None, first=(), days=200):
    from demining_plugin.core.planning.forecast import ForecastParameters

    return ForecastParameters(capacity or {"manual": 3, "mechanical": 1}, cost or {"manual": 1000, "mechanical": 3000},
                              D(2022, 1, 1), days, first)


def test_one_district_by_hand():
    from demining_plugin.core.planning.forecast import forecast

    land = land_with({"Aghdam": {"CHA": 100.0}})
    result = forecast(land, measured(), parameters())
    row = result.row("Aghdam")
    assert row.left_ha == {"SHA": 0, "CHA": 100.0}
    assert row.expected_ha == {"cleared": 100.0, "reduced": 0.0, "cancelled": 0.0}
    # 100 ha = 1,000,000 m2 at 1,000 m2 a team-day: 1,000 team-days; 4 teams x 200 days = 800 a year.
    assert (row.team_days, row.team_days_early, row.team_days_late) == (1000, 500, 2000)
    assert (row.years, row.years_early, row.years_late) == (1.25, 0.625, 2.5)
    # 1.25 years = 456.5625 days -> 457: 1 Jan 2022 + 457 days = 3 Apr 2023
    assert row.finish == D(2023, 4, 3)
    assert row.finish_early == D(2022, 8, 17)  # 228.28 -> 228 days
    assert row.finish_late == D(2024, 7, 2)  # 913.125 -> 913 days (2024 is a leap year)
    # a team-day costs (3 x 1,000 + 1 x 3,000) / 4 = 1,500
    assert (row.cost, row.cost_early, row.cost_late) == (1_500_000, 750_000, 3_000_000)
    assert result.total.finish == row.finish and result.total.cost == row.cost


def test_summary_in_the_users_locale():
    from qgis.PyQt.QtCore import QLocale

    from demining_plugin.core.planning.forecast import district_line, forecast, summary
    from tests.helpers import default_locale

    result = forecast(land_with({"Aghdam": {"CHA": 100.0}}), measured(), parameters())
    with default_locale(QLocale.Turkish, QLocale.Turkey):
        assert summary(result) == ("100 ha left take 1.000 team-days: with 4 teams working 200 days a year from "
                                   "1 Ocak 2022, 1,3 years, finished on 3 Nisan 2023 (10-90%: 17 Ağustos 2022 to "
                                   "2 Temmuz 2024), for 1.500.000.")
        assert district_line(result.row("Aghdam")) == (
            "Aghdam: 100 ha left (0 ha SHA, 100 ha CHA) take 1.000 team-days, finished on 3 Nisan 2023 (10-90%: "
            "17 Ağustos 2022 to 2 Temmuz 2024), for 1.500.000.")


def test_suspected_land_by_shares():
    from demining_plugin.core.planning.forecast import forecast

    land = land_with({"Fuzuli": {"SHA": 80.0, "CHA": 20.0}})
    row = forecast(land, measured(), parameters()).row("Fuzuli")
    assert row.expected_ha == {"cancelled": 40.0, "reduced": 20.0, "cleared": 40.0}
    # 400,000 m2 / 40,000 + 200,000 / 40,000 + 400,000 / 1,000 = 10 + 5 + 400 team-days
    assert row.team_days == pytest.approx(415)
    assert row.cost == pytest.approx(415 * 1500)


def test_band_widens_with_the_spread():
    from demining_plugin.core.planning.forecast import forecast

    land = land_with({"Aghdam": {"CHA": 100.0}})
    narrow = forecast(land, measured(cleared=(900.0, 1000.0, 1100.0)), parameters()).total
    wide = forecast(land, measured(cleared=(250.0, 1000.0, 4000.0)), parameters()).total
    assert narrow.finish == wide.finish
    assert wide.finish_early < narrow.finish_early < narrow.finish < narrow.finish_late < wide.finish_late


def test_more_teams_finish_sooner_and_a_district_first_finishes_first():
    from demining_plugin.core.planning.forecast import forecast

    land = land_with({"Aghdam": {"CHA": 100.0}, "Tartar": {"CHA": 60.0}})
    base = forecast(land, measured(), parameters())
    more = forecast(land, measured(), parameters(capacity={"manual": 3, "mechanical": 11}))
    assert more.total.finish < base.total.finish
    assert more.total.team_days == base.total.team_days == 1600
    # Shared, both finish with the whole job: 1,600 team-days / 800 a year = 2 years.
    assert base.row("Aghdam").finish == base.row("Tartar").finish == base.total.finish == D(2024, 1, 1)
    first = forecast(land, measured(), parameters(first=["Tartar"]))
    # Tartar alone: 600 team-days / 800 = 0.75 years = 273.9 -> 274 days.
    assert first.row("Tartar").finish == D(2022, 1, 1) + datetime.timedelta(days=274)
    assert first.row("Aghdam").finish == first.total.finish == base.total.finish


def test_cost_mix_follows_the_capacity():
    from demining_plugin.core.planning.forecast import forecast

    land = land_with({"Aghdam": {"CHA": 100.0}})
    result = forecast(land, measured(), parameters(capacity={"manual": 1, "mechanical": 1}))
    assert result.total.cost == 1000 * 2000  # (1,000 + 3,000) / 2 a team-day
    assert result.total.years == 1000 / 400


@pytest.mark.parametrize("chosen, message", [
    (dict(capacity={"manual": 0}), "No teams to do the work"),
    (dict(days=0), "WORK_DAYS_PER_YEAR must be between 1 and 366"),
    (dict(first=["Atlantis"]), "No hazard left in the district\\(s\\) Atlantis"),
])
def test_bad_parameters(chosen, message):
    from demining_plugin.core.errors import DeminingError
    from demining_plugin.core.planning.forecast import forecast

    with pytest.raises(DeminingError, match=message):
        forecast(land_with({"Aghdam": {"CHA": 100.0}}), measured(), parameters(**chosen))


@pytest.mark.parametrize("text, message", [
    ("manual=3,tanks=2", "CAPACITY: 'tanks=2' is not a name=number pair"),
    ("manual:3", "CAPACITY: 'manual:3'"),
    ("manual=-1", "'manual=-1'"),
])
def test_bad_capacity_text(text, message):
    from demining_plugin.core.errors import DeminingError
    from demining_plugin.core.planning.productivity import parse_numbers

    with pytest.raises(DeminingError, match=message):
        parse_numbers(text, "CAPACITY", ("manual", "mechanical"))
