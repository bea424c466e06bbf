"""Steps that bring a store from data model version N to N+1: ``MIGRATIONS[N](store)``.

``ProjectStore.check_version`` runs them in order when an older store is opened; each
step uses only the ``ProjectStore`` interface (``add_layer``, ``add_field``), so one step
serves every backend.
"""

from typing import Callable, Dict

from ..model.schema import layer_def


def _add_task_points(store) -> None:
    """Version 1 to 2: the ``task_points`` layer (medevac, landing, access points) with its
    default style and form."""
    store.add_layer(layer_def("task_points"))


MIGRATIONS: Dict[int, Callable[[object], None]] = {1: _add_task_points}
