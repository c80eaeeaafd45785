"""The register driven by the keyboard only, counting every key press: a
20-seat register with two deputies named and one late arrival in at most 40
keys, the quorum line following each change."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_builders import agree_and_lock, build_group
from meeting_room_helpers import shown_register
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.queries.meetings import guests, register
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.register_widget import NOT_QUORATE_STYLE, QUORATE_STYLE, RegisterWidget
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


@pytest.fixture
def context(workspace):
    messages: list[str] = []
    ctx = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), messages.append)
    ctx.messages = messages  # type: ignore[attr-defined]
    return ctx


class Keyboard:
    """Sends keys to whatever has focus, as a person would, and counts them."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.presses = 0

    def press(self, key: Qt.Key, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(QApplication.focusWidget(), key)
            self.presses += 1

    def type(self, text: str) -> None:
        for ch in text:  # ASCII only here: non-ASCII keyClicks abort pytest (docs/PLATFORM_FACTS.md, "Testing Qt")
            self.qtbot.keyClicks(QApplication.focusWidget(), ch)
            self.presses += 1


def test_twenty_seats_in_at_most_forty_keys(qtbot, workspace, context):
    setup = build_group(workspace, seat_count=20, quorum=10)
    # Two people deputised before, so their names complete from a letter.
    earlier = ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 3, 12))
    for seat, name in ((setup.seats[1], "Janet Okafor"), (setup.seats[11], "Rhys Pritchard")):
        ops.mark_attendance(workspace, meeting_id=earlier, seat_id=seat, status="deputy", deputy_name=name)

    widget = RegisterWidget(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.set_meeting(setup.meeting_id)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.table)
    assert not widget.quorum.quorate and widget.quorum_label.styleSheet() == NOT_QUORATE_STYLE

    keys = Keyboard(qtbot)
    K = Qt.Key
    plan = ["P", "D:J", "P", "S", "X", "P", "S", "P", "P", "S", "P", "D:R", "X", "P", "S", "X", "X", "P", "P",
            "L:4"]
    for row, step in enumerate(plan):
        assert widget.table.currentIndex().row() == row
        mark, _, answer = step.partition(":")
        keys.press(getattr(K, f"Key_{mark}"))
        if answer:
            assert widget.prompt.asking
            keys.type(answer)
            keys.press(K.Key_Return)
        if row == 16:  # nine voting seats filled: one short
            assert widget.quorum.line.startswith("Not quorate: 9 of 18 voting seats (10 needed)")
        if row == 17:  # the tenth voting seat flips it
            assert widget.quorum.quorate
            assert widget.quorum_label.styleSheet() == QUORATE_STYLE
    assert widget.quorum.line == ("Quorate: 10 of 18 voting seats; Constabulary, County Council and "
                                  "Health Board present")

    # Health's member leaves during item 5: quorum is lost, and the line says why, in red.
    keys.press(K.Key_Up, 2)
    keys.press(K.Key_E)
    keys.type("5")
    keys.press(K.Key_Return)
    assert not widget.quorum.quorate
    assert widget.quorum.line == "Not quorate: 9 of 18 voting seats (10 needed)"
    assert widget.quorum_label.styleSheet() == NOT_QUORATE_STYLE

    # A guest presenting an item: G, the name, Enter (not part of the seat count above).
    seat_keys = keys.presses
    keys.press(K.Key_G)
    keys.type("Dr Amir Shah, presenting item 4")
    keys.press(K.Key_Return)

    assert seat_keys <= 40, seat_keys
    print(f"register: 20 seats, 2 deputies, 1 late arrival, 1 early leaving in {seat_keys} key presses")

    lines = register(workspace, setup.meeting_id)
    assert [line.status for line in lines] == [
        "present", "deputy", "present", "apologies", "absent", "present", "apologies", "present", "present",
        "apologies", "present", "deputy", "absent", "present", "apologies", "absent", "absent", "present",
        "present", "present"]
    assert [line.deputy_name for line in lines if line.status == "deputy"] == ["Janet Okafor", "Rhys Pritchard"]
    items = {item: n for n, item in enumerate(setup.items, 1)}
    assert items[lines[19].arrived_at_item_id] == 4
    assert items[lines[17].left_at_item_id] == 5
    assert [(g.name, g.note) for g in guests(workspace, setup.meeting_id)] == [("Dr Amir Shah", "presenting item 4")]

    # Every step is one undo step: undoing the guest and the early leaving restores quorum.
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert guests(workspace, setup.meeting_id) == []
    assert widget.quorum.quorate


def test_locked_register_refuses_marks_with_a_message(qtbot, workspace, context):
    setup = build_group(workspace, seat_count=3, quorum=2)
    agree_and_lock(workspace, setup)
    widget = RegisterWidget(context)
    qtbot.addWidget(widget)
    widget.set_meeting(setup.meeting_id)
    qtbot.keyClick(widget.table, Qt.Key.Key_P)
    assert "locked" in context.messages[-1]
    assert context.undo_stack.count() == 0
    assert register(workspace, setup.meeting_id)[0].status == "unmarked"


def test_a_typed_deputy_is_kept_when_d_is_pressed_on_another_seat(qtbot, workspace, context):
    setup = build_group(workspace, seat_count=5, quorum=3)
    widget = shown_register(qtbot, context, setup.meeting_id)

    qtbot.keyClick(widget.table, Qt.Key.Key_D)
    assert widget.prompt.label.text() == "Deputy for Seat 1 (council):"
    qtbot.keyClicks(widget.prompt.edit, "Janet Okafor")  # no Enter: the clerk clicks another seat
    widget.table.setFocus()
    widget.table.setCurrentIndex(widget.model.index(3, 0))
    qtbot.keyClick(widget.table, Qt.Key.Key_D)

    lines = register(workspace, setup.meeting_id)
    assert (lines[0].status, lines[0].deputy_name) == ("deputy", "Janet Okafor")
    assert widget.model.index(0, 4).data() == "Janet Okafor"
    assert widget.prompt.label.text() == "Deputy for Seat 4 (probation):"
    assert widget.table.currentIndex().row() == 3  # the cursor stays on the seat being asked about
    qtbot.keyClicks(widget.prompt.edit, "Rhys Pritchard")
    qtbot.keyClick(widget.prompt.edit, Qt.Key.Key_Return)
    lines = register(workspace, setup.meeting_id)
    assert (lines[3].status, lines[3].deputy_name) == ("deputy", "Rhys Pritchard")
    assert widget.table.currentIndex().row() == 4

    # A prompt left as it was asked is not an answer: nothing more is written.
    steps = context.undo_stack.count()
    qtbot.keyClick(widget.table, Qt.Key.Key_D)
    widget.table.setCurrentIndex(widget.model.index(1, 0))
    qtbot.keyClick(widget.table, Qt.Key.Key_S)
    qtbot.keyClick(widget.table, Qt.Key.Key_D)
    assert context.undo_stack.count() == steps + 3  # marks only: seats 5 and 3 deputy, seat 2 apologies
    assert register(workspace, setup.meeting_id)[4].deputy_name is None
    assert widget.prompt.label.text() == "Deputy for Seat 3 (health):"
