"""How long what is left will take, and what it will cost, from the store's own figures.

For each district the hectares left are the land of its hazards not closed less the released
land, by classification, every square metre once (``land_left``: overlapping hazards share
their ground, CHA over SHA). They are expected to leave the hazards as land of the
same classification has so far (the shares of ``productivity``): so many hectares cancelled,
reduced and cleared. Each method's hectares take team-days at the square metres per team-day
that method has achieved (its mean; the 90th percentile gives the early end of the band, the
10th the late end):

    team-days = sum over methods of (hectares x 10,000 / m2 per team-day)
    years     = team-days / (teams x work days per year)
    cost      = team-days x the mean cost of a team-day of the teams at work

Districts named first are worked one after the other by every team; the others share the
teams afterwards (in proportion to their work) and finish together at the end. A date is the
start plus the years as calendar days (365.25 a year), rounded to the day.
"""

import datetime
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..geo.measure import M2_PER_HA
from ..model.schema import CLASSIFICATION, RELEASE_METHOD, TECHNIQUE
from .productivity import Productivity, StoreLand, teams_seen

translate = QCoreApplication.translate

#: Kinds of team a capacity and a cost are given for: the techniques, and survey teams
#: (released land without a technique: non-technical survey).
TEAM_KINDS = tuple(TECHNIQUE.codes) + ("survey",)
DAYS_PER_YEAR = 365.25
DEFAULT_WORK_DAYS_PER_YEAR = 220
#: Days back from the last day of work in which teams count as the capacity at hand.
RECENT_DAYS = 90


@dataclass
class ForecastParameters:
    capacity: Dict[str, float]
    cost_per_team_day: Dict[str, float]
    start: datetime.date
    work_days_per_year: float = DEFAULT_WORK_DAYS_PER_YEAR
    first: Sequence[str] = ()

    @property
    def teams(self) -> float:
        return float(sum(self.capacity.values()))

    @property
    def team_day_cost(self) -> float:
        """Mean cost of a team-day over the teams at work."""
        teams = self.teams
        return sum(n * self.cost_per_team_day.get(k, 0.0) for k, n in self.capacity.items()) / teams if teams else 0.0


@dataclass
class ForecastRow:
    district: Optional[str]
    left_ha: Dict[str, float]  # by classification
    expected_ha: Dict[str, float]  # by release method
    team_days: float
    team_days_early: float  # at the 90th percentile of productivity
    team_days_late: float  # at the 10th percentile
    years: float = 0.0
    years_early: float = 0.0
    years_late: float = 0.0
    finish: Optional[datetime.date] = None
    finish_early: Optional[datetime.date] = None
    finish_late: Optional[datetime.date] = None
    cost: float = 0.0
    cost_early: float = 0.0
    cost_late: float = 0.0

    @property
    def total_left_ha(self) -> float:
        return sum(self.left_ha.values())


@dataclass
class Forecast:
    parameters: ForecastParameters
    rows: List[ForecastRow]
    total: ForecastRow
    m2_per_team_day: Dict[str, tuple] = field(default_factory=dict)  # method: (p10, mean, p90)
    shares: Dict[tuple, float] = field(default_factory=dict)

    def row(self, district) -> Optional[ForecastRow]:
        return next((r for r in self.rows if r.district == district), None)


def default_capacity(land: StoreLand, until: Optional[datetime.date] = None) -> Dict[str, float]:
    """Teams per kind seen working in the last ``RECENT_DAYS`` days."""
    seen = teams_seen(land, RECENT_DAYS, until)
    return {(k if k in TECHNIQUE.codes else "survey"): float(n) for k, n in seen.items()}


def _shares(measured: Productivity) -> Dict[tuple, float]:
    """Shares of each method by classification; a classification with no history takes the
    shares of all land."""
    shares = dict(measured.total.shares)
    overall = {m: sum(r.released_m2 for r in measured.rows if r.group == m) for m in RELEASE_METHOD.codes}
    whole = sum(overall.values())
    if whole <= 0:
        raise DeminingError(translate("Planning", "The store has no released land to measure productivity from."))
    for c in CLASSIFICATION.codes:
        if sum(shares.get((c, m), 0.0) for m in RELEASE_METHOD.codes) <= 0:
            for m in RELEASE_METHOD.codes:
                shares[(c, m)] = overall[m] / whole
    return shares


