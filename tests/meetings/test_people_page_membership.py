"""The People & agencies page as a secretariat uses it, by keyboard: correct
a misspelt name, retire a seat from a date, merge a duplicate person, keep
a group's terms of reference and standing items, and import a membership
list through one preview. Each is one undo step."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog

from safeguard_desktop.core.quarters import Quarter
from safeguard_desktop.store.ops import meetings as meeting_ops
from safeguard_desktop.store.ops import org
from safeguard_desktop.store.queries.attendance import attendance_analysis
from safeguard_desktop.store.queries.org import group_seats, group_tree, people_rows, standing_items
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.form_dialog import FormDialog
from safeguard_desktop.views.pages import people_page
from safeguard_desktop.views.pages.people_page import PeoplePage
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "imports"))
from membership_lists import build_xlsx  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot, workspace, setup):
    statuses: list[str] = []
    context = AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), statuses.append)
    shown = PeoplePage(context)
    shown.statuses = statuses
    qtbot.addWidget(shown)
    shown.resize(1366, 720)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def typed(qtbot, monkeypatch, *keys):
    """The page's next form is answered at the keyboard: each key is a
    string to type into the field with focus (replacing its text), a
    1-tuple of text to type as it is, a Qt key, or a (key, modifier) pair.
    Enter at the end accepts it as OK would."""
    def answer(parent, title, fields):
        dialog = FormDialog(title, fields, parent)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        if dialog.focusWidget() is None:  # as on screen: the first field has the cursor
            dialog.focusNextChild()
        for key in keys:
            target = dialog.focusWidget()
            if isinstance(key, str):
                qtbot.keyClick(target, Qt.Key.Key_A, CTRL)
                qtbot.keyClicks(target, key)
            elif isinstance(key, tuple) and len(key) == 1:
                qtbot.keyClicks(target, key[0])
            elif isinstance(key, tuple):
                qtbot.keyClick(target, *key)
            else:
                qtbot.keyClick(target, key)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.values() if accepted else None
    monkeypatch.setattr(people_page, "ask", answer)


def _select(section, text):
    model = section.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(text))
    section.table.selectRow(row)


def _people(page):
    return [page.people.model.index(r, 0).data() for r in range(page.people.model.rowCount())]


def test_a_misspelt_name_is_corrected_by_keyboard_and_undone(qtbot, monkeypatch, page):
    _select(page.people, "Member 01")
    typed(qtbot, monkeypatch, "Member Won")
    page.edit_person()
    assert "Member Won" in _people(page) and "Member 01" not in _people(page)
    page.context.undo_stack.undo()
    assert "Member 01" in _people(page)
    page.context.undo_stack.redo()
    assert "Member Won" in _people(page)


def test_a_seat_retired_by_keyboard_keeps_the_past(qtbot, monkeypatch, page, workspace, setup):
    for seat in setup.seats:
        meeting_ops.mark_attendance(workspace, meeting_id=setup.meeting_id, seat_id=seat, status="present")
    q1 = Quarter.parse("2024-25-Q1")
    before = attendance_analysis(workspace, q1, today=date(2025, 1, 1)).rows
    _select(page.seats, "Seat 4 (probation)")
    # The whole date typed over the one shown, as people write it.
    last_day = date.today().replace(day=28)
    typed(qtbot, monkeypatch, f"28/{last_day.month}/{last_day.year}")
    page.retire_seat()
    seat = next(s for s in group_seats(workspace, setup.group_id) if s.id == setup.seats[3])
    assert seat.retired_on == last_day
    assert any(page.seats.model.index(r, 0).data() == f"Seat 4 (probation) (retired {last_day:%d %b %Y})"
               for r in range(page.seats.model.rowCount()))
    assert attendance_analysis(workspace, q1, today=date(2025, 1, 1)).rows == before
    page.context.undo_stack.undo()
    assert next(s for s in group_seats(workspace, setup.group_id) if s.id == setup.seats[3]).retired_on is None


def test_a_duplicate_person_is_merged_by_keyboard_and_undone(qtbot, monkeypatch, page, workspace, setup):
    duplicate = org.create_person(workspace, name="Membr 02", email="m2@example.org")
    seat = org.create_seat(workspace, group_id=setup.group_id, title="Adviser", in_attendance=True)
    org.appoint(workspace, seat_id=seat, person_id=duplicate, from_date=date(2024, 1, 1))
    page.refresh()
    _select(page.people, "Membr 02")
    typed(qtbot, monkeypatch, Qt.Key.Key_Down)  # from Member 01, first in the list, to Member 02
    page.merge_person()
    assert "Membr 02" not in _people(page)
    adviser = next(s for s in group_seats(workspace, setup.group_id) if s.id == seat)
    assert adviser.holders[0].person == "Member 02"
    assert next(p for p in people_rows(workspace) if p.name == "Member 02").email == "m2@example.org"
    page.context.undo_stack.undo()
    assert "Membr 02" in _people(page)
    assert next(s for s in group_seats(workspace, setup.group_id) if s.id == seat).holders[0].person == "Membr 02"


def test_terms_of_reference_and_standing_items_are_kept_on_the_group_page(qtbot, monkeypatch, page, workspace,
                                                                          setup):
    tree = page.tree_model
    group_row = next(r for r in range(tree.rowCount()) for _ in [0]
                     if tree.index(r, 0).data() == "Quality Assurance Sub-group")
    page.tree.setCurrentIndex(tree.index(group_row, 0))
    # Name stays; purpose, two duties (Tab leaves the duties box), cadence.
    typed(qtbot, monkeypatch, Qt.Key.Key_Tab, "To be assured that children are safe.", Qt.Key.Key_Tab,
          ("Audit case files",), Qt.Key.Key_Return, ("Report to the board",), Qt.Key.Key_Tab, "quarterly")
    page.edit_terms()
    node = next(n for n in group_tree(workspace) if n.id == setup.group_id)
    assert (node.purpose, node.duties, node.cadence) == (
        "To be assured that children are safe.", "Audit case files\nReport to the board", "quarterly")
    assert "<li>Report to the board</li>" in page.group_heading.text()
    page.context.undo_stack.undo()
    assert next(n for n in group_tree(workspace) if n.id == setup.group_id).purpose is None

    page.group_tabs.setCurrentIndex(1)
    assert page.group_tabs.tabText(1) == "Standing items"  # where the agenda's hint sends the user
    typed(qtbot, monkeypatch, "Welcome and apologies")
    page.add_item()
    _select(page.items, "Welcome and apologies")
    typed(qtbot, monkeypatch, "Welcome, introductions and apologies")
    page.edit_item()
    assert [i.title for i in standing_items(workspace, setup.group_id)] == ["Welcome, introductions and apologies"]
    items = meeting_ops.start_agenda_from_standing_items(
        workspace, meeting_ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 9, 1)))
    assert len(items) == 1
    page.context.undo_stack.undo()
    assert [i.title for i in standing_items(workspace, setup.group_id)] == ["Welcome and apologies"]


def test_a_membership_list_imports_through_one_preview_by_keyboard(qtbot, monkeypatch, page, workspace, setup,
                                                                   tmp_path):
    source = build_xlsx(tmp_path / "SVPP membership.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    before = len(group_seats(workspace, setup.group_id))
    page.import_members()
    dialog = page.import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert dialog.focusWidget() is table and dialog.model.lines[table.currentIndex().row()].seat == "Independent chair"
    for _ in range(8):  # down to the chair of the adult board, row 13
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert dialog.model.lines[table.currentIndex().row()].seat == "Chair of the WSAB"
    qtbot.keyClick(table, Qt.Key.Key_Space)  # in attendance, not a member
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    seats = {s.title: s for s in group_seats(workspace, setup.group_id)}
    assert len(seats) == before + 8
    assert seats["Chair of the WSAB"].in_attendance and seats["Business manager, safeguarding business unit"].in_attendance
    assert not seats["Chief constable or nominated deputy"].in_attendance
    assert "Imported 6 seats with members and 2 vacant seats" in page.statuses[-1]
    page.context.undo_stack.undo()
    assert len(group_seats(workspace, setup.group_id)) == before
    page.context.undo_stack.redo()
    assert len(group_seats(workspace, setup.group_id)) == before + 8


def test_an_agency_is_corrected_and_its_duplicate_merged_by_keyboard(qtbot, monkeypatch, page, workspace, setup):
    from safeguard_desktop.store.queries.org import agency_rows

    duplicate = org.create_agency(workspace, name="Constabulary HQ", sector="police")
    seat = org.create_seat(workspace, group_id=setup.group_id, title="Detective Superintendent", agency_id=duplicate)
    page.refresh()
    page.lists.setCurrentIndex(0)
    _select(page.agencies, "Probation Service")
    typed(qtbot, monkeypatch, "Probation Service Wales")
    page.edit_agency()
    assert "Probation Service Wales" in [a.name for a in agency_rows(workspace)]
    _select(page.agencies, "Constabulary HQ")
    typed(qtbot, monkeypatch, Qt.Key.Key_Home)  # the first other agency, alphabetically: Constabulary
    page.merge_agency()
    assert "Constabulary HQ" not in [a.name for a in agency_rows(workspace)]
    assert next(s for s in group_seats(workspace, setup.group_id) if s.id == seat).agency == "Constabulary"
    page.context.undo_stack.undo()
    assert next(s for s in group_seats(workspace, setup.group_id) if s.id == seat).agency == "Constabulary HQ"
    page.context.undo_stack.undo()
    assert "Probation Service" in [a.name for a in agency_rows(workspace)]
