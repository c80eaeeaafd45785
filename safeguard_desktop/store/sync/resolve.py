"""Conflicts as a person sees them in one file, and resolving one: the
field set through an audited write (undoable: ``reopen`` puts it back),
the conflict marked resolved; the next sync carries both to the other copy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select, update

from safeguard_desktop.store.audit import PendingEntry, decode, encode
from safeguard_desktop.store.models import Base, utc_now
from safeguard_desktop.store.ops.settings import write_setting
from safeguard_desktop.store.sync.plan import ERASED
from safeguard_desktop.store.sync.schema import SETTINGS, table_info
from safeguard_desktop.store.sync.side import SITE_KEY
from safeguard_desktop.store.sync.tables import sync_conflicts, sync_site
from safeguard_desktop.store.transaction import Change, Tx
from safeguard_desktop.store.workspace import Workspace

CONTEXT = "sync conflict resolved"


@dataclass(frozen=True)
class ConflictView:
    uuid: str
    table: str
    record_uuid: str
    field: str
    here: Any  # this copy's value (links as {"uuid": ...})
    here_who: str | None
    here_when: str | None
    there: Any  # the other copy's value
    there_who: str | None
    there_when: str | None
    found_at: str
    current: Any  # what this file holds now

    @property
    def erased(self) -> bool:
        return self.here == ERASED or self.there == ERASED


def open_conflicts(ws: Workspace, record_uuid: str | None = None) -> list[ConflictView]:
    """The conflicts waiting in this file (for one record, if named)."""
    with ws.engine.connect() as conn:
        if not inspect(conn).has_table("sync_conflicts"):
            return []
        site = conn.execute(select(sync_site.c.value).where(sync_site.c.key == SITE_KEY)).scalar()
        query = select(sync_conflicts).where(sync_conflicts.c.resolved_at.is_(None))
        if record_uuid is not None:
            query = query.where(sync_conflicts.c.record_uuid == record_uuid)
        rows = list(conn.execute(query.order_by(sync_conflicts.c.found_at, sync_conflicts.c.uuid)).mappings())
    views = []
    for row in rows:
        mine, theirs = ("right", "left") if row["right_site"] == site else ("left", "right")
        views.append(ConflictView(
            row["uuid"], row["table_name"], row["record_uuid"], row["field"],
            decode(row[f"{mine}_value"]), row[f"{mine}_actor"], row[f"{mine}_at"],
            decode(row[f"{theirs}_value"]), row[f"{theirs}_actor"], row[f"{theirs}_at"],
            row["found_at"], current_value(ws, row["table_name"], row["record_uuid"], row["field"])))
    return views


def current_value(ws: Workspace, table: str, record: str, field: str) -> Any:
    with ws.engine.connect() as conn:
        if table == SETTINGS:
            return conn.exec_driver_sql("SELECT value FROM settings WHERE key = ?", (record.split(":", 1)[1],)).scalar()
        info = table_info(table)
        if info is None or not info.has_uuid or not info.column(field):
            return None
        value = conn.execute(select(info.table.c[field]).where(info.table.c.uuid == record)).scalar()
        if value is not None and field in info.links:
            link = table_info(info.links[field]).table  # type: ignore[union-attr]
            found = conn.execute(select(link.c.uuid).where(link.c.id == value)).scalar()
            return {"uuid": found} if found else value
        return value.isoformat() if hasattr(value, "isoformat") else value


def resolve(ws: Workspace, conflict_uuid: str, value: Any, how: str) -> list[Change]:
    """Set the field to ``value`` (as the conflict holds values) and mark the
    conflict resolved; ``how`` says what was picked ("here", "there",
    "edited"), kept with the conflict."""
    with ws.transaction(CONTEXT) as tx:
        row = _row(tx, conflict_uuid)
        changes = _set(tx, row, value)
        tx.session.execute(update(sync_conflicts).where(sync_conflicts.c.uuid == conflict_uuid).values(
            resolved_at=utc_now(), resolved_by=ws.actor, resolution=encode({"how": how, "value": value})))
        return changes


def reopen(ws: Workspace, conflict_uuid: str, value: Any) -> list[Change]:
    """Undo of ``resolve``: the field back to ``value``, the conflict open."""
    with ws.transaction("undo " + CONTEXT) as tx:
        row = _row(tx, conflict_uuid)
        changes = _set(tx, row, value)
        tx.session.execute(update(sync_conflicts).where(sync_conflicts.c.uuid == conflict_uuid).values(
            resolved_at=None, resolved_by=None, resolution=None))
        return changes


def _row(tx: Tx, conflict_uuid: str) -> dict[str, Any]:
    row = tx.session.execute(select(sync_conflicts).where(sync_conflicts.c.uuid == conflict_uuid)).mappings().first()
    if row is None:
        raise LookupError(f"there is no sync conflict {conflict_uuid}")
    return dict(row)


def _set(tx: Tx, row: dict[str, Any], value: Any) -> list[Change]:
    table, record, field = row["table_name"], row["record_uuid"], row["field"]
    if value == ERASED:
        return []  # the record is gone from the copy that erased it; nothing to set
    if table == SETTINGS:
        change = write_setting(tx, record.split(":", 1)[1], value)
        if change is None:
            _choice(tx, table, record, field, value)
        return [change] if change else []
    model = _model(table)
    obj = tx.session.scalars(select(model).where(model.uuid == record)).first()  # type: ignore[attr-defined]
    if obj is None:
        return []
    info = table_info(table)
    if isinstance(value, dict) and "uuid" in value and field in info.links:  # type: ignore[union-attr]
        link = _model(info.links[field])  # type: ignore[union-attr]
        value = tx.session.scalar(select(link.id).where(link.uuid == value["uuid"]))  # type: ignore[attr-defined]
    elif isinstance(value, str) and field in info.dates:  # type: ignore[union-attr]
        from datetime import date

        value = date.fromisoformat(value[:10])
    change = tx.update(obj, field, value)
    if change is None:
        _choice(tx, table, record, field, getattr(obj, field))
    return [change] if change else []


def _choice(tx: Tx, table: str, record: str, field: str, value: Any) -> None:
    """Keeping this copy's value changes nothing here, but the other copy
    must take it: an entry setting the field to the value it already has
    is a change the next sync carries across like any other."""
    tx.audit.write([PendingEntry("update", table, record, field, value, value)])


def _model(table: str) -> type[Base]:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:
            return mapper.class_
    raise LookupError(f"no table {table}")
