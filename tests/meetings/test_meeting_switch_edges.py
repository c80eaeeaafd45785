"""The edges of changing meeting when not recording: what was being typed
(a minute not yet saved, a deputy's name half typed) stays with the meeting
it was typed in, and undo after a change of meeting undoes the earlier
meeting's mark, not a line of the one now open."""

from __future__ import annotations

from meeting_room_helpers import Keyboard, build_room, click_meeting, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from safeguard_desktop.store.queries.meetings import minutes, register

K = Qt.Key
M = Qt.KeyboardModifier


def _room(qtbot, workspace):  # type: ignore[no-untyped-def]
    """The window on the Meetings page, the minute-taker's meeting clicked open."""
    setup, others = build_room(workspace)
    window = open_window(qtbot, workspace)
    window.show_page("meetings")
    page = window.pages["meetings"]
    click_meeting(qtbot, page, setup.meeting_id)
    assert page.view.meeting_id == setup.meeting_id
    return setup, others, window, Keyboard(qtbot), page


def _to_register(qtbot, keys: Keyboard, page) -> None:  # type: ignore[no-untyped-def]
    keys.press(K.Key_R, M.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view.register.table)


def test_a_minute_typed_then_another_meeting_clicked_stays_in_its_meeting(qtbot, workspace):
    setup, others, window, keys, page = _room(qtbot, workspace)
    keys.press(K.Key_I, M.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view.minutes.fields["context"])
    keys.type("Typed in A")
    click_meeting(qtbot, page, others[2])  # at once, before the 300 ms save
    assert page.view.meeting_id == others[2]
    qtbot.wait(500)
    ws = window.context.workspace
    assert minutes(ws, others[2]) == {}
    assert minutes(ws, setup.meeting_id)[setup.items[0]].context == "Typed in A"


def test_a_deputys_name_half_typed_stays_with_its_meeting(qtbot, workspace):
    setup, others, window, keys, page = _room(qtbot, workspace)
    _to_register(qtbot, keys, page)
    keys.press(K.Key_D)
    keys.type("Janet")
    click_meeting(qtbot, page, others[2])
    keys.type("Okafor")
    keys.press(K.Key_Return)
    ws = window.context.workspace
    first = register(ws, setup.meeting_id)[0]
    assert (first.status, first.deputy_name) == ("deputy", "Janet")  # what was typed before leaving
    assert all(line.status == "unmarked" for line in register(ws, others[2]))


def test_undo_after_changing_meeting_undoes_the_earlier_meetings_mark(qtbot, workspace):
    setup, others, window, keys, page = _room(qtbot, workspace)
    _to_register(qtbot, keys, page)
    keys.press(K.Key_P)
    click_meeting(qtbot, page, others[2])
    _to_register(qtbot, keys, page)
    keys.press(K.Key_Z, M.ControlModifier)
    ws = window.context.workspace
    assert register(ws, setup.meeting_id)[0].status == "unmarked"
    assert all(line.status == "unmarked" for line in register(ws, others[2]))
