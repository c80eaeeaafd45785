"""Minutes go draft -> agreed (at the next meeting's item) -> locked; locked
minutes refuse every edit until re-opened, and the audit shows the re-open."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import AuditEntry
from safeguard_desktop.store.ops import meeting_actions
from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.queries.meetings import actions_arising, agenda, meeting_info, minutes


def _agree_and_lock(workspace, setup) -> int:
    later = ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 7, 16))
    ops.add_agenda_item(workspace, meeting_id=later, title="Minutes of the last meeting", role="previous_minutes")
    item = agenda(workspace, later)[0].id
    ops.agree_minutes(workspace, meeting_id=setup.meeting_id, at_item_id=item)
    info = meeting_info(workspace, setup.meeting_id)
    assert (info.minutes_status, info.agreed_at_meeting_id, info.agreed_at_date) == ("agreed", later, date(2024, 7, 16))
    assert agenda(workspace, later)[0].agrees_minutes_of_id == setup.meeting_id
    ops.lock_minutes(workspace, setup.meeting_id)
    return later


def test_locked_minutes_refuse_edits_until_reopened(workspace, setup):
    item = setup.items[3]
    ops.write_minute(workspace, agenda_item_id=item, field="decision", text="Report noted.")
    ops.set_meeting_status(workspace, setup.meeting_id, "held")
    action = meeting_actions.add_action_arising(workspace, agenda_item_id=item, want="Share the report")
    _agree_and_lock(workspace, setup)

    refused = [
        lambda: ops.write_minute(workspace, agenda_item_id=item, field="decision", text="Changed."),
        lambda: ops.mark_attendance(workspace, meeting_id=setup.meeting_id, seat_id=setup.seats[0], status="absent"),
        lambda: ops.add_guest(workspace, meeting_id=setup.meeting_id, name="A. Guest"),
        lambda: ops.set_agenda_field(workspace, item, "title", "Renamed"),
        lambda: ops.move_agenda_item(workspace, item, 0),
        lambda: meeting_actions.add_action_arising(workspace, agenda_item_id=item, want="Late action"),
        lambda: meeting_actions.set_arising_field(workspace, action, "want", "Rewritten after the event"),
        lambda: ops.set_meeting_status(workspace, setup.meeting_id, "cancelled"),
    ]
    for edit in refused:
        with pytest.raises(ops.MinutesLockedError, match="locked"):
            edit()
    assert minutes(workspace, setup.meeting_id)[item].decision == "Report noted."
    assert meeting_info(workspace, setup.meeting_id).status == "held"
    assert [a.want for a in actions_arising(workspace, setup.meeting_id)] == ["Share the report"]

    with pytest.raises(UserError, match="Say why"):
        ops.reopen_minutes(workspace, setup.meeting_id, "  ")
    ops.reopen_minutes(workspace, setup.meeting_id, "Chair asked for a correction to item 4")
    assert meeting_info(workspace, setup.meeting_id).minutes_status == "agreed"
    ops.write_minute(workspace, agenda_item_id=item, field="decision", text="Report noted, with thanks.")
    assert minutes(workspace, setup.meeting_id)[item].decision == "Report noted, with thanks."

    with workspace.session() as s:
        events = s.scalars(select(AuditEntry).where(AuditEntry.operation == "event",
                                                    AuditEntry.field == "minutes re-opened")).all()
    assert len(events) == 1
    assert "correction to item 4" in events[0].new_value
    assert events[0].actor == "Test User"


def test_minutes_are_agreed_only_at_a_later_meeting_of_the_group(workspace, setup):
    earlier = ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 3, 1))
    ops.add_agenda_item(workspace, meeting_id=earlier, title="Minutes")
    with pytest.raises(UserError, match="later meeting"):
        ops.agree_minutes(workspace, meeting_id=setup.meeting_id, at_item_id=agenda(workspace, earlier)[0].id)
    with pytest.raises(UserError, match="Only minutes agreed"):
        ops.lock_minutes(workspace, setup.meeting_id)


def test_standing_items_start_the_agenda_and_point_at_the_previous_minutes(workspace, setup):
    from safeguard_desktop.store.ops import org

    for title, role in (("Apologies", "apologies"), ("Minutes of the last meeting", "previous_minutes"),
                        ("Matters arising", "matters_arising")):
        org.add_standing_item(workspace, group_id=setup.group_id, title=title, role=role)
    later = ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 7, 16))
    ops.add_agenda_item(workspace, meeting_id=later, title="Annual report")
    ops.start_agenda_from_standing_items(workspace, later)
    rows = agenda(workspace, later)
    assert [(r.number, r.title, r.role) for r in rows] == [
        ("1", "Apologies", "apologies"), ("2", "Minutes of the last meeting", "previous_minutes"),
        ("3", "Matters arising", "matters_arising"), ("4", "Annual report", "other")]
    assert rows[1].agrees_minutes_of_id == setup.meeting_id


def test_agenda_reorders_and_renumbers(workspace, setup):
    moved = setup.items[4]
    old_index = ops.move_agenda_item(workspace, moved, 1)
    assert old_index == 4
    rows = agenda(workspace, setup.meeting_id)
    assert [r.id for r in rows][:2] == [setup.items[0], moved]
    assert [r.number for r in rows] == ["1", "2", "3", "4", "5"]
    ops.move_agenda_item(workspace, moved, old_index)
    assert [r.id for r in agenda(workspace, setup.meeting_id)] == setup.items
    ops.remove_agenda_items(workspace, [setup.items[0]])
    assert [r.number for r in agenda(workspace, setup.meeting_id)] == ["1", "2", "3", "4"]


def test_the_screen_cannot_mark_a_locked_meeting_held(qtbot, workspace, setup):
    from PySide6.QtGui import QUndoStack

    from safeguard_desktop.views.context import AppContext
    from safeguard_desktop.views.meetings.meeting_view import MeetingView
    from safeguard_desktop.views.settings import Settings
    from safeguard_desktop.views.tasks import ImmediateTaskRunner

    _agree_and_lock(workspace, setup)
    messages: list[str] = []
    context = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), messages.append)
    view = MeetingView(context)
    qtbot.addWidget(view)
    view.set_meeting(setup.meeting_id)
    assert view.held_action.text() == "Mark &held"
    view.held_action.trigger()
    assert "locked" in messages[-1]
    assert view.held_action.text() == "Mark &held"
    assert meeting_info(workspace, setup.meeting_id).status == "scheduled"
    assert context.undo_stack.count() == 0
