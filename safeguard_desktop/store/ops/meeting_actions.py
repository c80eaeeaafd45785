"""Actions arising from a meeting item, and reviewing any action at a meeting.

Actions arising live in the same table as plan actions (so the action log is
one query); they point at the meeting and the item they arose from. A review
at a later meeting writes the action's history with that meeting's id, which
is how the log shows "updated at the Board, 12 September 2024".
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Sequence

from sqlalchemy import func, select

from safeguard_desktop.core.statuses import ACTION_STATUSES
from safeguard_desktop.store.models import Action, ActionUpdate, AgendaItem, Meeting, utc_now
from safeguard_desktop.store.ops.meetings import open_meeting
from safeguard_desktop.store.transaction import Change, Tx
from safeguard_desktop.store.workspace import Workspace

# What a view may change on an action arising; status and progress go
# through review_action so that their history is kept.
ARISING_FIELDS = frozenset({"want", "owner_person_id", "owner_agency_id", "target_date", "lead"})


def add_action_arising(ws: Workspace, *, agenda_item_id: int, want: str, owner_person_id: int | None = None,
                       owner_agency_id: int | None = None, target_date: date | None = None,
                       lead: str | None = None, when_text: str | None = None) -> int:
    """``when_text`` keeps the due date in the words it was given ("next
    meeting") when they say more than the date."""
    with ws.transaction() as tx:
        item = tx.get(AgendaItem, agenda_item_id)
        open_meeting(tx, item.meeting_id)
        position = tx.session.execute(
            select(func.max(Action.position)).where(Action.agenda_item_id == agenda_item_id)
        ).scalar()
        return tx.insert(Action, meeting_id=item.meeting_id, agenda_item_id=agenda_item_id, want=want.strip(),
                         owner_person_id=owner_person_id, owner_agency_id=owner_agency_id,
                         target_date=target_date, when_text=when_text, lead=lead, status="open",
                         position=(position or 0.0) + 1.0).id


def set_arising_field(ws: Workspace, action_id: int, field: str, value: Any) -> Change | None:
    if field not in ARISING_FIELDS:
        raise KeyError(f"action field {field} cannot be set here")
    with ws.transaction() as tx:
        action = tx.get(Action, action_id)
        if action.meeting_id is not None:
            open_meeting(tx, action.meeting_id)
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


@dataclass(frozen=True)
class ActionState:
    """What a review may change on an action, as it was before: undo writes
    these back exactly (a review dates completion to its meeting; undo must
    not date anything)."""

    status: str
    progress: str | None
    completed_on: date | None
    last_updated: date | None


STATE_FIELDS = tuple(f.name for f in fields(ActionState))


def review_action(ws: Workspace, action_id: int, *, meeting_id: int | None = None, status: str | None = None,
                  progress: str | None = None, context: str | None = None) -> ActionState:
    """Record an update to any action (from a meeting or a plan): a new
    status and/or a progress note, with history. With ``meeting_id`` the
    history says at which meeting it was reviewed; completing an action there
    dates its completion to that meeting. Returns the action's state before
    the review, for ``restore_action_state`` to put back."""
    if status is not None and status not in ACTION_STATUSES:
        raise ValueError(f"unknown action status {status!r}")
    with ws.transaction(context) as tx:
        action = tx.get(Action, action_id)
        old = ActionState(*(getattr(action, name) for name in STATE_FIELDS))
        when = tx.get(Meeting, meeting_id).date if meeting_id is not None else date.today()
        changed = False
        if status is not None and (change := tx.update(action, "status", status)) is not None:
            changed = True
            _history(tx, action, "status", change.old, change.new, meeting_id)
            tx.update(action, "completed_on", when if status in ("completed", "closed_by_board") else None)
        if progress is not None and (change := tx.update(action, "progress", progress or None)) is not None:
            changed = True
            _history(tx, action, "progress", change.old, change.new, meeting_id)
        if changed:
            tx.update(action, "last_updated", when)
        return old


def restore_action_state(ws: Workspace, action_id: int, state: ActionState) -> list[Change]:
    """Undo of a review: the status, progress and dates the action had, as
    they were, in one audited transaction. The history keeps the review and
    gains its reversal (at no meeting: the undo was not made at one)."""
    with ws.transaction("undo") as tx:
        action = tx.get(Action, action_id)
        changes = tx.update_many(action, {name: getattr(state, name) for name in STATE_FIELDS})
        for change in changes:
            if change.field in ("status", "progress"):
                _history(tx, action, change.field, change.old, change.new, meeting_id=None)
        return changes


def _history(tx: Tx, action: Action, kind: str, old: Any, new: Any, meeting_id: int | None) -> None:
    tx.insert(ActionUpdate, action_id=action.id, at=utc_now(), by=tx.actor, kind=kind,
              old_value=_text(old), new_value=_text(new), meeting_id=meeting_id)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
