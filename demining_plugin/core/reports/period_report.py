"""The summary an agency publishes for a period: complete sentences and a table.

"Between 22 November 2021 and 27 November 2021, 51 explosive items were found: 1
anti-personnel mine, 36 anti-tank mines and 14 items of unexploded ordnance (UXO), in
Tartar, Aghdam, ...". Every figure is computed from the store (``totals``), for the
period's dates inclusive; the table gives the same figures by district.
"""

import datetime
import html
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication, QDate

from ..dates import parse_date
from ..errors import DeminingError
from ..files import replaced_in_one_step
from ..locale_format import display_locale, format_count, format_number
from ..model.schema import DISPOSITION, ITEM_CATEGORY
from .accidents import AccidentFigures, accident_figures, format_share
from .grouping import NOT_APPLICABLE, check_range, in_range
from .totals import StoreTotals, TotalsTable

#: Qt's translation function under the name pylupdate5 looks for.
translate = QCoreApplication.translate

FORMATS = (".md", ".html", ".txt")




def format_date(date: datetime.date) -> str:
    """``22 November 2021`` in the user's language."""
    return display_locale().toString(QDate(date.year, date.month, date.day), "d MMMM yyyy")


def format_ha(value: float) -> str:
    return format_number(value, 2)


def format_km(value: float) -> str:
    return format_number(value, 1)


