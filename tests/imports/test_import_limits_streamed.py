"""Import limits are counted while the package streams by, before any
parser builds a cell: a workbook over the cell limit is refused without
openpyxl ever loading it. (How fast, and in how much memory, is measured in
benchmarks/import_limits.py.)"""

from __future__ import annotations

import zipfile

import openpyxl
import pytest
from openpyxl import Workbook

from safeguard_desktop.imports import safe_open
from safeguard_desktop.imports.plan_import import preview_import
from safeguard_desktop.imports.safe_open import ImportFileError


def _workbook(path, rows: int, columns: int):
    book = Workbook()
    sheet = book.active
    sheet.append(["No.", "What do we want to achieve?", "How will we do it?"][:columns]
                 + [f"Extra {n}" for n in range(columns - 3)])
    for r in range(rows - 1):
        sheet.append([f"1.{r}"] + [f"text {r}-{c}" for c in range(columns - 1)])
    book.save(path)
    return path


def test_a_workbook_over_the_cell_limit_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    monkeypatch.setattr(safe_open, "MAX_CELLS", 2_000)
    path = _workbook(tmp_path / "big.xlsx", rows=401, columns=5)  # 2,005 cells

    def never(*args, **kwargs):
        raise AssertionError("openpyxl was asked to load a workbook over the limit")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    with pytest.raises(ImportFileError, match="2,005 cells") as refused:
        preview_import(path)
    assert "2,000" in str(refused.value)


def test_a_workbook_within_the_limit_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(safe_open, "MAX_CELLS", 2_000)
    path = _workbook(tmp_path / "fits.xlsx", rows=399, columns=5)  # 1,995 cells
    assert safe_open.check_file(path).kind == "xlsx"


def _never_load(monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("openpyxl was asked to load a workbook over the limit")

    monkeypatch.setattr(openpyxl, "load_workbook", never)


def test_a_sheet_over_the_row_limit_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    # 60 rows of 2 cells: far under the cell limit, over a row limit of 50
    # (before, openpyxl loaded the whole sheet and the reader refused it after).
    monkeypatch.setattr(safe_open, "MAX_SHEET_ROWS", 50)
    path = _workbook(tmp_path / "long.xlsx", rows=60, columns=3)
    _never_load(monkeypatch)
    with pytest.raises(ImportFileError, match="more than 50 filled rows"):
        preview_import(path)


def test_empty_styled_rows_do_not_count_as_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(safe_open, "MAX_SHEET_ROWS", 50)
    path = _workbook(tmp_path / "styled.xlsx", rows=10, columns=3)
    book = openpyxl.load_workbook(path)
    for row in range(11, 200):  # a height of their own: Excel writes each as an empty <row .../>
        book.active.row_dimensions[row].height = 20
    book.save(path)
    with zipfile.ZipFile(path) as package:
        assert package.read("xl/worksheets/sheet1.xml").count(b"<row ") > 150
    assert safe_open.check_file(path).kind == "xlsx"
    assert len(preview_import(path).book.rows) == 10


def _as_utf16(path, out):
    """The workbook with its sheet re-encoded in UTF-16, as an XML parser
    reads it and a byte search for '<c ' does not."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"', 1)
                data = text.encode("utf-16")
            target.writestr(member, data)
    return out


def test_cells_of_a_sheet_in_utf16_are_counted(tmp_path, monkeypatch):
    monkeypatch.setattr(safe_open, "MAX_CELLS", 2_000)
    path = _as_utf16(_workbook(tmp_path / "big.xlsx", rows=401, columns=5), tmp_path / "big16.xlsx")
    _never_load(monkeypatch)
    with pytest.raises(ImportFileError, match="2,005 cells"):
        preview_import(path)


def test_sheets_with_more_text_than_the_limit_are_refused_before_they_are_parsed(tmp_path, monkeypatch):
    # Few cells, much text: the text is what costs the memory then.
    monkeypatch.setattr(safe_open, "MAX_SHEET_XML_BYTES", 100_000)
    book = Workbook()
    for r in range(40):
        book.active.append(["1.1", "long text " * 300])
    book.save(tmp_path / "wordy.xlsx")
    _never_load(monkeypatch)
    with pytest.raises(ImportFileError, match="sheets unpack to .* MB of cells and text"):
        preview_import(tmp_path / "wordy.xlsx")


def test_a_csv_over_the_size_limit_is_refused_before_a_line_is_read(tmp_path, monkeypatch):
    # 40,000 lines are within the line limit: the size alone refuses it.
    monkeypatch.setattr(safe_open, "MAX_CSV_BYTES", 1024 * 1024)
    path = tmp_path / "long.csv"
    path.write_text("No.,What do we want to achieve?\n" + "1.1,Audit practice in every locality\n" * 40_000,
                    encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"long.csv is 1 MB; CSV files over 1 MB are not imported"):
        preview_import(path)
