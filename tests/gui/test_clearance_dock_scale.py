"""The Clearance panel on a national store (issue 20, point 3): the released hectares of the
tasks in view are read from their own releases only, filtered by the provider, not from
every release in view handed to Python in the main thread."""

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer

from demining_plugin.gui.clearance_dock import released_hectares_of


def released_layer(rows):
    layer = QgsVectorLayer("Polygon?crs=EPSG:32638&field=task_id:string&field=area_ha:double", "released", "memory")
    features = []
    for k, (task_id, hectares) in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([task_id, hectares])
        x = 100.0 * (k % 50)
        feature.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(x, 0), QgsPointXY(x + 50, 0), QgsPointXY(x + 50, 50),
                                                        QgsPointXY(x, 50)]]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_only_the_releases_of_the_tasks_in_view_are_read():
    layer = released_layer([("T-OTHER", 1.0)] * 500 + [("T-1", 0.25), ("T-2", 1.5), ("T-1", 0.5), (None, 9.0),
                                                        ("T-'3", 2.0)])
    handed = []
    original = layer.getFeatures

    def counted(request):
        for feature in original(request):
            handed.append(feature.id())
            yield feature

    layer.getFeatures = counted
    hectares = released_hectares_of(layer, QgsRectangle(-10, -10, 10_000, 100), ["T-1", "T-'3", None, "T-9"])
    assert hectares == pytest.approx({"T-1": 0.75, "T-'3": 2.0, "T-9": 0.0})
    assert len(handed) == 3
    assert released_hectares_of(layer, QgsRectangle(-10, -10, 10_000, 100), [None]) == {}
