"""The minutes editor saves what is typed within ~300 ms and at once on
leaving a field or item; actions arising are added from the keyboard; the
meetings page builds an agenda and reorders it by keys."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_builders import build_group
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from safeguard_desktop.store.queries.meetings import actions_arising, agenda, minutes
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.minutes_editor import MinutesEditor
from safeguard_desktop.views.meetings.schedule_dialog import MeetingPlan
from safeguard_desktop.views.pages.meetings_page import MeetingsPage
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


@pytest.fixture
def context(workspace):
    return AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), print)


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_typing_is_saved_and_actions_are_added_by_keyboard(qtbot, workspace, context):
    setup = build_group(workspace, seat_count=3, quorum=2)
    editor = MinutesEditor(context)
    qtbot.addWidget(editor)
    editor.set_meeting(setup.meeting_id)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    item = setup.items[0]
    _focus(qtbot, editor.fields["context"])
    qtbot.keyClicks(editor.fields["context"], "Report presented")
    # Saved by the debounce timer, without leaving the field.
    qtbot.waitUntil(lambda: (minutes(workspace, setup.meeting_id).get(item) or None) is not None
                    and minutes(workspace, setup.meeting_id)[item].context == "Report presented", timeout=2000)
    qtbot.keyClick(editor.fields["context"], Qt.Key.Key_Tab)  # Tab moves on, and saves at once
    qtbot.keyClicks(editor.fields["key_issues"], "Backlog of audits")
    qtbot.keyClick(editor.fields["key_issues"], Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert minutes(workspace, setup.meeting_id)[item].key_issues == "Backlog of audits"
    assert editor.item_id == setup.items[1]

    # Actions arising: Ctrl+Shift+A, what, Enter, owner (completes), Enter, due, Enter.
    qtbot.keyClick(editor.fields["key_issues"], Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is editor.arising.what
    for text in ("Circulate the audit plan", "Constab", "30/09/2024"):
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    [action] = actions_arising(workspace, setup.meeting_id)
    assert (action.agenda_item_id, action.want, action.owner_agency, action.target_date) == (
        setup.items[1], "Circulate the audit plan", "Constabulary", date(2024, 9, 30))
    assert QApplication.focusWidget() is editor.arising.what
    assert editor.arising.table.rowCount() == 1

    # Undo takes back the action, then the burst of typing into key issues.
    context.undo_stack.undo()
    assert actions_arising(workspace, setup.meeting_id) == []
    context.undo_stack.undo()
    assert minutes(workspace, setup.meeting_id)[item].key_issues is None


def test_page_schedules_from_standing_items_and_reorders_by_keys(qtbot, workspace, context):
    from safeguard_desktop.store.ops import org

    setup = build_group(workspace, seat_count=3, quorum=2)
    for title, role in (("Apologies", "apologies"), ("Minutes of the last meeting", "previous_minutes"),
                        ("Matters arising", "matters_arising")):
        org.add_standing_item(workspace, group_id=setup.group_id, title=title, role=role)
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.show()
    meeting = page.schedule_plan(MeetingPlan(setup.group_id, "ordinary", date(2024, 9, 10), "10:00", "12:00",
                                             "County Hall", False, True))
    assert page.view.meeting_id == meeting
    assert [r.title for r in agenda(workspace, meeting)] == ["Apologies", "Minutes of the last meeting",
                                                              "Matters arising"]
    table = page.view.agenda.table
    table.setCurrentIndex(page.view.agenda.model.index(2, 1))
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [(r.number, r.title) for r in agenda(workspace, meeting)][1] == ("2", "Matters arising")
    context.undo_stack.undo()
    assert [r.title for r in agenda(workspace, meeting)][1] == "Minutes of the last meeting"
    # Insert adds an item and opens it for typing; Escape, then Delete, takes it away again.
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert [r.title for r in agenda(workspace, meeting)][-1] == "New item"
    assert table.state() == table.State.EditingState
    qtbot.keyClick(table.indexWidget(table.currentIndex()), Qt.Key.Key_Escape)
    assert table.state() != table.State.EditingState
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [r.title for r in agenda(workspace, meeting)] == ["Apologies", "Minutes of the last meeting",
                                                              "Matters arising"]
    # The minutes of 14 May are agreed at item 2 of this meeting, then locked.
    page.select(setup.meeting_id)
    page.view.agree_at(agenda(workspace, meeting)[1].id)
    page.view.lock()
    assert page.view.info.minutes_status == "locked"
    assert page.view.reopen_action.isEnabled()
    assert page.view.minutes.fields["context"].isReadOnly()


def test_an_action_half_typed_stays_with_the_item_it_was_begun_on(qtbot, workspace, context):
    setup = build_group(workspace, seat_count=3, quorum=2)
    editor = MinutesEditor(context)
    qtbot.addWidget(editor)
    editor.set_meeting(setup.meeting_id)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    arising = editor.arising
    assert arising.target.isHidden()
    _focus(qtbot, arising.what)
    qtbot.keyClicks(arising.what, "Circulate the audit plan")
    qtbot.keyClick(arising.what, Qt.Key.Key_Return)
    qtbot.keyClicks(arising.owner, "Constab")

    editor.item_list.setCurrentRow(3)  # the chair moves on before the owner and date are in
    assert editor.item_id == setup.items[3]
    assert not arising.target.isHidden()
    assert arising.target.text() == "Adding an action to item 1. Welcome and apologies, where it was begun."
    _focus(qtbot, arising.owner)
    qtbot.keyClick(arising.owner, Qt.Key.Key_Return)
    qtbot.keyClicks(arising.due, "30/09/2024")
    qtbot.keyClick(arising.due, Qt.Key.Key_Return)

    [action] = actions_arising(workspace, setup.meeting_id)
    assert (action.agenda_item_id, action.want, action.owner_agency) == (
        setup.items[0], "Circulate the audit plan", "Constabulary")
    assert arising.target.isHidden() and arising.what.text() == ""
    assert arising.table.rowCount() == 0  # item 4 on screen has no actions of its own

    # The next action begun here belongs here.
    qtbot.keyClicks(arising.what, "Report back on the audit")
    qtbot.keyClick(arising.what, Qt.Key.Key_Return)
    qtbot.keyClick(arising.owner, Qt.Key.Key_Return)
    qtbot.keyClick(arising.due, Qt.Key.Key_Return)
    assert {a.want: a.agenda_item_id for a in actions_arising(workspace, setup.meeting_id)} == {
        "Circulate the audit plan": setup.items[0], "Report back on the audit": setup.items[3]}
    assert arising.table.rowCount() == 1

    # Delete on the list of actions removes the one selected.
    arising.table.setCurrentCell(0, 0)
    qtbot.keyClick(arising.table, Qt.Key.Key_Delete)
    assert [a.want for a in actions_arising(workspace, setup.meeting_id)] == ["Circulate the audit plan"]
    assert arising.table.rowCount() == 0
