"""The outline editor driven by keyboard in the real window: a new plan
opens at once with its first heading ready to name; priorities, outcomes and
actions, and a work plan's duties, responsibilities and nested activities,
are built, moved, indented and deleted; each step is one undo step that
puts the stored plan back exactly; next year's plan is carried forward."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from plan_structure_helpers import outline, snapshot

from safeguard_desktop.store.models import Action, AuditEntry
from safeguard_desktop.store.ops import plan_structure as structure
from safeguard_desktop.store.ops.plans import add_actions, create_plan, set_action_field
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.workspace import open_workspace
from safeguard_desktop.views.dialogs.new_plan_dialog import NewPlanDialog
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner

CTRL, ALT, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier, \
    Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def last_year(workspace):
    """A workspace holding last year's plan, with one row: the plan open when File › New plan is used."""
    plan = create_plan(workspace, board_id=boards(workspace)[0].id, title="Business Plan 2024-25",
                       financial_year="2024-25")
    add_actions(workspace, [{"plan_id": plan, "number": "1", "want": "Last year's action"}])
    path = workspace.path
    workspace.close()
    return path, plan


def _window(qtbot, path) -> MainWindow:
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("plans")
    return window


def _press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
    QApplication.processEvents()  # an item view closes its editor on Enter through a queued call


def _type(qtbot, text: str) -> None:
    """Into whatever has the focus (an editor just opened), then Enter."""
    qtbot.keyClicks(QApplication.focusWidget(), text)
    _press(qtbot, Qt.Key.Key_Return)


def _new_plan(qtbot, window, monkeypatch, kind: str, copy_of: str | None = None) -> int:
    """File › New plan, the dialog answered as a user would: kind chosen (or
    another plan's structure to copy), OK."""
    def answer(dialog: NewPlanDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.year.setEditText("2025-26")
        if copy_of is not None:
            dialog.start_from.setCurrentIndex(dialog.start_from.findText(copy_of, Qt.MatchFlag.MatchContains))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPlanDialog, "exec", answer)
    action = next(a for a in window.file_menu.actions() if a.text() == "New &plan…")
    action.trigger()
    page = window.pages["plans"]
    return page.plan_view.plan_id


def _named_plan(qtbot, path, monkeypatch, kind: str, name: str) -> tuple[MainWindow, int]:
    """The window on ``path`` with a new plan of ``kind`` whose first heading is named ``name``."""
    window = _window(qtbot, path)
    plan = _new_plan(qtbot, window, monkeypatch, kind)
    _type(qtbot, name)
    return window, plan


def _step_undoes_exactly(qtbot, window, plan: int, keys) -> None:
    """Press the keys (one step); Ctrl+Z in the outline gives back the stored
    plan before, Ctrl+Y the one after."""
    ws = window.context.workspace
    before = snapshot(ws, plan)
    keys()
    after = snapshot(ws, plan)
    assert after != before
    window.pages["plans"].outline.tree.setFocus()
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert snapshot(ws, plan) == before
    _press(qtbot, Qt.Key.Key_Y, CTRL)
    assert snapshot(ws, plan) == after


def test_a_new_plan_opens_at_once_and_is_built_priority_outcome_three_actions_by_keyboard(
        qtbot, last_year, monkeypatch):
    path, old_plan = last_year
    window = _window(qtbot, path)
    page = window.pages["plans"]
    assert page.plan_view.plan_id == old_plan
    plan = _new_plan(qtbot, window, monkeypatch, "business_plan")
    ws = window.context.workspace
    # The grid shows the new plan: a paste now lands in it, not in last year's.
    assert plan != old_plan and page.plan_view.model.plan_id == plan
    assert page.plan_list.currentIndex().data() == "Business plan 2025-26"
    assert outline(ws, plan) == ["priority 1"]
    assert page.outline.tree.state() == page.outline.tree.State.EditingState  # ready to name

    qtbot.keyClicks(QApplication.focusWidget(), "Children are safe")
    _press(qtbot, Qt.Key.Key_Tab)  # Tab, like Enter, ends the name
    assert page.outline.tree.state() != page.outline.tree.State.EditingState
    _press(qtbot, Qt.Key.Key_N, CTRL)  # a heading under it: an outcome, ready to name
    _type(qtbot, "Schools know the signs")
    _press(qtbot, Qt.Key.Key_N, CTRL)  # under an outcome go actions: typed in the grid
    assert QApplication.focusWidget().parent().parent() is page.plan_view.grid
    _type(qtbot, "Train every designated lead")
    for words in ("Audit the training", "Survey the schools"):
        page.outline.tree.setFocus()
        _press(qtbot, Qt.Key.Key_N, CTRL)
        _type(qtbot, words)
    assert outline(ws, plan) == [
        "priority 1 Children are safe",
        "  outcome 1.1 Schools know the signs",
        "    row 1.1.1 Train every designated lead",
        "    row 1.1.2 Audit the training",
        "    row 1.1.3 Survey the schools",
    ]
    tree = page.outline.tree
    assert tree.current_node().title == "Schools know the signs"
    assert "Outcome 1.1: Schools know the signs (3)" in \
        [tree.tree_model.item(1).child(0).text()]
    assert [r[0] for r in snapshot(ws, old_plan)["rows"]] == [1]  # last year's plan untouched


