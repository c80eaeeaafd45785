"""The quarterly attendance analysis, on plain records.

Boards must show "appropriate and regular attendance". The analysis counts,
per group, per agency and per seat, the meetings a seat was expected at and
how each was met. The rule for what counts as attended is explicit and
printed with the figures (``describe_rule``), because two boards reading
the same register differently is the usual cause of disputed rates.

One record is one seat at one meeting: the store gives a register line per
seat that existed on the meeting's date, so "expected" needs no membership
history here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final, TypeVar

PRESENT: Final = "present"
DEPUTY: Final = "deputy"
APOLOGIES: Final = "apologies"
ABSENT: Final = "absent"
IN_ATTENDANCE: Final = "in_attendance"
UNMARKED: Final = "unmarked"

STATUSES: Final[tuple[str, ...]] = (PRESENT, DEPUTY, APOLOGIES, ABSENT, IN_ATTENDANCE, UNMARKED)

# A seat is "filled" when someone sat in it for the member's agency.
FILLING_STATUSES: Final = frozenset({PRESENT, DEPUTY})


@dataclass(frozen=True)
class AttendanceRule:
    """How attendance is counted. Most boards accept a nominated deputy
    ("Chief constable or nominated deputy"); some report only in person."""

    deputy_counts_as_attended: bool = True


def describe_rule(rule: AttendanceRule = AttendanceRule()) -> str:
    """The sentence printed under the figures, saying how they were made."""
    deputy = (
        "A nominated deputy counts as attended."
        if rule.deputy_counts_as_attended
        else "Only attendance in person counts; a nominated deputy does not."
    )
    return f"{deputy} Cancelled meetings are not counted. Seats not yet marked are expected but not attended."


@dataclass(frozen=True)
class AttendanceRecord:
    """One seat at one meeting, as the store hands it over."""

    meeting_id: Hashable
    meeting_date: dt.date
    meeting_cancelled: bool
    group: str
    agency: str | None
    seat: str
    status: str
    # False for a seat "in attendance, not a member" (the secretariat, an
    # adviser): on the register, never in the rates.
    member: bool = True


@dataclass(frozen=True)
class AttendanceTally:
    """The figures for one group, agency or seat. ``rate`` is attended over
    expected, 0 to 1, or None when nothing was expected (a group that did
    not meet has no rate, which is not the same as a rate of 0)."""

    expected: int
    in_person: int
    by_deputy: int
    apologies: int
    absent: int
    unmarked: int
    attended: int

    @property
    def rate(self) -> float | None:
        return self.attended / self.expected if self.expected else None


@dataclass(frozen=True)
class AttendanceAnalysis:
    """Tallies keyed by group name, agency name (None for seats with no
    agency), (group, agency), and (group, seat); plus the period's total."""

    rule: AttendanceRule
    by_group: dict[str, AttendanceTally]
    by_agency: dict[str | None, AttendanceTally]
    by_group_and_agency: dict[tuple[str, str | None], AttendanceTally]
    by_seat: dict[tuple[str, str], AttendanceTally]
    total: AttendanceTally

    @property
    def rule_text(self) -> str:
        return describe_rule(self.rule)


def _tally(records: Sequence[AttendanceRecord], rule: AttendanceRule) -> AttendanceTally:
    counts = Counter(record.status for record in records)
    by_deputy = counts[DEPUTY]
    return AttendanceTally(
        expected=len(records),
        in_person=counts[PRESENT],
        by_deputy=by_deputy,
        apologies=counts[APOLOGIES],
        absent=counts[ABSENT],
        unmarked=counts[UNMARKED],
        attended=counts[PRESENT] + (by_deputy if rule.deputy_counts_as_attended else 0),
    )


def _counted(records: Iterable[AttendanceRecord], start: dt.date | None, end: dt.date | None) -> list[AttendanceRecord]:
    """The records that are seat expectations within the period: officers
    "in attendance" (a guest, or a seat that is not a member's) are not
    expected, and a cancelled meeting counts for nobody."""
    kept: list[AttendanceRecord] = []
    for record in records:
        if record.meeting_cancelled or record.status == IN_ATTENDANCE or not record.member:
            continue
        if record.status not in STATUSES:
            raise ValueError(f"unknown attendance status {record.status!r}")
        if (start is not None and record.meeting_date < start) or (end is not None and record.meeting_date > end):
            continue
        kept.append(record)
    return kept


K = TypeVar("K", bound=Hashable)


def _grouped(
    records: Sequence[AttendanceRecord], key: Callable[[AttendanceRecord], K], rule: AttendanceRule
) -> dict[K, AttendanceTally]:
    groups: dict[K, list[AttendanceRecord]] = defaultdict(list)
    for record in records:
        groups[key(record)].append(record)
    return {name: _tally(members, rule) for name, members in groups.items()}


def analyse_attendance(
    records: Iterable[AttendanceRecord],
    rule: AttendanceRule = AttendanceRule(),
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> AttendanceAnalysis:
    """Tally the register, optionally for meetings from ``start`` to ``end``
    inclusive (a quarter's ``start`` and ``end``)."""
    counted = _counted(records, start, end)
    return AttendanceAnalysis(
        rule=rule,
        by_group=_grouped(counted, lambda r: r.group, rule),
        by_agency=_grouped(counted, lambda r: r.agency, rule),
        by_group_and_agency=_grouped(counted, lambda r: (r.group, r.agency), rule),
        by_seat=_grouped(counted, lambda r: (r.group, r.seat), rule),
        total=_tally(counted, rule),
    )


_NOT_FILLED: Final = frozenset({APOLOGIES, ABSENT, UNMARKED})


def persistent_non_attendance(statuses: Iterable[str], run: int = 3) -> bool:
    """Whether ``run`` meetings in a row went without the seat filled.

    ``statuses`` are one seat's, in date order, cancelled meetings left out.
    Apologies count against the seat as absence does: escalation is about
    the agency's voice missing from the table, not about courtesy. A deputy
    fills the seat and breaks the run.
    """
    streak = 0
    for status in statuses:
        if status in _NOT_FILLED:
            streak += 1
            if streak >= run:
                return True
        elif status in FILLING_STATUSES:
            streak = 0
    return False


def seats_with_persistent_non_attendance(records: Iterable[AttendanceRecord], run: int = 3) -> list[tuple[str, str]]:
    """The (group, seat) pairs to escalate, in group then seat order."""
    by_seat: dict[tuple[str, str], list[AttendanceRecord]] = defaultdict(list)
    for record in _counted(records, None, None):
        by_seat[(record.group, record.seat)].append(record)
    return sorted(
        seat
        for seat, seat_records in by_seat.items()
        if persistent_non_attendance((r.status for r in sorted(seat_records, key=lambda r: r.meeting_date)), run)
    )
