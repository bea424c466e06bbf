"""Hectare totals when work piles up: deep stacks of records and national-size stores.

Three stores (``generate.py``), each measured in the same run against geopandas:

- ``sites``: the 100,000 lanes of ``bench_totals`` (the yardstick of the ratios below);
- ``dense``: 400,000 lanes in the same districts, every lane recorded four times on the
  same ground (legacy import, survey then clearance, technical survey again);
- ``tiled``: 1,000,000 lanes at the density of the first store, over ten copies of the
  districts side by side (110 districts). geopandas needs minutes there: it is stopped
  after ``PEER_SECONDS`` (the figure is then a lower bound).

Every route runs in a child process of its own (``--child``) so that the peak resident
memory it reports (``VmHWM``) is its own: ``demining:hectaretotals`` by district end to end
through Processing (best of ``--runs``; the peak also covers QGIS itself, whose resident
memory before the run is shown apart), and geopandas ``read_file``, ``to_crs`` an
equal-area projection, ``union_all`` and area. The reference is geopandas' union, moved
back to longitude/latitude and measured on the WGS84 ellipsoid by GeographicLib (pyproj
``Geod``), after its timing and its peak.

Run by ``bench_totals.py`` (``make bench``), or alone:
``python tests/benchmarks/bench_scale.py [--cases sites,dense,tiled]``.
"""

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

#: (key, polygons, layout, description)
CASES = [
    ("sites", 100_000, "sites", "100,000 lanes (the benchmark's store)"),
    ("dense", 400_000, "dense", "400,000 lanes, each recorded 4x on the same ground"),
    ("tiled", 1_000_000, "tiled", "1,000,000 lanes, same density, 10x the districts"),
]
TARGETS = {"dense_vs_geopandas": 15.0, "dense_vs_100k": 6.0, "million_vs_100k": 10.0, "million_peak_mb": 800.0,
           "accuracy_pct": 0.05}


