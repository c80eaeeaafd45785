"""Whether a meeting is quorate, and the line the minutes print about it.

A decision taken when the meeting was not quorate may have to be ratified
later, so the minute-taker needs to see the moment quorum is lost (someone
leaving early at item 6) and the minutes need to say it plainly.

A board's terms of reference state the quorum as a number of voting members
and often name agencies that must be present ("the police, health and the
local authority"). When no number is given, the default is a majority of the
voting seats (more than half), the usual rule in standing orders.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from safeguard_desktop.core.attendance import FILLING_STATUSES


@dataclass(frozen=True)
class QuorumRule:
    """``min_voting`` voting seats filled (None: more than half of them),
    with at least one filled seat from each of ``required_agencies``."""

    min_voting: int | None = None
    required_agencies: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class SeatState:
    """One seat at this moment of the meeting. ``filled`` means someone is
    in it now: present or a deputy, and not yet left."""

    voting: bool
    agency: str | None
    filled: bool
    # False for a seat "in attendance, not a member": never counted, and
    # it does not represent its agency for quorum.
    member: bool = True


def seat_is_filled(status: str, has_left: bool = False) -> bool:
    """Whether a register line fills its seat for quorum at this moment."""
    return status in FILLING_STATUSES and not has_left


@dataclass(frozen=True)
class QuorumResult:
    quorate: bool
    voting_present: int
    voting_total: int
    needed: int
    missing_agencies: tuple[str, ...]
    line: str


def majority_of(voting_total: int) -> int:
    """More than half: 5 of 9, 5 of 8. With no voting seats at all a
    meeting cannot be quorate, so one is still needed."""
    return voting_total // 2 + 1


def _join(names: Sequence[str]) -> str:
    """A list as a sentence says it: police; police and health; police,
    health and education."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _seats(count: int) -> str:
    return "voting seat" if count == 1 else "voting seats"


def evaluate_quorum(rule: QuorumRule, seats: Iterable[SeatState]) -> QuorumResult:
    """Count the voting seats filled and check the required agencies.

    An agency is represented by any filled seat of it, voting or not: terms
    of reference ask that the agency be at the table. Agency names match
    without regard to case; the rule's spelling is the one reported.
    """
    seats = [seat for seat in seats if seat.member]
    voting_total = sum(1 for seat in seats if seat.voting)
    voting_present = sum(1 for seat in seats if seat.voting and seat.filled)
    needed = rule.min_voting if rule.min_voting is not None else majority_of(voting_total)

    represented = {seat.agency.casefold() for seat in seats if seat.filled and seat.agency}
    required = sorted(rule.required_agencies, key=str.casefold)
    missing = tuple(name for name in required if name.casefold() not in represented)
    enough = voting_present >= needed
    quorate = enough and not missing

    count = f"{voting_present} of {voting_total} {_seats(voting_total)}"
    if quorate:
        line = f"Quorate: {count}"
        if required:
            line += f"; {_join(required)} present"
    else:
        line = f"Not quorate: {count}"
        if not enough:
            line += f" ({needed} needed)"
        if missing:
            line += f"; {_join(missing)} not represented"
    return QuorumResult(quorate, voting_present, voting_total, needed, missing, line)
