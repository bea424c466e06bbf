"""Completion, inspection and handover in the demo store (issue 18): some closed tasks whose
hazard land is all released are completed, inspected (quality control samples, some failing
first and passing on a second visit) and handed over to the district's authority or a land
user, so the demo prints a complete pack of completion reports and certificates.

Which tasks and what is recorded follow from the store itself (task order, released dates and
areas): the same store always gets the same handovers."""

import datetime
from typing import Dict, List

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsRectangle

from ..core.checks.handover import unreleased_land
from ..core.completion.data import task_filter
from ..core.geo.crs import transformed, utm_crs_for
from ..core.geo.measure import distance_area, geometry_area_ha
from ..core.model.changes import ChangeSet
from ..core.model.values import plain_qgis_value

#: At most this many tasks are handed over (the first closed ones with all their hazard land released).
HANDOVERS = 24
LAND_USES = ("farming", "grazing", "farming", "housing", "infrastructure", "forest")
RECIPIENTS = ("{district} district executive authority", "{district} farmers' association",
              "Ministry of Agriculture, {district} office", "{district} municipality")
#: Side of a quality control sample (m).
SAMPLE_M = 50.0


def _sample_square(land: QgsGeometry, crs) -> QgsGeometry:
    """A SAMPLE_M square around a point inside the released land, in the store's CRS."""
    utm = utm_crs_for(land, crs)
    centre = transformed(land.pointOnSurface(), crs, utm).asPoint()
    half = SAMPLE_M / 2
    square = QgsGeometry.fromRect(QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half,
                                               centre.y() + half))
    return transformed(square, utm, crs)


def _candidates(store, limit: int) -> List[Dict]:
    """Closed tasks with released land and no hazard land left unreleased in them, in id order."""
    tasks, released = store.layer("clearance_tasks"), store.layer("cleared_areas")
    hazards = store.layer("hazard_areas")
    da = distance_area(tasks.crs())
    found = []
    request = QgsFeatureRequest().setFilterExpression("\"status\" = 'closed'")
    for task in sorted(tasks.getFeatures(request), key=lambda f: f["task_id"]):
        if len(found) >= limit:
            break
        if not task.hasGeometry():
            continue
        land = [f for f in released.getFeatures(QgsFeatureRequest().setFilterExpression(task_filter(task["task_id"])))
                if f.hasGeometry()]
        if not land:
            continue
        box = task.geometry().boundingBox()
        near = [f.geometry() for f in released.getFeatures(QgsFeatureRequest().setFilterRect(box)) if f.hasGeometry()]
        hazard_shapes = [f.geometry() for f in hazards.getFeatures(QgsFeatureRequest().setFilterRect(box))
                         if f.hasGeometry()]
        left_m2, _ = unreleased_land(task.geometry(), hazard_shapes, near, da, tasks.crs())
        if left_m2 > 1.0:
            continue
        days = [plain_qgis_value(f["released_on"]) for f in land]
        found.append({"task_id": task["task_id"], "district": plain_qgis_value(task["district"]) or "",
                      "organisation": plain_qgis_value(task["organisation"]) or "",
                      "last_release": max(d for d in days if d is not None),
                      "land": land[0].geometry(),
                      "ha": sum(geometry_area_ha(f.geometry(), tasks.crs()) for f in land)})
    return found


def add_handovers(store, limit: int = HANDOVERS) -> ChangeSet:
    """Complete, inspect and hand over up to ``limit`` closed tasks of ``store`` (one transaction)."""
    crs = store.layer("clearance_tasks").crs()
    changes = ChangeSet()
    for k, task in enumerate(_candidates(store, limit)):
        done = task["last_release"] + datetime.timedelta(days=3)
        sample = _sample_square(task["land"], crs)
        visits = [(done + datetime.timedelta(days=5), "pass")]
        if k % 4 == 0:  # a failed sample, corrected and sampled again
            visits = [(done + datetime.timedelta(days=5), "fail"), (done + datetime.timedelta(days=19), "pass")]
        for day, result in visits:
            changes.add("inspections", sample, {
                "task_id": task["task_id"], "inspected_on": day, "organisation": "ANAMA QM",
                "inspector": ("R. Aliyev", "S. Mammadova", "T. Huseynov")[k % 3], "kind": "qc_sampling",
                "sampled_m2": SAMPLE_M * SAMPLE_M, "items_found": 1 if result == "fail" else 0, "result": result,
                "remarks": "AP fragment found in the sample; lane re-cleared" if result == "fail" else ""})
        values = {"completed_on": done}
        if k % 5 != 4:  # one in five completed and inspected, not yet handed over
            people = max(1, round(task["ha"] * 2))
            values.update({
                "handed_over_on": visits[-1][0] + datetime.timedelta(days=4),
                "handed_over_to": RECIPIENTS[k % len(RECIPIENTS)].format(district=task["district"] or "District"),
                "land_use_after": LAND_USES[k % len(LAND_USES)],
                "beneficiaries_women": people, "beneficiaries_men": people + k % 7,
                "beneficiaries_girls": people // 2, "beneficiaries_boys": people // 2 + k % 3,
                "residual_risk": ""})
        changes.update("clearance_tasks", task["task_id"], values)
    if not changes.is_empty():
        store.apply(changes)
    return changes
