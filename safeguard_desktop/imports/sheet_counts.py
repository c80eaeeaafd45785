"""Counting a workbook's cells, merged cells and rows while its sheets
stream out of the zip, before openpyxl builds anything.

openpyxl's normal mode makes an object for every cell (about 700 bytes with
what we build from it: 3 million cells took 1.9 GB and four minutes), and
one for every cell a merged range covers, so a workbook over the limits must
be refused from its XML, a megabyte at a time, stopping as soon as a limit
is passed.

The counts are byte searches (``bytes.count`` runs at memory speed; expat
with a Python callback per element was ten times slower: 2 s for half a
million cells). They count what Excel, LibreOffice and openpyxl write; a
tag inside a comment or CDATA is counted too, which can only refuse sooner.
A part in UTF-16 or another encoding whose markup is not ASCII is decoded
first (``xml_encoding.markup_chunks``).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from typing import Iterator

from safeguard_desktop.imports.xml_encoding import markup_chunks

_CHUNK = 1024 * 1024
_PREFIXED_CELL = re.compile(rb"<\w+:c[\s>/]")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]{1,3})(\d{1,7}):([A-Za-z]{1,3})(\d{1,7})"')
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
# A row that holds a cell: one is its first child. A row with only a height
# or a style of its own is written empty (<row .../> by Excel, <row ...></row>
# by openpyxl) and costs openpyxl little.
_FILLED_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*(?<!/)>\s*<(?:\w+:)?c[\s>/]")


@dataclass(frozen=True)
class Over:
    """The first limit a workbook passed: ``what`` is cells, merged or rows
    (rows: of the sheet in ``part``); ``count`` is how many were counted
    when it was passed."""

    what: str
    count: int
    part: str


def first_over(package: zipfile.ZipFile, members: list[zipfile.ZipInfo], *, max_cells: int, max_merged: int,
               max_rows: int) -> Over | None:
    """The first limit passed, counting all sheets' cells and merged cells
    together and each sheet's rows on its own; None when none is."""
    cells = covered = 0
    for member in members:
        if not member.filename.startswith("xl/worksheets/"):
            continue
        rows, rows_exact = 0, False
        for body in _bodies(package, member):
            cells += count_cells(body)
            covered += _covered(body)
            if not rows_exact:
                rows += _count_row_tags(body)
                if rows > max_rows:
                    # Empty styled rows may be many; only now are rows counted exactly.
                    rows, rows_exact = _filled_rows(package, member, max_rows), True
            over = _over(cells, covered, rows, max_cells, max_merged, max_rows, member.filename)
            if over:
                return over
    return None


def _over(cells: int, covered: int, rows: int, max_cells: int, max_merged: int, max_rows: int,
          part: str) -> Over | None:
    if cells > max_cells:
        return Over("cells", cells, part)
    if covered > max_merged:
        return Over("merged", covered, part)
    if rows > max_rows:
        return Over("rows", rows, part)
    return None


def count_cells(xml: bytes) -> int:
    # The pattern only for a namespace prefix ("<x:c "), which some writers use.
    plain = xml.count(b"<c ") + xml.count(b"<c>") + xml.count(b"<c/")
    return plain + (len(_PREFIXED_CELL.findall(xml)) if b":c " in xml or b":c>" in xml else 0)


def _count_row_tags(xml: bytes) -> int:
    plain = xml.count(b"<row ") + xml.count(b"<row>")
    return plain + (len(_ROW_TAG.findall(xml)) - plain if b":row" in xml else 0)


def _covered(xml: bytes) -> int:
    if b"mergeCell" not in xml:  # a quick look first: the pattern is slow on megabytes of cells
        return 0
    covered = 0
    for match in _MERGE.finditer(xml):
        columns = abs(_column_number(match.group(3)) - _column_number(match.group(1))) + 1
        covered += columns * (abs(int(match.group(4)) - int(match.group(2))) + 1)
    return covered


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _filled_rows(package: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int) -> int:
    """Rows of one sheet that hold something, read again from the start;
    stops once past ``limit``."""
    rows = 0
    for body in _bodies(package, member):
        rows += len(_FILLED_ROW.findall(body))
        if rows > limit:
            break
    return rows


def _bodies(package: zipfile.ZipFile, member: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part's markup a megabyte at a time, each piece ending before a
    tag: a tag cut in two at a chunk's end is carried over whole to the
    next piece."""
    with package.open(member) as part:
        tail = b""
        for chunk in markup_chunks(part, _CHUNK):
            text = tail + chunk
            cut = text.rfind(b"<", max(len(text) - 200, 0))
            body, tail = (text[:cut], text[cut:]) if cut >= 0 else (text, b"")
            yield body
        yield tail
