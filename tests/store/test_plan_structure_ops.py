"""A plan's structure edited through store operations: each step one audited
transaction whose changes, reverted, give back exactly the plan before it,
and, replayed, exactly the plan after it."""

from __future__ import annotations

import sqlite3

import pytest
from plan_structure_helpers import audit_rows_since, last_audit_id, outline, snapshot

from safeguard_desktop.errors import UserError
from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.ops import plan_structure as ops
from safeguard_desktop.store.ops.plans import create_plan
from safeguard_desktop.store.queries.overview import boards


def _plan(ws, kind="business_plan") -> int:
    return create_plan(ws, board_id=boards(ws)[0].id, title="Plan 2024-25", kind=kind, financial_year="2024-25")


def _business_plan(ws) -> tuple[int, dict[str, int]]:
    """Priority 1 (outcomes 1.1 with two actions, 1.2 with one), priority 2."""
    plan = _plan(ws)
    ids: dict[str, int] = {}
    ids["p1"], _ = ops.insert_entry(ws, plan, title="Children are safe")
    ids["o11"], _ = ops.insert_entry(ws, plan, parent_id=ids["p1"], title="Schools know the signs")
    ids["o12"], _ = ops.insert_entry(ws, plan, parent_id=ids["p1"], title="Front door works")
    ids["p2"], _ = ops.insert_entry(ws, plan, title="Adults are safe")
    ids["a1"], _ = ops.insert_row(ws, plan, entry_id=ids["o11"], want="Train staff")
    ids["a2"], _ = ops.insert_row(ws, plan, entry_id=ids["o11"], want="Audit training")
    ids["a3"], _ = ops.insert_row(ws, plan, entry_id=ids["o12"], want="Review MASH")
    return plan, ids


# _business_plan's first priority, as outline() reads it.
FIRST_PRIORITY = (
    "priority 1 Children are safe",
    "  outcome 1.1 Schools know the signs",
    "    row 1.1.1 Train staff",
    "    row 1.1.2 Audit training",
    "  outcome 1.2 Front door works",
    "    row 1.2.1 Review MASH",
)


def _round_trip(ws, plan: int, step) -> list:
    """Run a step: one audit row for each change it reports; its revert gives
    the snapshot before, its replay the one after."""
    before, mark = snapshot(ws, plan), last_audit_id(ws)
    changes = step()
    assert [(a.table_name, a.record_uuid, a.field) for a in audit_rows_since(ws, mark)] == \
        [(c.table, c.record_uuid, c.field) for c in changes]
    after = snapshot(ws, plan)
    assert after != before
    ops.revert(ws, changes, "undo")
    assert snapshot(ws, plan) == before
    ops.replay(ws, changes, "redo")
    assert snapshot(ws, plan) == after
    return changes


def test_new_entries_take_the_level_their_parent_gives_and_numbers_that_follow_the_outline(workspace):
    plan, _ = _business_plan(workspace)
    assert outline(workspace, plan) == [*FIRST_PRIORITY, "priority 2 Adults are safe"]


def test_an_entry_put_between_two_numbered_siblings_gets_a_lettered_number_not_a_twin(workspace):
    plan, ids = _business_plan(workspace)
    new_id, _ = ops.insert_entry(workspace, plan, after_id=ids["o11"], title="Between")
    assert outline(workspace, plan)[4] == "  outcome 1.1a Between"
    assert new_id != ids["o12"]


def test_rename_sets_title_number_and_reference_and_audits_each(workspace):
    plan, ids = _business_plan(workspace)
    mark = last_audit_id(workspace)
    changes = _round_trip(workspace, plan, lambda: ops.rename_entry(
        workspace, ids["p1"], title="Children are safe at home", number="2a", reference="para 258"))
    assert {(c.field, c.new) for c in changes} == {("title", "Children are safe at home"), ("number", "2a"),
                                                   ("reference", "para 258")}
    first = audit_rows_since(workspace, mark)[:3]
    assert [(a.operation, a.table_name, a.field) for a in first] == [
        ("update", "plan_entries", "title"), ("update", "plan_entries", "number"),
        ("update", "plan_entries", "reference")]
    assert all(a.actor == "Test User" for a in first)
    assert [a.context for a in audit_rows_since(workspace, mark)[3:]] == ["undo"] * 3 + ["redo"] * 3


def test_moving_a_priority_down_takes_its_outcomes_and_their_actions_along(workspace):
    plan, ids = _business_plan(workspace)
    changes = _round_trip(workspace, plan, lambda: ops.move_entry(workspace, ids["p1"], 1))
    # Only the priority passed over is given a new place: the block that moved keeps its positions.
    assert [(c.table, c.record_id, c.field) for c in changes] == [("plan_entries", ids["p2"], "position")]
    assert outline(workspace, plan) == ["priority 2 Adults are safe", *FIRST_PRIORITY]
    assert ops.move_entry(workspace, ids["p1"], 1) == []  # already last: nothing written


def test_indent_makes_a_priority_an_outcome_of_the_one_above_and_outdent_takes_it_back(workspace):
    plan, ids = _business_plan(workspace)
    changes = _round_trip(workspace, plan, lambda: ops.indent_entry(workspace, ids["p2"]))
    assert ("kind", "priority", "outcome") in {(c.field, c.old, c.new) for c in changes}
    assert outline(workspace, plan)[-1] == "  outcome 2 Adults are safe"
    _round_trip(workspace, plan, lambda: ops.outdent_entry(workspace, ids["o11"]))
    assert outline(workspace, plan) == [
        "priority 1 Children are safe",
        "  outcome 1.2 Front door works",
        "    row 1.2.1 Review MASH",
        "  outcome 2 Adults are safe",
        "priority 1.1 Schools know the signs",
        "  row 1.1.1 Train staff",
        "  row 1.1.2 Audit training",
    ]


