"""A plan's rows laid out under their headings: the order the grid shows,
read straight from a workspace (no window)."""

from __future__ import annotations

from safeguard_desktop.store.ops.plans import add_actions, add_entry, create_plan
from safeguard_desktop.store.queries.actions import ActionFilter, SortSpec, action_ids, plan_layout
from safeguard_desktop.store.queries.overview import boards


def _business_plan(ws):
    plan_id = create_plan(ws, board_id=boards(ws)[0].id, title="Business plan")
    priority = add_entry(ws, plan_id=plan_id, kind="priority", number="2a", title="Children are safe")
    outcome_1 = add_entry(ws, plan_id=plan_id, kind="outcome", number="2a.1", title="A relentless focus on outcomes",
                          parent_id=priority)
    evidence = add_entry(ws, plan_id=plan_id, kind="evidence", title="Evidence framework", parent_id=priority,
                         body="Quantitative data: the dashboard")
    outcome_2 = add_entry(ws, plan_id=plan_id, kind="outcome", number="2a.2", title="Reviews are timely",
                          parent_id=priority)
    empty = add_entry(ws, plan_id=plan_id, kind="outcome", number="2a.3", title="Nothing yet", parent_id=priority)
    ids = add_actions(ws, [
        {"plan_id": plan_id, "entry_id": outcome_2, "number": "2a.2", "want": "Rapid reviews", "rag": "red"},
        {"plan_id": plan_id, "entry_id": outcome_1, "number": "2a.1", "want": "Dashboard", "rag": "green"},
        {"plan_id": plan_id, "entry_id": None, "number": "9", "want": "Loose row", "rag": "green"},
        {"plan_id": plan_id, "entry_id": outcome_1, "number": "2a.1a", "want": "Audit", "rag": "red"},
    ])
    return plan_id, (priority, outcome_1, evidence, outcome_2, empty), ids


def test_rows_sit_under_their_outcome_after_the_evidence_framework(workspace):
    plan_id, (priority, outcome_1, evidence, outcome_2, empty), (rapid, dashboard, loose, audit) = \
        _business_plan(workspace)
    layout = plan_layout(workspace, plan_id)
    assert layout.slots == [-priority, -evidence, -outcome_1, dashboard, audit, -outcome_2, rapid, -empty, loose]
    assert layout.banners[outcome_1].line == "Outcome 2a.1: A relentless focus on outcomes"
    assert layout.banners[evidence].line == "Evidence framework: Quantitative data: the dashboard"
    assert layout.banners[priority].depth == 0 and layout.banners[outcome_2].depth == 1


def test_a_filtered_plan_keeps_only_the_headings_of_the_rows_shown(workspace):
    plan_id, (priority, outcome_1, _evidence, _outcome_2, _empty), (_rapid, dashboard, loose, _audit) = \
        _business_plan(workspace)
    layout = plan_layout(workspace, plan_id, ActionFilter(rags=frozenset({"green"})))
    assert layout.slots == [-priority, -outcome_1, dashboard, loose]


def test_a_plan_without_headings_is_its_ids_in_plan_order(workspace):
    plan_id = create_plan(workspace, board_id=boards(workspace)[0].id, title="Flat")
    ids = add_actions(workspace, [{"plan_id": plan_id, "want": f"Row {n}"} for n in range(3)])
    layout = plan_layout(workspace, plan_id)
    assert layout.slots == ids == action_ids(workspace, plan_id)
    assert action_ids(workspace, plan_id, SortSpec("want", descending=True)) == ids[::-1]


def test_nested_activities_go_deeper_and_footnotes_follow_them(workspace):
    plan_id = create_plan(workspace, board_id=boards(workspace)[0].id, title="Work plan", kind="work_plan")
    duty = add_entry(workspace, plan_id=plan_id, kind="duty", number="1", title="To provide support")
    responsibility = add_entry(workspace, plan_id=plan_id, kind="responsibility", number="2", parent_id=duty,
                               title="will engage with the chairs", reference="para 258")
    note = add_entry(workspace, plan_id=plan_id, kind="note", number="¹", title="In February 2021, research",
                     parent_id=responsibility)
    (top,) = add_actions(workspace, [{"plan_id": plan_id, "entry_id": responsibility, "number": "2",
                                      "want": "Two-way dialogue¹"}])
    (middle,) = add_actions(workspace, [{"plan_id": plan_id, "entry_id": responsibility, "number": "2.1",
                                         "want": "Identifying organisations", "parent_id": top}])
    (deepest,) = add_actions(workspace, [{"plan_id": plan_id, "entry_id": responsibility, "number": "2.1.1",
                                          "want": "Older Peoples Commissioner", "parent_id": middle}])
    layout = plan_layout(workspace, plan_id)
    assert layout.slots == [-duty, -responsibility, top, middle, deepest, -note]
    assert layout.depths == {middle: 1, deepest: 2}
    assert layout.banners[responsibility].line == "Specific responsibility 2: will engage with the chairs (para 258)"
    assert layout.banners[note].line == "¹ In February 2021, research"
