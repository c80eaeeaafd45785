"""Membership lists as boards keep them, built at test time in xlsx, CSV and
Word, with what the import must make of every row.

The seats are the core membership of the county partnership in the public
reference plan (independent chair, DCS, chief constable and CCG chief
executive "or nominated deputy", the chair of the adult board, the director
of public health, the DASS), kept the way a business unit keeps them: title
rows, an agency cell merged down over its seats (left blank below its first
seat in CSV), "Vacant" and "TBC", deputies on their own rows in two styles,
an "In attendance" banner, a note to colleagues, a Welsh name, stray spaces
and a formula-like name that must stay text.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook

HEADINGS = ["Organisation", "Role / seat", "Name", "Nominated deputy", "Email"]
TITLES = ["Safeguarding Vulnerable People Partnership (SVPP)", "Membership, April 2019"]
# (agency, seat, name, deputy, email), a banner ("banner", text), or an
# agency merged down from the row above (agency None under a merge).
BODY: list[tuple] = [
    ("", "Independent chair", "Dr Eleri Rhys-Jones", "", "eleri.rhys-jones@svpp.example"),
    ("Wiltshire Council", "DCS or nominated deputy", "Terence Herbert", "Lucy Townsend", ""),
    (None, "DASS/adult transformation lead", "Vacant", "", ""),
    (None, "Director of public health", "TBC", "", ""),
    ("Wiltshire Police", "Chief constable or nominated deputy", "  Kier\u00a0Pritchard ", "", ""),
    ("", "Nominated deputy", "DCC Paul Mills", "", ""),
    ("NHS Wiltshire CCG", "CCG chief executive or nominated deputy", "Tracey Cox", "", "tracey.cox@nhs.example"),
    ("", "", "Deputy: Dr Ted Wilson", "", ""),
    ("Adult Safeguarding Board", "Chair of the WSAB", "=HYPERLINK(\"http://x.example\",\"Click\")", "", ""),
    ("banner", "In attendance (not members)"),
    ("Wiltshire Council", "Business manager, safeguarding business unit", "Siân Ŵyn Prŷs", "", ""),
    ("banner", "All deputies will be part of the senior management team in their organisations."),
]


@dataclass(frozen=True)
class Expected:
    row: int
    kind: str
    seat: str | None = None
    person: str | None = None
    agency: str | None = None
    into_row: int | None = None


def expected_rows(first_body_row: int, title_rows: int = 2) -> list[Expected]:
    """What the import must say of each row, numbered as the file numbers them."""
    rows = [Expected(n + 1, "title") for n in range(title_rows)]
    rows.append(Expected(first_body_row - 1, "header"))
    r = first_body_row
    rows += [
        Expected(r, "member", "Independent chair", "Dr Eleri Rhys-Jones", None),
        Expected(r + 1, "member", "DCS or nominated deputy", "Terence Herbert", "Wiltshire Council"),
        Expected(r + 2, "vacant", "DASS/adult transformation lead", None, "Wiltshire Council"),
        Expected(r + 3, "vacant", "Director of public health", None, "Wiltshire Council"),
        Expected(r + 4, "member", "Chief constable or nominated deputy", "Kier Pritchard", "Wiltshire Police"),
        Expected(r + 5, "deputy", None, "DCC Paul Mills", "Wiltshire Police", into_row=r + 4),
        Expected(r + 6, "member", "CCG chief executive or nominated deputy", "Tracey Cox", "NHS Wiltshire CCG"),
        Expected(r + 7, "deputy", None, "Dr Ted Wilson", "NHS Wiltshire CCG", into_row=r + 6),
        Expected(r + 8, "member", "Chair of the WSAB", "=HYPERLINK(\"http://x.example\",\"Click\")",
                 "Adult Safeguarding Board"),
        Expected(r + 9, "note"),
        Expected(r + 10, "member", "Business manager, safeguarding business unit", "Siân Ŵyn Prŷs",
                 "Wiltshire Council"),
        Expected(r + 11, "note"),
    ]
    return rows


def build_xlsx(path: Path) -> Path:
    """Titles, a blank row, the header, the body with the council's cell
    merged down over its three seats and banners merged across."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Membership"
    sheet.append([TITLES[0]])
    sheet.append([TITLES[1]])
    sheet.append([])
    sheet.append(HEADINGS)
    merge_from = None
    for row in BODY:
        if row[0] == "banner":
            sheet.append([row[1]])
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=5)
            continue
        agency, *rest = row
        sheet.append([agency or None, *[value or None for value in rest]])
        if agency is None:
            sheet.merge_cells(start_row=merge_from, start_column=1, end_row=sheet.max_row, end_column=1)
        else:
            merge_from = sheet.max_row
    book.save(path)
    return path


def csv_rows() -> list[list[str]]:
    rows = [[TITLES[0]], [TITLES[1]], HEADINGS]
    for row in BODY:
        rows.append([row[1]] if row[0] == "banner" else [row[0] or "", *row[1:]])
    return rows


def build_csv(path: Path) -> Path:
    """As Excel saves it: the merged agency left blank below its first seat."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(csv_rows())
    return path


def build_docx(path: Path) -> Path:
    """Two title paragraphs, then a table whose agency cells merge down."""
    document = Document()
    for title in TITLES:
        document.add_paragraph(title)
    table = document.add_table(rows=1, cols=5)
    for cell, heading in zip(table.rows[0].cells, HEADINGS):
        cell.text = heading
    merge_from = None
    for row in BODY:
        cells = table.add_row().cells
        if row[0] == "banner":
            merged = cells[0].merge(cells[4])
            merged.text = row[1]
            continue
        for cell, value in zip(cells, row):
            cell.text = value or ""
        if row[0] is None:
            cells[0]._tc.get_or_add_tcPr().append(_vmerge("continue"))
            if merge_from is not None and not merge_from[1]:
                merge_from[0]._tc.get_or_add_tcPr().append(_vmerge("restart"))
                merge_from = (merge_from[0], True)
        else:
            merge_from = (cells[0], False)
    document.save(path)
    return path


def _vmerge(value: str):  # type: ignore[no-untyped-def]
    element = OxmlElement("w:vMerge")
    element.set(qn("w:val"), value)
    return element
