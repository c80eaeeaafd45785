"""Import limits are counted while the package streams by, before any
parser builds a cell: a workbook over the cell limit is refused without
openpyxl ever loading it. (How fast, and in how much memory, is measured in
benchmarks/import_limits.py.)"""

from __future__ import annotations

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
