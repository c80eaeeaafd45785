""""Next meeting" as a due date: minute-takers write it for an action that is
to come back to the group, and it means the group's next scheduled meeting."""

from __future__ import annotations

import datetime as dt
import re

from safeguard_desktop.core.timescales import format_date

NEXT_MEETING = "next meeting"
_WORDS = re.compile(r"^\s*(?:(?:by|at|for|before|to)\s+)?(?:the\s+)?next\s+(?:meeting|mtg)\.?\s*$", re.IGNORECASE)


def means_next_meeting(text: str | None) -> bool:
    """"next meeting", "by the next meeting", "Next mtg"."""
    return bool(text and _WORDS.match(text))


def describe_due(target: dt.date | None, when_text: str | None) -> str:
    """How a due date is shown: "next meeting (12 Mar 2025)" when that is
    what was meant, else the date."""
    if target is None:
        return when_text or ""
    if when_text == NEXT_MEETING:
        return f"{NEXT_MEETING} ({target.day} {target:%b %Y})"
    return format_date(target)


def suggested_due(meeting_day: dt.date, today: dt.date) -> dt.date:
    """An example due date worth offering: the end of the month three months
    after the meeting or today, whichever is later; never in the past."""
    start = max(meeting_day, today)
    month = start.month + 3
    year, month = start.year + (month - 1) // 12, (month - 1) % 12 + 1
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)
