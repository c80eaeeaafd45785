from __future__ import annotations

from datetime import date

import pytest

from safeguard_desktop.core.timescales import is_open_status, is_overdue, understand_timescale

TODAY = date(2025, 6, 1)


def understood(text: str | None) -> tuple[date | None, str]:
    timescale = understand_timescale(text, today=TODAY)
    return timescale.date, timescale.kind


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("1st July 2014", (date(2014, 7, 1), "date")),
        ("30th Sept 2014", (date(2014, 9, 30), "date")),
        ("30 September 2014", (date(2014, 9, 30), "date")),
        ("31/03/2015", (date(2015, 3, 31), "date")),
        ("1/4/15", (date(2015, 4, 1), "date")),  # UK day-first: 1 April
        ("01-Jul-14", (date(2014, 7, 1), "date")),  # Excel's dd-mmm-yy
        ("2015-03-31 00:00:00", (date(2015, 3, 31), "date")),  # a real date cell, as text
        ("Monday 1st July 2014", (date(2014, 7, 1), "date")),
        ("June 14th 2015", (date(2015, 6, 14), "date")),
        ("March 2015", (date(2015, 3, 31), "month")),
        ("End of March 2015", (date(2015, 3, 31), "month")),
        ("by end of Feb 2016", (date(2016, 2, 29), "month")),
        ("Sep-14", (date(2014, 9, 30), "month")),  # Excel's mmm-yy is month and year
        ("Sept '14", (date(2014, 9, 30), "month")),
        ("Q3 2014/15", (date(2014, 12, 31), "quarter")),
        ("Q3 2014-15", (date(2014, 12, 31), "quarter")),
        ("Q4 14/15", (date(2015, 3, 31), "quarter")),
        ("Quarter 2 2014/15", (date(2014, 9, 30), "quarter")),
        ("2014/15 Q4", (date(2015, 3, 31), "quarter")),
        ("2014/15", (date(2015, 3, 31), "year")),
        ("By end of 2014/15", (date(2015, 3, 31), "year")),
        ("FY 14/15", (date(2015, 3, 31), "year")),
        ("14/15", (date(2015, 3, 31), "year")),
        ("2015", (date(2015, 12, 31), "year")),
        ("April 2014 - March 2015", (date(2015, 3, 31), "month")),
        ("April 2014 \u2013 March 2015", (date(2015, 3, 31), "month")),
        ("1st April 2014 to 30th Sept 2014", (date(2014, 9, 30), "date")),
        ("Annual report by 30th Sept 2014", (date(2014, 9, 30), "date")),
    ],
)
def test_dated_timescales(written: str, expected: tuple[date, str]) -> None:
    timescale = understand_timescale(written, today=TODAY)
    assert (timescale.date, timescale.kind) == expected
    assert timescale.text == written
    assert not timescale.ambiguous


def test_june_2014_ongoing_is_the_end_of_june_and_carries_on() -> None:
    timescale = understand_timescale("June 2014 Ongoing", today=TODAY)
    assert timescale.date == date(2014, 6, 30)
    assert timescale.kind == "month"
    assert timescale.ongoing
    assert timescale.explanation == "end of June 2014; ongoing"


@pytest.mark.parametrize(
    ("written", "recurrence"),
    [
        ("Bi annually", "twice a year"),
        ("Bi-annually", "twice a year"),
        ("Six monthly", "twice a year"),
        ("Twice a year", "twice a year"),
        ("Quarterly throughout the year", "quarterly"),
        ("Quarterly", "quarterly"),
        ("Annually", "annually"),
        ("Annual", "annually"),
        ("Monthly", "monthly"),
        ("Bi-monthly", "every two months"),
        ("At every board meeting", "at every meeting"),
        ("every 8-12 weeks", "every 8-12 weeks"),
        ("Termly", "every term"),
    ],
)
def test_recurring_work_has_no_single_date(written: str, recurrence: str) -> None:
    timescale = understand_timescale(written, today=TODAY)
    assert (timescale.date, timescale.kind, timescale.recurrence) == (None, "recurring", recurrence)


@pytest.mark.parametrize(
    "written", ["insert", "Insert date", "TBC", "tbc", "T.B.C.", "To be confirmed", "???", "?", "-", "[insert]", "xx"]
)
def test_placeholders(written: str) -> None:
    assert understood(written) == (None, "placeholder")


def test_ongoing_alone_is_ongoing_without_a_date() -> None:
    timescale = understand_timescale("Ongoing", today=TODAY)
    assert (timescale.date, timescale.kind, timescale.ongoing) == (None, "ongoing", True)
    assert understood("On-going") == (None, "ongoing")


@pytest.mark.parametrize("written", ["", "   ", None])
def test_empty_is_unknown(written: str | None) -> None:
    timescale = understand_timescale(written, today=TODAY)
    assert (timescale.date, timescale.kind, timescale.ambiguous) == (None, "unknown", False)
    assert timescale.text == (written or "")


