"""The Lead column suggests the plan's own leads and the workspace's people,
agencies and groups, read in one go after the grid's first rows."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from sqlalchemy import event

from safeguard_desktop.store.models import Person
from safeguard_desktop.store.ops import org
from safeguard_desktop.store.ops.plans import add_actions, create_plan
from safeguard_desktop.store.ops.records import delete_records
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.queries.plan_outline import lead_suggestions
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.pages.plans_page import PlansPage
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def _names(workspace) -> int:  # type: ignore[no-untyped-def]
    board = boards(workspace)[0].id
    org.create_group(workspace, board_id=board, name="Quality Assurance Sub-group")
    org.create_agency(workspace, name="Gwent Police")
    org.create_person(workspace, name="Siân Jones")
    gone = org.create_person(workspace, name="Left Long Ago")
    delete_records(workspace, Person, [gone])
    plan = create_plan(workspace, board_id=board, title="Business Plan 2024-25", financial_year="2024-25")
    add_actions(workspace, [{"plan_id": plan, "action": "Audit case files", "lead": "Head of Service"}])
    return plan


def test_the_names_are_read_in_one_select_without_the_deleted(workspace):
    _names(workspace)
    statements: list[str] = []
    listen = lambda _c, _cur, sql, *_a: statements.append(sql)  # noqa: E731
    event.listen(workspace.engine, "before_cursor_execute", listen)
    try:
        names = lead_suggestions(workspace)
    finally:
        event.remove(workspace.engine, "before_cursor_execute", listen)
    assert {"Quality Assurance Sub-group", "Gwent Police", "Siân Jones"} <= set(names)
    assert "Left Long Ago" not in names
    assert len([sql for sql in statements if sql.startswith("SELECT")]) == 1


def test_a_lead_cell_suggests_the_plans_leads_and_the_workspaces_names(qtbot, workspace):
    _names(workspace)
    page = PlansPage(AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda text: None))
    qtbot.addWidget(page)
    page.show()
    delegate = page.plan_view.grid.lead_delegate
    qtbot.waitUntil(lambda: bool(delegate.names))
    assert {"Head of Service", "Quality Assurance Sub-group", "Gwent Police", "Siân Jones"} <= set(delegate.names)
    assert "Left Long Ago" not in delegate.names
    assert delegate.names == sorted(delegate.names, key=str.casefold)
