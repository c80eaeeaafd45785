"""The demo's plans in the grid as councils lay them out: headings (priority,
outcome, evidence framework; duty, responsibility, footnote) between the
rows with their full text, driven with real clicks and keys."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from safeguard_desktop.demo.content import load_json
from safeguard_desktop.store.models import Action, ActionUpdate, AuditEntry, PlanEntry
from safeguard_desktop.views.grid.action_table_model import (
    BANNER_ROLE,
    COL_LEAD,
    COL_NUMBER,
    COL_RAG,
    COL_WANT,
    DEPTH_ROLE,
)
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier


def open_plan(qtbot, path, kind: str) -> MainWindow:
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.resize(1500, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("plans")
    page = window.pages["plans"]
    page.plan_list.selectRow(next(i for i, p in enumerate(page.plans) if p.kind == kind))
    return window


def view_of(window):
    return window.pages["plans"].plan_view


def banners(grid):
    model = grid.model()
    return [(row, model.banner(row)) for row in range(model.rowCount()) if model.banner(row) is not None]


def row_of(grid, number: str, want_starts: str) -> int:
    model = grid.model()
    return next(r for r in range(model.rowCount()) if model.action_id_at(r)
                and model.index(r, COL_NUMBER).data() == number
                and (model.index(r, COL_WANT).data() or "").startswith(want_starts))


def click(qtbot, grid, row: int, column: int) -> None:
    grid.scrollTo(grid.model().index(row, column))
    rect = grid.visualRect(grid.model().index(row, column))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert grid.currentIndex().row() == row


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def audit_count(ws) -> int:
    with ws.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_the_demo_work_plan_opens_in_the_grid_with_its_rows(qtbot, demo_path):
    window = open_plan(qtbot, demo_path, "work_plan")
    view = view_of(window)
    grid = view.grid
    qtbot.waitUntil(lambda: view.status.text().startswith("Showing 63 of 63 rows"))
    kinds = [b.kind for _, b in banners(grid)]
    assert (kinds.count("duty"), kinds.count("responsibility"), kinds.count("note")) == (3, 9, 3)
    lines = [b.line for _, b in banners(grid)]
    assert "Specific responsibility 2: will engage with the chairs of the Safeguarding boards, and relevant " \
           "inspectorates…at least twice a year (para 258)" in lines
    assert "Strategic duty 3: To make recommendations to the Welsh Ministers as to how those arrangements could " \
           "be improved (S.132 (2))" in lines
    assert any(line.startswith("¹ In February 2021, the NISB commissioned Liverpool John Moores University")
               and line.endswith("Workstream 3: Messages from People.") for line in lines)
    # Nested three deep under a responsibility, indented by depth, numbered by the outline.
    vpu = row_of(grid, "2.1.6", "Violence Prevention Unit (VPU)")
    assert grid.model().index(vpu, COL_WANT).data(DEPTH_ROLE) == 2
    assert grid.model().index(row_of(grid, "2.1", "Identifying organisations"), COL_WANT).data(DEPTH_ROLE) == 1
    assert grid.model().index(row_of(grid, "2", "Members will also ensure"), COL_WANT).data(DEPTH_ROLE) == 0
    # A heading spans the row, so its words are read across the whole grid.
    row, _ = banners(grid)[1]
    grid.scrollTo(grid.model().index(row, 0))
    shown_width = sum(grid.columnWidth(c) for c in grid.visible_columns())
    assert grid.visualRect(grid.model().index(row, 0)).width() >= shown_width - 2


def test_banners_show_the_full_outcome_text_and_the_evidence_framework(qtbot, demo_path):
    window = open_plan(qtbot, demo_path, "business_plan")
    grid = view_of(window).grid
    spec = load_json("business_plan_2019_20.json")
    outcomes = [f"Outcome {o['number']}: {o['title']}" for p in spec["priorities"] for o in p["outcomes"]]
    evidence = [f"Evidence framework: {p['evidence'].strip()}" for p in spec["priorities"]]
    shown = {b.kind: [] for _, b in banners(grid)}
    for _, banner in banners(grid):
        shown[banner.kind].append(grid.model().index(_, 0).data())
    assert len(outcomes) == 18 and shown["outcome"] == outcomes
    assert len(evidence) == 7 and shown["evidence"] == evidence
    # Each heading's row is as tall as its wrapped words across the row.
    grid.fit_visible_rows()
    width = sum(grid.columnWidth(c) for c in grid.visible_columns()) - 12
    for row, banner in banners(grid)[:3]:
        font = grid.model().index(row, 0).data(Qt.ItemDataRole.FontRole)
        needed = QFontMetrics(font or grid.font()).boundingRect(
            QRect(0, 0, width, 100000), int(Qt.AlignmentFlag.AlignLeft) | Qt.TextFlag.TextWordWrap.value,
            banner.line).height()
        assert grid.rowHeight(row) >= needed


def test_a_paste_at_a_banner_does_not_write_into_it(qtbot, demo_path):
    window = open_plan(qtbot, demo_path, "business_plan")
    view = view_of(window)
    grid = view.grid
    ws = window.context.workspace
    messages: list[str] = []
    grid.message.connect(messages.append)
    outcome_row, outcome = next((r, b) for r, b in banners(grid) if b.kind == "outcome" and b.number == "1.2")
    before = audit_count(ws)
    QGuiApplication.clipboard().setText("Pasted words\tPasted lead")
    click(qtbot, grid, outcome_row, 0)
    press(qtbot, Qt.Key.Key_V, CTRL)
    assert window.undo_stack.count() == 0 and audit_count(ws) == before
    assert messages and "heading" in messages[-1]
    with ws.session() as s:
        assert s.get(PlanEntry, outcome.entry_id).title.startswith("Areas which require a response")
    # A block pasted from the row above the heading goes round it, onto the next action.
    above, below = outcome_row - 1, outcome_row + 1
    QGuiApplication.clipboard().setText("First lead\nSecond lead")
    click(qtbot, grid, above, COL_LEAD)
    press(qtbot, Qt.Key.Key_V, CTRL)
    assert window.undo_stack.count() == 1
    assert grid.model().index(above, COL_LEAD).data() == "First lead"
    assert grid.model().index(below, COL_LEAD).data() == "Second lead"
    assert grid.model().index(outcome_row, 0).data(BANNER_ROLE) == outcome
    assert "went round 1 heading row" in messages[-1]


def test_typing_on_a_heading_says_where_it_is_edited_and_writes_nothing(qtbot, demo_path):
    window = open_plan(qtbot, demo_path, "work_plan")
    grid = view_of(window).grid
    messages: list[str] = []
    grid.message.connect(messages.append)
    row, banner = banners(grid)[1]
    before = audit_count(window.context.workspace)
    click(qtbot, grid, row, 0)
    for key in (Qt.Key.Key_X, Qt.Key.Key_Return, Qt.Key.Key_Delete):
        press(qtbot, key)
    assert grid.state() != grid.State.EditingState
    assert window.undo_stack.count() == 0 and audit_count(window.context.workspace) == before
    assert messages[0].startswith("Specific responsibility 1 is a heading")
    assert grid.model().banner(row) == banner


def test_editing_an_activitys_rag_is_one_undo_step_with_audit_rows(qtbot, demo_path):
    window = open_plan(qtbot, demo_path, "work_plan")
    grid = view_of(window).grid
    ws = window.context.workspace
    row = row_of(grid, "2.1.6", "Violence Prevention Unit (VPU)")
    action_id = grid.model().action_id_at(row)
    click(qtbot, grid, row, COL_RAG)
    press(qtbot, Qt.Key.Key_A)
    assert window.undo_stack.count() == 1
    assert grid.model().index(row, COL_RAG).data() == "Amber"
    with ws.session() as s:
        action = s.get(Action, action_id)
        assert action.rag == "amber" and action.parent_id is not None
        audits = s.scalars(select(AuditEntry).where(AuditEntry.record_uuid == action.uuid,
                                                    AuditEntry.field == "rag")).all()
        history = s.scalars(select(ActionUpdate).where(ActionUpdate.action_id == action_id)).all()
    assert len(audits) == 1 and [(h.kind, h.new_value) for h in history] == [("rag", "amber")]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert grid.model().index(row, COL_RAG).data() in ("", None)
    with ws.session() as s:
        assert s.get(Action, action_id).rag is None


def test_sorting_sets_the_headings_aside_and_says_so(qtbot, demo_path):
    window = open_plan(qtbot, demo_path, "business_plan")
    view = view_of(window)
    grid = view.grid
    assert banners(grid)
    grid.horizontalHeader().sectionClicked.emit(COL_LEAD)
    qtbot.waitUntil(lambda: "Sorted: headings hidden until Plan order" in view.status.text())
    assert not banners(grid) and grid.model().rowCount() == 51
    view.grid.plan_order()
    qtbot.waitUntil(lambda: bool(banners(grid)))
    assert "Sorted" not in view.status.text()


def test_a_row_inserted_on_a_heading_goes_under_it_and_beside_a_nested_activity(qtbot, demo_path):
    window = open_plan(qtbot, demo_path, "work_plan")
    grid = view_of(window).grid
    ws = window.context.workspace
    row, responsibility = next((r, b) for r, b in banners(grid) if b.kind == "responsibility" and b.number == "5")
    first = grid.model().action_id_at(row + 1)
    click(qtbot, grid, row, 0)
    press(qtbot, Qt.Key.Key_I, CTRL)
    new_id = grid.model().action_id_at(row + 1)
    assert new_id not in (None, first) and grid.model().action_id_at(row + 2) == first
    with ws.session() as s:
        assert s.get(Action, new_id).entry_id == responsibility.entry_id
    vpu = row_of(grid, "2.1.6", "Violence Prevention Unit (VPU)")
    click(qtbot, grid, vpu, COL_WANT)
    press(qtbot, Qt.Key.Key_I, CTRL)
    assert grid.model().index(vpu + 1, COL_WANT).data(DEPTH_ROLE) == 2
    with ws.session() as s:
        sibling, new = s.get(Action, grid.model().action_id_at(vpu)), s.get(Action, grid.model().action_id_at(vpu + 1))
        assert new.parent_id == sibling.parent_id is not None and new.entry_id == sibling.entry_id
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert grid.model().action_id_at(row + 1) == first


def test_a_work_plans_rows_are_headed_activity(qtbot, demo_path):
    window = open_plan(qtbot, demo_path, "work_plan")
    model = view_of(window).grid.model()
    assert model.headerData(COL_WANT, Qt.Orientation.Horizontal) == "Activity"
    assert model.own_headings() == {}  # the shape's word, not a heading the user chose
    page = window.pages["plans"]
    page.plan_list.selectRow(next(i for i, p in enumerate(page.plans) if p.kind == "business_plan"))
    assert model.headerData(COL_WANT, Qt.Orientation.Horizontal) == "What do we want to achieve?"
