"""Many new records in one audited step, named by their table: how the demo
builder writes a whole workspace's worth of boards, plans and meetings.

``add_records(ws, context, build)`` opens one transaction and hands
``build`` a ``RecordBatch``; it returns what ``build`` returned and the
Changes made: one per added row (table, id, UUID, no field, no old value,
the row's values), as ``Tx.insert`` reports a single record, plus those of
any field set and of the operations ``build`` called with ``batch.tx``
(``insert_period``, ``apply_answers``, ``write_setting``...).

Rows are bulk-inserted (one INSERT per table and key set, still one audit
row per record): a demo of thousands of records is built in a second or
two instead of the minutes one-row transactions would take.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Callable, Sequence, TypeVar

from safeguard_desktop.store.models import Base, new_uuid
from safeguard_desktop.store.transaction import Change, Tx
from safeguard_desktop.store.workspace import Workspace

T = TypeVar("T")


@cache
def _models() -> dict[str, type[Base]]:
    return {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}


def model_of(table: str) -> type[Base]:
    try:
        return _models()[table]
    except KeyError:
        raise KeyError(f"no table called {table!r}") from None


class RecordBatch:
    def __init__(self, tx: Tx) -> None:
        self.tx = tx  # for the store operations that work inside a caller's transaction
        self.added: list[Change] = []

    def add(self, table: str, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Insert ``rows`` (dicts of column values) into ``table``; returns their ids, in order.

        A bulk insert takes its columns from the first row's keys: a key that
        only a later row carries would not be stored while its audit row said
        it was. So every row is given the same keys (a missing one gets the
        column's own default)."""
        if not rows:
            return []
        model = model_of(table)
        keys: set[str] = set()
        for row in rows:
            keys.update(row)
        defaults = {key: _column_default(model, key) for key in keys}
        uniform = [{key: row[key] if key in row else defaults[key] for key in keys} for row in rows]
        if "uuid" in model.__table__.c:  # type: ignore[attr-defined]
            for row in uniform:  # chosen here, so each Change names the record's own UUID
                row["uuid"] = row.get("uuid") or new_uuid()
        ids = self.tx.insert_many(model, uniform)
        self.added.extend(Change(table, new_id, row.get("uuid") or f"{table}:{new_id}", None, None, row)
                          for row, new_id in zip(uniform, ids))
        return ids

    def set(self, table: str, record_id: int, field: str, value: Any) -> Change | None:
        """Set one field of a record (audited; None when it already held ``value``)."""
        return self.tx.update(self.tx.get(model_of(table), record_id), field, value)

    def uuid_of(self, table: str, record_id: int) -> str:
        return str(getattr(self.tx.get(model_of(table), record_id), "uuid"))


def add_records(ws: Workspace, context: str, build: Callable[[RecordBatch], T]) -> tuple[T, list[Change]]:
    """Run ``build`` in one audited transaction named ``context``."""
    with ws.transaction(context) as tx:
        batch = RecordBatch(tx)
        result = build(batch)
        changes = list(tx.changes) + batch.added
    return result, changes


def _column_default(model: type[Base], key: str) -> Any:
    column = model.__table__.c[key]  # type: ignore[attr-defined]
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return default.arg
    return None
