"""Writing one copy's changes into the other: each field through one
statement, each change with its own audit entry on the receiving chain (the
original who and when, "merged from <file>" as its context) and its origin,
so the next sync knows it is there. Changes held back (in conflict, or
already there) are still recorded, as events the field check does not
replay, so both trails end up holding every change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


from safeguard_desktop.store.audit import encode, entry_hash
from safeguard_desktop.store.models import utc_now
from safeguard_desktop.store.sync.moves import APPLY, HOLD, NOTE, Move
from safeguard_desktop.store.sync.schema import SETTINGS, table_info
from safeguard_desktop.store.sync.side import MISSING, Side

# Bookkeeping columns, as store/transaction.py keeps them out of the trail.
_SYSTEM = ("id", "uuid", "created_at", "updated_at", "row_version")


@dataclass
class Applied:
    applied: int = 0
    held: int = 0
    noted: int = 0


class Writer:
    def __init__(self, target: Side, source_label: str) -> None:
        self.target = target
        self.source_label = source_label
        self.now = utc_now()
        self._audit: list[dict[str, Any]] = []
        self._origins: list[dict[str, Any]] = []
        self._updates: dict[tuple[str, str], list[tuple[Any, str, int]]] = {}
        self.counts = Applied()

    def write(self, moves: list[Move]) -> Applied:
        for move in moves:
            if move.verdict == APPLY:
                self._apply(move)
            if move.verdict == APPLY:
                self.counts.applied += 1
            else:
                self._event(move)
                if move.verdict == HOLD:
                    self.counts.held += 1
                else:
                    self.counts.noted += 1
        self._write_updates()
        self._flush()
        return self.counts

    # -- data ------------------------------------------------------------
    def _apply(self, move: Move) -> None:
        if move.table == SETTINGS:
            self._setting(move)
        elif move.operation == "insert":
            self._insert(move)
        elif move.operation == "update":
            self._update(move)
        elif move.operation == "delete":
            self._delete(move)
        else:
            move.verdict = NOTE

    def _local_values(self, move: Move, snapshot: dict[str, Any]) -> dict[str, Any] | None:
        info = table_info(move.table)
        values = {}
        for name, value in snapshot.items():
            if name in _SYSTEM or not info.column(name):  # type: ignore[union-attr]
                continue
            local = self.target.local(move.table, name, value)
            if local is MISSING:
                return None
            values[name] = local
        return values

    def _insert(self, move: Move) -> None:
        info = table_info(move.table)
        values = self._local_values(move, move.new or {})
        if values is None:
            self._hold(move, "it links to a record this copy does not have")
            return
        if info.has_uuid:  # type: ignore[union-attr]
            uuid = self.target.local_uuid(move.table, move.ident)
            if self.target.id_of(move.table, uuid) is not None:
                move.verdict, move.why = NOTE, "already here"
                return
            row = {**values, "uuid": uuid, "created_at": move.entry.at, "updated_at": move.entry.at}
        else:
            if self._link_id(move.table, values) is not None:
                move.verdict, move.why = NOTE, "already here"
                return
            row = dict(values)
        for column in info.table.c:  # type: ignore[union-attr]
            # A bulk insert's entry holds only the values given; the models' own
            # defaults (status "open", not confidential) fill the rest, as there.
            default = column.default
            if column.name not in row and default is not None and getattr(default, "is_scalar", False):
                row[column.name] = default.arg  # type: ignore[attr-defined]
        names = ", ".join(f'"{name}"' for name in row)
        marks = ", ".join("?" for _ in row)
        new_id = self.target.insert(f'INSERT INTO "{move.table}" ({names}) VALUES ({marks})',
                                    tuple(self.target.stored(v) for v in row.values()))
        self.target.touched.add((move.table, new_id))
        record = uuid if info.has_uuid else f"{move.table}:{new_id}"  # type: ignore[union-attr]
        if info.has_uuid:  # type: ignore[union-attr]
            self.target.learn(move.table, new_id, uuid)
        self._entry(move, "insert", record, None, None, values)

    def _update(self, move: Move) -> None:
        info = table_info(move.table)
        uuid = self.target.local_uuid(move.table, move.ident)
        record_id = self.target.id_of(move.table, uuid) if info.has_uuid else None  # type: ignore[union-attr]
        value = self.target.local(move.table, move.field or "", move.new)
        if record_id is None or value is MISSING or not info.column(move.field or ""):  # type: ignore[union-attr]
            self._hold(move, "the record is not in this copy")
            return
        old = self.target.local(move.table, move.field or "", move.old)
        # Written together at the end, a statement per field (in order, so
        # the last value wins): one statement per change was most of a
        # sync's time.
        self._updates.setdefault((move.table, move.field or ""), []).append(
            (self.target.stored(value), self.now, record_id))
        self.target.touched.add((move.table, record_id))
        self._entry(move, "update", uuid, move.field, None if old is MISSING else old, value)

    def _delete(self, move: Move) -> None:
        info = table_info(move.table)
        snapshot = self._local_values(move, move.old or {}) or {}
        if info.has_uuid:  # type: ignore[union-attr]
            record = self.target.local_uuid(move.table, move.ident)
            record_id = self.target.id_of(move.table, record)
        else:
            record_id = self._link_id(move.table, snapshot)
            record = f"{move.table}:{record_id}"
        if record_id is None:
            move.verdict, move.why = NOTE, "already gone"
            return
        self.target.run(f'DELETE FROM "{move.table}" WHERE id = ?', (record_id,))
        self.target.touched.add((move.table, record_id))
        if info.has_uuid:  # type: ignore[union-attr]
            self.target.forget(move.table, record)
        self._entry(move, "delete", record, None, snapshot, None)

    def _link_id(self, table: str, values: dict[str, Any]) -> int | None:
        if not values:
            return None
        known = {k: v for k, v in values.items() if v is not None}
        where = " AND ".join(f'"{name}" = ?' for name in known)
        return self.target.run(f'SELECT id FROM "{table}" WHERE {where} LIMIT 1',
                               tuple(self.target.stored(v) for v in known.values())).scalar()

    def _write_updates(self) -> None:
        for (table, field), rows in self._updates.items():
            t = table_info(table).table  # type: ignore[union-attr]
            extra = ", row_version = row_version + 1" if "row_version" in t.c else ""
            self.target.run(
                f'UPDATE "{table}" SET "{field}" = ?, updated_at = ?{extra} WHERE id = ?', rows)
        self._updates = {}

    def _setting(self, move: Move) -> None:
        key = move.ident.split(":", 1)[1]
        run = self.target.run
        current = run("SELECT value FROM settings WHERE key = ?", (key,)).scalar()
        if move.new is None:
            run("DELETE FROM settings WHERE key = ?", (key,))
        elif current is None:
            run("INSERT INTO settings(key, value) VALUES (?, ?)", (key, move.new))
        else:
            run("UPDATE settings SET value = ? WHERE key = ?", (move.new, key))
        self._entry(move, "update", move.ident, "value", current, move.new)

    def _hold(self, move: Move, why: str) -> None:
        move.verdict, move.why = HOLD, why

    # -- the trail -------------------------------------------------------
    def _event(self, move: Move) -> None:
        info = table_info(move.table)
        record = move.entry.record
        if info is not None and info.has_uuid:
            record = self.target.local_uuid(move.table, move.ident)
        if move.operation == "event":
            self._entry(move, "event", record, move.entry.field, move.entry.old, move.entry.new)
        else:
            self._entry(move, "event", record, move.field or move.operation, move.old, move.new)

    def _entry(self, move: Move, operation: str, record: str, field: str | None, old: Any, new: Any) -> None:
        e = move.entry
        context = f"merged from {self.source_label}"
        if e.context:
            context += f" ({e.context})"
        if move.verdict == HOLD:
            context += f"; not applied: {move.why}"
        elif move.verdict == NOTE and move.why:
            context += f"; {move.why}"
        self._audit.append({
            "at": e.at, "actor": e.actor, "operation": operation, "table_name": move.table,
            "record_uuid": record, "field": field, "old_value": encode(old), "new_value": encode(new),
            "context": context,
        })
        self._origins.append({"origin": e.origin, "site": e.site})

    def _flush(self) -> None:
        if not self._audit:
            return
        last_id, prev = self.target.last_entry()
        for row, audit_id in zip(self._audit, self.target.audit_ids(len(self._audit), last_id)):
            row["id"] = audit_id
            row["prev_hash"] = prev
            row["hash"] = prev = entry_hash(prev, row)
        # Plain statements: building the rows through SQLAlchemy's insert cost
        # as much as the rest of writing them.
        names = ("id", "at", "actor", "operation", "table_name", "record_uuid", "field", "old_value", "new_value",
                 "context", "prev_hash", "hash")
        self.target.run(
            f"INSERT INTO audit ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
            [tuple(row[n] for n in names) for row in self._audit])
        self.target.run(
            "INSERT INTO sync_origins (audit_id, origin, site) VALUES (?, ?, ?)",
            [(row["id"], origin["origin"], origin["site"]) for row, origin in zip(self._audit, self._origins)])
        self._audit, self._origins = [], []