def join_names(names: Sequence[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    names = list(names)
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return translate("PeriodReport", "{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


def _items_phrase(code: str, count: int) -> str:
    one = count == 1
    phrases = {
        "AP": (translate("PeriodReport", "{n} anti-personnel mine"),
               translate("PeriodReport", "{n} anti-personnel mines")),
        "AT": (translate("PeriodReport", "{n} anti-tank mine"), translate("PeriodReport", "{n} anti-tank mines")),
        "UXO": (translate("PeriodReport", "{n} item of unexploded ordnance (UXO)"),
                translate("PeriodReport", "{n} items of unexploded ordnance (UXO)")),
        "AXO": (translate("PeriodReport", "{n} item of abandoned explosive ordnance (AXO)"),
                translate("PeriodReport", "{n} items of abandoned explosive ordnance (AXO)")),
        "IED": (translate("PeriodReport", "{n} improvised explosive device (IED)"),
                translate("PeriodReport", "{n} improvised explosive devices (IEDs)")),
        "SUBMUNITION": (translate("PeriodReport", "{n} submunition"), translate("PeriodReport", "{n} submunitions")),
        "OTHER": (translate("PeriodReport", "{n} other item"), translate("PeriodReport", "{n} other items")),
    }
    singular, plural = phrases.get(code, ("{n} " + code, "{n} " + code))
    return (singular if one else plural).format(n=format_count(count))


@dataclass
class PeriodReport:
    date_from: datetime.date
    date_to: datetime.date
    title: str
    sentences: List[str]
    table: TotalsTable
    figures: Dict[str, object] = field(default_factory=dict)
    #: Accidents by activity at the time (empty when there were none).
    accidents: Optional[AccidentFigures] = None

    # -- renderings ---------------------------------------------------------------------------
    def _table_cells(self) -> List[List[str]]:
        columns = self.table.columns
        header = [c.title for c in columns]
        rows = [header]
        for row in self.table.rows:
            rows.append([_cell(c.kind, v, group=True) if k == 0 else _cell(c.kind, v)
                         for k, (c, v) in enumerate(zip(columns, row))])
        totals = [_cell(c.kind, v) for c, v in zip(columns[1:], self.table.totals[1:])]
        rows.append([translate("PeriodReport", "Total")] + totals)
        return rows

    def to_markdown(self) -> str:
        cells = self._table_cells()
        lines = [f"# {self.title}", ""]
        lines += [" ".join(self.sentences), ""]
        lines.append("| " + " | ".join(cells[0]) + " |")
        lines.append("|" + "|".join(["---"] + ["---:"] * (len(cells[0]) - 1)) + "|")
        for row in cells[1:-1]:
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |")
        lines.append("| " + " | ".join(f"**{c}**" for c in cells[-1]) + " |")
        activity = self._activity_cells()
        if activity:
            lines += ["", f"## {self._activity_title()}", ""]
            lines.append("| " + " | ".join(activity[0]) + " |")
            lines.append("|" + "|".join(["---"] + ["---:"] * (len(activity[0]) - 1)) + "|")
            for row in activity[1:-1]:
                lines.append("| " + " | ".join(activity_cell.replace("|", "\\|") for activity_cell in row) + " |")
            lines.append("| " + " | ".join(f"**{c}**" for c in activity[-1]) + " |")
        lines += ["", self._footnote(), ""]
        return "\n".join(lines)

    def to_html(self) -> str:
        cells = self._table_cells()
        out = ["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">',
               f"<title>{html.escape(self.title)}</title>",
               "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;}"
               "table{border-collapse:collapse;}th,td{border:1px solid #999;padding:0.2em 0.5em;}"
               "td.n,th.n{text-align:right;}tfoot td{font-weight:bold;}</style>",
               "</head>", "<body>", f"<h1>{html.escape(self.title)}</h1>"]
        out += [f"<p>{html.escape(s)}</p>" for s in self.sentences]
        out += _html_table(cells)
        activity = self._activity_cells()
        if activity:
            out.append(f"<h2>{html.escape(self._activity_title())}</h2>")
            out += _html_table(activity)
        out += [f"<p><small>{html.escape(self._footnote())}</small></p>", "</body>", "</html>", ""]
        return "\n".join(out)

    def to_text(self) -> str:
        cells = self._table_cells()
        widths = [max(len(row[k]) for row in cells) for k in range(len(cells[0]))]

        def line(row):
            return "  ".join(c.ljust(w) if k == 0 else c.rjust(w) for k, (c, w) in enumerate(zip(row, widths)))

        rule = "-" * len(line(cells[0]))
        body = [self.title, "=" * len(self.title), ""]
        body += textwrap.wrap(" ".join(self.sentences), 88, break_on_hyphens=False)
        body += ["", line(cells[0]), rule] + [line(r) for r in cells[1:-1]] + [rule, line(cells[-1]), ""]
        activity = self._activity_cells()
        if activity:
            widths = [max(len(row[k]) for row in activity) for k in range(len(activity[0]))]
            rule = "-" * len(line(activity[0]))
            body += [self._activity_title(), "", line(activity[0]), rule] + [line(r) for r in activity[1:-1]]
            body += [rule, line(activity[-1]), ""]
        body += textwrap.wrap(self._footnote(), 88) + [""]
        return "\n".join(body)

    def render(self, suffix: str) -> str:
        suffix = suffix.lower()
        if suffix == ".md":
            return self.to_markdown()
        if suffix in (".html", ".htm"):
            return self.to_html()
        if suffix == ".txt":
            return self.to_text()
        raise DeminingError(translate(
            "PeriodReport", "A report is written as .md, .html or .txt, not '{suffix}'.").format(
                suffix=suffix or 'no extension'))

    def _activity_title(self) -> str:
        return translate("PeriodReport", "Accidents by activity at the time")

    def _activity_cells(self) -> List[List[str]]:
        """Header, one row per activity and the totals row; empty without accidents."""
        figures = self.accidents
        if figures is None or not figures.accidents:
            return []
        rows = [[translate("PeriodReport", "Activity"), translate("PeriodReport", "Accidents"),
                 translate("PeriodReport", "Share"), translate("PeriodReport", "Killed"),
                 translate("PeriodReport", "Injured"), translate("PeriodReport", "Civilians killed"),
                 translate("PeriodReport", "Civilians injured")]]
        for row in figures.by_activity:
            rows.append([row.title, f"{row.accidents:,}", format_share(row.share), f"{row.killed:,}",
                         f"{row.injured:,}", f"{row.civilian_killed:,}", f"{row.civilian_injured:,}"])
        rows.append([translate("PeriodReport", "Total"), f"{figures.accidents:,}", "100%", f"{figures.killed:,}",
                     f"{figures.injured:,}", f"{figures.civilian_killed:,}", f"{figures.civilian_injured:,}"])
        return rows

    def _footnote(self) -> str:
        return translate("PeriodReport",
                         "Hectares are true (ellipsoidal) areas; land released more than once counts once, for its "
                   "first release. Districts are where the land, items, routes and accidents lie.")


def _align(k: int) -> str:
    return "t" if k == 0 else "n"


def _html_table(cells) -> list:
    """Lines of an HTML table: the first row of ``cells`` as its head, the last as its foot."""

    def row(values, tag: str) -> str:
        return "<tr>" + "".join(f'<{tag} class="{_align(k)}">{html.escape(c)}</{tag}>'
                                for k, c in enumerate(values)) + "</tr>"

    return (["<table>", "<thead>" + row(cells[0], "th") + "</thead>", "<tbody>"]
            + [row(values, "td") for values in cells[1:-1]]
            + ["</tbody>", "<tfoot>" + row(cells[-1], "td") + "</tfoot>", "</table>"])


def _cell(kind: str, value, group: bool = False) -> str:
    if group:
        if value is None:
            return translate("PeriodReport", "Outside the districts")
        return str(value)
    if kind == "ha":
        return format_ha(value)
    if kind == "km":
        return format_km(value)
    if kind == "count":
        return format_count(value)
    return "" if value is None else str(value)


def period_report(totals: StoreTotals, date_from, date_to, store_name: Optional[str] = None) -> PeriodReport:
    """The report for ``date_from``..``date_to`` (inclusive), from a store's totals."""
    date_from, date_to = parse_date(date_from, "DATE_FROM"), parse_date(date_to, "DATE_TO")
    if date_from is None or date_to is None:
        raise DeminingError(translate(
            "PeriodReport", "A period report needs both dates of the period (DATE_FROM and DATE_TO)."))
    check_range(date_from, date_to)
    table = totals.table("district", date_from, date_to)
    # Districts with no figure in the period stay out of the table.
    table.rows = [row for row in table.rows if any(v for v in row[1:])]
    period = translate("PeriodReport", "between {start} and {end}").format(start=format_date(date_from),
                                                                           end=format_date(date_to))
    if date_from == date_to:
        period = translate("PeriodReport", "on {day}").format(day=format_date(date_from))
    sentences = []

    def district_names(key: str) -> List[str]:
        index = table.index(key)
        names = [row[0] for row in table.rows if row[index] and row[0] is not None]
        if any(row[index] for row in table.rows if row[0] is None):
            names.append(translate("PeriodReport", "outside the mapped districts"))
        return names

    items_total = table.total("items")
    by_category = {code: table.total(f"item_{code}") for code in ITEM_CATEGORY.codes
                   if f"item_{code}" in [c.key for c in table.columns]}
    by_category = {code: n for code, n in by_category.items() if n}
    if items_total:
        parts = join_names([_items_phrase(code, n) for code, n in by_category.items()])
        where = join_names(district_names("items"))
        if items_total == 1:
            first = translate("PeriodReport", "{Period}, 1 explosive item was found: {parts}, in {districts}.")
        else:
            first = translate("PeriodReport", "{Period}, {n} explosive items were found: {parts}, in {districts}.")
        sentences.append(first.format(Period=_capital(period), n=format_count(items_total), parts=parts,
                                      districts=where))
        disposal = _disposal_sentence(totals, date_from, date_to, items_total)
        if disposal:
            sentences.append(disposal)
    else:
        sentences.append(translate("PeriodReport", "{Period}, no explosive items were found.").format(
            Period=_capital(period)))

    released = table.total("released_ha")
    methods = {code: table.total(f"{code}_ha") for code in ("cleared", "reduced", "cancelled")}
    if released > 0:
        phrases = []
        if methods["cleared"] > 0:
            phrases.append(translate("PeriodReport", "{ha} ha cleared").format(ha=format_ha(methods["cleared"])))
        if methods["reduced"] > 0:
            phrases.append(translate("PeriodReport", "{ha} ha reduced by technical survey").format(
                ha=format_ha(methods["reduced"])))
        if methods["cancelled"] > 0:
            phrases.append(translate("PeriodReport", "{ha} ha cancelled by non-technical survey").format(
                ha=format_ha(methods["cancelled"])))
        sentences.append(translate("PeriodReport",
                                   "{ha} hectares of land were released, every square metre counted once: {parts}.")
                         .format(ha=format_ha(released), parts=join_names(phrases)))
        if methods["cleared"] > 0:
            sentences.append(translate("PeriodReport", "Land was cleared in {districts}.").format(
                districts=join_names(district_names("cleared_ha"))))
    else:
        sentences.append(translate("PeriodReport", "No land was released."))

    route_km = table.total("route_km")
    if route_km > 0:
        sentences.append(translate("PeriodReport", "{km} km of routes were cleared, in {districts}.").format(
            km=format_km(route_km), districts=join_names(district_names("route_km"))))
    else:
        sentences.append(translate("PeriodReport", "No routes were cleared."))

    accidents, killed, injured = table.total("accidents"), table.total("killed"), table.total("injured")
    if accidents:
        text = translate("PeriodReport", "1 mine accident was recorded") if accidents == 1 else \
            translate("PeriodReport", "{n} mine accidents were recorded").format(n=format_count(accidents))
        sentences.append(translate("PeriodReport",
                                   "{accidents}, with {killed} killed and {injured} injured, in {districts}.").format(
            accidents=text, killed=format_count(killed), injured=format_count(injured),
            districts=join_names(district_names("accidents"))))
        activity = _activity_sentence(accident_figures(totals.accidents, date_from, date_to))
        if activity:
            sentences[-1] += " " + activity
    else:
        sentences.append(translate("PeriodReport", "No mine accidents were recorded."))

    if date_from == date_to:
        title = translate("PeriodReport", "Mine action report, {day}").format(day=format_date(date_from))
    else:
        title = translate("PeriodReport", "Mine action report, {start} to {end}").format(start=format_date(date_from),
                                                                   end=format_date(date_to))
    if store_name:
        title += f" ({store_name})"
    figures = {"items": items_total, "items_by_category": by_category, "released_ha": released,
               "cleared_ha": methods["cleared"], "reduced_ha": methods["reduced"],
               "cancelled_ha": methods["cancelled"], "route_km": route_km, "accidents": accidents,
               "killed": killed, "injured": injured, "item_districts": district_names("items")}
    by_activity = accident_figures(totals.accidents, date_from, date_to)
    figures.update({"civilian_killed": by_activity.civilian_killed, "civilian_injured": by_activity.civilian_injured,
                    "accidents_by_activity": {row.activity: row.accidents for row in by_activity.by_activity}})
    return PeriodReport(date_from, date_to, title, sentences, table, figures, by_activity)


def _activity_sentence(figures: AccidentFigures) -> str:
    """"By activity at the time: illegal entry ... 51%, ... Civilians: 24 killed and 49 injured." """
    if not figures.accidents:
        return ""
    parts = [translate("PeriodReport", "{activity} {share}").format(
        activity=_lower_first(row.title), share=format_share(row.share)) for row in figures.by_activity]
    text = translate("PeriodReport", "By activity at the time: {parts}.").format(parts=join_names(parts))
    return text + " " + translate("PeriodReport", "Civilians: {killed} killed and {injured} injured.").format(
        killed=f"{figures.civilian_killed:,}", injured=f"{figures.civilian_injured:,}")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _disposal_sentence(totals: StoreTotals, date_from, date_to, items_total: int) -> Optional[str]:
    items = totals.items
    keep = in_range(items.days, date_from, date_to)
    disposition = items.attributes.get("disposition")
    if disposition is None or not keep.any():
        return None
    quantity = items.values["quantity"][keep]
    codes = disposition[keep]
    parts = []
    labels = {
        "destroyed_in_situ": translate("PeriodReport", "{n} were destroyed in situ"),
        "removed": translate("PeriodReport", "{n} were removed for demolition"),
        "rendered_safe": translate("PeriodReport", "{n} were rendered safe"),
    }
    for code in DISPOSITION.codes:
        n = int(round(quantity[codes == code].sum()))
        if n:
            parts.append(labels[code].format(n=format_count(n)))
    if not parts:
        return None
    unknown = items_total - int(round(quantity[np.isin(codes, list(DISPOSITION.codes))].sum()))
    if unknown > 0:
        parts.append(translate("PeriodReport", "{n} have no disposal recorded").format(n=format_count(unknown)))
    return translate("PeriodReport", "Of these, {parts}.").format(parts=join_names(parts))


def write_report(report: PeriodReport, path) -> str:
    """Write the report in the format of the file's extension (replacing the file in one
    step: a failure leaves an existing file as it was). Returns the text written."""
    target = Path(path)
    text = report.render(target.suffix)
    with replaced_in_one_step(target, f"the report {target}") as tmp:
        tmp.write_text(text, encoding="utf-8")
    return text


__all__ = ["PeriodReport", "period_report", "write_report", "FORMATS", "NOT_APPLICABLE"]
