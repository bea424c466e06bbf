"""Accident figures (``core/reports/accidents.py``): shares by activity exact on a known set,
the demo's 100 accidents, and the accidents in the period report."""

import sqlite3
from fractions import Fraction

import numpy as np
import pytest

from demining_plugin.core.reports.accidents import accident_figures, format_share, store_accident_figures
from demining_plugin.core.reports.grouping import days_of
from demining_plugin.core.reports.period_report import period_report
from demining_plugin.core.reports.totals import FeatureRows, store_totals
from demining_plugin.core.store import open_store

pytestmark = pytest.mark.usefixtures("english_dates")


@pytest.fixture(scope="module")
def demo(demo_copy):
    """The demo store (built once per session, copied for this module)."""
    return demo_copy


def rows_of(accidents):
    """Accident rows as the totals hold them, from (date, killed, injured, civilian, activity)."""
    n = len(accidents)
    civilian = np.empty(n, dtype=object)
    civilian[:] = ["yes" if a[3] else "no" for a in accidents]
    activity = np.empty(n, dtype=object)
    activity[:] = [a[4] for a in accidents]
    days = days_of(np.array([a[0] for a in accidents], dtype="datetime64[D]"))
    return FeatureRows(np.arange(n), days, np.full(n, -1), {"civilian": civilian, "activity": activity},
                       {"killed": np.array([a[1] for a in accidents], float),
                        "injured": np.array([a[2] for a in accidents], float)})


KNOWN = [  # 7 accidents: 3 illegal entry, 2 farming, 1 demining, 1 not recorded
    ("2021-01-05", 1, 0, True, "illegal_entry"),
    ("2021-02-10", 0, 2, True, "illegal_entry"),
    ("2021-03-01", 2, 1, False, "illegal_entry"),
    ("2021-03-15", 0, 1, True, "farming"),
    ("2021-04-20", 1, 3, True, "farming"),
    ("2021-05-02", 1, 0, False, "demining"),
    ("2021-06-30", 0, 4, True, None),
]


def test_accident_shares_on_a_known_set():
    figures = accident_figures(rows_of(KNOWN))
    assert (figures.accidents, figures.killed, figures.injured) == (7, 5, 11)
    assert (figures.civilian_accidents, figures.civilian_killed, figures.civilian_injured) == (5, 2, 10)
    assert (figures.military_killed, figures.military_injured) == (3, 1)
    table = [(r.activity, r.accidents, r.killed, r.injured, r.civilian_killed, r.civilian_injured)
             for r in figures.by_activity]
    assert table == [("illegal_entry", 3, 3, 3, 1, 2), ("farming", 2, 1, 4, 1, 4), ("demining", 1, 1, 0, 0, 0),
                     (None, 1, 0, 4, 0, 4)]
    # Shares exact: n / total.
    for row in figures.by_activity:
        assert Fraction(row.share).limit_denominator(1000) == Fraction(row.accidents, 7)
    assert sum(Fraction(r.accidents, figures.accidents) for r in figures.by_activity) == 1
    assert figures.share("herding") == 0.0
    assert [format_share(r.share) for r in figures.by_activity] == ["43%", "29%", "14%", "14%"]


def test_accident_figures_follow_the_period():
    figures = accident_figures(rows_of(KNOWN), "2021-02-10", "2021-04-20")
    assert figures.accidents == 4
    assert [(r.activity, r.accidents, r.share) for r in figures.by_activity] == \
        [("illegal_entry", 2, 0.5), ("farming", 2, 0.5)]
    assert accident_figures(rows_of(KNOWN), "2022-01-01", "2022-12-31").by_activity == []
    assert accident_figures(rows_of([])).accidents == 0


def test_demo_accidents(demo):
    figures = store_accident_figures(open_store(str(demo)))
    with sqlite3.connect(str(demo)) as con:
        expected_civilians = con.execute(
            "SELECT SUM(killed), SUM(injured) FROM accidents WHERE civilian = 1").fetchone()
    assert figures.accidents == 100
    assert figures.share("illegal_entry") == 0.51
    assert figures.share("leaving_cleared_land") == 0.26
    assert (figures.civilian_killed, figures.civilian_injured) == (24, 49) == tuple(expected_civilians)
    # The dashboard's totals give the same figures.
    totals = store_totals(open_store(str(demo)))
    assert accident_figures(totals.accidents) == figures


def test_period_report_says_the_shares_and_tables_them(demo):
    totals = store_totals(open_store(str(demo)))
    report = period_report(totals, "2020-11-10", "2022-12-31")
    accidents_sentence = report.sentences[-1]
    assert accidents_sentence.startswith("100 mine accidents were recorded")
    assert "By activity at the time: illegal entry into uncleared land 51%, leaving cleared land 26%" \
        in accidents_sentence
    assert accidents_sentence.endswith("Civilians: 24 killed and 49 injured.")
    assert report.figures["accidents_by_activity"]["illegal_entry"] == 51
    text = report.to_text()
    assert "Accidents by activity at the time" in text
    markdown = report.to_markdown()
    assert "| Illegal entry into uncleared land | 51 | 51% |" in markdown
    assert "| **Total** | **100** | **100%** |" in markdown
    assert "<h2>Accidents by activity at the time</h2>" in report.to_html()
    # No accident in the period: no table.
    quiet = period_report(totals, "2019-01-01", "2019-01-31")
    assert "Accidents by activity" not in quiet.to_markdown()
