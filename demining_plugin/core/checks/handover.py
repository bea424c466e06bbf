"""The completion and handover rules (IMAS 08.30, 09.20) of one task, shared by the store's
data checks (``validate``: the Checks panel and ``demining:validate``) and the completion
report, which warns before printing and prints the warnings on the page.

- ``handover_not_completed``: a task handed over that is not completed;
- ``completed_with_hazard_left``: a completed task with hazard land inside it that no
  released land covers (over ``OVERLAP_TOLERANCE_M2``);
- ``handover_without_inspection``: a task handed over without a passed inspection (when
  the agency requires one, setting ``demining/handover/require_inspection``);
- ``inspection_failed_open``: an inspection that failed with no later pass of the task.
"""

import datetime
from typing import Iterable, List, Optional, Sequence, Tuple

from qgis.core import QgsDistanceArea, QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..geo.measure import M2_PER_HA, densified, union_of
from .rules import OVERLAP_TOLERANCE_M2

translate = QCoreApplication.translate

#: (rule code, identifier of the task or inspection, message, geometry or None).
TaskFinding = Tuple[str, str, str, Optional[QgsGeometry]]
#: (inspection id, date, result code) of an inspection.
InspectionResult = Tuple[str, Optional[datetime.date], str]


def _polygons(geometry: Optional[QgsGeometry]) -> Optional[QgsGeometry]:
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if geometry.type() == QgsWkbTypes.PolygonGeometry:
        return geometry
    parts = [QgsGeometry(part.clone()) for part in geometry.constParts()]
    polygons = [p for p in parts if p.type() == QgsWkbTypes.PolygonGeometry and not p.isEmpty()]
    return QgsGeometry.collectGeometry(polygons) if polygons else None


def unreleased_land(task: QgsGeometry, hazards: Sequence[QgsGeometry], released: Iterable[QgsGeometry],
                    da: QgsDistanceArea, crs) -> Tuple[float, Optional[QgsGeometry]]:
    """Area (m², true) and shape of the hazard land inside ``task`` that no ``released`` polygon covers."""
    hazard_land = [_polygons(task.intersection(h)) for h in hazards if h is not None and task.intersects(h)]
    hazard_land = [h for h in hazard_land if h is not None]
    if not hazard_land:
        return 0.0, None
    left = union_of(hazard_land)
    covering = [r for r in released if r is not None and r.intersects(left)]
    if covering:
        left = _polygons(left.difference(union_of(covering)))
    if left is None or left.area() == 0:
        return 0.0, None
    return da.measureArea(densified(left, crs)), left


def task_findings(task_id: str, completed_on: Optional[datetime.date], handed_over_on: Optional[datetime.date],
                  unreleased_m2: float, inspections: Sequence[InspectionResult], require_inspection: bool,
                  unreleased: Optional[QgsGeometry] = None) -> List[TaskFinding]:
    """The findings of the handover rules on one task."""
    found: List[TaskFinding] = []
    if handed_over_on is not None and completed_on is None:
        found.append(("handover_not_completed", task_id, translate(
            "Validate", "{task} was handed over on {date} but is not completed (no completion date).").format(
                task=task_id, date=handed_over_on.isoformat()), None))
    if completed_on is not None and unreleased_m2 > OVERLAP_TOLERANCE_M2:
        found.append(("completed_with_hazard_left", task_id, translate(
            "Validate", "{task} is completed but {m2:,.0f} m² ({ha:.4f} ha) of hazard inside it is not "
                        "released.").format(task=task_id, m2=unreleased_m2, ha=unreleased_m2 / M2_PER_HA),
            unreleased))
    passed = [day for _, day, result in inspections if result == "pass"]
    if handed_over_on is not None and require_inspection and not passed:
        found.append(("handover_without_inspection", task_id, translate(
            "Validate", "{task} was handed over on {date} without a passed inspection.").format(
                task=task_id, date=handed_over_on.isoformat()), None))
    for inspection_id, day, result in inspections:
        if result != "fail":
            continue
        later = [p for p in passed if p is not None and day is not None and p > day]
        if not later:
            found.append(("inspection_failed_open", inspection_id, translate(
                "Validate", "Inspection {inspection} of {task} failed on {date} and no later inspection "
                            "passed.").format(inspection=inspection_id, task=task_id,
                                              date=day.isoformat() if day else "?"), None))
    return found
