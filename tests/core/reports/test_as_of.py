"""The baseline on any date (issue 17, point 2): figures as of three moments around edits
equal the figures of copies of the store saved at those moments, and the changes since a
moment add up exactly to today's figure minus the figure as of that moment."""

import pytest

from demining_plugin.core.errors import DeminingError
from demining_plugin.core.reports.as_of import PeriodFigure, changes_since, totals_as_of
from demining_plugin.core.reports.totals import store_totals
from demining_plugin.core.store import open_store
from demining_plugin.core.store.history import parse_moment
from tests.core.reports.as_of_store import MOMENTS, PERIOD, edited_store, figures


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    return edited_store(tmp_path_factory.mktemp("as_of"))


@pytest.mark.parametrize("moment, copy", MOMENTS)
def test_figures_as_of_a_moment_are_the_figures_of_the_store_saved_then(edited, moment, copy):
    store, copies = edited
    then = store_totals(open_store(str(copies[copy])))
    rebuilt = totals_as_of(store, parse_moment(moment))
    assert figures(rebuilt) == figures(then)
    assert figures(rebuilt, (None, None)) == figures(then, (None, None))
    assert PeriodFigure.of(rebuilt, *PERIOD) == PeriodFigure.of(then, *PERIOD)


def test_figures_before_any_edit_are_the_seed_alone(edited):
    store, _ = edited
    assert PeriodFigure.of(totals_as_of(store, parse_moment("2021-10-15")), None, None) == PeriodFigure(0, 0)


def test_a_moment_before_the_history_starts_is_refused(edited):
    store, _ = edited
    with pytest.raises(DeminingError, match="records its changes since 2021-10-02T09:00:00"):
        totals_as_of(store, parse_moment("2021-09-30"))


def test_the_figures_moved(edited):
    """The copies' figures, computed here independently, move the way the edits say."""
    store, copies = edited
    f1, f2, f3 = (PeriodFigure.of(store_totals(open_store(str(c))), *PERIOD) for c in copies)
    assert (f1.items, f2.items, f3.items) == (3, 5, 5 + 3 + 4)
    assert f1.released_m2 > 0 and f2.released_m2 != f1.released_m2 and f3.released_m2 != f2.released_m2


@pytest.mark.parametrize("since", ["2021-11-15T12:00:00+00:00", "2021-10-15", "2021-12-10"])
def test_changes_since_add_up_exactly_to_the_difference(edited, since):
    store, _ = edited
    moment = parse_moment(since)
    result = changes_since(store, moment, *PERIOD)
    before = PeriodFigure.of(totals_as_of(store, moment), *PERIOD)
    today = PeriodFigure.of(store_totals(store), *PERIOD)
    assert result.before == before and result.today == today
    assert result.moved() == (today.released_m2 - before.released_m2, today.items - before.items)
    assert all(change.record.changed_at > moment for change in result.changes)
    assert all((change.released_m2, change.items) != (0, 0) for change in result.changes)


def test_changes_since_name_each_change_and_what_it_moved(edited):
    store, _ = edited
    result = changes_since(store, parse_moment("2021-11-15T12:00:00+00:00"), *PERIOD)
    moved = {(c.record.table_name, c.record.feature_id, c.record.operation): (c.released_m2, c.items)
             for c in result.changes}
    assert moved[("detections", "D-000001", "UPDATE")] == (0, 3)
    assert moved[("detections", "D-000002", "DELETE")] == (0, -1)
    assert moved[("detections", "D-000003", "UPDATE")] == (0, 3)
    assert moved[("detections", "D-000004", "INSERT")] == (0, 4)
    assert moved[("cleared_areas", "LR-000002", "UPDATE")][0] < 0  # moved out of November
    assert moved[("cleared_areas", "LR-000003", "INSERT")][0] > 0
    assert ("cleared_areas", "LR-000003", "UPDATE") not in moved  # its technique moves no figure
    # LR-000002's new shape is released in December: that change moves nothing in November.
    reshaped = [c for c in result.changes if c.record.feature_id == "LR-000002"]
    assert len(reshaped) == 1 and reshaped[0].record.new["released_on"] == "2021-12-02"


@pytest.mark.parametrize("moment, copy", MOMENTS)
def test_rebuilt_columns_read_in_bulk_are_the_rows_feature_by_feature(edited, moment, copy, monkeypatch):
    """The engine's columns of rows as of a moment come from the layer read in bulk, with QGIS
    features made only for the rows changed since; they are the rows read one by one."""
    from demining_plugin.core import feature_table
    from demining_plugin.core.reports import as_of
    from demining_plugin.core.reports.totals import _LAND_FIELDS

    store, _ = edited
    built = []
    original = as_of.features_table
    monkeypatch.setattr(as_of, "features_table", lambda features, *args: built.append(len(features)) or
                        original(features, *args))
    rows = as_of.layers_as_of(store, parse_moment(moment))["cleared_areas"]
    bulk = rows.feature_table(_LAND_FIELDS)
    one_by_one = feature_table.features_table(list(rows.getFeatures()), rows.fields(), _LAND_FIELDS, True, rows.crs())
    assert len(bulk) == len(one_by_one) == rows.featureCount()
    assert bulk.fids.tolist() == one_by_one.fids.tolist() == sorted(bulk.fids.tolist())
    assert bulk.wkb == one_by_one.wkb
    for name in _LAND_FIELDS:
        assert bulk.columns[name].astype(str).tolist() == one_by_one.columns[name].astype(str).tolist()
    changed_then = len([f for f in rows._rows.changed.values() if f is not None])
    assert built == [changed_then] and changed_then <= len(bulk)