def test_each_outline_key_is_one_undo_step_that_restores_the_plan_exactly(qtbot, last_year, monkeypatch):
    window, plan = _named_plan(qtbot, last_year[0], monkeypatch, "business_plan", "Children are safe")
    ws = window.context.workspace
    tree = window.pages["plans"].outline.tree

    _step_undoes_exactly(qtbot, window, plan, lambda: _press(qtbot, Qt.Key.Key_Insert))
    assert outline(ws, plan) == ["priority 1 Children are safe", "priority 2"]
    tree.setFocus()
    _step_undoes_exactly(qtbot, window, plan, lambda: (_press(qtbot, Qt.Key.Key_F2), _type(qtbot, "Adults are safe")))
    assert window.context.undo_stack.undoText() == "Rename Priority 2"
    assert outline(ws, plan) == ["priority 1 Children are safe", "priority 2 Adults are safe"]
    tree.setFocus()
    _step_undoes_exactly(qtbot, window, plan, lambda: _press(qtbot, Qt.Key.Key_Tab))
    assert outline(ws, plan) == ["priority 1 Children are safe", "  outcome 2 Adults are safe"]
    _step_undoes_exactly(qtbot, window, plan, lambda: _press(qtbot, Qt.Key.Key_Backtab, SHIFT))
    assert outline(ws, plan) == ["priority 1 Children are safe", "priority 2 Adults are safe"]
    _step_undoes_exactly(qtbot, window, plan, lambda: _press(qtbot, Qt.Key.Key_Up, ALT))
    assert outline(ws, plan) == ["priority 2 Adults are safe", "priority 1 Children are safe"]
    _step_undoes_exactly(qtbot, window, plan, lambda: _press(qtbot, Qt.Key.Key_F2) or _type(qtbot, "Adults at risk"))
    _step_undoes_exactly(qtbot, window, plan, lambda: _press(qtbot, Qt.Key.Key_Delete))
    assert outline(ws, plan) == ["priority 1 Children are safe"]
    assert "Deleted Priority 2: Adults at risk" in window.statusBar().currentMessage()
    with ws.session() as s:
        contexts = [a.context for a in s.query(AuditEntry).filter(AuditEntry.table_name == "plan_entries")]
    assert {"Undo: Delete Priority 2: Adults at risk", "Redo: Delete Priority 2: Adults at risk"} <= set(contexts)


