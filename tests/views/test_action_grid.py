"""The action-plan grid driven with real key presses in the real window:
what the user sees, what reaches the workspace, what the audit says, and
what one Ctrl+Z takes back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit
from sqlalchemy import select

from safeguard_desktop.store.audit import decode
from safeguard_desktop.store.models import Action, ActionUpdate, AuditEntry
from safeguard_desktop.store.ops.plans import add_actions, add_entry, create_plan
from safeguard_desktop.store.queries.actions import action_ids
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.workspace import open_workspace
from safeguard_desktop.views.grid.action_grid import ActionGrid
from safeguard_desktop.views.grid.action_table_model import (
    COL_CAB,
    COL_HOW,
    COL_LEAD,
    COL_MEASURE,
    COL_NUMBER,
    COL_PROGRESS,
    COL_RAG,
    COL_SOURCE,
    COL_WANT,
    COL_WHEN,
    HEADERS,
    UNDERSTOOD_ROLE,
    ActionTableModel,
)
from safeguard_desktop.views.grid.delegates import SAVE_PAUSE_MS
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier
FIELDS = ("number", "cab", "want", "how", "lead", "rag", "when_text", "when_date")
ROWS = [dict(zip(FIELDS, values)) for values in [
    ("1.1", "C", "Children know where to get help", "Leaflets in schools", "Education", "green", "June 2019",
     date(2019, 6, 30)),
    ("1.2", "A", "Adults at risk are heard", "Advocacy service", "Adult services", "amber", None, None),
    ("1.3", "B", "Ansawdd dŵr yn y cartref", "Gwaith gyda theuluoedd", "Heddlu Gwent", "red", None, None),
    ("2.1", "C", "Missing children are found quickly", "Return interviews", "Police", None, None, None),
    ("2.2", "B", "Audit of referrals", "Multi-agency audit", "Business unit", "blue", None, None),
    ("2.3", "C", "Training for GPs", "Courses", "Health board", "none", None, None),
]]


@pytest.fixture
def plan_path(workspace):
    ws = workspace
    plan_id = create_plan(ws, board_id=boards(ws)[0].id, title="Business plan 2019-20", financial_year="2019-20")
    priority = add_entry(ws, plan_id=plan_id, kind="priority", number="1", title="Children and adults are safe")
    outcome = add_entry(ws, plan_id=plan_id, kind="outcome", number="1.1", title="People know where to go",
                        parent_id=priority)
    rows = [{"plan_id": plan_id, "entry_id": outcome if i < 3 else None, **row} for i, row in enumerate(ROWS)]
    add_actions(ws, rows)
    create_plan(ws, board_id=boards(ws)[0].id, title="Work plan 2020-21", kind="work_plan", financial_year="2020-21")
    path = ws.path
    ws.close()
    return path


def open_window(qtbot, path) -> MainWindow:
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # key presses go where a user's would: the focused widget
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("plans")
    return window


@pytest.fixture
def window(qtbot, plan_path):
    """The plan as a flat table (the toolbar's Headings off), so row N is the
    Nth action: these tests are about editing action cells. The headings
    between the rows have their own tests (test_plan_layout_grid.py)."""
    window = open_window(qtbot, plan_path)
    headings = window.pages["plans"].plan_view.outline_rows
    headings.trigger()
    assert not headings.isChecked()
    return window


def grid_of(window) -> ActionGrid:
    return window.pages["plans"].plan_view.grid


def click(qtbot, grid: ActionGrid, row: int, column: int) -> None:
    grid.scrollTo(grid.model().index(row, column))  # as a user scrolls to a cell before clicking it
    rect = grid.visualRect(grid.model().index(row, column))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert grid.currentIndex().row() == row and grid.currentIndex().column() == column


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key to whatever has the focus, as the keyboard would send it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text: str) -> None:
    """Characters one by one to the focused widget (the first opens the
    editor, the rest go to it). Non-ASCII goes as a raw QKeyEvent: QTest's
    keyClicks aborts on it (docs/PLATFORM_FACTS.md, "Testing Qt")."""
    for ch in text:
        target = QApplication.focusWidget()
        if ch.isascii():
            qtbot.keyClicks(target, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def stored(window, row: int, field: str):
    ws = window.context.workspace
    action_id = grid_of(window).model().row_id(row)
    with ws.session() as s:
        return getattr(s.get(Action, action_id), field)


def shown(grid: ActionGrid, row: int, column: int) -> str:
    return grid.model().index(row, column).data()


def audit_for(window, row: int, field: str) -> list[tuple]:
    ws = window.context.workspace
    with ws.session() as s:
        uuid = s.get(Action, grid_of(window).model().row_id(row)).uuid
        return [(decode(a.old_value), decode(a.new_value), a.actor, a.context) for a in s.scalars(
            select(AuditEntry).where(AuditEntry.record_uuid == uuid, AuditEntry.field == field)
            .order_by(AuditEntry.id))]


def test_the_plan_opens_with_the_headings_boards_expect(qtbot, window):
    grid = grid_of(window)
    model = grid.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headings[:9] == ["No.", "CAB", "What do we want to achieve?", "How are we going to do it?",
                            "Who will lead?", "How will we know we have achieved our goal?",
                            "When are we going to achieve this?", "Progress review", "RAG rating"]
    assert headings == list(HEADERS)
    assert [grid.isColumnHidden(c) for c in range(9, 13)] == [True] * 4  # optional columns start hidden
    assert [shown(grid, r, COL_NUMBER) for r in range(6)] == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]
    assert shown(grid, 0, COL_RAG) == "Green" and shown(grid, 5, COL_RAG) == "Not started"
    assert shown(grid, 3, COL_RAG) == ""  # no rating is not "not started"
    assert model.index(0, COL_WHEN).data(UNDERSTOOD_ROLE) == "30 June 2019"
    status = window.pages["plans"].plan_view.status
    qtbot.waitUntil(lambda: status.text().startswith("Showing 6 of 6 rows"))
    assert "Red 1" in status.text() and "Not started 1" in status.text() and "No rating 1" in status.text()


def test_typing_replaces_a_cell_saves_it_and_audits_it(qtbot, window):
    grid = grid_of(window)
    click(qtbot, grid, 1, COL_LEAD)
    type_text(qtbot, "Safeguarding adults lead")
    press(qtbot, Qt.Key.Key_Return)
    assert stored(window, 1, "lead") == "Safeguarding adults lead"
    assert shown(grid, 1, COL_LEAD) == "Safeguarding adults lead"
    assert grid.currentIndex().row() == 2  # Enter stores and moves down
    assert audit_for(window, 1, "lead") == [("Adult services", "Safeguarding adults lead", "Test User",
                                             "Edit “Who will lead?”")]
    assert window.undo_stack.undoText() == "Edit “Who will lead?”"


def test_welsh_letters_typed_into_a_long_cell_survive(qtbot, window):
    grid = grid_of(window)
    click(qtbot, grid, 0, COL_HOW)
    press(qtbot, Qt.Key.Key_F2)  # F2 edits: the words are kept and the cursor goes to the end
    type_text(qtbot, " a dŵr glân")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)  # Alt+Enter: a new line
    type_text(qtbot, "Ŷ")
    press(qtbot, Qt.Key.Key_Return)
    assert stored(window, 0, "how") == "Leaflets in schools a dŵr glân\nŶ"
    assert grid.state() != QAbstractItemView.State.EditingState


def test_escape_cancels_and_tab_moves_across(qtbot, window):
    grid = grid_of(window)
    click(qtbot, grid, 0, COL_WANT)
    type_text(qtbot, "Never mind")
    press(qtbot, Qt.Key.Key_Escape)
    assert stored(window, 0, "want") == "Children know where to get help"
    type_text(qtbot, "Typed")
    press(qtbot, Qt.Key.Key_Tab)
    assert stored(window, 0, "want") == "Typed"
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, COL_HOW)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert grid.currentIndex().column() == COL_WANT


def test_rag_keys_rate_the_cell_and_keep_the_history(qtbot, window):
    grid = grid_of(window)
    click(qtbot, grid, 3, COL_RAG)
    for key, word in ((Qt.Key.Key_R, "Red"), (Qt.Key.Key_A, "Amber"), (Qt.Key.Key_G, "Green"),
                      (Qt.Key.Key_B, "Blue"), (Qt.Key.Key_N, "Not started")):
        press(qtbot, key)
        assert shown(grid, 3, COL_RAG) == word
    assert stored(window, 3, "rag") == "none"
    assert grid.state() != QAbstractItemView.State.EditingState  # keys rate, they do not open an editor
    with window.context.workspace.session() as s:
        history = s.scalars(select(ActionUpdate).where(ActionUpdate.action_id == grid.model().row_id(3))
                            .order_by(ActionUpdate.id)).all()
    assert [(h.kind, h.old_value, h.new_value) for h in history][:2] == [("rag", None, "red"), ("rag", "red", "amber")]
    panel = window.pages["plans"].plan_view.history
    qtbot.waitUntil(lambda: panel.entries.count() == 5)  # the panel follows once the cursor rests
    assert "RAG rating: Blue → Not started" in panel.entries.item(0).text()


def test_a_rag_key_on_several_selected_rows_is_one_undo_step(qtbot, window):
    grid = grid_of(window)
    click(qtbot, grid, 0, COL_RAG)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_R)
    assert [stored(window, r, "rag") for r in range(3)] == ["red", "red", "red"]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert [stored(window, r, "rag") for r in range(3)] == ["green", "amber", "red"]


def test_cab_keys_set_cab(qtbot, window):
    grid = grid_of(window)
    click(qtbot, grid, 0, COL_CAB)
    press(qtbot, Qt.Key.Key_B)
    assert stored(window, 0, "cab") == "B" and shown(grid, 0, COL_CAB) == "B"


def test_pasting_a_3_by_4_block_from_excel_is_one_undo_step(qtbot, window):
    grid = grid_of(window)
    before = {(r, f): stored(window, r, f) for r in (1, 2, 3) for f in ("want", "how", "lead", "measure")}
    # As Excel puts it on the clipboard: cells with a line break or a tab
    # are quoted, quotes doubled, CRLF line ends, a final line end.
    QGuiApplication.clipboard().setText(
        'Aim one\t"Step one\nand two"\tLead one\tMeasure one\r\n'
        'Aim two\t"Tab\there"\tArweinydd dŵr\t"Say ""yes"""\r\n'
        'Aim three\tStep three\tLead three\tMeasure three\r\n')
    click(qtbot, grid, 1, COL_WANT)
    steps = window.undo_stack.count()
    press(qtbot, Qt.Key.Key_V, CTRL)
    expected = {
        1: ("Aim one", "Step one\nand two", "Lead one", "Measure one"),
        2: ("Aim two", "Tab\there", "Arweinydd dŵr", 'Say "yes"'),
        3: ("Aim three", "Step three", "Lead three", "Measure three"),
    }
    for row, values in expected.items():
        assert tuple(stored(window, row, f) for f in ("want", "how", "lead", "measure")) == values
        assert tuple(shown(grid, row, c) for c in (COL_WANT, COL_HOW, COL_LEAD, COL_MEASURE)) == values
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "Paste 12 cells"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert {(r, f): stored(window, r, f) for r, f in before} == before
    assert shown(grid, 2, COL_LEAD) == "Heddlu Gwent"
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert stored(window, 2, "lead") == "Arweinydd dŵr"


