"""Reading a layer's features into columns: feature ids, WKB geometries, attributes.

For a layer stored in a file GDAL reads (GeoPackage, Shapefile...) without pending
edits, GDAL's columnar (Arrow) reader gives 100,000 features in a fraction of a second;
otherwise features come through QGIS (``getFeatures``), which works for every provider,
for Processing feature sources (selected features only...) and for edit buffers.
Dates become ``datetime64[D]`` (``NaT`` when empty), text ``str`` or ``None``.
"""

import datetime
from dataclasses import dataclass
from typing import Callable, Dict, Iterable, List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime

from .errors import DeminingError
from .model.values import is_null

translate = QCoreApplication.translate

#: Column kinds the callers ask for.
TEXT, DATE, NUMBER, BOOLEAN = "text", "date", "number", "boolean"


@dataclass
class FeatureTable:
    fids: np.ndarray
    wkb: Sequence[Optional[bytes]]  # a list, or FixedBlobs from the columnar reader
    columns: Dict[str, np.ndarray]
    crs: QgsCoordinateReferenceSystem

    def __len__(self) -> int:
        return len(self.fids)


def _as_date(value) -> Optional[np.datetime64]:
    if is_null(value):
        return None
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return np.datetime64(value.toString("yyyy-MM-dd")) if value.isValid() else None
    if isinstance(value, datetime.datetime):
        return np.datetime64(value.date())
    if isinstance(value, datetime.date):
        return np.datetime64(value)
    text = str(value).strip()[:10]
    try:
        return np.datetime64(datetime.date.fromisoformat(text))
    except ValueError:
        return None


def _as_text(value) -> Optional[str]:
    if is_null(value):
        return None
    text = str(value)
    return text if text != "" else None


def convert_values(values: Sequence, kind: str) -> np.ndarray:
    if kind == DATE:
        return np.array([_as_date(v) or np.datetime64("NaT") for v in values], dtype="datetime64[D]")
    if kind == NUMBER:
        return np.array([np.nan if is_null(v) else float(v) for v in values], dtype=float)
    if kind == BOOLEAN:
        return np.array([False if is_null(v) else bool(v) for v in values], dtype=bool)
    out = np.empty(len(values), dtype=object)
    out[:] = [_as_text(v) for v in values]
    return out


def check_fields(layer_fields, wanted: Dict[str, str], layer_name: str) -> None:
    missing = [name for name in wanted if layer_fields.lookupField(name) < 0]
    if missing:
        raise DeminingError(translate("FeatureTable", "Layer '{layer_name}' has no field {fields}.").format(
            layer_name=layer_name, fields=', '.join(repr(m) for m in missing)))


def read_source(source, wanted: Dict[str, str], geometry: bool = True,
                is_canceled: Optional[Callable[[], bool]] = None) -> FeatureTable:
    """Features of any ``QgsFeatureSource`` (a layer, a Processing source) through QGIS.

    ``wanted`` maps field names to column kinds (``TEXT``, ``DATE``, ``NUMBER``, ``BOOLEAN``).
    A source that builds its own columns (``feature_table``, as rows rebuilt from a store's
    history do) is asked for them instead of being read feature by feature.
    """
    fields = source.fields()
    check_fields(fields, wanted, source.sourceName() if hasattr(source, "sourceName") else "input")
    own_table = getattr(source, "feature_table", None)
    if own_table is not None:
        return own_table(wanted, geometry, is_canceled)
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(list(wanted), fields)
    if not geometry:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    try:
        from qgis.core import QgsProcessingFeatureSource

        processing_source = isinstance(source, QgsProcessingFeatureSource)
    except ImportError:
        processing_source = False
    # Invalid polygons are repaired by the totals engine, not refused by Processing.
    features = source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks) \
        if processing_source else source.getFeatures(request)
    return features_table(features, fields, wanted, geometry, source.sourceCrs(), is_canceled)


