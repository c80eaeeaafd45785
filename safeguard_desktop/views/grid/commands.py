"""Undo for the action-plan grid: each command holds ids and old/new values
(read from the workspace when it is made) and calls one store operation per
redo or undo, so each step is one transaction with its audit rows. Commands
never touch widgets: they announce what changed on ``GridEvents``.

A command's first redo happens as it is pushed; when the store refuses (a
read-only workspace) it marks itself obsolete and the stack drops it
(views/undo.py, the base of every undo step, and its one merge rule).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Hashable, Sequence

from safeguard_desktop.store.ops import plans as ops
from safeguard_desktop.store.queries.actions import action_rows
from safeguard_desktop.store.transaction import Change
from safeguard_desktop.store.workspace import Workspace
from safeguard_desktop.views.grid.events import CellKeys, GridEvents
from safeguard_desktop.views.i18n import counted, translate
from safeguard_desktop.views.undo import UndoStep


@dataclass(frozen=True)
class CellEdit:
    action_id: int
    field: str
    old: Any
    new: Any


def dated(changes: Sequence[Change], edits: Sequence[CellEdit], skip: Sequence[int] = ()) -> list[CellEdit]:
    """The ``last_updated`` dates the store moved as a consequence of the
    edits (a progress or RAG change dates the action today), as edits an
    undo can take back. Dates the user typed themselves are edits already;
    rows in ``skip`` come and go whole."""
    typed = {(e.action_id, e.field) for e in edits}
    return [CellEdit(c.record_id, c.field, c.old, c.new) for c in changes
            if c.table == "actions" and c.field == "last_updated" and (c.record_id, c.field) not in typed
            and c.record_id not in skip]


def _merged(mine: Sequence[CellEdit], theirs: Sequence[CellEdit]) -> list[CellEdit]:
    """Two steps' edits as one: each cell from its first old value to its last new one."""
    cells: dict[tuple[int, str], CellEdit] = {(e.action_id, e.field): e for e in mine}
    for edit in theirs:
        first = cells.get((edit.action_id, edit.field), edit)
        cells[(edit.action_id, edit.field)] = CellEdit(edit.action_id, edit.field, first.old, edit.new)
    return list(cells.values())


def cell_edits(ws: Workspace, cells: Sequence[tuple[int, str, Any]]) -> list[CellEdit]:
    """Edits with the values the cells hold now; cells already holding the
    new value are left out (nothing to write, nothing to undo)."""
    rows = action_rows(ws, sorted({action_id for action_id, _, _ in cells}))
    edits = []
    for action_id, field, new in cells:
        old = getattr(rows[action_id], field)
        if old != new:
            edits.append(CellEdit(action_id, field, old, new))
    return edits


class GridCommand(UndoStep):
    def __init__(self, ws: Workspace, events: GridEvents, plan_id: int, text: str) -> None:
        super().__init__(text, events.failed.emit)
        self.ws = ws
        self.events = events
        self.plan_id = plan_id

    def apply(self, first: bool) -> None:
        self.do(first, self.text() if first else f"Redo: {self.text()}")

    def revert(self) -> None:
        self.undo_(f"Undo: {self.text()}")

    def do(self, first: bool, context: str) -> None:
        raise NotImplementedError

    def undo_(self, context: str) -> None:
        raise NotImplementedError

    def _cells_changed(self, changes: Sequence[Change], edits: Sequence[CellEdit] = (), focus: bool = False) -> None:
        written = {(c.record_id, c.field): c.new for c in changes if c.table == "actions" and c.field}
        keys = set(written) | {(e.action_id, e.field) for e in edits}
        self.events.cells_changed.emit(CellKeys(sorted(keys), written))
        if focus and edits:
            self.events.focus.emit([e.action_id for e in edits], sorted({e.field for e in edits}))


