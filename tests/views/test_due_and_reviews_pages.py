"""The "What is due" page and the Case reviews page, driven as a user
would: by keyboard where it matters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from safeguard_desktop.store.models import AuditEntry, CaseReview
from safeguard_desktop.store.ops import org
from safeguard_desktop.store.queries.overview import list_groups
from safeguard_desktop.store.queries.due import ACTION, REVIEW, what_is_due
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def _window(qtbot, path) -> MainWindow:
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.open_path(path)
    qtbot.waitUntil(window.centralWidget().isVisible)  # Qt shows a new central widget from the event loop
    _active(qtbot, window)
    return window


def _active(qtbot, window: MainWindow) -> None:
    """Keys go to the active window; offscreen, it can lose that while a
    test waits (a popup made and hidden), so it is made active again."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    # The key goes where the user's keyboard is: a widget on screen, in the active window.
    assert focused is not None and focused.isVisible() and focused.window().isActiveWindow(), focused
    qtbot.keyClick(focused, key, modifier)


def test_the_due_page_is_first_with_its_count_and_opens_an_overdue_action_in_its_plan(qtbot, demo_path):
    window = _window(qtbot, demo_path)
    page = window.pages["due"]
    assert window.stack.currentWidget() is page
    total = what_is_due(window.context.workspace, date.today()).count
    assert total > 0
    assert window.nav.item(0).text() == f"What is due ({total})"

    page.tree.setFocus()
    # Down past the review clocks (listed first) to the first overdue action of a plan.
    line = page.current_line()
    assert line is not None and line.record == REVIEW
    for _ in range(60):
        if line is not None and line.record == ACTION and line.home_id is not None:
            break
        _press(qtbot, Qt.Key.Key_Down)
        line = page.current_line()
    assert line is not None and line.words.startswith("Overdue by")
    assert line in page.overview.section("overdue").lines
    _press(qtbot, Qt.Key.Key_Return)

    plans = window.pages["plans"]
    assert window.stack.currentWidget() is plans
    assert plans.plan_view.plan_id == line.home_id
    grid = plans.plan_view.grid
    assert grid.selected_ids() == [line.record_id]
    assert QApplication.focusWidget() is grid


def test_a_meeting_without_minutes_opens_on_the_meetings_page(qtbot, demo_path):
    window = _window(qtbot, demo_path)
    page = window.pages["due"]
    section = page.overview.section("no_minutes")
    if not section.lines:
        section = page.overview.section("unagreed")
    line = section.lines[0]
    page.open_requested.emit("meetings", line.record_id, line.home_id)
    meetings = window.pages["meetings"]
    assert window.stack.currentWidget() is meetings
    assert meetings.view.meeting_id == line.record_id


def test_add_a_review_edit_it_by_keyboard_and_undo(qtbot, demo_path):
    window = _window(qtbot, demo_path)
    ws = window.context.workspace
    window.show_page("reviews")
    page = window.pages["reviews"]
    before = len(page.reviews)
    badge_before = window.pages["due"].badge()

    page.add_button.click()
    assert len(page.reviews) == before + 1
    form = page.form
    assert QApplication.focusWidget() is form.reference
    new = page.current_review()
    assert new.confidential and new.kind == "rapid_review" and new.incident_on == date.today()
    # Known today: its notification is due within five working days, so it is due soon.
    qtbot.waitUntil(lambda: window.pages["due"].badge() == badge_before + 1)
    assert window.nav.item(0).text() == f"What is due ({badge_before + 1})"

    _active(qtbot, window)
    form.reference.setFocus()
    form.reference.selectAll()
    qtbot.keyClicks(form.reference, "RR 2026/09")
    _press(qtbot, Qt.Key.Key_Tab)
    assert page.current_review().reference == "RR 2026/09"
    form.dates["incident_on"].setFocus()
    form.dates["incident_on"].selectAll()
    qtbot.keyClicks(form.dates["incident_on"], "02/11/2026")
    _press(qtbot, Qt.Key.Key_Tab)
    edited = page.current_review()
    assert edited.incident_on == date(2026, 11, 2)
    assert edited.clocks[0].due == date(2026, 11, 9)
    assert "Notification" in form.clocks.text()
    model = page.section.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal)
                  == "Notification")
    shown = [model.index(r, column).data() for r in range(model.rowCount())]
    assert any(text.startswith(edited.clocks[0].state.words) for text in shown)

    with ws.session() as s:
        audited = s.scalars(select(AuditEntry.field).where(AuditEntry.table_name == "case_reviews",
                                                          AuditEntry.record_uuid == edited.uuid)).all()
    assert {"reference", "incident_on"} <= set(audited)

    window.undo_stack.undo()
    assert page.current_review().incident_on == date.today()
    assert form.dates["incident_on"].text() == date.today().strftime("%d/%m/%Y")
    window.undo_stack.undo()
    assert page.current_review().reference != "RR 2026/09"
    window.undo_stack.undo()
    assert len(page.reviews) == before
    with ws.session() as s:
        assert s.get(CaseReview, new.id).deleted_at is not None


