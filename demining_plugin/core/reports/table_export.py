"""Totals tables written to CSV and XLSX files.

XLSX is written with GDAL's own XLSX driver, present in every QGIS installation, so no
spreadsheet package is needed. Numbers are written as numbers (not formatted text) so
the spreadsheet can add them up; the totals row comes last, labelled "Total". Files are
written beside the target and moved in place at the end: a failure leaves an existing
file as it was.
"""

import csv
from pathlib import Path
from typing import List

from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..files import replaced_in_one_step
from ..model.schema import RELEASE_METHOD, TECHNIQUE
from .grouping import NOT_APPLICABLE
from .totals import TotalsTable

#: Qt's translation function under the name pylupdate5 looks for.
translate = QCoreApplication.translate




def group_label(table: TotalsTable, value) -> str:
    """What a group is called in tables and files: coded values by their label."""
    if value is None:
        if table.grouping == "district":
            return translate("TableExport", "Outside the districts")
        return translate("TableExport", "(not recorded)")
    if value == NOT_APPLICABLE:
        return translate("TableExport", "(not applicable)")
    domain = {"release_method": RELEASE_METHOD, "technique": TECHNIQUE}.get(table.grouping)
    if domain is not None and value in domain.codes:
        # Labels of the data model are translated in the "Schema" context (see core.store.styles).
        return QCoreApplication.translate("Schema", domain.label(value))
    return str(value)


def table_rows(table: TotalsTable) -> List[List]:
    """Header, rows and totals row, with group labels as text and figures as numbers."""
    out = [[c.title for c in table.columns]]
    for row in table.rows:
        out.append([group_label(table, row[0])] + [_rounded(c.kind, v) for c, v in zip(table.columns[1:], row[1:])])
    totals = [_rounded(c.kind, v) for c, v in zip(table.columns[1:], table.totals[1:])]
    out.append([translate("TableExport", "Total")] + totals)
    return out


def _rounded(kind: str, value):
    if kind == "count":
        return int(value)
    if kind == "ha":
        return round(float(value), 4)
    if kind == "km":
        return round(float(value), 3)
    return value


def write_csv(table: TotalsTable, path) -> Path:
    target = Path(path)
    with replaced_in_one_step(target) as tmp, open(tmp, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(table_rows(table))
    return target


def write_xlsx(table: TotalsTable, path, sheet: str = "") -> Path:
    """One worksheet with the table (GDAL's XLSX driver)."""
    from osgeo import gdal, ogr

    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise DeminingError(translate("TableExport", "An XLSX export must end in .xlsx: {target}").format(
            target=target))
    driver = ogr.GetDriverByName("XLSX")
    if driver is None:
        raise DeminingError(translate("TableExport", "This GDAL has no XLSX driver; export the table to CSV instead."))
    rows = table_rows(table)
    kinds = ["text"] + [c.kind for c in table.columns[1:]]
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        with replaced_in_one_step(target) as tmp:
            _write_sheet(driver, tmp, target, sheet, rows, kinds)
    finally:
        gdal.PopErrorHandler()
    return target


def _write_sheet(driver, tmp: Path, target: Path, sheet: str, rows, kinds) -> None:
    from osgeo import gdal, ogr

    ds = driver.CreateDataSource(str(tmp))
    if ds is None:
        raise DeminingError(translate("TableExport", "Cannot create {target}: {error}").format(
            target=target, error=gdal.GetLastErrorMsg()))
    layer = ds.CreateLayer((sheet or translate("TableExport", "Totals"))[:31], geom_type=ogr.wkbNone)
    for title, kind in zip(rows[0], kinds):
        ogr_type = ogr.OFTString if kind == "text" else (ogr.OFTInteger if kind == "count" else ogr.OFTReal)
        if layer.CreateField(ogr.FieldDefn(title, ogr_type)) != 0:
            raise DeminingError(translate("TableExport", "Cannot write the column '{title}' to {target}.").format(
                title=title, target=target))
    definition = layer.GetLayerDefn()
    for row in rows[1:]:
        feature = ogr.Feature(definition)
        for k, value in enumerate(row):
            feature.SetField(k, value)
        if layer.CreateFeature(feature) != 0:
            raise DeminingError(translate("TableExport", "Cannot write a row to {target}.").format(target=target))
    ds = None  # noqa: F841 (writes and closes the file)
