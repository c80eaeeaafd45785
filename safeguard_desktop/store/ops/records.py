"""Operations that apply to any record: set a field, delete, restore."""

from __future__ import annotations

from typing import Any

from safeguard_desktop.store.models import Base
from safeguard_desktop.store.transaction import Change
from safeguard_desktop.store.workspace import Workspace


def create_record(ws: Workspace, model: type[Base], context: str | None = None, **values: Any) -> int:
    with ws.transaction(context) as tx:
        return tx.insert(model, **values).id  # type: ignore[attr-defined]


def set_field(ws: Workspace, model: type[Base], record_id: int, field: str, value: Any,
              context: str | None = None) -> Change | None:
    with ws.transaction(context) as tx:
        return tx.update(tx.get(model, record_id), field, value)


def set_fields(ws: Workspace, model: type[Base], edits: list[tuple[int, str, Any]],
               context: str | None = None) -> list[Change]:
    """Several fields of several records in one transaction: a paste, a
    multi-cell undo."""
    with ws.transaction(context) as tx:
        changes = []
        for record_id, field, value in edits:
            change = tx.update(tx.get(model, record_id), field, value)
            if change is not None:
                changes.append(change)
        return changes


def delete_records(ws: Workspace, model: type[Base], record_ids: list[int], context: str | None = None) -> list[Change]:
    with ws.transaction(context) as tx:
        return [c for rid in record_ids if (c := tx.soft_delete(tx.get(model, rid))) is not None]


def restore_records(ws: Workspace, model: type[Base], record_ids: list[int], context: str | None = None) -> list[Change]:
    with ws.transaction(context) as tx:
        return [c for rid in record_ids if (c := tx.restore(tx.get(model, rid))) is not None]
