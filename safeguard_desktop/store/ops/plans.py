"""Plans, their entries and their action rows."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Literal, Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from safeguard_desktop.core.numbering import outline_numbers, renumber
from safeguard_desktop.core.plan_shapes import shape_of
from safeguard_desktop.core.timescales import understand_timescale
from safeguard_desktop.store.audit import PendingEntry
from safeguard_desktop.store.models import Action, ActionUpdate, Plan, PlanEntry, utc_now
from safeguard_desktop.store.transaction import Change, Tx, column_values
from safeguard_desktop.store.workspace import Workspace

# Fields whose every change is kept in the action's dated history, because
# boards must evidence progress and challenge (docs/SAFEGUARDING_BOARDS.md, "Audit trail").
HISTORY_FIELDS = {"progress": "progress", "rag": "rag", "status": "status", "target_date": "due"}
# Changing these dates the action (last_updated): a board reads it as "last
# reported on".
DATING_FIELDS = frozenset({"progress", "rag"})
# An undo stack writing back values it recorded: "undo" takes a change back,
# "redo" makes it again. The history row then says so (its note), so the
# history panel shows a dated "undone" rather than a second change.
Replay = Literal["undo", "redo"]
REPLAY_NOTES: dict[str, str] = {"undo": "undone", "redo": "redone"}
# Progress saved as it is typed (every pause) is one history entry while
# the same person keeps on within this long, as one undo step is.
HISTORY_MERGE_SECONDS = 60.0


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
                     meeting_id: int | None = None, context: str | None = None,
                     replay: Replay | None = None) -> list[Change]:
    with ws.transaction(context) as tx:
        return apply_action_field(tx, action_id, field, value, meeting_id=meeting_id, replay=replay)


def set_action_fields(ws: Workspace, edits: Sequence[tuple[int, str, Any]], *,
                      context: str | None = None, replay: Replay | None = None) -> list[Change]:
    """Many cells at once (a paste, a multi-cell undo): one transaction."""
    with ws.transaction(context) as tx:
        changes: list[Change] = []
        for action_id, field, value in edits:
            changes.extend(apply_action_field(tx, action_id, field, value, replay=replay))
        return changes


def apply_action_field(tx: Tx, action_id: int, field: str, value: Any, *,
                       meeting_id: int | None = None, replay: Replay | None = None) -> list[Change]:
    """Set one field with what follows from it, every change returned: "When?"
    is read as a date; a progress, RAG, status or due-date change goes into
    the action's dated history; a progress or RAG change dates the action
    today (``last_updated``, returned so an undo can put the old date back).

    With ``replay`` an undo stack is writing back values it recorded: the
    history row is noted "undone" or "redone", and the action is not dated
    today, as the stack writes back the ``last_updated`` it recorded too."""
    if replay is not None and replay not in REPLAY_NOTES:
        raise ValueError(f"replay is 'undo' or 'redo', not {replay!r}")
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
        record_history(tx, action, HISTORY_FIELDS[field], change.old, change.new, meeting_id=meeting_id,
                       note=REPLAY_NOTES[replay] if replay else None)
        if field in DATING_FIELDS and replay is None:
            dated = tx.update(action, "last_updated", date.today())
            if dated is not None:
                changes.append(dated)
    return changes


def record_history(tx: Tx, action: Action, kind: str, old: Any, new: Any, *, meeting_id: int | None = None,
                   note: str | None = None) -> None:
    """One row of the action's dated history (``ActionUpdate``), by whoever
    makes the transaction. Progress typed by one person in one sitting (no
    meeting, no note, nothing else recorded since, each save within
    HISTORY_MERGE_SECONDS of the one before) extends their last entry
    instead of adding one: saved at every pause, it would otherwise leave an
    entry per pause. A sitting that ends where it began (typed, then Esc)
    leaves no entry; the audit trail still has every save."""
    now = utc_now()
    if kind == "progress" and meeting_id is None and note is None:
        last = tx.session.execute(select(ActionUpdate).where(ActionUpdate.action_id == action.id)
                                  .order_by(ActionUpdate.at.desc(), ActionUpdate.id.desc()).limit(1)).scalar()
        if (last is not None and last.kind == kind and last.by == tx.actor and last.meeting_id is None
                and last.note is None and last.new_value == history_text(old)
                and _seconds_between(last.updated_at or last.at, now) <= HISTORY_MERGE_SECONDS):
            if history_text(new) == last.old_value:
                tx.delete(last)
            else:
                tx.update(last, "new_value", history_text(new))
            return
    tx.insert(ActionUpdate, action_id=action.id, at=now, by=tx.actor, kind=kind, old_value=history_text(old),
              new_value=history_text(new), meeting_id=meeting_id, note=note)


def history_text(value: Any) -> str | None:
    """A value as the history stores it: text, dates as ISO 8601."""
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _seconds_between(earlier: str, later: str) -> float:
    try:
        return (datetime.fromisoformat(later) - datetime.fromisoformat(earlier)).total_seconds()
    except ValueError:
        return float("inf")


def move_action(ws: Workspace, action_id: int, position: float) -> Change | None:
    with ws.transaction() as tx:
        return tx.update(tx.get(Action, action_id), "position", position)


def _next_position(tx: Tx, model: type, where: Any) -> float:
    last = tx.session.execute(select(func.max(model.position)).where(where)).scalar()
    return float(last) + 1.0 if last is not None else 1.0



# -- the action grid's row operations ----------------------------------------
# Positions are floats so a row can go between two others by taking the
# midpoint. After about fifty halvings of one gap the floats run out; then
# the plan's rows are spaced out again (1, 2, 3...) in the same transaction.
_MIN_GAP = 1e-6
# Fields a duplicated row does not take from its original.
_NOT_COPIED = frozenset({"position", "deleted_at", "last_updated", "completed_on"})


def insert_actions(ws: Workspace, plan_id: int, count: int = 1, *, near_id: int | None = None,
                   below: bool = True, entry_id: int | None = None, context: str | None = None) -> list[int]:
    """``count`` empty rows just above or below ``near_id`` in plan order,
    under the same priority or outcome and beside it under the same activity
    (a work plan's nesting). With no ``near_id``, the rows go first under
    ``entry_id`` (a heading chosen in the grid), or at the end of the plan."""
    with ws.transaction(context) as tx:
        if near_id is None and entry_id is not None:
            near_id = tx.session.scalar(select(Action.id).where(Action.entry_id == entry_id,
                                                                Action.deleted_at.is_(None))
                                        .order_by(Action.position, Action.id).limit(1))
            below = near_id is None
        near = tx.get(Action, near_id) if near_id is not None else None
        values = {"entry_id": near.entry_id, "parent_id": near.parent_id} if near is not None else {"entry_id": entry_id}
        positions = _positions_beside(tx, plan_id, near_id, below, count)
        return tx.insert_many(Action, [{"plan_id": plan_id, **values, "position": p} for p in positions])


def duplicate_actions(ws: Workspace, action_ids: Sequence[int], context: str | None = None) -> list[int]:
    """Copies of the rows, in plan order, as a block after the last of them."""
    with ws.transaction(context) as tx:
        originals = sorted((tx.get(Action, i) for i in action_ids), key=lambda a: (a.position, a.id))
        if not originals:
            return []
        last = originals[-1]
        positions = _positions_beside(tx, last.plan_id, last.id, True, len(originals))
        copies = []
        for original, position in zip(originals, positions):
            values = {k: v for k, v in column_values(original).items() if k not in _NOT_COPIED}
            copies.append({**values, "position": position})
        return tx.insert_many(Action, copies)


def delete_actions(ws: Workspace, action_ids: Sequence[int], context: str | None = None) -> list[Change]:
    """Soft delete: the rows, their history and their audit stay for undo."""
    with ws.transaction(context) as tx:
        return [c for i in action_ids if (c := tx.soft_delete(tx.get(Action, i))) is not None]


def restore_actions(ws: Workspace, action_ids: Sequence[int], context: str | None = None) -> list[Change]:
    with ws.transaction(context) as tx:
        return [c for i in action_ids if (c := tx.restore(tx.get(Action, i))) is not None]


def edit_actions(ws: Workspace, *, cells: Sequence[tuple[int, str, Any]] = (), delete: Sequence[int] = (),
                 restore: Sequence[int] = (), context: str | None = None,
                 replay: Replay | None = None) -> list[Change]:
    """Cells set, rows deleted and rows restored, all in one transaction: the
    undo and redo of a paste that added rows."""
    with ws.transaction(context) as tx:
        changes = [c for i in restore if (c := tx.restore(tx.get(Action, i))) is not None]
        for action_id, field, value in cells:
            changes.extend(apply_action_field(tx, action_id, field, value, replay=replay))
        changes.extend(c for i in delete if (c := tx.soft_delete(tx.get(Action, i))) is not None)
        return changes


def paste_actions(ws: Workspace, plan_id: int, cells: Sequence[tuple[int, str, Any]],
                  new_rows: Sequence[dict[str, Any]], *, after_id: int | None,
                  context: str | None = None) -> tuple[list[Change], list[int]]:
    """A pasted block: cells of existing rows, and rows added after
    ``after_id`` for the part that ran past the end. One transaction."""
    with ws.transaction(context) as tx:
        new_ids: list[int] = []
        if new_rows:
            entry_id = tx.get(Action, after_id).entry_id if after_id is not None else None
            positions = _positions_beside(tx, plan_id, after_id, True, len(new_rows))
            new_ids = tx.insert_many(Action, [{"plan_id": plan_id, "entry_id": entry_id, "position": p}
                                              for p in positions])
        changes: list[Change] = []
        for action_id, field, value in cells:
            changes.extend(apply_action_field(tx, action_id, field, value))
        for action_id, values in zip(new_ids, new_rows):
            for field, value in values.items():
                changes.extend(apply_action_field(tx, action_id, field, value))
        return changes, new_ids


def move_actions(ws: Workspace, action_ids: Sequence[int], step: int, context: str | None = None) -> list[Change]:
    """Move the rows one place up (step -1) or down (+1) in plan order. Each
    run of adjacent chosen rows moves as a block: the row it passes jumps to
    its other side, so only that one row's position changes."""
    if step not in (-1, 1):
        raise ValueError("rows move one place at a time")
    with ws.transaction(context) as tx:
        plan_id = tx.get(Action, action_ids[0]).plan_id
        order = _live_order(tx, plan_id)
        if any(abs(b[1] - a[1]) < _MIN_GAP for a, b in zip(order, order[1:])):
            _space_out(tx, plan_id)
            order = _live_order(tx, plan_id)
        chosen = set(action_ids)
        if step > 0:
            order.reverse()
        changes = []
        index = 0
        while index < len(order):
            if order[index][0] not in chosen:
                index += 1
                continue
            end = index
            while end + 1 < len(order) and order[end + 1][0] in chosen:
                end += 1
            if index > 0:
                # The row before the block goes after it: between the block's
                # last row and the row after it.
                passed_id, _ = order[index - 1]
                last = order[end][1]
                after = order[end + 1][1] if end + 1 < len(order) else last - step
                change = tx.update(tx.get(Action, passed_id), "position", (last + after) / 2)
                if change is not None:
                    changes.append(change)
            index = end + 1
        return changes


def set_action_positions(ws: Workspace, positions: dict[int, float], context: str | None = None) -> list[Change]:
    """Put rows back where they were (undo and redo of a move)."""
    with ws.transaction(context) as tx:
        return [c for i, p in positions.items() if (c := tx.update(tx.get(Action, i), "position", p)) is not None]


def renumber_proposal(ws: Workspace, plan_id: int) -> list[tuple[int, str | None, str]]:
    """A tidy numbering for the plan's rows, offered, never applied unasked:
    (id, number now, number proposed) for each row that would change.

    Rows are numbered within their priority (the top of their entry's tree),
    with its number as the prefix; a plan without priorities is numbered
    within each leading number ("2.1, 2.4" -> "2.1, 2.2"). Shared numbers and
    letters are kept (core.numbering.renumber)."""
    with ws.session() as s:
        if shape_of(s.scalar(select(Plan.kind).where(Plan.id == plan_id)) or "").rows_nest:
            return _outline_proposal(s, plan_id)
        entries = {e.id: (e.parent_id, e.number) for e in
                   s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan_id, PlanEntry.deleted_at.is_(None)))}
        rows = s.execute(select(Action.id, Action.number, Action.entry_id)
                         .where(Action.plan_id == plan_id, Action.deleted_at.is_(None))
                         .order_by(Action.position, Action.id)).all()
    groups: dict[tuple[Any, ...], list[tuple[int, str | None]]] = {}
    prefixes: dict[tuple[Any, ...], str | None] = {}
    for action_id, number, entry_id in rows:
        top = _top_entry(entry_id, entries)
        if top is not None:
            key: tuple[Any, ...] = ("entry", top)
            prefixes[key] = entries[top][1]
        else:
            head, dot, _ = (number or "").strip().rpartition(".")
            key = ("number", head if dot else None)
            prefixes[key] = head if dot else None
        groups.setdefault(key, []).append((action_id, number))
    proposal = []
    for key, members in groups.items():
        for (action_id, old), new in zip(members, renumber([n for _, n in members], prefixes[key])):
            if old != new:
                proposal.append((action_id, old, new))
    return proposal


