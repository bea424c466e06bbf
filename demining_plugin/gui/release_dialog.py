"""The dialog that asks what kind of release a drawing or a task selection records."""

from typing import List, Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QDate
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from ..core.release import ReleaseDetails
from ..core.schema import RELEASE_METHOD, TECHNIQUE

_SETTINGS = "demining/release/"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReleaseDialog", text)


class ReleaseDialog(QDialog):
    """Method, technique, organisation, team, date (default today) and depth.

    The last organisation, team, method and technique are remembered for the next
    entry; Enter accepts, Esc cancels."""

    def __init__(self, parent=None, organisations: List[str] = (), teams: List[str] = (),
                 tasks: List[str] = (), summary: str = ""):
        super().__init__(parent)
        self.setWindowTitle(_tr("Mark land released"))
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
        for code, label in RELEASE_METHOD.values:
            self.method.addItem(_tr(label), code)
        self._select(self.method, settings.value(_SETTINGS + "method", "cleared"))
        form.addRow(_tr("Release method"), self.method)

        self.technique = QComboBox()
        self.technique.addItem(_tr("(not recorded)"), None)
        for code, label in TECHNIQUE.values:
            self.technique.addItem(_tr(label), code)
        self._select(self.technique, settings.value(_SETTINGS + "technique", "manual"))
        form.addRow(_tr("Technique"), self.technique)

        self.organisation = self._editable(organisations, settings.value(_SETTINGS + "organisation", ""))
        form.addRow(_tr("Organisation"), self.organisation)
        self.team = self._editable(teams, settings.value(_SETTINGS + "team", ""))
        form.addRow(_tr("Team"), self.team)

        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate.currentDate())
        form.addRow(_tr("Released on"), self.date)

        self.depth = QSpinBox()
        self.depth.setRange(-1, 500)
        self.depth.setSpecialValueText(_tr("(not recorded)"))
        self.depth.setSuffix(" cm")
        self.depth.setValue(int(settings.value(_SETTINGS + "depth", 13)))
        form.addRow(_tr("Clearance depth"), self.depth)

        self.task = QComboBox()
        self.task.addItem(_tr("(from the map)"), None)
        for task_id in tasks:
            self.task.addItem(task_id, task_id)
        form.addRow(_tr("Task"), self.task)

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(_tr("Mark released"))
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

