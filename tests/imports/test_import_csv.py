"""CSV in the encodings and delimiters Excel and others write."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures import CSV_ROWS, CSV_ROWS_WELSH, build_csv

from safeguard_desktop.imports.csv_reader import decode, sniff_delimiter
from safeguard_desktop.imports.plan_import import preview_import


@pytest.mark.parametrize(("encoding", "delimiter", "warned"), [
    ("cp1252", ",", True),  # Excel's plain "CSV" on a UK laptop
    ("utf-8-sig", ";", False),  # Excel's "CSV UTF-8", where the decimal comma makes ";" the separator
    ("utf-8", "\t", False),
    ("utf-16", ",", True),  # "Unicode text": UTF-16 with a byte order mark
])
def test_plan_rows_read_in_any_common_encoding(tmp_path: Path, encoding: str, delimiter: str, warned: bool) -> None:
    path = tmp_path / "plan.csv"
    build_csv(path, CSV_ROWS, encoding, delimiter)
    preview = preview_import(path)
    kinds = [(row.row, row.kind) for row in preview.understanding.rows]
    assert kinds == [(1, "header"), (2, "action"), (3, "action")]
    first, second = (action.values for action in preview.understanding.actions)
    assert first["want"] == "Café drop-in sessions are well used"
    assert first["how"] == "Run a £5,000 drop-in pilot"
    assert first["progress"] == "Pilot started – going well"
    assert second["cab"] == "C" and second["want"] == first["want"] and second["lead"] == "Early help manager"
    assert second["how"] == 'Review the pilot; "lessons learnt" paper'
    assert second["rag"] == "amber" and str(second["when_date"]) == "2015-03-31"
    assert any("was read as" in w for w in preview.warnings) == warned


def test_welsh_in_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "cynllun.csv"
    build_csv(path, CSV_ROWS_WELSH, "utf-8-sig")
    values = preview_import(path).understanding.actions[0].values
    assert values["how"] == "Cyfarfod â’r bwrdd ar ddŵr a thŷ"
    assert values["lead"] == "Swyddog ŵyr" and values["progress"] == "Ŷd a ŵy"
    assert not values["want"].startswith("\ufeff")


def test_decoding_falls_back_in_order() -> None:
    assert decode("dŵr".encode("utf-8")) == ("dŵr", "utf-8")
    assert decode("£5 – café".encode("cp1252")) == ("£5 – café", "cp1252")
    assert decode(b"\x81\x8d") == ("\x81\x8d", "latin-1")  # bytes cp1252 leaves undefined


def test_delimiter_sniffing() -> None:
    assert sniff_delimiter("a;b;c\n1;2,5;3\n") == ";"
    assert sniff_delimiter("a\tb\n1\t2\n") == "\t"
    assert sniff_delimiter("a,b|c\n1,2|3\n4,5|6\n") == ","
    assert sniff_delimiter("one cell only\n") == ","
