"""Dates typed on the keyboard land as typed: in the empty *From* field of the Clearance
totals dashboard (it used to keep the current year: 2021-11-22 became <this year>-11-22),
in the Items found panel and in the dialogs' date fields, which all share
``gui.date_edit.day_edit``."""

import datetime

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from demining_plugin.gui.date_edit import DayEdit, day_edit, day_of

TODAY = datetime.date.today()


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def type_into(edit, text: str, how: str = "click") -> None:
    """Put the focus in ``edit`` as a user would (a click at the left end of the field, or
    Tab), type ``text``, and leave the field."""
    window = edit.window()
    window.show()
    window.activateWindow()
    settle()
    if how == "click":
        line = edit.lineEdit()
        QTest.mouseClick(line, Qt.LeftButton, Qt.NoModifier, QPoint(3, line.height() // 2))
    else:
        edit.setFocus(Qt.TabFocusReason)
    settle()
    assert edit.hasFocus()
    QTest.keyClicks(edit, text)
    settle()
    edit.clearFocus()
    settle()


@pytest.fixture
def form(qgis_app):
    """A window with a text field and a date field, like a dock's controls."""
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLineEdit(window))
    yield window, layout
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def test_typing_a_date_into_the_empty_from_field_of_the_dashboard(qgis_iface, qgis_new_project):
    from demining_plugin.gui.totals_dock import TotalsDock

    dock = TotalsDock(qgis_iface, project=QgsProject.instance())
    try:
        assert dock.period() == (None, None)
        type_into(dock.date_from, "2021-11-22")
        assert dock.period() == (datetime.date(2021, 11, 22), None)
        type_into(dock.date_to, "2021-11-27", how="tab")
        assert dock.period() == (datetime.date(2021, 11, 22), datetime.date(2021, 11, 27))
    finally:
        dock.teardown()
        dock.close()
        dock.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def test_the_items_panel_takes_a_typed_date_too(qgis_iface, qgis_new_project):
    from demining_plugin.gui.items_dock import ItemsDock

    dock = ItemsDock(qgis_iface)
    try:
        assert isinstance(dock.date_from, DayEdit) and isinstance(dock.date_to, DayEdit)
        type_into(dock.date_from, "2021-11-22")
        assert dock.item_filter().date_from == datetime.date(2021, 11, 22)
    finally:
        if hasattr(dock, "teardown"):
            dock.teardown()
        dock.close()
        dock.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


@pytest.mark.parametrize("empty", [True, False], ids=["empty", "filled"])
@pytest.mark.parametrize("how", ["click", "tab"])
@pytest.mark.parametrize("typed, expected", [
    ("2021-11-22", datetime.date(2021, 11, 22)),
    ("2021-1-5", datetime.date(2021, 1, 5)),  # short month and day: the separator moves on
    ("20211122", datetime.date(2021, 11, 22)),  # digits only
    ("2021/11/22", datetime.date(2021, 11, 22)),
])
def test_a_typed_date_is_the_date_typed(form, empty, how, typed, expected):
    window, layout = form
    edit = day_edit(window, empty_text="start") if empty else day_edit(window, day=datetime.date(2024, 6, 30))
    layout.addWidget(edit)
    assert day_of(edit) == (None if empty else datetime.date(2024, 6, 30))
    type_into(edit, typed, how)
    assert day_of(edit) == expected


def test_an_empty_field_left_untouched_stays_empty(form):
    window, layout = form
    edit = day_edit(window, name="from", tip="First day", empty_text="start")
    layout.addWidget(edit)
    type_into(edit, "")
    assert edit.isNull() and day_of(edit) is None
    assert edit.lineEdit().text() == "start"
    assert edit.objectName() == "from" and edit.toolTip() == "First day"


def test_dialog_date_fields_are_shared_day_edits(qgis_app):
    """The release dialog's date is a DayEdit that never goes past today."""
    from demining_plugin.gui.release_dialog import ReleaseDialog

    dialog = ReleaseDialog()
    try:
        assert isinstance(dialog.date, DayEdit)
        assert day_of(dialog.date) == TODAY
        assert dialog.date.maximumDate().toPyDate() == TODAY
        type_into(dialog.date, "2021-11-22")
        assert dialog.details().released_on == datetime.date(2021, 11, 22)
    finally:
        dialog.deleteLater()
