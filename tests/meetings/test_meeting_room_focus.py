"""The meeting room never writes into the wrong meeting: choosing the
Register tab puts the keyboard on the first seat, and keys that move focus
(Tab, Ctrl+Tab, arrows, typing) never change which meeting is open."""

from __future__ import annotations

from meeting_room_helpers import Keyboard, build_room, click_meeting, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from safeguard_desktop.store.queries.meetings import minutes, register

K, ALT, CTRL = Qt.Key, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def test_register_tab_takes_the_keyboard_and_tabs_never_open_another_meeting(qtbot, workspace):
    setup, others = build_room(workspace)
    window = open_window(qtbot, workspace)
    keys = Keyboard(qtbot)
    window.show_page("meetings")
    page = window.pages["meetings"]
    click_meeting(qtbot, page, setup.meeting_id)
    assert page.view.meeting_id == setup.meeting_id

    keys.press(K.Key_R, ALT)
    register_table = page.view.register.table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is register_table)
    assert register_table.currentIndex().row() == 0

    keys.press(K.Key_Tab)
    keys.press(K.Key_Tab, CTRL)
    keys.press(K.Key_Tab, CTRL)
    assert page.view.meeting_id == setup.meeting_id

    # Focus pushed into the meetings list by hand: arrows and typing move its
    # cursor, and still open nothing.
    page.section.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.section.table)
    keys.press(K.Key_Down)
    keys.press(K.Key_Tab)
    keys.type("pq")
    assert page.view.meeting_id == setup.meeting_id

    # A click on the Minutes tab hands it the keyboard: what is typed is this meeting's minute.
    tab_bar = page.view.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(2).center())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view.minutes.fields["context"])
    keys.type("Members welcomed.")
    page.flush()
    assert minutes(window.context.workspace, setup.meeting_id)[setup.items[0]].context == "Members welcomed."
    # And a click on the Register tab: P marks this meeting's first seat.
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(1).center())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is register_table)
    keys.press(K.Key_P)
    assert register(window.context.workspace, setup.meeting_id)[0].status == "present"
    for other in others:
        assert all(line.status == "unmarked" for line in register(window.context.workspace, other))
        assert minutes(window.context.workspace, other) == {}
    assert "Quality Assurance Sub-group, 14 May 2024" in window.windowTitle()
    assert "14 May 2024" in page.view.heading.text()
