"""Whether a deputy counts as attended is the workspace's rule, kept in the
file (audited), so the page, the command line and every user agree."""

from __future__ import annotations

import json

import pytest
from meeting_builders import build_group
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from safeguard_desktop.cli import main
from safeguard_desktop.store.models import AuditEntry
from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.ops.settings import set_workspace_setting
from safeguard_desktop.store.queries.settings import (
    DEPUTY_COUNTS_AS_ATTENDED,
    deputy_counts_as_attended,
    workspace_setting,
)
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.pages.attendance_page import AttendancePage
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


@pytest.fixture
def marked(workspace):
    """One meeting in Q1 2024-25: two seats present, one by deputy."""
    setup = build_group(workspace, seat_count=3, quorum=2)
    ops.set_meeting_status(workspace, setup.meeting_id, "held")
    for seat, status in zip(setup.seats, ("present", "present", "deputy")):
        ops.mark_attendance(workspace, meeting_id=setup.meeting_id, seat_id=seat, status=status,
                            deputy_name="A Deputy" if status == "deputy" else None)
    return setup


def test_the_setting_is_stored_in_the_workspace_and_audited(workspace):
    assert workspace_setting(workspace, DEPUTY_COUNTS_AS_ATTENDED) == "yes"  # the declared default
    assert workspace_setting(workspace, "nothing.here", "fallback") == "fallback"
    change = set_workspace_setting(workspace, DEPUTY_COUNTS_AS_ATTENDED, "no")
    assert (change.old, change.new) == (None, "no")
    assert set_workspace_setting(workspace, DEPUTY_COUNTS_AS_ATTENDED, "no") is None  # unchanged: nothing written
    assert not deputy_counts_as_attended(workspace)
    with workspace.session() as s:
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "settings")).all()
    assert (entry.record_uuid, entry.field, entry.new_value, entry.actor) == (
        f"settings:{DEPUTY_COUNTS_AS_ATTENDED}", "value", '"no"', "Test User")


def test_the_page_shows_and_changes_the_workspace_rule(qtbot, workspace, marked):
    set_workspace_setting(workspace, DEPUTY_COUNTS_AS_ATTENDED, "no")
    settings = Settings()
    context = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), settings, lambda text: None)
    page = AttendancePage(context)
    qtbot.addWidget(page)
    page.period_combo.setCurrentIndex(page.period_combo.findData("2024-25-Q1"))
    assert not page.deputy_box.isChecked()
    assert "2 of 3 seat places filled" in page.summary.text()
    assert "does not" in page.rule.text()

    page.deputy_box.click()
    assert deputy_counts_as_attended(workspace)
    assert "3 of 3 seat places filled" in page.summary.text()
    context.undo_stack.undo()
    assert not deputy_counts_as_attended(workspace)
    assert not page.deputy_box.isChecked() and "2 of 3 seat places filled" in page.summary.text()

    # A second page (another user, the same file) starts from the file's rule.
    context.undo_stack.redo()
    other = AttendancePage(AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda t: None))
    qtbot.addWidget(other)
    assert other.deputy_box.isChecked()


def test_the_command_follows_the_workspace_rule_unless_told(workspace, marked, capsys):
    def attended(*extra: str) -> int:
        assert main(["attendance", str(workspace.path), "--quarter", "2024-25-Q1", "--format", "json",
                     *extra]) == 0
        document = json.loads(capsys.readouterr().out)
        return [r for r in document["rows"] if r["level"] == "group"][0]["attended"]

    assert attended() == 3
    set_workspace_setting(workspace, DEPUTY_COUNTS_AS_ATTENDED, "no")
    assert attended() == 2
    assert attended("--deputy-counts", "yes") == 3
    set_workspace_setting(workspace, DEPUTY_COUNTS_AS_ATTENDED, "yes")
    assert attended("--deputy-counts", "no") == 2
