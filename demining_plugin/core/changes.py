"""Change sets: several layers of a store changed together, all or nothing.

Features are addressed by their identifier (``hazard_id``, ``release_id``...), never by
row ids, so a change set means the same thing in any backend. Applying one returns its
inverse, which is how a whole operation is undone in one step.
"""

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from qgis.core import QgsGeometry

#: Key of ``ChangeSet.update`` values that replaces a feature's geometry (a ``QgsGeometry``).
GEOMETRY_KEY = "__geometry__"


@dataclass
class NewFeature:
    """A feature to add. ``values`` may leave the identifier out: the store then gives
    the next free one inside the same transaction."""

    geometry: Optional[QgsGeometry]
    values: Dict[str, Any]


@dataclass
class ChangeSet:
    added: Dict[str, List[NewFeature]] = field(default_factory=dict)
    updated: Dict[str, Dict[str, Dict[str, Any]]] = field(default_factory=dict)
    deleted: Dict[str, List[str]] = field(default_factory=dict)

    def add(self, layer: str, geometry: Optional[QgsGeometry], values: Dict[str, Any]) -> NewFeature:
        feature = NewFeature(geometry, dict(values))
        self.added.setdefault(layer, []).append(feature)
        return feature

    def update(self, layer: str, identifier: str, values: Dict[str, Any]) -> None:
        self.updated.setdefault(layer, {}).setdefault(identifier, {}).update(values)

    def delete(self, layer: str, identifier: str) -> None:
        self.deleted.setdefault(layer, []).append(identifier)

    @property
    def layers(self) -> List[str]:
        return sorted(set(self.added) | set(self.updated) | set(self.deleted))

    def is_empty(self) -> bool:
        return not any(self.added.values()) and not any(self.updated.values()) and not any(self.deleted.values())
