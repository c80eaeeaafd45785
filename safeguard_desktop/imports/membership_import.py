"""A membership list into a group: match what the workspace already has,
then write the seats, people, agencies and holdings in one audited
transaction with a report of what became of every row.

People and agencies already in the workspace are matched by name (case,
accents, punctuation and spacing aside; an agency also by its short name),
never duplicated, and the report says which were matched. A seat the group
already has (same title) is matched too, so importing the same list twice
changes nothing. A seat whose holder differs is handed over from the
import's date (the old holding ends the day before); a seat the list calls
vacant is vacated that way too, and the report says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from safeguard_desktop.imports.membership import MemberLine, MembershipReading
from safeguard_desktop.store.ops.membership_imports import (
    SEATED,
    Known,
    group_id_named,
    known,
    name_key,
    write_membership,
)
from safeguard_desktop.store.transaction import Change
from safeguard_desktop.store.workspace import Workspace

# What the window and the command line use from here.
__all__ = ["SEATED", "Known", "MembershipResult", "group_id_named", "import_membership", "known", "matches",
           "name_key"]


@dataclass
class MembershipResult:
    report: dict[str, Any]
    changes: list[Change] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return self.report["counts"]


def matches(line: MemberLine, have: Known) -> list[str]:
    """Which of the row's seat, person and agency the workspace already has."""
    found = []
    if line.kind in SEATED and name_key(line.seat) in have.seats:
        found.append("seat")
    if line.person and name_key(line.person) in have.people:
        found.append("person")
    if line.agency and name_key(line.agency) in have.agencies:
        found.append("agency")
    return found


def import_membership(ws: Workspace, reading: MembershipReading, group_id: int, *,
                      from_date: date | None = None, lines: list[MemberLine] | None = None) -> MembershipResult:
    """Write the list into ``group_id`` in one transaction; ``lines`` are the
    reading's lines as corrected in the preview."""
    from_date = from_date or date.today()
    lines = list(lines if lines is not None else reading.lines)
    have = known(ws, group_id)
    report, changes = write_membership(
        ws, group_id=group_id, lines=lines, have=have, from_date=from_date, matches=matches,
        about={"source_file": reading.source.path.name, "source_sha256": reading.source.sha256,
               "file_kind": reading.source.kind, "columns": dict(reading.columns.items()),
               "warnings": reading.warnings, "counts": reading.counts()})
    return MembershipResult(report, changes)
