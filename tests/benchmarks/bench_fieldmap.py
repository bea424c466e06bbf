"""``make bench``: field maps of 50 demo tasks, one page each, as pages per minute.

Two runs on the demo store, each timed end to end (template, layers, 50 pages laid out
and written): one A4 portrait PDF of 50 pages, and a folder of 50 one-page PDFs. CPU
time is shown beside wall time: the machine may be shared.

Run with ``make bench`` (or ``python tests/benchmarks/bench_fieldmap.py``).
"""

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from qgis.core import QgsApplication  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo-store", default=str(REPO / "build" / "demo" / "demo.gpkg"))
    parser.add_argument("--folder", default=str(REPO / "build" / "bench"))
    parser.add_argument("--tasks", type=int, default=50)
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from demining_plugin.core.fieldmap import FieldMapOptions, export_field_maps
        from demining_plugin.core.store import open_store

        store = open_store(args.demo_store)
        tasks = store.layer("clearance_tasks")
        ids = sorted(f["task_id"] for f in tasks.getFeatures() if not f["parent_task_id"])[:args.tasks]
        folder = Path(args.folder)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"Field maps of {len(ids)} tasks of {Path(args.demo_store).name} (A4 portrait)")
        for label, output in (("one PDF", folder / "fieldmaps_50.pdf"), ("one PDF per task", folder / "fieldmaps_50")):
            wall, cpu = time.perf_counter(), time.process_time()
            result = export_field_maps(store, str(output), task_ids=ids, options=FieldMapOptions("A4", "portrait"))
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            print(f"  {label:<17} {result.pages} pages in {wall:6.1f} s (CPU {cpu:6.1f} s): "
                  f"{60 * result.pages / wall:5.1f} pages/min, {60 * result.pages / cpu:5.1f} pages per CPU-minute")
        return 0
    finally:
        app.processEvents()  # let the last layout jobs finish before the process leaves


if __name__ == "__main__":
    status = 1
    try:
        status = main()
    finally:
        # QGIS 3.22 can crash in exitQgis() after layouts were exported (a segfault in its
        # own teardown, after every figure was printed): leave without it, keeping the status.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