def peak_mb() -> float:
    """Peak resident memory of this process so far (VmHWM), in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def resident_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def child_ours(store: Path, runs: int) -> dict:
    sys.path.insert(0, str(HERE))
    from qgis.core import QgsApplication
    from qgis_processing import start_processing

    _app, provider = start_processing()
    from qgis import processing

    params = {"INPUT": f"{store}|layername=cleared_areas", "REGIONS": f"{store}|layername=regions",
              "OUTPUT": "memory:"}
    before = resident_mb()
    times, hectares = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = processing.run("demining:hectaretotals", params)
        times.append(time.perf_counter() - started)
        hectares = result["TOTAL_HA"]
        result = None
    out = {"seconds": min(times), "runs": times, "hectares": hectares, "peak_mb": peak_mb(), "before_mb": before}
    QgsApplication.processingRegistry().removeProvider(provider)
    return out


def child_geopandas(store: Path) -> dict:
    import geopandas as gpd
    from pyproj import Geod

    started = time.perf_counter()
    frame = gpd.read_file(store, layer="cleared_areas", columns=[])
    # EPSG:6933: cylindrical equal-area on the WGS84 ellipsoid (planar area = true area).
    union = frame.to_crs(6933).union_all()
    hectares = union.area / 10_000
    seconds = time.perf_counter() - started
    peak = peak_mb()
    del frame
    lonlat = gpd.GeoSeries([union], crs=6933).to_crs(4326).iloc[0]
    reference = abs(Geod(ellps="WGS84").geometry_area_perimeter(lonlat)[0]) / 10_000
    return {"seconds": seconds, "hectares": hectares, "peak_mb": peak, "reference_ha": reference}


#: geopandas takes minutes on the national store (466 s for 1,000,000 on this machine, under
#: load): it is stopped after this many seconds (``DEMINING_BENCH_PEER_SECONDS``; 0: never)
#: and the line then shows a lower bound and no reference.
PEER_SECONDS = float(os.environ.get("DEMINING_BENCH_PEER_SECONDS", "150"))


def run_child(route: str, store: Path, runs: int, limit: float = 0.0) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", route, "--store", str(store),
               "--runs", str(runs)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False, timeout=limit or None)
    except subprocess.TimeoutExpired:
        return {"seconds": limit, "stopped": True, "hectares": None, "peak_mb": None, "reference_ha": None}
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{route} on {store.name} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return json.loads(lines[-1])


def measure(stores: dict, runs: int) -> dict:
    """``{case: {"ours": ..., "geopandas": ...}}``, each route in its own child process."""
    out = {}
    for key, _n, _layout, description in CASES:
        if key not in stores:
            continue
        ours = run_child("ours", stores[key], runs)
        print(f"  {description}: demining:hectaretotals {ours['seconds']:.2f} s", flush=True)
        peer = run_child("geopandas", stores[key], 1, PEER_SECONDS)
        print(f"  {description}: geopandas {'stopped after ' if peer.get('stopped') else ''}"
              f"{peer['seconds']:.1f} s", flush=True)
        out[key] = {"ours": ours, "geopandas": peer}
    return out


def report(results: dict, runs: int) -> None:
    base = results.get("sites", {}).get("ours", {}).get("seconds")
    print(f"\n{'store':<52}{'ours (s)':>9}{'x 100k':>8}{'peak MB':>9}{'geopandas (s)':>15}{'peak MB':>9}"
          f"{'gpd/ours':>10}{'ours vs GeographicLib':>24}")
    print("-" * 136)
    for key, _n, _layout, description in CASES:
        if key not in results:
            continue
        ours, peer = results[key]["ours"], results[key]["geopandas"]
        ref = peer["reference_ha"]
        scale = f"{ours['seconds'] / base:>8.1f}" if base else f"{'':>8}"
        bound = ">" if peer.get("stopped") else ""
        peer_peak = f"{peer['peak_mb']:>9.0f}" if peer["peak_mb"] else f"{'-':>9}"
        error = f"{100 * (ours['hectares'] - ref) / ref:>+23.5f}%" if ref else f"{'(no reference)':>24}"
        print(f"{description:<52}{ours['seconds']:>9.2f}{scale}{ours['peak_mb']:>9.0f}"
              f"{bound + format(peer['seconds'], '.1f'):>15}{peer_peak}"
              f"{bound + format(peer['seconds'] / ours['seconds'], '.1f'):>10}{error}")
    print(f"\nours: best of {runs} runs, each route in a child process of its own; peak MB is its VmHWM (QGIS "
          f"alone: {min(r['ours']['before_mb'] for r in results.values()):.0f} MB resident before the first run); "
          "hectares: " + "; ".join(f"{key} {r['ours']['hectares']:,.2f} ha (reference "
                                   f"{r['geopandas']['reference_ha'] or 0:,.2f})" for key, r in results.items()))
    checks = []
    if "dense" in results:
        dense = results["dense"]
        checks.append((f"dense at least {TARGETS['dense_vs_geopandas']:.0f}x faster than geopandas"
                       f"{' (lower bound)' if dense['geopandas'].get('stopped') else ''}",
                       dense["geopandas"]["seconds"] / dense["ours"]["seconds"], ">=", TARGETS["dense_vs_geopandas"]))
        if base:
            checks.append((f"dense at most {TARGETS['dense_vs_100k']:.0f}x the 100,000 time",
                           dense["ours"]["seconds"] / base, "<=", TARGETS["dense_vs_100k"]))
    if "tiled" in results:
        million = results["tiled"]["ours"]
        if base:
            checks.append((f"1,000,000 at most {TARGETS['million_vs_100k']:.0f}x the 100,000 time",
                           million["seconds"] / base, "<=", TARGETS["million_vs_100k"]))
        checks.append((f"1,000,000 peak at most {TARGETS['million_peak_mb']:.0f} MB", million["peak_mb"], "<=",
                       TARGETS["million_peak_mb"]))
    for key, r in results.items():
        if not r["geopandas"]["reference_ha"]:
            continue
        error = 100 * abs(r["ours"]["hectares"] - r["geopandas"]["reference_ha"]) / r["geopandas"]["reference_ha"]
        checks.append((f"{key} within {TARGETS['accuracy_pct']}% of GeographicLib", error, "<=",
                       TARGETS["accuracy_pct"]))
    print("targets: " + "; ".join(
        f"{name}: {'met' if (value >= goal if op == '>=' else value <= goal) else 'MISSED'} ({value:.4g})"
        for name, value, op, goal in checks))


def stores_for(cases, demo_store: Path, folder: Path, seed: int) -> dict:
    """Generate (once) the stores of ``cases``; needs a running QgsApplication."""
    sys.path.insert(0, str(HERE))
    import bench_totals

    return {key: bench_totals.ensure_store(n, demo_store, folder, seed, layout)
            for key, n, layout, _d in CASES if key in cases}


def run(cases, demo_store: Path, folder: Path, seed: int, runs: int) -> None:
    stores = stores_for(cases, demo_store, folder, seed)
    print(f"\nHectare totals when work piles up ({os.cpu_count()} processor cores; every route in its own process):",
          flush=True)
    results = measure(stores, runs)
    report(results, runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=["ours", "geopandas"])
    parser.add_argument("--store")
    parser.add_argument("--cases", default="sites,dense,tiled")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--demo-store", default=str(REPO / "build" / "demo" / "demo.gpkg"))
    parser.add_argument("--folder", default=str(REPO / "build" / "bench"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.child:
        result = child_ours(Path(args.store), args.runs) if args.child == "ours" else \
            child_geopandas(Path(args.store))
        print(json.dumps(result), flush=True)
        os._exit(0)  # QGIS 3.22 may crash in its teardown after the figures are out
    sys.path.insert(0, str(REPO))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    run(args.cases.split(","), Path(args.demo_store), Path(args.folder), args.seed, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
