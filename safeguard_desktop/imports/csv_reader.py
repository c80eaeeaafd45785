"""CSV files to plain source rows.

CSV carries no encoding and no delimiter, so both are worked out: a byte
order mark settles the encoding (Excel's "CSV UTF-8" writes one; UTF-16 from
"Unicode text" does too); otherwise strict UTF-8, then Windows-1252 (what
Excel's plain "CSV" writes on a UK laptop), then Latin-1, which accepts any
bytes. The delimiter is the one that splits the first lines most
consistently: Excel uses ";" where the decimal separator is a comma.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter

from safeguard_desktop.imports.safe_open import MAX_FILE_BYTES, CheckedFile, ImportFileError, reading
from safeguard_desktop.imports.source import SourceBook, SourceCell, SourceRow, leading_spaces
from safeguard_desktop.progress import Progress

# A field may be as long as the file allowed (a report pasted into one cell);
# the csv module's default of 131,072 characters would call such a file
# damaged. The limit is process-wide, which suits every reader here (pasted tables too).
csv.field_size_limit(MAX_FILE_BYTES)

MAX_RECORDS = 100_000
MAX_COLUMNS = 500  # filled cells in one line: a plan has a dozen
DELIMITERS = (",", ";", "\t", "|")
_SNIFF_RECORDS = 50
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


_ENCODING_NAMES = {"utf-8-sig": "UTF-8 (with byte order mark)", "utf-8": "UTF-8", "utf-16": "UTF-16",
                   "cp1252": "Windows-1252 (Western European)", "latin-1": "Latin-1 (ISO 8859-1)"}


def sniff_delimiter(text: str) -> str:
    """The delimiter that gives the most sample records the same number
    (more than one) of fields; a comma when nothing splits."""
    best, best_score = ",", 0
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        counts: Counter[int] = Counter()
        for index, record in enumerate(reader):
            if index >= _SNIFF_RECORDS:
                break
            if len(record) > 1:
                counts[len(record)] += 1
        score = counts.most_common(1)[0][1] if counts else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _refuse_too_many_records(name: str, text: str, delimiter: str) -> None:
    """Count the records (a quoted field may hold line breaks) without
    building a cell, so a file over the limit is refused before it costs
    the memory its rows would."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for number, _record in enumerate(reader, start=1):
        if number > MAX_RECORDS:
            raise ImportFileError(f"{name} has more than {MAX_RECORDS:,} lines; larger files are not "
                                  "imported. Split it into smaller files.")


def read_csv(checked: CheckedFile, progress: Progress | None = None) -> SourceBook:
    name = checked.path.name
    with reading(checked.path, "csv"):
        data = checked.path.read_bytes()
        text, encoding = decode(data)
        if "\x00" in text:
            raise ImportFileError(f"{name} is not a text file (it holds binary data), so it is not a CSV file. "
                                  "Choose the CSV, Excel or Word file the plan is in.")
        delimiter = "\t" if checked.path.suffix.casefold() == ".tsv" else sniff_delimiter(text)
        sheet = checked.path.stem
        book = SourceBook("csv", sheets=[sheet], warnings=list(checked.warnings))
        if encoding not in ("utf-8", "utf-8-sig"):
            book.warnings.append(f"{name} was read as {_ENCODING_NAMES[encoding]} text. If letters look wrong "
                                 "in the preview, save the file from Excel as 'CSV UTF-8' and import it again.")
        if text.count("\n") > MAX_RECORDS:
            _refuse_too_many_records(name, text, delimiter)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for number, record in enumerate(reader, start=1):
            if progress is not None and number % 2000 == 0:
                progress.report(number, 0, f"Reading line {number:,}")
            cells = {column: SourceCell(value.replace("\r\n", "\n").replace("\r", "\n").strip(),
                                        indent=leading_spaces(value))
                     for column, value in enumerate(record) if value.strip()}
            if len(cells) > MAX_COLUMNS:
                raise ImportFileError(f"{name}: line {number:,} has {len(cells):,} filled columns; lines with more "
                                      f"than {MAX_COLUMNS} are not imported. Is this the plan's CSV file?")
            if cells:
                book.rows.append(SourceRow(sheet, number, cells))
    return book
