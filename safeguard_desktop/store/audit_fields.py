"""Every record's fields against its audit trail.

Replaying the trail gives what each field should hold: an insert entry sets
every field of its snapshot, an update entry sets one field, a delete entry
ends the record. A field whose value differs from its latest entry, a record
with no entry at all, or an entry whose record is gone without a delete,
was changed behind the program's back (a direct edit of the file).
"""

from __future__ import annotations

from typing import Any, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Mapper, Session

from safeguard_desktop.store.audit import decode, encode
from safeguard_desktop.store.models import AuditEntry, Base
from safeguard_desktop.store.transaction import column_values

# Settings written when a workspace is created, before its trail starts
# (its own UUID and creation time), have no entries: settings are compared
# only where they have them.
_WITHOUT_HISTORY_ALLOWED = frozenset({"settings"})
_BATCH = 1000


def field_problems(session: Session, limit: int = 20) -> list[str]:
    problems: list[str] = []
    for mapper in _audited_mappers():
        problems += _table_problems(session, mapper, limit - len(problems))
        if len(problems) >= limit:
            break
    return problems


def _audited_mappers() -> Iterator[Mapper[Any]]:
    for mapper in sorted(Base.registry.mappers, key=lambda m: m.local_table.name):
        if mapper.class_ is not AuditEntry:
            yield mapper


def _expected(session: Session, table: str) -> dict[str, dict[str, Any]]:
    """Each record's fields as the trail says they should be, as decoded
    JSON (so 1 and true, or a date and its text, compare by meaning)."""
    expected: dict[str, dict[str, Any]] = {}
    rows = session.execute(
        select(AuditEntry.operation, AuditEntry.record_uuid, AuditEntry.field, AuditEntry.new_value)
        .where(AuditEntry.table_name == table).order_by(AuditEntry.id)
    )
    for operation, identity, field, new_value in rows:
        if operation == "insert":
            snapshot = _decoded(new_value)
            expected[identity] = dict(snapshot) if isinstance(snapshot, dict) else {}
        elif operation == "update" and field:
            expected.setdefault(identity, {})[field] = _decoded(new_value)
        elif operation == "delete":
            expected.pop(identity, None)
    return expected


class _Unreadable:
    """An entry's value that is not JSON (damage the chain reports): it
    equals no field's value."""


def _decoded(value: str | None) -> Any:
    try:
        return decode(value)
    except ValueError:
        return _Unreadable()


def _same(stored: Any, audited: Any) -> bool:
    """Equal as the file gives them back: SQLite's column affinity turns an
    audited 5 into the text "5" (and back), and NaN equals nothing."""
    if stored == audited:
        return True
    scalars = (str, int, float)
    if isinstance(stored, scalars) and isinstance(audited, scalars) and not isinstance(stored, bool):
        return str(stored) == str(audited) or (stored != stored and audited != audited)
    return False


def _identity(mapper: Mapper[Any], obj: Base) -> str:
    # As transaction.record_identity, and for a table keyed by name (settings) its key.
    return getattr(obj, "uuid", None) or f"{mapper.local_table.name}:{mapper.primary_key_from_instance(obj)[0]}"


def _table_problems(session: Session, mapper: Mapper[Any], limit: int) -> list[str]:
    table = mapper.local_table.name
    expected = _expected(session, table)
    problems: list[str] = []
    statement = select(mapper.class_).execution_options(yield_per=_BATCH)
    for obj in session.scalars(statement):
        identity = _identity(mapper, obj)
        fields = expected.pop(identity, None)
        if fields is None:
            if table not in _WITHOUT_HISTORY_ALLOWED:
                problems.append(f"{table} record {identity} has no audit entries: it was added behind the "
                                "program's back")
        else:
            current = column_values(obj)
            for field, value in sorted(fields.items()):
                if field in current and not _same(decode(encode(current[field])), value):
                    problems.append(f"{table} record {identity}: its {field} differs from its latest audit "
                                    "entry (changed behind the program's back)")
        # One record at a time leaves memory flat; expunge_all() would
        # swap the identity map under the rows still being yielded.
        session.expunge(obj)
        if len(problems) >= limit:
            return problems[:limit]
    session.expunge_all()
    for identity in sorted(expected)[: max(limit - len(problems), 0)]:
        problems.append(f"{table} record {identity} is in the audit trail but gone from the file, "
                        "with no delete entry")
    return problems
