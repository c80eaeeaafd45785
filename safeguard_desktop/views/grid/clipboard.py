"""Copying a range of the grid out as tab-separated text, and pasting one
in (from the grid, Excel or LibreOffice) as one undo step."""

from __future__ import annotations

from typing import Callable, Sequence

from safeguard_desktop.views.grid.action_table_model import ActionTableModel
from safeguard_desktop.views.grid.tsv import from_tsv, to_tsv
from safeguard_desktop.views.i18n import translate

Cell = tuple[int, int]  # (row, column)


def copy_text(model: ActionTableModel, cells: Sequence[Cell], order: Sequence[int]) -> str:
    """The selection's bounding box, rows top to bottom and columns in the
    order the user sees them, as the cells show their values."""
    places = [order.index(c) for c in {column for _, column in cells} if c in order]
    if not cells or not places:
        return ""
    rows = range(min(r for r, _ in cells), max(r for r, _ in cells) + 1)
    columns = order[min(places):max(places) + 1]
    return to_tsv([[model.data(model.index(row, column)) or "" for column in columns] for row in rows])


def paste_text(model: ActionTableModel, text: str, cells: Sequence[Cell], current: Cell, order: Sequence[int],
               tell: Callable[[str], None]) -> bool:
    """Paste ``text`` at the top left of the selection, across the shown
    columns. One copied value fills every selected cell, as in Excel; a block
    running past the last row adds rows."""
    block = from_tsv(text)
    if not block:
        return False
    if len(block) == 1 and len(block[0]) == 1 and len(cells) > 1:
        return model.write(
            [(row, column, block[0][0]) for row, column in cells],
            translate("Clipboard", "Paste into {count} cells").format(count=len(cells)),
        )
    top = min((r for r, _ in cells), default=current[0])
    left = min((order.index(c) for _, c in cells if c in order), default=order.index(current[1]))
    columns = list(order[left : left + len(block[0])])
    if len(columns) < len(block[0]):
        tell(
            translate(
                "Clipboard",
                "The copied block is {count} columns wide; the {extra} past the last column were left out.",
            ).format(count=len(block[0]), extra=len(block[0]) - len(columns))
        )
    return model.paste(top, columns, [values[: len(columns)] for values in block])
