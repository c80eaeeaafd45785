from datetime import date

import pytest

from safeguard_desktop.core.next_meeting import describe_due, means_next_meeting, suggested_due


@pytest.mark.parametrize("text", ["next meeting", "Next Meeting", "by the next meeting", "at next mtg",
                                  "  next meeting. "])
def test_words_for_the_next_meeting(text):
    assert means_next_meeting(text)


@pytest.mark.parametrize("text", ["", None, "next month", "meeting", "after the next meeting but one"])
def test_other_words_are_not_the_next_meeting(text):
    assert not means_next_meeting(text)


def test_a_due_date_meant_as_the_next_meeting_says_so():
    assert describe_due(date(2025, 3, 12), "next meeting") == "next meeting (12 Mar 2025)"
    assert describe_due(date(2025, 3, 12), None) == "12 March 2025"
    assert describe_due(None, None) == ""


def test_suggested_dates_are_never_in_the_past():
    assert suggested_due(date(2024, 5, 14), date(2026, 12, 2)) == date(2027, 3, 31)
    assert suggested_due(date(2027, 1, 20), date(2026, 12, 2)) == date(2027, 4, 30)
    assert suggested_due(date(2026, 10, 31), date(2026, 10, 31)) == date(2027, 1, 31)
    for day in range(1, 400, 7):
        today = date(2026, 1, 1).fromordinal(date(2026, 1, 1).toordinal() + day)
        assert suggested_due(date(2024, 5, 14), today) > today
