"""The words in a timescale that are not dates: placeholders ("insert",
"TBC", "???"), "ongoing", and how often recurring work happens.

Kept apart from timescales.py so the vocabulary can grow (boards invent new
ways to say "twice a year") without touching the date reading. Every
function takes text already lower-cased and whitespace-collapsed by
``timescales._normalise``.
"""

from __future__ import annotations

import re
from typing import Final

# Template text left in a plan ("insert", "[date]"), explicit "to be
# confirmed", or only punctuation ("???", "-"): the cell is waiting for a date.
_PLACEHOLDER_WORDS: Final = re.compile(
    r"^(?:date\s+)?(?:insert\b.*|tbc|tba|tbd|to be (?:confirmed|agreed|decided|determined|arranged|set)"
    r"|x+|date|dates?\s+to\s+follow|to follow|n\s*a|not applicable|pending|not known|unknown)"
    r"(?:\s+date)?$"
)


def is_placeholder(normal: str) -> bool:
    """Whether the text is a stand-in for a date not yet decided."""
    if not any(ch.isalnum() for ch in normal):
        return True
    # Full stops go without a trace so "T.B.C." reads as "tbc".
    words = " ".join(re.sub(r"[^\w\s]", " ", normal.replace(".", "")).split())
    return bool(_PLACEHOLDER_WORDS.match(words))


_ONGOING: Final = re.compile(
    r"\bon[\s-]?going\b|\bcontinuous(?:ly)?\b|\bcontinual(?:ly)?\b|\bthroughout the year\b|\bbusiness as usual\b"
)


def mentions_ongoing(normal: str) -> bool:
    """Whether the text says the work carries on ("June 2014 Ongoing")."""
    return bool(_ONGOING.search(normal))


# Checked in order: the longer phrases first, so "bi annually" is not read as
# "annually" nor "6 monthly" as "monthly". "Bi-monthly" is every two months,
# the sense boards use it in ("the group meets bi-monthly").
_RECURRENCES: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(pattern), label)
    for pattern, label in (
        (
            r"\bbi[\s-]?annual(?:ly)?\b|\bsemi[\s-]?annual(?:ly)?\b|\btwice\s+(?:a|per|each|every)\s+year\b"
            r"|\btwice[\s-]+yearly\b|\bhalf[\s-]+yearly\b|\b(?:six|6)[\s-]*monthly\b|\bevery\s+(?:six|6)\s+months\b",
            "twice a year",
        ),
        (r"\bbi[\s-]?ennial(?:ly)?\b|\bevery\s+(?:two|2)\s+years\b", "every two years"),
        (r"\bbi[\s-]?monthly\b|\bevery\s+(?:two|2)\s+months\b|\b(?:two|2)[\s-]*monthly\b", "every two months"),
        (
            r"\bquarterly\b|\bevery\s+(?:quarter|three\s+months|3\s+months)\b|\b(?:three|3)[\s-]*monthly\b",
            "quarterly",
        ),
        (r"\bmonthly\b|\b(?:every|each)\s+month\b", "monthly"),
        (r"\bfortnightly\b|\bevery\s+(?:two|2)\s+weeks\b", "fortnightly"),
        (r"\bweekly\b|\b(?:every|each)\s+week\b", "weekly"),
        (r"\bdaily\b|\b(?:every|each)\s+day\b", "daily"),
        (r"\btermly\b|\b(?:every|each)\s+term\b", "every term"),
        # Bare "annual" only on its own: "annual report by March 2015" is a
        # deadline for one report, not recurring work.
        (r"\bannually\b|^annual$|\byearly\b|\b(?:every|each)\s+year\b|\bonce\s+a\s+year\b", "annually"),
        (r"\b(?:every|each)\s+(?:board\s+|group\s+|sub[\s-]?group\s+)?meeting\b", "at every meeting"),
    )
)
_EVERY_N: Final = re.compile(r"\bevery\s+(\d+(?:\s*-\s*\d+)?)\s+(weeks|months)\b")


def recurrence_of(normal: str) -> str | None:
    """How often the work recurs ("twice a year", "quarterly"...), or None."""
    for pattern, label in _RECURRENCES:
        if pattern.search(normal):
            return label
    match = _EVERY_N.search(normal)
    if match:
        span = re.sub(r"\s+", "", match.group(1))
        return f"every {span} {match.group(2)}"
    return None
