"""What the user sees while and after recording work on the map: the drawn polygon stays
on the map while the release dialog is open; the item form opens beside the clicked point,
not over it; release messages take one line in the message bar, the details go to the log."""

import datetime
import logging
import re

import pytest
from qgis.core import Qgis, QgsWkbTypes
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt

from demining_plugin.core.release.marking import ReleaseDetails
from demining_plugin.gui.capture_tool import CaptureController, form_position
from demining_plugin.gui.notify import BAR_CHARACTERS, notify, one_line
from demining_plugin.gui.release_controller import ReleaseController
from tests.ground import ground_store
from tests.helpers import click, open_session

DAY = datetime.date(2021, 11, 24)


@pytest.fixture()
def session(qgis_iface, qgis_canvas, qgis_new_project, tmp_path):
    store = ground_store(str(tmp_path / "feedback.gpkg"), "T-0042")
    session = open_session(qgis_iface, store, qgis_canvas, extent_m=2000)
    qgis_iface.messageBar().clear_messages()
    yield store, session
    session.stop()


@pytest.fixture()
def release(session, qgis_iface):
    controller = ReleaseController(qgis_iface, session[1])
    yield controller
    controller.teardown()


def test_the_drawn_polygon_stays_on_the_map_until_the_dialog_is_answered(release, qgis_canvas):
    seen = []

    def answer(*_args):
        band = release.tool.drawn_band()
        seen.append((band.type(), band.area()))
        return ReleaseDetails(method="cleared", technique="manual", released_on=DAY)

    release.ask_details = answer
    release.activate_tool()
    for xy in ((300, 300), (800, 300), (800, 900), (300, 900)):
        click(release.tool, qgis_canvas, *xy)
    click(release.tool, qgis_canvas, 0, 0, Qt.RightButton)
    assert len(seen) == 1
    kind, area = seen[0]
    assert kind == QgsWkbTypes.PolygonGeometry
    assert area == pytest.approx(500 * 600, rel=0.1)  # the polygon drawn (to the pixel), in the canvas CRS (m²)
    # Answered: the band is gone and the next click starts a new drawing.
    assert release.tool.drawn_band().isEmpty()
    assert release.tool.points == []


def test_the_band_also_goes_when_the_dialog_is_cancelled(release, qgis_canvas):
    areas = []
    release.ask_details = lambda *_args: areas.append(release.tool.drawn_band().area())
    release.activate_tool()
    for xy in ((300, 300), (800, 300), (800, 900)):
        click(release.tool, qgis_canvas, *xy)
    click(release.tool, qgis_canvas, 0, 0, Qt.RightButton)
    assert areas and areas[0] > 0
    assert release.tool.drawn_band().isEmpty()


def test_a_release_message_is_one_line_with_the_details_in_the_log(release, qgis_canvas, qgis_iface, caplog):
    """Across two districts and closing the hazard: the bar says how much, where, and that
    the hazard closed; the figures per district and the hazard's remainder are in the log."""
    release.ask_details = lambda *_args: ReleaseDetails(method="cleared", technique="manual", released_on=DAY)
    release.activate_tool()
    for xy in ((400, 400), (1600, 400), (1600, 1600), (400, 1600)):
        click(release.tool, qgis_canvas, *xy)
    with caplog.at_level(logging.INFO, logger="qgis.messagelog"):
        click(release.tool, qgis_canvas, 0, 0, Qt.RightButton)
    messages = qgis_iface.messageBar().get_messages(Qgis.Success)
    assert len(messages) == 1
    shown = messages[0].split(":", 1)[1]
    assert "\n" not in shown and len(shown) <= BAR_CHARACTERS
    assert re.match(r"^\d+\.\d\d ha cleared in task T-0042 in 2 districts; hazard H-0001 closed$", shown), shown
    assert "remain in hazard" not in shown  # a detail
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "ha cleared in task T-0042 (West)" in logged and "ha cleared in task T-0042 (East)" in logged
    assert "remain in hazard H-0001 (now closed)" in logged
    # Undo says what it takes back in the same short words.
    release.undo_last()
    undone = qgis_iface.messageBar().get_messages(Qgis.Success)[-1].split(":", 1)[1]
    assert undone == "Undone: " + shown


def test_a_long_message_is_cut_to_one_line_and_logged_whole(qgis_iface, caplog):
    qgis_iface.messageBar().clear_messages()
    long_text = "Hazard H-0001: " + "; ".join(f"{k}.25 ha remain in hazard H-{k:04d}" for k in range(20))
    with caplog.at_level(logging.INFO, logger="qgis.messagelog"):
        notify(qgis_iface, long_text + "\nsecond line", Qgis.Warning)
    shown = qgis_iface.messageBar().get_messages(Qgis.Warning)[-1].split(":", 1)[1]
    assert len(shown) <= BAR_CHARACTERS and shown.endswith("…") and "\n" not in shown
    assert any(long_text in record.getMessage() for record in caplog.records)
    assert one_line("short\nmessage") == "short message"


@pytest.mark.parametrize("spot, expected_side", [
    (QPoint(300, 500), "right"),
    (QPoint(1400, 500), "left"),
    (QPoint(800, 100), "right"),
])
def test_the_form_goes_beside_the_point(spot, expected_side):
    area = QRect(0, 0, 1600, 1000)
    size = QSize(460, 520)
    position = form_position(spot, size, area)
    rect = QRect(position, QSize(size.width() + 16, size.height() + 40))
    assert area.contains(rect)
    assert not rect.adjusted(-20, -20, 20, 20).contains(spot)
    assert (rect.left() > spot.x()) == (expected_side == "right")


def test_the_item_form_leaves_the_clicked_point_visible(session, qgis_iface, qgis_canvas):
    """The form, shown as the controller shows it, does not cover the point clicked near the
    right of the map (it opened centred on the main window, over the map, before)."""
    controller = CaptureController(qgis_iface, session[1])
    main_window = qgis_iface.mainWindow()
    main_window.move(0, 0)
    main_window.show()
    QCoreApplication.processEvents()
    seen = []

    def show_form(form) -> bool:
        form.show()
        QCoreApplication.processEvents()
        seen.append(form.frameGeometry())
        form.hide()
        return False

    controller.run_form = show_form
    try:
        controller.activate_item_tool()
        pixel = QPoint(740, 300)
        controller.item_tool.canvasReleaseEvent(
            QgsMapMouseEvent(qgis_canvas, QEvent.MouseButtonRelease, pixel, Qt.LeftButton))
        spot = qgis_canvas.mapToGlobal(pixel)
        assert len(seen) == 1
        assert not seen[0].adjusted(-10, -10, 10, 10).contains(spot), (seen[0], spot)
    finally:
        controller.teardown()
        main_window.hide()