def test_a_bad_date_is_refused_and_the_stored_one_kept(qtbot, demo_path):
    window = _window(qtbot, demo_path)
    window.show_page("reviews")
    page = window.pages["reviews"]
    review = page.current_review()
    _active(qtbot, window)
    edit = page.form.dates["notified_on"]
    kept = edit.text()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "next week")
    _press(qtbot, Qt.Key.Key_Tab)
    assert edit.text() == kept
    assert page.current_review().notified_on == review.notified_on
    assert "not a date" in window.statusBar().currentMessage()


def test_create_a_reviews_action_plan_opens_it_in_the_plans_grid(qtbot, demo_path):
    window = _window(qtbot, demo_path)
    window.show_page("reviews")
    page = window.pages["reviews"]
    without = next(r for r in page.reviews if r.action_plan_id is None)
    page.select(without.id)
    assert page.plan_button.text() == "Create action plan"
    page.plan_button.click()
    plans = window.pages["plans"]
    assert window.stack.currentWidget() is plans
    made = next(r for r in page.reviews if r.id == without.id).action_plan_id
    assert made is not None and plans.plan_view.plan_id == made
    window.show_page("reviews")
    assert page.plan_button.text() == "Open action plan"


def test_a_seat_without_a_holder_opens_on_the_people_page(qtbot, demo_path):
    window = _window(qtbot, demo_path)
    ws = window.context.workspace
    seat = org.create_seat(ws, group_id=list_groups(ws)[0].id, title="Director of Public Health or nominated deputy")
    page = window.pages["due"]
    page.refresh()
    vacant = [line for line in page.overview.section("vacant").lines if line.record_id == seat]
    page.open_requested.emit("people", vacant[0].record_id, vacant[0].home_id)
    people = window.pages["people"]
    assert window.stack.currentWidget() is people
    assert people.current_group_id() == vacant[0].home_id
    rows = people.seats.table.selectionModel().selectedRows()
    assert [people.seats.model.record(r.row()).id for r in rows] == [vacant[0].record_id]


def test_the_export_dialog_marks_a_reviews_paper_official_sensitive(qtbot, demo_path):
    from safeguard_desktop.views.dialogs.export_dialog import ExportDialog

    window = _window(qtbot, demo_path)
    dialog = ExportDialog(window.context, window, what="reviews")
    qtbot.addWidget(dialog)
    assert dialog.marking_box.currentData() == "OFFICIAL-SENSITIVE"
    assert dialog.request().marking == "OFFICIAL-SENSITIVE"
    dialog.what_box.setCurrentIndex(dialog.what_box.findData("due"))
    assert dialog.marking_box.currentData() == "OFFICIAL-SENSITIVE"  # it lists the reviews' clocks
    dialog.what_box.setCurrentIndex(dialog.what_box.findData("action-log"))
    assert dialog.marking_box.currentData() == "OFFICIAL"  # the demo board's own marking


def test_a_scottish_board_changes_its_calendar_on_the_page_and_can_undo_it(qtbot, demo_path):
    from safeguard_desktop.store.queries.settings import board_nation

    window = _window(qtbot, demo_path)
    ws = window.context.workspace
    window.show_page("reviews")
    page = window.pages["reviews"]
    assert page.nation.currentData() == "england"
    page.nation.setFocus()
    while page.nation.currentData() != "scotland":
        _press(qtbot, Qt.Key.Key_Down)
    assert board_nation(ws) == "scotland"
    window.undo_stack.undo()  # each choice passed on the way is its own step: Wales, then Scotland
    assert board_nation(ws) == "wales" and page.nation.currentData() == "wales"
    window.undo_stack.undo()
    assert board_nation(ws) == "england" and page.nation.currentData() == "england"