def test_a_three_level_work_plan_outline_is_built_by_keyboard(qtbot, last_year, monkeypatch):
    window, plan = _named_plan(qtbot, last_year[0], monkeypatch, "work_plan", "Coordinate local work")
    ws = window.context.workspace
    _press(qtbot, Qt.Key.Key_N, CTRL)
    _type(qtbot, "Develop policies")
    _press(qtbot, Qt.Key.Key_N, CTRL)  # an activity: a row, named in the outline
    _type(qtbot, "Review the thresholds")
    _press(qtbot, Qt.Key.Key_N, CTRL)  # a sub-activity
    _type(qtbot, "Ask each partner")
    _press(qtbot, Qt.Key.Key_Insert)  # another, beside it
    _type(qtbot, "Publish the thresholds")
    assert outline(ws, plan) == [
        "duty 1 Coordinate local work",
        "  responsibility 1.1 Develop policies",
        "    row 1.1.1 Review the thresholds",
        "      row 1.1.1.1 Ask each partner",
        "      row 1.1.1.2 Publish the thresholds",
    ]
    _step_undoes_exactly(qtbot, window, plan, lambda: _press(qtbot, Qt.Key.Key_Backtab, SHIFT))
    assert outline(ws, plan)[-1] == "    row 1.1.1.2 Publish the thresholds"  # its own number kept
    _step_undoes_exactly(qtbot, window, plan, lambda: _press(qtbot, Qt.Key.Key_Tab))
    assert outline(ws, plan)[-1] == "      row 1.1.1.2 Publish the thresholds"
    _step_undoes_exactly(qtbot, window, plan, lambda: _press(qtbot, Qt.Key.Key_Up, ALT))
    assert outline(ws, plan)[3:] == ["      row 1.1.1.2 Publish the thresholds", "      row 1.1.1.1 Ask each partner"]
    # The same step from the grid, on the activity's row.
    grid = window.pages["plans"].plan_view.grid
    publish = next(r[0] for r in snapshot(ws, plan)["rows"] if r[5] == "Publish the thresholds")
    grid.setCurrentIndex(grid.grid_model.index(grid.grid_model.row_of(publish), 2))
    grid.setFocus()
    before = snapshot(ws, plan)
    _press(qtbot, Qt.Key.Key_Left, ALT | SHIFT)
    assert outline(ws, plan)[-1] == "    row 1.1.1.2 Publish the thresholds"  # after the row it was under
    assert grid.grid_model.action_id_at(grid.currentIndex().row()) == publish
    _press(qtbot, Qt.Key.Key_Right, ALT | SHIFT)
    assert outline(ws, plan)[-1] == "      row 1.1.1.2 Publish the thresholds"  # under the row above
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert snapshot(ws, plan) == before
    # The reference of a responsibility, in the detail pane.
    editor = window.pages["plans"].outline
    responsibility = next(k for k, n in editor.tree.nodes.items() if n.kind == "responsibility")
    editor.tree.setCurrentIndex(editor.tree.index_of(responsibility))
    editor.reference.setFocus()
    _step_undoes_exactly(qtbot, window, plan, lambda: (qtbot.keyClicks(editor.reference, "para 258"),
                                                       _press(qtbot, Qt.Key.Key_Return)))
    assert "Develop policies (para 258)" in editor.tree.index_of(responsibility).data()
    editor.tree.setFocus()
    _step_undoes_exactly(qtbot, window, plan, lambda: _press(qtbot, Qt.Key.Key_Delete))
    assert outline(ws, plan) == ["duty 1 Coordinate local work"]


def test_next_years_plan_carries_the_open_rows_and_the_years_are_listed_together(qtbot, last_year):
    path, old_plan = last_year
    window = _window(qtbot, path)
    ws = window.context.workspace
    row = snapshot(ws, old_plan)["rows"][0][0]
    set_action_field(ws, row, "progress", "Half done")
    other = create_plan(ws, board_id=boards(ws)[0].id, title="Work plan 2025-26", kind="work_plan",
                        financial_year="2025-26")
    page = window.pages["plans"]
    page.refresh()
    page.next_year_button.setFocus()
    _press(qtbot, Qt.Key.Key_Space)
    new_plan = page.plan_view.plan_id
    assert new_plan not in (old_plan, other)
    assert [p.title for p in page.plans] == ["Business Plan 2025-26", "Business Plan 2024-25", "Work plan 2025-26"]
    with ws.session() as s:
        carried = s.query(Action).filter(Action.plan_id == new_plan).one()
        assert (carried.carried_from_id, s.get(Action, row).status) == (row, "carried_forward")
    grid = page.plan_view.grid
    target = grid.grid_model.row_of(carried.id)
    grid.setCurrentIndex(grid.grid_model.index(target, 2))
    qtbot.waitUntil(lambda: page.plan_view.history.action_id == carried.id)
    lines = [page.plan_view.history.entries.item(i).text() for i in range(page.plan_view.history.entries.count())]
    assert lines[0] == "Carried forward from Business Plan 2024-25 (row 1)\nHalf done"
    assert any("Status: Open → Carried forward" in line for line in lines)
    window.context.undo_stack.undo()
    assert [p.title for p in page.plans] == ["Work plan 2025-26", "Business Plan 2024-25"]
    with ws.session() as s:
        assert s.get(Action, row).status == "open"


