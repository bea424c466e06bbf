"""Reading the files teams and the other side hand over, and finding their columns.

``read_source(path)`` turns a CSV, XLSX, GeoJSON, Shapefile, KML/KMZ or GPX file into a
``SourceTable``: column names, rows of text values with the row numbers the user sees
(spreadsheet rows counting the header as 1; features counted from 1 in vector formats)
and, for vector formats, each feature's geometry in WGS84.  A file that is not what its
name claims (a binary ".csv", a ".kmz" that is no ZIP archive) is refused with a
``DeminingError`` before anything else happens.

``detect_mapping(table, kind)`` proposes which source column feeds which target field,
from the column names (in the spellings teams use, several languages) and, for
coordinates, from the values.
"""

import csv
import io
import math
import re
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..errors import DeminingError

translate = QCoreApplication.translate

#: File name endings and the reader (OGR driver) for each.
FORMATS: Dict[str, str] = {
    ".csv": "CSV",
    ".txt": "CSV",
    ".tsv": "CSV",
    ".xlsx": "XLSX",
    ".geojson": "GeoJSON",
    ".json": "GeoJSON",
    ".shp": "ESRI Shapefile",
    ".kml": "KML",
    ".kmz": "KML",
    ".gpx": "GPX",
}
FILE_FILTER = QT_TRANSLATE_NOOP(
    "TabularImport", "Tables and vector files (*.csv *.txt *.tsv *.xlsx *.geojson *.json *.shp *.kml *.kmz *.gpx)")

#: Largest CSV the reader accepts; beyond it the file is certainly not a team's table.
MAX_CSV_BYTES = 2_000_000_000


