"""What the grid's undo commands tell the screens after they write.

Commands outlive the widgets that made them (undo still works after the plan
is closed and opened again), so they hold no widget: they announce what they
changed here, and whichever grid, history panel or status line is showing
that plan re-reads it. One hub per undo stack, kept as the stack's child.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

_NAME = "action-grid-events"


class CellKeys(list[tuple[int, str]]):
    """The (action id, field) pairs ``cells_changed`` names, with the values
    the command wrote (``written``) when it knows them: a grid showing those
    rows takes them instead of reading the rows again after every save."""

    def __init__(self, keys: Iterable[tuple[int, str]], written: Mapping[tuple[int, str], Any] | None = None) -> None:
        super().__init__(keys)
        self.written: dict[tuple[int, str], Any] = dict(written or {})


class GridEvents(QObject):
    # [(action id, field)] whose stored value changed (a list, or CellKeys
    # with the values written); the rows stay where they are in a sorted or
    # filtered grid, as in a spreadsheet.
    cells_changed = Signal(object)
    # A plan's rows came, went or moved: (plan id, ids to select afterwards).
    rows_changed = Signal(int, object)
    # A plan's own settings (its column headings) changed: the plan id.
    plan_changed = Signal(int)
    # A plan's outline changed: (plan id, the node to show: ("entry"|"row", id) or None).
    structure_changed = Signal(int, object)
    # An undo or redo touched these cells: (action ids, fields) to show the user.
    focus = Signal(object, object)
    # A write was refused (read-only, locked): the message for the user.
    failed = Signal(str)


def grid_events(stack: QUndoStack) -> GridEvents:
    found = stack.findChild(GridEvents, _NAME)
    if found is None:
        found = GridEvents(stack)
        found.setObjectName(_NAME)
    return found