def test_pasting_past_the_last_row_adds_rows(qtbot, window):
    grid = grid_of(window)
    QGuiApplication.clipboard().setText("Red\r\nAmber\r\nGreen\r\n")
    click(qtbot, grid, 5, COL_RAG)
    press(qtbot, Qt.Key.Key_V, CTRL)
    assert grid.model().rowCount() == 8
    assert [shown(grid, r, COL_RAG) for r in (5, 6, 7)] == ["Red", "Amber", "Green"]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert grid.model().rowCount() == 6 and shown(grid, 5, COL_RAG) == "Not started"


def test_copy_gives_tab_separated_text_as_shown(qtbot, window):
    grid = grid_of(window)
    click(qtbot, grid, 0, COL_LEAD)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == "Education\r\nAdult services\r\n"


def test_text_a_column_cannot_hold_is_refused_with_a_message(qtbot, window):
    grid = grid_of(window)
    messages: list[str] = []
    grid.message.connect(messages.append)
    QGuiApplication.clipboard().setText("Purple")
    click(qtbot, grid, 0, COL_RAG)
    press(qtbot, Qt.Key.Key_V, CTRL)
    assert stored(window, 0, "rag") == "green"
    assert messages and "not a RAG rating" in messages[0]


def test_header_clicks_sort_in_sql_and_come_back_to_plan_order(qtbot, window):
    grid = grid_of(window)
    header = grid.horizontalHeader()
    leads = lambda: [shown(grid, r, COL_LEAD) for r in range(grid.model().rowCount())]  # noqa: E731
    header_click = lambda: qtbot.mouseClick(  # noqa: E731
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(COL_LEAD) + 10, 10))
    header_click()
    assert leads() == ["Adult services", "Business unit", "Education", "Health board", "Heddlu Gwent", "Police"]
    header_click()
    assert leads() == ["Police", "Heddlu Gwent", "Health board", "Education", "Business unit", "Adult services"]
    header_click()
    assert [shown(grid, r, COL_NUMBER) for r in range(6)] == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]


