"""The words of a completion report and a handover certificate (HTML for the layout's labels),
in the user's language, from a task's ``CompletionData``."""

import datetime
import html
from typing import List, Optional, Sequence

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..model.schema import (
    ACTIVITY,
    CLASSIFICATION,
    DISPOSITION,
    INSPECTION_KIND,
    INSPECTION_RESULT,
    ITEM_CATEGORY,
    LAND_USE,
    RELEASE_METHOD,
    STATUS,
    TASK_TYPE,
    TECHNIQUE,
    Domain,
)
from .data import CompletionData

translate = QCoreApplication.translate

FONT = "font-family:DejaVu Sans,sans-serif"


def label_of(domain: Domain, code: str, empty: str = "-") -> str:
    return domain.display_label(code) if code else empty


def day(value: Optional[datetime.date], empty: str = "-") -> str:
    return value.isoformat() if isinstance(value, datetime.date) else empty


def html_block(lines: Sequence[str], size: float) -> str:
    return f"<div style='{FONT};font-size:{size:.1f}pt'>" + "<br/>".join(lines) + "</div>"


def _fact(name: str, value: str) -> str:
    return f"<b>{html.escape(name)}</b>: {html.escape(value)}"


def report_title(data: CompletionData, scale: float) -> str:
    return (f"<div style='{FONT}'><span style='font-size:{15 * scale:.1f}pt;font-weight:bold'>"
            + html.escape(translate("Completion", "Completion report {0}").format(data.task_id))
            + f"</span>&nbsp;&nbsp;<span style='font-size:{11 * scale:.1f}pt'>{html.escape(data.fact('name'))}"
            + f"</span><br/><span style='font-size:{7.5 * scale:.1f}pt'>"
            + html.escape(translate("Completion", "IMAS 08.30 completion of a land release task"))
            + "</span></div>")


def identification(data: CompletionData, scale: float) -> str:
    hazard = data.hazard
    hazard_text = "-"
    if hazard:
        hazard_text = translate("Completion", "{0} {1} ({2}, {3})").format(
            hazard.get("hazard_id") or "", hazard.get("name") or "",
            label_of(CLASSIFICATION, hazard.get("classification") or ""), label_of(STATUS, hazard.get("status") or ""))
    left = [
        _fact(translate("Completion", "Task"), translate("Completion", "{0} · {1} · status {2}").format(
            data.task_id, label_of(TASK_TYPE, data.fact("task_type")), label_of(STATUS, data.fact("status")))),
        _fact(translate("Completion", "Hazard"), hazard_text),
        _fact(translate("Completion", "District"), data.fact("district", "-")),
        _fact(translate("Completion", "Organisation and team"),
              f"{data.fact('organisation', '-')} · {data.fact('team', '-')}"),
        _fact(translate("Completion", "Dates"), translate(
            "Completion", "planned {0} to {1}; land released {2} to {3}; completed {4}; handed over {5}").format(
                data.fact("planned_start", "-"), data.fact("planned_end", "-"), day(data.first_release),
                day(data.last_release), data.fact("completed_on", "-"), data.fact("handed_over_on", "-"))),
    ]
    return html_block(left, 7.5 * scale)


def warnings_text(warnings: Sequence[str], scale: float) -> str:
    lines = ["<b>" + html.escape(translate("Completion", "WARNING: printed with unresolved checks")) + "</b>"]
    lines += ["• " + html.escape(w) for w in warnings]
    return html_block(lines, 7 * scale)


def map_note(data: CompletionData, scale: float) -> str:
    zone = data.utm.description() or data.utm.authid()
    return html_block([html.escape(translate(
        "Completion", "Grid: {0}, grid north up. Released land hatched by method; the task outline and its "
                      "numbered turning points in bold; BM: benchmark.").format(zone))], 6.5 * scale)


def hectare_rows(data: CompletionData) -> List[List[str]]:
    rows = [[label_of(RELEASE_METHOD, method), label_of(TECHNIQUE, technique), f"{ha:,.2f}"]
            for method, technique, ha in data.hectares]
    rows.append([translate("Completion", "Total (counted once)"), "", f"{data.released_ha:,.2f}"])
    return rows


def item_rows(data: CompletionData) -> List[List[str]]:
    """Category by its IMAS abbreviation (AP, AT, UXO...: the long names do not fit a cell)."""
    return [[row.category or "-", row.model or "-", label_of(DISPOSITION, row.disposition), str(row.quantity)]
            for row in data.items]


def short_kind(code: str) -> str:
    """The inspection kind in a table cell."""
    return {"qa_visit": translate("Completion", "QA visit"),
            "qc_sampling": translate("Completion", "QC sample")}.get(code, code or "-")


def inspection_rows(data: CompletionData) -> List[List[str]]:
    return [[i.inspection_id, day(i.inspected_on), short_kind(i.kind),
             ", ".join(v for v in (i.organisation, i.inspector) if v) or "-",
             f"{i.sampled_m2:,.0f}" if i.sampled_m2 is not None else "-", str(i.items_found),
             label_of(INSPECTION_RESULT, i.result)] for i in data.inspections]


def items_summary(data: CompletionData) -> str:
    counts = data.items_by_category
    if not counts:
        return translate("Completion", "none")
    order = {code: k for k, code in enumerate(ITEM_CATEGORY.codes)}
    parts = [f"{code} {counts[code]:,}" for code in sorted(counts, key=lambda c: order.get(c, 99))]
    return translate("Completion", "{0} ({1:,} in total)").format(", ".join(parts), sum(counts.values()))


