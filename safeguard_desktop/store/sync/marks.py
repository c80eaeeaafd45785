"""Which records of a page are in conflict, read in one query when the page
loads (never per cell painted): a grid marks the fields, a list the rows,
until a person resolves them (docs/SYNC.md, Conflicts)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select

from safeguard_desktop.store.audit import decode
from safeguard_desktop.store.sync.describe import value_text
from safeguard_desktop.store.sync.schema import table_info
from safeguard_desktop.store.sync.side import SITE_KEY
from safeguard_desktop.store.sync.tables import sync_conflicts, sync_site
from safeguard_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class ConflictMark:
    """One open conflict on a field, as the other copy has it."""

    field: str
    there: Any
    there_who: str | None
    there_when: str | None

    @property
    def there_text(self) -> str:
        return value_text(self.field, self.there)

    @property
    def there_stamp(self) -> str:
        """Who and when, as the conflicts dialog writes them."""
        when = (self.there_when or "")[:16].replace("T", " ")
        return ", ".join(part for part in (self.there_who, when) if part)


def record_conflicts(ws: Workspace, table: str, plan_id: int | None = None) -> dict[int, dict[str, ConflictMark]]:
    """Open conflicts on ``table``'s records (those of one plan, if named):
    record id -> field -> the other copy's side."""
    info = table_info(table)
    if info is None or not info.has_uuid:
        return {}
    records = info.table
    with ws.engine.connect() as conn:
        if not inspect(conn).has_table("sync_conflicts"):
            return {}
        site = conn.execute(select(sync_site.c.value).where(sync_site.c.key == SITE_KEY)).scalar()
        c = sync_conflicts.c
        query = (select(records.c.id, c.field, c.right_site, c.left_value, c.left_actor, c.left_at,
                        c.right_value, c.right_actor, c.right_at)
                 .join(records, records.c.uuid == c.record_uuid)
                 .where(c.table_name == table, c.resolved_at.is_(None)))
        if plan_id is not None and "plan_id" in records.c:
            query = query.where(records.c.plan_id == plan_id)
        rows = conn.execute(query.order_by(c.found_at)).all()
    marks: dict[int, dict[str, ConflictMark]] = {}
    for record_id, field, right_site, l_value, l_who, l_at, r_value, r_who, r_at in rows:
        # "There" is the side whose site is not this file's.
        there = (l_value, l_who, l_at) if right_site == site else (r_value, r_who, r_at)
        marks.setdefault(record_id, {})[field] = ConflictMark(field, decode(there[0]), there[1], there[2])
    return marks
