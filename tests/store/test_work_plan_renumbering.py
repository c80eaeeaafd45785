"""A work plan's Renumber offer follows its outline: activities count within
their responsibility and nested ones under their parent's number; the
numbers the user typed stay until the offer is taken."""

from __future__ import annotations

from safeguard_desktop.core.numbering import outline_numbers
from safeguard_desktop.store.models import Action
from safeguard_desktop.store.ops.plans import add_actions, add_entry, create_plan, renumber_proposal
from safeguard_desktop.store.queries.overview import boards


def test_outline_numbers_count_within_the_group_and_under_the_parent():
    rows = [(1, None, "a"), (2, 1, "a"), (3, 1, "a"), (4, 3, "a"), (5, None, "a"), (6, None, "b"), (7, 99, "b")]
    assert outline_numbers(rows) == {1: "1", 2: "1.1", 3: "1.2", 4: "1.2.1", 5: "2", 6: "1", 7: "2"}


def test_a_work_plan_is_offered_numbers_that_follow_its_outline(workspace):
    plan_id = create_plan(workspace, board_id=boards(workspace)[0].id, title="Work plan", kind="work_plan")
    duty = add_entry(workspace, plan_id=plan_id, kind="duty", number="1", title="Support the boards")
    first, second = (add_entry(workspace, plan_id=plan_id, kind="responsibility", number=n, title=n, parent_id=duty)
                     for n in ("1", "2"))
    (a,) = add_actions(workspace, [{"plan_id": plan_id, "entry_id": first, "number": "1", "want": "Attend"}])
    (b,) = add_actions(workspace, [{"plan_id": plan_id, "entry_id": first, "number": "3", "want": "Develop"}])
    (c,) = add_actions(workspace, [{"plan_id": plan_id, "entry_id": first, "number": "3.1", "parent_id": b,
                                    "want": "Meet"}])
    (d,) = add_actions(workspace, [{"plan_id": plan_id, "entry_id": first, "number": None, "parent_id": c,
                                    "want": "Commissioner"}])
    (e,) = add_actions(workspace, [{"plan_id": plan_id, "entry_id": second, "number": "7", "want": "Bi-monthly"}])
    assert renumber_proposal(workspace, plan_id) == [(b, "3", "2"), (c, "3.1", "2.1"), (d, None, "2.1.1"),
                                                     (e, "7", "1")]
    with workspace.session() as s:  # an offer only: the typed numbers are kept
        assert [s.get(Action, i).number for i in (a, b, c, d, e)] == ["1", "3", "3.1", None, "7"]
