from __future__ import annotations

from datetime import date

import pytest

from safeguard_desktop.core.working_days import (
    add_working_days,
    bank_holidays,
    easter_sunday,
    is_working_day,
    review_clocks,
    working_days_between,
)


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2014, date(2014, 4, 20)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter_sunday(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_bank_holidays_2024() -> None:
    assert list(bank_holidays(2024)) == [
        date(2024, 1, 1),
        date(2024, 3, 29),  # Good Friday
        date(2024, 4, 1),  # Easter Monday
        date(2024, 5, 6),
        date(2024, 5, 27),
        date(2024, 8, 26),
        date(2024, 12, 25),
        date(2024, 12, 26),
    ]


def test_bank_holidays_2025_with_names() -> None:
    assert dict(bank_holidays(2025)) == {
        date(2025, 1, 1): "New Year's Day",
        date(2025, 4, 18): "Good Friday",
        date(2025, 4, 21): "Easter Monday",
        date(2025, 5, 5): "Early May bank holiday",
        date(2025, 5, 26): "Spring bank holiday",
        date(2025, 8, 25): "Summer bank holiday",
        date(2025, 12, 25): "Christmas Day",
        date(2025, 12, 26): "Boxing Day",
    }


def test_christmas_on_a_sunday_gives_tuesday_as_its_substitute() -> None:
    holidays = bank_holidays(2022)
    assert holidays[date(2022, 12, 26)] == "Boxing Day"
    assert holidays[date(2022, 12, 27)] == "Christmas Day (substitute day)"
    assert holidays[date(2022, 1, 3)] == "New Year's Day (substitute day)"


def test_christmas_on_a_saturday_moves_both_days() -> None:
    holidays = bank_holidays(2021)
    assert holidays[date(2021, 12, 27)] == "Christmas Day (substitute day)"
    assert holidays[date(2021, 12, 28)] == "Boxing Day (substitute day)"


def test_boxing_day_on_a_saturday_moves_to_monday() -> None:
    assert bank_holidays(2020)[date(2020, 12, 28)] == "Boxing Day (substitute day)"


def test_moved_and_one_off_holidays() -> None:
    assert bank_holidays(2020)[date(2020, 5, 8)] == "Early May bank holiday"
    assert date(2020, 5, 4) not in bank_holidays(2020)
    assert {date(2022, 6, 2), date(2022, 6, 3), date(2022, 9, 19)} <= set(bank_holidays(2022))
    assert date(2022, 5, 30) not in bank_holidays(2022)
    assert date(2023, 5, 8) in bank_holidays(2023)
    assert len(bank_holidays(2012)) == 9


def test_the_holiday_table_cannot_be_changed_by_a_caller() -> None:
    with pytest.raises(TypeError):
        bank_holidays(2024)[date(2024, 7, 1)] = "Not a holiday"  # type: ignore[index]


def test_working_days_exclude_weekends_and_bank_holidays() -> None:
    assert is_working_day(date(2025, 4, 17))  # Maundy Thursday
    assert not is_working_day(date(2025, 4, 18))  # Good Friday
    assert not is_working_day(date(2025, 4, 19))  # Saturday
    assert not is_working_day(date(2025, 4, 21))  # Easter Monday
    assert not is_working_day(date(2025, 12, 29), closures={date(2025, 12, 29)})


def test_add_working_days_steps_over_easter() -> None:
    # Thursday 17 April 2025 + 1 working day: Good Friday, the weekend and
    # Easter Monday pass, so Tuesday 22 April.
    assert add_working_days(date(2025, 4, 17), 1) == date(2025, 4, 22)
    assert add_working_days(date(2024, 3, 28), 5) == date(2024, 4, 8)


def test_add_working_days_from_a_friday_and_backwards() -> None:
    assert add_working_days(date(2025, 3, 7), 5) == date(2025, 3, 14)
    assert add_working_days(date(2025, 3, 14), -5) == date(2025, 3, 7)
    assert add_working_days(date(2025, 3, 8), 0) == date(2025, 3, 8)


def test_working_days_between_is_the_inverse_of_adding() -> None:
    start = date(2024, 12, 20)
    for n in range(0, 30):
        assert working_days_between(start, add_working_days(start, n)) == n
    assert working_days_between(date(2025, 3, 14), date(2025, 3, 7)) == -5
    assert working_days_between(date(2024, 12, 24), date(2024, 12, 27)) == 1


def test_review_clocks_from_an_incident_before_easter() -> None:
    clocks = review_clocks(date(2025, 4, 14))
    assert clocks.notification_due == date(2025, 4, 23)  # 15,16,17,22,23: Easter passes
    assert clocks.rapid_review_due == date(2025, 5, 15)  # 15 further, with 5 May off
    assert clocks.review_completion_due is None


def test_rapid_review_runs_from_the_actual_notification_and_completion_from_the_decision() -> None:
    clocks = review_clocks(date(2025, 3, 3), notified_on=date(2025, 3, 4), decided_on=date(2025, 8, 31))
    assert clocks.notification_due == date(2025, 3, 10)
    assert clocks.rapid_review_due == date(2025, 3, 25)
    assert clocks.review_completion_due == date(2026, 2, 28)


def test_review_clocks_count_office_closures() -> None:
    plain = review_clocks(date(2025, 12, 22))
    closed = review_clocks(date(2025, 12, 22), closures={date(2025, 12, 29), date(2025, 12, 30), date(2025, 12, 31)})
    assert plain.notification_due == date(2025, 12, 31)
    assert closed.notification_due == date(2026, 1, 6)
