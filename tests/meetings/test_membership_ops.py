"""Membership kept by the secretariat: corrections, retirements and merges
are each one audited transaction that undo takes back exactly, and none of
them changes a past register or the attendance figures already reported."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from safeguard_desktop.core.quarters import Quarter
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import Action, Agency, AuditEntry, Attendance, Person, QuorumAgency, Seat
from safeguard_desktop.store.ops import meetings as meeting_ops
from safeguard_desktop.store.ops import org
from safeguard_desktop.store.queries.attendance import attendance_analysis
from safeguard_desktop.store.queries.meetings import register
from safeguard_desktop.store.queries.org import agency_rows, group_seats, people_rows

Q1 = Quarter.parse("2024-25-Q1")


def _figures(ws, period=Q1):
    return [(r.level, r.agency, r.seat, r.expected, r.attended, r.rate)
            for r in attendance_analysis(ws, period, today=date(2025, 3, 31)).rows]


def _mark_all(ws, setup, meeting_id, status="present"):
    for seat in setup.seats:
        meeting_ops.mark_attendance(ws, meeting_id=meeting_id, seat_id=seat, status=status)


def test_correcting_a_misspelt_name_is_audited_and_undone(workspace, setup):
    person = setup.people[0]
    changes = org.correct(workspace, Person, person, {"name": "Member One", "email": "one@example.org"})
    with workspace.session() as s:
        assert s.get(Person, person).name == "Member One"
        audited = s.scalars(select(AuditEntry.field).where(AuditEntry.table_name == "people",
                                                           AuditEntry.operation == "update")).all()
    assert {"name", "email"} <= set(audited)
    org.revert(workspace, changes)
    with workspace.session() as s:
        assert (s.get(Person, person).name, s.get(Person, person).email) == ("Member 01", None)
    with pytest.raises(UserError, match="name"):
        org.correct(workspace, Person, person, {"name": "  "})


def _keeps_the_past(workspace, setup, retire):
    """Retire something after the meeting; its register and figures stand."""
    _mark_all(workspace, setup, setup.meeting_id)
    before_figures, before_register = _figures(workspace), register(workspace, setup.meeting_id)
    changes = retire()
    assert _figures(workspace) == before_figures
    assert register(workspace, setup.meeting_id) == before_register
    return changes


def test_retiring_a_seat_leaves_past_registers_and_figures_alone(workspace, setup):
    seat = setup.seats[3]
    changes = _keeps_the_past(workspace, setup, lambda: org.retire_seat(workspace, seat, date(2024, 6, 30)))
    # A meeting after the retirement no longer expects the seat.
    later = meeting_ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 9, 10))
    assert seat not in [line.seat_id for line in register(workspace, later)]
    q2 = _figures(workspace, Quarter.parse("2024-25-Q2"))
    assert not [row for row in q2 if row[2] == "Seat 4 (probation)"]
    assert next(s for s in group_seats(workspace, setup.group_id) if s.id == seat).retired_on == date(2024, 6, 30)
    org.revert(workspace, changes)
    assert seat in [line.seat_id for line in register(workspace, later)]


def test_retiring_a_person_ends_their_seats_and_keeps_the_register(workspace, setup):
    person = setup.people[1]
    changes = _keeps_the_past(workspace, setup, lambda: org.retire_person(workspace, person, date(2024, 7, 31)))
    detail = next(s for s in group_seats(workspace, setup.group_id) if s.id == setup.seats[1])
    assert detail.holders[0].to_date == date(2024, 7, 31)
    assert next(p for p in people_rows(workspace) if p.id == person).left_on == date(2024, 7, 31)
    org.revert(workspace, changes)
    detail = next(s for s in group_seats(workspace, setup.group_id) if s.id == setup.seats[1])
    assert detail.holders[0].to_date is None
    assert next(p for p in people_rows(workspace) if p.id == person).left_on is None


def test_retiring_an_agency_keeps_its_name_on_past_figures(workspace, setup):
    _keeps_the_past(workspace, setup, lambda: org.retire_agency(workspace, setup.agencies["probation"],
                                                                date(2024, 12, 31)))
    row = next(a for a in agency_rows(workspace) if a.id == setup.agencies["probation"])
    assert row.retired_on == date(2024, 12, 31)


def test_merging_two_people_moves_every_reference_and_undoes(workspace, setup):
    keep, gone = setup.people[0], org.create_person(workspace, name="Membr 01", email="m1@example.org")
    seat = org.create_seat(workspace, group_id=setup.group_id, title="Adviser", in_attendance=True)
    org.appoint(workspace, seat_id=seat, person_id=gone, from_date=date(2024, 1, 1))
    meeting_ops.mark_attendance(workspace, meeting_id=setup.meeting_id, seat_id=seat, status="present")
    with workspace.transaction() as tx:
        action = tx.insert(Action, meeting_id=setup.meeting_id, want="Send the audit", owner_person_id=gone).id
    changes = org.merge_people(workspace, keep=keep, gone=gone)
    with workspace.session() as s:
        assert s.get(Action, action).owner_person_id == keep
        assert s.scalar(select(Attendance.person_id).where(Attendance.seat_id == seat)) in (None, keep)
        assert s.get(Person, gone).deleted_at is not None
        assert s.get(Person, keep).email == "m1@example.org"  # a blank filled from the duplicate
        merged = s.scalars(select(AuditEntry.field).where(AuditEntry.operation == "event")).all()
    assert "merged into" in merged
    detail = next(s for s in group_seats(workspace, setup.group_id) if s.id == seat)
    assert detail.holders[0].person_id == keep
    assert gone not in [p.id for p in people_rows(workspace)]

    org.revert(workspace, changes)
    with workspace.session() as s:
        assert s.get(Action, action).owner_person_id == gone
        assert s.get(Person, gone).deleted_at is None
        assert s.get(Person, keep).email is None
    detail = next(s for s in group_seats(workspace, setup.group_id) if s.id == seat)
    assert detail.holders[0].person_id == gone
    with pytest.raises(UserError):
        org.merge_people(workspace, keep=keep, gone=keep)


def test_merging_agencies_moves_seats_people_and_quorum_rules(workspace, setup):
    police = setup.agencies["police"]
    duplicate = org.create_agency(workspace, name="Constabulary (Police)", sector="police")
    org.set_quorum_agencies(workspace, setup.group_id, [setup.agencies["council"], police, duplicate])
    seat = org.create_seat(workspace, group_id=setup.group_id, title="Detective Supt", agency_id=duplicate)
    person = org.create_person(workspace, name="DS Iwan Price", agency_id=duplicate)
    changes = org.merge_agencies(workspace, keep=police, gone=duplicate)
    with workspace.session() as s:
        assert s.get(Seat, seat).agency_id == police
        assert s.get(Person, person).agency_id == police
        assert s.get(Agency, duplicate).deleted_at is not None
        links = sorted(s.scalars(select(QuorumAgency.agency_id).where(QuorumAgency.group_id == setup.group_id)))
    assert links == sorted([setup.agencies["council"], police])
    org.revert(workspace, changes)
    with workspace.session() as s:
        assert s.get(Seat, seat).agency_id == duplicate
        links = sorted(s.scalars(select(QuorumAgency.agency_id).where(QuorumAgency.group_id == setup.group_id)))
    assert links == sorted([setup.agencies["council"], police, duplicate])


def test_seats_in_attendance_are_left_out_of_rates(workspace, setup):
    _mark_all(workspace, setup, setup.meeting_id)
    before = _figures(workspace)
    adviser = org.create_seat(workspace, group_id=setup.group_id, title="Legal adviser", in_attendance=True,
                              voting=False)
    meeting_ops.mark_attendance(workspace, meeting_id=setup.meeting_id, seat_id=adviser, status="absent")
    assert _figures(workspace) == before
    line = next(line for line in register(workspace, setup.meeting_id) if line.seat_id == adviser)
    assert line.in_attendance and line.status == "absent"


def test_quorum_rules_set_merged_and_undone_leave_a_workspace_that_checks_sound(workspace, setup):
    # The link rows are audited one by one, so the strict check on open
    # never takes a group's quorum rule for a row added behind its back.
    from safeguard_desktop.store.check import check_workspace

    police = setup.agencies["police"]
    duplicate = org.create_agency(workspace, name="Constabulary (Police)", sector="police")
    org.set_quorum_agencies(workspace, setup.group_id, [setup.agencies["council"], duplicate])
    changes = org.merge_agencies(workspace, keep=police, gone=duplicate)
    org.revert(workspace, changes)
    org.reapply(workspace, changes)
    workspace.close()
    assert check_workspace(workspace.path) == []
