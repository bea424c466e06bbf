"""Many polygons released in one go, all or nothing: what ``demining:markcleared`` does with its
input and what the approval of a submitted release does (``core.store.submissions``)."""

from typing import Callable, Iterable, List, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from .marking import ReleaseDetails, ReleasePlan, mark_released

translate = QCoreApplication.translate


def _reload(layers) -> None:
    for layer in layers.values():
        layer.dataProvider().reloadData()


def mark_all_released(store, geometries: Iterable[Tuple[object, QgsGeometry]], crs: QgsCoordinateReferenceSystem,
                      details: ReleaseDetails, tolerance_m2: float,
                      on_plan: Optional[Callable[[object, ReleasePlan], None]] = None,
                      is_canceled: Optional[Callable[[], bool]] = None) -> Tuple[float, int]:
    """Release each (label, polygon) in turn, each planned against the land the ones before it
    released; on any error every polygon stored so far is taken back. Returns the hectares and
    pieces added; ``on_plan(label, plan)`` hears of each."""
    layers = store.layers()
    added_ha, added_count = 0.0, 0
    undos: List = []
    try:
        for label, geometry in geometries:
            if is_canceled is not None and is_canceled():
                raise DeminingError(translate("Release", "Cancelled; nothing was stored."))
            try:
                plan = mark_released(store, geometry, crs, details, tolerance_m2, layers=layers)
            except DeminingError as error:
                raise DeminingError(translate("Release", "Feature {label}: {error}").format(
                    label=label, error=error)) from None
            if plan.undo is not None:
                undos.append(plan.undo)
                _reload(layers)
            if on_plan is not None:
                on_plan(label, plan)
            added_ha += plan.added_ha
            added_count += len(plan.pieces)
    except Exception:
        for undo in reversed(undos):
            store.apply(undo)
        _reload(layers)
        raise
    return added_ha, added_count
