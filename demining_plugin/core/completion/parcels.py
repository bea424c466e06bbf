"""The land handed over, for a cadastre or land registry: one parcel per task handed over
(its released land as one polygon, in WGS 84) with the handover's attributes, written to a
GeoPackage or GeoJSON file (``demining:exporthandover``)."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List, Optional, Sequence

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QVariant

from ..errors import DeminingError
from ..fieldmap.tasks import select_tasks
from ..geo.crs import transformed, wgs84
from .data import BENEFICIARIES, REPORT_LAYERS, completion_data

translate = QCoreApplication.translate

DRIVERS = {".gpkg": "GPKG", ".geojson": "GeoJSON", ".json": "GeoJSON"}
#: Attributes of a parcel: (name, type), copied from the task except ``area_ha``.
PARCEL_FIELDS = (
    ("task_id", QVariant.String), ("hazard_id", QVariant.String), ("district", QVariant.String),
    ("organisation", QVariant.String), ("team", QVariant.String), ("area_ha", QVariant.Double),
    ("completed_on", QVariant.Date), ("handed_over_on", QVariant.Date), ("handed_over_to", QVariant.String),
    ("land_use_after", QVariant.String),
) + tuple((name, QVariant.Int) for name in BENEFICIARIES) + (("residual_risk", QVariant.String),)


@dataclass
class ParcelExport:
    path: str
    parcels: int
    area_ha: float
    task_ids: List[str] = field(default_factory=list)
    #: Tasks chosen but not handed over (or with no released land): no parcel.
    skipped: List[str] = field(default_factory=list)


def export_handover_parcels(store, output: str, task_ids: Optional[Sequence[str]] = None,
                            expression: Optional[str] = None,
                            log: Optional[Callable[[str], None]] = None) -> ParcelExport:
    """Parcels of the chosen tasks that were handed over, to ``output`` (``.gpkg`` or ``.geojson``)."""
    target = Path(output)
    driver = DRIVERS.get(target.suffix.lower())
    if driver is None:
        raise DeminingError(translate("Completion", "OUTPUT must be a .gpkg or .geojson file, not {0}.").format(
            target.name))
    if not target.parent.is_dir():
        raise DeminingError(translate("Completion", "Folder {0} does not exist.").format(target.parent))
    layers = {name: store.layer(name) for name in REPORT_LAYERS}
    fields = QgsFields()
    for name, kind in PARCEL_FIELDS:
        fields.append(QgsField(name, kind))
    parcels, skipped, total = [], [], 0.0
    for task in select_tasks(layers["clearance_tasks"], task_ids, expression):
        data = completion_data(task, layers)
        if data.facts.get("handed_over_on") is None or data.released.isEmpty():
            skipped.append(data.task_id)
            continue
        feature = QgsFeature(fields)
        feature.setGeometry(transformed(data.released, data.crs, wgs84()))
        values = {name: data.fact(name) or None for name, _ in PARCEL_FIELDS}
        for name in ("completed_on", "handed_over_on"):
            day = data.facts.get(name)
            values[name] = QDate(day.year, day.month, day.day) if day is not None else None
        values["area_ha"] = round(data.released_ha, 4)
        for name in BENEFICIARIES:
            values[name] = int(data.facts.get(name) or 0)
        feature.setAttributes([values[name] for name, _ in PARCEL_FIELDS])
        parcels.append(feature)
        total += data.released_ha
    if skipped and log is not None:
        log(translate("Completion", "Not handed over or without released land, no parcel: {0}").format(
            ", ".join(skipped)))
    if not parcels:
        raise DeminingError(translate(
            "Completion", "None of the chosen tasks was handed over with released land ({0}); nothing was "
                          "written.").format(", ".join(skipped)))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.layerName = "handover_parcels"
    partial = target.with_name(f".{target.stem}.partial{target.suffix}")
    partial.unlink(missing_ok=True)
    writer = QgsVectorFileWriter.create(str(partial), fields, QgsWkbTypes.MultiPolygon, wgs84(),
                                        QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.NoError:
        message = writer.errorMessage()
        del writer
        partial.unlink(missing_ok=True)
        raise DeminingError(translate("Completion", "Writing {0} failed: {1}").format(target.name, message))
    for parcel in parcels:
        if parcel.geometry().wkbType() != QgsWkbTypes.MultiPolygon:
            geometry = parcel.geometry()
            geometry.convertToMultiType()
            parcel.setGeometry(geometry)
        writer.addFeature(parcel)
    del writer  # closes the file
    partial.replace(target)
    return ParcelExport(str(target), len(parcels), total, [p["task_id"] for p in parcels], skipped)
