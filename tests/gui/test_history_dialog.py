"""Feature History… on a GeoPackage store (issue 17, point 1): an edit made in QGIS on a
store layer of the open session is recorded by the file's triggers, signed with the user's
name and QGIS's version when the layer commits, and shown in the dialog with the plugin's
own changes."""

import getpass

from qgis.core import Qgis, QgsProject, edit

from demining_plugin.core.release.marking import mark_released
from demining_plugin.core.store.geopackage import plugin_application
from demining_plugin.gui.history_dialog import PostgisController
from tests.ground import UTM, ground_store, utm_box
from tests.helpers import open_session, release_details


def test_the_history_of_a_hazard_edited_by_the_release_tool_and_by_qgis(tmp_path, qgis_iface, qgis_new_project):
    store = ground_store(str(tmp_path / "s.gpkg"))
    mark_released(store, utm_box(600, 600, 1000, 1000), UTM, release_details())
    session = open_session(qgis_iface, store)
    controller = PostgisController(qgis_iface, session)
    try:
        hazards = session.store_layer("hazard_areas")
        with edit(hazards):
            feature = next(hazards.getFeatures("hazard_id = 'H-0001'"))
            hazards.changeAttributeValue(feature.id(), hazards.fields().indexOf("status"), "closed")
        qgis_iface.setActiveLayer(hazards)
        hazards.selectByExpression("\"hazard_id\" = 'H-0001'")
        dialog = controller.show_selected()
        table = dialog.table
        assert table.rowCount() == 3
        assert [table.item(row, 3).text() for row in range(3)] == ["Created", "Changed", "Changed"]
        assert [table.item(row, 1).text() for row in range(3)] == [getpass.getuser()] * 3
        assert [table.item(row, 2).text() for row in range(3)] == [plugin_application()] * 2 + [
            f"QGIS {Qgis.QGIS_VERSION}"]
        status = hazards.attributeDisplayName(hazards.fields().indexOf("status"))
        assert f"{status}: open → worked_on" in table.item(1, 4).text().splitlines()
        assert f"{status}: worked_on → closed" in table.item(2, 4).text().splitlines()
        assert "3 recorded changes" in dialog.findChild(type(table.parent().layout().itemAt(0).widget())).text()
    finally:
        controller.teardown()
        session.stop()
        QgsProject.instance().removeAllMapLayers()
