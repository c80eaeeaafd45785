"""A change of one copy as the other reads it: the audit entry with its
links written as uuids and its record named as the receiving side names
it (``ident``, in the first file's names throughout the plan)."""

from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from typing import Any

from safeguard_desktop.store.sync.changes import Entry
from safeguard_desktop.store.sync.schema import SETTINGS, table_info
from safeguard_desktop.store.sync.side import Side

APPLY, HOLD, NOTE = "apply", "hold", "note"
DELETED_AT = "deleted_at"


@dataclass
class Move:
    entry: Entry
    src: str  # "a" or "b": the file the change comes from
    table: str
    ident: str  # the record, in the first file's names
    field: str | None
    old: Any  # canonical: links as {"uuid": ...}
    new: Any
    verdict: str = APPLY
    why: str = dc_field(default="")

    @property
    def operation(self) -> str:
        return self.entry.operation

    @property
    def key(self) -> tuple[str, str, str | None]:
        return (self.table, self.ident, self.field)

    @property
    def record(self) -> tuple[str, str]:
        return (self.table, self.ident)


def to_move(entry: Entry, src: str, source: Side, first: Side) -> Move:
    """``source`` is the file the entry was read from; ``first`` the file
    whose names the plan uses (the first file of the sync)."""
    table, op = entry.table, entry.operation
    known = table == SETTINGS or table_info(table) is not None
    if op == "event" or not known:
        return Move(entry, src, table, entry.record, entry.field, entry.old, entry.new, NOTE)
    old, new, fieldname = entry.old, entry.new, entry.field
    snapshot = None
    if op == "insert" and isinstance(new, dict):
        new = snapshot = source.canonical_snapshot(table, new)
    elif op == "delete" and isinstance(old, dict):
        old = snapshot = source.canonical_snapshot(table, old)
    elif op == "update" and fieldname:
        old, new = source.canonical(table, fieldname, old), source.canonical(table, fieldname, new)
    ident = source.identity(table, entry.record, snapshot)
    if src == "b" and table_info(table) is not None and table_info(table).has_uuid:  # type: ignore[union-attr]
        ident = first.local_uuid(table, ident)
    return Move(entry, src, table, ident, fieldname if op == "update" else None, old, new)


def same_value(field: str | None, one: Any, other: Any) -> bool:
    """Two copies agree: equal as the file gives them back (5 and "5"), and
    any two deletion times mean the same: deleted."""
    if field == DELETED_AT:
        return (one is None) == (other is None)
    if one == other:
        return True
    scalars = (str, int, float)
    if isinstance(one, scalars) and isinstance(other, scalars) and not isinstance(one, bool) \
            and not isinstance(other, bool):
        return str(one) == str(other)
    return False
