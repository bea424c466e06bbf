"""The land left in the hazards, every square metre once, by district and classification.

The land left is the ground of the hazards not closed less all the released land. Hazards
may overlap each other (an SHA drawn over a CHA, a legacy import beside a resurvey) and their
``remaining_ha`` figures would then count the shared ground twice; so the land left is worked
out from the geometries with the counted-once engine of the totals (``ReleasedLand``): the
released polygons come first, then the confirmed hazards, then the suspected ones, and each
square metre goes to the first polygon covering it. What falls to a hazard is its land left.

- **Released land first**: a square metre released by any method is no longer left.
- **CHA over SHA** (``PRECEDENCE``): ground in a confirmed and a suspected hazard is confirmed
  land (the evidence of a confirmed hazard stands until it is released; counting it as
  suspected would expect it to be cancelled at survey rates). Two hazards of one
  classification share their ground once (the one with the lower feature id takes it).
- **District**: where the land lies, when the store has named regions (a hazard across a
  boundary counts in both districts); land outside every region, or every hazard's land in a
  store without regions, counts in the district the hazard records.

Areas are true (WGS84 ellipsoidal) areas, measured as the totals measure them.
"""

from typing import Callable, Dict, List, Optional

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsCoordinateTransformContext, QgsGeometry

from ..feature_table import TEXT, FeatureTable, read_layer
from ..geo.districts import OUTSIDE
from ..geo.measure import M2_PER_HA
from ..geo.polygon_arrays import project_polygons
from ..model.schema import CLASSIFICATION
from ..release.counted_once import ReleasedLand
from ..reports.hectares import LandTable

#: Which classification ground in hazards of both takes: the first listed.
PRECEDENCE = ("CHA", "SHA")
_HAZARD_FIELDS = {"classification": TEXT, "status": TEXT, "district": TEXT}

#: Hectares left by district (None: none recorded) and classification.
LandLeft = Dict[Optional[str], Dict[str, float]]


def read_hazard_table(layer, is_canceled: Optional[Callable[[], bool]] = None) -> FeatureTable:
    """The hazards' polygons with the attributes the land left needs."""
    return read_layer(layer, _HAZARD_FIELDS, is_canceled=is_canceled)


def land_left(hazards: FeatureTable, released_wkb: List[Optional[bytes]], released: LandTable,
              progress: Optional[Callable[[float], None]] = None,
              is_canceled: Optional[Callable[[], bool]] = None) -> LandLeft:
    """Hectares left in ``hazards`` (``read_hazard_table``) not closed, by district and
    classification, every square metre once (see the module's text).

    ``released_wkb`` are the released polygons ``released`` was made from (in its plane's
    CRS): the same plane and regions are used, so the figures add up with the totals'."""
    classification, status = hazards.columns["classification"], hazards.columns["status"]
    rank = {code: k for k, code in enumerate(PRECEDENCE)}
    rows = [k for k in range(len(hazards)) if status[k] != "closed" and classification[k] in rank]
    wkb = _in_crs([hazards.wkb[k] for k in rows], hazards.crs, released.projector.crs)
    count = len(released_wkb)
    # Released land on day 0, then the hazards one day per classification in precedence order.
    days = np.concatenate([np.zeros(count, dtype=np.int64),
                           np.array([1 + rank[classification[k]] for k in rows], dtype=np.int64)])
    fids = np.concatenate([np.arange(count, dtype=np.int64), hazards.fids[rows].astype(np.int64)])
    land = ReleasedLand(project_polygons(list(released_wkb) + wkb, released.projector), fids, days,
                        released.regions)
    land.build(progress=progress, is_canceled=is_canceled)
    names = list(released.regions.names) if released.regions is not None else []
    left: LandLeft = {}
    pieces = land.pieces
    for row, region, area in zip(pieces.row, pieces.region, pieces.area_m2):
        if row < count or area <= 0:
            continue
        hazard = rows[row - count]
        district = names[region] if region != OUTSIDE and 0 <= region < len(names) else \
            (hazards.columns["district"][hazard] or None)
        slot = left.setdefault(district, {c: 0.0 for c in CLASSIFICATION.codes})
        slot[classification[hazard]] += float(area) / M2_PER_HA
    return left


def _in_crs(wkbs: List[Optional[bytes]], source, target) -> List[Optional[bytes]]:
    """WKB in ``source`` as WKB in ``target`` (unchanged when they are the same CRS)."""
    if source == target or not source.isValid():
        return wkbs
    transform = QgsCoordinateTransform(source, target, QgsCoordinateTransformContext())
    out = []
    for item in wkbs:
        geometry = QgsGeometry()
        if item:
            geometry.fromWkb(bytes(item))
            geometry.transform(transform)
        out.append(bytes(geometry.asWkb()) if not geometry.isNull() else None)
    return out
