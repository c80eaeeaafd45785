from __future__ import annotations

from datetime import date

import pytest

from safeguard_desktop.core.quarters import (
    FinancialYear,
    Quarter,
    add_months,
    end_of_month,
    financial_year_of,
    quarter_of,
)


@pytest.mark.parametrize("written", ["2014/15", "2014-15", "2014/2015", "2014-2015", "2014\u201315", " FY2014/15 "])
def test_financial_year_is_read_in_every_spelling(written: str) -> None:
    year = FinancialYear.parse(written)
    assert year == FinancialYear(2014)
    assert (year.start, year.end) == (date(2014, 4, 1), date(2015, 3, 31))
    assert year.label == str(year) == "2014-15"


def test_financial_year_label_across_the_century() -> None:
    assert FinancialYear.parse("1999/00").label == "1999-00"
    assert FinancialYear.parse("2022-23").end == date(2023, 3, 31)


@pytest.mark.parametrize("written", ["2014/16", "2014", "14/15", "2015/14", "Q1", ""])
def test_financial_year_refuses_what_is_not_a_year_pair(written: str) -> None:
    with pytest.raises(ValueError):
        FinancialYear.parse(written)


@pytest.mark.parametrize(
    ("day", "label"),
    [
        (date(2014, 4, 1), "2014-15"),
        (date(2015, 3, 31), "2014-15"),
        (date(2015, 4, 1), "2015-16"),
        (date(2025, 1, 15), "2024-25"),
    ],
)
def test_financial_year_of_a_date(day: date, label: str) -> None:
    assert financial_year_of(day).label == label
    assert day in financial_year_of(day)


def test_quarters_of_a_year_run_april_to_march() -> None:
    quarters = FinancialYear(2024).quarters()
    assert [(q.start, q.end) for q in quarters] == [
        (date(2024, 4, 1), date(2024, 6, 30)),
        (date(2024, 7, 1), date(2024, 9, 30)),
        (date(2024, 10, 1), date(2024, 12, 31)),
        (date(2025, 1, 1), date(2025, 3, 31)),
    ]


def test_q4_2024_25_is_january_to_march_2025() -> None:
    q4 = Quarter.parse("2024-25-Q4")
    assert (q4.start, q4.end) == (date(2025, 1, 1), date(2025, 3, 31))
    assert q4.label == "Q4 2024-25 (January\u2013March 2025)"


def test_quarter_labels_and_codes() -> None:
    q1 = Quarter.parse("2024-25-Q1")
    assert q1.label == "Q1 2024-25 (April\u2013June 2024)"
    assert q1.code == str(q1) == "2024-25-Q1"
    assert Quarter.parse(q1.code) == q1


@pytest.mark.parametrize(
    "written", ["2024-25-Q1", "Q1 2024-25", "Q1 2024/25", "2024/25 Q1", "Quarter 1 2024-25", "q1 fy2024/2025"]
)
def test_quarter_is_read_in_every_spelling(written: str) -> None:
    assert Quarter.parse(written) == Quarter(FinancialYear(2024), 1)


@pytest.mark.parametrize("written", ["Q5 2024-25", "2024-25", "Q1", "Q1 2024/26"])
def test_quarter_refuses_nonsense(written: str) -> None:
    with pytest.raises(ValueError):
        Quarter.parse(written)


def test_a_quarter_is_numbered_one_to_four() -> None:
    with pytest.raises(ValueError):
        Quarter(FinancialYear(2024), 0)


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (date(2024, 4, 1), "2024-25-Q1"),
        (date(2024, 6, 30), "2024-25-Q1"),
        (date(2024, 7, 1), "2024-25-Q2"),
        (date(2024, 12, 31), "2024-25-Q3"),
        (date(2025, 1, 1), "2024-25-Q4"),
        (date(2025, 3, 31), "2024-25-Q4"),
    ],
)
def test_quarter_of_a_date(day: date, code: str) -> None:
    quarter = quarter_of(day)
    assert quarter.code == code
    assert day in quarter


def test_quarters_step_across_year_ends_and_sort_in_time_order() -> None:
    q4 = Quarter(FinancialYear(2024), 4)
    assert q4.next() == Quarter(FinancialYear(2025), 1)
    assert q4.next().previous() == q4
    assert sorted([q4.next(), q4, q4.previous()]) == [q4.previous(), q4, q4.next()]
    assert FinancialYear(2024).next().previous() == FinancialYear(2024)


def test_end_of_month_knows_leap_years() -> None:
    assert end_of_month(2024, 2) == date(2024, 2, 29)
    assert end_of_month(2025, 2) == date(2025, 2, 28)
    assert end_of_month(2014, 6) == date(2014, 6, 30)


def test_add_months_keeps_the_day_or_takes_the_month_end() -> None:
    assert add_months(date(2024, 1, 15), 6) == date(2024, 7, 15)
    assert add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
