"""The baseline on any date on a PostGIS store (issue 17, point 2): the figures as of three
moments around edits equal the figures the store had at those moments (computed then), and the
changes since a moment add up exactly to today's figure minus the figure as of it."""

import pytest

from demining_plugin.core.reports.as_of import PeriodFigure, changes_since, totals_as_of
from demining_plugin.core.reports.totals import store_totals
from demining_plugin.core.store.history import parse_moment
from tests.core.reports.as_of_store import BATCH_TIMES, MOMENTS, PERIOD, SEEDED, edit_in_batches, figures


@pytest.fixture
def edited(cluster, location):
    """The store, and its figures (by district, the period's and all dates') after each batch."""
    then = {}

    def saved(store, batch):
        when = BATCH_TIMES[batch] if batch >= 0 else SEEDED
        if batch < 0:
            store.set_metadata("created_at", SEEDED.isoformat(timespec="seconds"))
        cluster.execute(f"UPDATE {store.schema}.demining_history SET changed_at = %s + (history_id * interval "
                        "'1 millisecond') WHERE changed_at > now() - interval '1 day'", "demining", (when,))
        if batch >= 0:
            totals = store_totals(store)
            then[batch] = (figures(totals), figures(totals, (None, None)))

    return edit_in_batches(location, saved), then


def test_figures_as_of_three_moments_and_the_changes_since(edited):
    store, then = edited
    assert len({repr(v) for v in then.values()}) == 3  # each batch moved the figures
    for moment, batch in MOMENTS:
        rebuilt = totals_as_of(store, parse_moment(moment))
        assert (figures(rebuilt), figures(rebuilt, (None, None))) == then[batch], moment
    for since, _ in MOMENTS[:2]:
        moment = parse_moment(since)
        result = changes_since(store, moment, *PERIOD)
        before = PeriodFigure.of(totals_as_of(store, moment), *PERIOD)
        today = PeriodFigure.of(store_totals(store), *PERIOD)
        assert result.moved() == (today.released_m2 - before.released_m2, today.items - before.items)
        assert result.changes and all(c.record.changed_by for c in result.changes)