def features_table(features: Iterable, fields, wanted: Dict[str, str], geometry: bool,
                   crs: QgsCoordinateReferenceSystem,
                   is_canceled: Optional[Callable[[], bool]] = None) -> FeatureTable:
    """The columns of ``features`` (QGIS features with ``fields``), in their order."""
    fids, wkbs = [], []
    values: Dict[str, list] = {name: [] for name in wanted}
    indexes = {name: fields.lookupField(name) for name in wanted}
    for k, feature in enumerate(features):
        if is_canceled is not None and k % 5000 == 0 and is_canceled():
            break
        fids.append(feature.id())
        if geometry:
            g = feature.geometry()
            wkbs.append(bytes(g.asWkb()) if g is not None and not g.isNull() else None)
        attributes = feature.attributes()
        for name, index in indexes.items():
            values[name].append(attributes[index])
    columns = {name: convert_values(values[name], kind) for name, kind in wanted.items()}
    return FeatureTable(np.array(fids, dtype=np.int64), wkbs, columns, crs)


def ogr_location(layer: QgsVectorLayer):
    """``(path, layer name or index)`` of an OGR layer GDAL can read as it is, else None."""
    if layer.providerType() != "ogr" or (layer.isEditable() and layer.isModified()):
        return None
    subset = layer.subsetString().strip()
    if subset.lower().startswith("select"):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path:
        return None
    name = parts.get("layerName") or None
    index = parts.get("layerId")
    return path, name if name else (int(index) if index not in (None, "") else 0), subset


def read_layer(layer: QgsVectorLayer, wanted: Dict[str, str], geometry: bool = True,
               is_canceled: Optional[Callable[[], bool]] = None, fallback=None) -> FeatureTable:
    """Features of a vector layer, by the fastest reader that sees exactly its features.

    ``fallback`` is a feature source to read through QGIS instead of the layer itself
    (Processing gives a thread-safe one).
    """
    check_fields(layer.fields(), wanted, layer.name())
    location = ogr_location(layer)
    if location is not None:
        table = _read_with_arrow(*location, wanted=wanted, geometry=geometry, crs=layer.crs())
        if table is not None:
            return table
    return read_source(fallback if fallback is not None else layer, wanted, geometry, is_canceled)


def arrow_batches(location, wanted: Dict[str, str], geometry: bool = True):
    """GDAL's columnar (Arrow) batches of the OGR layer at ``location`` (``ogr_location``) with
    only the ``wanted`` fields (and the geometry when asked), as ``(batches, fid_key,
    geometry_key)``; None whenever GDAL cannot hand over exactly those features and fields
    (the QGIS reader then does it)."""
    try:
        from osgeo import gdal, ogr
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None  # GDAL older than 3.6
    if BOOLEAN in wanted.values():
        # GDAL 3.6.2 hands Arrow's bit-packed booleans over as one byte per value: wrong
        # values (civilian accidents miscounted). Small layers: the QGIS reader does them.
        return None
    path, layer_ref, subset = location
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if ds is None:
            return None
        lyr = ds.GetLayerByName(layer_ref) if isinstance(layer_ref, str) else ds.GetLayer(layer_ref)
        if lyr is None:
            return None
        if subset and lyr.SetAttributeFilter(subset) != 0:
            return None
        names = [lyr.GetLayerDefn().GetFieldDefn(k).GetName() for k in range(lyr.GetLayerDefn().GetFieldCount())]
        if any(name not in names for name in wanted):
            return None
        lyr.SetIgnoredFields([n for n in names if n not in wanted] + ([] if geometry else ["OGR_GEOMETRY"]))
        geometry_key = lyr.GetGeometryColumn() or "wkb_geometry"
        fid_key = lyr.GetFIDColumn() or "OGC_FID"
        batches = list(lyr.GetArrowStreamAsNumPy(options=["MAX_FEATURES_IN_BATCH=262144"]))
    except Exception:  # noqa: BLE001 (any trouble: the QGIS reader will do it)
        return None
    finally:
        gdal.PopErrorHandler()
    return batches, fid_key, geometry_key


def _read_with_arrow(path: str, layer_ref, subset: str, wanted: Dict[str, str], geometry: bool,
                     crs: QgsCoordinateReferenceSystem) -> Optional[FeatureTable]:
    read = arrow_batches((path, layer_ref, subset), wanted, geometry)
    if read is None:
        return None
    batches, fid_key, geometry_key = read
    if not batches:
        return FeatureTable(np.zeros(0, dtype=np.int64), [], {n: convert_values([], k) for n, k in wanted.items()}, crs)
    if fid_key not in batches[0]:
        return None
    fids = np.concatenate([np.asarray(b[fid_key]) for b in batches]).astype(np.int64)
    wkbs: Sequence[Optional[bytes]] = []
    if geometry:
        parts = [b.get(geometry_key) for b in batches]
        if any(part is None for part in parts):
            return None
        wkbs = FixedBlobs.of(parts)
        if wkbs is None:
            wkbs = [wkb for part in parts for wkb in _geometry_bytes(part)]
    columns = {name: arrow_column([b[name] for b in batches], kind) for name, kind in wanted.items()}
    return FeatureTable(fids, wkbs, columns, crs)


