"""Tab-separated text as Excel and LibreOffice put it on the clipboard.

A cell holding a tab, a line break or a double quote is written inside
double quotes with its quotes doubled; everything else is bare. Excel ends
the block with a line break, which is not an extra empty row.
"""

from __future__ import annotations

import csv
import io
from typing import Sequence


def to_tsv(rows: Sequence[Sequence[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", quotechar='"', lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return out.getvalue()


def from_tsv(text: str) -> list[list[str]]:
    """The rows of a clipboard block, each a list of cells. Quoted cells keep
    their tabs and line breaks; CRLF and CR line ends read as LF."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    rows = [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter="\t", quotechar='"',
                                             strict=False)]
    # An unquoted block copied from one cell that ends in a tab still has
    # every row as wide as the widest.
    width = max(len(row) for row in rows)
    return [row + [""] * (width - len(row)) for row in rows]
