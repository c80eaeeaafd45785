"""Self-assessment scores: the six-point scale in words, reading a score as
boards write it, and the change between two review periods.

Boards score each priority area (and some questions) from 1 to 6, every six
months, and read the change from one period to the next. The words are the
six-point scale of the inspectorates' quality indicators, which boards'
own sheets write beside the number ("4 - Good"); docs/SELF_ASSESSMENTS.md
says where the scale comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from safeguard_desktop.core.rag import GREEN, NONE, RAG_COLOURS, RED

SCORES: Final = (1, 2, 3, 4, 5, 6)
_WORDS: Final = {1: "Unsatisfactory", 2: "Weak", 3: "Adequate", 4: "Good", 5: "Very good", 6: "Excellent"}
_BY_WORD: Final = {word.casefold(): score for score, word in _WORDS.items()}

# Colour names as the window and papers use them; fills shared with RAG so a
# paper's colours mean one thing: green better, red worse, grey unchanged.
UP, DOWN, SAME, NEW, UNSCORED = "Up", "Down", "Same", "New", "Not scored"
CHANGE_COLOURS: Final = {UP: "green", DOWN: "red", SAME: "grey", NEW: "blue", UNSCORED: "grey"}
COLOUR_FILLS: Final = {"green": RAG_COLOURS[GREEN], "red": RAG_COLOURS[RED], "grey": RAG_COLOURS[NONE],
                       "blue": "#9DC3E6"}

_CHANGE_WORD = re.compile(rf"^({UP}|{DOWN}|{SAME}|{NEW})\b")
# "4", "Score: 4", "4 - Good", "(4)": one score and nothing that is another number.
_NUMBER = re.compile(r"\d+")


def score_word(score: int) -> str:
    """"Good" for 4."""
    if score not in _WORDS:
        raise ValueError(f"a self-assessment score is 1 to 6, not {score}")
    return _WORDS[score]


def score_label(score: int | None) -> str:
    """"4 - Good", as boards write it; "Not scored" for none."""
    return "Not scored" if score is None else f"{score} - {score_word(score)}"


def parse_score(text: str | None) -> int | None:
    """The score a cell means ("3", "Score: 4", "4 - Good", "Very good"), or
    None when it holds none or is not clear ("3 or 4", "7")."""
    if not text or not text.strip():
        return None
    numbers = _NUMBER.findall(text)
    if len(numbers) == 1:
        score = int(numbers[0])
        return score if score in _WORDS else None
    if numbers:
        return None
    words = " ".join(re.sub(r"[^\w\s]", " ", text).split()).casefold()
    return _BY_WORD.get(words)


@dataclass(frozen=True)
class ScoreChange:
    before: int | None
    after: int | None
    word: str  # Up | Down | Same | New | Not scored
    colour: str  # a name from CHANGE_COLOURS

    @property
    def steps(self) -> int:
        return (self.after or 0) - (self.before or 0) if self.before and self.after else 0

    @property
    def fill(self) -> str:
        return COLOUR_FILLS[self.colour]

    @property
    def text(self) -> str:
        """"Up 3 (Weak to Very good)", "Same (Adequate)", "New (Good)"."""
        if self.word in (UP, DOWN):
            assert self.before is not None and self.after is not None
            return f"{self.word} {abs(self.steps)} ({score_word(self.before)} to {score_word(self.after)})"
        if self.word in (SAME, NEW):
            assert self.after is not None
            return f"{self.word} ({score_word(self.after)})"
        return self.word


def change_fill(text: str | None) -> str | None:
    """The fill of a change written as ``ScoreChange.text`` ("Up 1 (...)"),
    for papers that carry the words only; None for anything else."""
    found = _CHANGE_WORD.match(text or "")
    return COLOUR_FILLS[CHANGE_COLOURS[found[1]]] if found else None


def change_between(before: int | None, after: int | None) -> ScoreChange:
    """How a score moved from one period to the next."""
    if after is None:
        word = UNSCORED
    elif before is None:
        word = NEW
    else:
        word = UP if after > before else DOWN if after < before else SAME
    return ScoreChange(before, after, word, CHANGE_COLOURS[word])


# -- the next review period ----------------------------------------------------

MONTHS_BETWEEN_REVIEWS: Final = 6
_HALF_YEAR = re.compile(r"^(?P<start>\d{4})-(?P<end>\d{2}) H(?P<half>[12])$")
_MONTH_YEAR = re.compile(r"^(?P<month>[A-Za-z]+) (?P<year>\d{4})$")
_MONTHS: Final = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")


@dataclass(frozen=True)
class PeriodDates:
    label: str
    starts_on: date | None
    ends_on: date | None


def next_period(label: str, starts_on: date | None, ends_on: date | None) -> PeriodDates:
    """The period after this one, six months on, named the way this one is
    ("2016-17 H1" -> "2016-17 H2", "April 2017" -> "October 2017"); a
    label of another form gets ", next period" for the user to rename."""
    new_start = ends_on + timedelta(days=1) if ends_on else None
    new_end = _add_months(new_start, MONTHS_BETWEEN_REVIEWS) - timedelta(days=1) if new_start else None
    if new_start is not None:
        return PeriodDates(f"{_MONTHS[new_start.month - 1]} {new_start.year}", new_start, new_end)
    text = " ".join(label.split())
    if (half := _HALF_YEAR.match(text)) is not None:
        start = int(half["start"])
        if half["half"] == "1":
            return PeriodDates(f"{start}-{half['end']} H2", None, None)
        return PeriodDates(f"{start + 1}-{(start + 2) % 100:02d} H1", None, None)
    if (month_year := _MONTH_YEAR.match(text)) is not None and month_year["month"].capitalize() in _MONTHS:
        month = _MONTHS.index(month_year["month"].capitalize()) + MONTHS_BETWEEN_REVIEWS
        year = int(month_year["year"]) + month // 12
        return PeriodDates(f"{_MONTHS[month % 12]} {year}", None, None)
    return PeriodDates(f"{text}, next period", None, None)


def _add_months(day: date, months: int) -> date:
    # Periods start on the first of a month; a day past the 28th is kept in its month.
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, min(day.day, 28))
