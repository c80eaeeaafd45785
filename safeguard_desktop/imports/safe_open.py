"""The one boundary between a file someone hands us and the parsers.

Before any parser sees a byte: what the file really is (by its first bytes,
not its name), whether its zip is sane (member count, sizes, compression
ratios: a decompression bomb is refused before it inflates), whether it
carries macros or external links (reported; openpyxl never runs the one nor
follows the other), and whether any XML part declares a DTD (Office never
writes one; entity tricks live there).

While a reader parses, ``reading`` turns every exception a damaged file can
raise inside openpyxl, python-docx, zipfile, zlib, the XML parsers or the csv
module into one ``ImportFileError`` with a message saying what to do. An
exception raised in our own code is a bug and passes through untouched
(errors in two kinds: docs/ARCHITECTURE.md, "Conventions"): it is told apart
by where it was raised, not by its type, because KeyError or TypeError come
from both.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import logging
import re
import xml.parsers.expat
import zipfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator
from xml.etree.ElementTree import ParseError

from safeguard_desktop.errors import UserError
from safeguard_desktop.imports.sheet_counts import first_over
from safeguard_desktop.imports.xml_encoding import RAW_READABLE, xml_encoding

log = logging.getLogger(__name__)

# Limits, stated to the user when a file goes over them.
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ZIP_MEMBERS = 5_000
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
# Real sheets compress 10-20 times (measured: 15x for 10,000 rows); a bomb
# compresses a thousand times. Small parts are exempt: a tiny XML part of
# repeated tags can legitimately compress well, and cannot hurt.
MAX_COMPRESSION_RATIO = 100
RATIO_CHECK_FROM_BYTES = 1024 * 1024
# openpyxl makes an object for every cell a merged range covers: a merge of
# A1:XFD1048576 would never finish. A plan merges banners (a row) and a few
# cells down; the covered cells are counted before parsing.
MAX_MERGED_CELLS = 100_000
# Cells in all sheets together, counted from the XML before openpyxl loads
# it: an import costs about 800 bytes a cell in openpyxl and what we build
# from it (3 million cells took 1.9 GB; half a million, 481 MB), so 400,000
# keep an import under 500 MB (benchmarks/import_limits.py). A plan has a
# few thousand.
MAX_CELLS = 400_000
# The sheets' XML and shared strings unpacked: the text the cells hold is
# kept two or three times over (openpyxl's value, our cleaned copy), so it is
# bounded too, below the whole package's limit (pictures take no memory).
MAX_SHEET_XML_BYTES = 60 * 1024 * 1024
# Rows holding something, in one sheet (a plan has hundreds).
MAX_SHEET_ROWS = 100_000
_SCAN_CHUNK = 1024 * 1024

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
# A CSV's text is held several times over while it is read (bytes, text,
# records, cells): about 13 MB of memory a megabyte of Welsh text, so 30 MB
# keeps an import under 500 MB (benchmarks/import_limits.py).
MAX_CSV_BYTES = 30 * 1024 * 1024
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
# Directory entry names in an OLE2 file are UTF-16LE.
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")

_PACKAGE = Path(__file__).resolve().parent.parent


class ImportFileError(UserError):
    """The file cannot be imported; the message says why and what to do.
    Nothing has been written when this is raised."""


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed the checks, and what they found."""

    path: Path
    kind: str  # xlsx | docx | csv
    size: int
    sha256: str
    warnings: tuple[str, ...] = ()


