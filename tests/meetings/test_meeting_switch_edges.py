"""The edges of changing meeting when not recording: what was being typed
(a minute not yet saved, a deputy's name half typed) stays with the meeting
it was typed in, and undo after a change of meeting undoes the earlier
meeting's mark, not a line of the one now open."""

from __future__ import annotations
from meeting_room_helpers import Keyboard, build_room, click_meeting, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from safeguard_desktop.store.queries.meetings import minutes, register
from safeguard_desktop.views.main_window import PAGES
K = Qt.Key
M = Qt.KeyboardModifier

def _open(qtbot, workspace):
    setup, others = build_room(workspace)
    window = open_window(qtbot, workspace)
    keys = Keyboard(qtbot)
    number = [key for key, _ in PAGES].index("meetings") + 1
    keys.press(getattr(K, f"Key_{number}"), M.ControlModifier)
    page = window.pages["meetings"]
    click_meeting(qtbot, page, setup.meeting_id)
    return setup, others, window, keys, page

def test_minutes_typed_then_other_meeting_clicked_not_live(qtbot, workspace):
    setup, others, window, keys, page = _open(qtbot, workspace)
    view = page.view
    assert view.meeting_id == setup.meeting_id
    keys.press(K.Key_I, M.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.minutes.fields["context"])
    keys.type("Typed in A")
    click_meeting(qtbot, page, others[2])  # at once, before the 300 ms save
    assert view.meeting_id == others[2]
    qtbot.wait(500)
    ws = window.context.workspace
    assert minutes(ws, others[2]) == {}
    assert minutes(ws, setup.meeting_id)[setup.items[0]].context == "Typed in A"

def test_deputy_prompt_then_other_meeting(qtbot, workspace):
    setup, others, window, keys, page = _open(qtbot, workspace)
    view = page.view
    keys.press(K.Key_R, M.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.register.table)
    keys.press(K.Key_D)
    keys.type("Janet")
    click_meeting(qtbot, page, others[2])
    qtbot.wait(100)
    keys.type("Okafor")
    keys.press(K.Key_Return)
    ws = window.context.workspace
    first = register(ws, setup.meeting_id)[0]
    assert (first.status, first.deputy_name) == ("deputy", "Janet")  # what was typed before leaving
    assert all(line.status == "unmarked" for line in register(ws, others[2]))

def test_undo_after_switch(qtbot, workspace):
    setup, others, window, keys, page = _open(qtbot, workspace)
    view = page.view
    keys.press(K.Key_R, M.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.register.table)
    keys.press(K.Key_P)
    click_meeting(qtbot, page, others[2])
    keys.press(K.Key_R, M.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.register.table)
    keys.press(K.Key_Z, M.ControlModifier)
    ws = window.context.workspace
    assert register(ws, setup.meeting_id)[0].status == "unmarked"
