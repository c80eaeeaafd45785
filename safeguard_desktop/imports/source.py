"""What every reader produces: plain rows of cell text, with the little the
understanding step needs to know about each cell (its fill, whether it is a
real date, whether its value was merged down from a row above).

Readers know file formats and nothing about plans; ``understand`` knows plans
and nothing about file formats. These dataclasses are the whole contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class SourceCell:
    """One non-empty (or filled) cell. ``text`` is stripped of outer
    whitespace; inner line breaks are kept as "\\n"."""

    text: str
    fill: str | None = None  # "RRGGBB" when the cell has a solid fill
    date: date | None = None  # set when the cell held a real date
    merged_from: int | None = None  # source row the value was merged down from
    formula: str | None = None  # the formula text, when the cell held one
    # How far the text is indented: Excel's indent steps, or the leading
    # spaces a CSV or Word cell had before stripping. Work plans show their
    # levels this way when they have no numbers.
    indent: int = 0


@dataclass(frozen=True)
class SourceRow:
    """A row as the file has it. ``cells`` maps a 0-based column to its cell;
    columns that are empty and unfilled are absent. ``row`` is the number the
    user sees (Excel's row number, the table row, the CSV record)."""

    sheet: str
    row: int
    cells: dict[int, SourceCell]
    # Columns covered by a cell merged across from the left: the banner that
    # spans the whole table is one value, not nine.
    spanned: frozenset[int] = frozenset()

    def text(self, column: int) -> str:
        cell = self.cells.get(column)
        return cell.text if cell is not None else ""

    def is_empty(self) -> bool:
        return not any(cell.text for cell in self.cells.values())

    def report_text(self) -> str:
        """The row's own texts, or the merged-down ones when it has none:
        how the preview and the report show it."""
        return " | ".join(self.own_texts() or [c.text for c in self.cells.values() if c.text])

    def own_texts(self) -> list[str]:
        """Distinct texts typed in this row (merged-down values excluded)."""
        seen: dict[str, None] = {}  # ordered, and linear however wide the row
        for column in sorted(self.cells):
            cell = self.cells[column]
            if cell.text and cell.merged_from is None:
                seen.setdefault(cell.text)
        return list(seen)


@dataclass
class SourceBook:
    """Everything a reader got out of one file."""

    kind: str  # xlsx | csv | docx
    rows: list[SourceRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)


def column_letter(column: int) -> str:
    """"A" for 0, "AA" for 26: how the report names a column without a heading."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def leading_spaces(value: object) -> int:
    """The spaces (a tab counting four) typed before a text: how a plan
    kept without Excel's indent shows an activity under another."""
    if not isinstance(value, str):
        return 0
    stripped = value.lstrip(" \t\u00a0")
    return sum(4 if ch == "\t" else 1 for ch in value[: len(value) - len(stripped)])


def merge_origins(rows: list[SourceRow]) -> set[tuple[str, int, int]]:
    """(sheet, row, column) of every cell merged down over the rows below it."""
    return {(row.sheet, cell.merged_from, column) for row in rows for column, cell in row.cells.items()
            if cell.merged_from is not None}