def _rates(measured: Productivity) -> Dict[str, tuple]:
    """(10th percentile, mean, 90th percentile) m2 per team-day per method; a method never
    measured takes the figures of all team-days, a percentile of zero the mean."""
    rates = {}
    for m in RELEASE_METHOD.codes:
        row = measured.row(m)
        if row is None or row.team_days == 0:
            row = measured.total
        mean = row.m2_per_team_day
        rates[m] = (row.p10 if row.p10 > 0 else mean, mean, row.p90 if row.p90 > 0 else mean)
    return rates


def _date(start: datetime.date, years: float) -> datetime.date:
    days = round(years * DAYS_PER_YEAR)
    if days > (datetime.date.max - start).days:
        raise DeminingError(translate("Planning", "At this capacity the work would outlast the calendar ({years:,.0f} "
                                                  "years): give more teams (CAPACITY).").format(years=years))
    return start + datetime.timedelta(days=days)


def _check(parameters: ForecastParameters, districts: Sequence) -> None:
    if parameters.teams <= 0:
        raise DeminingError(translate(
            "Planning", "No teams to do the work: give CAPACITY as kind=teams pairs (kinds: {kinds}).").format(
                kinds=", ".join(TEAM_KINDS)))
    if not 0 < parameters.work_days_per_year <= 366:
        raise DeminingError(translate("Planning", "WORK_DAYS_PER_YEAR must be between 1 and 366, not {days}.").format(
            days=parameters.work_days_per_year))
    unknown = [d for d in parameters.first if d not in districts]
    if unknown:
        raise DeminingError(translate("Planning", "No hazard left in the district(s) {unknown} to work first "
                                                  "(districts with land left: {known}).").format(
            unknown=", ".join(unknown), known=", ".join(str(d) for d in districts if d)))


def forecast(land: StoreLand, measured: Productivity, parameters: ForecastParameters) -> Forecast:
    """The forecast by district and in all; ``measured`` is productivity grouped by method."""
    if measured.group_by != "method":
        raise DeminingError(translate("Planning", "The forecast needs productivity grouped by method."))
    left = {d: hectares for d, hectares in land.left.items() if sum(hectares.values()) > 0}
    districts = sorted(left, key=lambda d: (d is None, "" if d is None else str(d)))
    _check(parameters, districts)
    shares, rates = _shares(measured), _rates(measured)
    rows = []
    for district in districts:
        expected = {m: sum(left[district][c] * shares[(c, m)] for c in CLASSIFICATION.codes)
                    for m in RELEASE_METHOD.codes}
        need = [sum(expected[m] * M2_PER_HA / rates[m][k] for m in RELEASE_METHOD.codes) for k in (1, 2, 0)]
        rows.append(ForecastRow(district, dict(left[district]), expected, *need))
    per_year = parameters.teams * parameters.work_days_per_year
    cost = parameters.team_day_cost
    ordered = [r for d in parameters.first for r in rows if r.district == d]
    for kind in ("", "_early", "_late"):
        elapsed = 0.0
        for row in ordered:
            elapsed += getattr(row, "team_days" + kind) / per_year
            setattr(row, "years" + kind, elapsed)
        rest = sum(getattr(r, "team_days" + kind) for r in rows if r not in ordered) / per_year
        for row in rows:
            if row not in ordered:
                setattr(row, "years" + kind, elapsed + rest)
    for row in rows:
        _finish(row, parameters.start, cost)
    total = ForecastRow(
        None, {c: sum(r.left_ha[c] for r in rows) for c in CLASSIFICATION.codes},
        {m: sum(r.expected_ha[m] for r in rows) for m in RELEASE_METHOD.codes},
        sum(r.team_days for r in rows), sum(r.team_days_early for r in rows), sum(r.team_days_late for r in rows))
    for kind in ("", "_early", "_late"):
        setattr(total, "years" + kind, getattr(total, "team_days" + kind) / per_year)
    _finish(total, parameters.start, cost)
    return Forecast(parameters, rows, total, rates, shares)


