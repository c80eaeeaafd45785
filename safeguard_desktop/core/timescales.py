"""The "When are we going to achieve this?" column, understood.

Plans write timescales as free text: "June 2014 Ongoing", "Bi annually",
"30th Sept 2014", "Q3 2014/15", "insert". The text is always kept exactly as
written; next to it we keep the one date it commits to, when there is one, so
the action log can sort and chase overdue actions. Rules:

* a month means the end of that month ("March 2015" -> 31 March 2015), a
  quarter the end of that financial quarter, a financial year its 31 March:
  a timescale is a deadline, so the latest day it allows;
* a range ("April 2014 - March 2015") commits to its end: the last date
  written in the text is the one taken;
* numeric dates are UK day-first (31/03/2015); month-first is used only
  when day-first is impossible (03/31/2015);
* recurring work ("Quarterly", "Bi annually") has no single due date;
* nothing is guessed: when the text allows two readings ("Sept 14" is
  September 2014 or 14 September; "Q3 2014" a calendar or a financial
  quarter; "March" with no year) ``ambiguous`` is set, ``date`` is None and
  ``candidates`` lists the readings for the user to choose from. Excel's
  "Sep-14" (month-year with a hyphen, its mmm-yy format) is not ambiguous.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, TypeAlias

from safeguard_desktop.core.quarters import (
    MONTH_NAMES,
    FinancialYear,
    Quarter,
    end_of_month,
)
from safeguard_desktop.core.timescale_words import (
    is_placeholder,
    mentions_ongoing,
    recurrence_of,
)

DATE: Final = "date"
MONTH: Final = "month"
QUARTER: Final = "quarter"
YEAR: Final = "year"  # a financial year ("2014/15") or a calendar year ("2015")
RECURRING: Final = "recurring"
ONGOING: Final = "ongoing"
PLACEHOLDER: Final = "placeholder"
UNKNOWN: Final = "unknown"


@dataclass(frozen=True)
class Timescale:
    """What a timescale cell says. ``date`` is set only for an unambiguous
    deadline; ``explanation`` is the sentence an import report shows."""

    text: str
    date: dt.date | None
    kind: str
    ambiguous: bool = False
    ongoing: bool = False
    recurrence: str | None = None
    candidates: tuple[dt.date, ...] = ()
    explanation: str = ""


def format_date(day: dt.date) -> str:
    """The long UK form used in board papers: 30 September 2014."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_MONTH_NUMBERS: Final = {name[:3].casefold(): index for index, name in enumerate(MONTH_NAMES, start=1)}

# Alternatives in priority order: at any position the most specific wins.
_DATES = re.compile(
    r"(?P<iso>(?<!\d)(?P<iso_y>\d{4})-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})(?!\d))"
    r"|(?P<num>(?<!\d)(?P<num_a>\d{1,2})[/.\-](?P<num_b>\d{1,2})[/.\-](?P<num_y>\d{4}|\d{2})(?!\d))"
    rf"|(?P<dmy>(?<!\d)(?P<dmy_d>\d{{1,2}})[\s\-/.]*(?:of\s+)?\b(?P<dmy_m>{_MONTH})[\s,\-/.]*(?P<dmy_y>\d{{4}}|'?\d{{2}})(?!\d))"
    rf"|(?P<mdy>\b(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>\d{{1,2}}),?\s+(?P<mdy_y>\d{{4}})(?!\d))"
    r"|(?P<qtr>\bq(?P<qtr_n>[1-4])\s*(?:of\s+)?(?:fy\s*)?(?P<qtr_y1>\d{4}|\d{2})"
    r"(?:\s*[/\-]\s*(?P<qtr_y2>\d{4}|\d{2}))?(?!\d))"
    r"|(?P<yq>(?<!\d)(?P<yq_y1>\d{4})\s*[/\-]\s*(?P<yq_y2>\d{4}|\d{2})\s*-?\s*q(?P<yq_n>[1-4])\b)"
    rf"|(?P<my>\b(?P<my_m>{_MONTH})[\s,]*(?P<my_y>\d{{4}}|'\d{{2}})(?!\d))"
    rf"|(?P<mmmyy>\b(?P<mmmyy_m>{_MONTH})[\-/](?P<mmmyy_y>\d{{2}})(?!\d))"
    rf"|(?P<my2>\b(?P<my2_m>{_MONTH})\s+(?P<my2_y>\d{{2}})(?!\d))"
    r"|(?P<fy>(?<!\d)(?:fy\s*)?(?P<fy_y1>\d{4})\s*[/\-]\s*(?P<fy_y2>\d{4}|\d{2})(?!\d))"
    r"|(?P<fys>\bfy\s*(?P<fys_y1>\d{2})\s*[/\-]\s*(?P<fys_y2>\d{2})(?!\d))"
)