class SetCells(GridCommand):
    """Typed, cleared or rated cells (and a renumbering): one transaction.
    The first redo records the dates the store moved (``dated``); undo puts
    them back with the cells, and redo writes them again, both as replays
    (the history says "undone" / "redone", and nothing is dated today)."""

    def __init__(self, ws: Workspace, events: GridEvents, plan_id: int, edits: Sequence[CellEdit], text: str) -> None:
        super().__init__(ws, events, plan_id, text)
        self.edits = list(edits)
        self.dates: list[CellEdit] = []

    def do(self, first: bool, context: str) -> None:
        if first:
            changes = ops.set_action_fields(self.ws, [(e.action_id, e.field, e.new) for e in self.edits],
                                            context=context)
            self.dates = dated(changes, self.edits)
        else:
            changes = ops.set_action_fields(self.ws, [(e.action_id, e.field, e.new) for e in self.edits + self.dates],
                                            context=context, replay="redo")
        self._cells_changed(changes, self.edits, focus=not first)

    def undo_(self, context: str) -> None:
        changes = ops.set_action_fields(self.ws, [(e.action_id, e.field, e.old)
                                                  for e in reversed(self.edits + self.dates)],
                                        context=context, replay="undo")
        self._cells_changed(changes, self.edits, focus=True)

    def merge_key(self) -> Hashable | None:
        return ("actions", self.edits[0].action_id, self.edits[0].field) if len(self.edits) == 1 else None

    def take_new(self, other: UndoStep) -> None:
        assert isinstance(other, SetCells)
        mine, theirs = self.edits[0], other.edits[0]
        self.edits = [CellEdit(mine.action_id, mine.field, mine.old, theirs.new)]
        self.dates = _merged(self.dates, other.dates)
        if mine.old == theirs.new:
            # Typed back to what it was (or Esc after saves while typing):
            # the action's date goes back too, and nothing is left to undo.
            self.guarded(self._undate)
            self.setObsolete(True)

    def _undate(self) -> None:
        if self.dates:
            changes = ops.set_action_fields(self.ws, [(d.action_id, d.field, d.old) for d in self.dates],
                                            context=f"Undo: {self.text()}", replay="undo")
            self.dates = []
            self._cells_changed(changes)


class TypedCells(SetCells):
    """Cells typed or cleared in the grid. The old values are the ones the
    first write replaced, read in its own transaction, rather than read
    beforehand: that second read was a fifth of a typed cell's save. A cell
    that already held what was typed writes nothing, and the step is then
    obsolete, so the stack drops it."""

    def __init__(self, ws: Workspace, events: GridEvents, plan_id: int, cells: Sequence[tuple[int, str, Any]],
                 text: str) -> None:
        super().__init__(ws, events, plan_id, [CellEdit(action_id, field, None, new) for action_id, field, new in cells],
                         text)

    def do(self, first: bool, context: str) -> None:
        if not first:
            super().do(first, context)
            return
        changes = ops.set_action_fields(self.ws, [(e.action_id, e.field, e.new) for e in self.edits], context=context)
        typed = {(e.action_id, e.field) for e in self.edits}
        self.edits = [CellEdit(c.record_id, c.field, c.old, c.new) for c in changes
                      if c.table == "actions" and (c.record_id, c.field) in typed]
        self.dates = dated(changes, self.edits)
        if not self.edits:
            self.setObsolete(True)
        self._cells_changed(changes, self.edits)


class Renumber(SetCells):
    """The renumbering the user accepted: every changed "No." in one step."""

    def merge_key(self) -> Hashable | None:
        return None


class Paste(GridCommand):
    """A pasted range as one step: cells of existing rows, and new rows at
    the end for the part of the block that ran past the last row."""

    def __init__(self, ws: Workspace, events: GridEvents, plan_id: int, edits: Sequence[CellEdit],
                 new_rows: Sequence[dict[str, Any]], after_id: int | None, text: str) -> None:
        super().__init__(ws, events, plan_id, text)
        self.edits = list(edits)
        self.new_rows = [dict(row) for row in new_rows]
        self.after_id = after_id
        self.new_ids: list[int] = []
        self.dates: list[CellEdit] = []  # as SetCells: the dates the store moved

    def do(self, first: bool, context: str) -> None:
        if first:
            cells = [(e.action_id, e.field, e.new) for e in self.edits]
            changes, self.new_ids = ops.paste_actions(self.ws, self.plan_id, cells, self.new_rows,
                                                      after_id=self.after_id, context=context)
            self.dates = dated(changes, self.edits, skip=self.new_ids)
        else:
            changes = ops.edit_actions(self.ws, cells=[(e.action_id, e.field, e.new) for e in self.edits + self.dates],
                                       restore=self.new_ids, context=context, replay="redo")
        self._after(changes, not first)

    def undo_(self, context: str) -> None:
        changes = ops.edit_actions(self.ws, cells=[(e.action_id, e.field, e.old)
                                                   for e in reversed(self.edits + self.dates)],
                                   delete=self.new_ids, context=context, replay="undo")
        self._after(changes, True)

    def _after(self, changes: Sequence[Change], focus: bool) -> None:
        if self.new_ids:
            self.events.rows_changed.emit(self.plan_id, [e.action_id for e in self.edits[:1]] + self.new_ids)
        self._cells_changed(changes, self.edits, focus=focus)