def _finish(row: ForecastRow, start: datetime.date, cost: float) -> None:
    for kind in ("", "_early", "_late"):
        setattr(row, "finish" + kind, _date(start, getattr(row, "years" + kind)))
        setattr(row, "cost" + kind, getattr(row, "team_days" + kind) * cost)


def forecast_curve(row: ForecastRow, released_ha: float, start: datetime.date, days):
    """Cumulative released hectares forecast at ``days`` (day numbers since 1970): ``(mean,
    early, late)`` arrays, from ``released_ha`` on ``start`` to all the land left on each
    finishing date, at a steady pace."""
    import numpy as np

    from ..reports.grouping import day_number

    days = np.asarray(days, dtype=float)
    first = day_number(start)
    curves = []
    for end in (row.finish, row.finish_early, row.finish_late):
        span = max(1, day_number(end) - first)
        curves.append(released_ha + row.total_left_ha * np.clip((days - first) / span, 0.0, 1.0))
    return tuple(curves)


def summary(result: Forecast) -> str:
    """The whole job in one sentence, numbers and dates in the user's locale."""
    from ..locale_format import format_number
    from ..reports.period_report import format_date

    total, chosen = result.total, result.parameters
    return translate("Planning", "{ha} ha left take {days} team-days: with {teams} teams working {wd} days a year "
                                 "from {start}, {years} years, finished on {finish} (10-90%: {early} to {late}), "
                                 "for {cost}.").format(
        ha=format_number(total.total_left_ha), days=format_number(total.team_days),
        teams=format_number(chosen.teams), wd=format_number(chosen.work_days_per_year),
        start=format_date(chosen.start), years=format_number(total.years, 1), finish=format_date(total.finish),
        early=format_date(total.finish_early), late=format_date(total.finish_late), cost=format_number(total.cost))


def district_line(row: ForecastRow) -> str:
    """One district's forecast in a sentence, numbers and dates in the user's locale."""
    from ..locale_format import format_number
    from ..reports.period_report import format_date

    return translate("Planning", "{district}: {ha} ha left ({sha} ha SHA, {cha} ha CHA) take {days} team-days, "
                                 "finished on {finish} (10-90%: {early} to {late}), for {cost}.").format(
        district=row.district or "-", ha=format_number(row.total_left_ha), sha=format_number(row.left_ha["SHA"]),
        cha=format_number(row.left_ha["CHA"]), days=format_number(row.team_days), finish=format_date(row.finish),
        early=format_date(row.finish_early), late=format_date(row.finish_late), cost=format_number(row.cost))


def last_day(land: StoreLand) -> Optional[datetime.date]:
    """The last day land was released or a team worked."""
    import numpy as np

    from ..release.counted_once import NO_DAY
    from ..reports.grouping import date_of

    days = np.concatenate([land.land.land.days[land.land.land.alive], land.work.days])
    days = days[days != NO_DAY]
    return date_of(int(days.max())) if len(days) else None


def forecast_parameters(land: StoreLand, capacity: str = "", cost: str = "", start=None,
                        work_days_per_year: float = DEFAULT_WORK_DAYS_PER_YEAR, first: str = "") -> ForecastParameters:
    """Parameters from the algorithm's texts: ``capacity`` and ``cost`` as kind=number pairs
    (capacity by default the teams of the last 90 days), ``start`` by default the day after the
    last release, ``first`` comma-separated districts."""
    from ..dates import parse_date
    from .productivity import parse_numbers

    teams = parse_numbers(capacity, "CAPACITY", TEAM_KINDS) if (capacity or "").strip() else default_capacity(land)
    costs = parse_numbers(cost, "COST_PER_TEAM_DAY", TEAM_KINDS)
    begin = parse_date(start, "START")
    if begin is None:
        last = last_day(land)
        begin = last + datetime.timedelta(days=1) if last else datetime.date.today()
    districts = [d.strip() for d in (first or "").split(",") if d.strip()]
    return ForecastParameters(teams, costs, begin, float(work_days_per_year), districts)
