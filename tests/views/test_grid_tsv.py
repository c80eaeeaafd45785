"""Clipboard text into grid cells: Excel's quoting where Excel quoted, and
plain text (Word tables, Notepad, e-mail) taken literally, ditto marks and
quoted words included."""

from __future__ import annotations

import pytest

from safeguard_desktop.views.grid.tsv import from_tsv, to_tsv


def test_a_lone_ditto_mark_is_a_cell_of_its_own():
    text = '1.1\tChildren\tPolice\n1.2\t"\tHealth\n1.3\tAdults\tCouncil'
    assert from_tsv(text) == [["1.1", "Children", "Police"], ["1.2", '"', "Health"], ["1.3", "Adults", "Council"]]


def test_a_column_of_ditto_marks_stays_a_column():
    # The second mark is a quote followed by a tab: it must not close a
    # "quoted cell" opened by the first one two lines up.
    text = '1.1\tChildren\tPolice\r\n1.2\t"\tHealth\r\n1.3\t"\tCouncil\r\n'
    assert from_tsv(text) == [["1.1", "Children", "Police"], ["1.2", '"', "Health"], ["1.3", '"', "Council"]]


@pytest.mark.parametrize("text, rows", [
    ('1.2\t"\t"\tMarch', [["1.2", '"', '"', "March"]]),  # two marks side by side
    ('1.2\t"\tPolice\t"\n1.3\tx\ty\tz', [["1.2", '"', "Police", '"'], ["1.3", "x", "y", "z"]]),
    ('a\t"\n"\tb', [["a", '"'], ['"', "b"]]),  # last cell of one row, first of the next
    ('"', [['"']]),
    ('1.2\t"\tHealth\n1.3\tScreens 12"\tX', [["1.2", '"', "Health"], ["1.3", 'Screens 12"', "X"]]),
    ('1.2\t"', [["1.2", '"']]),
])
def test_ditto_marks_anywhere_in_a_row(text, rows):
    assert from_tsv(text) == rows


@pytest.mark.parametrize("cell", [
    '"Think family" approach',
    'The "Think family" approach',
    '"Team Around the Family"',
    '""',
    'Say "yes" then "no"',
    '12" display',
])
def test_quotes_in_plain_text_are_kept(cell):
    assert from_tsv(f"1.1\t{cell}\tPolice\n1.2\tx\ty") == [["1.1", cell, "Police"], ["1.2", "x", "y"]]


def test_excel_quoted_cells_keep_their_line_breaks_tabs_and_quotes():
    text = ('Aim one\t"Step one\nand two"\tLead one\r\n'
            'Aim two\t"Tab\there"\t"Say ""yes"""\r\n'
            '"""Think family"" approach"\t"Line\r\nbreak"\tLast\r\n')
    assert from_tsv(text) == [
        ["Aim one", "Step one\nand two", "Lead one"],
        ["Aim two", "Tab\there", 'Say "yes"'],
        ['"Think family" approach', "Line\nbreak", "Last"],
    ]


def test_a_ditto_mark_above_an_excel_multi_line_cell():
    text = '1.2\t"\tHealth\n1.3\t"Step one\nand two"\tCouncil\n'
    assert from_tsv(text) == [["1.2", '"', "Health"], ["1.3", "Step one\nand two", "Council"]]


def test_what_the_grid_copies_pastes_back_unchanged():
    rows = [["1.1", '"Think family" approach', "Line one\nline two", '"'],
            ["1.2", "Tab\tinside", "", "Dŵr glân"],
            ['"', '"', "plain", 'ends with a quote"']]
    assert from_tsv(to_tsv(rows)) == rows


def test_word_table_text_with_ragged_rows_is_squared_off():
    assert from_tsv("a\tb\tc\nd\n\ne\tf\n") == [["a", "b", "c"], ["d", "", ""], ["", "", ""], ["e", "f", ""]]
