"""The action log gathers meeting and plan actions, filters in SQL, and a
review at a meeting records the update against that meeting."""

from __future__ import annotations

from datetime import date

from safeguard_desktop.store.ops import meeting_actions as acts
from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.ops import records
from safeguard_desktop.store.models import Action, Plan
from safeguard_desktop.store.queries.action_log import (
    ActionLogFilter,
    action_history,
    action_log_ids,
    action_log_rows,
    actions_for_review,
)
from safeguard_desktop.store.queries.overview import boards

TODAY = date(2024, 8, 1)


def _log(workspace, **kwargs):
    flt = ActionLogFilter(today=TODAY, **kwargs)
    ids = action_log_ids(workspace, flt)
    rows = action_log_rows(workspace, ids, today=TODAY)
    return [rows[i] for i in ids]


def test_log_filters_and_reviews(workspace, setup):
    item = setup.items[3]
    police, health = setup.agencies["police"], setup.agencies["health"]
    late = acts.add_action_arising(workspace, agenda_item_id=item, want="Share the audit findings",
                                   owner_person_id=setup.people[1], target_date=date(2024, 6, 30))
    later = acts.add_action_arising(workspace, agenda_item_id=item, want="Refresh the escalation policy",
                                    owner_agency_id=health, target_date=date(2024, 12, 31))
    plan = records.create_record(workspace, Plan, board_id=boards(workspace)[0].id, title="Business plan 2024-25",
                                 group_id=setup.group_id)
    plan_action = records.create_record(workspace, Action, plan_id=plan, number="1.3a", want="Multi-agency audit",
                                        lead="QA chair", when_date=date(2024, 5, 1), status="completed")

    everything = _log(workspace)
    assert {r.id for r in everything} == {late, later, plan_action}
    assert [r.id for r in everything] == [plan_action, late, later]  # soonest due first
    by_id = {r.id: r for r in everything}
    assert by_id[late].source == "Quality Assurance Sub-group, 14 May 2024, item 4"
    assert by_id[late].owner == "Member 02 (Constabulary)" and by_id[late].overdue
    assert by_id[plan_action].source == "Business plan 2024-25, 1.3a" and not by_id[plan_action].overdue

    assert [r.id for r in _log(workspace, open_only=True)] == [late, later]
    assert [r.id for r in _log(workspace, overdue_only=True)] == [late]
    assert [r.id for r in _log(workspace, agency_id=police)] == [late]
    assert [r.id for r in _log(workspace, agency_id=health)] == [later]
    assert [r.id for r in _log(workspace, owner_person_id=setup.people[1])] == [late]
    assert [r.id for r in _log(workspace, source="plans")] == [plan_action]
    assert [r.id for r in _log(workspace, source="meetings", group_id=setup.group_id)] == [late, later]
    assert [r.id for r in _log(workspace, text="escalation")] == [later]

    # Reviewed at the next meeting: matters arising lists the open ones, the
    # update is recorded against that meeting and stays listed there.
    next_meeting = ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 7, 16))
    assert actions_for_review(workspace, next_meeting) == [late, later]
    acts.review_action(workspace, late, meeting_id=next_meeting, status="completed", progress="Findings shared")
    assert actions_for_review(workspace, next_meeting) == [late, later]
    assert [r.id for r in _log(workspace, overdue_only=True)] == []
    row = action_log_rows(workspace, [late], today=TODAY)[late]
    assert row.status == "completed"
    assert row.last_update == "Progress: Findings shared (Quality Assurance Sub-group, 16 Jul 2024)"
    history = action_history(workspace, late)
    assert {(h.kind, h.new_value, h.meeting) for h in history} == {
        ("status", "completed", "Quality Assurance Sub-group, 16 Jul 2024"),
        ("progress", "Findings shared", "Quality Assurance Sub-group, 16 Jul 2024")}
    with workspace.session() as s:
        assert s.get(Action, late).completed_on == date(2024, 7, 16)


def test_a_carried_forward_action_is_still_open(workspace, setup):
    """Carried forward means not done yet: it stays in matters arising, the
    Open and Overdue filters and an open-only action log."""
    from safeguard_desktop.store.queries.documents import action_log

    carried = acts.add_action_arising(workspace, agenda_item_id=setup.items[3], want="Audit the referrals",
                                      target_date=date(2024, 6, 30))
    done = acts.add_action_arising(workspace, agenda_item_id=setup.items[3], want="Book the venue",
                                   target_date=date(2024, 6, 30))
    acts.review_action(workspace, done, status="completed")
    next_meeting = ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 7, 16))
    acts.review_action(workspace, carried, meeting_id=next_meeting, status="carried_forward")
    following = ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 9, 10))

    assert actions_for_review(workspace, following) == [carried]
    assert [r.id for r in _log(workspace, open_only=True)] == [carried]
    assert [r.id for r in _log(workspace, overdue_only=True)] == [carried]
    assert action_log_rows(workspace, [carried], today=TODAY)[carried].overdue
    assert [r.id for r in action_log(workspace, public=False, open_only=True).rows] == [carried]
