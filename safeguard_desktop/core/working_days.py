"""Working days in England and Wales, and the statutory clocks of case
reviews that run on them.

Bank holidays are computed, not downloaded: the program runs on laptops off
the network, and the rules have been stable for decades. The one-off
holidays and moved holidays the government announces (jubilees, royal
events) are listed by hand in ``_ONE_OFF`` and ``_MOVED``; add new ones there
when they are proclaimed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Final

from safeguard_desktop.core.quarters import add_months

_ONE_DAY: Final = dt.timedelta(days=1)

# Proclaimed extra bank holidays in England and Wales.
_ONE_OFF: Final[dict[dt.date, str]] = {
    dt.date(1999, 12, 31): "Millennium Celebrations",
    dt.date(2002, 6, 3): "Golden Jubilee",
    dt.date(2011, 4, 29): "Royal Wedding",
    dt.date(2012, 6, 5): "Diamond Jubilee",
    dt.date(2022, 6, 3): "Platinum Jubilee",
    dt.date(2022, 9, 19): "State Funeral of Queen Elizabeth II",
    dt.date(2023, 5, 8): "Coronation of King Charles III",
}
# Regular holidays moved for a year: (year, name) -> the day it fell on.
_MOVED: Final[dict[tuple[int, str], dt.date]] = {
    (1995, "Early May bank holiday"): dt.date(1995, 5, 8),  # VE Day 50th
    (2002, "Spring bank holiday"): dt.date(2002, 6, 4),
    (2012, "Spring bank holiday"): dt.date(2012, 6, 4),
    (2020, "Early May bank holiday"): dt.date(2020, 5, 8),  # VE Day 75th
    (2022, "Spring bank holiday"): dt.date(2022, 6, 2),
}


def easter_sunday(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _first_monday(year: int, month: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(7 - first.weekday()) % 7)


def _last_monday(year: int, month: int) -> dt.date:
    last = add_months(dt.date(year, month, 1), 1) - _ONE_DAY
    return last - dt.timedelta(days=last.weekday())


def _next_weekday(day: dt.date, taken: Collection[dt.date] = ()) -> dt.date:
    """The first weekday on or after ``day`` not already a holiday: how a
    holiday falling at the weekend gets its substitute day."""
    while day.weekday() >= 5 or day in taken:
        day += _ONE_DAY
    return day


@lru_cache(maxsize=64)
def bank_holidays(year: int) -> Mapping[dt.date, str]:
    """Every bank holiday in England and Wales in ``year``, with its name
    (substitute days are named "... (substitute day)")."""
    easter = easter_sunday(year)
    regular = {
        "Good Friday": easter - 2 * _ONE_DAY,
        "Easter Monday": easter + _ONE_DAY,
        "Early May bank holiday": _first_monday(year, 5),
        "Spring bank holiday": _last_monday(year, 5),
        "Summer bank holiday": _last_monday(year, 8),
    }
    holidays: dict[dt.date, str] = {}
    for name, day in regular.items():
        holidays[_MOVED.get((year, name), day)] = name
    for day, name in _ONE_OFF.items():
        if day.year == year:
            holidays[day] = name
    # Fixed-date holidays falling at a weekend move to the next weekday not
    # already a holiday; weekday ones are placed first so that, with
    # Christmas on a Sunday, its substitute passes Boxing Day's Monday.
    fixed = [
        (dt.date(year, 1, 1), "New Year's Day"),
        (dt.date(year, 12, 25), "Christmas Day"),
        (dt.date(year, 12, 26), "Boxing Day"),
    ]
    holidays.update((day, name) for day, name in fixed if day.weekday() < 5)
    for day, name in fixed:
        if day.weekday() >= 5:
            holidays[_next_weekday(day, holidays.keys())] = f"{name} (substitute day)"
    return MappingProxyType(dict(sorted(holidays.items())))


def is_working_day(day: dt.date, closures: Collection[dt.date] = ()) -> bool:
    """Monday to Friday, not a bank holiday, not one of ``closures`` (days
    an office is shut that are not bank holidays, e.g. between Christmas and
    New Year)."""
    return day.weekday() < 5 and day not in bank_holidays(day.year) and day not in closures


def add_working_days(start: dt.date, days: int, closures: Collection[dt.date] = ()) -> dt.date:
    """The date ``days`` working days after ``start`` (before, if negative).

    ``start`` itself is not counted: "within 5 working days" of a Friday
    incident runs Monday to Friday of the next week. Zero gives ``start``.
    """
    step = _ONE_DAY if days >= 0 else -_ONE_DAY
    remaining = abs(days)
    day = start
    while remaining:
        day += step
        if is_working_day(day, closures):
            remaining -= 1
    return day


def working_days_between(start: dt.date, end: dt.date, closures: Collection[dt.date] = ()) -> int:
    """Working days after ``start`` up to and including ``end``; negative
    when ``end`` is earlier. The inverse of ``add_working_days``."""
    if end < start:
        return -working_days_between(end, start, closures)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if is_working_day(day, closures):
            count += 1
    return count


# The statutory clocks DOMAIN.md gives (Working Together): notify within 5
# working days, rapid review within a further 15, local review completed
# within about six months of the decision to hold one.
NOTIFY_WORKING_DAYS: Final = 5
RAPID_REVIEW_WORKING_DAYS: Final = 15
LOCAL_REVIEW_MONTHS: Final = 6


@dataclass(frozen=True)
class ReviewClocks:
    """The due dates of one case review. The rapid review runs from the day
    notification was actually made when known, else from the day it was due;
    completion is unknown until the board decides to hold a review."""

    incident_known_on: dt.date
    notification_due: dt.date
    rapid_review_due: dt.date
    review_completion_due: dt.date | None


def review_clocks(
    incident_known_on: dt.date,
    notified_on: dt.date | None = None,
    decided_on: dt.date | None = None,
    closures: Collection[dt.date] = (),
) -> ReviewClocks:
    """Due dates for notification, rapid review and review completion.

    ``incident_known_on`` is the day the board became aware of the
    incident; ``notified_on`` the day notification was made, if it has been;
    ``decided_on`` the day the board decided to commission a local review.
    The six months are calendar months (31 August -> 28/29 February).
    """
    notification_due = add_working_days(incident_known_on, NOTIFY_WORKING_DAYS, closures)
    rapid_from = notified_on or notification_due
    return ReviewClocks(
        incident_known_on=incident_known_on,
        notification_due=notification_due,
        rapid_review_due=add_working_days(rapid_from, RAPID_REVIEW_WORKING_DAYS, closures),
        review_completion_due=add_months(decided_on, LOCAL_REVIEW_MONTHS) if decided_on else None,
    )
