"""How an exported workbook carries what its visible layout cannot show.

The visible sheet stays in the council's own layout. A very hidden sheet
holds one "twin" per visible row that shows a record (a banner, an outcome
band, an action row): the visible row's number, a fingerprint of its visible
cells, and the record as JSON (uuid, kind, links, the confidential flag,
owners, dates, history). The importer pairs twins with visible rows by
fingerprint in row order, so a row a person typed in, deleted or moved
about is still read sensibly: a visible row with no twin is read from what
is visible; a twin whose visible row is gone brings nothing back.

Plain Python, shared by the writer (exports) and the reader (imports).
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any, Final, Iterable

SHEET: Final = "_records"  # the hidden sheet's name
HEADINGS: Final = ("Row", "Fingerprint", "Uuid", "Record")
PLAN_ROW: Final = 0  # the "Row" of the plan's own record
CHUNK: Final = 32_000  # Excel holds at most 32,767 characters in a cell: longer JSON runs on to the right
FORMAT: Final = "safeguard-desktop record twins 1"


def fingerprint(values: Iterable[Any]) -> str:
    """A row's visible cells as the eye reads them: the non-empty texts in
    column order, whitespace and case folded, dates as ISO. The writer and
    the reader get the same answer for an unchanged row."""
    parts = []
    for value in values:
        if value is None:
            continue
        if isinstance(value, date):
            text = value.isoformat()[:10]
        elif isinstance(value, float) and value.is_integer():
            text = str(int(value))
        else:
            text = " ".join(str(value).split()).casefold()
        if text:
            parts.append(text)
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def chunks(record: dict[str, Any]) -> list[str]:
    """The record's JSON in cells. Each piece is wrapped in "|": readers
    strip a cell's outer spaces, and a piece may begin or end with one."""
    text = json.dumps(record, ensure_ascii=False, sort_keys=True)
    return [f"|{text[i:i + CHUNK]}|" for i in range(0, len(text), CHUNK)]


def unwrap(cell: str) -> str:
    return cell[1:-1] if len(cell) >= 2 and cell[0] == cell[-1] == "|" else cell
