"""A plan's structure, edited: entries (priorities, outcomes, duties,
responsibilities, the evidence framework, footnotes) and a work plan's
activities (action rows nested by ``actions.parent_id``) added, renamed,
moved, indented, outdented and deleted with what hangs on them.

Each operation is one audited transaction that returns every ``Change`` it
made, so an undo writes back exactly the old values (``revert``) and a redo
the new ones (``replay``). Positions are plan-wide and follow the outline:
entries in pre-order (a parent, then its children), and the action rows
under the entries in the same order, each activity before the activities
nested under it, so the grid and the papers read the plan as written.

Numbers are the board's own: moving or re-levelling never renumbers. Only a
new entry or activity gets a number, suggested from its neighbours.
"""

from __future__ import annotations

from typing import Any, Sequence

from sqlalchemy import select

from safeguard_desktop.core.plan_shapes import NOTE, level_word
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import Action, Plan, PlanEntry, utc_now
from safeguard_desktop.store.ops.outline_layout import Outline, Row, entry_name, suggest_number
from safeguard_desktop.store.transaction import Change, Tx
from safeguard_desktop.store.workspace import Workspace

_MODELS: dict[str, type[Any]] = {"plan_entries": PlanEntry, "actions": Action, "plans": Plan}
# Fields an entry's rename may set.
RENAMEABLE = frozenset({"title", "number", "reference", "body"})


# -- undo and redo of any structure step ---------------------------------------

def revert(ws: Workspace, changes: Sequence[Change], context: str | None = None) -> list[Change]:
    """Write back the old value of every change, last first; a record the
    step created is soft-deleted again."""
    return _write_back(ws, list(reversed(changes)), context, undo=True)


def replay(ws: Workspace, changes: Sequence[Change], context: str | None = None) -> list[Change]:
    """Make the changes again, in order; a record the step created comes back
    whole (same id, same UUID)."""
    return _write_back(ws, changes, context, undo=False)


def _write_back(ws: Workspace, changes: Sequence[Change], context: str | None, *, undo: bool) -> list[Change]:
    """Each field to the value it had before the step (undo) or after it
    (redo), in one batch per table and field; a record the step created is
    soft-deleted again or restored."""
    targets: dict[tuple[str, int, str], Any] = {}
    for change in reversed(changes) if undo else changes:  # the last one set wins
        if change.field is not None:
            targets[(change.table, change.record_id, change.field)] = change.old if undo else change.new
    with ws.transaction(context) as tx:
        for table in sorted({t for t, _, _ in targets}):
            model = _MODELS[table]
            wanted = {(i, f): v for (t, i, f), v in targets.items() if t == table}
            now = _stored(tx, model, sorted({i for i, _ in wanted}), sorted({f for _, f in wanted}))
            tx.update_rows(model, [(i, now[i]["uuid"], f, now[i][f], v) for (i, f), v in wanted.items()])
        for change in changes:
            if change.field is None:
                record = tx.get(_MODELS[change.table], change.record_id)
                tx.soft_delete(record) if undo else tx.restore(record)
        return tx.changes


def _stored(tx: Tx, model: type[Any], ids: Sequence[int], fields: Sequence[str]) -> dict[int, dict[str, Any]]:
    """The fields as stored now, by id: the old values the audit records."""
    table = model.__table__
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        rows = tx.session.execute(select(table.c.id, table.c.uuid, *(table.c[f] for f in fields))
                                  .where(table.c.id.in_(ids[start:start + 500])))
        found.update({row.id: dict(row._mapping) for row in rows})
    return found


def _write(ws: Workspace, plan_id: int, context: str | None, step: Any) -> list[Change]:
    with ws.transaction(context) as tx:
        outline = Outline(tx, plan_id)
        step(outline)
        outline.write()
        return tx.changes


def _plan_of(ws: Workspace, model: type[Any], record_id: int) -> int:
    with ws.session() as s:
        plan_id = s.scalar(select(model.plan_id).where(model.id == record_id))
    if plan_id is None:
        raise UserError("That entry is no longer in the plan.")
    return int(plan_id)


# -- entries ----------------------------------------------------------------------

