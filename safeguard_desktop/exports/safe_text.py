"""Text that is safe to put in a spreadsheet, a CSV file or a PDF.

Two dangers, one module, so every format guards the same way:

* **Formula injection.** Text a user typed that starts with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return is what Excel and LibreOffice
  Calc read as the start of a formula (``=HYPERLINK(...)`` can send data
  out; ``@SUM(...)`` and ``+1`` run as formulas too). What each format does:

  - xlsx: the cell is written as a string (``data_type 's'``), never as a
    formula, and gets the ``quotePrefix`` style. Both programs then show the
    text exactly as typed, and keep it text when someone edits the cell and
    presses Enter (without quotePrefix, re-entering ``=1+1`` would turn it
    into a live formula).
  - CSV: a file has no cell types, and both Excel and LibreOffice evaluate
    such a field when they open the file. The only guard both honour is to
    put a single quote in front (OWASP's advice): the reader sees ``'=...``.
    A visible apostrophe is the price of never running a formula; the plain
    spreadsheet export (xlsx) keeps the text exactly.
  - PDF: nothing runs; the text is printed as typed.

* **Characters XML cannot hold.** xlsx is XML, and XML 1.0 has no place
  for most control characters (a bell, a form feed, a NUL pasted from an old
  system) or for unpaired surrogates. openpyxl raises on them and would
  stop the export; reportlab's paragraphs break on them. They are removed
  and counted, and the export reports how many, so nothing is lost
  silently.
"""

from __future__ import annotations

import re
from typing import Final

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
# Characters that show nothing: byte-order mark, zero-width space, joiners,
# word joiner, Mongolian vowel separator, soft hyphen. (A visible space
# first makes text of " =1" in both spreadsheets, so spaces are not here.)
_INVISIBLE: Final = "\ufeff\u200b\u200c\u200d\u2060\u180e\u00ad"

# Everything XML 1.0 cannot carry (its Char production, inverted).
_NOT_XML: Final = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_LINE_ENDS: Final = re.compile(r"\r\n?")


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula, also when
    invisible characters come first (a byte-order mark, a zero-width space
    pasted from a web page): a spreadsheet or a later clean-up may drop
    them, and the reader cannot see them to know."""
    return text.startswith(FORMULA_STARTS) or text.lstrip(_INVISIBLE).startswith(FORMULA_STARTS)


def csv_guard(typed: str, cleaned: str) -> str:
    """The CSV field for text ``typed`` by a user (``cleaned`` by
    TextCleaner): a single quote in front when a spreadsheet would otherwise
    run it as a formula. Both are tested: cleaning turns a leading CR into
    LF (so the typed text is the formula-like one), and it removes a leading
    control character (so "\x01=HYPERLINK(...)" is only formula-like once
    cleaned)."""
    return "'" + cleaned if is_formula_like(typed) or is_formula_like(cleaned) else cleaned


# The most text an Excel cell holds; openpyxl cuts longer text there.
EXCEL_CELL_CHARS: Final = 32_767


class TextCleaner:
    """Cleans the text of one export and keeps count of what it had to
    remove, for the export's report."""

    def __init__(self) -> None:
        self.removed = 0  # characters XML cannot hold, taken out
        self.cells = 0  # how many pieces of text lost any
        self.cut = 0  # spreadsheet cells cut to EXCEL_CELL_CHARS

    def clean(self, text: str) -> str:
        """``text`` without characters XML cannot hold, with line ends as LF
        (what xlsx gives back anyway, and what a PDF paragraph breaks on)."""
        cleaned, count = _NOT_XML.subn("", text)
        if count:
            self.removed += count
            self.cells += 1
        return _LINE_ENDS.sub("\n", cleaned)

    def fit_cell(self, text: str) -> str:
        """``text`` as a spreadsheet cell can hold it, counting each cut so
        the export says so (the workspace keeps the whole text)."""
        if len(text) <= EXCEL_CELL_CHARS:
            return text
        self.cut += 1
        return text[:EXCEL_CELL_CHARS]

    def cut_report(self) -> str | None:
        if not self.cut:
            return None
        cells = "1 cell was" if self.cut == 1 else f"{self.cut:,} cells were"
        return (f"{cells} longer than the {EXCEL_CELL_CHARS:,} characters a spreadsheet cell holds and "
                "cut there in this file; the whole text is kept in the workspace.")

    def report(self) -> str | None:
        if not self.removed:
            return None
        chars = "character was" if self.removed == 1 else "characters were"
        places = "one place" if self.cells == 1 else f"{self.cells} places"
        return (f"{self.removed} control {chars} removed in {places}: "
                "spreadsheets and PDFs cannot hold them.")
