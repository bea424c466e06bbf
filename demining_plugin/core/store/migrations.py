"""Steps that bring a store from data model version N to N+1: ``MIGRATIONS[N](store)``.

``ProjectStore.check_version`` runs them in order when an older store is opened; each
step uses only the ``ProjectStore`` interface (``add_layer``, ``add_field``), so one step
serves every backend.
"""

from typing import Callable, Dict

from ..model.schema import HANDOVER_FIELDS, layer_def
from .styles import save_default_styles


def _add_task_points(store) -> None:
    """Version 1 to 2: the ``task_points`` layer (medevac, landing, access points) with its
    default style and form."""
    store.add_layer(layer_def("task_points"))


def _add_field_loop(store) -> None:
    """Version 2 to 3: the ``work_days`` layer (a team's daily log), the ``field_uuid`` column
    that remembers which field-package features were merged, and the items' ``photo``."""
    store.add_layer(layer_def("work_days"))
    for layer_name, field_name in (("detections", "field_uuid"), ("cleared_areas", "field_uuid"),
                                   ("detections", "photo")):
        store.add_field(layer_name, layer_def(layer_name).field(field_name))


def _add_handover(store) -> None:
    """Version 3 to 4: completion and handover of tasks (IMAS 08.30) and the ``inspections``
    layer (IMAS 09.20)."""
    tasks = layer_def("clearance_tasks")
    for definition in HANDOVER_FIELDS:
        store.add_field("clearance_tasks", tasks.field(definition.name))
    # The tasks' form gains the new fields' widgets (dates, the land-use list).
    save_default_styles(store, [tasks])
    store.add_layer(layer_def("inspections"))


def _add_history(store) -> None:
    """Version 4 to 5: every change on record (issue 17): the ``demining_history`` table and
    its triggers in GeoPackage stores (PostGIS stores always had them; their trigger function
    now keeps geometries exactly), and the ``demining_submissions`` table on both."""
    store.add_history()


MIGRATIONS: Dict[int, Callable[[object], None]] = {1: _add_task_points, 2: _add_field_loop, 3: _add_handover,
                                                   4: _add_history}
