"""The attendance analysis from the store, checked against counts made by
hand for a five-seat group; and the command line prints the same table."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from meeting_builders import build_group

from safeguard_desktop.cli import main
from safeguard_desktop.core.attendance import AttendanceRule
from safeguard_desktop.core.quarters import FinancialYear, Quarter
from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.queries.attendance import attendance_analysis

MARKS = {  # meeting -> the five seats' marks
    "m5": ("present", "present", "present", "present", "absent"),  # 10 Mar 2024: Q4 of the year before
    "m1": ("present", "deputy", "apologies", "absent", "absent"),  # 14 May 2024
    "m2": ("present", "present", "deputy", "apologies", None),  # 20 Jun 2024: seat 5 never marked
    "m3": ("absent", "absent", "absent", "absent", "absent"),  # 27 Jun 2024, cancelled: counts for nobody
    "m4": ("present",) * 5,  # 16 Jul 2024: Q2
}


@pytest.fixture
def small(workspace):
    setup = build_group(workspace, seat_count=5, quorum=2)
    meetings = {
        "m1": setup.meeting_id,
        "m2": ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 6, 20), status="held"),
        "m3": ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 6, 27), status="cancelled"),
        "m4": ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 7, 16), status="held"),
        "m5": ops.schedule_meeting(workspace, group_id=setup.group_id, on=date(2024, 3, 10), status="held"),
    }
    for key, marks in MARKS.items():
        for seat, status in zip(setup.seats, marks):
            if status is not None:
                ops.mark_attendance(workspace, meeting_id=meetings[key], seat_id=seat, status=status,
                                    deputy_name="A Deputy" if status == "deputy" else None)
    return setup


def _counts(row):
    return (row.expected, row.in_person, row.by_deputy, row.apologies, row.absent, row.unmarked, row.attended)


def test_quarter_against_hand_counts(workspace, small):
    q1 = attendance_analysis(workspace, Quarter.parse("2024-25-Q1"))
    assert (q1.meetings, q1.cancelled) == (2, 1)
    [group] = q1.level("group")
    assert group.group == "Quality Assurance Sub-group"
    # 2 meetings x 5 seats; present 3, deputy 2, apologies 2, absent 2, unmarked 1; attended 3 + 2.
    assert _counts(group) == (10, 3, 2, 2, 2, 1, 5) and group.rate == 0.5
    seats = {row.seat: row for row in q1.level("seat")}
    assert [_counts(seats[f"Seat {n} ({s})"]) for n, s in enumerate(
        ("council", "police", "health", "probation", "voluntary"), 1)] == [
        (2, 2, 0, 0, 0, 0, 2), (2, 1, 1, 0, 0, 0, 2), (2, 0, 1, 1, 0, 0, 1),
        (2, 0, 0, 1, 1, 0, 0), (2, 0, 0, 0, 1, 1, 0)]
    assert seats["Seat 1 (council)"].holder == "Member 01"
    # Seat 5 missed 10 March (the quarter before), 14 May and 20 June: three in a row.
    assert [row.seat for row in q1.flagged] == ["Seat 5 (voluntary)"]
    agencies = {row.agency: row for row in q1.level("agency")}
    assert agencies["Voluntary Sector Forum"].persistent_non_attendance
    assert not agencies["Constabulary"].persistent_non_attendance
    assert group.persistent_non_attendance

    in_person = attendance_analysis(workspace, Quarter.parse("2024-25-Q1"),
                                    rule=AttendanceRule(deputy_counts_as_attended=False))
    assert in_person.level("group")[0].attended == 3
    assert "does not" in in_person.rule_text

    year = attendance_analysis(workspace, FinancialYear.parse("2024-25"), group="quality assurance sub-group")
    assert year.meetings == 3 and _counts(year.level("group")[0]) == (15, 8, 2, 2, 2, 1, 10)


def test_command_prints_the_same_table(workspace, small, capsys):
    assert main(["attendance", str(workspace.path), "--quarter", "2024-25-Q1", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["rule"].startswith("A nominated deputy counts")
    group = [r for r in document["rows"] if r["level"] == "group"][0]
    assert (group["expected"], group["attended"], group["rate"]) == (10, 5, 0.5)

    out = workspace.path.parent / "q1.csv"
    assert main(["attendance", str(workspace.path), "--quarter", "2024-25-Q1", "--deputy-counts", "no",
                 "--group", "Quality Assurance Sub-group", "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 1 + 5 + 5
    assert rows[0]["level"] == "group" and rows[0]["attended"] == "3"

    assert main(["attendance", str(workspace.path), "--quarter", "2024-25-Q1", "--group", "Nope"]) == 2
    assert "no group called" in capsys.readouterr().err


def test_a_seat_added_later_does_not_lower_an_earlier_quarter(workspace, small):
    """A seat set up in October, its member appointed from October, was not
    expected at the meetings of April to June; it is at November's."""
    from safeguard_desktop.store.ops import org

    seat = org.create_seat(workspace, group_id=small.group_id, title="Seat 6 (education)",
                           agency_id=small.agencies["council"])
    person = org.create_person(workspace, name="Member 06")
    org.appoint(workspace, seat_id=seat, person_id=person, from_date=date(2024, 10, 1))
    november = ops.schedule_meeting(workspace, group_id=small.group_id, on=date(2024, 11, 5), status="held")
    ops.mark_attendance(workspace, meeting_id=november, seat_id=small.seats[0], status="present")

    q1 = attendance_analysis(workspace, Quarter.parse("2024-25-Q1"))
    [group] = q1.level("group")
    assert _counts(group) == (10, 3, 2, 2, 2, 1, 5) and group.rate == 0.5
    assert "Seat 6 (education)" not in {row.seat for row in q1.level("seat")}

    q3 = attendance_analysis(workspace, Quarter.parse("2024-25-Q3"))
    assert _counts(q3.level("group")[0]) == (6, 1, 0, 0, 0, 5, 1)
    assert _counts(next(r for r in q3.level("seat") if r.seat == "Seat 6 (education)")) == (1, 0, 0, 0, 0, 1, 0)


def test_a_deleted_seat_keeps_its_recorded_marks(workspace, small):
    """Deleting a seat leaves the register as it was taken: its marks still
    count; a meeting after it went, where it has no line, does not expect it."""
    from safeguard_desktop.store.models import Seat
    from safeguard_desktop.store.ops import records

    records.delete_records(workspace, Seat, [small.seats[0]])
    # Seat 5 went on 1 June: marked absent on 14 May, never marked on 20 June.
    records.set_field(workspace, Seat, small.seats[4], "deleted_at", "2024-06-01T09:00:00+00:00")

    q1 = attendance_analysis(workspace, Quarter.parse("2024-25-Q1"))
    [group] = q1.level("group")
    assert _counts(group) == (9, 3, 2, 2, 2, 0, 5)
    seats = {row.seat: row for row in q1.level("seat")}
    assert _counts(seats["Seat 1 (council)"]) == (2, 2, 0, 0, 0, 0, 2)
    assert _counts(seats["Seat 5 (voluntary)"]) == (1, 0, 0, 0, 1, 0, 0)
