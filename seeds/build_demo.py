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


def print_planning(store) -> None:
    """The forecast of the whole job from the demo's 2021 productivity and stated costs, and
    the ten hazards to clear first (with the demo's towns and roads), computed from the store."""
    from demining_plugin.core.model.schema import RELEASE_METHOD
    from demining_plugin.core.planning.forecast import summary
    from demining_plugin.demo.generator import load_scenario
    from demining_plugin.demo.planning import demo_forecast, demo_priorities, write_context

    scenario = load_scenario()
    result, measured = demo_forecast(store, scenario)
    chosen = result.parameters
    print("\nProductivity in 2021 (computed from the store; m2 per team-day, mean and 10th-90th percentile):")
    for code in RELEASE_METHOD.codes:
        row = measured.row(code)
        if row is not None:
            print(f"  {code:<10} {row.m2_per_team_day:>12,.0f}   ({row.p10:,.0f} to {row.p90:,.0f}) "
                  f"over {row.team_days:,} team-days")
    shares = ", ".join(f"{m} {measured.total.shares[('SHA', m)]:.0%}" for m in RELEASE_METHOD.codes)
    print(f"  suspected land has left the hazards: {shares}")
    teams = ", ".join(f"{kind} {n:g}" for kind, n in sorted(chosen.capacity.items()))
    costs = ", ".join(f"{kind} {cost:,.0f}" for kind, cost in chosen.cost_per_team_day.items())
    print(f"\nForecast of the whole job: teams of the last 90 days ({teams}), {chosen.work_days_per_year:g} work "
          f"days a year, USD per team-day as the demo states ({costs}):")
    print(f"  {'district':<12} {'SHA ha':>10} {'CHA ha':>10} {'team-days':>10}  {'finish':<10}  "
          f"{'10-90% range':<23} {'USD million':>12}")
    for row in result.rows + [result.total]:
        name = row.district if row is not result.total else "All"
        print(f"  {name:<12} {row.left_ha['SHA']:>10,.0f} {row.left_ha['CHA']:>10,.0f} {row.team_days:>10,.0f}  "
              f"{row.finish.isoformat():<10}  {row.finish_early.isoformat()} to {row.finish_late.isoformat()} "
              f"{row.cost / 1e6:>12,.0f}")
    print(f"  {summary(result)} (USD)")
    print(f"  That is {result.total.years:.1f} years and USD {result.total.cost / 1e9:.1f} billion.")
    context = write_context(Path(store.location).with_name("context.gpkg"))
    ranked = demo_priorities(store, context)
    print(f"\nThe ten hazards to clear first (towns and roads in {context}; weights {ranked.weights_text()}):")
    for s in ranked.scores[:10]:
        near = "-" if s.settlement_m is None else f"{s.settlement_m / 1000:.1f} km"
        print(f"  {s.rank:>2}. {s.hazard_id} {s.attributes.get('district') or '':<10} "
              f"{s.attributes.get('classification')} {s.attributes.get('remaining_ha') or 0:>9,.1f} ha left, "
              f"town {near}, road {s.road_m:,.0f} m, accidents {s.accidents}, items {s.items}: score {s.score:.1f}")


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
            a = f.accidents
            print(f"  accidents            {a.accidents:>12,}   killed {a.killed}, injured {a.injured}; "
                  f"civilians killed {a.civilian_killed}, injured {a.civilian_injured}")
        print_week_report(store)
        print_planning(store)
        write_field_maps(store)
        write_completion_pack(store)
        return 0
    finally:
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
