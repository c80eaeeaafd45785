"""Boards, groups, agencies, people and seats."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterable, Sequence

from sqlalchemy import func, select

from safeguard_desktop.errors import UserError
from safeguard_desktop.store.audit import PendingEntry
from safeguard_desktop.store.models import Agency, Base, Board, Group, Person, QuorumAgency, Seat, SeatHolding, StandingItem
from safeguard_desktop.store.transaction import Change, Tx
from safeguard_desktop.store.workspace import Workspace


def create_board(ws: Workspace, *, name: str, **values: Any) -> int:
    with ws.transaction() as tx:
        board = tx.insert(Board, name=name, **values)
        tx.insert(Group, board_id=board.id, name=name, kind="board", position=0)
        return board.id


def create_group(ws: Workspace, *, board_id: int, name: str, **values: Any) -> int:
    with ws.transaction() as tx:
        return tx.insert(Group, board_id=board_id, name=name, **values).id


def create_agency(ws: Workspace, *, name: str, **values: Any) -> int:
    with ws.transaction() as tx:
        return tx.insert(Agency, name=name, **values).id


def create_person(ws: Workspace, *, name: str, **values: Any) -> int:
    with ws.transaction() as tx:
        return tx.insert(Person, name=name, **values).id


def create_seat(ws: Workspace, *, group_id: int, title: str, **values: Any) -> int:
    with ws.transaction() as tx:
        if "position" not in values:
            last = tx.session.execute(select(func.max(Seat.position)).where(Seat.group_id == group_id)).scalar()
            values["position"] = (last or 0) + 1
        return tx.insert(Seat, group_id=group_id, title=title, **values).id


def add_standing_item(ws: Workspace, *, group_id: int, title: str, role: str = "other", **values: Any) -> int:
    with ws.transaction() as tx:
        if "position" not in values:
            last = tx.session.execute(
                select(func.max(StandingItem.position)).where(StandingItem.group_id == group_id)).scalar()
            values["position"] = (last or 0) + 1
        return tx.insert(StandingItem, group_id=group_id, title=title, role=role, **values).id


def set_quorum_agencies(ws: Workspace, group_id: int, agency_ids: Iterable[int]) -> Change | None:
    """The agencies that must be represented for the group to be quorate.
    The link rows have no identity of their own, so the audit records the
    whole set as one field of the group; the old set is what undo puts back."""
    with ws.transaction() as tx:
        return _set_quorum_links(tx, group_id, list(agency_ids))


def quorum_agency_ids(ws: Workspace, group_id: int) -> set[int]:
    with ws.session() as s:
        return set(s.scalars(select(QuorumAgency.agency_id).where(QuorumAgency.group_id == group_id)))


@dataclass(frozen=True)
class Appointment:
    """What appointing did: the new holding, and the holdings it closed
    (the day before it began), which are all that undo opens again."""

    holding_id: int
    closed: tuple[int, ...]


def appoint(ws: Workspace, *, seat_id: int, person_id: int, from_date: date) -> Appointment:
    """``person`` holds ``seat`` from ``from_date``; whoever held it before
    stops holding it the day before. The seat keeps its history."""
    with ws.transaction() as tx:
        current = tx.session.scalars(
            select(SeatHolding).where(SeatHolding.seat_id == seat_id, SeatHolding.to_date.is_(None))
        ).all()
        for holding in current:
            if holding.from_date >= from_date:
                raise UserError("The new holder must start after the current holder started.")
            tx.update(holding, "to_date", from_date - timedelta(days=1))
        holding_id = tx.insert(SeatHolding, seat_id=seat_id, person_id=person_id, from_date=from_date).id
        return Appointment(holding_id, tuple(h.id for h in current))


def end_holding(ws: Workspace, *, seat_id: int, to_date: date) -> Change | None:
    """The holder leaves; the seat stays, vacant, with its history."""
    with ws.transaction() as tx:
        holding = tx.session.scalars(
            select(SeatHolding).where(SeatHolding.seat_id == seat_id, SeatHolding.to_date.is_(None))
        ).first()
        if holding is None:
            return None
        if to_date < holding.from_date:
            raise UserError("A holding cannot end before it starts.")
        return tx.update(holding, "to_date", to_date)


def unappoint(ws: Workspace, appointment: Appointment) -> list[Change]:
    """Undo of an appointment: the holding goes, and the holdings it closed
    are open again; a holder who had left before it stays gone."""
    with ws.transaction() as tx:
        changes = [tx.delete(tx.get(SeatHolding, appointment.holding_id))]
        for holding_id in appointment.closed:
            if (change := tx.update(tx.get(SeatHolding, holding_id), "to_date", None)) is not None:
                changes.append(change)
        return changes


def reopen_holding(ws: Workspace, *, seat_id: int) -> Change | None:
    """Undo of a holder leaving: the seat's latest holding is open again."""
    with ws.transaction() as tx:
        latest = tx.session.scalars(
            select(SeatHolding).where(SeatHolding.seat_id == seat_id).order_by(SeatHolding.from_date.desc())
        ).first()
        return tx.update(latest, "to_date", None) if latest is not None else None


