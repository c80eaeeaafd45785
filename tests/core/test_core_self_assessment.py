"""Scores 1-6 in words, and the change between two periods as a word and a colour."""

from __future__ import annotations

from datetime import date

import pytest

from safeguard_desktop.core.self_assessment import (
    COLOUR_FILLS,
    SCORES,
    change_between,
    change_fill,
    next_period,
    parse_score,
    score_label,
    score_word,
)


def test_each_score_has_its_word_from_unsatisfactory_to_excellent():
    assert [score_word(s) for s in SCORES] == ["Unsatisfactory", "Weak", "Adequate", "Good", "Very good",
                                               "Excellent"]
    assert score_label(4) == "4 - Good"
    assert score_label(None) == "Not scored"


@pytest.mark.parametrize("bad", [0, 7, -1])
def test_a_score_outside_one_to_six_is_refused(bad):
    with pytest.raises(ValueError):
        score_word(bad)


@pytest.mark.parametrize(("text", "score"), [
    ("3", 3), (" 4 ", 4), ("Score: 4", 4), ("4 - Good", 4), ("very good", 5), ("Excellent", 6),
    ("", None), ("7", None), ("n/a", None), ("3 or 4", None),
])
def test_scores_are_read_as_boards_write_them(text, score):
    assert parse_score(text) == score


@pytest.mark.parametrize(("before", "after", "word", "colour"), [
    (3, 4, "Up", "green"), (5, 2, "Down", "red"), (3, 3, "Same", "grey"),
    (None, 4, "New", "blue"), (4, None, "Not scored", "grey"), (None, None, "Not scored", "grey"),
])
def test_the_change_is_a_word_and_a_colour(before, after, word, colour):
    change = change_between(before, after)
    assert (change.word, change.colour) == (word, colour)


def test_the_change_says_by_how_much():
    assert change_between(2, 5).steps == 3
    assert change_between(5, 2).steps == -3
    assert change_between(2, 5).text == "Up 3 (Weak to Very good)"
    assert change_between(3, 3).text == "Same (Adequate)"


@pytest.mark.parametrize(("label", "starts", "ends", "expected"), [
    ("2016-17 H1", None, None, ("2016-17 H2", None, None)),
    ("2016-17 H2", None, None, ("2017-18 H1", None, None)),
    ("April 2017", None, None, ("October 2017", None, None)),
    ("October 2017", None, None, ("April 2018", None, None)),
    ("2016-17", date(2016, 4, 1), date(2017, 3, 31), ("April 2017", date(2017, 4, 1), date(2017, 9, 30))),
    ("Baseline", None, None, ("Baseline, next period", None, None)),
])
def test_the_next_period_is_six_months_on(label, starts, ends, expected):
    following = next_period(label, starts, ends)
    assert (following.label, following.starts_on, following.ends_on) == expected


def test_a_change_written_in_words_gives_back_its_fill():
    assert change_fill(change_between(3, 4).text) == COLOUR_FILLS["green"]
    assert change_fill(change_between(4, 3).text) == COLOUR_FILLS["red"]
    assert change_fill("Same (Good)") == COLOUR_FILLS["grey"]
    assert change_fill("Upper tribunal") is None
    assert change_fill(None) is None and change_fill("") is None
