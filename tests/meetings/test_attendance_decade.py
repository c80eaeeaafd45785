"""The attendance analysis of a quarter or year reads the meetings of its
period and, for the run of missed meetings that may reach into it, only the
last two held before it: not a decade of registers."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_builders import build_group

from safeguard_desktop.core.quarters import Quarter
from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.queries import attendance


def test_a_quarter_reads_its_meetings_and_the_two_held_before_it(workspace, monkeypatch: pytest.MonkeyPatch):
    setup = build_group(workspace, seat_count=3, quorum=1)  # its meeting: 14 May 2024
    days = [date(2021, 5, 1), date(2022, 6, 1), date(2023, 9, 1), date(2024, 1, 10), date(2024, 3, 1),
            date(2024, 3, 20), date(2024, 6, 20)]
    ids = {day: ops.schedule_meeting(workspace, group_id=setup.group_id, on=day,
                                     status="cancelled" if day == date(2024, 3, 20) else "held") for day in days}
    ids[date(2024, 5, 14)] = setup.meeting_id
    for day, meeting in ids.items():
        for seat in setup.seats:
            ops.mark_attendance(workspace, meeting_id=meeting, seat_id=seat,
                                status="absent" if seat == setup.seats[-1] else "present")
    seen: list[list[date]] = []
    real = attendance.analyse_attendance

    def spy(records, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(sorted({r.meeting_date for r in records}))
        return real(records, *args, **kwargs)

    monkeypatch.setattr(attendance, "analyse_attendance", spy)
    q1 = attendance.attendance_analysis(workspace, Quarter.parse("2024-25-Q1"), today=date(2024, 7, 1))
    # The quarter's two meetings, and the two held before it (the cancelled one between does not count).
    assert seen == [[date(2024, 1, 10), date(2024, 3, 1), date(2024, 5, 14), date(2024, 6, 20)]]
    assert q1.meetings == 2
    assert [row.seat for row in q1.flagged] == [f"Seat 3 (health)"]