def insert_entry(ws: Workspace, plan_id: int, *, parent_id: int | None = None, after_id: int | None = None,
                 kind: str | None = None, title: str = "", number: str | None = None,
                 reference: str | None = None, context: str | None = None) -> tuple[int, list[Change]]:
    """A new entry just after ``after_id`` (its sibling), or else as the last
    child of ``parent_id`` (None: the top). Its kind is the level it sits at
    (a sibling's kind, beside the outline too); its number is suggested."""
    made: list[int] = []

    def step(o: Outline) -> None:
        parent = o.entry_tree.parent[after_id] if after_id is not None else parent_id
        if after_id is not None:
            o.entry(after_id)
        if parent is not None:
            o.entry(parent)
        siblings = o.entry_tree.children.get(parent, [])
        parent_kind = o.entries[parent].kind if parent is not None else None
        chosen = kind or (o.entries[after_id].kind if after_id is not None else o.shape.child_kind(parent_kind))
        if chosen is None:
            raise UserError(f"Nothing goes under a {level_word(parent_kind or '').lower()} "
                            f"but {(o.shape.row_word or 'row').lower()}s.")
        kin = [o.entries[s].number for s in siblings if o.entries[s].kind == chosen]
        after_number = o.entries[after_id].number if after_id is not None else None
        if number is not None:
            suggested: str | None = number
        elif o.shape.level_of(chosen) is None and not after_number and not any(kin):
            suggested = None  # an evidence framework or a footnote is numbered only if the plan numbers them
        else:
            suggested = suggest_number(o.entries[parent].number if parent is not None else None, kin, after_number)
        last = max((e.position for e in o.entries.values()), default=0.0)
        entry = o.tx.insert(PlanEntry, plan_id=plan_id, parent_id=parent, kind=chosen, number=suggested,
                            title=title, reference=reference, position=last + 1.0)
        o.entries[entry.id] = entry
        index = siblings.index(after_id) + 1 if after_id is not None else None
        o.entry_tree.add(entry.id, parent, index)
        made.append(entry.id)

    changes = _write(ws, plan_id, context, step)
    return made[0], changes


def rename_entry(ws: Workspace, entry_id: int, context: str | None = None, **values: str | None) -> list[Change]:
    """Set an entry's title, number, reference or further text (as typed:
    blanks are None, except the title, which is kept as text)."""
    unknown = set(values) - RENAMEABLE
    if unknown:
        raise KeyError(f"an entry is renamed by {sorted(RENAMEABLE)}, not {sorted(unknown)}")
    with ws.transaction(context) as tx:
        entry = tx.get(PlanEntry, entry_id)
        for name, value in values.items():
            text = (value or "").strip()
            tx.update(entry, name, text if name == "title" else text or None)
        return tx.changes


def move_entry(ws: Workspace, entry_id: int, step: int, context: str | None = None) -> list[Change]:
    """Up (-1) or down (+1) among its siblings, with everything under it;
    no change at either end."""
    return _write(ws, _plan_of(ws, PlanEntry, entry_id), context,
                  lambda o: o.entry_tree.move(o.entry(entry_id).id, step))


def indent_entry(ws: Workspace, entry_id: int, context: str | None = None) -> list[Change]:
    """Under the sibling above it, as that one's last child (a priority
    becomes an outcome of the priority above), with everything under it."""
    def step(o: Outline) -> None:
        entry = o.entry(entry_id)
        _refuse_side(entry, o, "in")
        siblings = o.entry_tree.siblings(entry_id)
        index = siblings.index(entry_id)
        above = next((s for s in reversed(siblings[:index]) if o.is_level(o.entries[s])), None)
        if above is None:
            raise UserError(f"“{entry_name(entry)}” has nothing above it at its level to go under.")
        o.entry_tree.detach(entry_id)
        o.entry_tree.add(entry_id, above)
        o.relevel(entry_id)

    return _write(ws, _plan_of(ws, PlanEntry, entry_id), context, step)


def outdent_entry(ws: Workspace, entry_id: int, context: str | None = None) -> list[Change]:
    """One level out, just after the entry it was under (an outcome becomes
    the priority after its priority); its later siblings stay where they were."""
    def step(o: Outline) -> None:
        entry = o.entry(entry_id)
        _refuse_side(entry, o, "out")
        parent = o.entry_tree.parent[entry_id]
        if parent is None:
            raise UserError(f"“{entry_name(entry)}” is already at the top level.")
        grandparent = o.entry_tree.parent[parent]
        o.entry_tree.detach(entry_id)
        o.entry_tree.add(entry_id, grandparent, o.entry_tree.children[grandparent].index(parent) + 1)
        o.relevel(entry_id)

    return _write(ws, _plan_of(ws, PlanEntry, entry_id), context, step)


def delete_entry(ws: Workspace, entry_id: int, context: str | None = None) -> list[Change]:
    """Soft-delete the entry, the entries under it and every row hanging on
    them, with one time stamp; ``revert`` brings back exactly those."""
    def step(o: Outline) -> None:
        o.entry(entry_id)
        stamp = utc_now()
        doomed = o.entry_tree.subtree(entry_id)
        for gone in doomed:
            for action_id in o.action_tree.walk(("entry", gone)):
                o.actions.pop(action_id)
                o.tx.update(o.tx.get(Action, action_id), "deleted_at", stamp)
            o.action_tree.children.pop(("entry", gone), None)
        o.entry_tree.detach(entry_id)
        for gone in doomed:
            o.tx.update(o.entries.pop(gone), "deleted_at", stamp)

    return _write(ws, _plan_of(ws, PlanEntry, entry_id), context, step)


