"""The attendance analysis of the demo partnership, checked against counts
made by hand from its registers (Quality and Impact Group, 2024-25: ten
seats; meetings on 9 May, 11 July, 7 November, 16 January and 6 March held,
19 September cancelled).

Hand count from the registers (seat: marks that were not "present"):
  9 May:    CSP manager apologies, Probation apologies, analyst by deputy
  11 July:  Head of Safeguarding Adults by deputy
  16 Jan:   Head of Safeguarding Adults by deputy
  6 March:  DCI Public Protection by deputy
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from safeguard_desktop.core.attendance import AttendanceRecord, AttendanceRule, analyse_attendance
from safeguard_desktop.core.quarters import FinancialYear, Quarter
from safeguard_desktop.store.queries.attendance import attendance_analysis
from safeguard_desktop.store.workspace import open_workspace

QIG = "Quality and Impact Group"
SEATS = ("Chair", "Nurse", "DCI", "Adults", "CSP", "Education", "Probation", "VCS", "Analyst", "Support")
NOT_PRESENT = {
    date(2024, 5, 9): {"CSP": "apologies", "Probation": "apologies", "Analyst": "deputy"},
    date(2024, 7, 11): {"Adults": "deputy"},
    date(2024, 11, 7): {},
    date(2025, 1, 16): {"Adults": "deputy"},
    date(2025, 3, 6): {"DCI": "deputy"},
}


def _counts(tally):
    return (tally.expected, tally.in_person, tally.by_deputy, tally.apologies, tally.absent, tally.unmarked,
            tally.attended)


def test_core_counts_the_hand_copied_register():
    """No Qt, no SQL: the register above, typed out, through core."""
    records = [AttendanceRecord(day, day, False, QIG, None, seat, marks.get(seat, "present"))
               for day, marks in NOT_PRESENT.items() for seat in SEATS]
    records += [AttendanceRecord("cancelled", date(2024, 9, 19), True, QIG, None, seat, "absent") for seat in SEATS]
    year = analyse_attendance(records, AttendanceRule(), date(2024, 4, 1), date(2025, 3, 31))
    assert _counts(year.by_group[QIG]) == (50, 44, 4, 2, 0, 0, 48) and year.by_group[QIG].rate == 0.96
    strict = analyse_attendance(records, AttendanceRule(deputy_counts_as_attended=False), date(2024, 4, 1),
                                date(2025, 3, 31))
    assert strict.by_group[QIG].attended == 44 and strict.by_group[QIG].rate == 0.88
    q2 = analyse_attendance(records, AttendanceRule(), date(2024, 7, 1), date(2024, 9, 30))
    assert _counts(q2.by_group[QIG]) == (10, 9, 1, 0, 0, 0, 10)
    assert _counts(year.by_seat[(QIG, "Adults")]) == (5, 3, 2, 0, 0, 0, 5)


@pytest.fixture
def demo(demo_path):
    with open_workspace(demo_path, read_only=True, backup_on_open=False) as ws:
        yield ws


def test_store_query_matches_the_hand_count(demo):
    q1 = attendance_analysis(demo, Quarter.parse("2024-25-Q1"), group=QIG)
    assert (q1.meetings, q1.cancelled) == (1, 0)
    [group] = q1.level("group")
    assert _counts(group) == (10, 7, 1, 2, 0, 0, 8) and group.rate == 0.8
    council = next(row for row in q1.level("agency") if row.agency == "Wiltshire Council")
    assert _counts(council) == (4, 3, 1, 0, 0, 0, 4)  # chair, adults, analyst (deputy), support

    q2 = attendance_analysis(demo, Quarter.parse("2024-25-Q2"), group=QIG)
    assert (q2.meetings, q2.cancelled) == (1, 1)  # 19 September was cancelled: it counts for nobody
    assert _counts(q2.level("group")[0]) == (10, 9, 1, 0, 0, 0, 10)

    year = attendance_analysis(demo, FinancialYear.parse("2024-25"), group=QIG)
    assert _counts(year.level("group")[0]) == (50, 44, 4, 2, 0, 0, 48)
    adults = next(row for row in year.level("seat") if row.seat == "Head of Safeguarding Adults")
    assert _counts(adults) == (5, 3, 2, 0, 0, 0, 5)
    assert year.flagged == []
    strict = attendance_analysis(demo, FinancialYear.parse("2024-25"), group=QIG,
                                 rule=AttendanceRule(deputy_counts_as_attended=False))
    assert strict.level("group")[0].attended == 44 and strict.level("group")[0].rate == 0.88


def test_partnership_totals_match_a_count_straight_from_the_file(demo, demo_path):
    """Every group at once, against a count made with plain SQL."""
    year = attendance_analysis(demo, FinancialYear.parse("2024-25"))
    conn = sqlite3.connect(f"file:{demo_path}?mode=ro", uri=True)
    expected, present, deputy = conn.execute("""
        SELECT count(*), sum(a.status = 'present'), sum(a.status = 'deputy')
        FROM meetings m JOIN seats s ON s.group_id = m.group_id AND s.deleted_at IS NULL
        LEFT JOIN attendance a ON a.meeting_id = m.id AND a.seat_id = s.id
        WHERE m.status != 'cancelled' AND m.deleted_at IS NULL AND m.date BETWEEN '2024-04-01' AND '2025-03-31'
    """).fetchone()
    conn.close()
    groups = year.level("group")
    assert sum(g.expected for g in groups) == expected
    assert sum(g.in_person for g in groups) == present
    assert sum(g.by_deputy for g in groups) == deputy
    assert sum(a.expected for a in year.level("agency")) == expected
    assert sum(s.expected for s in year.level("seat")) == expected