def _outline_proposal(s: Session, plan_id: int) -> list[tuple[int, str | None, str]]:
    """A work plan's activities numbered by the outline: within their
    responsibility, nested ones under their parent's number (2, 2.1, 2.1.1)."""
    rows = s.execute(select(Action.id, Action.number, Action.parent_id, Action.entry_id)
                     .where(Action.plan_id == plan_id, Action.deleted_at.is_(None))
                     .order_by(Action.position, Action.id)).all()
    proposed = outline_numbers([(action_id, parent_id, entry_id) for action_id, _, parent_id, entry_id in rows])
    return [(action_id, old, proposed[action_id]) for action_id, old, _, _ in rows if old != proposed[action_id]]


def set_plan_headings(ws: Workspace, plan_id: int, headings: dict[str, str] | list[str] | None,
                      context: str | None = None) -> Change | None:
    """The plan's own column headings (field -> heading, or a list in column
    order as an import keeps them); None or empty goes back to the headings
    of docs/SAFEGUARDING_BOARDS.md, "Plans and their shapes"."""
    stored = json.dumps(headings, ensure_ascii=False, sort_keys=True) if headings else None
    with ws.transaction(context) as tx:
        return tx.update(tx.get(Plan, plan_id), "column_headings", stored)


def _top_entry(entry_id: int | None, entries: dict[int, tuple[int | None, str | None]]) -> int | None:
    seen: set[int] = set()
    while entry_id is not None and entry_id in entries and entry_id not in seen:
        seen.add(entry_id)
        parent = entries[entry_id][0]
        if parent is None or parent not in entries:
            return entry_id
        entry_id = parent
    return None


