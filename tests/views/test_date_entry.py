"""Dates typed whole, as people write them. Qt's QDateEdit took "12 Mar
2025" typed over its value as 11 March and "12/03/2025" as 1 March; the
DateEntry reads what was typed, or refuses it and says so."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from safeguard_desktop.views.widgets.date_entry import INVALID, DateEntry


@pytest.mark.parametrize("typed", ["12 Mar 2025", "12/03/2025", "12/3/25", "2025-03-12", "12th March 2025"])
def test_a_whole_date_typed_is_the_date_meant(qtbot, typed):
    entry = DateEntry(date(2024, 1, 1))
    qtbot.addWidget(entry)
    entry.selectAll()
    qtbot.keyClicks(entry, typed)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert entry.date() == date(2025, 3, 12) and entry.text() == "12 Mar 2025" and entry.is_valid()


@pytest.mark.parametrize("typed", ["31/02/2025", "March 2025", "next meeting", "\b"])
def test_what_is_not_one_day_is_refused_and_the_last_good_date_kept(qtbot, typed):
    entry = DateEntry(date(2024, 1, 1))
    qtbot.addWidget(entry)
    entry.selectAll()
    if typed == "\b":  # a required date rubbed out
        qtbot.keyClick(entry, Qt.Key.Key_Backspace)
    else:
        qtbot.keyClicks(entry, typed)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert not entry.is_valid() and entry.toolTip() == INVALID and entry.date() == date(2024, 1, 1)


def test_an_optional_date_can_be_cleared_and_arrows_move_a_day(qtbot):
    seen: list[object] = []
    entry = DateEntry(None, optional=True, blank_text="any date")
    qtbot.addWidget(entry)
    entry.changed.connect(seen.append)
    entry.set_date(date(2025, 3, 12))
    qtbot.keyClick(entry, Qt.Key.Key_Up)
    assert entry.date() == date(2025, 3, 13)
    entry.clear()
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert entry.date() is None and entry.is_valid() and seen == [date(2025, 3, 12), date(2025, 3, 13), None]
