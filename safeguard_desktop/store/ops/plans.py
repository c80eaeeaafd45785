"""Plans, their entries and their action rows."""

from __future__ import annotations

from datetime import date
from typing import Any, Sequence

from sqlalchemy import func, select

from safeguard_desktop.core.timescales import understand_timescale
from safeguard_desktop.store.models import Action, ActionUpdate, Plan, PlanEntry, utc_now
from safeguard_desktop.store.transaction import Change, Tx
from safeguard_desktop.store.workspace import Workspace

# Fields whose every change is kept in the action's dated history, because
# boards must evidence progress and challenge (DESIGN.md, audit trail).
HISTORY_FIELDS = {"progress": "progress", "rag": "rag", "status": "status", "target_date": "due"}


def create_plan(ws: Workspace, *, board_id: int, title: str, kind: str = "business_plan", **values: Any) -> int:
    with ws.transaction() as tx:
        return tx.insert(Plan, board_id=board_id, title=title, kind=kind, **values).id


def add_entry(ws: Workspace, *, plan_id: int, kind: str, title: str, parent_id: int | None = None,
              **values: Any) -> int:
    with ws.transaction() as tx:
        if "position" not in values:
            values["position"] = _next_position(tx, PlanEntry, PlanEntry.plan_id == plan_id)
        return tx.insert(PlanEntry, plan_id=plan_id, kind=kind, title=title, parent_id=parent_id, **values).id


def add_actions(ws: Workspace, rows: Sequence[dict[str, Any]], context: str | None = None) -> list[int]:
    """Append action rows (each a dict of Action fields) in one transaction;
    rows without a position go after the plan's last row."""
    with ws.transaction(context) as tx:
        positions: dict[int | None, float] = {}
        prepared = []
        for row in rows:
            row = dict(row)
            if "position" not in row:
                plan_id = row.get("plan_id")
                if plan_id not in positions:
                    positions[plan_id] = _next_position(tx, Action, Action.plan_id == plan_id) - 1
                positions[plan_id] += 1
                row["position"] = positions[plan_id]
            prepared.append(row)
        return tx.insert_many(Action, prepared)


def set_action_field(ws: Workspace, action_id: int, field: str, value: Any, *,
                     meeting_id: int | None = None, context: str | None = None) -> list[Change]:
    with ws.transaction(context) as tx:
        return apply_action_field(tx, action_id, field, value, meeting_id=meeting_id)


def set_action_fields(ws: Workspace, edits: Sequence[tuple[int, str, Any]], *,
                      context: str | None = None) -> list[Change]:
    """Many cells at once (a paste, a multi-cell undo): one transaction."""
    with ws.transaction(context) as tx:
        changes: list[Change] = []
        for action_id, field, value in edits:
            changes.extend(apply_action_field(tx, action_id, field, value))
        return changes


def apply_action_field(tx: Tx, action_id: int, field: str, value: Any, *,
                       meeting_id: int | None = None) -> list[Change]:
    action = tx.get(Action, action_id)
    change = tx.update(action, field, value)
    if change is None:
        return []
    changes = [change]
    if field == "when_text":
        understood = understand_timescale(value or "")
        derived = tx.update(action, "when_date", understood.date)
        if derived is not None:
            changes.append(derived)
    if field in HISTORY_FIELDS:
        tx.insert(ActionUpdate, action_id=action.id, at=utc_now(), by=tx.actor, kind=HISTORY_FIELDS[field],
                  old_value=_text(change.old), new_value=_text(change.new), meeting_id=meeting_id)
        if field in ("progress", "rag"):
            tx.update(action, "last_updated", date.today())
    return changes


def move_action(ws: Workspace, action_id: int, position: float) -> Change | None:
    with ws.transaction() as tx:
        return tx.update(tx.get(Action, action_id), "position", position)


def _next_position(tx: Tx, model: type, where: Any) -> float:
    last = tx.session.execute(select(func.max(model.position)).where(where)).scalar()
    return float(last) + 1.0 if last is not None else 1.0


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)

