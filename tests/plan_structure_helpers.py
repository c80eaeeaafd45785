"""Reading a plan's structure back for tests: the outline as text, and a
snapshot of every stored column that a structure step may touch."""

from __future__ import annotations

from sqlalchemy import select

from safeguard_desktop.store.models import Action, AuditEntry, PlanEntry


def outline(ws, plan_id: int) -> list[str]:
    """The live outline in stored order, indented two spaces a level:
    entries as "kind number title", rows as "row number want"."""
    with ws.session() as s:
        entries = s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan_id, PlanEntry.deleted_at.is_(None))
                            .order_by(PlanEntry.position)).all()
        rows = s.scalars(select(Action).where(Action.plan_id == plan_id, Action.deleted_at.is_(None))
                         .order_by(Action.position)).all()
    depth: dict[int, int] = {}
    lines = []
    for e in entries:
        depth[e.id] = depth[e.parent_id] + 1 if e.parent_id in depth else 0
        lines.append("  " * depth[e.id] + f"{e.kind} {e.number or '-'} {e.title}".rstrip())
        row_depth: dict[int, int] = {}
        for r in rows:
            if r.entry_id == e.id:
                row_depth[r.id] = row_depth[r.parent_id] + 1 if r.parent_id in row_depth else depth[e.id] + 1
                lines.append("  " * row_depth[r.id] + f"row {r.number or '-'} {r.want or ''}".rstrip())
    return lines


def snapshot(ws, plan_id: int) -> dict[str, list[tuple]]:
    """Every live entry and row with each column a structure step may touch
    (a row an undo took away is soft-deleted: not live, not here)."""
    with ws.session() as s:
        entries = s.execute(select(PlanEntry.id, PlanEntry.uuid, PlanEntry.parent_id, PlanEntry.kind,
                                   PlanEntry.number, PlanEntry.title, PlanEntry.reference, PlanEntry.body,
                                   PlanEntry.position)
                            .where(PlanEntry.plan_id == plan_id, PlanEntry.deleted_at.is_(None))
                            .order_by(PlanEntry.id)).all()
        rows = s.execute(select(Action.id, Action.uuid, Action.entry_id, Action.parent_id, Action.number,
                                Action.want, Action.position)
                         .where(Action.plan_id == plan_id, Action.deleted_at.is_(None)).order_by(Action.id)).all()
    return {"entries": [tuple(r) for r in entries], "rows": [tuple(r) for r in rows]}


def audit_rows_since(ws, after_id: int) -> list[AuditEntry]:
    with ws.session() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.id > after_id).order_by(AuditEntry.id)).all()


def last_audit_id(ws) -> int:
    with ws.session() as s:
        return s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) or 0