@dataclass
class SourceTable:
    """What a file holds, as text, with the positions the user sees."""

    path: Path
    format: str
    columns: List[str]
    rows: List[List[Optional[str]]]
    row_numbers: List[int]
    row_label: str = "row"  # "row" (spreadsheet row) or "feature"
    #: One entry per row: WKB in WGS84 lon/lat, or None (no geometry). None when the format has none.
    geometries: Optional[List[Optional[bytes]]] = None
    #: Rows the reader itself found broken: index -> reason (e.g. a CSV line with extra values).
    broken: Dict[int, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> List[Optional[str]]:
        index = self.columns.index(name)
        try:
            return list(map(itemgetter(index), self.rows))
        except IndexError:  # a short row: its missing values are None
            return [row[index] if index < len(row) else None for row in self.rows]

    @property
    def has_geometry(self) -> bool:
        return self.geometries is not None and any(g is not None for g in self.geometries)


# -- file checks -------------------------------------------------------------------------


def format_of(path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise DeminingError(
            translate("TabularImport", "{0}: files ending in '{1}' cannot be imported (use CSV, XLSX, GeoJSON, "
                                       "Shapefile, KML/KMZ or GPX).").format(
                                           Path(path).name, suffix or translate("TabularImport", "(no extension)"))
        )
    return FORMATS[suffix]


def _check_signature(path: Path) -> None:
    """Refuse a file whose first bytes contradict its name, before a reader guesses."""
    name = path.name
    if not path.is_file():
        raise DeminingError(translate("TabularImport", "{0} does not exist or is not a file.").format(path))
    size = path.stat().st_size
    if size == 0:
        raise DeminingError(translate("TabularImport", "{0} is empty.").format(name))
    with open(path, "rb") as handle:
        head = handle.read(65536)
    suffix = path.suffix.lower()
    text_head = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    if suffix in (".xlsx", ".kmz"):
        if not head.startswith(b"PK\x03\x04") or not zipfile.is_zipfile(path):
            what = translate(
                "TabularImport", "an Excel workbook") if suffix == ".xlsx" else translate("TabularImport", "a KMZ file")
            raise DeminingError(translate(
                "TabularImport", "{0} is not {1}: it is not a ZIP archive.").format(name, what))
        try:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
                bad = archive.testzip()
        except (zipfile.BadZipFile, OSError, RuntimeError, ValueError) as error:
            raise DeminingError(translate(
                "TabularImport", "{0} is a damaged ZIP archive: {1}").format(name, error)) from None
        if bad is not None:
            raise DeminingError(translate(
                "TabularImport", "{0} is a damaged ZIP archive ({1} cannot be read).").format(name, bad))
        if suffix == ".xlsx" and "[Content_Types].xml" not in names:
            raise DeminingError(translate(
                "TabularImport", "{0} is a ZIP archive but not an Excel workbook.").format(name))
        if suffix == ".kmz" and not any(n.lower().endswith(".kml") for n in names):
            raise DeminingError(translate(
                "TabularImport", "{0} is a ZIP archive without a KML document inside.").format(name))
    elif suffix in (".csv", ".txt", ".tsv"):
        if size > MAX_CSV_BYTES:
            raise DeminingError(translate(
                "TabularImport", "{0} is too large for a table ({1} bytes).").format(name, size))
        if b"\x00" in head or head.startswith(b"PK\x03\x04"):
            raise DeminingError(translate(
                "TabularImport", "{0} is not a text (CSV) file: it holds binary data.").format(name))
    elif suffix in (".geojson", ".json"):
        if text_head.lstrip()[:1] not in (b"{", b"["):
            raise DeminingError(translate(
                "TabularImport", "{0} is not GeoJSON: it does not start with '{{'.").format(name))
    elif suffix in (".kml", ".gpx"):
        if not text_head.lstrip()[:1] == b"<":
            raise DeminingError(translate(
                "TabularImport", "{0} is not an XML ({1}) file.").format(name, suffix[1:].upper()))
    elif suffix == ".shp":
        if len(head) < 100 or head[:4] != b"\x00\x00\x27\x0a":
            raise DeminingError(translate(
                "TabularImport", "{0} is not a Shapefile (its header is wrong).").format(name))


def read_source(path) -> SourceTable:
    """Every row of a supported file, as text; ``DeminingError`` if the file cannot be read."""
    path = Path(path)
    fmt = format_of(path)
    _check_signature(path)
    if fmt == "CSV":
        return _read_csv(path)
    return _read_ogr(path, fmt)


def _decode(data: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "cp1251" if _looks_cyrillic(data) else "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DeminingError(translate("TabularImport", "{0}: the text encoding cannot be recognised.").format(name))


def _looks_cyrillic(data: bytes) -> bool:
    # Windows-1251 Cyrillic letters sit in 0xC0-0xFF; many of them and no valid UTF-8 say so.
    high = sum(1 for b in data[:65536] if b >= 0xC0)
    return high > 20


def _read_csv(path: Path) -> SourceTable:
    text = _decode(path.read_bytes(), path.name)
    sample = text[:65536]
    first_line = sample.splitlines()[0] if sample.splitlines() else ""
    delimiter = max((",", ";", "\t", "|"), key=first_line.count)
    if first_line.count(delimiter) == 0:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise DeminingError(translate("TabularImport", "{0} has no header row.").format(path.name)) from None
    except csv.Error as error:
        raise DeminingError(translate(
            "TabularImport", "{0}: the header cannot be read: {1}").format(path.name, error)) from None
    columns = _unique_columns(header)
    if not any(columns):
        raise DeminingError(translate("TabularImport", "{0} has an empty header row.").format(path.name))
    rows: List[List[Optional[str]]] = []
    numbers: List[int] = []
    broken: Dict[int, str] = {}
    width = len(columns)
    # The user's row number is the line a record starts on; only quoted fields may span lines.
    spans_lines = '"' in text
    line_before = number = reader.line_num
    try:
        records = reader if spans_lines else list(reader)
        if not spans_lines and not _needs_cleaning(text, delimiter) and all(len(r) == width for r in records):
            # One record a line, every value there and trimmed: the rows are the records as read.
            return SourceTable(path, "CSV", columns, records, list(range(number + 1, number + 1 + len(records))),
                               "row", None, broken)
        for values in records:
            if spans_lines:
                number = line_before + 1
                line_before = reader.line_num
            else:
                number += 1
            cleaned = [v.strip() or None for v in values]
            if not any(cleaned):
                continue
            if len(cleaned) != width:
                if any(cleaned[width:]):
                    broken[len(rows)] = translate(
                        "TabularImport", "has {0} values but the header has {1} columns").format(len(values), width)
                cleaned = cleaned[:width] + [None] * (width - len(cleaned))
            rows.append(cleaned)
            numbers.append(number)
    except csv.Error as error:
        raise DeminingError(translate(
            "TabularImport", "{0}, line {1}: {2}").format(path.name, reader.line_num, error)) from None
    return SourceTable(path, "CSV", columns, rows, numbers, "row", None, broken)


#: White space that ``str.strip`` removes, in ASCII (line breaks aside: the reader ends records there).
_ASCII_SPACE = " \t\x0b\x0c\x1c\x1d\x1e\x1f"


def _needs_cleaning(text: str, delimiter: str) -> bool:
    """Whether a value of ``text`` (a CSV without quoted fields) is empty or has white space
    around it (a blank line included; the line breaks at its end aside). Plain substring
    tests first: the regular expression is only for files with white space in them."""
    body = text.rstrip("\r\n")
    marks = (delimiter * 2, "\n" + delimiter, "\r" + delimiter, delimiter + "\n", delimiter + "\r", "\n\n", "\n\r\n",
             "\r\r")
    if body.startswith(delimiter) or body.endswith(delimiter) or any(mark in body for mark in marks):
        return True
    if body.isascii() and not any(space in body for space in _ASCII_SPACE):
        return False
    between, space = re.escape(delimiter), r"[^\S\r\n]"
    return re.search(rf"(?m)(?:^|{between}){space}|{space}(?:{between}|\r?$)", body) is not None


def _unique_columns(header: Sequence[str]) -> List[str]:
    seen: Dict[str, int] = {}
    columns = []
    for index, name in enumerate(header):
        name = (name or "").strip() or f"column_{index + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
        else:
            seen[name] = 1
        columns.append(name)
    return columns


@contextmanager
def gdal_config(options: Dict[str, str]):
    """GDAL configuration options for the duration of a read, restored afterwards."""
    from osgeo import gdal

    previous = {key: gdal.GetConfigOption(key) for key in options}
    for key, value in options.items():
        gdal.SetConfigOption(key, value)
    try:
        yield
    finally:
        for key, value in previous.items():
            gdal.SetConfigOption(key, value)


def _read_ogr(path: Path, fmt: str) -> SourceTable:
    # GDAL 3.6 takes the XLSX header choice from configuration options, not open options:
    # the first row is always the header, and every cell is read as the text shown.
    settings = {"OGR_XLSX_HEADERS": "FORCE", "OGR_XLSX_FIELD_TYPES": "STRING"} if fmt == "XLSX" else {}
    with gdal_config(settings):
        return _read_ogr_layers(path, fmt)


def _read_ogr_layers(path: Path, fmt: str) -> SourceTable:
    from osgeo import gdal, osr

    gdal.UseExceptions()
    options: List[str] = []
    source = str(path)
    if path.suffix.lower() == ".kmz":
        source = f"/vsizip/{path}"
        with zipfile.ZipFile(path) as archive:
            kml = next(n for n in archive.namelist() if n.lower().endswith(".kml"))
        source = f"/vsizip/{path}/{kml}"
    try:
        # LIBKML reads a placemark's ExtendedData (the attributes); the plain KML driver only name/description.
        drivers = ["LIBKML", "KML"] if fmt == "KML" else [fmt]
        ds = gdal.OpenEx(source, gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=drivers, open_options=options)
    except RuntimeError as error:
        ds = None
        reason = str(error)
    else:
        reason = ""
    if ds is None:
        raise DeminingError(
            translate("TabularImport", "{0} cannot be read as {1}: {2}").format(path.name, fmt, reason or translate(
                "TabularImport", "unknown error"))
        )
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    columns: List[str] = []
    records: List[Tuple[Dict[str, Optional[str]], Optional[bytes]]] = []
    numbers: List[int] = []
    layers = [ds.GetLayer(i) for i in range(ds.GetLayerCount())]
    if fmt == "GPX":
        # Items found are waypoints; routes and tracks are the way there.
        layers = [layer for layer in layers if layer.GetName() == "waypoints"]
    elif fmt == "XLSX":
        layers = [layer for layer in layers if layer.GetFeatureCount() > 0][:1]
    skip_fields = (
        {
            "ele",
            "time",
            "magvar",
            "geoidheight",
            "sym",
            "type",
            "fix",
            "sat",
            "hdop",
            "vdop",
            "pdop",
            "ageofdgpsdata",
            "dgpsid",
            "src",
            "link1_href",
            "link1_text",
            "link1_type",
            "link2_href",
            "link2_text",
            "link2_type",
        }
        if fmt == "GPX"
        else set()
    )
    try:
        for layer in layers:
            layer_defn = layer.GetLayerDefn()
            names = [layer_defn.GetFieldDefn(i).GetName() for i in range(layer_defn.GetFieldCount())]
            keep = [(i, n) for i, n in enumerate(names) if n.lower() not in skip_fields or n.lower() == "time"]
            for _, name in keep:
                if name not in columns:
                    columns.append(name)
            srs = layer.GetSpatialRef()
            transform = None
            if srs is not None and not srs.IsSame(wgs84):
                srs = srs.Clone()
                srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
                transform = osr.CoordinateTransformation(srs, wgs84)
            layer.ResetReading()
            for feature in layer:
                values = {}
                for index, name in keep:
                    values[name] = (
                        feature.GetFieldAsString(index).strip() if feature.IsFieldSetAndNotNull(index) else None
                    )
                    if values[name] == "":
                        values[name] = None
                geometry = feature.GetGeometryRef()
                wkb = None
                if geometry is not None and not geometry.IsEmpty():
                    geometry = geometry.Clone()
                    if transform is not None:
                        geometry.Transform(transform)
                    geometry.FlattenTo2D()
                    wkb = bytes(geometry.ExportToIsoWkb())
                records.append((values, wkb))
                # XLSX feature ids are the sheet's row numbers (the header is row 1).
                numbers.append(feature.GetFID() if fmt == "XLSX" else len(records))
    except RuntimeError as error:
        raise DeminingError(translate(
            "TabularImport", "{0} cannot be read as {1}: {2}").format(path.name, fmt, error)) from None
    finally:
        ds = None  # noqa: F841 (closes the file)
    rows = [[values.get(name) for name in columns] for values, _ in records]
    geometries = None if fmt == "XLSX" else [wkb for _, wkb in records]
    label = "row" if fmt == "XLSX" else "feature"
    return SourceTable(path, fmt, columns, rows, numbers, label, geometries)


# -- column detection ---------------------------------------------------------------------

#: Target fields the importers know and the column names that feed them (folded:
#: lower case, no spaces, underscores, hyphens or dots).
ALIASES: Dict[str, Tuple[str, ...]] = {
    "lat": (
        "lat",
        "latitude",
        "lat_dd",
        "latdd",
        "latdeg",
        "y_wgs84",
        "ycoord_wgs",
        "enlem",
        "enlik",
        "en",
        "широта",
        "шир",
        "breite",
        "breitengrad",
        "gpslat",
        "gps_lat",
        "lat_wgs84",
        "latwgs84",
        "latitud",
        "latitudine",
        "lat(n)",
        "north",
        "n",
    ),
    "lon": (
        "lon",
        "long",
        "lng",
        "longitude",
        "lon_dd",
        "londd",
        "x_wgs84",
        "boylam",
        "uzunluq",
        "долгота",
        "долг",
        "дол",
        "länge",
        "laenge",
        "laengengrad",
        "gpslon",
        "gps_lon",
        "lon_wgs84",
        "lonwgs84",
        "longitud",
        "longitudine",
        "lon(e)",
        "east",
        "e",
    ),
    "x": (
        "x",
        "easting",
        "east_m",
        "eastings",
        "utm_e",
        "utme",
        "utm_x",
        "xcoord",
        "x_coord",
        "ost",
        "rechtswert",
        "восток",
        "x_utm",
        "e_utm",
    ),
    "y": (
        "y",
        "northing",
        "north_m",
        "northings",
        "utm_n",
        "utmn",
        "utm_y",
        "ycoord",
        "y_coord",
        "nord",
        "hochwert",
        "север",
        "y_utm",
        "n_utm",
    ),
    "mgrs": (
        "mgrs",
        "mgrs_ref",
        "grid",
        "gridref",
        "grid_ref",
        "grid_reference",
        "mgrsref",
        "usng",
        "мгрс",
        "coordinates_mgrs",
        "mgrs_coordinate",
        "mgrscoordinate",
    ),
    "category": (
        "category",
        "cat",
        "type",
        "item_type",
        "itemtype",
        "mine_type",
        "minetype",
        "kind",
        "class",
        "item",
        "device",
        "device_type",
        "ordnance",
        "tip",
        "növ",
        "nov",
        "tür",
        "tur",
        "тип",
        "вид",
        "категория",
        "kateqoriya",
        "kategori",
    ),
    "model": (
        "model",
        "mine_model",
        "minemodel",
        "modeli",
        "модель",
        "марка",
        "item_model",
        "device_model",
        "name",
        "desc",
        "description",
    ),
    "quantity": (
        "quantity",
        "qty",
        "count",
        "number",
        "num",
        "n_items",
        "items",
        "amount",
        "sayı",
        "sayi",
        "adet",
        "количество",
        "кол",
        "кол-во",
    ),
    "found_on": (
        "found_on",
        "date",
        "found",
        "date_found",
        "found_date",
        "datefound",
        "time",
        "tarix",
        "tarih",
        "дата",
        "day",
        "when",
        "found_at",
    ),
    "depth_cm": ("depth_cm", "depth", "depthcm", "depth(cm)", "derinlik", "dərinlik", "глубина", "глубина_см"),
    "condition": ("condition", "state", "status", "vəziyyət", "durum", "состояние"),
    "disposition": ("disposition", "action", "disposal", "action_taken", "fate", "result", "уничтожение"),
    "organisation": ("organisation", "organization", "org", "operator", "agency", "təşkilat", "kurum", "организация"),
    "team": ("team", "team_name", "teamname", "unit", "komanda", "ekip", "группа", "команда"),
    "remarks": ("remarks", "remark", "notes", "note", "comment", "comments", "qeyd", "not", "примечание"),
    "row_no": ("row_no", "row", "rowno", "row_number", "mine_row", "sıra", "sira", "ряд"),
    "mine_no": ("mine_no", "mineno", "mine_number", "no", "nr", "number_in_row", "id", "№", "номер"),
    "occurred_on": (
        "occurred_on",
        "date",
        "accident_date",
        "date_of_accident",
        "incident_date",
        "occurred",
        "tarix",
        "tarih",
        "дата",
    ),
    "killed": ("killed", "dead", "deaths", "fatalities", "killed_n", "ölü", "olu", "həlak", "погибло", "убито"),
    "injured": ("injured", "wounded", "injuries", "injured_n", "yaralı", "yarali", "ранено", "ранены"),
    "civilian": ("civilian", "civilians", "is_civilian", "civil", "mülki", "sivil", "гражданский"),
    "activity": (
        "activity",
        "activity_at_time",
        "circumstance",
        "circumstances",
        "cause",
        "fəaliyyət",
        "faaliyet",
        "деятельность",
    ),
    "device_category": (
        "device_category",
        "device",
        "device_type",
        "category",
        "item_category",
        "mine_type",
        "type",
        "тип",
    ),
    "description": ("description", "desc", "details", "remarks", "notes", "narrative", "описание"),
    "record": ("record_id", "record", "minefield", "minefield_id", "map_no", "form_no"),
}


def fold_name(name: str) -> str:
    return re.sub(r"[\s_\-.°'\"]+", "", str(name).strip().lower())


_MGRS_LIKE = re.compile(r"^\s*\d{1,2}\s*[C-HJ-NP-X]\s*[A-HJ-NP-Z]{2}\s*\d{0,5}\s*\d{0,5}\s*$", re.IGNORECASE)


def _number(text: Optional[str]) -> Optional[float]:
    if text is None:
        return None
    try:
        number = float(str(text).strip().replace(",", "."))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def detect_mapping(table: SourceTable, targets: Sequence[str]) -> Dict[str, Optional[str]]:
    """Best source column for each target field (None where nothing fits).

    Names first (exact alias, in the order of the alias list), then values for the
    coordinates: a column of MGRS strings, a pair of numeric columns in degree ranges.
    """
    folded = {column: fold_name(column) for column in table.columns}
    taken: set = set()
    mapping: Dict[str, Optional[str]] = {}
    # Coordinates and specific fields claim their columns before generic ones ("date", "type").
    order = sorted(targets, key=lambda t: 0 if t in ("lat", "lon", "x", "y", "mgrs") else 1)
    for target in order:
        mapping[target] = None
        for alias in ALIASES.get(target, (target,)):
            key = fold_name(alias)
            for column, name in folded.items():
                if name == key and column not in taken:
                    mapping[target] = column
                    break
            if mapping[target] is not None:
                taken.add(mapping[target])
                break
    sample = table.rows[:200]

    def values_of(column: str) -> List[str]:
        index = table.columns.index(column)
        return [row[index] for row in sample if index < len(row) and row[index] is not None]

    if "mgrs" in targets and mapping.get("mgrs") is None:
        for column in table.columns:
            values = values_of(column)
            if column not in taken and values and sum(bool(_MGRS_LIKE.match(v)) for v in values) >= 0.8 * len(values):
                mapping["mgrs"] = column
                taken.add(column)
                break
    if "lat" in targets and "lon" in targets and (mapping.get("lat") is None or mapping.get("lon") is None):
        numeric = []
        for column in table.columns:
            if column in taken:
                continue
            numbers = [_number(v) for v in values_of(column)]
            numbers = [n for n in numbers if n is not None]
            if numbers and len(numbers) >= 0.8 * len(values_of(column)):
                fractional = sum(1 for n in numbers if n != int(n)) >= 0.5 * len(numbers)
                if fractional and all(-180 <= n <= 180 for n in numbers):
                    numeric.append((column, max(abs(n) for n in numbers)))
        if len(numeric) >= 2 and mapping.get("lat") is None and mapping.get("lon") is None:
            # Of two degree columns, the one reaching beyond 90 is the longitude; else keep file order.
            first, second = numeric[0], numeric[1]
            if first[1] > 90 >= second[1]:
                first, second = second, first
            mapping["lat"], mapping["lon"] = first[0], second[0]
    return mapping