def test_the_filter_bar_finds_welsh_words_typed_without_accents(qtbot, window):
    view = window.pages["plans"].plan_view
    grid = view.grid
    view.filter_bar.search.setFocus()
    qtbot.keyClicks(view.filter_bar.search, "dwr")
    qtbot.waitUntil(lambda: grid.model().rowCount() == 1)
    assert shown(grid, 0, COL_WANT) == "Ansawdd dŵr yn y cartref"
    # The status line follows a moment later, so it never slows the filter.
    qtbot.waitUntil(lambda: view.status.text().startswith("Showing 1 of 6 rows  ·  Red 1"))
    view.filter_bar.clear()
    view.filter_bar.rag_choices["red"].trigger()
    view.filter_bar.rag_choices[None].trigger()
    assert [shown(grid, r, COL_NUMBER) for r in range(grid.model().rowCount())] == ["1.3", "2.1"]
    view.filter_bar.clear()
    qtbot.waitUntil(lambda: view.filter_bar.lead.findText("Police") > 0)
    view.filter_bar.lead.setCurrentIndex(view.filter_bar.lead.findText("Police"))
    assert [shown(grid, r, COL_NUMBER) for r in range(grid.model().rowCount())] == ["2.1"]
    view.filter_bar.clear()
    view.filter_bar.overdue.click()
    assert [shown(grid, r, COL_NUMBER) for r in range(grid.model().rowCount())] == ["1.1"]


