"""Working days: Monday to Friday, less the bank holidays of the board's
nation, less any days its office closes.

The bank holidays come from the maintained ``holidays`` package, not a list
kept by hand: it already carries the proclaimed one-off days (jubilees, the
2022 state funeral, the 2023 coronation) and the years a holiday moved, and
it is updated when a new one is announced. It computes them offline, which
matters on a laptop away from the network.

England and Wales share their bank holidays; Scotland (2 January, the first
Monday in August, St Andrew's Day, no Easter Monday) and Northern Ireland
(St Patrick's Day, the Twelfth) have their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Final

ENGLAND: Final = "england"
NATIONS: Final[dict[str, str]] = {
    ENGLAND: "England",
    "wales": "Wales",
    "scotland": "Scotland",
    "northern_ireland": "Northern Ireland",
}
# The package's code for each nation's part of the United Kingdom.
_SUBDIVISIONS: Final[dict[str, str]] = {ENGLAND: "ENG", "wales": "WLS", "scotland": "SCT", "northern_ireland": "NIR"}

_ONE_DAY: Final = dt.timedelta(days=1)


def nation_of(text: str | None) -> str:
    """The nation key for a stored or typed name ("Scotland", "northern
    ireland"); England when none is set."""
    if not text:
        return ENGLAND
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    if key not in NATIONS:
        raise ValueError(f"Unknown nation {text!r}: choose one of {', '.join(NATIONS.values())}")
    return key


def package_bank_holidays(year: int, nation: str) -> dict[dt.date, str]:
    """``nation``'s weekday bank holidays in ``year`` as the ``holidays``
    package has them."""
    # Imported here: loading `holidays` (every country's calendar) cost a quarter of a second of
    # each start (docs/ARCHITECTURE.md, "Start-up"). The class itself, not
    # holidays.country_holidays("GB"): that finds it by name at run time, which a PyInstaller
    # bundle cannot see to include.
    from holidays.countries.united_kingdom import UnitedKingdom

    calendar = UnitedKingdom(subdiv=_SUBDIVISIONS[nation], years=year)
    return {day: name.replace("(observed)", "(substitute day)")
            for day, name in calendar.items() if day.weekday() < 5}


# Where a year's bank holidays come from: the package, or a cache of what it said that the
# program puts in front of it (safeguard_desktop/holiday_cache.py) so that a start need not load it.
_source: Callable[[int, str], dict[dt.date, str]] = package_bank_holidays


def use_source(source: Callable[[int, str], dict[dt.date, str]]) -> None:
    global _source
    _source = source
    bank_holidays.cache_clear()


@lru_cache(maxsize=256)
def bank_holidays(year: int, nation: str = ENGLAND) -> Mapping[dt.date, str]:
    """The days off for bank holidays in ``nation`` in ``year``, with their
    names. A holiday falling at a weekend is listed on its substitute
    weekday ("... (substitute day)", the government's word), not on the
    weekend day itself."""
    if nation not in _SUBDIVISIONS:
        raise ValueError(f"Unknown nation {nation!r}: choose one of {', '.join(NATIONS)}")
    return MappingProxyType(dict(sorted(_source(year, nation).items())))


def is_working_day(day: dt.date, nation: str = ENGLAND, closures: Collection[dt.date] = ()) -> bool:
    """Monday to Friday, not a bank holiday, not one of ``closures`` (days
    an office is shut that are not bank holidays, e.g. between Christmas and
    New Year)."""
    return day.weekday() < 5 and day not in bank_holidays(day.year, nation) and day not in closures


def add_working_days(start: dt.date, days: int, nation: str = ENGLAND,
                     closures: Collection[dt.date] = ()) -> dt.date:
    """The date ``days`` working days after ``start`` (before, if negative).

    ``start`` itself is not counted: "within 5 working days" of a Friday
    incident runs Monday to Friday of the next week. Zero gives ``start``.
    """
    step = _ONE_DAY if days >= 0 else -_ONE_DAY
    remaining = abs(days)
    day = start
    while remaining:
        day += step
        if is_working_day(day, nation, closures):
            remaining -= 1
    return day


def working_days_between(start: dt.date, end: dt.date, nation: str = ENGLAND,
                         closures: Collection[dt.date] = ()) -> int:
    """Working days after ``start`` up to and including ``end``; negative
    when ``end`` is earlier. The inverse of ``add_working_days``."""
    if end < start:
        return -working_days_between(end, start, nation, closures)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if is_working_day(day, nation, closures):
            count += 1
    return count
