"""A cell typed in the plan grid (#13): one undo step whose old value is
the one its write replaced, read in the write's own transaction (no read
of the action before it), and a row on screen that takes the values written
(no read after it); typing what the cell holds writes nothing."""

from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import event, select

from safeguard_desktop.store.models import ActionUpdate, AuditEntry
from safeguard_desktop.store.ops.plans import add_actions, create_plan
from safeguard_desktop.store.queries.actions import action_rows
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.views.grid.action_table_model import COL_PROGRESS, ActionTableModel


@pytest.fixture
def grid(workspace) -> Iterator[tuple[ActionTableModel, int]]:  # type: ignore[no-untyped-def]
    plan = create_plan(workspace, board_id=boards(workspace)[0].id, title="Business plan", financial_year="2024-25")
    [action] = add_actions(workspace, [{"plan_id": plan, "number": "1", "want": "Audit", "progress": "Started"}])
    model = ActionTableModel(workspace, QUndoStack())
    model.set_plan(plan)
    yield model, action


def _reads_of_actions(model: ActionTableModel) -> list[str]:
    """The reads of the actions table outside a write transaction."""
    reads: list[str] = []

    def seen(conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        if (not conn.get_execution_options().get("write") and statement.lstrip().upper().startswith("SELECT")
                and "FROM actions" in statement):
            reads.append(statement)

    event.listen(model.workspace.engine, "before_cursor_execute", seen)
    return reads


def test_a_typed_cell_is_not_read_around_its_write_and_undo_puts_back_what_it_replaced(grid) -> None:
    model, action = grid
    ws = model.workspace
    reads = _reads_of_actions(model)
    assert model.setData(model.index(0, COL_PROGRESS), "Half done")
    # No read of its own: the old value came from the write's transaction, and
    # the row on screen takes the values written.
    assert reads == []
    assert model.index(0, COL_PROGRESS).data() == "Half done"
    assert action_rows(ws, [action])[action].progress == "Half done"
    with ws.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.field == "progress").order_by(AuditEntry.id.desc())).first()
        history = s.scalars(select(ActionUpdate).where(ActionUpdate.action_id == action)).all()
    assert entry is not None and (entry.old_value, entry.new_value) == ('"Started"', '"Half done"')
    assert [(h.old_value, h.new_value) for h in history] == [("Started", "Half done")]
    stack = model.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert action_rows(ws, [action])[action].progress == "Started"
    assert model.index(0, COL_PROGRESS).data() == "Started"
    stack.redo()
    assert action_rows(ws, [action])[action].progress == "Half done"


def test_typing_what_the_cell_holds_writes_nothing_and_adds_no_step(grid) -> None:
    model, action = grid
    with model.workspace.session() as s:
        entries = len(s.scalars(select(AuditEntry.id)).all())
    assert not model.setData(model.index(0, COL_PROGRESS), "Started")
    assert model.undo_stack.count() == 0
    with model.workspace.session() as s:
        assert len(s.scalars(select(AuditEntry.id)).all()) == entries