def test_choosing_an_outcome_in_the_tree_shows_its_actions(qtbot, window):
    view = window.pages["plans"].plan_view
    tree = view.tree
    qtbot.waitUntil(lambda: tree.tree_model.rowCount() > 1)  # filled just after the rows are painted
    outcome = tree.tree_model.item(1).child(0)
    tree.setCurrentIndex(outcome.index())
    assert [shown(view.grid, r, COL_NUMBER) for r in range(view.grid.model().rowCount())] == ["1.1", "1.2", "1.3"]
    tree.setCurrentIndex(tree.tree_model.item(0).index())
    assert view.grid.model().rowCount() == 6


def test_insert_move_and_delete_rows_with_undo(qtbot, window):
    grid = grid_of(window)
    ws = window.context.workspace
    plan_id = grid.model().plan_id
    original = action_ids(ws, plan_id)
    click(qtbot, grid, 1, COL_WANT)
    press(qtbot, Qt.Key.Key_I, CTRL)  # insert below
    assert grid.model().rowCount() == 7 and shown(grid, 2, COL_WANT) == ""
    assert grid.currentIndex().row() == 2
    type_text(qtbot, "A new action")
    press(qtbot, Qt.Key.Key_Return)
    new_id = grid.model().row_id(2)
    assert action_ids(ws, plan_id) == [original[0], original[1], new_id, *original[2:]]

    click(qtbot, grid, 2, COL_WANT)
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert action_ids(ws, plan_id)[:3] == [original[0], new_id, original[1]]
    assert shown(grid, 1, COL_WANT) == "A new action" and grid.currentIndex().row() == 1

    press(qtbot, Qt.Key.Key_Minus, CTRL)  # delete the row
    assert action_ids(ws, plan_id) == original
    assert grid.model().rowCount() == 6

    for _ in range(4):  # delete, move, typing, insert: each one step back
        press(qtbot, Qt.Key.Key_Z, CTRL)
    assert action_ids(ws, plan_id) == original
    with ws.session() as s:
        assert s.get(Action, new_id).deleted_at is not None


def test_undo_still_writes_the_workspace_after_the_plan_is_reopened(qtbot, window):
    grid = grid_of(window)
    page = window.pages["plans"]
    click(qtbot, grid, 0, COL_LEAD)
    type_text(qtbot, "Director of education")
    press(qtbot, Qt.Key.Key_Return)
    # Open the other plan and come back: the grid is filled afresh.
    ids = [p.id for p in page.plans]
    business = ids.index(grid.model().plan_id)
    page.plan_list.selectRow(1 - business)
    assert grid.model().rowCount() == 0  # the work plan has no rows yet
    page.plan_list.selectRow(business)
    assert shown(grid, 0, COL_LEAD) == "Director of education"
    window.undo_stack.undo()
    assert stored(window, 0, "lead") == "Education" and shown(grid, 0, COL_LEAD) == "Education"


