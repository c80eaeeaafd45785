"""The action log page on the demo: filters narrow the log in SQL, and a
review recorded at a meeting shows in the action's history against it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from safeguard_desktop.store.queries.action_log import action_history, action_log_rows
from safeguard_desktop.store.workspace import open_workspace
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.pages.action_log_page import ActionLogPage
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


@pytest.fixture
def context(demo_path):
    with open_workspace(demo_path, backup_on_open=False) as ws:
        yield AppContext(ws, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda text: None)


def test_filter_and_review_at_a_meeting(qtbot, context):
    page = ActionLogPage(context)
    qtbot.addWidget(page)
    open_count = page.model.rowCount()
    page.show_combo.setCurrentIndex(page.show_combo.findData("all"))
    assert page.model.rowCount() > open_count
    page.source_combo.setCurrentIndex(page.source_combo.findData("meetings"))
    assert all(page.model.row_data(r).source_kind == "meeting" for r in range(page.model.rowCount()))
    page.show_combo.setCurrentIndex(page.show_combo.findData("open"))

    action_id = page.selected_action()
    assert action_id == page.model.row_data(0).id  # the first open action is selected for review
    before = action_history(context.workspace, action_id)
    status_before = action_log_rows(context.workspace, [action_id])[action_id].status
    assert status_before in ("open", "carried_forward")  # both are outstanding
    meeting_index = 1  # the newest meeting after "Not at a meeting"
    page.review_meeting.setCurrentIndex(meeting_index)
    meeting_text = page.review_meeting.currentText()
    page.review_status.setCurrentIndex(page.review_status.findData("completed"))
    page.review_progress.setText("Done; confirmed by the lead")
    page.record_review()
    latest = action_history(context.workspace, action_id)[:2]
    assert {(h.kind, h.new_value) for h in latest} == {("status", "completed"),
                                                      ("progress", "Done; confirmed by the lead")}
    assert all(h.meeting == meeting_text for h in latest)
    assert page.history.item(0, 3).text() == meeting_text
    context.undo_stack.undo()  # undo is a change too: the history keeps both
    assert action_log_rows(context.workspace, [action_id])[action_id].status == status_before
    assert len(action_history(context.workspace, action_id)) == len(latest) + len(before) + 2