def _refuse_side(entry: PlanEntry, o: Outline, way: str) -> None:
    if not o.is_level(entry) and entry.kind in {NOTE.kind, *(s.kind for s in o.shape.side_levels)}:
        raise UserError(f"{level_word(entry.kind)} entries stay at their level: move them up or down instead "
                        f"of {way}.")


# -- rows: actions under an entry, and a work plan's nested activities ----------

def insert_row(ws: Workspace, plan_id: int, *, entry_id: int | None = None, parent_row_id: int | None = None,
               after_id: int | None = None, want: str | None = None, number: str | None = None,
               context: str | None = None) -> tuple[int, list[Change]]:
    """A new row just after ``after_id`` (its sibling), or else as the last
    row under ``parent_row_id`` (a nested activity) or under ``entry_id``.
    Its number follows the outline: the sibling's next, or the parent's .1."""
    made: list[int] = []

    def step(o: Outline) -> None:
        if after_id is not None:
            key = o.action_tree.parent[o.action(after_id).id]
        elif parent_row_id is not None:
            key = o.action(parent_row_id).id
        else:
            key = ("entry", o.entry(entry_id).id if entry_id is not None else None)
        if not o.shape.rows_nest and not isinstance(key, tuple):
            raise UserError(f"Rows of a {o.shape.label.lower()} do not nest.")
        siblings = o.action_tree.children.get(key, [])
        if isinstance(key, tuple):
            parent_number = o.entries[key[1]].number if key[1] is not None else None
        else:
            parent_number = o.actions[key].number
        suggested = number if number is not None else suggest_number(
            parent_number, [o.actions[s].number for s in siblings],
            o.actions[after_id].number if after_id is not None else None)
        last = max((a.position for a in o.actions.values()), default=0.0)
        row = o.tx.insert(Action, plan_id=plan_id, entry_id=None, parent_id=None, number=suggested, want=want,
                          position=last + 1.0)
        o.actions[row.id] = Row(row.id, row.uuid, None, None, row.position, suggested)
        o.action_tree.add(row.id, key, siblings.index(after_id) + 1 if after_id is not None else None)
        made.append(row.id)

    changes = _write(ws, plan_id, context, step)
    return made[0], changes


def move_row(ws: Workspace, action_id: int, step: int, context: str | None = None) -> list[Change]:
    """Up or down among the rows at its level under the same entry, with
    the rows nested under it."""
    return _write(ws, _plan_of(ws, Action, action_id), context,
                  lambda o: o.action_tree.move(o.action(action_id).id, step))


def indent_row(ws: Workspace, action_id: int, context: str | None = None) -> list[Change]:
    """The row above it at its level becomes its parent (a work plan's
    activity becomes a sub-activity)."""
    def step(o: Outline) -> None:
        row = o.action(action_id)
        if not o.shape.rows_nest:
            raise UserError(f"Rows of a {o.shape.label.lower()} do not nest.")
        siblings = o.action_tree.siblings(action_id)
        index = siblings.index(action_id)
        if index == 0:
            raise UserError(f"Row {row.number or ''} has no row above it at its level to go under.".replace("  ", " "))
        o.action_tree.detach(action_id)
        o.action_tree.add(action_id, siblings[index - 1])

    return _write(ws, _plan_of(ws, Action, action_id), context, step)


def outdent_row(ws: Workspace, action_id: int, context: str | None = None) -> list[Change]:
    """Up a level, just after the row it was nested under."""
    def step(o: Outline) -> None:
        row = o.action(action_id)
        parent = o.action_tree.parent[action_id]
        if isinstance(parent, tuple):
            raise UserError(f"Row {row.number or ''} is already at the top of its entry.".replace("  ", " "))
        grandparent = o.action_tree.parent[parent]
        o.action_tree.detach(action_id)
        o.action_tree.add(action_id, grandparent, o.action_tree.children[grandparent].index(parent) + 1)

    return _write(ws, _plan_of(ws, Action, action_id), context, step)


def delete_row(ws: Workspace, action_id: int, context: str | None = None) -> list[Change]:
    """Soft-delete a row with the rows nested under it, with one time stamp."""
    def step(o: Outline) -> None:
        stamp = utc_now()
        doomed = o.action_tree.subtree(o.action(action_id).id)
        o.action_tree.detach(action_id)
        for gone in doomed:
            o.actions.pop(gone)
            o.tx.update(o.tx.get(Action, gone), "deleted_at", stamp)

    return _write(ws, _plan_of(ws, Action, action_id), context, step)
