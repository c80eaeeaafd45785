"""The statutory clocks of case reviews, and how each one stands today.

For children (Working Together): the board notifies the national panel
within 5 working days of learning of a serious incident, holds a rapid
review within a further 15 working days of the notification, and a local
child safeguarding practice review reports within about six months of the
decision to hold one. Adult reviews (safeguarding adults reviews, adult
practice reviews in Wales, domestic homicide reviews) have no national
notification or rapid review: only the report's six months from the
decision run.

A clock that was met keeps its date; one that is still running says how
many working days are left, or by how many it is overdue, in words and a
colour, so the secretariat sees it from across the room.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Final

from safeguard_desktop.core.quarters import add_months
from safeguard_desktop.core.rag import RAG_COLOURS
from safeguard_desktop.core.working_days import ENGLAND, add_working_days, working_days_between

REVIEW_KINDS: Final[dict[str, str]] = {
    "rapid_review": "Rapid review",
    "cspr": "Child safeguarding practice review",
    "adult_practice_review": "Adult practice review",
    "sar": "Safeguarding adults review",
    "dhr": "Domestic homicide review",
    "other": "Other review",
}
# The kinds that run the national panel's notification and rapid review.
CHILD_KINDS: Final = frozenset({"rapid_review", "cspr"})

NOTIFY_WORKING_DAYS: Final = 5
RAPID_REVIEW_WORKING_DAYS: Final = 15
REPORT_MONTHS: Final = 6
# A clock this close to running out is shown as due soon: two working weeks,
# the same horizon the "What is due" page uses for actions.
SOON_WORKING_DAYS: Final = 10

NOTIFICATION, RAPID_REVIEW, REPORT = "Notification", "Rapid review", "Review report"


def review_kind_label(kind: str) -> str:
    return REVIEW_KINDS.get(kind, kind.replace("_", " ").capitalize())


class ClockTone(Enum):
    """How a clock stands, and the colour the window and papers give it."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    RUNNING = "running"
    MET = "met"
    MET_LATE = "met_late"
    WAITING = "waiting"

    @property
    def colour(self) -> str:
        return _TONE_COLOURS[self]


_TONE_COLOURS: Final[dict[ClockTone, str]] = {
    ClockTone.OVERDUE: RAG_COLOURS["red"],
    ClockTone.DUE_SOON: RAG_COLOURS["amber"],
    ClockTone.RUNNING: "#FFFFFF",
    ClockTone.MET: RAG_COLOURS["green"],
    ClockTone.MET_LATE: "#C5E0B4",
    ClockTone.WAITING: RAG_COLOURS["none"],
}


@dataclass(frozen=True)
class ReviewDates:
    """What a review's record says happened, and when."""

    kind: str
    known_on: dt.date | None = None  # the board learned of the incident
    notified_on: dt.date | None = None
    rapid_review_on: dt.date | None = None
    decided_on: dt.date | None = None  # decision to hold a local review
    completed_on: dt.date | None = None  # report completed


@dataclass(frozen=True)
class Clock:
    name: str
    due: dt.date | None  # None until the clock starts
    met_on: dt.date | None
    waits_for: str  # what starts it, said when it has not started


@dataclass(frozen=True)
class ClockState:
    words: str
    tone: ClockTone
    working_days_left: int | None  # negative when overdue; None when met or waiting

    @property
    def colour(self) -> str:
        return self.tone.colour


def review_clocks(review: ReviewDates, nation: str = ENGLAND,
                  closures: Collection[dt.date] = ()) -> tuple[Clock, ...]:
    """The clocks that apply to ``review``, in the order they run. The
    rapid review runs from the day notification was actually made when it
    was, else from the day it was due; the six months are calendar months
    (31 August -> 28/29 February)."""
    report = Clock(REPORT, add_months(review.decided_on, REPORT_MONTHS) if review.decided_on else None,
                   review.completed_on, "a review is decided")
    if review.kind not in CHILD_KINDS:
        return (report,)
    if review.known_on is None:
        notify = Clock(NOTIFICATION, None, review.notified_on, "the incident is known")
        rapid = Clock(RAPID_REVIEW, None, review.rapid_review_on, "notification")
        return (notify, rapid, report)
    notification_due = add_working_days(review.known_on, NOTIFY_WORKING_DAYS, nation, closures)
    rapid_from = review.notified_on or notification_due
    return (
        Clock(NOTIFICATION, notification_due, review.notified_on, "the incident is known"),
        Clock(RAPID_REVIEW, add_working_days(rapid_from, RAPID_REVIEW_WORKING_DAYS, nation, closures),
              review.rapid_review_on, "notification"),
        report,
    )


def _days(n: int) -> str:
    return f"{n} working day{'' if n == 1 else 's'}"


def clock_state(clock: Clock, today: dt.date, nation: str = ENGLAND,
                closures: Collection[dt.date] = (), *, closed: bool = False) -> ClockState:
    """``clock`` as it stands on ``today``, in words and a tone. A clock of
    a ``closed`` review that was never met stopped with it: not overdue."""
    if clock.met_on is not None:
        words = f"Met on {clock.met_on:%d/%m/%Y}"
        late = working_days_between(clock.due, clock.met_on, nation, closures) if clock.due else 0
        if late > 0:
            return ClockState(f"{words}, {_days(late)} late", ClockTone.MET_LATE, None)
        return ClockState(words, ClockTone.MET, None)
    if closed:
        return ClockState("Not run: the review is closed", ClockTone.WAITING, None)
    if clock.due is None:
        return ClockState(f"Starts when {clock.waits_for}", ClockTone.WAITING, None)
    left = working_days_between(today, clock.due, nation, closures)
    if clock.due < today:
        # A due date on a weekend passes without a working day between.
        return ClockState(f"Overdue by {_days(max(-left, 1))}", ClockTone.OVERDUE, min(left, -1))
    if clock.due == today:
        return ClockState("Due today", ClockTone.DUE_SOON, 0)
    tone = ClockTone.DUE_SOON if left <= SOON_WORKING_DAYS else ClockTone.RUNNING
    return ClockState(f"Due in {_days(left)}", tone, left)


def next_clock(clocks: Sequence[Clock]) -> Clock | None:
    """The first clock not yet met: the one the secretariat is working to."""
    return next((c for c in clocks if c.met_on is None), None)
