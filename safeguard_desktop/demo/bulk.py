"""Bulk inserts through ``Tx.insert_many`` that keep data and audit equal.

``Tx.insert_many`` compiles one INSERT from the first row's keys: a key that
only a later row carries is silently not stored, while its audit row says it
was. Giving every row the same keys (a missing one gets the column's own
default) avoids that, and keeps the speed of one executemany per table.
"""

from __future__ import annotations

from typing import Any, Sequence

from safeguard_desktop.store.models import Base
from safeguard_desktop.store.transaction import Tx


def _column_default(model: type[Base], key: str) -> Any:
    column = model.__table__.c[key]  # type: ignore[attr-defined]
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return default.arg
    return None


def insert_rows(tx: Tx, model: type[Base], rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (dicts of column values) and return their ids, in order."""
    if not rows:
        return []
    keys: set[str] = set()
    for row in rows:
        keys.update(row)
    defaults = {key: _column_default(model, key) for key in keys}
    uniform = [{key: row[key] if key in row else defaults[key] for key in keys} for row in rows]
    return tx.insert_many(model, uniform)
