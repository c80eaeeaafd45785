"""The main window calls every page's flush() before it closes or changes
workspace: the Meetings page then saves what is still in hand, at once:
minutes waiting for their 300 ms pause, an agenda cell being edited, a
deputy's name typed at the register's prompt."""

from __future__ import annotations

import pytest
from meeting_builders import build_group
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit

from safeguard_desktop.store.queries.meetings import agenda, minutes, register
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.pages.meetings_page import MeetingsPage
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


@pytest.fixture
def page(qtbot, workspace):
    context = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda text: None)
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


def test_flush_saves_minutes_still_waiting_for_the_pause(qtbot, workspace, page):
    setup = build_group(workspace, seat_count=3, quorum=2)
    page.refresh()
    page.select(setup.meeting_id)
    page.view.tabs.setCurrentWidget(page.view.minutes)
    field = page.view.minutes.fields["decision"]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClicks(field, "Agreed")
    assert page.view.minutes._timer.isActive()  # not saved yet: the pause has not come
    page.flush()
    assert minutes(workspace, setup.meeting_id)[setup.items[0]].decision == "Agreed"
    assert not page.view.minutes._timer.isActive()


def test_flush_commits_an_agenda_cell_being_edited(qtbot, workspace, page):
    setup = build_group(workspace, seat_count=3, quorum=2)
    page.refresh()
    page.select(setup.meeting_id)
    editor_view = page.view.agenda
    page.view.tabs.setCurrentWidget(editor_view)
    index = editor_view.model.index(3, 1)
    editor_view.table.setCurrentIndex(index)
    editor_view.table.edit(index)
    cell = editor_view.table.indexWidget(index)
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    qtbot.keyClicks(cell, "Quarterly performance report (Q1)")
    page.flush()
    assert agenda(workspace, setup.meeting_id)[3].title == "Quarterly performance report (Q1)"
    assert editor_view.model.index(3, 1).data() == "Quarterly performance report (Q1)"


def test_flush_keeps_a_deputy_typed_at_the_prompt(qtbot, workspace, page):
    setup = build_group(workspace, seat_count=3, quorum=2)
    page.refresh()
    page.select(setup.meeting_id)
    register_widget = page.view.register
    page.view.tabs.setCurrentWidget(register_widget)
    register_widget.table.setCurrentIndex(register_widget.model.index(1, 0))
    qtbot.keyClick(register_widget.table, Qt.Key.Key_D)
    qtbot.keyClicks(register_widget.prompt.edit, "Janet Okafor")
    page.flush()
    line = register(workspace, setup.meeting_id)[1]
    assert (line.status, line.deputy_name) == ("deputy", "Janet Okafor")
    assert not register_widget.prompt.asking
