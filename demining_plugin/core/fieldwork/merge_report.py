"""The merge report: one row per field feature (what it is, what happened to it and why), as
a CSV file or a table in a GeoPackage, written beside the target and moved in place at the
end so that a failure leaves an existing file as it was."""

import csv
from pathlib import Path
from typing import List

from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..files import replaced_in_one_step

translate = QCoreApplication.translate

#: Columns of the report (language-neutral names: the file is read by programs too).
REPORT_COLUMNS = ("package", "kind", "status", "feature", "field_uuid", "hectares", "message")
#: Name of the table written into a GeoPackage report.
REPORT_TABLE = "field_merge_report"


def report_rows(plan) -> List[List]:
    """The report's rows (without the header): the package's notes first, then each feature."""
    rows = [[plan.package_name, "package", "warning", "", "", 0.0, note] for note in plan.notes]
    for row in plan.rows:
        rows.append([plan.package_name, row.kind, row.status, row.label, row.field_uuid,
                     round(row.hectares, 4), row.message])
    return rows


def write_merge_report(plan, path) -> Path:
    """Write the report of ``plan`` to ``path`` (.csv, or .gpkg for a table named REPORT_TABLE)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".gpkg"):
        raise DeminingError(translate(
            "FieldMerge", "The merge report must be a .csv or .gpkg file, not {name}.").format(name=target.name))
    what = translate("FieldMerge", "the merge report")
    with replaced_in_one_step(target, what) as tmp:
        if suffix == ".csv":
            with open(tmp, "w", newline="", encoding="utf-8", errors="replace") as handle:
                writer = csv.writer(handle)
                writer.writerow(REPORT_COLUMNS)
                writer.writerows(report_rows(plan))
        else:
            _write_table(tmp, report_rows(plan))
    return target


def _write_table(path: Path, rows: List[List]) -> None:
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    try:
        layer = ds.CreateLayer(REPORT_TABLE, geom_type=ogr.wkbNone)
        for name in REPORT_COLUMNS:
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal if name == "hectares" else ogr.OFTString))
        ds.StartTransaction()
        for row in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for name, value in zip(REPORT_COLUMNS, row):
                feature.SetField(name, value)
            layer.CreateFeature(feature)
        ds.CommitTransaction()
    finally:
        ds = None  # noqa: F841 (closes the file)
