"""Excel workbooks (.xlsx, .xlsm) to plain source rows.

Normal mode, never read-only: read-only mode trusts the size a sheet
declares and silently drops the rows beyond it (measured: a sheet declaring 61 rows
that held 400,099 gave 61),
and it has neither merged cells nor fills, which plans depend on. Cells are
walked sparsely (only those the file holds) so one stray cell at XFD1048576
does not make us walk sixteen thousand empty columns.

Formulas are never evaluated: the value Excel saved with the file is taken
from a second, ``data_only`` load; when there is none (a file written by a
program that does not calculate), the formula's text is kept instead.
"""

from __future__ import annotations

import datetime as dt
import functools
import warnings
from pathlib import Path
from typing import Any

from safeguard_desktop.core.timescales import format_date
from safeguard_desktop.imports.colours import FillResolver
from safeguard_desktop.imports.safe_open import MAX_CELLS, MAX_SHEET_ROWS, CheckedFile, ImportFileError, reading
from safeguard_desktop.imports.source import SourceBook, SourceCell, SourceRow, leading_spaces
from safeguard_desktop.progress import Progress

# openpyxl warns about every feature it skips (data validation, conditional
# formatting extensions, odd defined names); none of them changes a cell's
# value, and on a command line they are noise the user cannot act on.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\..*)?$")

_Key = tuple[str, int, int]  # sheet, row, column (1-based, as openpyxl)


def read_xlsx(checked: CheckedFile, progress: Progress | None = None) -> SourceBook:
    book = SourceBook("xlsx", warnings=list(checked.warnings))
    formulas: dict[_Key, str] = {}
    with reading(checked.path, "xlsx"):
        workbook = _load(checked.path, data_only=False)
        resolver = FillResolver(workbook.loaded_theme, getattr(workbook, "_colors", None))
        sheets = workbook.worksheets
        for number, sheet in enumerate(sheets, start=1):
            if progress is not None:
                progress.report(number - 1, len(sheets), f"Reading sheet {sheet.title}")
            book.sheets.append(sheet.title)
            if sheet.sheet_state != "visible":
                book.warnings.append(f"The sheet '{sheet.title}' is hidden in the workbook; its rows were read too.")
            book.rows.extend(_read_sheet(checked.path, sheet, resolver, formulas))
        if formulas:
            cached = _cached_values(checked.path, formulas)
            book.rows = [_with_cached(row, cached) for row in book.rows]
    return book


def _load(path: Path, *, data_only: bool) -> Any:
    import openpyxl  # here, not at the top: the window starts without it (docs/ARCHITECTURE.md, "Start-up")

    # A file object, not the name: openpyxl refuses names not ending in
    # .xlsx/.xlsm even when the content is a workbook.
    with path.open("rb") as handle:
        return openpyxl.load_workbook(handle, read_only=False, data_only=data_only,
                                      keep_vba=False, keep_links=False, rich_text=False)


def _read_sheet(path: Path, sheet: Any, resolver: FillResolver, formulas: dict[_Key, str]) -> list[SourceRow]:
    cells: dict[tuple[int, int], Any] = sheet._cells  # sparse: only the cells the file holds
    if len(cells) > MAX_CELLS:
        raise ImportFileError(f"{path.name}: the sheet '{sheet.title}' holds {len(cells):,} cells; sheets over "
                              f"{MAX_CELLS:,} cells are not imported. Split it into smaller sheets.")
    by_row: dict[int, dict[int, SourceCell]] = {}
    for (row, column), cell in cells.items():
        source = _source_cell(cell, resolver)
        if source is None:
            continue
        if source.formula is not None:
            formulas[(sheet.title, row, column)] = source.formula
        by_row.setdefault(row, {})[column - 1] = source
    if len(by_row) > MAX_SHEET_ROWS:
        raise ImportFileError(f"{path.name}: the sheet '{sheet.title}' has {len(by_row):,} rows; sheets over "
                              f"{MAX_SHEET_ROWS:,} rows are not imported. Split it into smaller sheets.")
    spanned: dict[int, set[int]] = {}
    for merged in sheet.merged_cells.ranges:
        _spread_merge(merged, by_row, spanned)
    if len(by_row) > MAX_SHEET_ROWS:
        raise ImportFileError(f"{path.name}: the sheet '{sheet.title}' has {len(by_row):,} rows; sheets over "
                              f"{MAX_SHEET_ROWS:,} rows are not imported. Split it into smaller sheets.")
    return [SourceRow(sheet.title, row, by_row[row], frozenset(spanned.get(row, ())))
            for row in sorted(by_row)]


