"""Schedule a meeting of a group: kind, date, times, place or online."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from safeguard_desktop.store.queries.overview import GroupRow
from safeguard_desktop.views.labels import MEETING_KINDS
from safeguard_desktop.views.widgets.date_entry import DateEntry
from safeguard_desktop.views.i18n import word


@dataclass(frozen=True)
class MeetingPlan:
    group_id: int
    kind: str
    on: date
    start_time: str
    end_time: str
    place: str | None
    online: bool
    standing_items: bool


class ScheduleDialog(QDialog):
    def __init__(self, groups: list[GroupRow], group_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule a meeting"))
        self.group = QComboBox()
        for group in groups:
            self.group.addItem(group.name, group.id)
        if group_id is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(group_id)))
        self.kind = QComboBox()
        for code, text in MEETING_KINDS.items():
            self.kind.addItem(word(text), code)
        self.date = DateEntry(date.today())
        self.start = QTimeEdit(QTime(10, 0))
        self.end = QTimeEdit(QTime(12, 0))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. Council Chamber, County Hall"))
        self.online = QCheckBox(self.tr("Online (or hybrid)"))
        self.standing = QCheckBox(self.tr("Start the agenda from the group's standing items"))
        self.standing.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for text, widget in (
            (self.tr("Group"), self.group),
            (self.tr("Kind"), self.kind),
            (self.tr("Date"), self.date),
            (self.tr("Starts"), self.start),
            (self.tr("Ends"), self.end),
            (self.tr("Place"), self.place),
        ):
            form.addRow(text, widget)
        form.addRow(self.online)
        form.addRow(self.standing)
        form.addRow(buttons)

    def plan(self) -> MeetingPlan:
        return MeetingPlan(
            group_id=self.group.currentData(),
            kind=self.kind.currentData(),
            on=self.date.date() or date.today(),
            start_time=self.start.time().toString("HH:mm"),
            end_time=self.end.time().toString("HH:mm"),
            place=self.place.text().strip() or None,
            online=self.online.isChecked(),
            standing_items=self.standing.isChecked(),
        )
