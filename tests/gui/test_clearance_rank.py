"""The Clearance panel sorts tasks by their hazard's rank, read from the demining:priorities
output layer of the project; tasks of unranked hazards come last."""

from qgis.core import QgsFeature, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from demining_plugin.gui.clearance_dock import ClearanceDock
from tests.gui.test_release_tool import setup  # noqa: F401 (the fixture)


def priorities_layer(ranks):
    layer = QgsVectorLayer("None?field=hazard_id:string&field=rank:integer&field=weights:string", "priorities",
                           "memory")
    features = []
    for hazard_id, rank in ranks.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([hazard_id, rank, "settlement=3"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_tasks_sorted_by_their_hazards_rank(setup):  # noqa: F811
    store, session, controller, canvas, iface = setup
    from demining_plugin.core.model.changes import ChangeSet
    from tests.ground import to_wgs84, utm_box

    more = ChangeSet()
    more.add("hazard_areas", to_wgs84(utm_box(1600, 500, 1900, 800)),
             {"classification": "SHA", "status": "open", "area_ha": 9, "remaining_ha": 9})
    for task_id, hazard_id, box in (("T-0050", "H-0002", (1600, 500, 1900, 800)),
                                    ("T-0051", None, (1700, 600, 1800, 700))):
        more.add("clearance_tasks", to_wgs84(utm_box(*box)),
                 {"task_id": task_id, "hazard_id": hazard_id, "task_type": "clearance", "status": "open"})
    store.apply(more)
    dock = ClearanceDock(iface, controller)
    dock.refresh()
    assert {dock.table.item(r, 5).text() for r in range(dock.table.rowCount())} == {""}
    QgsProject.instance().addMapLayer(priorities_layer({"H-0002": 1, "H-0001": 2}))
    dock.refresh()
    dock.table.sortItems(5, Qt.AscendingOrder)
    order = [(dock.table.item(r, 0).text(), dock.table.item(r, 5).text()) for r in range(dock.table.rowCount())]
    assert order == [("T-0050", "1"), ("T-0042", "2"), ("T-0051", "")]
    dock.teardown()
    dock.deleteLater()
