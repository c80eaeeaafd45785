"""Search everything finds actions through their full-text index (as the
grid does), not by folding the text of every action: a rare word among a
decade's 20,000 actions is found at once. The words still fold accents and
must all be there."""

from __future__ import annotations

from sqlalchemy import event

from safeguard_desktop.store.models import Action, Plan
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.queries.search import search_everything


def test_actions_are_found_through_the_search_index(workspace):
    with workspace.transaction("test") as tx:
        plan = tx.insert(Plan, board_id=boards(workspace)[0].id, title="Plan", kind="business_plan").id
        tx.insert_many(Action, [{"plan_id": plan, "position": float(n), "number": str(n),
                                 "want": "Ansawdd dŵr yfed" if n == 7 else f"Row {n}"} for n in range(50)])
    statements: list[str] = []
    event.listen(workspace.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: statements.append(statement))
    hits = search_everything(workspace, "DWR yfed")
    assert [(h.kind, h.title) for h in hits] == [("Action", "7 Ansawdd dŵr yfed")]
    action_queries = [s for s in statements if "FROM actions" in s]
    assert action_queries and "actions_fts MATCH" in action_queries[0]
    assert search_everything(workspace, "dwr zzzznotthere") == []