# -- corrections, retirements and merges (the secretariat keeping membership) --

# Fields each record's name lives in: a correction may not blank it.
_NAME_FIELDS = {Person: "name", Agency: "name", Group: "name", Seat: "title", StandingItem: "title"}


def correct(ws: Workspace, model: type[Base], record_id: int, values: dict[str, Any]) -> list[Change]:
    """Fix what was typed about a record (a misspelt name, a seat's title,
    a group's terms of reference). Names are trimmed and may not be blank."""
    name_field = _NAME_FIELDS.get(model)
    values = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()}
    if name_field in values and not values[name_field]:
        raise UserError(f"A {model.__tablename__.rstrip('s')} needs a name: it cannot be left blank.")
    with ws.transaction() as tx:
        return tx.update_many(tx.get(model, record_id), values)


def _model(table: str) -> type[Base]:
    return next(m.class_ for m in Base.registry.mappers if m.class_.__tablename__ == table)


def revert(ws: Workspace, changes: Sequence[Change], context: str = "undo") -> None:
    """Undo of any of these operations (and of a membership import): every
    field they changed goes back to what it was, newest first; a record they
    created is deleted (soft, so redo restores the same row; a holding,
    which has no delete mark, for good). One audited transaction."""
    with ws.transaction(context) as tx:
        for change in reversed(changes):
            if change.field == "required_agencies":
                _set_quorum_links(tx, change.record_id, change.old)
            elif change.field is None and change.new is not None:
                record = tx.get(_model(change.table), change.record_id)
                tx.soft_delete(record) if hasattr(record, "deleted_at") else tx.delete(record)
            elif change.field is not None:
                tx.update(tx.get(_model(change.table), change.record_id), change.field, change.old)


def reapply(ws: Workspace, changes: Sequence[Change], context: str = "redo") -> None:
    """Redo after ``revert``: the same records come back with the same ids
    and UUIDs, and every field is set again, oldest first."""
    with ws.transaction(context) as tx:
        for change in changes:
            model = _model(change.table)
            if change.field == "required_agencies":
                _set_quorum_links(tx, change.record_id, change.new)
            elif change.field is None and change.new is not None:
                if hasattr(model, "deleted_at"):
                    tx.restore(tx.get(model, change.record_id))
                else:
                    tx.insert(model, id=change.record_id, uuid=change.record_uuid, **change.new)
            elif change.field is not None:
                tx.update(tx.get(model, change.record_id), change.field, change.new)


def _close_holdings(tx: Tx, holdings: Iterable[SeatHolding], on: date) -> list[Change]:
    changes = []
    for holding in holdings:
        if holding.from_date > on:
            raise UserError(f"A holding began on {holding.from_date:%d %b %Y}, after {on:%d %b %Y}: "
                            "choose a later date, or remove that appointment first.")
        if (change := tx.update(holding, "to_date", on)) is not None:
            changes.append(change)
    return changes


def _retire_holder(ws: Workspace, record: type[Seat] | type[Person], record_id: int, field: str,
                   on: date) -> list[Change]:
    """Date ``field`` of a seat or person ``on`` and end every holding of it
    still running after that day."""
    holder_column = SeatHolding.seat_id if record is Seat else SeatHolding.person_id
    with ws.transaction() as tx:
        running = tx.session.scalars(select(SeatHolding).where(
            holder_column == record_id, (SeatHolding.to_date.is_(None)) | (SeatHolding.to_date > on))).all()
        changes = _close_holdings(tx, running, on)
        return changes + [c for c in [tx.update(tx.get(record, record_id), field, on)] if c is not None]


def retire_seat(ws: Workspace, seat_id: int, on: date) -> list[Change]:
    """The seat's last day is ``on``: meetings after it no longer expect it;
    earlier registers and attendance figures keep it. Its holder stops
    holding it that day."""
    return _retire_holder(ws, Seat, seat_id, "retired_on", on)


def retire_person(ws: Workspace, person_id: int, on: date) -> list[Change]:
    """The person left on ``on``: every seat they held is vacant from the
    next day; registers keep the name they were recorded under."""
    return _retire_holder(ws, Person, person_id, "left_on", on)


