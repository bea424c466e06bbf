"""The Review panel (issue 17, point 3): it lists the pending submissions of the open store
with who, what and how many, previews one on the map, rejects one only with a reason and
approves another into the baseline."""

import getpass

from qgis.core import QgsProject, QgsWkbTypes

from demining_plugin.core.store.submissions import APPROVED, REJECTED, submissions
from demining_plugin.gui.review_dock import ReviewDock
from tests.core.store.submission_files import items_file
from tests.ground import ground_store
from tests.helpers import open_session


def test_the_review_panel_previews_rejects_and_approves(tmp_path, qgis_iface, qgis_new_project, processing_provider):
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

        table.selectRow(0)
        preview = dock.preview_selected()
        assert preview.featureCount() == 2 and preview.geometryType() == QgsWkbTypes.PointGeometry
        preview_id = preview.id()
        assert preview_id in QgsProject.instance().mapLayers()

        table.selectRow(1)
        assert not dock.reject_selected()  # no reason given: refused, nothing decided
        dock.reason.setText("duplicate of S-0001")
        assert dock.reject_selected()
        assert table.rowCount() == 1
        table.selectRow(0)
        assert dock.approve_selected()
        assert table.rowCount() == 0 and preview_id not in QgsProject.instance().mapLayers()
        assert session.store_layer("detections").featureCount() == 2
        assert {s.submission_id: s.status for s in submissions(store)} == {"S-0001": APPROVED, "S-0002": REJECTED}
    finally:
        dock.teardown()
        session.stop()
        QgsProject.instance().removeAllMapLayers()
