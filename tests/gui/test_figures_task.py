"""The Demining panel's figures on a national store (issue 20, point 3): the figures task
opens, in the main thread, only the layers it reads (released land, items, routes,
accidents); the other layers' counts are those of the project's layers of the store, not
layers opened again (a tenth of a second or more each on a large GeoPackage)."""

import pytest

from demining_plugin.core.model.changes import ChangeSet
from demining_plugin.core.reports.figures import FIGURES_LAYERS
from demining_plugin.core.store.base import ProjectStore
from tests.ground import ground_store, to_wgs84, utm_box
from tests.helpers import open_session, wait_until


@pytest.fixture()
def store(tmp_path, qgis_new_project):
    store = ground_store(str(tmp_path / "figures.gpkg"))
    changes = ChangeSet()
    changes.add("cleared_areas", to_wgs84(utm_box(600, 600, 900, 900)),
                {"release_method": "cleared", "hazard_id": "H-0001", "released_on": "2021-11-23"})
    store.apply(changes)
    return store


def test_the_figures_task_opens_only_the_layers_it_reads(store, qgis_iface, monkeypatch):
    session = open_session(qgis_iface, store)
    try:
        figures = []
        session.figures_ready.connect(figures.append)
        wait_until(lambda: figures, what="the first figures")
        opened = []
        original = ProjectStore.layer

        def counted(self, layer_name, display_name=None):
            opened.append(layer_name)
            return original(self, layer_name, display_name)

        monkeypatch.setattr(ProjectStore, "layer", counted)
        figures.clear()
        session.request_figures(0)
        wait_until(lambda: figures, what="the figures again")
        assert sorted(opened) == sorted(FIGURES_LAYERS)
        monkeypatch.undo()
        assert figures[0].feature_counts == store.feature_counts()
        assert figures[0].feature_counts["cleared_areas"] == 1
    finally:
        session.stop()
