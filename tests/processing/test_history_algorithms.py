"""demining:changessince and demining:periodreport's AS_OF and SINCE (issue 17, point 2) on a
store edited in three batches a month apart (tests/core/reports/test_as_of.py)."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from demining_plugin.core.reports.as_of import PeriodFigure
from demining_plugin.core.reports.totals import store_totals
from demining_plugin.core.store import open_store
from tests.core.reports.as_of_store import PERIOD, edited_store


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    return edited_store(tmp_path_factory.mktemp("as_of_alg"))


def run(name, **parameters):
    from qgis import processing

    return processing.run(f"demining:{name}", parameters)


def test_changessince_rows_add_up_to_today_minus_the_figure_then(processing_provider, edited):
    store, copies = edited
    result = run("changessince", STORE=store.location, SINCE="2021-11-15T12:00:00Z", DATE_FROM="2021-11-01",
                 DATE_TO="2021-11-30", OUTPUT="TEMPORARY_OUTPUT")
    then = PeriodFigure.of(store_totals(open_store(str(copies[0]))), *PERIOD)
    today = PeriodFigure.of(store_totals(store), *PERIOD)
    assert (result["SINCE_HA"], result["SINCE_ITEMS"]) == (then.released_ha, then.items)
    assert (result["TODAY_HA"], result["TODAY_ITEMS"]) == (today.released_ha, today.items)
    layer = result["OUTPUT"]
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer)
    rows = list(layer.getFeatures())
    assert round(sum(f["released_ha"] for f in rows), 4) == round(today.released_ha - then.released_ha, 4) \
        == round(result["MOVED_HA"], 4)
    assert sum(f["items"] for f in rows) == today.items - then.items == result["MOVED_ITEMS"] == 12 - 3
    assert {f["layer"] for f in rows} == {"cleared_areas", "detections"}
    assert all(f["changed_by"] and f["changed_at"] > "2021-11-15T12:00:00" for f in rows)


def test_period_report_as_of_a_moment_and_with_its_reconciliation(processing_provider, edited, tmp_path):
    store, copies = edited
    then = run("periodreport", STORE=str(copies[1]), DATE_FROM="2021-11-01", DATE_TO="2021-11-30",
               OUTPUT=str(tmp_path / "then.txt"))["TEXT"]
    as_of = run("periodreport", STORE=store.location, DATE_FROM="2021-11-01", DATE_TO="2021-11-30",
                AS_OF="2021-12-10", OUTPUT=str(tmp_path / "as_of.txt"))["TEXT"]
    # The same table as the copy saved then; a sentence says when the figures are from.
    assert "rebuilt from its history" in " ".join(as_of.split())

    def table(text):
        return [line for line in text.splitlines() if line.startswith(("West", "East", "Total"))]

    assert table(as_of) == table(then) and len(table(then)) == 2
    assert "5 explosive items were found" in " ".join(as_of.split())

    reconciled = run("periodreport", STORE=store.location, DATE_FROM="2021-11-01", DATE_TO="2021-11-30",
                     SINCE="2021-12-10", OUTPUT=str(tmp_path / "now.md"))["TEXT"]
    words = " ".join(reconciled.split())
    assert "12 explosive items were found" in words
    # Three changes after 10 December: LR-000001 deleted, D-000003 moved into November, D-000004 added.
    assert "3 recorded changes moved these figures by -8.0019 ha and +7 items" in words


def test_bad_moments_are_refused_clearly(processing_provider, edited, tmp_path):
    store, _ = edited
    with pytest.raises(QgsProcessingException, match="SINCE: 'last week' is not a date and time"):
        run("changessince", STORE=store.location, SINCE="last week", OUTPUT="TEMPORARY_OUTPUT")
    with pytest.raises(QgsProcessingException, match="leave AS_OF empty"):
        run("periodreport", STORE=store.location, DATE_FROM="2021-11-01", DATE_TO="2021-11-30",
            AS_OF="2021-12-10", SINCE="2021-11-15", OUTPUT=str(tmp_path / "r.md"))
