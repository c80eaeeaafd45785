"""Tab-separated text as Excel and LibreOffice put it on the clipboard, and
as Word, e-mail and plain text put it there.

Spreadsheets write a cell holding a line break, a tab or a double quote
inside double quotes, its quotes doubled; everything else is bare. Other
programs never quote: a lone ``"`` there is a ditto mark (the commonest one
in real plans) and ``"Think family" approach`` is just text. So a cell is
read as quoted only when it looks exactly like a spreadsheet's quoting;
anything else is split on tabs and line breaks literally. A final line
break (Excel ends the block with one) is not an extra empty row.
"""

from __future__ import annotations

import csv
import io
from typing import Sequence

_BREAKS = "\t\n"


def to_tsv(rows: Sequence[Sequence[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", quotechar='"', lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return out.getvalue()


def from_tsv(text: str) -> list[list[str]]:
    """The rows of a clipboard block, each a list of cells, every row as wide
    as the widest. CRLF and CR line ends read as LF."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    rows: list[list[str]] = [[]]
    at = 0
    while True:
        cell, at = _cell(text, at)
        rows[-1].append(cell)
        if at >= len(text):
            break
        if text[at] == "\n":
            rows.append([])
        at += 1
    width = max(len(row) for row in rows)
    return [row + [""] * (width - len(row)) for row in rows]


def _cell(text: str, start: int) -> tuple[str, int]:
    """The cell starting at ``start`` and where it ends (at a tab, a line
    break or the end of the text)."""
    if text.startswith('"', start):
        quoted = _quoted(text, start)
        if quoted is not None:
            return quoted
    end = start
    while end < len(text) and text[end] not in _BREAKS:
        end += 1
    return text[start:end], end


def _quoted(text: str, start: int) -> tuple[str, int] | None:
    """A spreadsheet's quoted cell at ``start`` (its text and where it ends),
    or None when the quote there is not one: when it never closes properly
    (a ``"`` that is not doubled and not followed by a tab, a line break or
    the end), when nothing inside needed quoting (no spreadsheet would have
    quoted it), or when it starts with a tab or line break (that is a ditto
    mark followed by the next cell)."""
    at = start + 1
    while True:
        quote = text.find('"', at)
        if quote < 0:
            return None
        if text.startswith('"', quote + 1):
            at = quote + 2  # a doubled quote inside the cell
            continue
        if quote + 1 < len(text) and text[quote + 1] not in _BREAKS:
            return None
        break
    inside = text[start + 1:quote]
    if not any(ch in inside for ch in '\t\n"') or inside[:1] in ("\t", "\n"):
        return None
    return inside.replace('""', '"'), quote + 1
