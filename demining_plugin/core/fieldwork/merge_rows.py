"""A merge plan and its rows (one per field feature: added, warned about, refused, skipped or
ignored), and the checks a field feature must pass for the store to hold it at all."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

from qgis.core import QgsGeometry
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..geo.places import as_text
from ..locale_format import format_number
from ..model.changes import ChangeSet
from ..model.schema import LayerDef, translated

translate = QCoreApplication.translate

#: What happens to a field feature (language-neutral codes; ``STATUS_LABELS`` for people).
ADDED = "added"
WARNED = "warning"
ADDS_NOTHING = "nothing"
REFUSED = "refused"
SKIPPED = "skipped"
IGNORED = "ignored"
STATUS_LABELS = {
    ADDED: QT_TRANSLATE_NOOP("FieldMerge", "Added"),
    WARNED: QT_TRANSLATE_NOOP("FieldMerge", "Added, with a warning"),
    ADDS_NOTHING: QT_TRANSLATE_NOOP("FieldMerge", "Adds nothing"),
    REFUSED: QT_TRANSLATE_NOOP("FieldMerge", "Refused"),
    SKIPPED: QT_TRANSLATE_NOOP("FieldMerge", "Already merged"),
    IGNORED: QT_TRANSLATE_NOOP("FieldMerge", "Ignored"),
}
#: What a row is about.
KIND_LABELS = {
    "item": QT_TRANSLATE_NOOP("FieldMerge", "Item found"),
    "released": QT_TRANSLATE_NOOP("FieldMerge", "Released land"),
    "day": QT_TRANSLATE_NOOP("FieldMerge", "Work day"),
    "context": QT_TRANSLATE_NOOP("FieldMerge", "Context layer"),
}


@dataclass
class MergeRow:
    kind: str  # one of KIND_LABELS
    status: str  # one of STATUS_LABELS
    label: str  # names the feature ("Item 3 (Anti-tank mine)", "Released land 2")
    messages: List[str] = field(default_factory=list)  # reasons refused, warnings, why ignored
    field_uuid: str = ""
    geometry: Optional[QgsGeometry] = None  # in the store's CRS, for the map
    hectares: float = 0.0  # released land stored
    detail: str = ""  # what it adds, said before the messages ("1.92 ha cleared in task T-0023 ...")

    @property
    def kind_label(self) -> str:
        return translate("FieldMerge", KIND_LABELS[self.kind])

    @property
    def status_label(self) -> str:
        return translate("FieldMerge", STATUS_LABELS[self.status])

    @property
    def message(self) -> str:
        return " ".join(text.rstrip(".") + "." for text in [self.detail] + self.messages if text)


def fill_defaults(definition: LayerDef, values: Mapping[str, Any], team: str) -> Dict[str, Any]:
    """The field feature's values under the store layer's field names, empty text as NULL, the
    package's team when the feature names none and the data model's default quantity."""
    out: Dict[str, Any] = {}
    for f in definition.fields:
        value = values.get(f.name)
        out[f.name] = as_text(value) if isinstance(value, str) else value
    if not out.get("team") and "team" in out:
        out["team"] = team or None
    for f in definition.fields:
        if out.get(f.name) is None and f.default is not None and f.type == "integer":
            out[f.name] = int(f.default)
    return out


def refusals(definition: LayerDef, values: Mapping[str, Any]) -> List[str]:
    """Why the store cannot hold ``values`` in layer ``definition``: a required field empty, a
    code outside its list, a number outside its range (the data model's own constraints)."""
    reasons = []
    for f in definition.fields:
        if f.name == definition.id_field:
            continue
        value = values.get(f.name)
        alias = translated(f.alias).lower()
        if value is None or value == "":
            if f.required and f.references is None:
                reasons.append(translate("FieldMerge", "has no {field}").format(field=alias))
            elif f.required:
                reasons.append(translate("FieldMerge", "names no {field}").format(field=alias))
            continue
        if f.domain is not None and str(value) not in f.domain.codes:
            reasons.append(translate("FieldMerge", "{field} '{value}' is not one of {codes}").format(
                field=alias, value=value, codes=", ".join(f.domain.codes)))
        if f.type in ("integer", "real"):
            try:
                number = float(value)
            except (TypeError, ValueError):
                reasons.append(translate("FieldMerge", "{field} '{value}' is not a number").format(
                    field=alias, value=value))
                continue
            if (f.minimum is not None and number < f.minimum) or (f.maximum is not None and number > f.maximum):
                low = "…" if f.minimum is None else f"{f.minimum:g}"
                high = "…" if f.maximum is None else f"{f.maximum:g}"
                reasons.append(translate("FieldMerge", "{field} {value:g} is outside {low} to {high}").format(
                    field=alias, value=number, low=low, high=high))
    return reasons


def attachments_folder(store) -> Optional[Path]:
    """``<store name>_attachments`` beside a store kept in a file; None for a database store."""
    path = getattr(store, "path", None)
    if path is None:
        return None
    path = Path(path)
    return path.with_name(f"{path.stem}_attachments")


@dataclass
class MergePlan:
    """What merging a package adds, refuses, skips and ignores; ``changes`` is what is stored."""

    package_name: str
    package_id: str
    rows: List[MergeRow] = field(default_factory=list)
    changes: ChangeSet = field(default_factory=ChangeSet)
    hazard_ids: List[str] = field(default_factory=list)
    #: Photos to copy: (file in the package, file beside the store).
    photos: List[Tuple[Path, Path]] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    applied: bool = False
    report_path: str = ""

    def _rows(self, kind: str, *statuses: str) -> List[MergeRow]:
        return [row for row in self.rows if row.kind == kind and row.status in statuses]

    @property
    def items_added(self) -> int:
        return len(self._rows("item", ADDED, WARNED))

    @property
    def released_ha(self) -> float:
        return sum(row.hectares for row in self._rows("released", ADDED, WARNED))

    @property
    def days_logged(self) -> int:
        return len(self._rows("day", ADDED, WARNED))

    @property
    def refused(self) -> List[MergeRow]:
        return [row for row in self.rows if row.status == REFUSED]

    @property
    def warnings(self) -> List[str]:
        """Every warning sentence: the package's notes, then each feature's."""
        return list(self.notes) + [message for row in self.rows if row.status in (WARNED, ADDS_NOTHING)
                                   for message in row.messages]

    @property
    def ignored(self) -> List[MergeRow]:
        return [row for row in self.rows if row.status == IGNORED]

    @property
    def skipped(self) -> List[MergeRow]:
        return [row for row in self.rows if row.status == SKIPPED]

    def summary(self) -> str:
        """One sentence with the counts, for the message bar and the log."""
        counts = translate(
            "FieldMerge", "items found: {items}, land released: {ha} ha, work days: {days}; refused: {refused}, "
                          "warnings: {warnings}, ignored: {ignored}, already merged: {skipped}").format(
            items=self.items_added, ha=format_number(self.released_ha, 2), days=self.days_logged,
            refused=len(self.refused), warnings=len(self.warnings), ignored=len(self.ignored),
            skipped=len(self.skipped))
        if self.applied:
            return translate("FieldMerge", "{name} merged: {counts}.").format(name=self.package_name, counts=counts)
        return translate("FieldMerge", "{name} (not merged yet): {counts}.").format(
            name=self.package_name, counts=counts)