def test_sept_14_is_not_guessed_but_both_readings_are_offered() -> None:
    timescale = understand_timescale("Sept 14", today=TODAY)
    assert timescale.date is None
    assert timescale.kind == "unknown"
    assert timescale.ambiguous
    assert timescale.candidates == (date(2014, 9, 30), date(2025, 9, 14))


def test_a_calendar_year_quarter_is_ambiguous() -> None:
    timescale = understand_timescale("Q3 2014", today=TODAY)
    assert (timescale.date, timescale.ambiguous) == (None, True)
    assert timescale.candidates == (date(2014, 12, 31), date(2014, 9, 30))


def test_a_month_without_a_year_offers_the_next_one() -> None:
    timescale = understand_timescale("End of March", today=TODAY)
    assert (timescale.date, timescale.ambiguous, timescale.candidates) == (None, True, (date(2026, 3, 31),))
    assert understand_timescale("March", today=date(2025, 2, 1)).candidates == (date(2025, 3, 31),)


def test_a_quarter_or_year_end_without_a_year_offers_the_next_one() -> None:
    assert understand_timescale("Q3", today=TODAY).candidates == (date(2025, 12, 31),)
    assert understand_timescale("Q4", today=date(2025, 4, 1)).candidates == (date(2026, 3, 31),)
    assert understand_timescale("End of financial year", today=TODAY).candidates == (date(2026, 3, 31),)


def test_us_style_date_is_read_month_first_only_when_day_first_is_impossible() -> None:
    timescale = understand_timescale("03/31/2015", today=TODAY)
    assert timescale.date == date(2015, 3, 31)
    assert "month-first" in timescale.explanation
    assert understood("03/04/2015") == (date(2015, 4, 3), "date")


@pytest.mark.parametrize("written", ["Discuss with the chair", "31/02/2015", "when the new chair starts"])
def test_text_that_names_no_date_is_unknown(written: str) -> None:
    timescale = understand_timescale(written, today=TODAY)
    assert (timescale.date, timescale.kind, timescale.ambiguous) == (None, "unknown", False)
    assert timescale.text == written


def test_the_explanations_an_import_report_shows() -> None:
    assert understand_timescale("30th Sept 2014").explanation == "30 September 2014"
    assert understand_timescale("Q3 2014/15").explanation == "end of Q3 2014-15 (31 December 2014)"
    assert understand_timescale("2014/15").explanation == "end of financial year 2014-15 (31 March 2015)"
    assert understand_timescale("Bi annually").explanation == "recurring (twice a year): no single due date"
    assert understand_timescale("insert").explanation == "placeholder: no date given yet"


def test_the_text_is_kept_exactly_as_written() -> None:
    written = "  June 2014\nOngoing  "
    assert understand_timescale(written, today=TODAY).text == written


@pytest.mark.parametrize(
    ("when", "status", "overdue"),
    [
        (date(2025, 5, 31), "open", True),
        (date(2025, 5, 31), None, True),
        (date(2025, 6, 1), "open", False),  # due today is not yet overdue
        (date(2025, 6, 2), "open", False),
        (None, "open", False),
        (date(2014, 6, 30), "completed", False),
        (date(2014, 6, 30), "Completed", False),
        (date(2014, 6, 30), "closed_by_board", False),
        (date(2014, 6, 30), "carried_forward", True),  # still outstanding
        (date(2014, 6, 30), "Closed", False),
        (date(2014, 6, 30), "in progress", True),
    ],
)
def test_is_overdue(when: date | None, status: str | None, overdue: bool) -> None:
    assert is_overdue(when, status, TODAY) is overdue


def test_open_statuses() -> None:
    assert is_open_status("open")
    assert is_open_status("Carried forward")
    assert is_open_status("carried_forward")
    assert not is_open_status("DONE")


def test_an_action_rated_blue_is_complete_and_never_overdue():
    from datetime import date as _date

    from safeguard_desktop.core.timescales import is_overdue as _is_overdue

    past, today = _date(2024, 3, 31), _date(2026, 11, 23)
    assert _is_overdue(past, "open", today, rag="amber")
    assert not _is_overdue(past, "open", today, rag="blue")
    assert not _is_overdue(past, "completed", today, rag="red")


@pytest.mark.parametrize("written, expected", [
    ("1 st July 2014", date(2014, 7, 1)),  # an ordinal split from its number by a conversion
    ("2 nd March 2015", date(2015, 3, 2)),
    ("23 rd Sept 2014", date(2014, 9, 23)),
    ("By the 30 th June 2014", date(2014, 6, 30)),
])
def test_an_ordinal_split_from_its_number_is_still_that_day(written: str, expected: date) -> None:
    understood = understand_timescale(written, TODAY)
    assert (understood.date, understood.kind, understood.ambiguous) == (expected, "date", False)
