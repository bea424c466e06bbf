"""Items found lists (``core/reports/item_list.py``): counts by category under every kind of
filter and the newest items, against SQL on the demo store."""

import datetime
import sqlite3

import pytest

from demining_plugin.core.reports.item_list import NO_DISTRICT, ItemFilter, counts_by_category, latest_items
from demining_plugin.core.store import open_store
from tests.helpers import item_counts_by_sql

pytestmark = pytest.mark.usefixtures("english_dates")


@pytest.fixture(scope="module")
def demo(demo_copy):
    """The demo store (built once per session, copied for this module)."""
    return demo_copy


@pytest.mark.parametrize("item_filter, where, params", [
    (ItemFilter(), "", ()),
    (ItemFilter(category="AT"), "WHERE category = ?", ("AT",)),
    (ItemFilter(district="Aghdam"), "WHERE district = ?", ("Aghdam",)),
    (ItemFilter(date_from=datetime.date(2021, 11, 22), date_to=datetime.date(2021, 11, 27)),
     "WHERE found_on BETWEEN ? AND ?", ("2021-11-22", "2021-11-27")),
    (ItemFilter("UXO", "Fuzuli", datetime.date(2021, 6, 1), datetime.date(2021, 12, 2)),
     "WHERE category = ? AND district = ? AND found_on BETWEEN ? AND ?", ("UXO", "Fuzuli", "2021-06-01",
                                                                          "2021-12-02")),
    (ItemFilter(district=NO_DISTRICT), "WHERE district IS NULL OR district = ''", ()),
])
def test_item_counts_match_sql(demo, item_filter, where, params):
    layer = open_store(str(demo)).layer("detections")
    assert counts_by_category(layer, item_filter) == item_counts_by_sql(demo, where, params)


def test_latest_items_are_the_newest(demo):
    layer = open_store(str(demo)).layer("detections")
    listed = latest_items(layer, ItemFilter(district="Tartar"), 50)
    with sqlite3.connect(str(demo)) as con:
        expected = [row[0] for row in con.execute(
            "SELECT item_id FROM detections WHERE district = 'Tartar' ORDER BY found_on DESC, item_id DESC LIMIT 50")]
    assert [item.item_id for item in listed] == expected
