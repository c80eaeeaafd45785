from __future__ import annotations

import pytest

from safeguard_desktop.core.numbering import next_number, number_sort_key, renumber, split_priority_heading


def sorted_numbers(numbers: list[str | None]) -> list[str | None]:
    return sorted(numbers, key=number_sort_key)


def test_natural_order_of_action_numbers() -> None:
    assert sorted_numbers(["1.10", "1.4", "1.3a", "1.3", "1.2", "1.1", "2", "1"]) == [
        "1", "1.1", "1.2", "1.3", "1.3a", "1.4", "1.10", "2",
    ]  # fmt: skip


def test_the_examples_in_the_brief_compare_as_users_expect() -> None:
    assert number_sort_key("1.2") < number_sort_key("1.10")
    assert number_sort_key("1.3") < number_sort_key("1.3a") < number_sort_key("1.4") < number_sort_key("1.10")


def test_children_of_a_number_come_before_its_lettered_sibling() -> None:
    assert sorted_numbers(["1.3a", "1.3.1", "1.3", "1.4"]) == ["1.3", "1.3.1", "1.3a", "1.4"]


def test_outcome_numbers_with_letters_in_the_priority() -> None:
    assert sorted_numbers(["2b.1", "2a.2", "10.1", "2a.10", "2a.1", "2.1"]) == [
        "2.1", "2a.1", "2a.2", "2a.10", "2b.1", "10.1",
    ]  # fmt: skip


def test_words_before_a_number_do_not_change_its_place() -> None:
    assert sorted_numbers(["Priority 10", "Priority 2a", "Priority 2", "1"]) == [
        "1",
        "Priority 2",
        "Priority 2a",
        "Priority 10",
    ]
    assert sorted_numbers(["Q10", "Q4", "Q1"]) == ["Q1", "Q4", "Q10"]


def test_rows_without_numbers_sort_last_and_the_key_is_total() -> None:
    assert sorted_numbers([None, "", "???", "3", "1.1A", "1.1a"]) == ["1.1A", "1.1a", "3", "???", None, ""]
    assert number_sort_key("1.1A") != number_sort_key("1.1a")


@pytest.mark.parametrize(
    ("previous", "suggested"),
    [
        (None, "1"),
        ("", "1"),
        ("1", "2"),
        ("1.3", "1.4"),
        ("1.9", "1.10"),
        ("1.3a", "1.3b"),
        ("1.3A", "1.3B"),
        ("2a.1", "2a.2"),
        ("1.1.9", "1.1.10"),
        ("Q4", "Q5"),
        ("Priority 2a", "Priority 2b"),
        ("1.", "2."),
        ("(a)", "(b)"),
        ("07", "08"),
        ("1.3z", "1.3aa"),
        ("???", "1"),
        ("insert", "1"),
    ],
)
def test_next_number_follows_the_style_of_the_one_before(previous: str | None, suggested: str) -> None:
    assert next_number(previous) == suggested


def test_renumber_proposes_a_clean_sequence_keeping_shared_and_lettered_rows() -> None:
    assert renumber(["1.1", "1.1", "1.1", "1.3", "1.3a", "1.7", None], "2") == [
        "2.1", "2.1", "2.1", "2.2", "2.2a", "2.3", "2.4",
    ]  # fmt: skip


def test_renumber_without_a_parent_numbers_from_one() -> None:
    assert renumber(["3", "5", "5", "9"], None) == ["1", "2", "2", "3"]
    assert renumber([], "1") == []


def test_renumber_accepts_a_parent_written_with_a_trailing_full_stop() -> None:
    assert renumber(["x", "y"], "2a.") == ["2a.1", "2a.2"]


def test_renumber_leaves_its_input_alone() -> None:
    numbers: list[str | None] = ["4", "4a"]
    renumber(numbers, "1")
    assert numbers == ["4", "4a"]


@pytest.mark.parametrize(
    ("banner", "expected"),
    [
        (
            "Priority 2a: to be assured that children and young people are safe",
            ("2a", "to be assured that children and young people are safe"),
        ),
        (
            "Strategic Duty 1. To provide support and advice to Safeguarding Boards with a view to ensuring that they are effective:",
            (
                "1",
                "To provide support and advice to Safeguarding Boards with a view to ensuring that they are effective",
            ),
        ),
        ("Specific responsibility 3:", ("3", "")),
        (
            "Specific responsibility 1: works alongside Safeguarding Adults Boards and Safeguarding Children Boards to secure\nconsistent improvements",
            (
                "1",
                "works alongside Safeguarding Adults Boards and Safeguarding Children Boards to secure consistent improvements",
            ),
        ),
        ("PRIORITY 3 - Leadership", ("3", "Leadership")),
        ("Outcome 2a.1 Children are heard", ("2a.1", "Children are heard")),
        ("1. Leadership and governance", ("1", "Leadership and governance")),
        ("Leadership and governance", (None, "Leadership and governance")),
        ("Priority: Leadership", (None, "Priority: Leadership")),
        ("2014/15 Business Plan", (None, "2014/15 Business Plan")),
        ("", (None, "")),
        (None, (None, "")),
    ],
)
def test_split_priority_heading(banner: str | None, expected: tuple[str | None, str]) -> None:
    assert split_priority_heading(banner) == expected
