"""The Plans page's list: the live plans in their order with the plan each
continues, read from the plans alone (no action is counted for a list that
shows none)."""

from __future__ import annotations

from sqlalchemy import event

from safeguard_desktop.store.models import Plan
from safeguard_desktop.store.ops.plan_copies import start_next_year
from safeguard_desktop.store.ops.plans import create_plan
from safeguard_desktop.store.ops.records import delete_records
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.queries.plan_outline import ListedPlan, listed_plans
from safeguard_desktop.views.pages.plans_page import in_succession


def test_plans_are_listed_with_the_plan_each_continues_and_no_action_is_read(workspace):
    board = boards(workspace)[0].id
    old = create_plan(workspace, board_id=board, title="Business Plan 2024-25", kind="business_plan",
                      financial_year="2024-25")
    work = create_plan(workspace, board_id=board, title="Work plan 2025-26", kind="work_plan",
                       financial_year="2025-26")
    gone = create_plan(workspace, board_id=board, title="Draft", kind="business_plan", financial_year="2026-27")
    delete_records(workspace, Plan, [gone])
    new = start_next_year(workspace, old).plan_id
    statements: list[str] = []
    engine = workspace.engine
    listen = lambda _c, _cur, sql, *_a: statements.append(sql)  # noqa: E731
    event.listen(engine, "before_cursor_execute", listen)
    try:
        listed = listed_plans(workspace)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert [(p.title, p.kind, p.financial_year, p.previous_id) for p in listed] == [
        ("Business Plan 2025-26", "business_plan", "2025-26", old),
        ("Work plan 2025-26", "work_plan", "2025-26", None),
        ("Business Plan 2024-25", "business_plan", "2024-25", None),
    ]
    assert all(isinstance(p, ListedPlan) for p in listed) and [p.id for p in listed] == [new, work, old]
    [read] = [sql for sql in statements if sql.startswith("SELECT")]
    assert "actions" not in read
    # A plan's years are listed together, newest first.
    assert [p.id for p in in_succession(listed)] == [new, old, work]
