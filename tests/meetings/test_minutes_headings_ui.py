"""A group's own minute headings, set where the minute-taker works: the
minutes editor labels its four boxes with the group's words, Meeting ›
Minute headings… changes them in one undo step, and the papers follow."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack

from safeguard_desktop.store.queries.meeting_documents import find_meeting, minutes
from safeguard_desktop.store.workspace import open_workspace
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.pages.meetings_page import MeetingsPage
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def _labels(page: MeetingsPage) -> list[str]:
    editor = page.view.minutes
    return [editor.form.labelForField(editor.fields[part]).text() for part in editor.fields]  # type: ignore[union-attr]


def test_the_editor_shows_the_groups_words_and_the_menu_changes_them_in_one_undo_step(qtbot, demo_path):
    with open_workspace(demo_path, backup_on_open=False) as ws:
        undo = QUndoStack()
        context = AppContext(ws, undo, ImmediateTaskRunner(), Settings(), lambda text: None)
        page = MeetingsPage(context)
        qtbot.addWidget(page)
        meeting = find_meeting(ws, date(2017, 3, 2))
        assert page.select(meeting)
        assert _labels(page) == ["Context", "Key Issues", "Member Scrutiny", "Committee's Conclusion"]

        page.view.headings_action.trigger()
        dialog = page.view.headings_dialog
        qtbot.addWidget(dialog)
        assert dialog.boxes["discussion"].text() == "Member Scrutiny"
        assert dialog.boxes["context"].text() == "" and dialog.boxes["context"].placeholderText() == "Context"
        dialog.boxes["decision"].setText("Resolved")
        dialog.boxes["key_issues"].clear()  # back to the usual word
        dialog.accept()
        assert _labels(page) == ["Context", "Key issues", "Member Scrutiny", "Resolved"]
        assert dict(minutes(ws, meeting, public=False).headings)["decision"] == "Resolved"
        assert undo.count() == 1 and undo.undoText() == "Minute headings"

        undo.undo()
        assert _labels(page) == ["Context", "Key Issues", "Member Scrutiny", "Committee's Conclusion"]
        assert dict(minutes(ws, meeting, public=False).headings)["decision"] == "Committee's Conclusion"
