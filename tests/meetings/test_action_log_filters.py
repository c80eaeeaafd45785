"""The action log's filters beyond open/overdue: a status, a due-before
day, and a search that ignores accents and case ("dwr" finds "Dŵr") across
the action and its owner's name, as the grid's search does."""

from __future__ import annotations

from datetime import date

import pytest

from safeguard_desktop.store.ops import meeting_actions as acts
from safeguard_desktop.store.ops import org
from safeguard_desktop.store.ops.plans import set_action_fields
from safeguard_desktop.store.queries.action_log import ActionLogFilter, action_log_ids, action_log_rows


@pytest.fixture
def log(workspace, setup):
    siân = org.create_person(workspace, name="Siân Ffuglen", agency_id=setup.agencies["council"])
    ids = {
        "water": acts.add_action_arising(workspace, agenda_item_id=setup.items[3], want="Cyflenwad dŵr i'r ysgolion",
                                         target_date=date(2024, 6, 30)),
        "owned": acts.add_action_arising(workspace, agenda_item_id=setup.items[3], want="Refresh the escalation policy",
                                         owner_person_id=siân, target_date=date(2024, 9, 30)),
        "late": acts.add_action_arising(workspace, agenda_item_id=setup.items[3], want="Audit of referrals",
                                        target_date=date(2025, 3, 31)),
    }
    set_action_fields(workspace, [(ids["late"], "status", "completed"), (ids["owned"], "rag", "amber")])
    return ids


def _found(ws, **kwargs) -> set[int]:
    return set(action_log_ids(ws, ActionLogFilter(**kwargs)))


def test_search_folds_accents_and_case_in_the_action_and_the_owners_name(workspace, log):
    assert _found(workspace, text="DWR") == {log["water"]}
    assert _found(workspace, text="sian") == {log["owned"]}
    assert _found(workspace, text="sian escalation") == {log["owned"]}  # every word, wherever it is
    assert _found(workspace, text="sian audit") == set()


def test_a_status_and_a_due_before_day_narrow_the_log(workspace, log):
    assert _found(workspace, status="completed") == {log["late"]}
    assert _found(workspace, due_before=date(2024, 9, 30)) == {log["water"], log["owned"]}
    assert _found(workspace, due_before=date(2024, 7, 1), status="open") == {log["water"]}


def test_the_log_rows_carry_the_rating(workspace, log):
    rows = action_log_rows(workspace, list(log.values()), date(2024, 10, 1))
    assert rows[log["owned"]].rag == "amber" and rows[log["water"]].rag is None


def test_the_paper_says_which_filter_made_it_and_marks_overdue_actions(workspace, setup, log, tmp_path):
    from openpyxl import load_workbook

    from safeguard_desktop.exports.papers import ExportRequest, export

    flt = ActionLogFilter(open_only=True, group_id=setup.group_id, due_before=date(2024, 9, 30),
                          today=date(2024, 8, 1))
    out = tmp_path / "log.xlsx"
    result = export(workspace, ExportRequest("action-log", "xlsx", log_filter=flt), out)
    assert result.rows == 2  # the completed one and the one due in 2025 are not in it
    sheet = load_workbook(out).active
    text = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Showing: Open actions only; Group: Quality Assurance Sub-group; Due on or before 30 Sep 2024" in text[2]
    assert "OVERDUE: still open and due before 1 Aug 2024" in text[2]
    assert "Open: OVERDUE" in text  # the water action was due on 30 Jun 2024
    assert text.count("Open: OVERDUE") == 1 and "Open" in text


def test_the_command_line_takes_the_same_filters(workspace, setup, capsys, tmp_path):
    from safeguard_desktop.cli import main

    person = org.create_person(workspace, name="Siân Ffuglen", agency_id=setup.agencies["council"])
    acts.add_action_arising(workspace, agenda_item_id=setup.items[3], want="Mine", owner_person_id=person)
    acts.add_action_arising(workspace, agenda_item_id=setup.items[3], want="Not mine")
    workspace_path = workspace.path
    workspace.close()  # the command opens it itself, as a user would
    out = tmp_path / "log.csv"
    assert main(["export", str(workspace_path), "--what", "action-log", "--owner", "sian ffuglen",
                 "-o", str(out)]) == 0
    written = out.read_text("utf-8-sig")
    assert "Mine" in written and "Not mine" not in written
    assert main(["export", str(workspace_path), "--what", "action-log", "--owner", "Nobody",
                 "-o", str(out)]) == 2
    assert "No person called 'Nobody'. Choose one of: " in capsys.readouterr().err


def test_the_page_shows_ratings_as_words_and_exports_what_it_shows(qtbot, workspace, setup, log, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack

    from safeguard_desktop.views.context import AppContext
    from safeguard_desktop.views.meetings.action_log_model import COL_RAG
    from safeguard_desktop.views.pages.action_log_page import ActionLogPage
    from safeguard_desktop.views.settings import Settings
    from safeguard_desktop.views.tasks import ImmediateTaskRunner

    told: list[str] = []
    context = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), told.append)
    page = ActionLogPage(context)
    qtbot.addWidget(page)
    page.show_combo.setCurrentIndex(page.show_combo.findData("all"))
    page.search.setText("siân")
    page.apply_filter()
    assert page.count.text() == "1 action"
    rag = page.model.index(0, COL_RAG)
    assert rag.data() == "Amber" and rag.data(Qt.ItemDataRole.AccessibleTextRole) == "RAG rating: Amber"
    page.search.clear()
    page.show_combo.setCurrentIndex(page.show_combo.findData("status:completed"))
    assert page.count.text() == "1 action"
    page.show_combo.setCurrentIndex(page.show_combo.findData("all"))
    page.due_by.set_date(date(2024, 9, 30))
    assert page.count.text() == "2 actions"

    page.export()
    dialog = page.export_flow.dialog
    qtbot.addWidget(dialog)
    assert dialog.form.isRowVisible(dialog.filter_label) and not dialog.form.isRowVisible(dialog.open_only_check)
    assert dialog.filter_label.text() == "Due on or before 30 Sep 2024"
    out = tmp_path / "log.csv"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    dialog.path_edit.setText(str(out))
    dialog.accept()
    written = out.read_text("utf-8-sig")
    assert "dŵr" in written and "Refresh the escalation policy" in written and "Audit of referrals" not in written
    assert told and told[-1].startswith(f"Wrote {out} (2 rows)")