def test_a_cell_being_typed_when_the_window_closes_is_kept(qtbot, plan_path):
    window = open_window(qtbot, plan_path)
    grid = grid_of(window)
    click(qtbot, grid, 2, COL_WANT)  # the first action, under its priority and outcome headings
    type_text(qtbot, "Saved on close")
    window.close()
    reopened = open_window(qtbot, plan_path)
    assert shown(grid_of(reopened), 2, COL_WANT) == "Saved on close"
    assert reopened.undo_stack.count() == 0


def test_typing_again_into_the_same_cell_merges_into_one_undo_step(qtbot, window):
    grid = grid_of(window)
    for text in ("First", "Second"):
        click(qtbot, grid, 0, COL_MEASURE)
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Return)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert stored(window, 0, "measure") is None


def test_renumbering_is_offered_and_undone_in_one_step(qtbot, window):
    view = window.pages["plans"].plan_view
    grid = view.grid
    click(qtbot, grid, 1, COL_NUMBER)
    type_text(qtbot, "1.7")
    press(qtbot, Qt.Key.Key_Return)
    from safeguard_desktop.store.ops.plans import renumber_proposal

    proposal = renumber_proposal(window.context.workspace, grid.model().plan_id)
    assert [(old, new) for _, old, new in proposal] == [("1.7", "1.2")]
    view.apply_renumbering(proposal)
    assert shown(grid, 1, COL_NUMBER) == "1.2"
    window.undo_stack.undo()
    assert shown(grid, 1, COL_NUMBER) == "1.7"


def test_column_choices_are_remembered(qtbot, plan_path):
    window = open_window(qtbot, plan_path)
    grid_of(window).set_column_shown(10, True)  # Target date
    grid_of(window).setColumnWidth(COL_LEAD, 222)
    grid_of(window).save_header_state()
    window.close()
    again = grid_of(open_window(qtbot, plan_path))
    assert not again.isColumnHidden(10) and again.columnWidth(COL_LEAD) == 222


def test_a_read_only_workspace_cannot_be_edited_from_the_grid(qtbot, plan_path):
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show_workspace(open_workspace(plan_path, read_only=True, backup_on_open=False))
    window.show()
    grid = grid_of(window)
    assert grid.model().action_id_at(2) is not None  # an action row, not a heading
    assert not grid.model().flags(grid.model().index(2, COL_WANT)) & Qt.ItemFlag.ItemIsEditable
    assert grid.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


def test_the_model_passes_qt_model_checks_without_a_view(qtmodeltester, plan_path):
    from PySide6.QtGui import QUndoStack

    ws = open_workspace(plan_path, backup_on_open=False)
    try:
        model = ActionTableModel(ws, QUndoStack())
        model.set_plan(action_plan_id(ws))
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() == 8  # six actions, and the priority and outcome over the first three
        model.sort(COL_LEAD, Qt.SortOrder.DescendingOrder)
        assert model.index(0, COL_LEAD).data() == "Police"
        assert model.setData(model.index(0, COL_RAG), "amber")
        assert model.index(0, COL_RAG).data() == "Amber"
        model.undo_stack.undo()
        assert model.index(0, COL_RAG).data() == ""
    finally:
        ws.close()


def action_plan_id(ws) -> int:
    with ws.session() as s:
        return s.scalar(select(Action.plan_id).limit(1))


def test_a_plan_keeps_its_own_heading_words_and_undo_restores_the_standard(qtbot, window):
    view = window.pages["plans"].plan_view
    model = view.grid.model()
    view.set_headings({"progress": "Comment on progress"})
    assert model.headerData(7, Qt.Orientation.Horizontal) == "Comment on progress"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "No."
    window.undo_stack.undo()
    assert model.headerData(7, Qt.Orientation.Horizontal) == "Progress review"


