from __future__ import annotations

from datetime import date

from safeguard_desktop.core.review_clocks import (
    REVIEW_KINDS,
    ClockTone,
    ReviewDates,
    clock_state,
    next_clock,
    review_clocks,
)


def dates(kind: str = "rapid_review", **known: date) -> ReviewDates:
    return ReviewDates(kind=kind, **known)


def test_the_five_kinds_of_review_have_words() -> None:
    assert REVIEW_KINDS["rapid_review"] == "Rapid review"
    assert REVIEW_KINDS["cspr"] == "Child safeguarding practice review"
    assert REVIEW_KINDS["adult_practice_review"] == "Adult practice review"
    assert REVIEW_KINDS["sar"] == "Safeguarding adults review"
    assert REVIEW_KINDS["dhr"] == "Domestic homicide review"


def test_clocks_from_an_incident_before_easter() -> None:
    notify, rapid, report = review_clocks(dates(known_on=date(2025, 4, 14)))
    assert (notify.name, notify.due) == ("Notification", date(2025, 4, 23))  # 15,16,17,22,23
    assert (rapid.name, rapid.due) == ("Rapid review", date(2025, 5, 15))  # 15 further, 5 May off
    assert report.name == "Review report" and report.due is None  # no decision yet


def test_rapid_review_runs_from_the_actual_notification_and_the_report_from_the_decision() -> None:
    notify, rapid, report = review_clocks(dates(known_on=date(2025, 3, 3), notified_on=date(2025, 3, 4),
                                                decided_on=date(2025, 8, 31)))
    assert notify.due == date(2025, 3, 10) and notify.met_on == date(2025, 3, 4)
    assert rapid.due == date(2025, 3, 25)
    assert report.due == date(2026, 2, 28)  # six calendar months, the month's last day


def test_a_scottish_board_counts_its_own_holidays() -> None:
    # Known Tuesday 25 November 2025: St Andrew's Day's substitute (Monday
    # 1 December) is a working day in England but not in Scotland.
    english = review_clocks(dates(known_on=date(2025, 11, 25)))[0]
    scottish = review_clocks(dates(known_on=date(2025, 11, 25)), nation="scotland")[0]
    assert english.due == date(2025, 12, 2)
    assert scottish.due == date(2025, 12, 3)


def test_clocks_across_christmas_and_a_state_funeral() -> None:
    assert review_clocks(dates(known_on=date(2022, 12, 22)))[0].due == date(2023, 1, 3)  # 23, 28, 29, 30, 3 Jan
    assert review_clocks(dates(known_on=date(2022, 9, 14)))[0].due == date(2022, 9, 22)  # 19 Sept off


def test_adult_reviews_run_only_the_report_clock() -> None:
    clocks = review_clocks(dates("sar", known_on=date(2025, 1, 6), decided_on=date(2025, 2, 3)))
    assert [c.name for c in clocks] == ["Review report"]
    assert clocks[0].due == date(2025, 8, 3)


def test_state_words_and_colours() -> None:
    clock = review_clocks(dates(known_on=date(2025, 3, 3)))[0]  # notification due Monday 10 March
    overdue = clock_state(clock, today=date(2025, 3, 13))
    assert overdue.words == "Overdue by 3 working days" and overdue.tone is ClockTone.OVERDUE
    assert overdue.colour == ClockTone.OVERDUE.colour
    soon = clock_state(clock, today=date(2025, 3, 7))
    assert soon.words == "Due in 1 working day" and soon.tone is ClockTone.DUE_SOON
    today = clock_state(clock, today=date(2025, 3, 10))
    assert today.words == "Due today" and today.tone is ClockTone.DUE_SOON
    later = clock_state(clock, today=date(2025, 3, 3))
    assert later.words == "Due in 5 working days" and later.tone is ClockTone.DUE_SOON
    far = clock_state(review_clocks(dates("sar", known_on=date(2025, 1, 6), decided_on=date(2025, 2, 3)))[0],
                      today=date(2025, 3, 3))
    assert far.tone is ClockTone.RUNNING and far.words.startswith("Due in ")


def test_met_on_time_and_met_late() -> None:
    on_time = review_clocks(dates(known_on=date(2025, 3, 3), notified_on=date(2025, 3, 7)))[0]
    state = clock_state(on_time, today=date(2025, 6, 1))
    assert state.words == "Met on 07/03/2025" and state.tone is ClockTone.MET
    late = review_clocks(dates(known_on=date(2025, 3, 3), notified_on=date(2025, 3, 12)))[0]
    state = clock_state(late, today=date(2025, 6, 1))
    assert state.words == "Met on 12/03/2025, 2 working days late" and state.tone is ClockTone.MET_LATE


def test_a_clock_not_yet_started_says_what_it_waits_for() -> None:
    report = review_clocks(dates(known_on=date(2025, 3, 3)))[2]
    state = clock_state(report, today=date(2025, 3, 4))
    assert state.words == "Starts when a review is decided" and state.tone is ClockTone.WAITING


def test_a_closed_review_stops_its_clocks() -> None:
    notify = review_clocks(dates(known_on=date(2025, 3, 3)))[0]
    assert clock_state(notify, today=date(2025, 6, 1)).tone is ClockTone.OVERDUE
    stopped = clock_state(notify, today=date(2025, 6, 1), closed=True)
    assert stopped.words == "Not run: the review is closed" and stopped.tone is ClockTone.WAITING


def test_next_clock_is_the_first_one_still_running() -> None:
    clocks = review_clocks(dates(known_on=date(2025, 3, 3), notified_on=date(2025, 3, 7)))
    assert next_clock(clocks).name == "Rapid review"
    done = review_clocks(dates(known_on=date(2025, 3, 3), notified_on=date(2025, 3, 7),
                               rapid_review_on=date(2025, 3, 20), decided_on=date(2025, 3, 27),
                               completed_on=date(2025, 9, 1)))
    assert next_clock(done) is None
