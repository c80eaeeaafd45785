"""Which records of a page are in conflict, read in one query when the page
loads (never per cell painted): a grid marks the fields, a list the rows,
until a person resolves them (docs/SYNCING_COPIES.md, Conflicts)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, text

from safeguard_desktop.store.audit import decode
from safeguard_desktop.store.sync.describe import value_text
from safeguard_desktop.store.sync.schema import table_info
from safeguard_desktop.store.sync.side import SITE_KEY
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


def record_conflicts(ws: Workspace, table: str, plan_id: int | None = None,
                     key: str = "id") -> dict[int, dict[str, ConflictMark]]:
    """Open conflicts on ``table``'s records (those of one plan, if named):
    record's ``key`` (its id, or a column naming it as a page knows it, such
    as a minute's agenda item) -> field -> the other copy's side."""
    info = table_info(table)
    if info is None or not info.has_uuid:
        return {}
    records = info.table
    with ws.engine.connect() as conn:
        if not inspect(conn).has_table("sync_conflicts"):
            return {}
        site = conn.execute(text("SELECT value FROM sync_site WHERE key = :key"), {"key": SITE_KEY}).scalar()
        # Plain SQL: compiling the Core join took 15 ms a page load, reading it 0.3 ms
        # (benchmarks/conflict_marks.py). The names come from the models, never from a user.
        plan = "AND r.plan_id = :plan" if plan_id is not None and "plan_id" in records.c else ""
        rows = conn.execute(text(
            f"SELECT r.{records.c[key].name}, c.field, c.right_site, c.left_value, c.left_actor, c.left_at, "
            f"c.right_value, c.right_actor, c.right_at FROM sync_conflicts c JOIN {records.name} r "
            f"ON r.uuid = c.record_uuid WHERE c.table_name = :table AND c.resolved_at IS NULL {plan} "
            "ORDER BY c.found_at"), {"table": table, "plan": plan_id}).all()
    marks: dict[int, dict[str, ConflictMark]] = {}
    for record_id, field, right_site, l_value, l_who, l_at, r_value, r_who, r_at in rows:
        # "There" is the side whose site is not this file's.
        there = (l_value, l_who, l_at) if right_site == site else (r_value, r_who, r_at)
        marks.setdefault(record_id, {})[field] = ConflictMark(field, decode(there[0]), there[1], there[2])
    return marks