def test_a_new_plan_can_copy_the_structure_of_another_and_takes_its_kind(qtbot, workspace, monkeypatch):
    source = create_plan(workspace, board_id=boards(workspace)[0].id, title="Work plan 2024-25", kind="work_plan",
                         financial_year="2024-25")
    duty, _ = structure.insert_entry(workspace, source, title="Coordinate local work")
    responsibility, _ = structure.insert_entry(workspace, source, parent_id=duty, title="Develop policies",
                                               reference="para 258")
    structure.insert_row(workspace, source, entry_id=responsibility, want="Review the thresholds")
    path = workspace.path
    workspace.close()
    window = _window(qtbot, path)
    plan = _new_plan(qtbot, window, monkeypatch, "business_plan", copy_of="“Work plan 2024-25”")
    ws = window.context.workspace
    assert plan != source and window.pages["plans"].plan_view.model.plan_id == plan
    assert outline(ws, plan) == outline(ws, source) == [
        "duty 1 Coordinate local work", "  responsibility 1.1 Develop policies", "    row 1.1.1 Review the thresholds"]
    tree = window.pages["plans"].outline.tree
    assert "Specific responsibility 1.1: Develop policies (para 258)" in \
        [tree.index_of(key).data() for key in tree.nodes]


def test_an_evidence_framework_is_added_under_a_priority_and_its_text_kept_in_full(qtbot, last_year, monkeypatch):
    window, plan = _named_plan(qtbot, last_year[0], monkeypatch, "business_plan", "Children are safe")
    ws = window.context.workspace
    editor = window.pages["plans"].outline
    _step_undoes_exactly(qtbot, window, plan, editor.add_side.trigger)
    assert outline(ws, plan) == ["priority 1 Children are safe", "  evidence - Evidence framework"]
    # Chosen, it shows the grid of its priority, not an empty one.
    assert window.pages["plans"].plan_view.model.filters.entry_ids == frozenset({1, 2})
    text = "Quantitative data: referrals and repeat referrals.\nQualitative: audits, and what children tell us."
    editor.body.setFocus()

    def type_and_leave() -> None:
        qtbot.keyClicks(editor.body, text.replace("\n", " "))
        editor.tree.setFocus()  # leaving the box stores it

    _step_undoes_exactly(qtbot, window, plan, type_and_leave)
    assert window.context.undo_stack.undoText() == "Change the text of Evidence framework"
    assert editor.tree.current_node().body == text.replace("\n", " ")
    assert editor.full_text.text() == "Evidence framework"


def test_the_detail_pane_follows_the_plan_chosen_in_the_list(qtbot, last_year, monkeypatch):
    window, _ = _named_plan(qtbot, last_year[0], monkeypatch, "work_plan", "Coordinate local work")
    old_plan = last_year[1]
    page = window.pages["plans"]
    assert page.outline.full_text.text() == "Coordinate local work"
    row = next(i for i, p in enumerate(page.plans) if p.id == old_plan)
    page.plan_list.setCurrentIndex(page.plan_list_model.index(row, 0))
    qtbot.waitUntil(lambda: page.outline.tree.tree_model.rowCount() == 1 and not page.outline.tree.nodes)
    assert page.outline.heading.text() == "<b>Whole plan</b>"


def test_a_read_only_workspace_shows_the_outline_but_no_key_changes_it(qtbot, last_year):
    path, plan = last_year
    with open_workspace(path, backup_on_open=False) as ws:
        structure.insert_entry(ws, plan, title="Children are safe")
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.show_workspace(open_workspace(path, read_only=True, backup_on_open=False))
    window.show_page("plans")
    editor = window.pages["plans"].outline
    qtbot.waitUntil(lambda: len(editor.tree.nodes) == 1)
    editor.tree.setCurrentIndex(editor.tree.index_of(("entry", 1)))
    before = snapshot(window.context.workspace, plan)
    for key, modifiers in [(Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_N, CTRL),
                           (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)]:
        qtbot.keyClick(editor.tree, key, modifiers)
    qtbot.keyClick(editor.tree, Qt.Key.Key_F2)
    assert editor.tree.state() != editor.tree.State.EditingState
    assert snapshot(window.context.workspace, plan) == before
    assert not editor.buttons["add"].isEnabled() and not editor.number.isEnabled()