@dataclass(frozen=True)
class _Reading:
    date: dt.date | None
    kind: str
    explanation: str
    candidates: tuple[dt.date, ...] = ()


def _year(text: str) -> int:
    digits = text.lstrip("'")
    value = int(digits)
    if len(digits) == 2:
        return 2000 + value if value < 70 else 1900 + value
    return value


def _month(text: str) -> int:
    return _MONTH_NUMBERS[text[:3]]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_reading(day: dt.date | None, note: str = "") -> _Reading | None:
    if day is None:
        return None
    return _Reading(day, DATE, format_date(day) + note)


def _month_reading(year: int, month: int) -> _Reading:
    day = end_of_month(year, month)
    return _Reading(day, MONTH, f"end of {MONTH_NAMES[month - 1]} {year}")


def _financial_year(first: str, second: str) -> FinancialYear | None:
    try:
        return FinancialYear.parse(f"{_year(first)}/{second}")
    except ValueError:
        return None


def _quarter_reading(number: int, year: FinancialYear | None) -> _Reading | None:
    if year is None:
        return None
    quarter = Quarter(year, number)
    return _Reading(quarter.end, QUARTER, f"end of Q{number} {year.label} ({format_date(quarter.end)})")


def _financial_year_reading(year: FinancialYear) -> _Reading:
    return _Reading(year.end, YEAR, f"end of financial year {year.label} ({format_date(year.end)})")


_Groups: TypeAlias = Callable[[str], str]  # a match's ``group`` method


def _read_numeric(g: _Groups, today: dt.date) -> _Reading | None:
    year, first, second = _year(g("num_y")), int(g("num_a")), int(g("num_b"))
    uk = _safe_date(year, second, first)
    if uk is not None:
        return _day_reading(uk)
    return _day_reading(_safe_date(year, first, second), " (read month-first: day-first is impossible)")


def _read_quarter(g: _Groups, today: dt.date) -> _Reading | None:
    number = int(g("qtr_n"))
    if g("qtr_y2"):
        return _quarter_reading(number, _financial_year(g("qtr_y1"), g("qtr_y2")))
    year = _year(g("qtr_y1"))
    financial = Quarter(FinancialYear(year), number).end
    calendar_quarter = end_of_month(year, 3 * number)
    return _Reading(
        None,
        UNKNOWN,
        f"Q{number} {year} could be the financial quarter ending {format_date(financial)} "
        f"or the calendar quarter ending {format_date(calendar_quarter)}",
        (financial, calendar_quarter),
    )


def _read_month_and_two_digits(g: _Groups, today: dt.date) -> _Reading | None:
    """Month and two digits ("Sept 14"): September 2014, or 14 September
    of this year."""
    month, number = _month(g("my2_m")), int(g("my2_y"))
    month_end = end_of_month(_year(g("my2_y")), month)
    day_this_year = _safe_date(today.year, month, number)
    if day_this_year is None:
        return _month_reading(month_end.year, month)
    return _Reading(
        None,
        UNKNOWN,
        f"could be {MONTH_NAMES[month - 1]} {month_end.year} or {format_date(day_this_year)}",
        (month_end, day_this_year),
    )


def _read_financial_year(first: str, second: str) -> _Reading | None:
    year = _financial_year(first, second)
    return None if year is None else _financial_year_reading(year)


_READERS: Final[dict[str, Callable[[_Groups, dt.date], _Reading | None]]] = {
    "iso": lambda g, _: _day_reading(_safe_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))),
    "num": _read_numeric,
    "dmy": lambda g, _: _day_reading(_safe_date(_year(g("dmy_y")), _month(g("dmy_m")), int(g("dmy_d")))),
    "mdy": lambda g, _: _day_reading(_safe_date(int(g("mdy_y")), _month(g("mdy_m")), int(g("mdy_d")))),
    "qtr": _read_quarter,
    "yq": lambda g, _: _quarter_reading(int(g("yq_n")), _financial_year(g("yq_y1"), g("yq_y2"))),
    "my": lambda g, _: _month_reading(_year(g("my_y")), _month(g("my_m"))),
    "mmmyy": lambda g, _: _month_reading(_year(g("mmmyy_y")), _month(g("mmmyy_m"))),
    "my2": _read_month_and_two_digits,
    "fy": lambda g, _: _read_financial_year(g("fy_y1"), g("fy_y2")),
    "fys": lambda g, _: _read_financial_year(g("fys_y1"), g("fys_y2")),
}


def _read(match: re.Match[str], today: dt.date) -> _Reading | None:
    """One date-like piece of text, or None when it names no real day.
    ``lastgroup`` is the alternative that matched: each closes after the
    groups inside it."""
    reader = _READERS.get(match.lastgroup or "")
    return reader(match.group, today) if reader else None


