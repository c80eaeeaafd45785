"""Writing a membership list into a group: the seats, people, agencies and
holdings, in one audited transaction with the import report of what became
of every row (imports/membership_import.py reads the list and matches it;
this writes it, and returns the Changes made).

A seat whose holder differs is handed over from the import's date (the old
holding ends the day before); a seat the list calls vacant is vacated that
way too, and the report says so. Lines arrive as imports/ reads them
(``MemberLine``: kind, row, seat, person, agency, deputy, email, role...);
the store layer names no type of imports/, so they are taken as they come.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Sequence

from sqlalchemy import func, select

from safeguard_desktop.core.seats import with_deputy
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import Agency, Group, ImportReport, Person, Seat, SeatHolding, utc_now
from safeguard_desktop.store.transaction import Change, Tx
from safeguard_desktop.store.workspace import Workspace

SEATED = ("member", "vacant")


def name_key(text: str | None) -> str:
    """How two spellings of one name are recognised: "Siân  Prŷs" and
    "sian prys" match; "Dr." and "Dr" match."""
    folded = unicodedata.normalize("NFKD", text or "")
    letters = "".join(ch if ch.isalnum() else " " for ch in folded if not unicodedata.combining(ch))
    return " ".join(letters.casefold().split())


@dataclass(frozen=True)
class Known:
    """What the workspace already has that a list may name: by name key."""

    people: dict[str, int]
    agencies: dict[str, int]
    seats: dict[str, int]  # the group's live seats by title


def group_id_named(ws: Workspace, name: str) -> int:
    with ws.session() as s:
        found = s.scalars(select(Group.id).where(func.lower(Group.name) == name.strip().lower(),
                                                 Group.deleted_at.is_(None))).first()
        if found is None:
            names = ", ".join(s.scalars(select(Group.name).where(Group.deleted_at.is_(None)).order_by(Group.name)))
            raise UserError(f"There is no group called {name!r}. The groups are: {names}.")
        return found


def known(ws: Workspace, group_id: int) -> Known:
    with ws.session() as s:
        people: dict[str, int] = {}
        for pid, name in s.execute(select(Person.id, Person.name).where(Person.deleted_at.is_(None))
                                   .order_by(Person.id)):
            people.setdefault(name_key(name), pid)
        agencies: dict[str, int] = {}
        for aid, name, short in s.execute(select(Agency.id, Agency.name, Agency.short_name)
                                          .where(Agency.deleted_at.is_(None)).order_by(Agency.id)):
            agencies.setdefault(name_key(name), aid)
            if short:
                agencies.setdefault(name_key(short), aid)
        seats: dict[str, int] = {}
        for sid, title in s.execute(select(Seat.id, Seat.title).where(
                Seat.group_id == group_id, Seat.deleted_at.is_(None), Seat.retired_on.is_(None))
                .order_by(Seat.position, Seat.id)):
            seats.setdefault(name_key(title), sid)
    return Known(people, agencies, seats)


def write_membership(ws: Workspace, *, group_id: int, lines: Sequence[Any], have: Known, from_date: date,
                     about: dict[str, Any], matches: Any) -> tuple[dict[str, Any], list[Change]]:
    """Write ``lines`` into ``group_id``; ``about`` says the source (source_file,
    source_sha256, file_kind, columns, warnings, counts) for the report, and
    ``matches(line, known)`` what of a row the workspace had. Returns the
    stored report and the Changes."""
    name = about["source_file"]
    with ws.transaction(f"import: {name}") as tx:
        writer = _Writer(tx, group_id, have, from_date, matches)
        rows = [writer.row(line) for line in lines]
        report = {
            "source_file": name, "source_sha256": about["source_sha256"], "file_kind": about["file_kind"],
            "shape": "membership", "group": tx.get(Group, group_id).name, "from_date": from_date.isoformat(),
            "columns": about["columns"], "warnings": about["warnings"], "counts": about["counts"], "rows": rows,
            "matched": {kind: sorted(names) for kind, names in writer.matched.items()},
            "created": {kind: sorted(names) for kind, names in writer.created.items()},
        }
        tx.insert(ImportReport, plan_id=None, source_file=name, source_sha256=about["source_sha256"],
                  imported_at=utc_now(), imported_by=ws.actor, report_json=json.dumps(report, ensure_ascii=False))
        group = tx.get(Group, group_id)
        tx.event("groups", group.uuid, "membership imported", {"file": name, "counts": report["counts"]})
        return report, list(tx.changes)


class _Writer:
    def __init__(self, tx: Tx, group_id: int, have: Known, from_date: date, matches: Any) -> None:
        self.tx = tx
        self.matches = matches
        self.group_id = group_id
        self.have = have
        # What was there before the import: a row matches only that, not what an earlier row made.
        self.before = Known(dict(have.people), dict(have.agencies), dict(have.seats))
        self.from_date = from_date
        self.matched: dict[str, set[str]] = {"people": set(), "agencies": set(), "seats": set()}
        self.created: dict[str, set[str]] = {"people": set(), "agencies": set(), "seats": set()}
        self.seat_of_row: dict[int, int] = {}
        last = tx.session.execute(select(func.max(Seat.position)).where(Seat.group_id == group_id)).scalar()
        self.position = last or 0

    def row(self, line: Any) -> dict[str, Any]:
        notes = list(line.notes)
        entry: dict[str, Any] = {"sheet": line.sheet, "row": line.row, "kind": line.kind, "text": line.text,
                                 "seat": line.seat, "person": line.person, "agency": line.agency,
                                 "deputy": line.deputy, "email": line.email, "into_row": line.into_row,
                                 "in_attendance": line.in_attendance if line.kind in SEATED else None,
                                 "matched": self.matches(line, self.before), "notes": notes}
        if line.kind in SEATED:
            agency_id = self.agency(line.agency)
            seat_id = self.seat(line, agency_id)
            self.seat_of_row[line.row] = seat_id
            if line.kind == "member":
                self.hold(seat_id, self.person(line.person, agency_id, line.email), notes)
            else:
                self.vacate(seat_id, notes)
            if line.deputy:
                self.deputise(seat_id, line.deputy, agency_id)
        elif line.kind == "deputy" and line.into_row in self.seat_of_row:
            seat_id = self.seat_of_row[line.into_row]
            self.deputise(seat_id, line.person, self.agency(line.agency), line.email)
        return entry

    def _find_or_make(self, kind: str, model: type[Any], found: dict[str, int], called: str,
                      **values: Any) -> tuple[Any, bool]:
        """The record the workspace (or an earlier row) has by this name,
        or a new one; and whether it is new."""
        key = name_key(called)
        if key in found:
            record = self.tx.get(model, found[key])
            shown = record.title if model is Seat else record.name
            if shown not in self.created[kind]:
                self.matched[kind].add(shown)
            return record, False
        record = self.tx.insert(model, **values)
        found[key] = record.id
        self.created[kind].add(called)
        return record, True

    def agency(self, name: str | None) -> int | None:
        if not name:
            return None
        return self._find_or_make("agencies", Agency, self.have.agencies, name, name=name)[0].id

    def person(self, name: str | None, agency_id: int | None, email: str | None = None) -> int:
        assert name
        person, made = self._find_or_make("people", Person, self.have.people, name, name=name, agency_id=agency_id,
                                          email=email)
        if not made and email and not person.email:
            self.tx.update(person, "email", email)
        return person.id

    def seat(self, line: Any, agency_id: int | None) -> int:
        assert line.seat
        seat, made = self._find_or_make(
            "seats", Seat, self.have.seats, line.seat, group_id=self.group_id, title=line.seat, agency_id=agency_id,
            role=line.role, voting=not line.in_attendance, in_attendance=line.in_attendance,
            position=self.position + 1)
        if made:
            self.position += 1
        elif seat.agency_id is None and agency_id is not None:
            self.tx.update(seat, "agency_id", agency_id)
        return seat.id

    def _current(self, seat_id: int) -> SeatHolding | None:
        return self.tx.session.scalars(select(SeatHolding).where(
            SeatHolding.seat_id == seat_id, SeatHolding.to_date.is_(None))).first()

    def hold(self, seat_id: int, person_id: int, notes: list[str]) -> None:
        current = self._current(seat_id)
        if current is not None and current.person_id == person_id:
            notes.append("already holds this seat")
            return
        if current is not None:
            if current.from_date >= self.from_date:
                notes.append(f"not appointed: the seat's holder began on {current.from_date:%d %b %Y}, "
                             f"not before {self.from_date:%d %b %Y}")
                return
            self.tx.update(current, "to_date", self.from_date - timedelta(days=1))
            notes.append(f"takes the seat over from {self.tx.get(Person, current.person_id).name}")
        self.tx.insert(SeatHolding, seat_id=seat_id, person_id=person_id, from_date=self.from_date)

    def vacate(self, seat_id: int, notes: list[str]) -> None:
        current = self._current(seat_id)
        if current is not None and current.from_date < self.from_date:
            self.tx.update(current, "to_date", self.from_date - timedelta(days=1))
            notes.append(f"vacant: {self.tx.get(Person, current.person_id).name}'s holding ended")

    def deputise(self, seat_id: int, name: str | None, agency_id: int | None, email: str | None = None) -> None:
        """The nominated deputy is a person (so the register can offer the
        name) and is named in the seat's notes."""
        if not name:
            return
        self.person(name, agency_id, email)
        seat = self.tx.get(Seat, seat_id)
        self.tx.update(seat, "notes", with_deputy(seat.notes, name))
