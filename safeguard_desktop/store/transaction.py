"""One audited write transaction: every change made through ``Tx`` writes its
audit rows in the same transaction, so the change and its record of who
made it commit together or not at all."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import groupby
from typing import Any, Sequence, TypeVar

from sqlalchemy import bindparam, inspect, insert, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.orm.util import identity_key

from safeguard_desktop.store.audit import AuditWriter, PendingEntry
from safeguard_desktop.store.change_feed import Touched
from safeguard_desktop.store.models import Base, new_uuid, utc_now
from safeguard_desktop.store.pg_stale import stale_record_error

M = TypeVar("M", bound=Base)

# Bookkeeping columns: never audited field by field, never user-editable.
_SYSTEM_FIELDS = frozenset({"id", "uuid", "created_at", "updated_at", "row_version"})


@dataclass(frozen=True)
class Change:
    """What one write did, for views to refresh from and undo to invert."""

    table: str
    record_id: int
    record_uuid: str
    field: str | None
    old: Any
    new: Any


def column_values(obj: Base) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {c.key: getattr(obj, c.key) for c in mapper.column_attrs if c.key not in _SYSTEM_FIELDS}


def record_identity(obj: Base) -> str:
    """The UUID, or for the few link rows without one, table and key."""
    return getattr(obj, "uuid", None) or f"{obj.__tablename__}:{getattr(obj, 'id', '?')}"


@cache  # asked on every field written; a model's columns never change while the program runs
def editable_fields(model: type[Base]) -> frozenset[str]:
    mapper = inspect(model)
    return frozenset(c.key for c in mapper.column_attrs if c.key not in _SYSTEM_FIELDS)


class Tx:
    def __init__(self, session: Session, actor: str, context: str | None) -> None:
        self.session = session
        self.actor = actor
        self.context = context
        self.audit = AuditWriter(session, actor, context)
        self.changes: list[Change] = []
        self.bulk_tables: set[str] = set()  # tables insert_many added to, rows not listed one by one

    def touched(self) -> Touched:
        """What this transaction touched, for the workspace's change feed."""
        return Touched.of_records(((c.table, c.record_id) for c in self.changes), self.bulk_tables)

    def get(self, model: type[M], record_id: int) -> M:
        obj = self.session.get(model, record_id)
        if obj is None:
            raise LookupError(f"{model.__tablename__} {record_id} does not exist")
        return obj

    def insert(self, model: type[M], **values: Any) -> M:
        if hasattr(model, "uuid"):
            values.setdefault("uuid", new_uuid())
        obj = model(**values)
        self.session.add(obj)
        self.session.flush()
        snapshot = column_values(obj)
        identity = record_identity(obj)
        self.audit.write([PendingEntry("insert", model.__tablename__, identity, None, None, snapshot)])
        self.changes.append(Change(model.__tablename__, obj.id, identity, None, None, snapshot))  # type: ignore[attr-defined]
        return obj

    def insert_many(self, model: type[Base], rows: Sequence[dict[str, Any]]) -> list[int]:
        """Bulk insert through Core (5x faster than the ORM for thousands of
        rows, docs/PLATFORM_FACTS.md, "SQLite: journals, power cuts and copies"), still with one audit row per record."""
        if not rows:
            return []
        table = model.__table__
        self.bulk_tables.add(table.name)
        has_uuid = "uuid" in table.c
        now = utc_now()
        prepared = []
        for row in rows:
            full = dict(row)
            if has_uuid:
                full.setdefault("uuid", new_uuid())
            if "created_at" in table.c:
                full.setdefault("created_at", now)
                full.setdefault("updated_at", now)
            prepared.append(full)
        ids: list[int] = []
        # One INSERT per run of rows with the same keys: an executemany takes
        # its columns from the first row, so mixing key sets would drop values.
        for _keys, group in groupby(prepared, key=lambda r: tuple(sorted(r))):
            run = list(group)
            if has_uuid:
                # RETURNING with sort_by_parameter_order makes SQLite insert row
                # by row (3x slower); the UUIDs map ids back to their rows.
                result = self.session.execute(insert(table).returning(table.c.id, table.c.uuid), run)
                by_uuid = {uuid: rid for rid, uuid in result}
                ids.extend(by_uuid[row["uuid"]] for row in run)
            else:
                statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
                ids.extend(row[0] for row in self.session.execute(statement, run))
        self.audit.write(
            PendingEntry("insert", table.name, row["uuid"] if has_uuid else f"{table.name}:{rid}", None, None,
                         {k: v for k, v in row.items() if k not in _SYSTEM_FIELDS})
            for row, rid in zip(prepared, ids)
        )
        return ids

    def update(self, obj: Base, field: str, value: Any) -> Change | None:
        """Set one field; returns None (and writes nothing) when unchanged."""
        if field not in editable_fields(type(obj)):
            raise KeyError(f"{type(obj).__tablename__}.{field} is not an editable field")
        old = getattr(obj, field)
        if old == value:
            return None
        setattr(obj, field, value)
        self._write_now_if_shared(obj, field)
        identity = record_identity(obj)
        self.audit.write([PendingEntry("update", obj.__tablename__, identity, field, old, value)])
        change = Change(obj.__tablename__, obj.id, identity, field, old, value)  # type: ignore[attr-defined]
        self.changes.append(change)
        return change

    def _write_now_if_shared(self, obj: Base, field: str) -> None:
        """On a server, write the field at once, so a record another writer
        changed since we read it (its version moved on) is refused here,
        naming the field, before anything else of the step is audited.
        A SQLite writer holds the file's write lock from its first read."""
        if self.session.get_bind().dialect.name != "postgresql":
            return
        record_id = obj.id  # type: ignore[attr-defined]  # read now: a failed flush expires it
        try:
            self.session.flush()
        except StaleDataError as exc:
            raise stale_record_error(self.session, obj, field, record_id) from exc

    def update_many(self, obj: Base, values: dict[str, Any]) -> list[Change]:
        return [c for field, value in values.items() if (c := self.update(obj, field, value)) is not None]

    def update_rows(self, model: type[Base], edits: Sequence[tuple[int, str, str, Any, Any]]) -> list[Change]:
        """Many records' fields at once, each edit (id, uuid, field, old, new)
        as the caller read them: one UPDATE per field and one audit batch, so
        a step that moves a thousand rows stays quick. The session's loaded
        copies of those records are expired, so a later read sees the new values."""
        table = model.__table__
        unknown = {field for _, _, field, _, _ in edits} - editable_fields(model)
        if unknown:
            raise KeyError(f"{table.name}.{sorted(unknown)[0]} is not an editable field")
        changes = [Change(table.name, rid, uuid, field, old, new) for rid, uuid, field, old, new in edits if old != new]
        if not changes:
            return []
        self.session.flush()
        now = utc_now()
        for field in sorted({c.field for c in changes if c.field}):
            rows = [{"b_id": c.record_id, "b_value": c.new, "b_now": now} for c in changes if c.field == field]
            statement = (update(table).where(table.c.id == bindparam("b_id"))
                         .values({field: bindparam("b_value"), "updated_at": bindparam("b_now"),
                                  **({"row_version": table.c.row_version + 1} if "row_version" in table.c else {})}))
            self.session.connection().execute(statement, rows)
        self.audit.write(PendingEntry("update", table.name, c.record_uuid, c.field, c.old, c.new) for c in changes)
        for c in changes:
            loaded = self.session.identity_map.get(identity_key(model, c.record_id))
            if loaded is not None:
                self.session.expire(loaded)
        self.changes.extend(changes)
        return changes

    def soft_delete(self, obj: Base) -> Change | None:
        return self.update(obj, "deleted_at", utc_now())

    def restore(self, obj: Base) -> Change | None:
        return self.update(obj, "deleted_at", None)

    def delete(self, obj: Base) -> Change:
        """Erase a row for good (link rows only: user records are soft-deleted)."""
        snapshot = column_values(obj)
        uuid = record_identity(obj)
        self.audit.write([PendingEntry("delete", obj.__tablename__, uuid, None, snapshot, None)])
        change = Change(obj.__tablename__, getattr(obj, "id", 0), uuid, None, snapshot, None)
        self.session.delete(obj)
        self.changes.append(change)
        return change

    def event(self, table: str, record_uuid: str, what: str, detail: Any = None) -> None:
        """An audited happening that is not a field change (minutes re-opened,
        backup restored, import run)."""
        self.audit.write([PendingEntry("event", table, record_uuid, what, None, detail)])
