from __future__ import annotations

from datetime import date

import pytest

from safeguard_desktop.core.working_days import (
    NATIONS,
    add_working_days,
    bank_holidays,
    is_working_day,
    nation_of,
    working_days_between,
)


def test_bank_holidays_in_england_2024() -> None:
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


def test_christmas_on_a_sunday_gives_tuesday_as_its_substitute() -> None:
    holidays = bank_holidays(2022)
    assert holidays[date(2022, 12, 26)] == "Boxing Day"
    assert holidays[date(2022, 12, 27)] == "Christmas Day (substitute day)"
    assert holidays[date(2022, 1, 3)] == "New Year's Day (substitute day)"


def test_christmas_on_a_saturday_moves_both_days() -> None:
    holidays = bank_holidays(2021)
    assert holidays[date(2021, 12, 27)] == "Christmas Day (substitute day)"
    assert holidays[date(2021, 12, 28)] == "Boxing Day (substitute day)"


def test_weekend_days_are_not_listed_as_holidays() -> None:
    # 25 December 2022 was a Sunday: the day off is the substitute.
    assert date(2022, 12, 25) not in bank_holidays(2022)
    assert all(day.weekday() < 5 for day in bank_holidays(2027, "scotland"))


def test_proclaimed_one_off_and_moved_holidays() -> None:
    assert "Funeral" in bank_holidays(2022)[date(2022, 9, 19)]
    assert "Coronation" in bank_holidays(2023)[date(2023, 5, 8)]
    assert {date(2022, 6, 2), date(2022, 6, 3)} <= set(bank_holidays(2022))  # jubilee weekend
    assert date(2022, 5, 30) not in bank_holidays(2022)  # spring holiday moved that year
    assert bank_holidays(2020)[date(2020, 5, 8)]  # VE Day moved the early May holiday
    assert date(2020, 5, 4) not in bank_holidays(2020)
    # The state funeral was a bank holiday in every nation.
    for nation in NATIONS:
        assert not is_working_day(date(2022, 9, 19), nation)


def test_england_and_wales_share_their_bank_holidays() -> None:
    for year in range(2018, 2031):
        assert bank_holidays(year, "england") == bank_holidays(year, "wales")


def test_a_scottish_board_has_its_own_holidays() -> None:
    scotland = bank_holidays(2025, "scotland")
    assert date(2025, 1, 2) in scotland  # 2 January
    assert date(2025, 8, 4) in scotland  # August bank holiday on the first Monday
    assert date(2025, 8, 25) not in scotland  # England's late summer holiday
    assert date(2025, 4, 21) not in scotland  # no Easter Monday
    # St Andrew's Day 2025 fell on a Sunday: Monday 1 December instead.
    assert scotland[date(2025, 12, 1)] == "Saint Andrew's Day (substitute day)"
    assert is_working_day(date(2025, 12, 1), "england")
    assert not is_working_day(date(2025, 12, 1), "scotland")


def test_northern_ireland_keeps_st_patrick_and_the_twelfth() -> None:
    ni = bank_holidays(2025, "northern_ireland")
    assert date(2025, 3, 17) in ni and date(2025, 7, 14) in ni  # the Twelfth fell on a Saturday
    assert date(2025, 3, 17) not in bank_holidays(2025, "england")


def test_the_holiday_table_cannot_be_changed_by_a_caller() -> None:
    with pytest.raises(TypeError):
        bank_holidays(2024)[date(2024, 7, 1)] = "Not a holiday"  # type: ignore[index]


def test_nation_words_and_unknown_nations() -> None:
    assert nation_of(None) == "england"
    assert nation_of("Scotland") == "scotland"
    assert nation_of("Northern Ireland") == "northern_ireland"
    with pytest.raises(ValueError):
        bank_holidays(2025, "france")


def test_working_days_exclude_weekends_and_bank_holidays() -> None:
    assert is_working_day(date(2025, 4, 17))  # Maundy Thursday
    assert not is_working_day(date(2025, 4, 18))  # Good Friday
    assert not is_working_day(date(2025, 4, 19))  # Saturday
    assert not is_working_day(date(2025, 4, 21))  # Easter Monday
    assert is_working_day(date(2025, 4, 21), "scotland")  # not a holiday in Scotland
    assert not is_working_day(date(2025, 12, 29), closures={date(2025, 12, 29)})


def test_add_working_days_steps_over_easter() -> None:
    # Thursday 17 April 2025 + 1 working day: Good Friday, the weekend and
    # Easter Monday pass, so Tuesday 22 April; in Scotland Monday 21.
    assert add_working_days(date(2025, 4, 17), 1) == date(2025, 4, 22)
    assert add_working_days(date(2025, 4, 17), 1, "scotland") == date(2025, 4, 21)
    assert add_working_days(date(2024, 3, 28), 5) == date(2024, 4, 8)


def test_add_working_days_over_christmas_and_new_year() -> None:
    # From Christmas Eve 2021: 27 and 28 December are substitutes, 3 January
    # New Year's substitute; Scotland adds 4 January.
    assert add_working_days(date(2021, 12, 24), 5) == date(2022, 1, 5)
    assert add_working_days(date(2021, 12, 24), 5, "scotland") == date(2022, 1, 6)


def test_add_working_days_from_a_friday_and_backwards() -> None:
    assert add_working_days(date(2025, 3, 7), 5) == date(2025, 3, 14)
    assert add_working_days(date(2025, 3, 14), -5) == date(2025, 3, 7)
    assert add_working_days(date(2025, 3, 8), 0) == date(2025, 3, 8)


def test_working_days_between_is_the_inverse_of_adding() -> None:
    start = date(2024, 12, 20)
    for nation in NATIONS:
        for n in range(0, 30):
            assert working_days_between(start, add_working_days(start, n, nation), nation) == n
    assert working_days_between(date(2025, 3, 14), date(2025, 3, 7)) == -5
    assert working_days_between(date(2024, 12, 24), date(2024, 12, 27)) == 1
