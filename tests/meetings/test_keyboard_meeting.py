"""A minute-taker's whole meeting by keyboard alone, in the real window,
with the stray keys of a real meeting (Tab, Ctrl+Tab, arrows, a click on
another meeting), read back from the database: every mark and line went
into that meeting and no other."""

from __future__ import annotations

from datetime import date

from meeting_room_helpers import Keyboard, build_room, click_meeting, open_window, row_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from safeguard_desktop.store.models import Action, Attendance, Minute
from safeguard_desktop.store.queries.meetings import actions_arising, minutes, register
from safeguard_desktop.views.main_window import PAGES

K = Qt.Key
M = Qt.KeyboardModifier
MARKS = ["P", "P", "D", "S", "P", "X", "P", "P", "S", "P", "P", "X"]  # twelve seats; seat 3 by deputy


def test_a_whole_meeting_by_keyboard_goes_into_that_meeting_only(qtbot, workspace):
    setup, others = build_room(workspace)
    window = open_window(qtbot, workspace)
    keys = Keyboard(qtbot)
    number = [key for key, _ in PAGES].index("meetings") + 1
    keys.press(getattr(K, f"Key_{number}"), M.ControlModifier)
    page = window.pages["meetings"]
    asked: list[str] = []
    page.confirm_switch = lambda question: asked.append(question) or False  # "No, stay in this meeting"
    view = page.view

    # To the meetings list by Tab, down to 14 May, Enter.
    for _ in range(12):
        if QApplication.focusWidget() is page.section.table:
            break
        keys.press(K.Key_Tab)
    assert QApplication.focusWidget() is page.section.table
    keys.press(K.Key_Home, M.ControlModifier)
    keys.press(K.Key_Down, times=row_of(page, setup.meeting_id))
    assert view.meeting_id is None  # moving the cursor opens nothing
    keys.press(K.Key_Return)
    assert view.meeting_id == setup.meeting_id

    keys.press(K.Key_R, M.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.register.table)
    keys.press(K.Key_R, M.ControlModifier | M.ShiftModifier)  # start recording
    assert view.live and not view.live_banner.isHidden()
    assert "Recording: Quality Assurance Sub-group, 14 May 2024" in window.windowTitle()

    for row, mark in enumerate(MARKS):
        assert view.register.table.currentIndex().row() == row
        keys.press(getattr(K, f"Key_{mark}"))
        if mark == "D":
            keys.type("Janet Okafor")
            keys.press(K.Key_Return)
        if row == 4:  # a stray Tab leaves the register; Alt+R brings the keyboard back to the same seat
            keys.press(K.Key_Tab)
            assert view.isAncestorOf(QApplication.focusWidget())
            keys.press(K.Key_R, M.AltModifier)
            qtbot.waitUntil(lambda: QApplication.focusWidget() is view.register.table)
        if row == 7:  # arrows move between seats of this meeting, nothing more
            keys.press(K.Key_Down)
            keys.press(K.Key_Up)

    # Someone clicks another meeting while recording: asked, and the answer "no" keeps this one.
    click_meeting(qtbot, page, others[2])
    assert len(asked) == 1 and "14 May 2024 is being recorded" in asked[0]
    assert view.meeting_id == setup.meeting_id
    keys.press(K.Key_Down)
    keys.press(K.Key_Return)  # Enter on another row: asked again
    assert len(asked) == 2 and view.meeting_id == setup.meeting_id

    # Ctrl+Tab from the register goes to the minutes' first part.
    keys.press(K.Key_R, M.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.register.table)
    keys.press(K.Key_Tab, M.ControlModifier)
    minutes_view = view.minutes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is minutes_view.fields["context"])
    keys.type("Members welcomed.")
    keys.press(K.Key_PageDown, M.ControlModifier)  # item 2
    keys.press(K.Key_PageDown, M.ControlModifier)  # item 3
    keys.press(K.Key_PageDown, M.ControlModifier)  # item 4, the quarterly report
    keys.press(K.Key_I, M.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is minutes_view.fields["context"])
    keys.type("Q4 report presented.")
    keys.press(K.Key_Tab)
    keys.type("Timeliness fell.")
    # Stray Tabs: round and round this meeting's fields, never out of it.
    for _ in range(25):
        keys.press(K.Key_Tab)
        assert view.isAncestorOf(QApplication.focusWidget())
    keys.press(K.Key_Tab, M.ShiftModifier)
    assert view.isAncestorOf(QApplication.focusWidget())
    keys.press(K.Key_A, M.ControlModifier | M.ShiftModifier)
    assert QApplication.focusWidget() is minutes_view.arising.what
    keys.type("Circulate the audit plan")
    keys.press(K.Key_Return)
    keys.type("Member 03")
    keys.press(K.Key_Return)
    keys.type("next meeting")
    keys.press(K.Key_Return)
    assert minutes_view.arising.table.item(0, 2).text() == "next meeting (9 Jul 2024)"

    keys.press(K.Key_R, M.ControlModifier | M.ShiftModifier)  # finish recording
    assert not view.live and view.live_banner.isHidden()
    assert "Recording" not in window.windowTitle() and "14 May 2024" in window.windowTitle()

    ws = window.context.workspace
    lines = register(ws, setup.meeting_id)
    assert [line.status for line in lines] == [
        {"P": "present", "D": "deputy", "S": "apologies", "X": "absent"}[m] for m in MARKS]
    assert lines[2].deputy_name == "Janet Okafor"
    texts = minutes(ws, setup.meeting_id)
    assert texts[setup.items[0]].context == "Members welcomed."
    assert (texts[setup.items[3]].context, texts[setup.items[3]].key_issues) == ("Q4 report presented.",
                                                                                 "Timeliness fell.")
    [action] = actions_arising(ws, setup.meeting_id)
    assert (action.want, action.owner_person, action.agenda_item_id) == (
        "Circulate the audit plan", "Member 03", setup.items[3])
    assert (action.target_date, action.when_text) == (date(2024, 7, 9), "next meeting")
    with ws.session() as s:  # nothing at all was written to any other meeting
        for model in (Attendance, Action):
            assert s.execute(select(func.count()).select_from(model)
                             .where(model.meeting_id != setup.meeting_id)).scalar() == 0
        assert s.execute(select(func.count()).select_from(Minute)).scalar() == 2
    for other in others:
        assert minutes(ws, other) == {} and all(line.status == "unmarked" for line in register(ws, other))
