from __future__ import annotations

import pytest

from safeguard_desktop.core.rag import (
    RAG_COLOURS,
    RAG_TEXT_COLOURS,
    RAG_VALUES,
    contrast_ratio,
    nearest_rag_colour,
    parse_rag,
    rag_from_key,
    rag_label,
)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Red", "red"),
        ("R", "red"),
        ("red", "red"),
        ("RED", "red"),
        ("amber", "amber"),
        ("A", "amber"),
        ("Amber ", "amber"),
        ("G", "green"),
        ("Green", "green"),
        ("Green.", "green"),
        ("(G)", "green"),
        ("Blue", "blue"),
        ("B", "blue"),
        ("Complete", "blue"),
        ("Completed", "blue"),
        ("N", "none"),
        ("Not started", "none"),
        ("not-started", "none"),
        ("  NOT   STARTED ", "none"),
        ("grey", "none"),
        ("Gray", "none"),
        ("On track", "green"),
        ("At risk", "amber"),
        ("Off track", "red"),
        ("\tr\n", "red"),
    ],
)
def test_parse_rag_reads_words_and_letters_in_any_case(written: str, expected: str) -> None:
    assert parse_rag(written) == expected


@pytest.mark.parametrize("written", [None, "", "   ", "Amber/Green", "Discuss with the chair", "RA", "???", "Reddish"])
def test_parse_rag_gives_none_when_it_is_not_a_rating(written: str | None) -> None:
    assert parse_rag(written) is None


def test_labels_are_short_and_not_started_is_spelled_out() -> None:
    assert [rag_label(v) for v in RAG_VALUES] == ["Red", "Amber", "Green", "Blue", "Not started"]
    assert rag_label(None) == "Not started"
    with pytest.raises(ValueError, match="purple"):
        rag_label("purple")


def test_every_value_has_a_fill_and_a_text_colour() -> None:
    assert set(RAG_COLOURS) == set(RAG_VALUES) == set(RAG_TEXT_COLOURS)
    assert RAG_COLOURS == {
        "red": "#FF4B4B",
        "amber": "#FFC000",
        "green": "#70AD47",
        "blue": "#5B9BD5",
        "none": "#D9D9D9",
    }


@pytest.mark.parametrize("value", RAG_VALUES)
def test_text_on_every_fill_meets_wcag_aa_contrast(value: str) -> None:
    assert contrast_ratio(RAG_COLOURS[value], RAG_TEXT_COLOURS[value]) >= 4.5


def test_contrast_ratio_runs_from_one_to_twenty_one() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    with pytest.raises(ValueError):
        contrast_ratio("#GGGGGG", "#000000")


@pytest.mark.parametrize(
    ("fill", "expected"),
    [
        ("FFFF0000", "red"),  # Excel standard Red, as openpyxl reports it
        ("FFC00000", "red"),  # Dark Red
        ("#FF4B4B", "red"),
        ("FFFFC7CE", "red"),  # the "Bad" cell style
        ("FFFFC000", "amber"),  # Orange
        ("FFFFFF00", "amber"),  # Yellow counts as amber
        ("FFFFEB9C", "amber"),  # the "Neutral" cell style
        ("FF00B050", "green"),
        ("FF92D050", "green"),  # Light Green
        ("FFC6EFCE", "green"),  # the "Good" cell style
        ("70AD47", "green"),
        ("FF0070C0", "blue"),
        ("FF00B0F0", "blue"),  # Light Blue
        ("FF002060", "blue"),  # Dark Blue
        ("#5B9BD5", "blue"),
        ("#f00", "red"),
    ],
)
def test_nearest_rag_colour_maps_the_fills_boards_use(fill: str, expected: str) -> None:
    assert nearest_rag_colour(fill) == expected


@pytest.mark.parametrize(
    "fill",
    [
        "FFFFFFFF",
        "#FFFFFF",
        "FFF2F2F2",
        "FFD9D9D9",
        "FF808080",
        "FF000000",
        "00000000",
        "FFDDEBF7",
        "",
        None,
        "nonsense",
        "#12345",
    ],
)
def test_white_grey_black_pale_and_non_colours_are_not_ratings(fill: str | None) -> None:
    assert nearest_rag_colour(fill) is None


def test_our_own_fills_read_back_as_their_own_ratings() -> None:
    for value in ("red", "amber", "green", "blue"):
        assert nearest_rag_colour(RAG_COLOURS[value]) == value
    assert nearest_rag_colour(RAG_COLOURS["none"]) is None


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("R", "red"),
        ("r", "red"),
        ("A", "amber"),
        ("g", "green"),
        ("B", "blue"),
        ("n", "none"),
        ("x", None),
        ("", None),
        ("RA", None),
        (" ", None),
    ],
)
def test_grid_keys(key: str, expected: str | None) -> None:
    assert rag_from_key(key) == expected
