"""The one date field of the plugin's docks and dialogs: a day as ``yyyy-MM-dd`` that can
be typed as it is written.

``QDateTimeEdit`` types into one section at a time, and two of its habits lose what the
user typed: in an empty ``QgsDateEdit`` the text shown is today's date with a selection
that spans a separator, so the digits of the year are refused and ``2021-11-22`` becomes
``<this year>-11-22``; and after a section is complete the cursor jumps to the next one by
itself, so the ``-`` typed next skips a second section (``2021-12-11``). ``DayEdit``
starts typing in the year, and a separator typed right after such a jump is taken as
already done.
"""

import datetime
from typing import Optional

from qgis.gui import QgsDateEdit
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QWidget

DAY_FORMAT = "yyyy-MM-dd"
#: Characters a user types between the parts of a date.
SEPARATORS = "-./ "


class DayEdit(QgsDateEdit):
    """A ``QgsDateEdit`` in ``yyyy-MM-dd`` that keeps a date typed in full."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        #: A date is being typed into the field that was empty (it stays null until the
        #: typed text is a whole date).
        self._typing_new = False

    def focusInEvent(self, event) -> None:
        self._typing_new = False
        super().focusInEvent(event)

    def keyPressEvent(self, event) -> None:
        typed = event.text()
        if typed.isdigit():
            if (self.isNull() and not self._typing_new) or self._selection_spans_sections():
                # Typing into an empty field (or over the whole date) starts a new date.
                self._typing_new = self.isNull()
                self.setSelectedSection(self.sectionAt(0))
            elif not self.lineEdit().hasSelectedText() and self._at_section_start():
                # A click put the cursor before a section: type over it, not into it.
                self.setSelectedSection(self.currentSection())
        elif typed and typed in SEPARATORS and self._just_after_separator():
            event.accept()  # the edit already moved past the separator
            return
        super().keyPressEvent(event)

    def _selection_spans_sections(self) -> bool:
        line = self.lineEdit()
        return line.hasSelectedText() and any(c in SEPARATORS for c in line.selectedText())

    def _at_section_start(self) -> bool:
        return self.lineEdit().cursorPosition() == 0 or self._just_after_separator()

    def _just_after_separator(self) -> bool:
        line = self.lineEdit()
        position = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
        text = line.text()
        return 0 < position <= len(text) and text[position - 1] in SEPARATORS


def day_edit(parent: Optional[QWidget] = None, name: str = "", tip: str = "", empty_text: Optional[str] = None,
             day: Optional[datetime.date] = None, latest: Optional[datetime.date] = None) -> DayEdit:
    """A date field with a calendar popup.

    ``empty_text`` given: the field may be empty (``isNull()``) and shows that text, and
    starts empty unless ``day`` is given. Otherwise it always holds a day (``day`` or
    today). ``latest``: no day after it can be chosen.
    """
    edit = DayEdit(parent)
    if name:
        edit.setObjectName(name)
    if tip:
        edit.setToolTip(tip)
    edit.setDisplayFormat(DAY_FORMAT)
    edit.setCalendarPopup(True)
    if latest is not None:
        edit.setMaximumDate(QDate(latest.year, latest.month, latest.day))
    if empty_text is not None:
        edit.setAllowNull(True)
        edit.setNullRepresentation(empty_text)
    set_day(edit, day if day is not None or empty_text is not None else datetime.date.today())
    # Room for a whole date beside the clear and calendar buttons.
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("2022-12-31") + 64)
    return edit


def set_day(edit: QgsDateEdit, day: Optional[datetime.date]) -> None:
    """Show ``day``, or empty the field (when it allows it) for None."""
    if day is not None:
        edit.setDate(QDate(day.year, day.month, day.day))
    elif not edit.isNull():  # clear() on an already empty QgsDateEdit shows today's date
        edit.clear()


def day_of(edit: QgsDateEdit) -> Optional[datetime.date]:
    """The day in the field, or None when it is empty."""
    if edit.isNull():
        return None
    date = edit.date()
    return datetime.date(date.year(), date.month(), date.day()) if date.isValid() else None