def test_rows_are_marked_confidential_in_one_step(qtbot, window):
    view = window.pages["plans"].plan_view
    grid = view.grid
    click(qtbot, grid, 0, COL_WANT)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    view.confidential.trigger()
    assert stored(window, 0, "confidential") is True and stored(window, 1, "confidential") is True
    assert grid.model().index(0, COL_NUMBER).data(Qt.ItemDataRole.FontRole).italic()
    view.filter_bar.confidential.setCurrentIndex(view.filter_bar.confidential.findData(False))
    assert [shown(grid, r, COL_NUMBER) for r in range(grid.model().rowCount())] == ["1.3", "2.1", "2.2", "2.3"]
    window.undo_stack.undo()
    assert stored(window, 0, "confidential") is False


def test_a_block_pasted_into_an_empty_plan_becomes_its_rows(qtbot, window):
    page = window.pages["plans"]
    grid = grid_of(window)
    page.plan_list.selectRow([p.title for p in page.plans].index("Work plan 2020-21"))
    assert grid.model().rowCount() == 0
    QGuiApplication.clipboard().setText("1\tC\tFirst aim\r\n2\tA\tSecond aim\r\n")
    grid.setFocus()
    press(qtbot, Qt.Key.Key_V, CTRL)
    assert [[shown(grid, r, c) for c in (COL_NUMBER, COL_CAB, COL_WANT)] for r in range(2)] == [
        ["1", "C", "First aim"], ["2", "A", "Second aim"]]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert grid.model().rowCount() == 0


def history_of(window, row: int) -> list[tuple]:
    with window.context.workspace.session() as s:
        return [(h.kind, h.old_value, h.new_value, h.note) for h in s.scalars(
            select(ActionUpdate).where(ActionUpdate.action_id == grid_of(window).model().row_id(row))
            .order_by(ActionUpdate.id))]


def test_undoing_a_rating_puts_back_the_date_last_updated_and_says_it_was_undone(qtbot, window):
    from safeguard_desktop.store.ops.plans import set_action_field

    grid = grid_of(window)
    set_action_field(window.context.workspace, grid.model().row_id(3), "last_updated", date(2024, 2, 1))
    click(qtbot, grid, 3, COL_RAG)
    press(qtbot, Qt.Key.Key_R)
    assert (stored(window, 3, "rag"), stored(window, 3, "last_updated")) == ("red", date.today())
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert (stored(window, 3, "rag"), stored(window, 3, "last_updated")) == (None, date(2024, 2, 1))
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert (stored(window, 3, "rag"), stored(window, 3, "last_updated")) == ("red", date.today())
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert stored(window, 3, "last_updated") == date(2024, 2, 1)
    # The history keeps the change and says, dated, that it was taken back
    # (and made again): never a second "change" that nobody made.
    assert history_of(window, 3) == [("rag", None, "red", None), ("rag", "red", None, "undone"),
                                     ("rag", None, "red", "redone"), ("rag", "red", None, "undone")]
    panel = window.pages["plans"].plan_view.history
    qtbot.waitUntil(lambda: panel.entries.count() == 4)
    assert panel.entries.item(0).text().endswith(
        "Undone: RAG rating back to (empty) (the change to Red was taken back)")
    assert panel.entries.item(1).text().endswith("Redone: RAG rating: (empty) → Red")
    assert panel.entries.item(3).text().endswith("RAG rating: (empty) → Red")


def test_undoing_a_pasted_rating_puts_back_the_date_too(qtbot, window):
    from safeguard_desktop.store.ops.plans import set_action_field

    grid = grid_of(window)
    set_action_field(window.context.workspace, grid.model().row_id(0), "last_updated", date(2024, 2, 1))
    QGuiApplication.clipboard().setText("Red\r\n")
    click(qtbot, grid, 0, COL_RAG)
    press(qtbot, Qt.Key.Key_V, CTRL)
    assert stored(window, 0, "last_updated") == date.today()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert (stored(window, 0, "rag"), stored(window, 0, "last_updated")) == ("green", date(2024, 2, 1))
    assert history_of(window, 0)[-1] == ("rag", "red", "green", "undone")


