"""Writing and verifying the hash-chained audit trail.

Every audit row carries the hash of the row before it, and its own hash over
its content and that previous hash. Rows are written in the same transaction
as the change they describe, so a change without its audit row cannot exist.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterable

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from safeguard_desktop.store.models import AuditEntry, utc_now

GENESIS = "0" * 64
# The advisory lock that serialises appends to the chain on PostgreSQL ("SGAU").
CHAIN_LOCK_KEY = 0x53474155


def encode(value: Any) -> str | None:
    """A field value as JSON text; None stays NULL so "empty" and "was
    never set" read the same in the trail as in the record."""
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


# One encoder for every entry: json.dumps with options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
HASHED_FIELDS = ("at", "actor", "operation", "table_name", "record_uuid", "field", "old_value", "new_value", "context")


def entry_hash(prev_hash: str, row: dict[str, Any]) -> str:
    return _hash_values([prev_hash, *(row[name] for name in HASHED_FIELDS)])


def _hash_values(values: list[Any]) -> str:
    return hashlib.sha256(_ENCODER.encode(values).encode("utf-8")).hexdigest()


_AUDIT = AuditEntry.__table__
_LAST_HASH = select(_AUDIT.c.hash).order_by(_AUDIT.c.id.desc()).limit(1)
_INSERT = insert(_AUDIT)


@dataclass
class PendingEntry:
    operation: str
    table_name: str
    record_uuid: str
    field: str | None = None
    old_value: Any = None
    new_value: Any = None


class AuditWriter:
    """Appends to the chain within one transaction. The last hash is read
    once, inside the transaction (which holds SQLite's write lock, or on a
    server the chain's advisory lock), so two writers can never fork the chain."""

    def __init__(self, session: Session, actor: str, context: str | None) -> None:
        self._session = session
        self._actor = actor
        self._context = context
        self._last: str | None = None
        self.wrote = False  # whether this transaction added to the chain

    def _last_hash(self) -> str:
        if self._last is None:
            if self._session.get_bind().dialect.name == "postgresql":
                # Several writers at once on a server: one appends to the
                # chain at a time, reading the head only once it holds the
                # lock (held to commit), so the chain cannot fork.
                self._session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})
            last = self._session.connection().execute(_LAST_HASH).scalar_one_or_none()
            self._last = last or GENESIS
        return self._last

    def write(self, entries: Iterable[PendingEntry]) -> int:
        rows = []
        prev = self._last_hash()
        at = utc_now()
        for entry in entries:
            row = {
                "at": at,
                "actor": self._actor,
                "operation": entry.operation,
                "table_name": entry.table_name,
                "record_uuid": entry.record_uuid,
                "field": entry.field,
                "old_value": encode(entry.old_value),
                "new_value": encode(entry.new_value),
                "context": self._context,
                "prev_hash": prev,
            }
            row["hash"] = prev = entry_hash(prev, row)
            rows.append(row)
        if rows:
            # On the transaction's connection, as plain rows: the ORM's bulk
            # insert machinery cost more than the insert itself on every save.
            self._session.connection().execute(_INSERT, rows)
            self._last = prev
            self.wrote = True
        return len(rows)


@dataclass(frozen=True)
class ChainProblem:
    audit_id: int
    message: str


def verify_chain(session: Session, limit_problems: int = 20) -> list[ChainProblem]:
    """Walk the whole trail in order; report rows whose hash does not match
    their content or whose link does not match the row before."""
    problems: list[ChainProblem] = []
    prev = GENESIS
    # Plain tuples straight from the driver: 300,000 entries are hashed in
    # a few seconds, where mapping each row took as long again.
    rows = session.connection().exec_driver_sql(
        f"SELECT id, prev_hash, hash, {', '.join(HASHED_FIELDS)} FROM audit ORDER BY id")
    for entry_id, prev_hash, stored, *hashed in rows:
        if prev_hash != prev:
            problems.append(ChainProblem(entry_id, "does not follow the entry before it (an entry was removed or inserted)"))
        if _hash_values([prev_hash, *hashed]) != stored:
            problems.append(ChainProblem(entry_id, "content does not match its hash (the entry was edited)"))
        prev = stored
        if len(problems) >= limit_problems:
            break
    return problems
