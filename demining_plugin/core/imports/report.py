"""The import report: every refused or flagged row with its number and reason, in a CSV
file beside the input and in the message log."""

import csv
import tempfile
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..files import replaced_in_one_step
from ..log import log_warning
from .options import LOG_ROWS, Rejection
from .rows import Rows, row_word
from .tables import SourceTable

translate = QCoreApplication.translate

# -- the report --------------------------------------------------------------------------


def default_report_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}_import_report.csv")


def write_report(table: SourceTable, rows: Rows, target: Optional[str],
                 warnings: Sequence[Tuple[int, Rejection]] = ()) -> str:
    """CSV of refused rows: row number, reason code, reason, then the row as read; then the
    rows imported with a warning (``warnings``: row index and warning), their code prefixed
    with ``warning:``."""
    path = Path(target) if target else default_report_path(table.path)
    header = [table.row_label, "code", "reason"] + table.columns
    lines = []
    for i, code in enumerate(rows.code):
        if code is not None and code != "record_area":
            lines.append([table.row_numbers[i], code, rows.reason[i]] + ["" if v is None else v for v in table.rows[i]])
    for i, warning in warnings:
        lines.append([warning.row, f"warning:{warning.code}", warning.reason]
                     + ["" if v is None else v for v in table.rows[i]])
    candidates = [path] if target else [path, Path(tempfile.gettempdir()) / path.name]
    last_error: Optional[Exception] = None
    for candidate in candidates:
        try:
            with replaced_in_one_step(candidate, translate("Importers", "the import report")) as tmp:
                # errors="replace": a damaged file's cells may hold characters UTF-8 cannot
                # write (lone surrogates); the report still lists the row.
                with open(tmp, "w", newline="", encoding="utf-8", errors="replace") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(header)
                    writer.writerows(lines)
            return str(candidate)
        except (DeminingError, OSError) as error:
            last_error = error
    raise DeminingError(translate("Importers", "The import report cannot be written: {0}").format(last_error))


def log_rejections(table: SourceTable, rejections: List[Rejection]) -> None:
    word = row_word(table.row_label)
    for rejection in rejections[:LOG_ROWS]:
        log_warning(translate(
            "Importers", "{0}, {1} {2}: {3}").format(table.path.name, word, rejection.row, rejection.reason))
    if len(rejections) > LOG_ROWS:
        log_warning(
            translate("Importers", "{0}: {1} more rows refused; see the report.").format(
                table.path.name, len(rejections) - LOG_ROWS)
        )