def _live_order(tx: Tx, plan_id: int | None) -> list[tuple[int, float]]:
    return [(i, p) for i, p in tx.session.execute(
        select(Action.id, Action.position).where(Action.plan_id == plan_id, Action.deleted_at.is_(None))
        .order_by(Action.position, Action.id))]


def _positions_beside(tx: Tx, plan_id: int | None, near_id: int | None, below: bool, count: int) -> list[float]:
    """``count`` positions in order just below (or above) ``near_id``."""
    if near_id is None:
        start = _next_position(tx, Action, Action.plan_id == plan_id)
        return [start + i for i in range(count)]
    near = tx.get(Action, near_id).position
    live = Action.plan_id == plan_id, Action.deleted_at.is_(None), Action.id != near_id
    if below:
        other = tx.session.execute(select(func.min(Action.position)).where(*live, Action.position >= near)).scalar()
        low, high = near, (other if other is not None else near + count + 1)
    else:
        other = tx.session.execute(select(func.max(Action.position)).where(*live, Action.position <= near)).scalar()
        low, high = (other if other is not None else near - count - 1), near
    if (high - low) / (count + 1) < _MIN_GAP:
        _space_out(tx, plan_id)
        return _positions_beside(tx, plan_id, near_id, below, count)
    step = (high - low) / (count + 1)
    return [low + step * (i + 1) for i in range(count)]


