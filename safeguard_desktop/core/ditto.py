"""Ditto marks in hand-kept plans, and filling them in.

Plans written over years say "the same as above" in a dozen ways: `"`,
`" "`, `“ ”`, `″`, `〃`, `Ditto`, `As above`, `-do-`. An import resolves
each to the text it stands for, so that filtering by lead or sorting by date
works, and records what it did so the import report can show the mark as
written next to the value it became.

Only a cell that is wholly a ditto mark counts. A lone hyphen is a common
way of writing "nothing here" and a lone apostrophe is Excel's text prefix,
so neither is a ditto; nor is an empty cell.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

# Quotation marks and primes people type, or their software substitutes,
# for a ditto: straight and curly quotes, low quotes, double prime, and the
# CJK ditto mark.
_QUOTE_MARKS: Final = frozenset("\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u3003\uff02`\u00b4")
_SINGLE_QUOTES: Final = frozenset("'\u2018\u2019\u201a\u201b\u2032`\u00b4")

_DITTO_WORDS: Final = re.compile(
    r"^(?:-\s*)?(?:ditto|do|as above|same as above|as per above|as previous|same as previous)(?:\s*-)?$"
)
_WRAPPING: Final = "\"'()[]\u2018\u2019\u201c\u201d"


def _is_quote_ditto(compact: str) -> bool:
    """Only quotation marks, and not one lone apostrophe-like character."""
    if not compact or any(ch not in _QUOTE_MARKS for ch in compact):
        return False
    return not (len(compact) == 1 and compact in _SINGLE_QUOTES)


def is_ditto(text: str | None) -> bool:
    """Whether a whole cell is a ditto mark, in any of the spellings above.

    A trailing full stop ("Ditto.", "do.", "as above.") and wrapping
    brackets or quotes ("(as above)", '"ditto"') are allowed.
    """
    if text is None:
        return False
    stripped = unicodedata.normalize("NFC", text).strip()
    if not stripped:
        return False
    if _is_quote_ditto("".join(stripped.split())):
        return True
    words = stripped.casefold().strip(_WRAPPING).strip().rstrip(".").strip()
    words = " ".join(words.split())
    return bool(_DITTO_WORDS.match(words))


@dataclass(frozen=True)
class DittoResolution:
    """One ditto mark met by ``resolve_dittos``. ``resolved_value`` is None
    and ``source_row`` is None when nothing above could be copied: the cell
    then keeps the mark as written, for the user to settle."""

    row_index: int
    col_index: int
    mark_as_written: str
    resolved_value: str | None
    source_row: int | None

    @property
    def resolved(self) -> bool:
        return self.source_row is not None


def resolve_dittos(
    rows: Sequence[Sequence[str | None]],
) -> tuple[list[list[str | None]], list[DittoResolution]]:
    """Replace each ditto cell by the nearest real value above it in its
    column, and list every replacement.

    A chain of dittos resolves to the text at its head. Blank cells are
    passed over when looking up (a merged cell or a spacer row leaves blanks
    between the text and the mark the writer saw). Rows may differ in
    length. The input is not changed; a new grid is returned.

    Pass one table block at a time: a banner or repeated header row between
    blocks would otherwise become the "value above".
    """
    resolved: list[list[str | None]] = [list(row) for row in rows]
    report: list[DittoResolution] = []
    last_value: dict[int, tuple[int, str]] = {}  # column -> (row, text)
    for row_index, row in enumerate(resolved):
        for col_index, cell in enumerate(row):
            if cell is None or not cell.strip():
                continue
            if is_ditto(cell):
                source = last_value.get(col_index)
                if source is None:
                    report.append(DittoResolution(row_index, col_index, cell, None, None))
                    continue
                row[col_index] = source[1]
                report.append(DittoResolution(row_index, col_index, cell, source[1], source[0]))
            else:
                last_value[col_index] = (row_index, cell)
    return resolved, report
