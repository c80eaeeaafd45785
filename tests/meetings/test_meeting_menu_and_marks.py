"""The Meeting menu the locked-minutes message points to exists and works
(re-open, audited); a meeting's own confidential flag is set there, undoably
and audited; D and the deputy's name are one undo step."""

from __future__ import annotations


import pytest
from meeting_builders import agree_and_lock, build_group
from meeting_room_helpers import open_window, shown_register
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy import select

from safeguard_desktop.store.models import AuditEntry
from safeguard_desktop.store.queries.meetings import meeting_info, register
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def _menu_action(window, menu_title: str, text: str):  # type: ignore[no-untyped-def]
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == menu_title)
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def _audited(ws, field: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        return [(r.old_value, r.new_value) for r in s.execute(
            select(AuditEntry).where(AuditEntry.table_name == "meetings", AuditEntry.field == field)).scalars()]


def test_locked_minutes_point_to_the_meeting_menu_which_reopens_them(qtbot, workspace, monkeypatch):
    setup = build_group(workspace, seat_count=3, quorum=2)
    agree_and_lock(workspace, setup)
    window = open_window(qtbot, workspace)
    window.show_page("meetings")
    page = window.pages["meetings"]
    page.select(setup.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.register)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view.register.table)
    qtbot.keyClick(page.view.register.table, Qt.Key.Key_P)
    message = window.statusBar().currentMessage()
    assert "Meeting › Re-open minutes…" in message

    reopen = _menu_action(window, "Meeting", "Re-open minutes…")  # the menu the message names exists
    assert reopen.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Typo in item 4", True)))
    reopen.trigger()
    ws = window.context.workspace
    assert meeting_info(ws, setup.meeting_id).minutes_status == "agreed"
    assert ("locked", "agreed") in [(o.strip('"'), n.strip('"')) for o, n in _audited(ws, "minutes_status")]
    qtbot.keyClick(page.view.register.table, Qt.Key.Key_P)
    assert register(ws, setup.meeting_id)[0].status == "present"


def test_a_meeting_is_made_confidential_from_the_meeting_menu_undoably(qtbot, workspace):
    setup = build_group(workspace, seat_count=3, quorum=2)
    window = open_window(qtbot, workspace)
    window.show_page("meetings")
    page = window.pages["meetings"]
    action = _menu_action(window, "Meeting", "Confidential meeting (withheld from public papers)")
    assert not action.isEnabled()  # no meeting open yet
    page.select(setup.meeting_id)
    assert action.isEnabled() and not action.isChecked()
    action.trigger()
    ws = window.context.workspace
    assert meeting_info(ws, setup.meeting_id).confidential
    assert "confidential" in page.view.heading.text()
    assert len(_audited(ws, "confidential")) == 1
    window.undo_stack.undo()
    assert not meeting_info(ws, setup.meeting_id).confidential and not action.isChecked()
    assert len(_audited(ws, "confidential")) == 2


@pytest.fixture
def context(workspace):
    return AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda text: None)


def test_d_and_the_deputys_name_are_one_undo_step(qtbot, workspace, context):
    setup = build_group(workspace, seat_count=4, quorum=2)
    widget = shown_register(qtbot, context, setup.meeting_id)
    qtbot.keyClick(widget.table, Qt.Key.Key_P)  # seat 1 present: its own step
    qtbot.keyClick(widget.table, Qt.Key.Key_D)
    qtbot.keyClicks(widget.prompt.edit, "Janet Okafor")
    qtbot.keyClick(widget.prompt.edit, Qt.Key.Key_Return)
    line = register(workspace, setup.meeting_id)[1]
    assert (line.status, line.deputy_name) == ("deputy", "Janet Okafor")
    assert context.undo_stack.count() == 2
    assert context.undo_stack.undoText() == "Deputy for Seat 2 (police): Janet Okafor"

    context.undo_stack.undo()  # one Ctrl+Z: the seat as it was before D
    line = register(workspace, setup.meeting_id)[1]
    assert (line.status, line.deputy_name) == ("unmarked", None)
    assert register(workspace, setup.meeting_id)[0].status == "present"
    context.undo_stack.redo()
    line = register(workspace, setup.meeting_id)[1]
    assert (line.status, line.deputy_name) == ("deputy", "Janet Okafor")

    # D then Escape keeps the mark as its own step; a later mark on that seat is another step.
    widget.table.setCurrentIndex(widget.model.index(2, 0))
    qtbot.keyClick(widget.table, Qt.Key.Key_D)
    qtbot.keyClick(widget.prompt.edit, Qt.Key.Key_Escape)
    qtbot.keyClick(widget.table, Qt.Key.Key_S)
    assert context.undo_stack.count() == 4
    context.undo_stack.undo()
    assert register(workspace, setup.meeting_id)[2].status == "deputy"
