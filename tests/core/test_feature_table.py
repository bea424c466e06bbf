"""GDAL's columnar reader hands geometries of one byte size (points, rings with as many
vertices) over as fixed-size blobs: they stay in one array (``FixedBlobs``), read as a
list of WKB by the code that wants one and as one buffer by the NumPy decoders. The
figures must be those of the same features read through QGIS, with and without
geometries missing."""

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import QgsGeometry, QgsVectorLayer

from demining_plugin.core.feature_table import FixedBlobs, read_layer, read_source
from demining_plugin.core.geo.equal_area import PlaneProjector
from demining_plugin.core.geo.polygon_arrays import decode_points, project_polygons


def write_layer(path, kind, geometries):
    """A GeoPackage layer of ``geometries`` (WKT or None), in longitude/latitude."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("things", srs, kind)
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTString))
    for k, wkt in enumerate(geometries):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("label", f"t{k}")
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return QgsVectorLayer(f"{path}|layername=things", "things", "ogr")


def geometry(wkb: bytes) -> QgsGeometry:
    out = QgsGeometry()
    out.fromWkb(wkb)
    assert not out.isEmpty()
    return out


def lanes(count):
    out = []
    for k in range(count):
        x, y = 47.0 + 0.001 * (k % 50), 40.0 + 0.001 * (k // 50)
        out.append(f"POLYGON(({x} {y},{x + 0.0008} {y},{x + 0.0008} {y + 0.0003},{x} {y + 0.0003},{x} {y}))")
    return out


@pytest.mark.parametrize("missing", [False, True])
def test_rings_of_one_size_read_as_through_qgis(tmp_path, missing):
    geometries = lanes(300)
    if missing:
        geometries[7] = geometries[150] = None
    layer = write_layer(tmp_path / "lanes.gpkg", ogr.wkbPolygon, geometries)
    columnar = read_layer(layer, {"label": "text"})
    through_qgis = read_source(layer, {"label": "text"})
    assert isinstance(through_qgis.wkb, list)
    if missing:
        # GDAL hands a column with empty rows over as Python objects: made into fixed
        # blobs here as the reader would, to see the empty rows through them.
        assert isinstance(columnar.wkb, list)
        size = len(columnar.wkb[0])
        columnar.wkb = FixedBlobs(
            np.array([np.frombuffer(b or bytes(size), dtype=np.uint8) for b in columnar.wkb]),
            np.array([b is None for b in columnar.wkb]))
    assert isinstance(columnar.wkb, FixedBlobs)
    assert len(columnar.wkb) == 300
    order = np.argsort(through_qgis.fids)
    assert columnar.fids.tolist() == through_qgis.fids[order].tolist()
    # The same polygons, one at a time and a slice at a time.
    for k in (0, 7, 150, 299):
        mine, theirs = columnar.wkb[k], through_qgis.wkb[order[k]]
        assert (mine is None) == (theirs is None) == (missing and k in (7, 150))
        if mine is not None:
            assert geometry(mine).equals(geometry(theirs))
    assert list(columnar.wkb[5:9]) == [columnar.wkb[k] for k in range(5, 9)]
    assert list(columnar.wkb) == [columnar.wkb[k] for k in range(300)]
    # Joined to a list either way round, as the as-of figures and the land left do.
    assert ([b"x"] + columnar.wkb)[1:] == list(columnar.wkb)
    assert (columnar.wkb + [b"x"])[:-1] == list(columnar.wkb)
    # Decoded in one buffer: the same rings, areas and boxes as from the list.
    projector = PlaneProjector(layer.crs(), 47.0)
    packed = project_polygons(columnar.wkb, projector)
    listed = project_polygons(list(columnar.wkb), projector)
    for name in ("x", "y", "n", "convex", "bounds", "empty"):
        np.testing.assert_array_equal(getattr(packed, name), getattr(listed, name))
    assert packed.empty.sum() == (2 if missing else 0)
    assert packed.area_m2().sum() == pytest.approx(listed.area_m2().sum(), rel=1e-12) and packed.area_m2().sum() > 0


def test_points_read_in_one_buffer(tmp_path):
    wkt = [f"POINT({47 + 0.01 * k} {40 + 0.005 * k})" for k in range(40)]
    layer = write_layer(tmp_path / "points.gpkg", ogr.wkbPoint, wkt)
    table = read_layer(layer, {})
    assert isinstance(table.wkb, FixedBlobs)
    ok, x, y = decode_points(table.wkb)
    assert ok.all()
    np.testing.assert_allclose(x, [47 + 0.01 * k for k in range(40)])
    np.testing.assert_allclose(y, [40 + 0.005 * k for k in range(40)])
    assert decode_points(table.wkb[10:20])[1].tolist() == x[10:20].tolist()


def test_rings_of_several_sizes_stay_a_list(tmp_path):
    geometries = lanes(10) + ["POLYGON((47 40,47.001 40,47.001 40.001,47.0005 40.0015,47 40.001,47 40))"]
    layer = write_layer(tmp_path / "mixed.gpkg", ogr.wkbPolygon, geometries)
    table = read_layer(layer, {})
    assert isinstance(table.wkb, list) and len(table.wkb) == 11
    assert all(isinstance(b, bytes) for b in table.wkb)
