"""Files of items found to import, and Processing runs, for the submission and role tests."""

from pyproj import Transformer

from tests.ground import X0, Y0

TO_WGS84 = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True)


def items_file(path, points):
    rows = []
    for n, (x, y, category, quantity) in enumerate(points, start=1):
        lon, lat = TO_WGS84.transform(X0 + x, Y0 + y)
        rows.append(f"{lat:.7f},{lon:.7f},{category},,{quantity},2021-11-2{n},10,Team A")
    path.write_text("lat,lon,type,model,qty,date,depth,team\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def run(name, **parameters):
    from qgis import processing

    return processing.run(f"demining:{name}", parameters)
