"""Reading a membership list as boards keep them: agency, role or seat,
name, deputy and email, in a spreadsheet, a CSV file or a Word table.

Every non-empty row is said to be one of: ``title`` (above the table),
``header``, ``note`` (a banner or a remark), ``member`` (a seat and its
holder), ``vacant`` (a seat with no holder: "Vacant", "TBC", or no name) or
``deputy`` (a nominated deputy on a row of their own, for the member row
above it). What the lists do that this must understand:

- an agency cell merged down over its seats, or left blank below the first
  (a CSV saved from such a sheet): the seat takes the agency above it;
- deputies on their own row ("Nominated deputy" as the role, "Deputy:"
  before the name) or in a column of their own;
- an "In attendance" banner: the seats below it are at the table but are
  not members, until the next banner;
- names with stray and non-breaking spaces.

No workspace is touched here (``membership_import`` matches and writes).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from safeguard_desktop.imports.csv_reader import read_csv
from safeguard_desktop.imports.docx_reader import read_docx
from safeguard_desktop.imports.headings import normalise_heading
from safeguard_desktop.imports.safe_open import CheckedFile, ImportFileError, check_file
from safeguard_desktop.imports.source import SourceBook, SourceRow
from safeguard_desktop.imports.xlsx_reader import read_xlsx
from safeguard_desktop.progress import Progress

FIELDS = ("agency", "seat", "name", "deputy", "email")
# First rule that fits wins: "Nominated deputy" is the deputy, not a name.
_HEADING_RULES = (
    ("deputy", re.compile(r"deput|substitute|alternate")),
    ("email", re.compile(r"e-?mail|contact")),
    ("agency", re.compile(r"\b(agency|agencies|organi[sz]ations?|partner|body|sector|representing)\b")),
    ("seat", re.compile(r"\b(role|seat|position|post|designation|job title|title|capacity)\b")),
    ("name", re.compile(r"\b(names?|members?|representatives?|holder|nominee|attendee)\b")),
)
_VACANT = re.compile(r"^\(?\s*(vacant|vacancy|to be appointed|tba|tbc|to be confirmed|post vacant|-+|\u2013|\u2014)"
                     r"\s*\)?\.?$", re.IGNORECASE)
_TO_CONFIRM = re.compile(r"\b(tbc|tba|to be confirmed)\b", re.IGNORECASE)
_DEPUTY_ROLE = re.compile(r"^(nominated\s+)?(deputy|deputies|substitute|alternate)\s*[:\-\u2013]?\s*$",
                          re.IGNORECASE)
_DEPUTY_PREFIX = re.compile(r"^(nominated\s+)?(deputy|substitute|alternate)\s*[:\-\u2013]\s*", re.IGNORECASE)
_IN_ATTENDANCE = re.compile(r"\bin attendance\b|\bnot (a )?members?\b|\bnon-members?\b", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+")
_ROLES = (
    ("vice_chair", re.compile(r"^(independent\s+)?vice[\s-]?chair", re.IGNORECASE)),
    ("chair", re.compile(r"^(independent\s+)?(co-?)?chair(person|man|woman)?$", re.IGNORECASE)),
    ("secretariat", re.compile(r"secretariat|business (unit|manager|support)|minute[\s-]?taker|clerk",
                               re.IGNORECASE)),
    ("adviser", re.compile(r"advis[eo]r", re.IGNORECASE)),
    ("observer", re.compile(r"observer", re.IGNORECASE)),
)


@dataclass(frozen=True)
class MemberLine:
    """One non-empty source row and what it is."""

    sheet: str
    row: int
    kind: str  # title | header | note | member | vacant | deputy
    text: str
    seat: str | None = None
    person: str | None = None
    agency: str | None = None
    email: str | None = None
    deputy: str | None = None  # a deputy named in the member's own row
    into_row: int | None = None  # deputy rows: the member row they deputise for
    role: str = "member"
    in_attendance: bool = False
    notes: tuple[str, ...] = ()


@dataclass
class MembershipReading:
    """What a membership file says, before any workspace is consulted."""

    source: CheckedFile
    book: SourceBook
    columns: dict[str, int]
    lines: list[MemberLine] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        warnings = list(self.book.warnings)
        missing = [name for name in ("seat", "name") if name not in self.columns]
        if missing:
            warnings.append(f"No column for the {' or the '.join(missing)} was found; "
                            "each seat was named from what its row had.")
        return warnings

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for line in self.lines:
            counts[line.kind] = counts.get(line.kind, 0) + 1
        return counts


_READERS = {"xlsx": read_xlsx, "csv": read_csv, "docx": read_docx}


def read_membership(path: Path, progress: Progress | None = None) -> MembershipReading:
    """Read and understand ``path``; ``ImportFileError`` (a ``UserError``)
    when it cannot be imported or holds no membership table."""
    checked = check_file(Path(path))
    book = _READERS[checked.kind](checked, progress)
    reading = understand_membership(checked, book)
    if not reading.columns:
        raise ImportFileError(
            f"{checked.path.name}: no row of column headings was found, so the membership table could not be "
            "recognised. The table needs a header row naming its columns, for example 'Agency', 'Role', "
            "'Name', 'Deputy', 'Email'.")
    return reading


def heading_field(text: str) -> str | None:
    normal = normalise_heading(text)
    if not normal or len(normal) > 60 or len(normal.split()) > 6:
        return None
    return next((name for name, pattern in _HEADING_RULES if pattern.search(normal)), None)


def _header_columns(row: SourceRow) -> dict[str, int]:
    columns: dict[str, int] = {}
    for column in sorted(row.cells):
        cell = row.cells[column]
        name = heading_field(cell.text) if cell.merged_from is None else None
        if name is not None and name not in columns:
            columns[name] = column
    # A header names at least two of our columns, one of them the seat or the name.
    return columns if len(columns) >= 2 and ({"seat", "name"} & set(columns)) else {}


def clean(text: str) -> str:
    """One space between words, no non-breaking or zero-width spaces."""
    text = unicodedata.normalize("NFC", text).replace("\u200b", "")
    return " ".join(text.split())


def seat_role(seat: str) -> str:
    return next((role for role, pattern in _ROLES if pattern.search(seat)), "member")


def understand_membership(source: CheckedFile, book: SourceBook) -> MembershipReading:
    reading = MembershipReading(source, book, {})
    header_at: tuple[str, int] | None = None
    for row in book.rows:
        if row.is_empty():
            continue
        columns = _header_columns(row)
        if columns and not reading.columns:
            reading.columns, header_at = columns, (row.sheet, row.row)
    if header_at is None:
        reading.lines = [MemberLine(r.sheet, r.row, "title", _text(r)) for r in book.rows if not r.is_empty()]
        return reading
    _Reader(reading, header_at).read()
    return reading


def _text(row: SourceRow) -> str:
    return " | ".join(clean(text) for text in row.own_texts())


class _Reader:
    """Walks the rows once, keeping the last member row (for deputies and
    for agencies merged down or left blank) and the section's attendance."""

    def __init__(self, reading: MembershipReading, header_at: tuple[str, int]) -> None:
        self.reading = reading
        self.columns = reading.columns
        self.header_at = header_at
        self.last_member: int | None = None  # index into reading.lines
        self.last_agency: str | None = None
        self.in_attendance = False
        self.before_header = True

    def read(self) -> None:
        for row in self.reading.book.rows:
            if row.is_empty():
                continue
            self.reading.lines.append(self._line(row))

    def _cell(self, row: SourceRow, name: str) -> tuple[str, bool]:
        """The cell's text and whether it came merged down from above."""
        column = self.columns.get(name)
        cell = row.cells.get(column) if column is not None else None
        return (clean(cell.text), cell.merged_from is not None) if cell is not None else ("", False)

    def _line(self, row: SourceRow) -> MemberLine:
        text = _text(row)
        if (row.sheet, row.row) == self.header_at:
            self.before_header = False
            return MemberLine(row.sheet, row.row, "header", text)
        if self.before_header:
            return MemberLine(row.sheet, row.row, "title", text)
        if _header_columns(row) == self.columns:
            return MemberLine(row.sheet, row.row, "header", text, notes=("the header repeated",))
        own = [c for c in row.cells if row.cells[c].text and row.cells[c].merged_from is None]
        mapped = set(self.columns.values())
        if len(own) == 1 and (row.spanned or own[0] not in mapped or self._only_agency(row, own[0])):
            return self._banner(row, text)
        values = {name: self._cell(row, name) for name in FIELDS}
        seat, name, deputy, email = (values[k][0] for k in ("seat", "name", "deputy", "email"))
        agency, merged = values["agency"]
        if _DEPUTY_ROLE.match(seat) or (not seat and _DEPUTY_PREFIX.match(name)) or (
                not seat and not name and deputy):
            return self._deputy(row, text, name or deputy, agency)
        if not seat and not name:
            return MemberLine(row.sheet, row.row, "note", text, notes=("no seat or name in this row",))
        return self._member(row, text, seat, name, agency, merged, deputy, email)

    def _only_agency(self, row: SourceRow, column: int) -> bool:
        # A lone agency name with nothing else is a banner over its seats.
        return self.columns.get("agency") == column and len(self.columns) > 1

    def _banner(self, row: SourceRow, text: str) -> MemberLine:
        self.in_attendance = bool(_IN_ATTENDANCE.search(text))
        self.last_member = None
        notes = ("the seats below are in attendance, not members",) if self.in_attendance else ()
        return MemberLine(row.sheet, row.row, "note", text, notes=notes)

    def _deputy(self, row: SourceRow, text: str, name: str, agency: str) -> MemberLine:
        name = clean(_DEPUTY_PREFIX.sub("", name))
        if self.last_member is None or not name:
            return MemberLine(row.sheet, row.row, "note", text,
                              notes=("a deputy with no seat above it: kept as a note",))
        member = self.reading.lines[self.last_member]
        return MemberLine(row.sheet, row.row, "deputy", text, person=name, agency=agency or member.agency,
                          into_row=member.row, email=_email(text))

    def _member(self, row: SourceRow, text: str, seat: str, name: str, agency: str, merged: bool,
                deputy: str, email: str) -> MemberLine:
        notes: list[str] = []
        found_email = email or _email(name)
        if found_email and not email:
            name = clean(name.replace(found_email, "").strip(" ,;<>()"))
        if not seat and not name:  # an address alone says nothing of a seat
            return MemberLine(row.sheet, row.row, "note", text, email=found_email,
                              notes=("an email address with no seat or name: kept as a note",))
        if not agency and "agency" in self.columns and self.last_agency and self.last_member is not None:
            agency = self.last_agency
            notes.append(f"agency left blank: taken from the row above ({agency})")
        elif merged:
            notes.append("agency merged down from the row above")
        if not seat:
            seat = f"{agency} representative" if agency else name
            notes.append(f"no seat given: called '{seat}'")
        role = seat_role(seat)
        in_attendance = self.in_attendance or role == "secretariat" or bool(_IN_ATTENDANCE.search(seat))
        kind, person = "member", name or None
        if not name or _VACANT.match(name):
            kind, person = "vacant", None
            if _TO_CONFIRM.search(name):
                notes.append("holder to be confirmed")
        deputy_name = clean(_DEPUTY_PREFIX.sub("", deputy)) if deputy and not _VACANT.match(deputy) else None
        line = MemberLine(row.sheet, row.row, kind, text, seat=seat, person=person, agency=agency or None,
                          email=found_email or None, deputy=deputy_name, role=role, in_attendance=in_attendance,
                          notes=tuple(notes))
        self.last_member = len(self.reading.lines)
        self.last_agency = agency or None
        return line


def _email(text: str) -> str | None:
    match = _EMAIL.search(text)
    return match.group(0) if match else None


def with_in_attendance(line: MemberLine, in_attendance: bool) -> MemberLine:
    """The preview's one correction to a seat: in attendance or a member."""
    return replace(line, in_attendance=in_attendance)