def accidents_summary(data: CompletionData) -> str:
    if not data.accidents:
        return translate("Completion", "none recorded in the hazard during the task")
    return "; ".join(translate("Completion", "{0} on {1}: {2} killed, {3} injured ({4}, {5})").format(
        a.accident_id, day(a.occurred_on), a.killed, a.injured,
        translate("Completion", "civilian") if a.civilian else translate("Completion", "not civilian"),
        label_of(ACTIVITY, a.activity)) for a in data.accidents)


def depth_text(data: CompletionData) -> str:
    low, high = data.depth_cm
    if low is None:
        return translate("Completion", "not recorded")
    return f"{low} cm" if low == high else f"{low} to {high} cm"


def summary(data: CompletionData, printed: datetime.date, store_name: str, scale: float) -> str:
    remaining = "-" if data.hazard_remaining_ha is None else f"{data.hazard_remaining_ha:,.2f} ha"
    women, men, girls, boys = data.beneficiaries
    lines = [
        _fact(translate("Completion", "Hectares released"), translate(
            "Completion", "{0:,.2f} ha, every square metre counted once (true areas on the WGS 84 ellipsoid)").format(
                data.released_ha)),
        _fact(translate("Completion", "Clearance depth"), depth_text(data)),
        _fact(translate("Completion", "Items found"), items_summary(data)),
        _fact(translate("Completion", "Accidents during the task"), accidents_summary(data)),
        _fact(translate("Completion", "Hazard remaining"), translate(
            "Completion", "{0} of hazard {1} not yet released").format(remaining, data.fact("hazard_id", "-"))),
        _fact(translate("Completion", "Beneficiaries"), translate(
            "Completion", "women {0}, men {1}, girls {2}, boys {3} ({4} in total)").format(
                women, men, girls, boys, women + men + girls + boys)),
        _fact(translate("Completion", "Land use after release"), label_of(LAND_USE, data.fact("land_use_after"))),
    ]
    return html_block(lines, 7 * scale)


def footer(printed: datetime.date, store_name: str, scale: float) -> str:
    return html_block([html.escape(translate("Completion", "Printed {0} from store {1}.").format(
        printed.isoformat(), store_name))], 6 * scale)


# -- the certificate -------------------------------------------------------------------------------

def certificate_title(data: CompletionData, scale: float) -> str:
    return (f"<div style='{FONT};text-align:center'><span style='font-size:{18 * scale:.1f}pt;font-weight:bold'>"
            + html.escape(translate("Completion", "Land handover certificate")) + "</span><br/>"
            + f"<span style='font-size:{9 * scale:.1f}pt'>"
            + html.escape(translate("Completion", "Task {0} · IMAS 08.30").format(data.task_id)) + "</span></div>")


def certificate_text(data: CompletionData, scale: float) -> str:
    by_method = "; ".join(f"{label_of(RELEASE_METHOD, m)} {label_of(TECHNIQUE, t, '')} {ha:,.2f} ha".replace("  ", " ")
                          for m, t, ha in data.hectares) or "-"
    last = data.last_inspection
    inspection = translate("Completion", "none") if last is None else translate(
        "Completion", "{0} on {1}, {2}: {3}").format(last.inspection_id, day(last.inspected_on),
                                                     label_of(INSPECTION_KIND, last.kind),
                                                     label_of(INSPECTION_RESULT, last.result))
    statement = translate(
        "Completion", "The land shown below, {0:,.2f} ha (true area on the WGS 84 ellipsoid), released by task {1} "
                      "in hazard {2}, district {3}, by {4} ({5}), is handed over on {6} to {7} for use as {8}.").format(
        data.released_ha, data.task_id, data.fact("hazard_id", "-"), data.fact("district", "-"),
        data.fact("organisation", "-"), data.fact("team", "-"), data.fact("handed_over_on", "____________"),
        data.fact("handed_over_to", "____________"),
        label_of(LAND_USE, data.fact("land_use_after"), "____________").lower())
    lines = [html.escape(statement),
             _fact(translate("Completion", "Released by method"), by_method),
             _fact(translate("Completion", "Completed on"), data.fact("completed_on", "-")),
             _fact(translate("Completion", "Last inspection"), inspection)]
    return html_block(lines, 8.5 * scale)


#: Said when the task records no residual-risk remarks (the plugin's own wording).
DEFAULT_RESIDUAL_RISK = QT_TRANSLATE_NOOP(
    "Completion", "The land was released with all reasonable effort, to the standards in force. No land can be "
                  "declared free of every explosive item: anyone who finds a suspicious object must not touch it, "
                  "must mark the place and must report it to the national mine action authority at once.")


def residual_risk(data: CompletionData, scale: float) -> str:
    remarks = data.fact("residual_risk") or translate("Completion", DEFAULT_RESIDUAL_RISK)
    return html_block(["<b>" + html.escape(translate("Completion", "Residual risk")) + "</b>",
                       html.escape(remarks)], 8 * scale)


def signature_block(role: str, name: str, scale: float) -> str:
    lines = ["<b>" + html.escape(role) + "</b>", html.escape(name or " "), "",
             html.escape(translate("Completion", "Name:")) + " ______________________", "",
             html.escape(translate("Completion", "Position:")) + " ___________________", "",
             html.escape(translate("Completion", "Signature:")) + " _________________", "",
             html.escape(translate("Completion", "Date:")) + " ______________________", "",
             html.escape(translate("Completion", "Stamp"))]
    return html_block(lines, 7.5 * scale)


def signature_roles(data: CompletionData):
    return (
        ("sign_organisation", translate("Completion", "Releasing organisation"), data.fact("organisation")),
        ("sign_authority", translate("Completion", "National mine action authority"), ""),
        ("sign_recipient", translate("Completion", "Recipient (local authority or land user)"),
         data.fact("handed_over_to")),
    )