def check_file(path: Path) -> CheckedFile:
    """Decide what ``path`` is and whether it is safe to parse; raises
    ``ImportFileError`` with the reason when it is not."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ImportFileError(f"{name} is not a file. Choose an Excel, Word or CSV file to import.")
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                f"{name} is {size / 1024 / 1024:.0f} MB; files over {MAX_FILE_BYTES // 1024 // 1024} MB "
                "are not imported. Split the plan into smaller files, or remove pictures from it.")
        with path.open("rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise ImportFileError(f"{name} could not be read ({exc.strerror or exc}). "
                              "Check the file is not open elsewhere and that you may read it.") from exc
    digest = hashlib.sha256(data).hexdigest()
    if not data:
        raise ImportFileError(f"{name} is empty: there is nothing to import.")
    if data.startswith(OLE2_MAGIC):
        raise ImportFileError(_ole2_message(name, data))
    if data.startswith(ZIP_MAGICS):
        kind, warnings = _check_package(path)
        return CheckedFile(path, kind, size, digest, tuple(warnings))
    if path.suffix.casefold() in CSV_SUFFIXES:
        if size > MAX_CSV_BYTES:
            raise ImportFileError(
                f"{name} is {size / 1024 / 1024:.0f} MB; CSV files over {MAX_CSV_BYTES // 1024 // 1024} MB are not "
                "imported (a plan's CSV is well under 1 MB). It was not read. Split it into smaller files.")
        return CheckedFile(path, "csv", size, digest)
    raise ImportFileError(_not_a_package_message(name, data))


def _ole2_message(name: str, data: bytes) -> str:
    if _ENCRYPTION_INFO in data:
        return (f"{name} is protected with a password, so it cannot be read. Open it in Office, remove the "
                "password (File › Info › Protect › Encrypt with password, then clear it), save, and import again.")
    what = "Word 97-2003 document (.doc)" if name.casefold().endswith(".doc") else "Excel 97-2003 workbook (.xls)"
    modern = ".docx" if what.startswith("Word") else ".xlsx"
    return (f"{name} is an old {what}, which is not imported. Open it in Office and save it as a "
            f"{modern} file (File › Save As), then import that copy.")


def _not_a_package_message(name: str, data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"%pdf"):
        return (f"{name} is a PDF. Import the Word or Excel file the PDF was made from, "
                "or save the plan's table from Word or Excel as .xlsx.")
    if b"<html" in head or head.startswith((b"<!doctype html", b"<table")):
        return (f"{name} is a web page with an Office name, not a real workbook. Open it in Excel "
                "and save it as an Excel workbook (.xlsx), then import that copy.")
    if _looks_like_text(data):
        return (f"{name} is a text file, not an Excel workbook or Word document. If it is a CSV file, "
                "rename it to end in .csv and import it again.")
    return (f"{name} is not an Excel workbook (.xlsx), Word document (.docx) or CSV file. "
            "Open it in the program that made it and save it as one of those.")


def _looks_like_text(data: bytes) -> bool:
    sample = data[:4096]
    return b"\x00" not in sample or sample.startswith((b"\xff\xfe", b"\xfe\xff"))


def _check_package(path: Path) -> tuple[str, list[str]]:
    name = path.name
    with reading(path, "docx" if path.suffix.casefold() in (".docx", ".docm") else "xlsx"):
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
            _check_sizes(name, members)
            names = {m.filename for m in members}
            kind = _package_kind(name, names, package)
            if kind == "xlsx":  # counted first: an oversized workbook is refused in one pass
                _refuse_huge_sheets(name, package, members)
            _refuse_dtds(name, package, members)
            return kind, _package_warnings(kind, names)


def _check_sizes(name: str, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_ZIP_MEMBERS:
        raise ImportFileError(f"{name} holds {len(members):,} parts; a real workbook has far fewer "
                              f"(the limit is {MAX_ZIP_MEMBERS:,}). It was not imported.")
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ImportFileError(
            f"{name} would unpack to {total / 1024 / 1024:,.0f} MB, over the "
            f"{MAX_UNCOMPRESSED_BYTES // 1024 // 1024} MB limit. It was not opened. Split the plan into "
            "smaller workbooks, or remove pictures and unused sheets.")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size >= RATIO_CHECK_FROM_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise ImportFileError(
                f"{name} looks like a decompression bomb: its part {member.filename} is compressed "
                f"{ratio:,.0f} times (real workbooks: about 15; the limit is {MAX_COMPRESSION_RATIO}). "
                "It was not opened. If the file is genuine, open it in Excel and save it again.")


def _package_kind(name: str, names: set[str], package: zipfile.ZipFile) -> str:
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "word/document.xml" in names:
        types = package.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
        if b"macroEnabled" in types:
            raise ImportFileError(
                f"{name} is a macro-enabled Word document (.docm), which is not imported (its macros "
                "are never run). Save it as a Word document (.docx) and import that copy.")
        return "docx"
    if "xl/workbook.bin" in names:
        raise ImportFileError(f"{name} is an Excel binary workbook (.xlsb), which is not imported. "
                              "Open it in Excel and save it as an .xlsx workbook.")
    if "content.xml" in names or "mimetype" in names:
        raise ImportFileError(f"{name} is an OpenDocument file (LibreOffice). Save it as an Excel "
                              "workbook (.xlsx) or Word document (.docx) and import that copy.")
    raise ImportFileError(f"{name} is a zip archive, not an Excel workbook or Word document. "
                          "Unzip it and import the workbook inside, or save the plan as .xlsx.")


def _refuse_dtds(name: str, package: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
    """Office never writes a DTD; a part that declares one carries entity
    tricks (billion laughs, external entities). defusedxml would refuse it
    too, later and with a less helpful message. The scan reads what a parser
    would: every part that may be parsed as XML (whatever its name), whole,
    in the encoding the parser would read it in."""
    types = _content_types(package, members)
    for member in members:
        content_type = types.get(member.filename)
        if content_type is not None and "xml" not in content_type:
            continue  # a picture, a web page, a binary part: no XML parser reads it
        with package.open(member) as part:
            if _declares_dtd(part):
                raise ImportFileError(
                    f"{name} contains XML entity declarations ({member.filename}), which Office never writes; "
                    "the file may have been made to attack the program reading it. It was not opened.")


_DEFAULT_TYPE = re.compile(r'<(?:\w+:)?Default\b[^>]*?\bExtension="([^"]+)"[^>]*?\bContentType="([^"]+)"')
_OVERRIDE_TYPE = re.compile(r'<(?:\w+:)?Override\b[^>]*?\bPartName="([^"]+)"[^>]*?\bContentType="([^"]+)"')


def _content_types(package: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> dict[str, str]:
    """Each part's declared content type, lower case; parts with none are
    left out (and scanned: a parser may still be pointed at them)."""
    try:
        raw = package.read("[Content_Types].xml")
    except KeyError:
        return {}
    text = raw.decode(xml_encoding(raw[:256]) or "utf-8", errors="replace")
    by_extension = {ext.casefold(): kind.casefold() for ext, kind in _DEFAULT_TYPE.findall(text)}
    overrides = {part.lstrip("/"): kind.casefold() for part, kind in _OVERRIDE_TYPE.findall(text)}
    types = {}
    for member in members:
        extension = member.filename.rpartition(".")[2].casefold() if "." in member.filename else ""
        kind = overrides.get(member.filename) or by_extension.get(extension)
        if kind is not None and member.filename != "[Content_Types].xml":
            types[member.filename] = kind
    return types


_DTD_MARKS = ("<!DOCTYPE", "<!ENTITY")


def _declares_dtd(part: IO[bytes]) -> bool:
    """Whether the part holds a DTD, read whole in chunks, both as its raw
    bytes (ASCII-compatible encodings) and decoded as the parser would."""
    head = part.read(_SCAN_CHUNK)
    encoding = xml_encoding(head)
    decoder = (codecs.getincrementaldecoder(encoding)(errors="replace")
               if encoding and encoding not in RAW_READABLE else None)
    tail_bytes, tail_text = b"", ""
    chunk = head
    while chunk:
        raw = tail_bytes + chunk
        if any(mark.encode() in raw for mark in _DTD_MARKS):
            return True
        tail_bytes = raw[-16:]
        if decoder is not None:
            text = tail_text + decoder.decode(chunk)
            if any(mark in text for mark in _DTD_MARKS):
                return True
            tail_text = text[-16:]
        chunk = part.read(_SCAN_CHUNK)
    return False


def _refuse_huge_sheets(name: str, package: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
    """Counted as the sheets stream by (``sheet_counts``): a workbook over
    the limits is refused before openpyxl loads it, not after."""
    text = sum(m.file_size for m in members
               if m.filename.startswith("xl/worksheets/") or m.filename == "xl/sharedStrings.xml")
    if text > MAX_SHEET_XML_BYTES:
        raise ImportFileError(
            f"{name}'s sheets unpack to {text / 1024 / 1024:,.0f} MB of cells and text; workbooks over "
            f"{MAX_SHEET_XML_BYTES // 1024 // 1024} MB are not imported. It was not opened. Split it into "
            "smaller workbooks, or delete unused sheets.")
    over = first_over(package, members, max_cells=MAX_CELLS, max_merged=MAX_MERGED_CELLS, max_rows=MAX_SHEET_ROWS)
    if over is None:
        return
    if over.what == "cells":
        raise ImportFileError(
            f"{name} has at least {over.count:,} cells; workbooks with more than {MAX_CELLS:,} cells are not "
            "imported. It was not opened. Split it into smaller workbooks, or delete unused sheets.")
    if over.what == "merged":
        raise ImportFileError(
            f"{name} merges {over.count:,} cells together; workbooks merging more than {MAX_MERGED_CELLS:,} "
            "cells are not imported (a plan merges banners and a few cells down). It was not opened. "
            "Unmerge the large areas in Excel and save it again.")
    raise ImportFileError(
        f"{name} has a sheet with more than {MAX_SHEET_ROWS:,} filled rows; sheets over that are not imported. "
        "It was not opened. Split it into smaller sheets or workbooks.")


def _package_warnings(kind: str, names: set[str]) -> list[str]:
    warnings = []
    if any(n.casefold().endswith("vbaproject.bin") for n in names):
        warnings.append("The workbook contains macros. They were not run: only the cells' text and "
                        "saved values were read.")
    links = sorted(n for n in names if n.startswith("xl/externalLinks/") and n.endswith(".xml"))
    if links:
        warnings.append(f"The workbook has {len(links)} link(s) to other files. They were not followed: "
                        "cells that use them keep the values saved with this workbook.")
    return warnings


# Exceptions a damaged or hostile file raises inside the libraries.
_FILE_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, ParseError, xml.parsers.expat.ExpatError,
    csv.Error, KeyError, ValueError, NotImplementedError, TypeError, OSError, EOFError, IndexError,
    AttributeError, AssertionError, OverflowError, RecursionError,
)


def _raised_in_our_code(exc: BaseException) -> bool:
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    if last is None:
        return False
    filename = Path(last.tb_frame.f_code.co_filename).resolve()
    return _PACKAGE in filename.parents


@contextmanager
def reading(path: Path, what: str = "xlsx") -> Iterator[None]:
    """Parse inside this block: a library's exception on a bad file becomes
    an ``ImportFileError``; ours stays a bug."""
    try:
        yield
    except ImportFileError:
        raise
    except MemoryError as exc:
        raise ImportFileError(f"{Path(path).name} is too big to read in the memory this computer has. "
                              "Split the plan into smaller files.") from exc
    except _FILE_ERRORS as exc:
        if _raised_in_our_code(exc) and not isinstance(exc, (OSError, csv.Error)):
            raise
        log.info("import: %s could not be read", path, exc_info=exc)
        raise ImportFileError(_damaged_message(Path(path), what, exc)) from exc
    except Exception as exc:
        # Exceptions of the libraries' own kinds (lxml's XMLSyntaxError,
        # python-docx's PackageNotFoundError, openpyxl's InvalidFileException)
        # have no common base but Exception; they are file errors when
        # raised outside our package.
        if _raised_in_our_code(exc) or type(exc).__module__.startswith("safeguard_desktop"):
            raise
        log.info("import: %s could not be read", path, exc_info=exc)
        raise ImportFileError(_damaged_message(Path(path), what, exc)) from exc


def _damaged_message(path: Path, what: str, exc: BaseException) -> str:
    # Libraries name the file by its full path; the folder adds nothing here.
    detail = " ".join(str(exc).replace(str(path), path.name).split())[:160] or type(exc).__name__
    fix = {
        "csv": "Open it in Excel or a text editor, check it, and save it again as CSV (UTF-8).",
        "docx": "Open it in Word and save it again as a Word document (.docx), then import that copy.",
    }.get(what, "Open it in Excel and save it again as an Excel workbook (.xlsx), then import that copy.")
    return f"{path.name} could not be read: it is damaged or not what its name says ({detail}). {fix}"
