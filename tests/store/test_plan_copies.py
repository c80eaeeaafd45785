"""New plans from a shape or another plan's structure, and next year's plan
carried forward with its open rows linked to last year's."""

from __future__ import annotations

import pytest
from plan_structure_helpers import outline, snapshot

from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import Action, ActionUpdate, Plan, PlanEntry
from safeguard_desktop.store.ops import plan_structure as structure
from safeguard_desktop.store.ops.plan_copies import (
    create_plan_from,
    next_year_title,
    restore_next_year,
    start_next_year,
    withdraw_next_year,
)
from safeguard_desktop.store.ops.plans import set_action_field
from safeguard_desktop.store.queries.action_log import action_history
from safeguard_desktop.store.queries.overview import boards, list_plans
from safeguard_desktop.store.queries.plan_outline import carried_from, listed_plans, plan_outline


def _values(ws, kind="business_plan", year="2024-25") -> dict:
    return {"board_id": boards(ws)[0].id, "kind": kind, "title": f"Business Plan {year}", "financial_year": year}


def _year_with_rows(ws) -> tuple[int, list[int]]:
    plan, first = create_plan_from(ws, _values(ws))
    structure.rename_entry(ws, first, title="Children are safe")
    outcome, _ = structure.insert_entry(ws, plan, parent_id=first, title="Schools know the signs")
    rows = [structure.insert_row(ws, plan, entry_id=outcome, want=w)[0] for w in ("Train", "Audit", "Survey")]
    set_action_field(ws, rows[0], "status", "completed")
    set_action_field(ws, rows[1], "progress", "Half the schools trained")
    set_action_field(ws, rows[1], "rag", "amber")
    return plan, rows


def test_a_plan_from_a_shape_starts_with_its_top_level_entry_ready_to_rename(workspace):
    plan, first = create_plan_from(workspace, _values(workspace, "work_plan"))
    assert outline(workspace, plan) == ["duty 1"]
    assert [n.id for n in plan_outline(workspace, plan)] == [first]


def test_a_plan_copying_a_work_plan_takes_its_entries_and_activities_but_not_how_they_went(workspace):
    source, _ = create_plan_from(workspace, _values(workspace, "work_plan", "2023-24"))
    duty = plan_outline(workspace, source)[0].id
    resp, _ = structure.insert_entry(workspace, source, parent_id=duty, title="Set policies", reference="para 258")
    act, _ = structure.insert_row(workspace, source, entry_id=resp, want="Review thresholds")
    structure.insert_row(workspace, source, parent_row_id=act, want="Ask partners")
    set_action_field(workspace, act, "lead", "Business manager")
    copy, first = create_plan_from(workspace, _values(workspace, "work_plan"), copy_from=source)
    assert outline(workspace, copy) == outline(workspace, source)
    assert first is None  # nothing new to name
    with workspace.session() as s:
        assert "para 258" in {e.reference for e in s.query(PlanEntry).filter(PlanEntry.plan_id == copy)}
        copied = s.query(Action).filter(Action.plan_id == copy).all()
    assert {(a.lead, a.carried_from_id) for a in copied} == {(None, None)}


def test_next_year_carries_the_open_rows_linked_to_last_years_and_undo_restores_exactly(workspace):
    plan, rows = _year_with_rows(workspace)
    before = snapshot(workspace, plan)
    step = start_next_year(workspace, plan)
    with workspace.session() as s:
        new = s.get(Plan, step.plan_id)
        assert (new.title, new.financial_year, new.previous_plan_id) == ("Business Plan 2025-26", "2025-26", plan)
        carried = s.query(Action).filter(Action.plan_id == step.plan_id).order_by(Action.position).all()
        assert [(a.want, a.carried_from_id, a.status, a.progress, a.rag) for a in carried] == [
            ("Audit", rows[1], "open", "Half the schools trained", "amber"), ("Survey", rows[2], "open", None, None)]
        assert [s.get(Action, r).status for r in rows] == ["completed", "carried_forward", "carried_forward"]
        entries = s.query(PlanEntry).filter(PlanEntry.plan_id == step.plan_id).all()
        assert all(e.carried_from_id is not None for e in entries)
    assert outline(workspace, step.plan_id)[:2] == ["priority 1 Children are safe",
                                                    "  outcome 1.1 Schools know the signs"]
    assert action_history(workspace, rows[1])[0].new_value == "carried_forward"
    link = carried_from(workspace, carried[0].id)
    assert (link.action_id, link.financial_year, link.progress) == (rows[1], "2024-25", "Half the schools trained")
    assert {p.id: p.previous_id for p in listed_plans(workspace) if p.previous_id} == {step.plan_id: plan}
    with pytest.raises(UserError, match="started already"):
        start_next_year(workspace, plan)

    stamp = withdraw_next_year(workspace, step, "undo")
    assert [p.id for p in list_plans(workspace)] == [plan]
    assert snapshot(workspace, plan) == before
    with workspace.session() as s:
        assert [s.get(Action, r).status for r in rows] == ["completed", "open", "open"]
        notes = [u.note for u in s.query(ActionUpdate).filter(ActionUpdate.action_id == rows[2])]
    assert notes == [None, "undone"]
    restore_next_year(workspace, step, stamp, "redo")
    assert {p.id for p in list_plans(workspace)} == {plan, step.plan_id}
    assert outline(workspace, step.plan_id)[-2:] == ["    row 1.1.2 Audit", "    row 1.1.3 Survey"]


def test_a_plan_without_a_financial_year_cannot_be_followed(workspace):
    plan, _ = create_plan_from(workspace, {**_values(workspace), "financial_year": None})
    with pytest.raises(UserError, match="no financial year"):
        start_next_year(workspace, plan)


def test_next_year_keeps_open_activities_nested_and_a_copy_leaves_answers_behind(workspace):
    plan, _ = create_plan_from(workspace, _values(workspace, "work_plan"))
    duty = plan_outline(workspace, plan)[0].id
    resp, _ = structure.insert_entry(workspace, plan, parent_id=duty, title="Set policies")
    parent, _ = structure.insert_row(workspace, plan, entry_id=resp, want="Review thresholds")
    done, _ = structure.insert_row(workspace, plan, parent_row_id=parent, want="Ask partners")
    still, _ = structure.insert_row(workspace, plan, parent_row_id=parent, want="Publish")
    set_action_field(workspace, done, "status", "completed")
    step = start_next_year(workspace, plan)
    assert outline(workspace, step.plan_id) == [
        "duty 1", "  responsibility 1.1 Set policies", "    row 1.1.1 Review thresholds", "      row 1.1.1.2 Publish"]
    assert [row for row, _ in step.carried] == [parent, still]

    with workspace.transaction() as tx:
        tx.update(tx.get(PlanEntry, resp), "score", 4)
    copy, _ = create_plan_from(workspace, _values(workspace, "work_plan", "2026-27"), copy_from=plan)
    with workspace.session() as s:
        assert {e.score for e in s.query(PlanEntry).filter(PlanEntry.plan_id == copy)} == {None}


@pytest.mark.parametrize("title, expected", [
    ("Business Plan 2024-25", "Business Plan 2025-26"),
    ("Business Plan 2024/25 (agreed)", "Business Plan 2025-26 (agreed)"),
    ("Cynllun Busnes 2024 – 2025", "Cynllun Busnes 2025-26"),
    ("Review of 2023-24 and plan", "Review of 2023-24 and plan 2025-26"),
    ("Business Plan", "Business Plan 2025-26"),
])
def test_next_years_title_names_next_year_however_this_one_was_written(title, expected):
    assert next_year_title(title, "2024-25", "2025-26") == expected
