"""UK financial years (April to March) and their quarters.

Boards report by financial year because their partners' budgets do:
"2014/15" runs from 1 April 2014 to 31 March 2015, and Q1 is April-June,
Q4 January-March of the following calendar year. The calendar helpers that
the rest of core needs (end of a month, adding months) live here too, so
there is one place that does month arithmetic.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Final

# Pinned rather than taken from calendar.month_name, which follows the
# process locale: board papers print English month names.
MONTH_NAMES: Final[tuple[str, ...]] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def end_of_month(year: int, month: int) -> date:
    """The last day of a month: the date "by March 2015" means."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later, or that month's last day when it is
    shorter (31 August + 6 months is 28/29 February, not 3 March)."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


_YEAR_PAIR = re.compile(r"^\s*(?:fy\s*)?(\d{4})\s*[/\-\u2013\u2014]\s*(\d{2}|\d{4})\s*$", re.IGNORECASE)


def _follows(start_year: int, written: str) -> bool:
    """Whether the second half of "2014/15" or "2014/2015" is the next year."""
    following = start_year + 1
    if len(written) == 2:
        return int(written) == following % 100
    return int(written) == following


@dataclass(frozen=True, order=True)
class FinancialYear:
    """A financial year, named by the calendar year it starts in."""

    start_year: int

    @classmethod
    def parse(cls, text: str) -> FinancialYear:
        """Read "2014/15", "2022-23", "2022/2023" or "2022-2023".

        Raises ValueError when the text is not a year pair or the second
        year does not follow the first ("2014/16" is a typing slip the user
        should see, not a year we should guess).
        """
        match = _YEAR_PAIR.match(text)
        if not match or not _follows(int(match.group(1)), match.group(2)):
            raise ValueError(f"not a financial year: {text!r}")
        return cls(int(match.group(1)))

    @classmethod
    def containing(cls, day: date) -> FinancialYear:
        return cls(day.year if day.month >= 4 else day.year - 1)

    @property
    def start(self) -> date:
        return date(self.start_year, 4, 1)

    @property
    def end(self) -> date:
        return date(self.start_year + 1, 3, 31)

    @property
    def label(self) -> str:
        """The form boards print on covers and in report titles: 2022-23."""
        return f"{self.start_year}-{(self.start_year + 1) % 100:02d}"

    def __str__(self) -> str:
        return self.label

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def quarter(self, number: int) -> Quarter:
        return Quarter(self, number)

    def quarters(self) -> tuple[Quarter, Quarter, Quarter, Quarter]:
        return (Quarter(self, 1), Quarter(self, 2), Quarter(self, 3), Quarter(self, 4))

    def next(self) -> FinancialYear:
        return FinancialYear(self.start_year + 1)

    def previous(self) -> FinancialYear:
        return FinancialYear(self.start_year - 1)


_QUARTER_FIRST = re.compile(r"^\s*q(?:uarter)?\s*([1-4])\s*(?:of\s+)?(?:fy\s*)?(.+?)\s*$", re.IGNORECASE)
_QUARTER_LAST = re.compile(r"^\s*(.+?)\s*[\-\s]\s*q(?:uarter)?\s*([1-4])\s*$", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Quarter:
    """One quarter of a financial year: Q1 April-June ... Q4 January-March."""

    year: FinancialYear
    number: int

    def __post_init__(self) -> None:
        if self.number not in (1, 2, 3, 4):
            raise ValueError(f"a quarter is numbered 1 to 4, not {self.number}")

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """Read "2024-25-Q1" (the stored code), "Q1 2024-25", "Q1 2024/25",
        "2024/25 Q1" or "Quarter 1 2024-25"; ValueError otherwise."""
        match = _QUARTER_LAST.match(text)
        if match:
            year_text, number = match.group(1), match.group(2)
        else:
            match = _QUARTER_FIRST.match(text)
            if not match:
                raise ValueError(f"not a quarter: {text!r}")
            number, year_text = match.group(1), match.group(2)
        return cls(FinancialYear.parse(year_text), int(number))

    @classmethod
    def containing(cls, day: date) -> Quarter:
        year = FinancialYear.containing(day)
        months_in = (day.month - 4) % 12
        return cls(year, months_in // 3 + 1)

    @property
    def first_month(self) -> int:
        return (3 * (self.number - 1) + 3) % 12 + 1  # 4, 7, 10, 1

    @property
    def calendar_year(self) -> int:
        """The calendar year all three months fall in."""
        return self.year.start_year + (1 if self.number == 4 else 0)

    @property
    def start(self) -> date:
        return date(self.calendar_year, self.first_month, 1)

    @property
    def end(self) -> date:
        return end_of_month(self.calendar_year, self.first_month + 2)

    @property
    def code(self) -> str:
        """The stored form, 2024-25-Q1: it sorts as text in time order."""
        return f"{self.year.label}-Q{self.number}"

    @property
    def label(self) -> str:
        """Q1 2024-25 (April-June 2024), with an en dash: the months spelled
        out because not every reader of a board paper knows when a financial
        year starts."""
        first = MONTH_NAMES[self.first_month - 1]
        last = MONTH_NAMES[self.first_month + 1]
        return f"Q{self.number} {self.year.label} ({first}\u2013{last} {self.calendar_year})"

    def __str__(self) -> str:
        return self.code

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def next(self) -> Quarter:
        if self.number == 4:
            return Quarter(self.year.next(), 1)
        return Quarter(self.year, self.number + 1)

    def previous(self) -> Quarter:
        if self.number == 1:
            return Quarter(self.year.previous(), 4)
        return Quarter(self.year, self.number - 1)


def quarter_of(day: date) -> Quarter:
    """The financial quarter a date falls in."""
    return Quarter.containing(day)


def financial_year_of(day: date) -> FinancialYear:
    """The financial year a date falls in (31 March 2015 is in 2014-15)."""
    return FinancialYear.containing(day)
