"""Undoing a review puts back exactly what the action had: its status, its
progress, the day it was completed and the day it was last updated; it does
not re-run a review dated to the meeting."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from safeguard_desktop.store.models import Action
from safeguard_desktop.store.ops import meeting_actions as acts
from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.ops import records
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.review_panel import ReviewPanel
from safeguard_desktop.views.pages.action_log_page import ActionLogPage
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner

BEFORE = {"status": "completed", "progress": "Audit done", "completed_on": date(2024, 6, 3),
          "last_updated": date(2024, 6, 3)}


@pytest.fixture
def context(workspace):
    return AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda text: None)


def _state(workspace, action_id):
    with workspace.session() as s:
        action = s.get(Action, action_id)
        return {"status": action.status, "progress": action.progress, "completed_on": action.completed_on,
                "last_updated": action.last_updated}


@pytest.fixture
def completed(workspace, setup):
    """An action arising on 14 May, completed on 3 June (before the next meeting)."""
    action = acts.add_action_arising(workspace, agenda_item_id=setup.items[3], want="Audit the referrals")
    records.set_fields(workspace, Action, [(action, field, value) for field, value in BEFORE.items()])
    return action


def test_undo_in_matters_arising_restores_the_dates(qtbot, workspace, setup, context):
    action = acts.add_action_arising(workspace, agenda_item_id=setup.items[3], want="Audit the referrals")
    records.set_fields(workspace, Action, [(action, "progress", "Audit started"),
                                           (action, "last_updated", date(2024, 6, 3))])
    before = _state(workspace, action)
    later = ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 7, 16))
    panel = ReviewPanel(context)
    qtbot.addWidget(panel)
    panel.set_meeting(later)
    assert panel.table.item(0, 1).text() == "Audit the referrals"
    qtbot.keyClick(panel.table, Qt.Key.Key_B)  # closed by the board at this meeting
    assert _state(workspace, action) == {**before, "status": "closed_by_board", "completed_on": date(2024, 7, 16),
                                         "last_updated": date(2024, 7, 16)}
    assert panel.table.item(0, 4).text() == "Closed by the board"

    context.undo_stack.undo()
    assert _state(workspace, action) == before
    assert panel.table.item(0, 4).text() == "Open"
    context.undo_stack.redo()
    assert _state(workspace, action)["status"] == "closed_by_board"
    context.undo_stack.undo()
    assert _state(workspace, action) == before


def test_undo_in_the_action_log_restores_the_dates(qtbot, workspace, setup, context, completed):
    later = ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 7, 16))
    page = ActionLogPage(context)
    qtbot.addWidget(page)
    page.show_combo.setCurrentIndex(page.show_combo.findData("all"))
    page.table.selectRow(0)
    page.review_meeting.setCurrentIndex(page.review_meeting.findData(later))
    page.review_status.setCurrentIndex(page.review_status.findData("closed_by_board"))
    page.review_progress.setText("Closed: the audit is in the annual report")
    page.record_review()
    assert _state(workspace, completed) == {
        "status": "closed_by_board", "progress": "Closed: the audit is in the annual report",
        "completed_on": date(2024, 7, 16), "last_updated": date(2024, 7, 16)}

    context.undo_stack.undo()
    assert _state(workspace, completed) == BEFORE
    assert page.model.row_data(0).status == "completed"
