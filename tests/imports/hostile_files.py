"""Broken and hostile files, built small at test time: old and encrypted
Office files, renamed and corrupt files, a decompression bomb, XML entity
tricks, macros, external links, a lying sheet dimension and formulas with
and without saved results."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Callable

from fixtures import DOMAIN_HEADINGS
from openpyxl import Workbook

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SHEET = "xl/worksheets/sheet1.xml"


def small_workbook(path: Path, rows: int = 3) -> Path:
    """A plan sheet: the usual header (docs/SAFEGUARDING_BOARDS.md, "Plans and
    their shapes") and ``rows`` actions numbered 1.1..."""
    book = Workbook()
    sheet = book.active
    sheet.append(DOMAIN_HEADINGS)
    for n in range(1, rows + 1):
        sheet.append([f"1.{n}", "C", f"Outcome {n}", f"Action {n}", "Board manager", "Report", "March 2015",
                      f"Progress {n}", "Green"])
    book.save(path)
    return path


def rewrite_zip(source: Path, target: Path, change: dict[str, Callable[[bytes], bytes]] | None = None,
                add: dict[str, bytes] | None = None) -> Path:
    """A copy of the package with some parts rewritten and others added."""
    change = change or {}
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info.filename, change[info.filename](data) if info.filename in change else data)
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return target


def old_xls(path: Path) -> Path:
    path.write_bytes(OLE2_MAGIC + bytes(504) + b"Workbook".ljust(512, b"\x00"))
    return path


def encrypted_xlsx(path: Path) -> Path:
    # Office's "Encrypt with password" wraps the package in an OLE2 file whose
    # directory names an EncryptionInfo stream (UTF-16LE, as OLE2 writes names).
    path.write_bytes(OLE2_MAGIC + bytes(504) + "EncryptionInfo".encode("utf-16-le").ljust(128, b"\x00")
                     + "EncryptedPackage".encode("utf-16-le") + bytes(1024))
    return path


def renamed_text(path: Path) -> Path:
    path.write_text("No.,What do we want to achieve?\n1.1,Something\n", encoding="utf-8")
    return path


def corrupt_zip(path: Path, work: Path) -> Path:
    """A real workbook with bytes in the middle of its sheet overwritten."""
    data = bytearray(small_workbook(work / "good.xlsx", rows=40).read_bytes())
    start = data.find(b"xl/worksheets/sheet1.xml") + 60
    data[start:start + 200] = b"\x00\xff" * 100
    path.write_bytes(bytes(data))
    return path


def decompression_bomb(path: Path, work: Path, megabytes: int = 30) -> Path:
    """A 30 MB sheet of spaces: about 30 KB zipped, a ratio near 1,000."""
    body = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + b" " * (megabytes * 1024 * 1024) + b"</sheetData></worksheet>")
    return rewrite_zip(small_workbook(work / "seed.xlsx"), path, {SHEET: lambda _: body})


def billion_laughs(path: Path, work: Path, padded: bool = False) -> Path:
    """The entity-expansion attack in the sheet part. ``padded`` hides the
    DTD behind a 70 KB comment (the scan reads whole parts, so it is still
    found before any parser sees it)."""
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10))
    padding = "<!--" + "x" * 70_000 + "-->" if padded else ""
    body = (f'<?xml version="1.0"?>{padding}<!DOCTYPE worksheet [{entities}]>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
            "</sheetData></worksheet>").encode()
    return rewrite_zip(small_workbook(work / "seed.xlsx"), path, {SHEET: lambda _: body})


def with_macros(path: Path, work: Path) -> Path:
    return rewrite_zip(small_workbook(work / "seed.xlsx"), path,
                       add={"xl/vbaProject.bin": OLE2_MAGIC + b"Attribute VB_Name = \"Module1\"" + bytes(200)})


def with_external_link(path: Path, work: Path) -> Path:
    """A workbook whose lead cell is a formula reading another workbook,
    with the value Excel saved, and the link part Excel writes."""
    link = (b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1">'
            b'<sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>')
    book = Workbook()
    sheet = book.active
    sheet.append(DOMAIN_HEADINGS)
    sheet.append(["1.1", "C", "Outcome", "Action", "='[budget.xlsx]Sheet1'!A1", "Report", "March 2015", "", "Green"])
    book.save(work / "seed-linked.xlsx")
    cache = cache_formulas({"E2": ("Board manager", True)})
    return rewrite_zip(work / "seed-linked.xlsx", path, {SHEET: cache},
                       add={"xl/externalLinks/externalLink1.xml": link})


def cache_formulas(values: dict[str, tuple[str, bool]]) -> Callable[[bytes], bytes]:
    """Give formula cells the saved result Excel would have written
    (openpyxl writes none): {"E2": ("text", is_text)}."""
    def change(xml: bytes) -> bytes:
        text = xml.decode()
        for ref, (value, is_text) in values.items():
            kind = ' t="str"' if is_text else ""
            text = re.sub(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?',
                          lambda m: f'<c r="{ref}"{m.group(1)}{kind}><f>{m.group(2)}</f><v>{value}</v>', text)
        return text.encode()
    return change


def with_formulas(path: Path, work: Path) -> Path:
    """Number, progress and RAG as formulas with saved results; the measure a
    formula saved without a result (as programs that never calculate write)."""
    book = Workbook()
    sheet = book.active
    sheet.append(DOMAIN_HEADINGS)
    sheet.append(["=1+0.1", "C", "Outcome", "Action", "Board manager", "=SUM(1,2)", "March 2015",
                  '="Done: "&"yes"', '=IF(1>0,"Green","Red")'])
    book.save(work / "seed-formulas.xlsx")
    cache = cache_formulas({"A2": ("1.1", False), "H2": ("Done: yes", True), "I2": ("Green", True)})
    return rewrite_zip(work / "seed-formulas.xlsx", path, {SHEET: cache})


def wrong_dimension(path: Path, work: Path, rows: int = 400) -> Path:
    """A sheet of ``rows`` actions that declares itself A1:E5."""
    seed = small_workbook(work / "seed-big.xlsx", rows=rows)
    return rewrite_zip(seed, path, {SHEET: lambda xml: re.sub(rb'<dimension ref="[^"]*"/>',
                                                              b'<dimension ref="A1:E5"/>', xml)})


def merged_everything(path: Path, work: Path, ref: str = "A2:XFD1048576") -> Path:
    """A sheet merging (nearly) every cell Excel has: openpyxl would make an
    object for each of seventeen billion cells."""
    merge = f'</sheetData><mergeCells count="1"><mergeCell ref="{ref}"/></mergeCells>'.encode()
    return rewrite_zip(small_workbook(work / "seed-merged.xlsx"), path,
                       {SHEET: lambda xml: xml.replace(b"</sheetData>", merge)})