def test_long_text_is_saved_while_typing_without_moving_the_cursor(qtbot, window):
    grid = grid_of(window)
    steps = window.undo_stack.count()
    click(qtbot, grid, 0, COL_PROGRESS)
    type_text(qtbot, "Audit done")  # the first key opens the editor, replacing the cell
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    qtbot.wait(SAVE_PAUSE_MS + 200)
    assert grid.state() == QAbstractItemView.State.EditingState  # still typing...
    assert stored(window, 0, "progress") == "Audit done"  # ...and already in the workspace
    # The save that lands while the cursor is elsewhere leaves it there:
    # the editor is not refilled (nor its text selected again).
    press(qtbot, Qt.Key.Key_Home)
    type_text(qtbot, "Q1: ")
    qtbot.wait(SAVE_PAUSE_MS + 200)
    assert stored(window, 0, "progress") == "Q1: Audit done"
    assert QApplication.focusWidget() is editor
    assert editor.textCursor().position() == 4 and not editor.textCursor().hasSelection()
    type_text(qtbot, "dŵr ")
    assert editor.toPlainText() == "Q1: dŵr Audit done"
    press(qtbot, Qt.Key.Key_Return)
    assert stored(window, 0, "progress") == "Q1: dŵr Audit done"
    # However many saves, one undo step and one history entry.
    assert window.undo_stack.count() == steps + 1
    assert history_of(window, 0) == [("progress", None, "Q1: dŵr Audit done", None)]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert stored(window, 0, "progress") is None and stored(window, 0, "last_updated") is None


def test_escape_after_a_save_while_typing_puts_the_cell_back(qtbot, window):
    grid = grid_of(window)
    steps = window.undo_stack.count()
    click(qtbot, grid, 1, COL_PROGRESS)
    type_text(qtbot, "Wrong row")
    qtbot.wait(SAVE_PAUSE_MS + 200)
    assert stored(window, 1, "progress") == "Wrong row"
    press(qtbot, Qt.Key.Key_Escape)
    assert grid.state() != QAbstractItemView.State.EditingState
    assert (stored(window, 1, "progress"), stored(window, 1, "last_updated")) == (None, None)
    assert history_of(window, 1) == [] and window.undo_stack.count() == steps


def test_tab_wraps_to_the_next_row_and_shift_tab_back(qtbot, window):
    grid = grid_of(window)
    grid.set_column_shown(COL_SOURCE, True)  # now the last shown column
    qtbot.wait(20)  # the columns are laid out again
    click(qtbot, grid, 0, COL_SOURCE)
    type_text(qtbot, "Ofsted 2023")
    press(qtbot, Qt.Key.Key_Tab)  # stores, and wraps like Excel
    assert stored(window, 0, "source") == "Ofsted 2023"
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, COL_NUMBER)
    type_text(qtbot, "1.2a")
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert stored(window, 1, "number") == "1.2a"
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, COL_SOURCE)
    # With no editor open too, and past hidden columns.
    grid.set_column_shown(COL_SOURCE, False)
    click(qtbot, grid, 2, COL_RAG)
    press(qtbot, Qt.Key.Key_Tab)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (3, COL_NUMBER)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (2, COL_RAG)
    # The plan's first and last cells stay put.
    click(qtbot, grid, 5, COL_RAG)
    press(qtbot, Qt.Key.Key_Tab)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (5, COL_RAG)
    click(qtbot, grid, 0, COL_NUMBER)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, COL_NUMBER)


def test_pasted_ditto_marks_and_quoted_words_stay_in_their_cells(qtbot, window):
    grid = grid_of(window)
    QGuiApplication.clipboard().setText('"Think family" approach\tPolice\n"\tHealth\n"\tCouncil')
    click(qtbot, grid, 0, COL_MEASURE)
    press(qtbot, Qt.Key.Key_V, CTRL)
    assert [(shown(grid, r, COL_MEASURE), shown(grid, r, COL_WHEN)) for r in range(3)] == [
        ('"Think family" approach', "Police"), ('"', "Health"), ('"', "Council")]


def test_the_lead_filter_offers_and_finds_a_lead_with_a_welsh_capital(qtbot, window):
    from safeguard_desktop.store.ops.plans import set_action_fields

    view = window.pages["plans"].plan_view
    grid = view.grid
    ids = [grid.model().row_id(r) for r in (1, 4)]
    set_action_fields(window.context.workspace, [(ids[0], "lead", "Canolfan Ŵyr"), (ids[1], "lead", "CANOLFAN ŴYR")])
    view.refresh()
    combo = view.filter_bar.lead
    qtbot.waitUntil(lambda: combo.findText("Canolfan Ŵyr") > 0)
    assert combo.findText("CANOLFAN ŴYR") < 0  # one choice for the one lead
    combo.setCurrentIndex(combo.findText("Canolfan Ŵyr"))
    assert [shown(grid, r, COL_NUMBER) for r in range(grid.model().rowCount())] == ["1.2", "2.2"]
