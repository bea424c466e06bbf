"""Change sets: several layers of a store changed together, all or nothing.

Features are addressed by their identifier (``hazard_id``, ``release_id``...), never by
row ids, so a change set means the same thing in any backend. Applying one returns its
inverse, which is how a whole operation is undone in one step.
"""

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

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
class NewPoints:
    """Many points to add to one layer, as columns (imports of 100,000s of rows).

    ``xs``/``ys`` are in the store's CRS; ``columns`` maps field names to one value per
    point (None for NULL); ``identifiers`` may be None: the store numbers them."""

    xs: Sequence[float]
    ys: Sequence[float]
    columns: Dict[str, Sequence[Any]]
    identifiers: Optional[Sequence[str]] = None

    def __len__(self) -> int:
        return len(self.xs)

    @classmethod
    def of_rows(cls, id_field: str, positions: Sequence[Tuple[float, float]],
                rows: Sequence[Dict[str, Any]]) -> "NewPoints":
        """Points given row by row: an (x, y) and a {field: value} each, the identifier in
        ``id_field``; a field that some rows leave out is NULL in those."""
        names = [name for name in dict.fromkeys(name for row in rows for name in row) if name != id_field]
        return cls([x for x, _ in positions], [y for _, y in positions],
                   {name: [row.get(name) for row in rows] for name in names},
                   [row[id_field] for row in rows])

    def as_features(self, id_field: str) -> List[NewFeature]:
        """The same points as ``NewFeature``s, for a backend without a bulk point path."""
        from qgis.core import QgsPointXY

        features = []
        for i in range(len(self.xs)):
            values = {name: _plain_value(column[i]) for name, column in self.columns.items()}
            if self.identifiers is not None:
                values[id_field] = self.identifiers[i]
            point = QgsPointXY(float(self.xs[i]), float(self.ys[i]))
            features.append(NewFeature(QgsGeometry.fromPointXY(point), values))
        return features


def _plain_value(value: Any) -> Any:
    """A NumPy scalar as the Python value it holds; anything else as it is."""
    return value.item() if hasattr(value, "item") else value


@dataclass
class ChangeSet:
    added: Dict[str, List[NewFeature]] = field(default_factory=dict)
    updated: Dict[str, Dict[str, Dict[str, Any]]] = field(default_factory=dict)
    deleted: Dict[str, List[str]] = field(default_factory=dict)
    #: Bulk point additions, written after ``added`` (so they may refer to what it adds).
    added_points: Dict[str, List[NewPoints]] = field(default_factory=dict)

    def add(self, layer: str, geometry: Optional[QgsGeometry], values: Dict[str, Any]) -> NewFeature:
        feature = NewFeature(geometry, dict(values))
        self.added.setdefault(layer, []).append(feature)
        return feature

    def update(self, layer: str, identifier: str, values: Dict[str, Any]) -> None:
        self.updated.setdefault(layer, {}).setdefault(identifier, {}).update(values)

    def delete(self, layer: str, identifier: str) -> None:
        self.deleted.setdefault(layer, []).append(identifier)

    def add_points(self, layer: str, points: NewPoints) -> NewPoints:
        self.added_points.setdefault(layer, []).append(points)
        return points

    @property
    def layers(self) -> List[str]:
        return sorted(set(self.added) | set(self.updated) | set(self.deleted) | set(self.added_points))

    def is_empty(self) -> bool:
        return (
            not any(self.added.values())
            and not any(self.updated.values())
            and not any(self.deleted.values())
            and not any(len(points) for batch in self.added_points.values() for points in batch)
        )
