from __future__ import annotations

import pytest

from safeguard_desktop.core.ditto import DittoResolution, is_ditto, resolve_dittos

DITTO_SPELLINGS = [
    '"',
    '" "',
    '"  "',
    '""',
    "\u201c \u201d",  # “ ”
    "\u201c\u201d",
    "\u201d",  # ”
    "\u201c",
    "''",
    "' '",
    "\u2018\u2019",
    "\u2033",  # ″ double prime
    "\u3003",  # 〃 ditto mark
    "\u201e",  # „
    "Ditto",
    "ditto",
    "ditto.",
    "DITTO",
    "Ditto .",
    "As above",
    "as above.",
    "AS ABOVE",
    "Same as above",
    "(as above)",
    '"ditto"',
    "-do-",
    "- do -",
    "do.",
    "Do",
    "  \u201c  \u201d  ",
]


@pytest.mark.parametrize("mark", DITTO_SPELLINGS)
def test_every_spelling_of_a_ditto_mark(mark: str) -> None:
    assert is_ditto(mark)


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "   ",
        "-",
        "--",
        "'",  # Excel's text prefix
        "\u2019",  # a lone apostrophe
        "Do the audit",
        "As above, plus the police",
        "Ditto the chair's comment at the last meeting",
        "Business manager",
        "N/A",
        "above",
        "donor",
        '"Working Together"',
    ],
)
def test_things_that_are_not_dittos(text: str | None) -> None:
    assert not is_ditto(text)


def test_a_ditto_takes_the_value_above_and_is_reported() -> None:
    rows = [
        ["1.1", "Audit training", "Business manager", "March 2015"],
        ["1.1", '"', "Ditto", "\u201c \u201d"],
    ]
    resolved, report = resolve_dittos(rows)
    assert resolved[1] == ["1.1", "Audit training", "Business manager", "March 2015"]
    assert report == [
        DittoResolution(1, 1, '"', "Audit training", 0),
        DittoResolution(1, 2, "Ditto", "Business manager", 0),
        DittoResolution(1, 3, "\u201c \u201d", "March 2015", 0),
    ]
    assert all(r.resolved for r in report)


def test_a_chain_of_dittos_resolves_to_the_original() -> None:
    rows = [["Chief constable"], ['"'], ["As above"], ["\u3003"], ["Director of Children's Services"], ["do."]]
    resolved, report = resolve_dittos(rows)
    assert [row[0] for row in resolved] == [
        "Chief constable", "Chief constable", "Chief constable", "Chief constable",
        "Director of Children's Services", "Director of Children's Services",
    ]  # fmt: skip
    assert [(r.row_index, r.source_row) for r in report] == [(1, 0), (2, 0), (3, 0), (5, 4)]


def test_blank_cells_are_passed_over_when_looking_up() -> None:
    rows = [["Police"], [None], [""], ['"']]
    resolved, report = resolve_dittos(rows)
    assert resolved == [["Police"], [None], [""], ["Police"]]
    assert report == [DittoResolution(3, 0, '"', "Police", 0)]


def test_a_ditto_with_nothing_above_stays_as_written_and_is_reported_unresolved() -> None:
    rows = [['"', "Lead"], ["x", "Ditto"]]
    resolved, report = resolve_dittos(rows)
    assert resolved == [['"', "Lead"], ["x", "Lead"]]
    assert report[0] == DittoResolution(0, 0, '"', None, None)
    assert not report[0].resolved
    assert report[1].resolved


def test_columns_are_independent_and_rows_may_be_ragged() -> None:
    rows: list[list[str | None]] = [["a", "b"], ["c"], ['"', '"', '"']]
    resolved, report = resolve_dittos(rows)
    assert resolved == [["a", "b"], ["c"], ["c", "b", '"']]
    assert [(r.col_index, r.resolved_value) for r in report] == [(0, "c"), (1, "b"), (2, None)]


def test_hyphens_and_empty_cells_are_left_alone() -> None:
    rows = [["Text", "Lead"], ["-", None], ["", "-"]]
    resolved, report = resolve_dittos(rows)
    assert resolved == rows
    assert report == []


def test_the_input_grid_is_not_changed() -> None:
    rows = [["Text"], ['"']]
    resolve_dittos(rows)
    assert rows == [["Text"], ['"']]
