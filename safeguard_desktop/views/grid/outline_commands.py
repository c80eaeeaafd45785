"""Undo for the outline editor: each structure step (add, rename, move,
indent, outdent, delete) is one command whose first redo runs one store
operation and keeps the changes it made; undo reverts exactly those and redo
replays them, each one audited transaction. Commands hold no widget: they
announce the plan's new outline (and the rows it moved) on ``GridEvents``."""

from __future__ import annotations

from typing import Callable, Sequence

from safeguard_desktop.store.ops import plan_structure as ops
from safeguard_desktop.store.transaction import Change
from safeguard_desktop.store.workspace import Workspace
from safeguard_desktop.views.grid.commands import GridCommand
from safeguard_desktop.views.grid.events import GridEvents

# ("entry", id) or ("row", id): a line of the outline.
Node = tuple[str, int]


class StructureStep(GridCommand):
    def __init__(self, ws: Workspace, events: GridEvents, plan_id: int, text: str,
                 step: Callable[[str], tuple[Node | None, Sequence[Change]]], undo_node: Node | None) -> None:
        super().__init__(ws, events, plan_id, text)
        self._step = step
        self._undo_node = undo_node
        self.node: Node | None = None
        self.changes: list[Change] = []

    def do(self, first: bool, context: str) -> None:
        if first:
            self.node, changes = self._step(context)
            self.changes = list(changes)
            if not self.changes:
                self.setObsolete(True)  # at the end already, or renamed to the same words
                return
        else:
            ops.replay(self.ws, self.changes, context)
        self._announce(self.node)

    def undo_(self, context: str) -> None:
        ops.revert(self.ws, self.changes, context)
        self._announce(self._undo_node)

    def _announce(self, node: Node | None) -> None:
        self.events.rows_changed.emit(self.plan_id, [node[1]] if node and node[0] == "row" else [])
        self.events.structure_changed.emit(self.plan_id, node)
