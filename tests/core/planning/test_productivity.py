"""Productivity on a store with known team-days and areas (tests/core/planning/planning_store.py):
team-days, square metres and percentiles against NumPy on the rows written by hand."""

import numpy as np
import pytest

from tests.core.planning.planning_store import counted_m2, planning_store


@pytest.fixture(scope="module")
def land(tmp_path_factory):
    from demining_plugin.core.planning.productivity import read_store_land

    return read_store_land(planning_store(str(tmp_path_factory.mktemp("planning") / "store.gpkg")))


def team_days():
    """Every team-day and its square metres, written out by hand."""
    r6_day = counted_m2("r6") / 3
    return {
        ("A", "2021-05-01"): counted_m2("r1") + counted_m2("r2"), ("A", "2021-05-02"): counted_m2("r3"),
        ("B", "2021-05-02"): counted_m2("r4"), ("C", "2021-05-03"): counted_m2("r5"),
        ("C", "2021-05-04"): counted_m2("r8"), ("E", "2021-05-05"): counted_m2("r7"),
        ("D", "2021-06-01"): r6_day, ("D", "2021-06-02"): r6_day, ("D", "2021-06-03"): r6_day,
    }


def check(row, values):
    assert row.team_days == len(values)
    assert row.released_m2 == pytest.approx(sum(values), rel=1e-5)
    assert row.m2_per_team_day == pytest.approx(np.mean(values), rel=1e-5)
    assert [row.p10, row.p50, row.p90] == pytest.approx(list(np.percentile(values, [10, 50, 90])), rel=1e-5)


def test_all_team_days(land):
    from demining_plugin.core.planning.productivity import productivity

    measured = productivity(land)
    check(measured.total, list(team_days().values()))
    # r7 lies half on r1, released before it: its team-day counts only the other half.
    assert counted_m2("r7") == pytest.approx(0.5 * counted_m2("r1"), rel=1e-3)


def test_by_technique(land):
    from demining_plugin.core.planning.productivity import productivity

    days = team_days()
    measured = productivity(land, "technique")
    check(measured.row("manual"), [days[("A", "2021-05-01")], days[("A", "2021-05-02")], days[("E", "2021-05-05")]])
    check(measured.row("mechanical"), [days[("B", "2021-05-02")]])
    check(measured.row("mdd"), [days[("D", "2021-06-01")]] * 3)
    check(measured.row(None), [days[("C", "2021-05-03")], days[("C", "2021-05-04")]])
    check(measured.total, list(days.values()))


def test_by_district_and_shares(land):
    from demining_plugin.core.planning.productivity import productivity

    days = team_days()
    measured = productivity(land, "district")
    check(measured.row("West"), [days[k] for k in (("A", "2021-05-01"), ("C", "2021-05-03"), ("C", "2021-05-04"),
                                                   ("E", "2021-05-05"))])
    east = [days[k] for k in (("A", "2021-05-02"), ("B", "2021-05-02"))] + [days[("D", "2021-06-01")]] * 3
    check(measured.row("East"), east)
    sha = counted_m2("r5") + counted_m2("r8")
    shares = measured.total.shares
    assert shares[("SHA", "cancelled")] == pytest.approx(counted_m2("r5") / sha, rel=1e-5)
    assert shares[("SHA", "reduced")] == pytest.approx(counted_m2("r8") / sha, rel=1e-5)
    assert shares[("SHA", "cleared")] == 0
    assert (shares[("CHA", "cleared")], shares[("CHA", "reduced")], shares[("CHA", "cancelled")]) == (1, 0, 0)
    # West's CHA land is all cleared, East has no SHA land.
    assert measured.row("East").shares[("SHA", "cancelled")] == 0


def test_dates(land):
    from demining_plugin.core.planning.productivity import productivity

    days = team_days()
    measured = productivity(land, "", "2021-05-02", "2021-05-31")
    check(measured.total, [v for (_team, day), v in days.items() if "2021-05-02" <= day <= "2021-05-31"])


def test_teams_seen(land):
    from demining_plugin.core.planning.forecast import default_capacity

    assert default_capacity(land) == {"manual": 2, "mechanical": 1, "survey": 1, "mdd": 1}
    # 20 days back from the last work day (3 June) only D (mdd, work days) and E (manual, 5 May) are left.
    import datetime

    from demining_plugin.core.planning.productivity import teams_seen
    assert teams_seen(land, 30, datetime.date(2021, 6, 3)) == {"manual": 1, "mdd": 1}


@pytest.mark.parametrize("group_by, dates, message", [
    ("colour", ("", ""), "Cannot group productivity by 'colour'"),
    ("", ("2021-06-01", "2021-05-01"), "starts (2021-06-01) after it ends"),
    ("", ("1 May", ""), "DATE_FROM"),
])
def test_bad_input(land, group_by, dates, message):
    from demining_plugin.core.errors import DeminingError
    from demining_plugin.core.planning.productivity import productivity

    with pytest.raises(DeminingError, match=message.replace("(", r"\(").replace(")", r"\)")):
        productivity(land, group_by, *dates)
