""""What is due" reads the open actions through their own partial index
(revision 0008), so a decade of mostly completed actions costs it nothing;
the lines are still exactly the open, live, not-Blue actions in due order."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlalchemy.dialects import sqlite

from safeguard_desktop.core.statuses import OPEN_STATUSES
from safeguard_desktop.store.models import Action, Plan
from safeguard_desktop.store.queries import due
from safeguard_desktop.store.queries.overview import boards

TODAY = date(2026, 12, 2)


def _plan_with_actions(workspace) -> dict[str, int]:
    board = boards(workspace)[0].id
    rows = {
        "open late": {"status": "open", "target_date": TODAY - timedelta(days=3)},
        "carried late": {"status": "carried_forward", "when_date": TODAY - timedelta(days=9)},
        "completed late": {"status": "completed", "target_date": TODAY - timedelta(days=5)},
        "blue late": {"status": "open", "rag": "blue", "target_date": TODAY - timedelta(days=4)},
        "deleted late": {"status": "open", "target_date": TODAY - timedelta(days=2), "deleted_at": "2026-11-30"},
        "open soon": {"status": "open", "target_date": TODAY + timedelta(days=5)},
    }
    with workspace.transaction("test") as tx:
        plan = tx.insert(Plan, board_id=board, title="Plan", kind="business_plan").id
        ids = tx.insert_many(Action, [{"plan_id": plan, "position": float(n), "want": want, "status": "open",
                                       "rag": None, "target_date": None, "when_date": None, "deleted_at": None,
                                       **values} for n, (want, values) in enumerate(rows.items())])
    return dict(zip(rows, ids))


def test_overdue_and_due_soon_are_the_open_live_actions_in_due_order(workspace):
    ids = _plan_with_actions(workspace)
    overview = due.what_is_due(workspace, TODAY)
    assert [line.record_id for line in overview.section("overdue").lines] == [ids["carried late"], ids["open late"]]
    assert overview.section("overdue").count == 2
    assert [line.record_id for line in overview.section("due_soon").lines] == [ids["open soon"]]


def test_the_sections_read_the_partial_index_of_open_actions(workspace):
    _plan_with_actions(workspace)
    query = due._open_actions().where(due._due() < TODAY).order_by(due._due(), Action.id).limit(200)
    sql = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with workspace.session() as s:
        plan = [row[3] for row in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
    assert any("USING INDEX ix_actions_open_due" in step for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), "read in due order, not sorted"


def test_the_index_condition_names_the_open_statuses():
    written = re.search(r"status \|\| '' IN \(([^)]*)\)", due.OPEN_ACTIONS_SQL).group(1)
    assert tuple(v.strip(" '") for v in written.split(",")) == OPEN_STATUSES
