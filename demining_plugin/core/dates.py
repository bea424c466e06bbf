"""Dates as users type them and as files spell them, read in one place.

``parse_date`` reads a date a user gave (a Processing parameter, a date field): ISO
``YYYY-MM-DD`` only, and anything else is refused with a message naming the value.
``guess_date`` reads the dates of imported files, which come in many spellings
(ISO, day-first, spreadsheet exports): what is not a date is None, for the importer to
report row by row.
"""

import datetime
import re
from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication

from .errors import DeminingError

translate = QCoreApplication.translate

#: Spellings of a day found in imported files, tried in this order (day first before month first).
FILE_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%Y.%m.%d", "%d.%m.%y", "%Y%m%d")


def _plain_date(value) -> Optional[datetime.date]:
    """A date given as a date or datetime (the day of it), else None."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return None


def parse_date(value, name: str = "date") -> Optional[datetime.date]:
    """``YYYY-MM-DD`` (or a date, or a QDate) to a date; empty to None; anything else refused."""
    if value is None:
        return None
    plain = _plain_date(value)
    if plain is not None:
        return plain
    if hasattr(value, "toPyDate"):  # QDate
        return value.toPyDate() if value.isValid() else None
    text = str(value).strip()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise DeminingError(translate(
            "Totals", "{name} '{text}' is not a date; write it as YYYY-MM-DD (e.g. 2021-11-22).").format(
                name=name, text=text)) from None


def guess_date(text) -> Optional[datetime.date]:
    """A date from ISO, day-first and spreadsheet spellings; None if it is not a date."""
    if text is None:
        return None
    plain = _plain_date(text)
    if plain is not None:
        return plain
    value = str(text).strip()
    if not value:
        return None
    # "2021-11-22T10:31:00Z", "2021/11/22 10:31:00+00": the day is what matters.
    value = re.split(r"[T ]", value, maxsplit=1)[0]
    for fmt in FILE_DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None
