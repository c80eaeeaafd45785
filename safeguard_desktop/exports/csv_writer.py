"""CSV: the table flattened, for people who load it into something else.

UTF-8 with a byte-order mark, because Excel reads a CSV without one in the
machine's legacy code page and turns "ŵ" into "Åµ". Lines end CRLF (RFC
4180). A banner becomes a first column (the priority each row belongs to)
so every row stands on its own; a band (an outcome, the evidence framework,
a footnote) is a line of its own in a second column, which also carries on
every action row the outcome it sits under. Dates are ISO (2024-06-30), which both Excel
and LibreOffice read as dates whatever the locale. Formula-like text gets a
leading single quote (see ``safe_text``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from safeguard_desktop.exports.atomic import atomic_path
from safeguard_desktop.exports.common import ExportResult, PaperOptions, check_public, withheld_note
from safeguard_desktop.exports.paper_words import Words
from safeguard_desktop.exports.safe_text import TextCleaner, csv_guard
from safeguard_desktop.exports.tables import Column, Table, tabulate
from safeguard_desktop.progress import Progress

REPORT_EVERY = 1000


@dataclass(frozen=True)
class CsvOptions(PaperOptions):
    """A CSV file has no title rows, header or footer: board and title are
    not written into it (the file name carries them). A public CSV starts
    with one line, its marking and what was withheld, so the file itself
    says it is not the whole record; other CSVs start with the header row."""


def write(document: Any, path: Path, options: CsvOptions | None = None,
          progress: Progress | None = None) -> ExportResult:
    options = options or CsvOptions()  # made now: its date is today's, not the day the module loaded
    check_public(options, document.public)
    w = options.words
    table = tabulate(document, w)
    cleaner = TextCleaner()
    with atomic_path(path) as temp:
        with open(temp, "w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f, lineterminator="\r\n")
            if options.public:  # what Excel shows first: "OFFICIAL — Public version: 2 confidential items..."
                out.writerow([f"{w(options.marking)} — {withheld_note(table.withheld, w)}"])
            written = 0
            parts = table.parts
            for index, part in enumerate(parts):
                if len(parts) > 1:  # one of the paper's tables: a blank line, its name, its own headings
                    out.writerows([[]] * bool(index) + [[_text(part.sheet_name, cleaner)]])
                written = _write_part(out, part, cleaner, progress, written, table.row_count, w)
        if progress is not None:
            progress.report(table.row_count, table.row_count, "Saved")
    notes = tuple(note for note in (cleaner.report(),) if note)
    return ExportResult(Path(path), table.row_count, table.withheld, notes)


def _write_part(out: Any, table: Table, cleaner: TextCleaner, progress: Progress | None, written: int,
                total: int, w: Words) -> int:
    banners = any(section.banner for section in table.sections)
    bands = any(row.band for section in table.sections for row in section.rows)
    headings = ([table.section_label] if banners else []) + ([table.band_label] if bands else []) \
        + [c.heading for c in table.columns]
    out.writerow([_text(heading, cleaner) for heading in headings])  # extra columns are named by users
    for section in table.sections:
        lead = [_text(section.banner or "", cleaner)] if banners else []
        outcome = ""  # the outcome the rows below a band sit under, carried on each of them
        for row in section.rows:
            if row.band is not None:
                band = _text(str(row.cells[0] or ""), cleaner)
                outcome = band if row.band == "outcome" else outcome
                out.writerow(lead + [band] + [""] * len(table.columns))
                continue
            cells = [_field(col, value, cleaner, w) for col, value in zip(table.columns, row.cells)]
            out.writerow(lead + ([outcome] if bands else []) + cells)
            written += 1
            if progress is not None and written % REPORT_EVERY == 0:
                progress.report(written, total, "Writing rows")
    return written


def _field(column: Column, value: Any, cleaner: TextCleaner, w: Words) -> str:
    if value is None:
        return ""
    if column.kind == "rag":
        return w.rag(value) if value else ""
    if isinstance(value, date):
        return value.isoformat()
    if column.kind == "percent" and isinstance(value, (int, float)):
        return f"{value:.0%}"  # Excel reads "75%" back as the number 0.75
    if isinstance(value, (int, float)):
        return str(value)
    return _text(str(value), cleaner)


def _text(text: str, cleaner: TextCleaner) -> str:
    # Guard on the text as typed: cleaning turns a leading CR into LF.
    return csv_guard(text, cleaner.clean(text))