# Words around a bare month, quarter or year that do not change its meaning.
_FILLER = re.compile(
    r"\b(?:by|the|end|of|before|no later than|nlt|deadline|due|complete|completed|completion"
    r"|for|in|during|at|on|target|approx|approximately|circa|c)\b|[^\w\s]"
)
_BARE_MONTH = re.compile(rf"^{_MONTH}$")
_BARE_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_BARE_QUARTER = re.compile(r"^q([1-4])$")
_SHORT_FINANCIAL_YEAR = re.compile(r"^(\d{2}) (\d{2})$")  # "14/15" once "/" is filler
_BARE_FINANCIAL_YEAR = re.compile(r"^(?:financial year|fy|year|year end|financial year end)$")


def _read_bare(core: str, today: dt.date) -> _Reading | None:
    """A month, quarter or year written without the rest of the date."""
    if _BARE_YEAR.match(core):
        year = int(core)
        return _Reading(dt.date(year, 12, 31), YEAR, f"end of {year} (31 December {year})")
    match = _SHORT_FINANCIAL_YEAR.match(core)
    if match and (reading := _read_financial_year(match.group(1), match.group(2))):
        return reading
    if _BARE_MONTH.match(core):
        month = _month(core)
        upcoming = end_of_month(today.year, month)
        if upcoming < today:
            upcoming = end_of_month(today.year + 1, month)
        return _Reading(None, UNKNOWN, f"{MONTH_NAMES[month - 1]} of which year?", (upcoming,))
    match = _BARE_QUARTER.match(core)
    if match:
        quarter = Quarter(FinancialYear.containing(today), int(match.group(1)))
        if quarter.end < today:
            quarter = Quarter(quarter.year.next(), quarter.number)
        return _Reading(None, UNKNOWN, f"Q{quarter.number} of which year?", (quarter.end,))
    if _BARE_FINANCIAL_YEAR.match(core):
        year_end = FinancialYear.containing(today).end
        return _Reading(None, UNKNOWN, "the end of which financial year?", (year_end,))
    return None


def _normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = re.sub(r"[\u2010-\u2015\u2212]", "-", folded)
    # "1st", and "1 st" where a conversion split the ordinal from its day.
    folded = re.sub(r"(\d) ?(?:st|nd|rd|th)\b", r"\1", folded)
    folded = re.sub(r"\bquarter\s*(?=[1-4]\b)", "q", folded)
    folded = re.sub(
        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thurs|fri)\b,?",
        " ",
        folded,
    )
    return " ".join(folded.split())


def understand_timescale(text: str | None, today: dt.date | None = None) -> Timescale:
    """Read a timescale cell; ``today`` only shapes the readings offered for
    text that names no year."""
    original = text or ""
    today = today or dt.date.today()
    normal = _normalise(original)
    if not normal:
        return Timescale(original, None, UNKNOWN, explanation="no timescale given")
    if is_placeholder(normal):
        return Timescale(original, None, PLACEHOLDER, explanation="placeholder: no date given yet")
    ongoing = mentions_ongoing(normal)
    recurrence = recurrence_of(normal)
    if recurrence is not None:
        return Timescale(
            original, None, RECURRING, ongoing=ongoing, recurrence=recurrence,
            explanation=f"recurring ({recurrence}): no single due date",
        )  # fmt: skip
    readings = [r for r in (_read(m, today) for m in _DATES.finditer(normal)) if r is not None]
    reading = readings[-1] if readings else _read_bare(" ".join(_FILLER.sub(" ", normal).split()), today)
    if reading is not None:
        return Timescale(
            original,
            reading.date,
            reading.kind,
            ambiguous=reading.date is None,
            ongoing=ongoing,
            candidates=reading.candidates,
            explanation=reading.explanation + ("; ongoing" if ongoing else ""),
        )
    if ongoing:
        return Timescale(original, None, ONGOING, ongoing=True, explanation="ongoing: no end date")
    return Timescale(original, None, UNKNOWN, explanation="not understood as a date")


_CLOSED_STATUSES: Final = frozenset(
    {
        "complete", "completed", "done", "closed", "closed by board",
        "cancelled", "canceled", "withdrawn", "superseded", "blue",
    }
)  # fmt: skip


def is_open_status(status: str | None) -> bool:
    """Whether an action is still being worked on. Accepts the stored values
    (open, completed, carried_forward, closed_by_board) and the words users
    type. Carried forward is not done: it is still outstanding, so open."""
    if status is None:
        return True
    words = " ".join(re.sub(r"[_\-]", " ", status).casefold().split())
    return words not in _CLOSED_STATUSES


def is_overdue(when_date: dt.date | None, status: str | None, today: dt.date | None = None,
               rag: str | None = None) -> bool:
    """Open, with a due date before today. Due today is not yet overdue.
    Rated Blue is complete on a plan even where nobody changed the status."""
    if when_date is None or not is_open_status(status) or rag == "blue":
        return False
    return when_date < (today or dt.date.today())
