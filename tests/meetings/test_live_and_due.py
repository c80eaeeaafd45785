"""Recording ("live") is started and finished deliberately, and leaving a
meeting being recorded is asked first; a due date of "next meeting" needs
a next meeting; suggested due dates are never in the past."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_builders import build_group
from PySide6.QtGui import QUndoStack

from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.queries.meetings import actions_arising
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.pages.meetings_page import MeetingsPage
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


@pytest.fixture
def page(qtbot, workspace):
    messages: list[str] = []
    context = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), messages.append)
    page = MeetingsPage(context)
    page.messages = messages  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    return page


def test_leaving_a_meeting_being_recorded_is_asked_and_yes_finishes_it(qtbot, workspace, page):
    setup = build_group(workspace, seat_count=3, quorum=2)
    other = ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 7, 9))
    page.refresh()
    named: list[str] = []
    page.subtitle_changed.connect(named.append)
    page.select(setup.meeting_id)
    page.view.live_action.trigger()
    assert page.view.live and named[-1] == "Recording: Quality Assurance Sub-group, 14 May 2024"
    field = page.view.minutes.fields["decision"]
    field.setPlainText("Agreed")  # typed, still waiting for its pause when the clerk moves on

    answers = [False, True]
    asked: list[str] = []
    page.confirm_switch = lambda question: asked.append(question) or answers.pop(0)
    assert not page.select(other) and page.view.meeting_id == setup.meeting_id and page.view.live
    assert page.select(other)
    assert len(asked) == 2 and page.view.meeting_id == other and not page.view.live
    assert named[-1] == "Quality Assurance Sub-group, 9 Jul 2024"
    assert page.view.live_banner.isHidden()
    from safeguard_desktop.store.queries.meetings import minutes

    assert minutes(workspace, setup.meeting_id)[setup.items[0]].decision == "Agreed"  # saved on finishing


def test_next_meeting_needs_one_scheduled_and_the_typed_action_stays(qtbot, workspace, page):
    setup = build_group(workspace, seat_count=3, quorum=2)
    page.refresh()
    page.select(setup.meeting_id)
    arising = page.view.minutes.arising
    assert "2024" not in arising.due.placeholderText()  # an example date from today on, never the past
    arising.what.setText("Circulate the audit plan")
    arising.due.setText("by the next meeting")
    arising.add()
    assert page.messages[-1].startswith("No next meeting of the group is scheduled yet")
    assert actions_arising(workspace, setup.meeting_id) == []
    assert arising.what.text() == "Circulate the audit plan"  # nothing typed is lost

    ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 9, 10), status="cancelled")
    ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 11, 12))
    arising.add()
    [action] = actions_arising(workspace, setup.meeting_id)
    assert (action.target_date, action.when_text) == (date(2024, 11, 12), "next meeting")
    assert arising.table.item(0, 2).text() == "next meeting (12 Nov 2024)"
