"""The "What is due" lines and the case reviews, read from a workspace built
through the store's own operations."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from safeguard_desktop.core.review_clocks import ClockTone
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.ops import case_reviews as reviews
from safeguard_desktop.store.ops import meetings, org, plans
from safeguard_desktop.store.queries.case_reviews import list_reviews
from safeguard_desktop.store.queries.due import what_is_due
from safeguard_desktop.store.queries.overview import boards, list_plans
from safeguard_desktop.store.queries.settings import board_nation

TODAY = date(2026, 11, 23)  # a Monday in Q3 2026-27


def _texts(overview, key: str) -> list[str]:
    return [line.text for line in overview.section(key).lines]


def test_actions_overdue_and_due_soon(workspace) -> None:
    board = boards(workspace)[0].id
    plan = plans.create_plan(workspace, board_id=board, title="Business plan 2026-27", financial_year="2026-27")
    old = plans.create_plan(workspace, board_id=board, title="Old plan", status="archived")
    plans.add_actions(workspace, [
        {"plan_id": plan, "number": "1.1", "want": "Late one", "target_date": TODAY - timedelta(days=3)},
        {"plan_id": plan, "number": "1.2", "want": "Soon one", "when_date": TODAY + timedelta(days=14),
         "last_updated": TODAY},
        {"plan_id": plan, "number": "1.3", "want": "Far one", "target_date": TODAY + timedelta(days=15)},
        {"plan_id": plan, "number": "1.4", "want": "Done by RAG", "target_date": TODAY - timedelta(days=3),
         "rag": "blue"},
        {"plan_id": plan, "number": "1.5", "want": "Completed", "target_date": TODAY - timedelta(days=3),
         "status": "completed"},
        {"plan_id": old, "number": "9", "want": "Archived plan", "target_date": TODAY - timedelta(days=3)},
    ])
    due = what_is_due(workspace, TODAY)
    assert _texts(due, "overdue") == ["Late one"]
    line = due.section("overdue").lines[0]
    assert (line.words, line.tone, line.where, line.home_id) == ("Overdue by 3 days", ClockTone.OVERDUE,
                                                                 "Business plan 2026-27 1.1", plan)
    assert _texts(due, "due_soon") == ["Soon one"]
    assert due.section("due_soon").lines[0].words == "Due in 14 days"
    # Not updated since 1 October: every open row but the one updated today.
    assert _texts(due, "stale") == ["Late one", "Far one"]


def test_sections_are_counted_in_full_but_read_only_to_the_limit(workspace) -> None:
    plan = plans.create_plan(workspace, board_id=boards(workspace)[0].id, title="Big plan")
    plans.add_actions(workspace, [{"plan_id": plan, "want": f"Row {n}", "target_date": TODAY - timedelta(days=n)}
                                  for n in range(1, 31)])
    due = what_is_due(workspace, TODAY, limit=5)
    section = due.section("overdue")
    assert section.count == 30 and len(section.lines) == 5
    assert section.lines[0].text == "Row 30"  # longest overdue first
    assert due.count == 30 + 30  # overdue, and not updated this quarter


def test_meetings_without_minutes_unagreed_minutes_and_vacant_seats(workspace) -> None:
    board = boards(workspace)[0].id
    group = org.create_group(workspace, board_id=board, name="Practice Review Group")
    bare = meetings.schedule_meeting(workspace, group_id=group, on=TODAY - timedelta(days=20))
    minuted = meetings.schedule_meeting(workspace, group_id=group, on=TODAY - timedelta(days=6))
    meetings.schedule_meeting(workspace, group_id=group, on=TODAY + timedelta(days=30))  # not held yet
    cancelled = meetings.schedule_meeting(workspace, group_id=group, on=TODAY - timedelta(days=9))
    meetings.set_meeting_status(workspace, cancelled, "cancelled")
    item = meetings.add_agenda_item(workspace, meeting_id=minuted, title="Rapid review: Child D")
    meetings.write_minute(workspace, agenda_item_id=item, field="decision", text="Agreed to notify the panel.")
    filled = org.create_seat(workspace, group_id=group, title="Chief constable or nominated deputy")
    empty = org.create_seat(workspace, group_id=group, title="Director of Public Health or nominated deputy")
    person = org.create_person(workspace, name="Sky Surrogate")
    org.appoint(workspace, seat_id=filled, person_id=person, from_date=TODAY - timedelta(days=100))

    due = what_is_due(workspace, TODAY)
    no_minutes = due.section("no_minutes").lines
    assert [line.record_id for line in no_minutes] == [bare]
    assert no_minutes[0].words == "Held 20 days ago" and no_minutes[0].tone is ClockTone.OVERDUE
    assert [line.record_id for line in due.section("unagreed").lines] == [minuted]
    vacant = due.section("vacant").lines
    assert [(line.record_id, line.home_id, line.where) for line in vacant] == [(empty, group, "Practice Review Group")]


def test_review_clocks_on_the_due_page_and_the_review_list(workspace) -> None:
    board = boards(workspace)[0].id
    late = reviews.create_review(workspace, board_id=board, kind="rapid_review", reference="RR 2026/02",
                                 incident_on=date(2026, 11, 2), notified_on=date(2026, 11, 5))
    soon = reviews.create_review(workspace, board_id=board, kind="cspr", reference="CSPR 2026/01",
                                 incident_on=date(2026, 11, 18))
    reviews.create_review(workspace, board_id=board, kind="sar", reference="SAR 2026/01",
                          decision_on=date(2026, 8, 1))  # report due 1 February: far off
    reviews.create_review(workspace, board_id=board, kind="dhr", reference="DHR 2025/01", status="closed",
                          decision_on=date(2025, 1, 6))

    due = what_is_due(workspace, TODAY).section("reviews").lines
    # RR: notified 5 Nov, rapid review due 15 working days later, 26 Nov.
    assert [(line.record_id, line.text, line.words) for line in due] == [
        (soon, "Notification due 25/11/2026", "Due in 2 working days"),
        (late, "Rapid review due 26/11/2026", "Due in 3 working days"),
    ]
    listed = {r.reference: r for r in list_reviews(workspace, TODAY + timedelta(days=4))}
    assert listed["RR 2026/02"].next_clock.state.words == "Overdue by 1 working day"
    assert listed["RR 2026/02"].confidential  # confidential unless said otherwise
    assert listed["DHR 2025/01"].next_clock is None
    assert listed["DHR 2025/01"].clocks[0].state.words == "Not run: the review is closed"
    assert list_reviews(workspace, TODAY, public=True) == []


def test_the_nation_setting_moves_the_clocks(workspace) -> None:
    board = boards(workspace)[0].id
    reviews.create_review(workspace, board_id=board, kind="rapid_review", reference="RR 2025/07",
                          incident_on=date(2025, 11, 25))
    assert board_nation(workspace) == "england"
    assert list_reviews(workspace, TODAY)[0].clocks[0].due == date(2025, 12, 2)
    reviews.set_board_nation(workspace, "Scotland")
    assert board_nation(workspace) == "scotland"
    assert list_reviews(workspace, TODAY)[0].clocks[0].due == date(2025, 12, 3)  # St Andrew's substitute
    with pytest.raises(ValueError):
        reviews.set_board_nation(workspace, "Narnia")


def test_review_edits_are_checked_and_audited_and_the_action_plan_is_made_once(workspace) -> None:
    board = boards(workspace)[0].id
    review = reviews.create_review(workspace, board_id=board, kind="dhr", reference="DHR 2026/01")
    with pytest.raises(UserError):
        reviews.set_review_fields(workspace, review, {"kind": "inquest"})
    with pytest.raises(UserError):
        reviews.set_review_fields(workspace, review, {"reference": "  "})
    changes = reviews.set_review_fields(workspace, review, {"title": "Adult B", "decision_on": date(2026, 6, 1)})
    assert {c.field for c in changes} == {"title", "decision_on"}
    plan = reviews.create_action_plan(workspace, review, today=TODAY)
    made = next(p for p in list_plans(workspace) if p.id == plan)
    assert (made.kind, made.title, made.financial_year) == ("review_action_plan", "DHR 2026/01: action plan",
                                                            "2026-27")
    assert list_reviews(workspace, TODAY)[0].action_plan_id == plan
    with pytest.raises(UserError):
        reviews.create_action_plan(workspace, review)
