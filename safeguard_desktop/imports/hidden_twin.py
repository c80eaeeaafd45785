"""Reading the record twins an exported workbook carries in its very hidden
sheet (``core.record_twins``), and pairing them with the visible rows.

A twin is trusted only for the visible row it belongs to: pairs are made by
the fingerprint of the row's visible cells, in row order, so rows a person
typed in, deleted or sorted do not shift the others. A row a person edited
no longer matches its fingerprint; it is paired with the one unpaired twin
of an action with the same "No." and "What do we want to achieve?", so
updating a row's progress keeps what the sheet cannot show (above all the
confidential flag) while its visible cells win. Everything else unpaired is
read from what is visible, and a twin without its row brings nothing back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from safeguard_desktop.core import record_twins
from safeguard_desktop.imports.source import SourceBook, SourceRow


@dataclass(frozen=True)
class Twin:
    row: int  # the visible row it was written beside
    fingerprint: str
    record: dict[str, Any]  # table: plan | entry | action | furniture

    @property
    def table(self) -> str:
        return str(self.record.get("table", "furniture"))


@dataclass
class TwinBook:
    plan: dict[str, Any]
    sheet: str  # the visible sheet the twins describe
    twins: list[Twin] = field(default_factory=list)
    bad_rows: int = 0  # rows of the hidden sheet that could not be read (a damaged or hand-made sheet)


def set_aside(book: SourceBook) -> TwinBook | None:
    """Take the hidden sheet's rows out of ``book`` (they are no part of the
    plan's table) and read them; None when the workbook has none."""
    if record_twins.SHEET not in book.sheets:
        return None
    rows = [row for row in book.rows if row.sheet == record_twins.SHEET]
    book.rows = [row for row in book.rows if row.sheet != record_twins.SHEET]
    book.sheets = [sheet for sheet in book.sheets if sheet != record_twins.SHEET]
    book.warnings = [w for w in book.warnings if f"'{record_twins.SHEET}'" not in w]
    twins = _read(rows)
    if twins is None:
        book.warnings.append("The workbook's hidden sheet of records could not be read: the plan was imported "
                             "from what its visible sheet shows.")
    else:
        book.warnings.append("This workbook was exported by safeguard-desktop: each row comes back as its own "
                             "record (kind, links, confidential flag, owners, history); a row typed in by hand "
                             "is read from what it shows.")
    return twins


def _read(rows: list[SourceRow]) -> TwinBook | None:
    plan: dict[str, Any] | None = None
    twins: list[Twin] = []
    bad = 0
    for row in rows[1:]:  # the first is the headings
        try:
            number = int(row.text(0))
            record = json.loads("".join(record_twins.unwrap(row.text(c)) for c in sorted(row.cells) if c >= 3))
        except ValueError:
            bad += 1
            continue
        if not isinstance(record, dict):
            bad += 1
        elif number == record_twins.PLAN_ROW and record.get("table") == "plan":
            plan = record
        elif record.get("table") in ("entry", "action") and not isinstance(record.get("uuid"), str):
            bad += 1  # a record must say which it is: without a uuid its row is read from what it shows
        else:
            twins.append(Twin(number, row.text(1), record))
    if plan is None or plan.get("format") != record_twins.FORMAT:
        return None
    return TwinBook(plan, str(plan.get("sheet") or ""), twins, bad)


def row_fingerprint(row: SourceRow) -> str:
    """The fingerprint the writer gave this row, when nobody changed it."""
    return record_twins.fingerprint(cell.date or cell.text for _, cell in sorted(row.cells.items())
                                    if cell.merged_from is None)


def pair(book: SourceBook, twins: TwinBook, action_keys: dict[int, tuple[str, str]]) -> dict[int, Twin]:
    """Visible row number -> its twin. ``action_keys`` gives the rows read as
    actions their ("No.", "What...") for pairing rows a person edited."""
    sheet = visible_sheet(book, twins)
    waiting: dict[str, list[Twin]] = {}
    for twin in twins.twins:
        waiting.setdefault(twin.fingerprint, []).append(twin)
    paired: dict[int, Twin] = {}
    unpaired: list[int] = []
    for row in book.rows:
        if row.sheet != sheet or row.is_empty():
            continue
        candidates = waiting.get(row_fingerprint(row))
        if candidates:
            paired[row.row] = candidates.pop(0)
        elif row.row in action_keys:
            unpaired.append(row.row)
    left = [t for ts in waiting.values() for t in ts if t.table == "action"]
    for r in unpaired:
        key = action_keys[r]
        twin = next((t for t in left if _action_key(t.record) == key), None)
        if twin is not None:
            left.remove(twin)
            paired[r] = twin
    return paired


def visible_sheet(book: SourceBook, twins: TwinBook) -> str:
    return twins.sheet if twins.sheet in book.sheets else (book.sheets[0] if book.sheets else "")


def action_key(number: Any, want: Any) -> tuple[str, str]:
    return (" ".join(str(number or "").split()).casefold(), " ".join(str(want or "").split()).casefold())


def _action_key(record: dict[str, Any]) -> tuple[str, str]:
    return action_key(record.get("number"), record.get("want"))