class _RowsCommand(GridCommand):
    """Rows made by the first redo; later redos restore the same rows (same
    ids), and undo soft-deletes them."""

    def __init__(self, ws: Workspace, events: GridEvents, plan_id: int, text: str, undo_focus: Sequence[int]) -> None:
        super().__init__(ws, events, plan_id, text)
        self.ids: list[int] = []
        self._undo_focus = list(undo_focus)

    def create(self, context: str) -> list[int]:
        raise NotImplementedError

    def do(self, first: bool, context: str) -> None:
        if first:
            self.ids = self.create(context)
        else:
            ops.restore_actions(self.ws, self.ids, context=context)
        self.events.rows_changed.emit(self.plan_id, self.ids)

    def undo_(self, context: str) -> None:
        ops.delete_actions(self.ws, self.ids, context=context)
        self.events.rows_changed.emit(self.plan_id, self._undo_focus)


class InsertRows(_RowsCommand):
    def __init__(self, ws: Workspace, events: GridEvents, plan_id: int, count: int, near_id: int | None,
                 below: bool, entry_id: int | None = None) -> None:
        text = translate("InsertRows", "Add a row") if near_id is None else counted(
            translate("InsertRows", "Insert %n row(s) below", None, count) if below
            else translate("InsertRows", "Insert %n row(s) above", None, count), count)
        super().__init__(ws, events, plan_id, text, [near_id] if near_id is not None else [])
        self.count, self.near_id, self.below, self.entry_id = count, near_id, below, entry_id

    def create(self, context: str) -> list[int]:
        return ops.insert_actions(self.ws, self.plan_id, self.count, near_id=self.near_id, below=self.below,
                                  entry_id=self.entry_id, context=context)


class DuplicateRows(_RowsCommand):
    def __init__(self, ws: Workspace, events: GridEvents, plan_id: int, ids: Sequence[int]) -> None:
        super().__init__(ws, events, plan_id, translate("DuplicateRows", "Duplicate {rows}").format(rows=_rows(len(ids))), ids)
        self.originals = list(ids)

    def create(self, context: str) -> list[int]:
        return ops.duplicate_actions(self.ws, self.originals, context=context)


class DeleteRows(GridCommand):
    def __init__(
        self, ws: Workspace, events: GridEvents, plan_id: int, ids: Sequence[int], focus_after: int | None
    ) -> None:
        super().__init__(ws, events, plan_id, translate("DeleteRows", "Delete {rows}").format(rows=_rows(len(ids))))
        self.ids = list(ids)
        self._focus_after = [focus_after] if focus_after is not None else []

    def do(self, first: bool, context: str) -> None:
        ops.delete_actions(self.ws, self.ids, context=context)
        self.events.rows_changed.emit(self.plan_id, self._focus_after)

    def undo_(self, context: str) -> None:
        ops.restore_actions(self.ws, self.ids, context=context)
        self.events.rows_changed.emit(self.plan_id, self.ids)


class MoveRows(GridCommand):
    def __init__(self, ws: Workspace, events: GridEvents, plan_id: int, ids: Sequence[int], step: int) -> None:
        super().__init__(
            ws,
            events,
            plan_id,
            (
                translate("MoveRows", "Move {rows} up") if step < 0 else translate("MoveRows", "Move {rows} down")
            ).format(rows=_rows(len(ids))),
        )
        self.ids = list(ids)
        self.step = step
        self.before: dict[int, float] = {}
        self.after: dict[int, float] = {}

    def do(self, first: bool, context: str) -> None:
        if first:
            changes = ops.move_actions(self.ws, self.ids, self.step, context=context)
            self.before = {c.record_id: c.old for c in changes}
            self.after = {c.record_id: c.new for c in changes}
            if not changes:
                self.setObsolete(True)  # already at the top or bottom
        else:
            ops.set_action_positions(self.ws, self.after, context=context)
        self.events.rows_changed.emit(self.plan_id, self.ids)

    def undo_(self, context: str) -> None:
        ops.set_action_positions(self.ws, self.before, context=context)
        self.events.rows_changed.emit(self.plan_id, self.ids)


class SetHeadings(GridCommand):
    """The plan's own words for its column headings."""

    def __init__(
        self, ws: Workspace, events: GridEvents, plan_id: int, old: str | None, new: dict[str, str] | None, text: str
    ) -> None:
        super().__init__(ws, events, plan_id, text)
        self.old = json.loads(old) if old else None
        self.new = new

    def do(self, first: bool, context: str) -> None:
        ops.set_plan_headings(self.ws, self.plan_id, self.new, context=context)
        self.events.plan_changed.emit(self.plan_id)

    def undo_(self, context: str) -> None:
        ops.set_plan_headings(self.ws, self.plan_id, self.old, context=context)
        self.events.plan_changed.emit(self.plan_id)


def _rows(count: int) -> str:
    return counted(translate("GridCommand", "%n row(s)", None, count), count)
