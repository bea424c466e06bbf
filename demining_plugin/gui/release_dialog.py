"""The dialog that asks what kind of release a drawing or a task selection records."""

import datetime
from typing import List, Optional

from qgis.core import QgsSettings
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

from ..core.model.schema import RELEASE_METHOD, TECHNIQUE
from ..core.release.marking import ReleaseDetails
from .date_edit import day_edit
from .formatting import unit_suffix

_SETTINGS = "demining/release/"


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
        settings = QgsSettings()
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
        self._select(self.method, settings.value(_SETTINGS + "method", "cleared"))
        form.addRow(translate("ReleaseDialog", "Release method"), self.method)

        self.technique = QComboBox()
        self.technique.addItem(translate("ReleaseDialog", "(not recorded)"), None)
        for code in TECHNIQUE.codes:
            self.technique.addItem(TECHNIQUE.display_label(code), code)
        self._select(self.technique, settings.value(_SETTINGS + "technique", "manual"))
        form.addRow(translate("ReleaseDialog", "Technique"), self.technique)

        self.organisation = self._editable(organisations, settings.value(_SETTINGS + "organisation", ""))
        form.addRow(translate("ReleaseDialog", "Organisation"), self.organisation)
        self.team = self._editable(teams, settings.value(_SETTINGS + "team", ""))
        form.addRow(translate("ReleaseDialog", "Team"), self.team)

        self.date = day_edit(name="releaseDate", latest=datetime.date.today())
        form.addRow(translate("ReleaseDialog", "Released on"), self.date)

        self.depth = QSpinBox()
        self.depth.setRange(-1, 500)
        self.depth.setSpecialValueText(translate("ReleaseDialog", "(not recorded)"))
        self.depth.setSuffix(unit_suffix("cm"))
        self.depth.setValue(int(settings.value(_SETTINGS + "depth", 13)))
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
        settings = QgsSettings()
        settings.setValue(_SETTINGS + "method", details.method)
        settings.setValue(_SETTINGS + "technique", details.technique or "")
        settings.setValue(_SETTINGS + "organisation", details.organisation)
        settings.setValue(_SETTINGS + "team", details.team)
        settings.setValue(_SETTINGS + "depth", self.depth.value())


def ask_release_details(parent, organisations, teams, tasks, summary: str) -> Optional[ReleaseDetails]:
    """Show the dialog; the details, or None when the user cancels."""
    dialog = ReleaseDialog(parent, organisations, teams, tasks, summary)
    if dialog.exec_() != QDialog.Accepted:
        return None
    dialog.remember()
    return dialog.details()

