from __future__ import annotations

from datetime import date

import pytest

from safeguard_desktop.core.attendance import (
    AttendanceRecord,
    AttendanceRule,
    AttendanceTally,
    analyse_attendance,
    describe_rule,
    persistent_non_attendance,
    seats_with_persistent_non_attendance,
)
from safeguard_desktop.core.quarters import Quarter

BOARD = "Regional Safeguarding Children Board"
QA = "Quality Assurance sub-group"
POLICE = "Chief constable or nominated deputy"
DCS = "Director of Children's Services or nominated deputy"
HEALTH = "Designated nurse"


def record(
    meeting: int, day: date, seat: str, agency: str | None, status: str, group: str = BOARD, cancelled: bool = False
) -> AttendanceRecord:
    return AttendanceRecord(meeting, day, cancelled, group, agency, seat, status)


# One quarter of a board's register (Q1 2024-25) and one meeting outside it.
APRIL, MAY, JUNE, JULY = date(2024, 4, 10), date(2024, 5, 15), date(2024, 6, 19), date(2024, 7, 17)
REGISTER = [
    record(1, APRIL, POLICE, "Police", "present"),
    record(1, APRIL, DCS, "Council", "deputy"),
    record(1, APRIL, HEALTH, "Health", "apologies"),
    record(1, APRIL, "Head of safeguarding (presenting item 4)", "Council", "in_attendance"),
    record(2, MAY, POLICE, "Police", "apologies", cancelled=True),
    record(2, MAY, DCS, "Council", "present", cancelled=True),
    record(2, MAY, HEALTH, "Health", "present", cancelled=True),
    record(3, JUNE, POLICE, "Police", "absent"),
    record(3, JUNE, DCS, "Council", "present"),
    record(3, JUNE, HEALTH, "Health", "unmarked"),
    record(4, JUNE, "Chair of QA", "Council", "present", group=QA),
    record(4, JUNE, "Health lead", "Health", "deputy", group=QA),
    record(5, JULY, POLICE, "Police", "present"),
]
Q1 = Quarter.parse("2024-25-Q1")


def test_the_quarter_by_group_with_deputies_counted() -> None:
    analysis = analyse_attendance(REGISTER, start=Q1.start, end=Q1.end)
    board = analysis.by_group[BOARD]
    assert board == AttendanceTally(expected=6, in_person=2, by_deputy=1, apologies=1, absent=1, unmarked=1, attended=3)
    assert board.rate == pytest.approx(0.5)
    assert analysis.by_group[QA].rate == pytest.approx(1.0)
    assert analysis.total.expected == 8
    assert analysis.total.attended == 5


def test_only_in_person_when_the_rule_says_so() -> None:
    rule = AttendanceRule(deputy_counts_as_attended=False)
    analysis = analyse_attendance(REGISTER, rule, start=Q1.start, end=Q1.end)
    assert analysis.by_group[BOARD].attended == 2
    assert analysis.by_group[BOARD].by_deputy == 1
    assert analysis.by_group[BOARD].rate == pytest.approx(2 / 6)
    assert analysis.by_group[QA].rate == pytest.approx(0.5)
    assert analysis.rule_text.startswith("Only attendance in person counts")


def test_by_agency_and_by_seat() -> None:
    analysis = analyse_attendance(REGISTER, start=Q1.start, end=Q1.end)
    police = analysis.by_agency["Police"]
    assert (police.expected, police.attended, police.absent, police.apologies) == (2, 1, 1, 0)
    health = analysis.by_agency["Health"]
    assert (health.expected, health.attended, health.apologies, health.unmarked, health.by_deputy) == (3, 1, 1, 1, 1)
    assert analysis.by_group_and_agency[(BOARD, "Health")].attended == 0
    assert analysis.by_seat[(BOARD, DCS)].rate == pytest.approx(1.0)
    assert analysis.by_seat[(QA, "Chair of QA")].expected == 1


def test_cancelled_meetings_and_people_in_attendance_are_not_counted() -> None:
    analysis = analyse_attendance(REGISTER)
    assert analysis.total.expected == 9  # 13 lines less 3 cancelled less 1 in attendance
    assert (BOARD, "Head of safeguarding (presenting item 4)") not in analysis.by_seat


def test_a_group_that_did_not_meet_has_no_rate_rather_than_zero() -> None:
    cancelled_only = [record(2, MAY, POLICE, "Police", "apologies", cancelled=True)]
    analysis = analyse_attendance(cancelled_only)
    assert analysis.by_group == {}
    assert analysis.total.rate is None
    assert AttendanceTally(0, 0, 0, 0, 0, 0, 0).rate is None


def test_an_unknown_status_is_a_bug_not_a_silent_zero() -> None:
    with pytest.raises(ValueError, match="late"):
        analyse_attendance([record(1, APRIL, POLICE, "Police", "late")])


def test_the_rule_is_described_in_words() -> None:
    assert describe_rule(AttendanceRule()) == (
        "A nominated deputy counts as attended. Cancelled meetings are not counted. "
        "Seats not yet marked are expected but not attended."
    )
    assert describe_rule(AttendanceRule(deputy_counts_as_attended=False)).startswith(
        "Only attendance in person counts; a nominated deputy does not. Cancelled meetings are not counted."
    )


@pytest.mark.parametrize(
    ("statuses", "persistent"),
    [
        (["apologies", "absent", "apologies"], True),
        (["present", "apologies", "absent", "unmarked"], True),
        (["apologies", "absent", "deputy", "apologies", "absent"], False),
        (["apologies", "present", "apologies", "absent"], False),
        (["absent", "absent"], False),
        ([], False),
    ],
)
def test_persistent_non_attendance(statuses: list[str], persistent: bool) -> None:
    assert persistent_non_attendance(statuses) is persistent


def test_persistent_non_attendance_with_a_longer_run() -> None:
    assert not persistent_non_attendance(["absent"] * 3, run=4)
    assert persistent_non_attendance(["absent"] * 4, run=4)


def test_seats_to_escalate_are_found_in_date_order_without_cancelled_meetings() -> None:
    register = [
        record(3, date(2024, 9, 1), POLICE, "Police", "absent"),
        record(1, date(2024, 5, 1), POLICE, "Police", "apologies"),
        record(2, date(2024, 7, 1), POLICE, "Police", "present", cancelled=True),
        record(4, date(2024, 11, 1), POLICE, "Police", "apologies"),
        record(1, date(2024, 5, 1), DCS, "Council", "apologies"),
        record(3, date(2024, 9, 1), DCS, "Council", "deputy"),
        record(4, date(2024, 11, 1), DCS, "Council", "absent"),
    ]
    assert seats_with_persistent_non_attendance(register) == [(BOARD, POLICE)]


def test_a_seat_in_attendance_is_on_no_rate():
    import datetime as dt

    from safeguard_desktop.core.attendance import AttendanceRecord, analyse_attendance

    day = dt.date(2024, 5, 14)
    records = [AttendanceRecord(1, day, False, "Board", "Council", "Director", "present"),
               AttendanceRecord(1, day, False, "Board", "Council", "Business manager", "absent", member=False)]
    analysis = analyse_attendance(records)
    assert (analysis.total.expected, analysis.total.rate) == (1, 1.0)
    assert ("Board", "Business manager") not in analysis.by_seat
