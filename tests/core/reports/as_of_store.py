"""A store edited in three batches a month apart, its history dated at those moments, for the
as-of tests on both backends, the algorithms and the Totals panel."""

import datetime
import shutil
import sqlite3

from demining_plugin.core.model.changes import GEOMETRY_KEY, ChangeSet
from demining_plugin.core.store import open_store
from tests.ground import ground_store, to_wgs84, utm_box, utm_point

UTC = datetime.timezone.utc
#: When each batch of edits was made (the history's times are set to these, a month apart).
BATCH_TIMES = [datetime.datetime(2021, 11, 1, 9, 0, tzinfo=UTC), datetime.datetime(2021, 12, 1, 9, 0, tzinfo=UTC),
               datetime.datetime(2022, 1, 1, 9, 0, tzinfo=UTC)]
#: When the store was made and its districts and hazard drawn.
SEEDED = BATCH_TIMES[0] - datetime.timedelta(days=30)
PERIOD = (datetime.date(2021, 11, 1), datetime.date(2021, 11, 30))


def land(x0, y0, x1, y1, day, method="cleared"):
    return to_wgs84(utm_box(x0, y0, x1, y1)), {"release_method": method, "released_on": day, "team": "MC-1"}


def item(x, y, category, quantity, day):
    return utm_point(x, y), {"category": category, "quantity": quantity, "found_on": day}


def set_batch_time(path, when: datetime.datetime) -> None:
    """Date the history rows no batch claimed yet at ``when`` (a millisecond apart, in order)."""
    con = sqlite3.connect(str(path))
    with con:
        rows = con.execute("SELECT history_id FROM demining_history WHERE changed_at > '2025-01-01' "
                           "ORDER BY history_id").fetchall()
        for k, (history_id,) in enumerate(rows):
            moment = when + datetime.timedelta(milliseconds=k)
            con.execute("UPDATE demining_history SET changed_at = ? WHERE history_id = ?",
                        (moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z", history_id))
    con.close()


def figures(totals, period=PERIOD):
    table = totals.table("district", *period)
    return [[round(v, 6) if isinstance(v, float) else v for v in row] for row in table.rows + [table.totals]]


def edited_store(folder):
    """A GeoPackage store edited in three batches a month apart, and a copy of it saved after each."""
    path = folder / "store.gpkg"

    def saved(store, batch):
        set_batch_time(path, BATCH_TIMES[batch] if batch >= 0 else SEEDED)
        if batch < 0:
            store.set_metadata("created_at", SEEDED.isoformat(timespec="seconds"))
        else:
            shutil.copy(path, folder / f"copy{batch + 1}.gpkg")

    edit_in_batches(str(path), saved)
    return open_store(str(path)), [folder / f"copy{k}.gpkg" for k in (1, 2, 3)]


def edit_in_batches(location, after_batch):
    """Make a store at ``location`` and edit it in three batches; ``after_batch(store, k)`` runs after
    the seed (k = -1) and after each batch (k = 0, 1, 2): it dates the history and saves the state."""
    store = ground_store(location)
    after_batch(store, -1)
    day = datetime.date(2021, 11, 22)

    first = ChangeSet()
    first.add("cleared_areas", *land(500, 500, 800, 800, day))
    first.add("cleared_areas", *land(900, 500, 1200, 800, day, "reduced"))
    first.add("detections", *item(600, 600, "AT", 2, day))
    first.add("detections", *item(1100, 600, "AP", 1, day))
    first.add("detections", *item(700, 700, "UXO", 3, datetime.date(2021, 12, 5)))
    store.apply(first)
    after_batch(store, 0)

    second = ChangeSet()
    # Overlapping the first land, released earlier: the overlap now counts for it.
    second.add("cleared_areas", *land(700, 700, 1000, 1000, datetime.date(2021, 11, 20)))
    second.update("detections", "D-000001", {"quantity": 5})
    second.delete("detections", "D-000002")
    second.update("cleared_areas", "LR-000002", {"released_on": datetime.date(2021, 12, 2)})
    store.apply(second)
    after_batch(store, 1)

    third = ChangeSet()
    third.delete("cleared_areas", "LR-000001")
    third.update("detections", "D-000003", {"found_on": datetime.date(2021, 11, 25)})
    third.add("detections", *item(1300, 1300, "AT", 4, datetime.date(2021, 11, 23)))
    third.update("cleared_areas", "LR-000003", {"technique": "mechanical"})
    third.update("cleared_areas", "LR-000002", {GEOMETRY_KEY: to_wgs84(utm_box(900, 400, 1300, 800))})
    store.apply(third)
    after_batch(store, 2)
    return store


#: Moments between the batches, and the batch whose state each sees.
MOMENTS = [("2021-11-15T12:00:00+00:00", 0), ("2021-12-10", 1), ("2022-02-01T00:00", 2)]
