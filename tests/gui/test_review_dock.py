"""The Review panel (issue 17, point 3): it lists the pending submissions of the open store
with who, what and how many, previews one on the map, rejects one only with a reason and
approves another into the baseline; each decision runs off the main thread while the panel
says it is busy; a submitted field merge is listed, previewed and approved the same way."""

import getpass
import threading

import pytest
from qgis.core import QgsProject, QgsWkbTypes

from demining_plugin.core.store.submissions import APPROVED, REJECTED, submissions
from demining_plugin.gui import review_dock as review_module
from demining_plugin.gui.review_dock import ReviewDock
from tests.core.fieldwork.field_work import counts, one_team_back
from tests.core.store.submission_files import items_file
from tests.ground import ground_store
from tests.helpers import open_session, threads_calling, wait_until


@pytest.fixture
def threads(monkeypatch):
    """The thread each decision of the panel ran in (``core.store.submissions.review`` watched)."""
    return threads_calling(monkeypatch, review_module, "review")


def _decided(dock, task):
    assert task is not None and dock.busy
    assert not dock.approve_button.isEnabled() and dock.status.text().endswith("…")
    wait_until(lambda: not dock.busy, what=task.description())
    assert dock.approve_button.isEnabled()
    return task


def test_the_review_panel_previews_rejects_and_approves(tmp_path, qgis_iface, qgis_new_project, processing_provider,
                                                       threads):
    from qgis import processing

    store = ground_store(str(tmp_path / "s.gpkg"))
    for name, points in (("a.csv", [(600, 600, "AP", 1), (700, 650, "AT", 2)]), ("b.csv", [(800, 800, "AT", 5)])):
        processing.run("demining:importdetections", {"INPUT": items_file(tmp_path / name, points),
                                                     "STORE": store.location, "SUBMIT": True})
    session = open_session(qgis_iface, store)
    dock = ReviewDock(qgis_iface, session)
    try:
        table = dock.table
        assert table.rowCount() == 2
        assert [table.item(r, 0).text() for r in range(2)] == ["S-0001", "S-0002"]
        assert table.item(0, 2).text() == getpass.getuser()
        assert table.item(0, 4).text() == "detections: 2"
        assert dock.status.text() == "2 submissions wait for review."

        assert dock.details.text() == ""
        table.selectRow(0)
        assert dock.details.text().splitlines()[1:] == ["Rows: detections: 2"]
        assert len(table.item(0, 1).text()) == 19 and table.item(0, 1).text()[10] == " "
        preview = dock.preview_selected()
        assert preview.featureCount() == 2 and preview.geometryType() == QgsWkbTypes.PointGeometry
        preview_id = preview.id()
        assert preview_id in QgsProject.instance().mapLayers()

        table.selectRow(1)
        assert dock.reject_selected() is None  # no reason given: refused, nothing decided
        assert not dock.busy and table.rowCount() == 2
        dock.reason.setText("duplicate of S-0001")
        _decided(dock, dock.reject_selected())
        assert table.rowCount() == 1
        assert dock.status.text() == "One submission waits for review."
        table.selectRow(0)
        _decided(dock, dock.approve_selected())
        assert table.rowCount() == 0 and preview_id not in QgsProject.instance().mapLayers()
        assert len(threads) == 2 and all(t is not threading.main_thread() for t in threads)
        assert session.store_layer("detections").featureCount() == 2
        assert {s.submission_id: s.status for s in submissions(store)} == {"S-0001": APPROVED, "S-0002": REJECTED}
    finally:
        dock.teardown()
        session.stop()
        QgsProject.instance().removeAllMapLayers()


def test_a_submitted_field_merge_is_listed_previewed_and_approved_off_the_main_thread(
        tmp_path, qgis_iface, qgis_new_project, processing_provider, threads):
    from qgis import processing

    store, package = one_team_back(tmp_path)
    processing.run("demining:fieldmerge", {"STORE": store.location, "PACKAGE": str(package), "SUBMIT": True})
    session = open_session(qgis_iface, store)
    dock = ReviewDock(qgis_iface, session)
    try:
        table = dock.table
        assert [table.item(0, c).text() for c in (0, 4)] == ["S-0001", "cleared_areas: 1, detections: 1, work_days: 1"]
        assert table.item(0, 3).text() == \
            "Field results team_a.zip (team MC-1): 1 items found, 2.00 ha released, 1 work days"
        assert "depth (cm) 800 is outside 0 to 500" in table.item(0, 5).text()
        assert counts(store) == {"detections": 0, "cleared_areas": 1, "work_days": 0}
        table.selectRow(0)
        dock.preview_selected()
        assert sorted((layer.geometryType(), layer.featureCount()) for layer in dock.preview_layers) == [
            (QgsWkbTypes.PointGeometry, 1), (QgsWkbTypes.PolygonGeometry, 1)]
        _decided(dock, dock.approve_selected())
        assert threads and threads[0] is not threading.main_thread()
        assert counts(store) == {"detections": 1, "cleared_areas": 2, "work_days": 1}
        assert session.store_layer("work_days").featureCount() == 1
        assert submissions(store)[0].status == APPROVED and not dock.preview_layers
    finally:
        dock.teardown()
        session.stop()
        QgsProject.instance().removeAllMapLayers()
