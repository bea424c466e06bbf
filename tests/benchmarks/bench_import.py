"""``make bench``: import 189,000 mapped mines from CSV, against ``ogr2ogr``.

Measured in one run, on the same CSV (a supplied record laid out as rows of mines 3 m
apart near Aghdam, with a few bad rows mixed in):

- ``importers.import_mine_map`` end to end: read the CSV, detect the columns, check every
  row (coordinates, area, UTM zone, categories, duplicates in the file and against the
  store), create the minefield record and write the mines into a project store in one
  transaction, each with its history row (who, when, the new row as JSON) and its entry in
  the spatial index (both checked after the timed run), write the report;
- ``ogr2ogr -f GPKG``: the same CSV to a new GeoPackage (no checks, no store).

Target: the importer takes no more than 1.5x ogr2ogr's time.

Run with ``make bench`` (or ``python tests/benchmarks/bench_import.py --n 189000``).
"""

import argparse
import csv
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qgis.core import QgsApplication  # noqa: E402

TARGET_RATIO = 1.5
SPACING_M = 3.0
#: A bad row every this many rows (text in a coordinate, an unknown type, a duplicate).
BAD_EVERY = 20_000


def write_csv(path: Path, n: int) -> int:
    """n mapped mines on a square grid in UTM 38N; returns how many rows are bad on purpose."""
    import numpy as np
    from pyproj import Transformer

    side = int(np.ceil(np.sqrt(n)))
    index = np.arange(n)
    x = 650_000.0 + (index % side) * SPACING_M
    y = 4_420_000.0 + (index // side) * SPACING_M
    lon, lat = Transformer.from_crs("EPSG:32638", "EPSG:4326", always_xy=True).transform(x, y)
    bad = 0
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["mine_no", "row", "lat", "lon", "type", "model"])
        for i in range(n):
            kind, model = ("AP", "PMN-2") if i % 3 else ("AT", "TM-62M")
            latitude, longitude = f"{lat[i]:.8f}", f"{lon[i]:.8f}"
            if i and i % BAD_EVERY == 0:
                bad += 1
                case = (i // BAD_EVERY) % 3
                if case == 0:
                    latitude = "n/a"
                elif case == 1:
                    kind = "flower"
                else:
                    latitude, longitude = f"{lat[i - 1]:.8f}", f"{lon[i - 1]:.8f}"
            writer.writerow([i % side + 1, i // side + 1, latitude, longitude, kind, model])
    return bad


def ours(csv_path: Path, folder: Path, run: int):
    from demining_plugin.core import imports as importers
    from demining_plugin.core.store import create_store

    store = create_store(str(folder / f"store_{run}.gpkg"))
    options = importers.ImportOptions(
        expected_zone=38, extent=(45.0, 38.0, 48.0, 42.0), report_path=str(folder / f"report_{run}.csv")
    )
    details = importers.MineMapDetails(source="benchmark", claimed_total=189_000)
    started = time.perf_counter()
    result = importers.import_mine_map(store, csv_path, details, options)
    seconds = time.perf_counter() - started
    con = sqlite3.connect(store.location)
    try:
        recorded = con.execute("SELECT count(*) FROM demining_history WHERE table_name = 'mapped_mines' "
                               "AND operation = 'INSERT' AND changed_by IS NOT NULL").fetchone()[0]
        indexed = con.execute("SELECT count(*) FROM rtree_mapped_mines_geom").fetchone()[0]
        sound = con.execute("SELECT rtreecheck('rtree_mapped_mines_geom')").fetchone()[0]
    finally:
        con.close()
    assert recorded == indexed == result.imported and sound == "ok", (recorded, indexed, sound)
    return seconds, result


def ogr2ogr(csv_path: Path, folder: Path, run: int) -> float:
    target = folder / f"ogr2ogr_{run}.gpkg"
    command = ["ogr2ogr", "-f", "GPKG", str(target), str(csv_path), "-oo", "X_POSSIBLE_NAMES=lon",
               "-oo", "Y_POSSIBLE_NAMES=lat", "-a_srs", "EPSG:4326", "-nln", "mapped_mines"]
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=189_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    with tempfile.TemporaryDirectory(prefix="bench_import_") as tmp:
        folder = Path(tmp)
        csv_path = folder / "mine_map.csv"
        bad = write_csv(csv_path, args.n)
        print(f"Import of {args.n:,} mapped mines from CSV ({csv_path.stat().st_size / 1e6:.1f} MB, "
              f"{bad} bad rows on purpose), {args.runs} runs each, alternating:", flush=True)
        ours_times, theirs_times, result = [], [], None
        for run in range(args.runs):
            theirs_times.append(ogr2ogr(csv_path, folder, run))
            seconds, result = ours(csv_path, folder, run)
            ours_times.append(seconds)
        best_ours, best_theirs = min(ours_times), min(theirs_times)
        ratio = best_ours / best_theirs
        print(f"  demining importer (read, check, write, report): {best_ours:6.2f} s  "
              f"(runs: {', '.join(f'{t:.2f}' for t in ours_times)}); imported {result.imported:,}, "
              f"refused {result.rejected_count}")
        print(f"  ogr2ogr CSV -> GeoPackage (no checks):          {best_theirs:6.2f} s  "
              f"(runs: {', '.join(f'{t:.2f}' for t in theirs_times)})")
        verdict = "ok" if ratio <= TARGET_RATIO else "MISSED"
        print(f"  ratio {ratio:.2f}x (target <= {TARGET_RATIO}x): {verdict}")
        assert result.imported == args.n - bad, "every good row must be imported"
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