def test_what_the_shape_cannot_hold_is_refused_with_a_reason_and_nothing_written(workspace):
    plan, ids = _business_plan(workspace)
    before, mark = snapshot(workspace, plan), last_audit_id(workspace)
    with pytest.raises(UserError, match="nothing above it"):
        ops.indent_entry(workspace, ids["p1"])
    with pytest.raises(UserError, match="cannot go there"):
        ops.indent_entry(workspace, ids["o12"])  # an outcome under an outcome
    with pytest.raises(UserError, match="top level"):
        ops.outdent_entry(workspace, ids["p2"])
    with pytest.raises(UserError, match="do not nest"):
        ops.indent_row(workspace, ids["a2"])  # a business plan's actions do not nest
    assert snapshot(workspace, plan) == before and last_audit_id(workspace) == mark


def test_delete_takes_the_sub_entries_and_their_rows_and_revert_brings_back_exactly_those(workspace):
    plan, ids = _business_plan(workspace)
    ops.delete_row(workspace, ids["a3"])  # deleted before: must stay deleted after the undo below
    changes = _round_trip(workspace, plan, lambda: ops.delete_entry(workspace, ids["p1"]))
    assert outline(workspace, plan) == ["priority 2 Adults are safe"]
    stamps = {c.new for c in changes if c.field == "deleted_at"}
    assert len(stamps) == 1
    assert {c.record_id for c in changes if c.table == "actions"} == {ids["a1"], ids["a2"]}
    ops.revert(workspace, changes)
    assert "    row 1.2.1 Review MASH" not in outline(workspace, plan)


def test_a_three_level_work_plan_outline_with_nested_activities(workspace):
    plan = _plan(workspace, "work_plan")
    duty, _ = ops.insert_entry(workspace, plan, title="Coordinate what is done", reference="S.132 (2)")
    resp, _ = ops.insert_entry(workspace, plan, parent_id=duty, title="Set policies", reference="para 258")
    act, _ = ops.insert_row(workspace, plan, entry_id=resp, want="Review thresholds")
    second, _ = ops.insert_row(workspace, plan, after_id=act, want="Publish them")
    sub, _ = ops.insert_row(workspace, plan, parent_row_id=act, want="Ask partners")
    assert outline(workspace, plan) == [
        "duty 1 Coordinate what is done",
        "  responsibility 1.1 Set policies",
        "    row 1.1.1 Review thresholds",
        "      row 1.1.1.1 Ask partners",
        "    row 1.1.2 Publish them",
    ]
    _round_trip(workspace, plan, lambda: ops.indent_row(workspace, second))
    assert outline(workspace, plan)[-1] == "      row 1.1.2 Publish them"
    _round_trip(workspace, plan, lambda: ops.move_row(workspace, second, -1))
    assert outline(workspace, plan)[3:] == ["      row 1.1.2 Publish them", "      row 1.1.1.1 Ask partners"]
    _round_trip(workspace, plan, lambda: ops.outdent_row(workspace, sub))
    assert outline(workspace, plan)[2:] == ["    row 1.1.1 Review thresholds",
                                            "      row 1.1.2 Publish them",
                                            "    row 1.1.1.1 Ask partners"]
    changes = _round_trip(workspace, plan, lambda: ops.delete_row(workspace, act))
    assert {c.record_id for c in changes if c.field == "deleted_at"} == {act, second}
    with pytest.raises(UserError, match="nothing above it"):
        ops.indent_entry(workspace, resp)


def test_the_evidence_framework_stays_beside_the_outline(workspace):
    plan, ids = _business_plan(workspace)
    evidence, _ = ops.insert_entry(workspace, plan, kind="evidence", title="Audit findings", number="E1")
    second, _ = ops.insert_entry(workspace, plan, after_id=evidence, title="Survey of staff")
    assert outline(workspace, plan)[-2:] == ["evidence E1 Audit findings", "evidence E2 Survey of staff"]
    with pytest.raises(UserError, match="stay at their level"):
        ops.indent_entry(workspace, second)


def test_check_finds_a_row_nested_across_headings_and_an_entry_under_a_deleted_one(workspace):
    plan = _plan(workspace, "work_plan")
    duty, _ = ops.insert_entry(workspace, plan, title="Coordinate")
    first, _ = ops.insert_entry(workspace, plan, parent_id=duty, title="Policies")
    second, _ = ops.insert_entry(workspace, plan, parent_id=duty, title="Training")
    act, _ = ops.insert_row(workspace, plan, entry_id=first, want="Review")
    sub, _ = ops.insert_row(workspace, plan, parent_row_id=act, want="Ask")
    ops.delete_entry(workspace, second)
    path = workspace.path
    assert check_workspace(path) == []
    with sqlite3.connect(path) as db:  # behind the program's back
        db.execute("UPDATE actions SET entry_id = ? WHERE id = ?", (second, sub))
        db.execute("UPDATE plan_entries SET parent_id = ? WHERE id = ?", (second, first))
    assert {str(p) for p in check_workspace(path)} >= {
        f"actions: action {sub} is nested under a row of another plan or heading",
        f"plans: plan entry {first} is in the plan but hangs under a deleted entry"}
