"""Actions arising from a meeting item, and reviewing any action at a meeting.

Actions arising live in the same table as plan actions (so the action log is
one query); they point at the meeting and the item they arose from. A review
at a later meeting writes the action's history with that meeting's id, which
is how the log shows "updated at the Board, 12 September 2024".
"""

from __future__ import annotations

from datetime import date
from typing import Any, Sequence

from sqlalchemy import func, select

from safeguard_desktop.store.models import Action, ActionUpdate, AgendaItem, Meeting, utc_now
from safeguard_desktop.store.ops.meetings import open_meeting
from safeguard_desktop.store.transaction import Change, Tx
from safeguard_desktop.store.workspace import Workspace

ACTION_STATUSES = ("open", "completed", "carried_forward", "closed_by_board")
# What a view may change on an action arising; status and progress go
# through review_action so that their history is kept.
ARISING_FIELDS = frozenset({"want", "owner_person_id", "owner_agency_id", "target_date", "lead"})


def add_action_arising(ws: Workspace, *, agenda_item_id: int, want: str, owner_person_id: int | None = None,
                       owner_agency_id: int | None = None, target_date: date | None = None,
                       lead: str | None = None) -> int:
    with ws.transaction() as tx:
        item = tx.get(AgendaItem, agenda_item_id)
        open_meeting(tx, item.meeting_id)
        position = tx.session.execute(
            select(func.max(Action.position)).where(Action.agenda_item_id == agenda_item_id)
        ).scalar()
        return tx.insert(Action, meeting_id=item.meeting_id, agenda_item_id=agenda_item_id, want=want.strip(),
                         owner_person_id=owner_person_id, owner_agency_id=owner_agency_id,
                         target_date=target_date, lead=lead, status="open",
                         position=(position or 0.0) + 1.0).id


def set_arising_field(ws: Workspace, action_id: int, field: str, value: Any) -> Change | None:
    if field not in ARISING_FIELDS:
        raise KeyError(f"action field {field} cannot be set here")
    with ws.transaction() as tx:
        action = tx.get(Action, action_id)
        change = tx.update(action, field, value)
        if change is not None and field == "target_date":
            _history(tx, action, "due", change.old, change.new, meeting_id=None)
        return change


def remove_actions(ws: Workspace, action_ids: Sequence[int]) -> list[Change]:
    with ws.transaction() as tx:
        return [c for a in action_ids if (c := _set_deleted(tx, a, True)) is not None]


def restore_actions(ws: Workspace, action_ids: Sequence[int]) -> list[Change]:
    with ws.transaction() as tx:
        return [c for a in action_ids if (c := _set_deleted(tx, a, False)) is not None]


def _set_deleted(tx: Tx, action_id: int, deleted: bool) -> Change | None:
    action = tx.get(Action, action_id)
    if action.meeting_id is not None:
        open_meeting(tx, action.meeting_id)
    return tx.soft_delete(action) if deleted else tx.restore(action)


def review_action(ws: Workspace, action_id: int, *, meeting_id: int | None = None, status: str | None = None,
                  progress: str | None = None, context: str | None = None) -> list[Change]:
    """Record an update to any action (from a meeting or a plan): a new
    status and/or a progress note, with history. With ``meeting_id`` the
    history says at which meeting it was reviewed; completing an action there
    dates its completion to that meeting."""
    if status is not None and status not in ACTION_STATUSES:
        raise ValueError(f"unknown action status {status!r}")
    with ws.transaction(context) as tx:
        action = tx.get(Action, action_id)
        when = tx.get(Meeting, meeting_id).date if meeting_id is not None else date.today()
        changes: list[Change] = []
        if status is not None and (change := tx.update(action, "status", status)) is not None:
            changes.append(change)
            _history(tx, action, "status", change.old, change.new, meeting_id)
            completed = when if status in ("completed", "closed_by_board") else None
            changes += [c for c in [tx.update(action, "completed_on", completed)] if c]
        if progress is not None and (change := tx.update(action, "progress", progress or None)) is not None:
            changes.append(change)
            _history(tx, action, "progress", change.old, change.new, meeting_id)
        if changes:
            tx.update(action, "last_updated", when)
        return changes


def _history(tx: Tx, action: Action, kind: str, old: Any, new: Any, meeting_id: int | None) -> None:
    tx.insert(ActionUpdate, action_id=action.id, at=utc_now(), by=tx.actor, kind=kind,
              old_value=_text(old), new_value=_text(new), meeting_id=meeting_id)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
