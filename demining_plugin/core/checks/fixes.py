"""What the checks may change: the safe fixes of findings as one change set, and the
links a change set would break (so undo and redo never leave a link to nothing)."""

from collections import defaultdict
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..model.changes import GEOMETRY_KEY, ChangeSet
from ..model.schema import LAYERS_BY_NAME, relations
from .rules import Finding

translate = QCoreApplication.translate


# -- safe fixes ---------------------------------------------------------------------------

def _fixed_geometry(fix: str, geometry: QgsGeometry) -> Optional[QgsGeometry]:
    g = QgsGeometry(geometry)
    if fix == "make_valid":
        g = g.makeValid()
        if g.type() != geometry.type() or QgsWkbTypes.flatType(g.wkbType()) == QgsWkbTypes.GeometryCollection:
            wanted = geometry.type()
            parts = [QgsGeometry(p.clone()) for p in g.constParts()]
            parts = [p for p in parts if p.type() == wanted and not p.isEmpty()]
            g = QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()
    elif fix == "drop_duplicate_vertices":
        g.removeDuplicateNodes()  # exact repeats only (epsilon of a few ulps)
    if g.isNull() or g.isEmpty():
        return None
    return g


def fix_changes(store, findings: Sequence[Finding],
                layers: Optional[Dict[str, QgsVectorLayer]] = None) -> Tuple[ChangeSet, List[str]]:
    """The change set applying the safe fix of each finding that has one, and notes on
    findings whose fix could not be made (the feature could not be found, or the repair
    left nothing)."""
    layers = layers if layers is not None else {}
    changes, notes = ChangeSet(), []
    trimmed: Dict[Tuple[str, str], str] = {}
    for finding in findings:
        if not finding.fix:
            continue
        definition = LAYERS_BY_NAME[finding.layer]
        if finding.fix == "trim_identifier":
            trimmed[(finding.layer, finding.feature_id)] = finding.fix_value
            changes.update(finding.layer, finding.feature_id, {definition.id_field: finding.fix_value})
            continue
        if finding.fix == "store_area":
            changes.update(finding.layer, finding.feature_id, {"area_ha": finding.fix_value})
            continue
        layer = layers.get(finding.layer) or store.layer(finding.layer)
        layers[finding.layer] = layer
        quoted = finding.feature_id.replace("'", "''")
        request = QgsFeatureRequest().setFilterExpression(f"\"{definition.id_field}\" = '{quoted}'")
        found = [f for f in layer.getFeatures(request)]
        if len(found) != 1:
            notes.append(translate("Validate", "{feature}: not fixed ({n} features have that identifier).").format(
                feature=finding.feature_id, n=len(found)))
            continue
        fixed = _fixed_geometry(finding.fix, found[0].geometry())
        if fixed is None:
            notes.append(translate("Validate", "{feature}: not fixed (nothing would be left of its geometry).").format(
                feature=finding.feature_id))
            continue
        changes.update(finding.layer, finding.feature_id, {GEOMETRY_KEY: fixed})
    # Children that point at a padded identifier follow it when it is trimmed.
    for relation in relations():
        for (parent, old), new in trimmed.items():
            if parent != relation.parent:
                continue
            child_layer = layers.get(relation.child) or store.layer(relation.child)
            layers[relation.child] = child_layer
            child_id = LAYERS_BY_NAME[relation.child].id_field
            quoted = old.replace("'", "''")
            request = QgsFeatureRequest().setFilterExpression(f"\"{relation.child_field}\" = '{quoted}'")
            for child in child_layer.getFeatures(request):
                changes.update(relation.child, child[child_id], {relation.child_field: new})
    return changes, notes


@dataclass(frozen=True)
class BrokenLink:
    """A feature whose link a change would leave pointing at a feature that is gone."""

    layer: str
    feature_id: str
    field: str
    target_layer: str
    target_id: str


#: Identifiers per ``IN (...)`` filter when looking for the features that link to a set.
_LINK_QUERY_CHUNK = 400


def links_broken_by(store, changes: ChangeSet,
                    layers: Optional[Dict[str, QgsVectorLayer]] = None) -> List[BrokenLink]:
    """Features the change set leaves alone that link (``schema.relations()``) to a feature
    it deletes or renames: after it, the rule ``orphan_link`` would report each of them.

    Undo and redo check their change set with this first (an item recorded after a task
    was divided into sectors must not end up naming a sector that undo removed).
    """
    layers = layers if layers is not None else {}
    gone: Dict[str, set] = defaultdict(set)
    there: Dict[str, set] = defaultdict(set)
    for layer_name, identifiers in changes.deleted.items():
        gone[layer_name].update(i for i in identifiers if i not in (None, ""))
    for layer_name, by_id in changes.updated.items():
        id_field = LAYERS_BY_NAME[layer_name].id_field
        for identifier, values in by_id.items():
            if id_field in values and values[id_field] != identifier:
                gone[layer_name].add(identifier)
                there[layer_name].add(values[id_field])
    for layer_name, features in changes.added.items():
        id_field = LAYERS_BY_NAME[layer_name].id_field
        there[layer_name].update(f.values.get(id_field) for f in features)
    broken = []
    for relation in relations():
        targets = gone.get(relation.parent, set()) - there.get(relation.parent, set())
        if not targets:
            continue
        child_def = LAYERS_BY_NAME[relation.child]
        # Children the change set deletes, or points elsewhere, are taken care of by it.
        handled = set(changes.deleted.get(relation.child, ())) | {
            identifier for identifier, values in changes.updated.get(relation.child, {}).items()
            if relation.child_field in values}
        layer = layers.get(relation.child) or store.layer(relation.child)
        layers[relation.child] = layer
        ordered = sorted(targets)
        for start in range(0, len(ordered), _LINK_QUERY_CHUNK):
            chunk = ordered[start:start + _LINK_QUERY_CHUNK]
            quoted = ", ".join("'" + value.replace("'", "''") + "'" for value in chunk)
            request = QgsFeatureRequest().setFilterExpression(f"\"{relation.child_field}\" IN ({quoted})")
            request.setFlags(QgsFeatureRequest.NoGeometry)
            request.setSubsetOfAttributes([child_def.id_field, relation.child_field], layer.fields())
            for feature in layer.getFeatures(request):
                identifier = feature[child_def.id_field]
                if identifier in handled:
                    continue
                broken.append(BrokenLink(relation.child, str(identifier), relation.child_field, relation.parent,
                                         str(feature[relation.child_field])))
    return sorted(broken, key=lambda b: (b.layer, b.feature_id, b.field))