def _source_cell(cell: Any, resolver: FillResolver) -> SourceCell | None:
    """Text, fill and date of one cell; None when it holds nothing at all."""
    fill = resolver.fill_hex(cell.fill) if cell.has_style else None
    value = cell.value
    if value is None:
        return SourceCell("", fill) if fill else None
    formula = _formula_text(value, cell.data_type)
    if formula is not None:
        return SourceCell(formula, fill, formula=formula)
    text, day = cell_text(value, cell.number_format)
    if not text and not fill:
        return None
    indent = int(cell.alignment.indent or 0) if cell.has_style else 0
    return SourceCell(text, fill, day, indent=indent or leading_spaces(value))


@functools.cache
def _formula_types() -> tuple[type, ...]:
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    return ArrayFormula, DataTableFormula


def _formula_text(value: Any, data_type: str) -> str | None:
    if isinstance(value, _formula_types()):
        return str(getattr(value, "text", None) or value)
    if data_type == "f" and isinstance(value, str):
        return value
    return None


def cell_text(value: Any, number_format: str = "General") -> tuple[str, dt.date | None]:
    """A cell value as the text a reader of the sheet sees, and the date
    when it is one. Numbers lose Excel's float noise ("1.1", not
    "1.1000000000000001"); whole numbers show no ".0"."""
    if value is None:
        return "", None
    if isinstance(value, dt.datetime):
        day = value.date()
        if value.time() == dt.time(0, 0):
            return format_date(day), day
        return f"{format_date(day)} {value:%H:%M}", day
    if isinstance(value, dt.date):
        return format_date(value), value
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), None
    if isinstance(value, float):
        if "%" in (number_format or ""):
            return f"{value * 100:.15g}%", None
        return (str(int(value)) if value.is_integer() else f"{value:.15g}"), None
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n").strip(), None
    return str(value).strip(), None


def _spread_merge(merged: Any, by_row: dict[int, dict[int, SourceCell]], spanned: dict[int, set[int]]) -> None:
    """A value merged down belongs to every row it covers; columns merged
    across are marked spanned so a banner counts as one value."""
    top, left, bottom, right = merged.min_row, merged.min_col, merged.max_row, merged.max_col
    # Clamped to the rows and columns the sheet holds: a damaged or hostile
    # file can merge A1:XFD1048576, which must not become 17 billion cells.
    bottom = min(bottom, max(by_row, default=top), top + MAX_SHEET_ROWS)
    right = min(right, max((max(cells, default=0) for cells in by_row.values()), default=0) + 1)
    origin = by_row.get(top, {}).get(left - 1)
    for row in range(top, bottom + 1):
        if right > left:
            spanned.setdefault(row, set()).update(range(left, right))
        for column in range(left, right):
            by_row.get(row, {}).pop(column, None)  # covered cells hold nothing of their own
        if row == top or origin is None or not (origin.text or origin.fill):
            continue
        by_row.setdefault(row, {})[left - 1] = SourceCell(origin.text, origin.fill, origin.date, top, origin.formula)


def _cached_values(path: Path, formulas: dict[_Key, str]) -> dict[_Key, tuple[str, dt.date | None]]:
    values = _load(path, data_only=True)
    cached: dict[_Key, tuple[str, dt.date | None]] = {}
    for sheet, row, column in formulas:
        cell = values[sheet].cell(row, column)
        if cell.value is not None:
            cached[(sheet, row, column)] = cell_text(cell.value, cell.number_format)
    return cached


def _with_cached(row: SourceRow, cached: dict[_Key, tuple[str, dt.date | None]]) -> SourceRow:
    if not any(cell.formula for cell in row.cells.values()):
        return row
    cells = {}
    for column, cell in row.cells.items():
        if cell.formula is not None:
            origin_row = cell.merged_from or row.row
            text, day = cached.get((row.sheet, origin_row, column + 1), (cell.formula, None))
            cell = SourceCell(text, cell.fill, day, cell.merged_from, cell.formula)
        cells[column] = cell
    return SourceRow(row.sheet, row.row, cells, row.spanned)
