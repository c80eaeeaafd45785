"""Meetings offered in a combo box, after a first choice of none.

A decade holds thousands of meetings. A box filled item by item, each name
written as it goes in and each one measured for the box's width, cost the
action log page a fifth of its time on the decade benchmark (profiled); this
model writes a meeting's name only when the box shows it, and the box is
sized by a number of characters and its list by one row's height."""

from __future__ import annotations

from datetime import date
from typing import Any, Sequence, cast

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QListView

from safeguard_desktop.views.i18n import day_text

Index = QModelIndex | QPersistentModelIndex
# "Quality Assurance Sub-group, 14 May 2024" reads whole; a longer name is elided.
WIDTH_IN_CHARACTERS = 40


class MeetingChoices(QAbstractListModel):
    def __init__(self, none_text: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._meetings: list[tuple[int, str, date]] = []

    def set_meetings(self, meetings: Sequence[tuple[int, str, date]]) -> None:
        """(id, group, date) of each meeting, in the order offered."""
        self.beginResetModel()
        self._meetings = list(meetings)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._meetings) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if row == 0:
                return self._none_text
            _id, group, on = self._meetings[row - 1]
            return f"{group}, {day_text(on, '%d %b %Y')}"
        if role == Qt.ItemDataRole.UserRole and row:  # what QComboBox.currentData reads
            return self._meetings[row - 1][0]
        return None


def meeting_combo(none_text: str) -> tuple[QComboBox, MeetingChoices]:
    """A combo box over a MeetingChoices model, sized without reading every meeting."""
    combo = QComboBox()
    choices = MeetingChoices(none_text, combo)
    combo.setModel(choices)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(WIDTH_IN_CHARACTERS)
    cast(QListView, combo.view()).setUniformItemSizes(True)  # its list lays out one row, not thousands
    return combo, choices
