"""The forms of the capture tool: an item found and an accident, at a clicked point.

Keyboard first: the focus starts on the first field, Tab follows the order on screen,
Enter saves from any field, Esc cancels. Warnings from the checks (``core.checks.items``)
show in the form as the values change; they never block saving.
"""

import datetime
from typing import Callable, Dict, List, Optional, Sequence

from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.model.schema import ACTIVITY, CONDITION, DISPOSITION, ITEM_CATEGORY
from .date_edit import day_edit
from .formatting import unit_suffix

#: Qt's translation function under the name pylupdate5 looks for.
translate = QCoreApplication.translate


def _label(code: str, domain) -> str:
    return QCoreApplication.translate("Schema", domain.label(code))


def _coded_combo(domain, optional: bool, current: Optional[str]) -> QComboBox:
    combo = QComboBox()
    if optional:
        combo.addItem(translate("CaptureForm", "(not recorded)"), None)
    for code, _label_text in domain.values:
        combo.addItem(_label(code, domain), code)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    return combo


def _editable_combo(values: Sequence[str], current: Optional[str]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    # Enter must save the form, not add the text to the list.
    combo.setInsertPolicy(QComboBox.NoInsert)
    combo.addItems(sorted({v for v in values if v}))
    combo.setCurrentText(current or "")
    return combo


def _text(value: str) -> Optional[str]:
    value = value.strip()
    return value or None


class CaptureForm(QDialog):
    """What both forms share: the form layout, the warnings, Save and Cancel, the checks."""

    def __init__(self, title: str, intro: str, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("captureIntro")
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.warnings = QLabel()
        self.warnings.setObjectName("captureWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.RichText)
        self.warnings.setStyleSheet(
            "QLabel { color: #8a4b00; background: #fff4df; border: 1px solid #e0b060; padding: 4px; }"
        )
        self.warnings.hide()
        layout.addWidget(self.warnings)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setDefault(True)
        self.buttons.button(QDialogButtonBox.Save).setAutoDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.checker: Optional[Callable[[Dict], List[str]]] = None
        self.warning_messages: List[str] = []
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(150)
        self._check_timer.timeout.connect(self.run_checks)
        self._fields: List[QWidget] = []

    def add_field(self, label: str, widget: QWidget, name: str) -> QWidget:
        widget.setObjectName(name)
        self.form.addRow(label, widget)
        self._fields.append(widget)
        return widget

    def finish_fields(self) -> None:
        """Tab order as on screen, the first field focused, checks on every change."""
        chain = self._fields + [
            self.buttons.button(QDialogButtonBox.Save),
            self.buttons.button(QDialogButtonBox.Cancel),
        ]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        for widget in self._fields:
            for signal in (
                "currentIndexChanged",
                "editTextChanged",
                "valueChanged",
                "dateChanged",
                "textChanged",
                "toggled",
            ):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(self._schedule_checks)
        if self._fields:
            self._fields[0].setFocus()

    def set_checker(self, checker: Callable[[Dict], List[str]]) -> None:
        self.checker = checker
        self.run_checks()

    def _schedule_checks(self, *_args) -> None:
        self._check_timer.start()

    def run_checks(self) -> List[str]:
        """Check the values on screen now; the warnings show above the buttons."""
        self._check_timer.stop()
        messages = list(self.checker(self.values())) if self.checker is not None else []
        self.warning_messages = messages
        was_shown = not self.warnings.isHidden()
        if messages:
            self.warnings.setText(
                "<b>"
                + translate("CaptureForm", "Check before saving (you may still save):")
                + "</b><br>"
                + "<br>".join("• " + m.replace("&", "&amp;").replace("<", "&lt;") for m in messages)
            )
            self.warnings.show()
        else:
            self.warnings.clear()
            self.warnings.hide()
        if was_shown != bool(messages) and self.isVisible():
            self.adjustSize()  # no empty band where the warnings were
        return messages

    def accept(self) -> None:
        # The warnings the user saved with are those of the final values.
        self.run_checks()
        super().accept()

    def values(self) -> Dict:
        raise NotImplementedError


class ItemForm(CaptureForm):
    """Category, model, quantity, depth, condition, disposition, date, organisation,
    team, task and district of an item found."""

    def __init__(
        self,
        parent=None,
        defaults: Optional[Dict] = None,
        tasks: Sequence[str] = (),
        district: Optional[str] = None,
        models: Sequence[str] = (),
        teams: Sequence[str] = (),
        organisations: Sequence[str] = (),
        intro: str = "",
    ):
        super().__init__(
            translate("CaptureForm", "Item found"),
            intro or translate("CaptureForm", "Record an item found at the point clicked."),
            parent,
        )
        self.setObjectName("DeminingItemForm")
        d = dict(defaults or {})
        self.category = self.add_field(
            translate("CaptureForm", "Category"), _coded_combo(ITEM_CATEGORY, False, d.get("category")), "itemCategory"
        )
        self.model = self.add_field(
            translate("CaptureForm", "Model"), _editable_combo(models, d.get("model")), "itemModel"
        )
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100000)
        self.quantity.setValue(int(d.get("quantity") or 1))
        self.add_field(translate("CaptureForm", "Quantity"), self.quantity, "itemQuantity")
        self.depth = QSpinBox()
        self.depth.setRange(-1, 500)
        self.depth.setSpecialValueText(translate("CaptureForm", "(not recorded)"))
        self.depth.setSuffix(unit_suffix("cm"))
        self.depth.setValue(-1 if d.get("depth_cm") is None else int(d["depth_cm"]))
        self.add_field(translate("CaptureForm", "Depth"), self.depth, "itemDepth")
        self.condition = self.add_field(
            translate("CaptureForm", "Condition"), _coded_combo(CONDITION, True, d.get("condition")), "itemCondition"
        )
        self.disposition = self.add_field(
            translate("CaptureForm", "Disposition"),
            _coded_combo(DISPOSITION, True, d.get("disposition")),
            "itemDisposition",
        )
        self.found_on = self.add_field(
            translate("CaptureForm", "Found on"), day_edit(day=d.get("found_on")), "itemFoundOn"
        )
        self.organisation = self.add_field(
            translate("CaptureForm", "Organisation"),
            _editable_combo(organisations, d.get("organisation")),
            "itemOrganisation",
        )
        self.team = self.add_field(translate("CaptureForm", "Team"), _editable_combo(teams, d.get("team")), "itemTeam")
        self.task = QComboBox()
        self.task.setEditable(True)
        self.task.setInsertPolicy(QComboBox.NoInsert)
        self.task.addItem("", None)
        for task_id in tasks:
            self.task.addItem(task_id, task_id)
        self.task.setCurrentIndex(1 if tasks else 0)
        self.task.lineEdit().setPlaceholderText(translate("CaptureForm", "no task here"))
        self.task.setToolTip(
            translate("CaptureForm", "The smallest task (sector) under the point; the others under it are listed")
        )
        self.add_field(translate("CaptureForm", "Task"), self.task, "itemTask")
        self.district = QLineEdit(district or "")
        self.district.setReadOnly(True)
        self.district.setPlaceholderText(translate("CaptureForm", "outside the districts"))
        self.district.setFocusPolicy(Qt.NoFocus)
        self.form.addRow(translate("CaptureForm", "District"), self.district)
        self.district.setObjectName("itemDistrict")
        self.remarks = self.add_field(
            translate("CaptureForm", "Remarks"), QLineEdit(d.get("remarks") or ""), "itemRemarks"
        )
        self.finish_fields()

    def values(self) -> Dict:
        """The item's stored values (codes, ``datetime.date``, None for empty)."""
        depth = self.depth.value()
        return {
            "category": self.category.currentData(),
            "model": _text(self.model.currentText()),
            "quantity": self.quantity.value(),
            "depth_cm": None if depth < 0 else depth,
            "condition": self.condition.currentData(),
            "disposition": self.disposition.currentData(),
            "found_on": self.found_on.date().toPyDate(),
            "organisation": _text(self.organisation.currentText()),
            "team": _text(self.team.currentText()),
            "task_id": _text(self.task.currentText()),
            "district": _text(self.district.text()),
            "remarks": _text(self.remarks.text()),
        }


class AccidentForm(CaptureForm):
    """Date, killed, injured, civilian, activity at the time, device and description of
    an accident; the district comes from the point."""

    def __init__(self, parent=None, defaults: Optional[Dict] = None, district: Optional[str] = None, intro: str = ""):
        super().__init__(
            translate("CaptureForm", "Mine accident"),
            intro or translate("CaptureForm", "Record an accident at the point clicked."),
            parent,
        )
        self.setObjectName("DeminingAccidentForm")
        d = dict(defaults or {})
        self.occurred_on = self.add_field(
            translate("CaptureForm", "Occurred on"), day_edit(day=d.get("occurred_on")), "accidentDate"
        )
        self.killed = QSpinBox()
        self.killed.setRange(0, 10000)
        self.killed.setValue(int(d.get("killed") or 0))
        self.add_field(translate("CaptureForm", "Killed"), self.killed, "accidentKilled")
        self.injured = QSpinBox()
        self.injured.setRange(0, 10000)
        self.injured.setValue(int(d.get("injured") or 0))
        self.add_field(translate("CaptureForm", "Injured"), self.injured, "accidentInjured")
        self.civilian = QCheckBox(translate("CaptureForm", "The victims were civilians"))
        self.civilian.setChecked(bool(d.get("civilian", True)))
        self.add_field(translate("CaptureForm", "Civilian"), self.civilian, "accidentCivilian")
        self.activity = self.add_field(
            translate("CaptureForm", "Activity at the time"),
            _coded_combo(ACTIVITY, False, d.get("activity")),
            "accidentActivity",
        )
        self.device = self.add_field(
            translate("CaptureForm", "Device"),
            _coded_combo(ITEM_CATEGORY, True, d.get("device_category")),
            "accidentDevice",
        )
        self.description = self.add_field(
            translate("CaptureForm", "Description"), QLineEdit(d.get("description") or ""), "accidentDescription"
        )
        self.description.setMaxLength(254)
        self.district = QLineEdit(district or "")
        self.district.setReadOnly(True)
        self.district.setPlaceholderText(translate("CaptureForm", "outside the districts"))
        self.district.setFocusPolicy(Qt.NoFocus)
        self.district.setObjectName("accidentDistrict")
        self.form.addRow(translate("CaptureForm", "District"), self.district)
        self.finish_fields()

    def values(self) -> Dict:
        return {
            "occurred_on": self.occurred_on.date().toPyDate(),
            "killed": self.killed.value(),
            "injured": self.injured.value(),
            "civilian": self.civilian.isChecked(),
            "activity": self.activity.currentData(),
            "device_category": self.device.currentData(),
            "description": _text(self.description.text()),
            "district": _text(self.district.text()),
        }


def accident_warnings(values: Dict, today: Optional[datetime.date] = None) -> List[str]:
    """What the accident form warns about: a date in the future, no victim recorded."""
    today = today or datetime.date.today()
    messages = []
    if values.get("occurred_on") and values["occurred_on"] > today:
        messages.append(
            translate("CaptureForm", "The accident has a date in the future ({date}).").format(
                date=values["occurred_on"].isoformat()
            )
        )
    if not values.get("killed") and not values.get("injured"):
        messages.append(translate("CaptureForm", "No one killed or injured is recorded."))
    return messages