def retire_agency(ws: Workspace, agency_id: int, on: date) -> list[Change]:
    """The agency is no longer a partner after ``on`` (renamed bodies are
    corrected instead). Its seats and past figures stay as they were."""
    with ws.transaction() as tx:
        return [c for c in [tx.update(tx.get(Agency, agency_id), "retired_on", on)] if c is not None]


def retire_group(ws: Workspace, group_id: int, on: date) -> list[Change]:
    """A task-and-finish group ends: its meetings and registers stay."""
    with ws.transaction() as tx:
        return [c for c in [tx.update(tx.get(Group, group_id), "active_to", on)] if c is not None]


def _references(target: type[Base]) -> list[tuple[type[Base], str]]:
    """Every (model, attribute) holding a foreign key to ``target``: found
    from the tables themselves, so a column added later is moved too."""
    found = []
    for mapper in Base.registry.mappers:
        for column in mapper.columns:
            if any(fk.column.table is target.__table__ for fk in column.foreign_keys):
                found.append((mapper.class_, mapper.get_property_by_column(column).key))
    return found


def _merge(ws: Workspace, model: type[Base], keep: int, gone: int, fill: tuple[str, ...]) -> list[Change]:
    if keep == gone:
        raise UserError("Choose two different records to merge.")
    with ws.transaction() as tx:
        kept, duplicate = tx.get(model, keep), tx.get(model, gone)
        changes: list[Change] = []
        for referrer, attribute in _references(model):
            if referrer is QuorumAgency:
                continue  # link rows without identity: moved as the group's set below
            for row in tx.session.scalars(select(referrer).where(getattr(referrer, attribute) == gone)):
                if referrer is model and row.id == gone:
                    continue
                changes += [c for c in [tx.update(row, attribute, keep)] if c is not None]
        if model is Agency:
            changes += _move_quorum_links(tx, keep, gone)
        for attribute in fill:  # what only the duplicate knew is kept
            if getattr(kept, attribute) in (None, "") and getattr(duplicate, attribute) not in (None, ""):
                changes += [c for c in [tx.update(kept, attribute, getattr(duplicate, attribute))] if c is not None]
        changes += [c for c in [tx.soft_delete(duplicate)] if c is not None]
        tx.event(model.__tablename__, duplicate.uuid, "merged into", {"uuid": kept.uuid, "name": kept.name})
        return changes


def merge_people(ws: Workspace, *, keep: int, gone: int) -> list[Change]:
    """Two records of one person become one: seats, registers, actions and
    chairs of ``gone`` move to ``keep``; ``gone`` is deleted (restorable),
    and the audit says it was merged and into whom."""
    return _merge(ws, Person, keep, gone, ("job_title", "agency_id", "email", "phone"))


def merge_agencies(ws: Workspace, *, keep: int, gone: int) -> list[Change]:
    """Two records of one agency become one: seats, people, actions,
    registers and quorum rules move to ``keep``."""
    return _merge(ws, Agency, keep, gone, ("short_name",))


def _move_quorum_links(tx: Tx, keep: int, gone: int) -> list[Change]:
    changes = []
    groups = tx.session.scalars(select(QuorumAgency.group_id).where(QuorumAgency.agency_id == gone)).all()
    for group_id in groups:
        old = sorted(tx.session.scalars(select(QuorumAgency.agency_id).where(QuorumAgency.group_id == group_id)))
        changes.append(_set_quorum_links(tx, group_id, sorted((set(old) - {gone}) | {keep})))
    return [c for c in changes if c is not None]


def _set_quorum_links(tx: Tx, group_id: int, wanted: Sequence[int]) -> Change | None:
    group = tx.get(Group, group_id)
    current = tx.session.scalars(select(QuorumAgency).where(QuorumAgency.group_id == group_id)).all()
    old = sorted(link.agency_id for link in current)
    wanted = sorted(set(wanted))
    if old == wanted:
        return None
    # Each link row is audited as it comes and goes (the check on open finds
    # every row in the trail), but undo puts back the set: one change below.
    mark = len(tx.changes)
    for link in current:
        if link.agency_id not in wanted:
            tx.delete(link)
    tx.session.flush()
    for agency_id in sorted(set(wanted) - set(old)):
        tx.insert(QuorumAgency, group_id=group_id, agency_id=agency_id)
    del tx.changes[mark:]
    tx.audit.write([PendingEntry("update", Group.__tablename__, group.uuid, "required_agencies", old, wanted)])
    change = Change(Group.__tablename__, group.id, group.uuid, "required_agencies", old, wanted)
    tx.changes.append(change)
    return change