class FixedBlobs(Sequence):
    """Geometries of one byte size each, as GDAL's columnar reader gives points and
    rings with as many vertices, kept in one array of bytes (one row per feature)
    instead of one Python object each: a list of WKB to the code that reads them
    (``None`` where the feature has no geometry), one buffer to the NumPy decoders
    (``packed``)."""

    def __init__(self, rows: np.ndarray, missing: np.ndarray):
        self.rows = rows
        self.missing = missing

    @classmethod
    def of(cls, columns) -> Optional["FixedBlobs"]:
        """The columns (one per batch) together, or None unless all hold blobs of one size."""
        data = [np.ma.getdata(c) for c in columns]
        if not data or any(d.dtype.kind != "V" or d.dtype.itemsize != data[0].dtype.itemsize for d in data):
            return None
        size = data[0].dtype.itemsize
        rows = np.concatenate([d.view(np.uint8).reshape(len(d), size) for d in data])
        missing = np.concatenate([np.ma.getmaskarray(c) for c in columns])
        return cls(rows, missing)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return FixedBlobs(self.rows[k], self.missing[k])
        return None if self.missing[k] else self.rows[k].tobytes()

    def __iter__(self):
        size = self.rows.shape[1]
        flat = self.rows.tobytes()
        for k, missing in enumerate(self.missing.tolist()):
            yield None if missing else flat[k * size:(k + 1) * size]

    def __add__(self, other) -> list:
        return list(self) + list(other)

    def __radd__(self, other) -> list:
        return list(other) + list(self)

    def packed(self):
        """``(buffer, starts, lengths)`` of the blobs, as the NumPy decoders read them."""
        count, size = self.rows.shape
        buffer = np.zeros(count * size + 32, dtype=np.uint8)  # slack for header reads
        buffer[:count * size] = self.rows.ravel()
        lengths = np.where(self.missing, 0, size).astype(np.int64)
        return buffer, np.arange(count, dtype=np.int64) * size, lengths


def _geometry_bytes(column) -> List[Optional[bytes]]:
    fixed = FixedBlobs.of([column])
    if fixed is not None:  # fixed-size blobs of a batch unlike the others: one bytes object each
        return list(fixed)
    mask = np.ma.getmaskarray(column) if np.ma.isMaskedArray(column) else None
    out = np.ma.getdata(column).tolist()  # already bytes objects
    if mask is not None and mask.any():
        out = [None if m else v for v, m in zip(out, mask)]
    return out


def arrow_column(parts, kind: str) -> np.ndarray:
    masks = [np.ma.getmaskarray(p) if np.ma.isMaskedArray(p) else np.zeros(len(p), dtype=bool) for p in parts]
    mask = np.concatenate(masks) if masks else np.zeros(0, dtype=bool)
    data = [np.ma.getdata(p) for p in parts]
    if kind == DATE:
        values = np.concatenate([d.astype("datetime64[D]") if d.dtype.kind == "M" else
                                 np.array([_as_date(v.decode() if isinstance(v, bytes) else v) or np.datetime64("NaT")
                                           for v in d], dtype="datetime64[D]") for d in data])
        values[mask] = np.datetime64("NaT")
        return values
    if kind == NUMBER:
        values = np.concatenate([d.astype(float) for d in data])
        values[mask] = np.nan
        return values
    if kind == BOOLEAN:
        values = np.concatenate([d.astype(bool) for d in data])
        values[mask] = False
        return values
    raw = np.concatenate(data)
    uniques, inverse = np.unique(raw, return_inverse=True)
    labels = np.empty(len(uniques), dtype=object)
    labels[:] = [_as_text(u.decode("utf-8") if isinstance(u, bytes) else u) for u in uniques]
    values = labels[inverse]
    values[mask] = None
    return values
