"""The columns of the action-plan grid and how a cell's text becomes a
stored value and back. The same words go to the clipboard as come from it,
so a range copied out of the grid pastes back unchanged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from safeguard_desktop.core.cab import normalise_cab
from safeguard_desktop.core.rag import RAG_COLOURS, RAG_VALUES, parse_rag, rag_label
from safeguard_desktop.core.timescales import DATE, understand_timescale
from safeguard_desktop.store.queries.actions import ActionRow
from safeguard_desktop.views.labels import ACTION_STATUSES
from safeguard_desktop.views.i18n import translate, word, words

TEXT, LONG, CAB, RAG, WHEN, STATUS, DATE_KIND = "text", "long", "cab", "rag", "when", "status", "date"

_STATUS_WORDS = {
    **{label.casefold(): code for code, label in ACTION_STATUSES.items()},
    **{code.replace("_", " "): code for code in ACTION_STATUSES},
    "complete": "completed", "done": "completed", "closed": "closed_by_board", "ongoing": "open",
}


@dataclass(frozen=True)
class GridColumn:
    field: str
    heading: str
    kind: str
    width: int
    optional: bool = False  # hidden until the user shows it


class CellError(ValueError):
    """Text that does not fit the column; the message says what would."""


def cell_text(column: GridColumn, row: ActionRow) -> str:
    """What the cell shows, and what Ctrl+C copies."""
    value = getattr(row, column.field)
    if value is None:
        return ""
    if column.kind == RAG:
        return word(rag_label(value)) if value in RAG_COLOURS else str(value)
    if column.kind == STATUS:
        return word(ACTION_STATUSES.get(value, str(value)))
    if column.kind == DATE_KIND:
        return value.strftime("%d/%m/%Y")
    return str(value)


def edit_value(column: GridColumn, row: ActionRow) -> Any:
    """The value an editor starts from: the stored value, or its words."""
    if column.kind in (RAG, CAB, STATUS):
        return getattr(row, column.field)
    return cell_text(column, row)


def parse_cell(column: GridColumn, value: Any) -> Any:
    """The stored value for what the user typed or pasted; raises CellError
    for text that cannot be that column's value (the cell is left as it was).
    Empty means empty: a cleared cell is stored as NULL."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if column.kind in (TEXT, LONG, WHEN):
        return str(value)
    text = str(value).strip()
    if column.kind == RAG:
        # The window's words read back too, so a block copied in Welsh pastes back.
        rag = parse_rag(text) or {word(rag_label(v)).casefold(): v for v in RAG_VALUES}.get(text.casefold())
        if rag is None:
            raise CellError(
                translate(
                    "Columns", "“{text}” is not a RAG rating: use Red, Amber, Green, Blue (complete) or Not started."
                ).format(text=text)
            )
        return rag
    if column.kind == CAB:
        cab, _ = normalise_cab(text)
        if cab is None:
            raise CellError(
                translate("Columns", "“{text}” is not a CAB value: use C (children), A (adults) or B (both).").format(
                    text=text
                )
            )
        return cab
    if column.kind == STATUS:
        typed = " ".join(text.replace("_", " ").casefold().split())
        status = _STATUS_WORDS.get(typed) or {
            word(label).casefold(): code for code, label in ACTION_STATUSES.items()
        }.get(typed)
        if status is None:
            raise CellError(
                translate("Columns", "“{text}” is not a status: use {statuses}.").format(
                    text=text, statuses=", ".join(words(ACTION_STATUSES.values()))
                )
            )
        return status
    return _parse_date(text)


def _parse_date(text: str) -> dt.date:
    understood = understand_timescale(text)
    if understood.kind != DATE or understood.date is None:
        raise CellError(translate("Columns", "“{text}” is not a date: type it as 31/03/2025.").format(text=text))
    return understood.date
