"""The dialog that asks what kind of release a drawing or a task selection records."""

import datetime
from typing import List, Optional

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from .. import settings
from ..core.model.schema import RELEASE_METHOD, TECHNIQUE
from ..core.release.marking import ReleaseDetails
from .date_edit import day_edit
from .formatting import unit_suffix

#: Qt's translation function under the name pylupdate5 collects (context "ReleaseDialog").
translate = QCoreApplication.translate


class ReleaseDialog(QDialog):
    """Method, technique, organisation, team, date (default today) and depth.

    The last organisation, team, method and technique are remembered for the next
    entry; Enter accepts, Esc cancels."""

    def __init__(self, parent=None, organisations: List[str] = (), teams: List[str] = (),
                 tasks: List[str] = (), summary: str = ""):
        super().__init__(parent)
        self.setWindowTitle(translate("ReleaseDialog", "Mark land released"))
        self.setObjectName("DeminingReleaseDialog")
        layout = QVBoxLayout(self)
        if summary:
            intro = QLabel(summary)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)

        self.method = QComboBox()
        for code in RELEASE_METHOD.codes:
            self.method.addItem(RELEASE_METHOD.display_label(code), code)
        self._select(self.method, settings.RELEASE_METHOD.value())
        form.addRow(translate("ReleaseDialog", "Release method"), self.method)

        self.technique = QComboBox()
        self.technique.addItem(translate("ReleaseDialog", "(not recorded)"), None)
        for code in TECHNIQUE.codes:
            self.technique.addItem(TECHNIQUE.display_label(code), code)
        self._select(self.technique, settings.RELEASE_TECHNIQUE.value())
        form.addRow(translate("ReleaseDialog", "Technique"), self.technique)

        self.organisation = self._editable(organisations, settings.RELEASE_ORGANISATION.value())
        form.addRow(translate("ReleaseDialog", "Organisation"), self.organisation)
        self.team = self._editable(teams, settings.RELEASE_TEAM.value())
        form.addRow(translate("ReleaseDialog", "Team"), self.team)

        self.date = day_edit(name="releaseDate", latest=datetime.date.today())
        form.addRow(translate("ReleaseDialog", "Released on"), self.date)

        self.depth = QSpinBox()
        self.depth.setRange(-1, 500)
        self.depth.setSpecialValueText(translate("ReleaseDialog", "(not recorded)"))
        self.depth.setSuffix(unit_suffix("cm"))
        self.depth.setValue(settings.RELEASE_DEPTH_CM.value())
        form.addRow(translate("ReleaseDialog", "Clearance depth"), self.depth)

        self.task = QComboBox()
        self.task.addItem(translate("ReleaseDialog", "(from the map)"), None)
        for task_id in tasks:
            self.task.addItem(task_id, task_id)
        form.addRow(translate("ReleaseDialog", "Task"), self.task)

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(translate("ReleaseDialog", "Mark released"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _select(combo: QComboBox, code) -> None:
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)

    @staticmethod
    def _editable(values: List[str], current: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(sorted({v for v in values if v}))
        combo.setCurrentText(current or "")
        return combo

    def details(self) -> ReleaseDetails:
        depth = self.depth.value()
        return ReleaseDetails(
            method=self.method.currentData(),
            technique=self.technique.currentData(),
            organisation=self.organisation.currentText().strip(),
            team=self.team.currentText().strip(),
            released_on=self.date.date().toPyDate(),
            depth_cm=None if depth < 0 else depth,
            task_id=self.task.currentData(),
        )

    def remember(self) -> None:
        details = self.details()
        settings.RELEASE_METHOD.set_value(details.method)
        settings.RELEASE_TECHNIQUE.set_value(details.technique or "")
        settings.RELEASE_ORGANISATION.set_value(details.organisation)
        settings.RELEASE_TEAM.set_value(details.team)
        settings.RELEASE_DEPTH_CM.set_value(self.depth.value())


def ask_release_details(parent, organisations, teams, tasks, summary: str) -> Optional[ReleaseDetails]:
    """Show the dialog; the details, or None when the user cancels."""
    dialog = ReleaseDialog(parent, organisations, teams, tasks, summary)
    if dialog.exec_() != QDialog.Accepted:
        return None
    dialog.remember()
    return dialog.details()

