"""Conflicts kept in both files: read, written, and a resolution made on one
copy carried to the other at the next sync."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from safeguard_desktop.store.audit import decode, encode
from safeguard_desktop.store.sync.plan import Conflict, Key
from safeguard_desktop.store.sync.side import Side
from safeguard_desktop.store.sync.tables import sync_conflicts

_RESOLVED = ("resolved_at", "resolved_by", "resolution")


def _rows(side: Side) -> dict[str, dict[str, Any]]:
    return {r["uuid"]: dict(r) for r in side.conn.execute(select(sync_conflicts)).mappings()}


def _as_conflict(row: dict[str, Any], a: Side, ident: str) -> Conflict:
    swap = row["right_site"] == a.site and row["left_site"] != a.site
    first, second = ("right", "left") if swap else ("left", "right")
    return Conflict(
        row["uuid"], row["table_name"], ident, row["field"],
        decode(row[f"{first}_value"]), row[f"{first}_actor"], row[f"{first}_at"],
        decode(row[f"{second}_value"]), row[f"{second}_actor"], row[f"{second}_at"],
        row["found_at"], row["resolved_at"], row["resolved_by"], decode(row["resolution"]))


def settle(a: Side, b: Side) -> tuple[dict[Key, Conflict], int]:
    """Carry resolutions across (a conflict resolved in either file is
    resolved in both) and return the conflicts still open, by field, with
    how many resolutions crossed."""
    a_rows, b_rows = _rows(a), _rows(b)
    crossed = 0
    for mine, theirs, target in ((a_rows, b_rows, b), (b_rows, a_rows, a)):
        for uuid, row in mine.items():
            other = theirs.get(uuid)
            if other is None:
                local = dict(row, record_uuid=_ident_for(target, row))
                target.conn.execute(sync_conflicts.insert().values(local))
                theirs[uuid] = local
            elif row["resolved_at"] and not other["resolved_at"]:
                target.conn.execute(update(sync_conflicts).where(sync_conflicts.c.uuid == uuid)
                                    .values({k: row[k] for k in _RESOLVED}))
                other.update({k: row[k] for k in _RESOLVED})
                crossed += 1
    open_conflicts = {}
    for uuid, row in a_rows.items():
        if not row["resolved_at"]:
            conflict = _as_conflict(row, a, row["record_uuid"])
            open_conflicts[conflict.key] = conflict
    return open_conflicts, crossed


def _ident_for(target: Side, row: dict[str, Any]) -> str:
    return target.local_uuid(row["table_name"], row["record_uuid"])


def write_conflicts(a: Side, b: Side, new: list[Conflict], changed: list[Conflict]) -> None:
    a_rows, b_rows = [], []
    for conflict in new:
        row = {
            "uuid": conflict.uuid, "table_name": conflict.table, "field": conflict.field,
            "left_site": a.site, "left_value": encode(conflict.a_value), "left_actor": conflict.a_actor,
            "left_at": conflict.a_at,
            "right_site": b.site, "right_value": encode(conflict.b_value), "right_actor": conflict.b_actor,
            "right_at": conflict.b_at, "found_at": conflict.found_at,
        }
        a_rows.append({**row, "record_uuid": conflict.ident})
        b_rows.append({**row, "record_uuid": b.local_uuid(conflict.table, conflict.ident)})
    for side, rows in ((a, a_rows), (b, b_rows)):
        if rows:
            side.conn.execute(sync_conflicts.insert(), rows)
    for conflict in changed:
        for side in (a, b):
            row = side.conn.execute(select(sync_conflicts).where(sync_conflicts.c.uuid == conflict.uuid)).mappings().one()
            # "left" is whichever file found the conflict first: keep each value on its own side.
            a_is_left = row["left_site"] == a.site or row["right_site"] != a.site
            a_col, b_col = ("left", "right") if a_is_left else ("right", "left")
            side.conn.execute(update(sync_conflicts).where(sync_conflicts.c.uuid == conflict.uuid).values({
                f"{a_col}_value": encode(conflict.a_value), f"{a_col}_actor": conflict.a_actor,
                f"{a_col}_at": conflict.a_at,
                f"{b_col}_value": encode(conflict.b_value), f"{b_col}_actor": conflict.b_actor,
                f"{b_col}_at": conflict.b_at}))
