"""Build the demo store headless and print its headline figures and the period report of
the published week (``make demo``).

Every figure printed is computed from the store just written.
"""

import argparse
import datetime
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qgis.core import QgsApplication  # noqa: E402


def print_week_report(store) -> None:
    """The period report of the scenario's published week, computed from the store."""
    from demining_plugin.core.reports.period_report import period_report, write_report
    from demining_plugin.core.reports.totals import store_totals
    from demining_plugin.demo.generator import load_scenario

    week = load_scenario()["clearance"]["week"]
    report = period_report(store_totals(store), week["from"], week["to"], store_name=store.name)
    path = Path(store.location).with_name(f"report_{week['from']}_{week['to']}.md")
    write_report(report, path)
    print(f"\nPeriod report {week['from']} to {week['to']} (computed from the store; also in {path}):\n")
    print(report.to_text())


def write_field_maps(store, count: int = 3) -> None:
    """Field maps (A4 portrait, one PDF) of the first few tasks that have medevac/access points."""
    from demining_plugin.core.fieldmap import FieldMapOptions, export_field_maps

    points = store.layer("task_points")
    task_ids = sorted({f["task_id"] for f in points.getFeatures()})[:count]
    path = Path(store.location).with_name("fieldmaps_A4.pdf")
    result = export_field_maps(store, str(path), task_ids=task_ids, options=FieldMapOptions("A4", "portrait"))
    print(f"\nField maps of {', '.join(result.task_ids)}: {result.pages} pages in {path}")


def write_completion_pack(store, count: int = 3) -> None:
    """Completion reports and handover certificates (A4, one PDF) of the first tasks handed over."""
    from demining_plugin.core.completion import CompletionOptions, export_completion_reports

    tasks = store.layer("clearance_tasks")
    task_ids = sorted(f["task_id"] for f in tasks.getFeatures() if f["handed_over_on"])[:count]
    path = Path(store.location).with_name("completion_pack_A4.pdf")
    result = export_completion_reports(store, str(path), task_ids=task_ids, options=CompletionOptions("A4"))
    print(f"Completion reports and handover certificates of {', '.join(result.task_ids)}: {result.pages} pages "
          f"in {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default="build/demo/demo.gpkg", help="path of the demo store (.gpkg)")
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from demining_plugin.core.errors import DeminingError
        from demining_plugin.core.model.schema import ITEM_CATEGORY, RELEASE_METHOD
        from demining_plugin.core.reports.figures import headline_figures
        from demining_plugin.core.store import open_store
        from demining_plugin.demo.generator import build_demo

        started = time.monotonic()
        try:
            result = build_demo(args.output, seed=args.seed, log=lambda m: print(f"  {m}", flush=True))
        except DeminingError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        store = open_store(result.store_path)
        size_mb = Path(result.store_path).stat().st_size / 1e6
        print(f"\nDemo store {result.store_path} ({size_mb:.1f} MB) built in {time.monotonic() - started:.0f} s")
        print(f"Project    {result.project_path}")
        print("\nFeatures:", ", ".join(f"{name} {n:,}" for name, n in store.feature_counts().items()))
        for label, until in (("by 2 Dec 2021", datetime.date(2021, 12, 2)), ("all dates", None)):
            f = headline_figures(store, until)
            print(f"\nHeadline figures, {label} (computed from the store):")
            for code in RELEASE_METHOD.codes:
                print(f"  released, {code:<10} {f.released_ha_by_method[code]:>12,.2f} ha")
            print(f"  released in total    {f.released_ha:>12,.2f} ha (every square metre once)")
            items = ", ".join(f"{f.items_by_category.get(c, 0):,} {c}" for c in ITEM_CATEGORY.codes
                              if f.items_by_category.get(c))
            print(f"  items found          {f.items_total:>12,}   ({items})")
            print(f"  cleared routes       {f.route_km:>12,.1f} km")
            print(f"  accidents            {f.accidents:>12,}   killed {f.killed}, injured {f.injured}; "
                  f"civilians killed {f.civilians_killed}, injured {f.civilians_injured}")
        print_week_report(store)
        write_field_maps(store)
        write_completion_pack(store)
        return 0
    finally:
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