def _space_out(tx: Tx, plan_id: int | None) -> None:
    for number, (action_id, position) in enumerate(_live_order(tx, plan_id), start=1):
        if position != float(number):
            tx.update(tx.get(Action, action_id), "position", float(number))


def set_plan_withdrawn(ws: Workspace, plan_id: int, withdrawn: bool, stamp: str | None = None,
                         context: str = "withdraw plan") -> str | None:
    """Withdraw a whole plan (the undo of an import or of a new plan): soft-delete
    it with its entries and actions, or restore exactly the rows that the
    withdrawal removed (those carrying its ``stamp``). Returns the stamp used."""
    with ws.transaction(context) as tx:
        return withdraw_plan(tx, plan_id, withdrawn, stamp)


def withdraw_plan(tx: Tx, plan_id: int, withdrawn: bool, stamp: str | None = None) -> str | None:
    """``set_plan_withdrawn`` inside a transaction already open."""
    stamp = stamp or utc_now()
    old, new = (None, stamp) if withdrawn else (stamp, None)
    for model in (Action, PlanEntry, Plan):
        where = ((model.id if model is Plan else model.plan_id) == plan_id,
                 model.deleted_at.is_(None) if withdrawn else model.deleted_at == stamp)
        uuids = tx.session.execute(select(model.uuid).where(*where)).scalars().all()
        # One statement and one audit batch: an undo of 10,000 rows stays quick.
        tx.session.execute(update(model).where(*where).values(deleted_at=new))
        tx.audit.write(PendingEntry("update", model.__tablename__, uuid, "deleted_at", old, new)
                       for uuid in uuids)
    return stamp if withdrawn else None
