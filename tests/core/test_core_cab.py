from __future__ import annotations

import pytest

from safeguard_desktop.core.cab import CAB_VALUES, cab_label, normalise_cab


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("C", "C"),
        ("A", "A"),
        ("B", "B"),
        ("c", "C"),
        ("a", "A"),
        ("b", "B"),
        (" C ", "C"),
        ("C.", "C"),
        ("Children", "C"),
        ("children", "C"),
        ("Adults", "A"),
        ("ADULT", "A"),
        ("Both", "B"),
        ("C/A", "B"),
        ("C & A", "B"),
        ("Children and adults", "B"),
        ("Children & Adults", "B"),
        ("Children and young people", "C"),
    ],
)
def test_latin_letters_and_words_are_read_without_a_flag(written: str, expected: str) -> None:
    assert normalise_cab(written) == (expected, False)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("\u0410", "A"),  # Cyrillic А
        ("\u0430", "A"),  # Cyrillic а
        ("\u0412", "B"),  # Cyrillic В
        ("\u0421", "C"),  # Cyrillic С
        ("\u0441", "C"),  # Cyrillic с
        ("\u0391", "A"),  # Greek Α
        ("\u03b1", "A"),  # Greek α
        ("\u0392", "B"),  # Greek Β
        ("\u03f9", "C"),  # Greek lunate sigma Ϲ
        ("\uff23", "C"),  # fullwidth Ｃ
        ("\u216d", "C"),  # Roman numeral Ⅽ
        ("\u0421hildren", "C"),  # a word typed with one Cyrillic letter
        ("\u0421/\u0410", "B"),
    ],
)
def test_look_alike_letters_are_folded_and_flagged(written: str, expected: str) -> None:
    assert normalise_cab(written) == (expected, True)


@pytest.mark.parametrize("written", [None, "", "   "])
def test_an_empty_cell_has_no_value(written: str | None) -> None:
    assert normalise_cab(written) == (None, False)


@pytest.mark.parametrize("written", ["D", "X", "Everyone?", "\u0414", "Discuss with the chair", "CAB"])
def test_text_that_is_not_a_cab_value_is_left_for_the_user(written: str) -> None:
    assert normalise_cab(written) == (None, False)


def test_labels() -> None:
    assert [cab_label(v) for v in CAB_VALUES] == ["Children", "Adults", "Both"]
    assert cab_label(None) == ""
    with pytest.raises(ValueError):
        cab_label("\u0421")  # stored values are Latin; a look-alike here is a bug upstream


def test_a_heading_typed_in_look_alike_letters_folds_to_latin() -> None:
    from safeguard_desktop.core.cab import fold_lookalikes

    assert fold_lookalikes("\u0421\u0410\u0412") == ("CAB", True)  # Cyrillic ES, A, VE
    assert fold_lookalikes("Lead") == ("Lead", False)
