"""The one base of every undo step in the window (docs/ARCHITECTURE.md,
"Conventions": Undo). A step holds ids and old/new values and calls store
operations, one transaction per redo or undo; it never touches widgets, it
only says what to re-read.

One way to apply: ``push_applied`` applies a step once before it joins the
stack (a refusal is shown and nothing is pushed; a test keeps every push in
views/ going through it). Were a step pushed bare, the stack's first redo
would apply it the same way, and Qt drops it if refused. Redo after an undo
applies it again. A refusal during a later undo or redo means the record
moved on (a read-only workspace, minutes locked since): the step says so
and is dropped, rather than leave the stack out of step with the file.

One rule for merging repeated edits of one field: steps of one kind with
the same ``merge_key`` (e.g. (table, record id, field)), each made within
``MERGE_SECONDS`` of the one before, are one step that goes from the first
old value to the last new one.
"""

from __future__ import annotations

import time
from typing import Callable, Hashable

from PySide6.QtGui import QUndoCommand, QUndoStack

from safeguard_desktop.errors import UserError

# Saves of one field this close together are one undo step (as Anki does).
MERGE_SECONDS = 60.0
# Qt tries mergeWith only between steps of equal id(); the merge key decides.
MERGE_ID = 4100

Report = Callable[[str], None]


class UndoStep(QUndoCommand):
    """Subclasses write ``apply(first)`` and ``revert()`` and give a
    ``report`` for refusals; a step that merges gives ``merge_key`` and
    ``take_new``."""

    def __init__(self, text: str, report: Report) -> None:
        super().__init__(text)
        self._report = report
        self._applied_once = False
        self._in_file = False  # applied before push: the stack's first redo has nothing to do
        self.saved_at = time.monotonic()

    # -- what a step does --------------------------------------------------------
    def apply(self, first: bool) -> None:
        """Write the new values (``first``: the first time, as the user did it)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Write the old values back."""
        raise NotImplementedError

    def settled(self) -> None:
        """Called after every successful apply or revert (e.g. a refresh)."""

    # -- the stack's side ----------------------------------------------------------
    def apply_first(self) -> None:
        """Apply the step before it is pushed; a ``UserError`` passes through."""
        self.apply(True)
        self._applied_once = True
        self._in_file = True

    def redo(self) -> None:
        if self._in_file:
            self._in_file = False
            return
        first = not self._applied_once
        self._applied_once = True
        self.guarded(lambda: self.apply(first))

    def undo(self) -> None:
        self._in_file = False
        self.guarded(self.revert)

    def guarded(self, step: Callable[[], None]) -> bool:
        try:
            step()
        except UserError as exc:
            self._report(str(exc))
            self.setObsolete(True)
            return False
        self.settled()
        return True

    # -- merging repeated edits of one field -------------------------------------
    def merge_key(self) -> Hashable | None:
        """What this step edits, when repeating it should merge; else None."""
        return None

    def take_new(self, other: "UndoStep") -> None:
        """Keep this step's old values and take ``other``'s new ones."""
        raise NotImplementedError

    def id(self) -> int:
        return MERGE_ID if self.merge_key() is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if type(other) is not type(self):
            return False
        assert isinstance(other, UndoStep)
        key = self.merge_key()
        if key is None or other.merge_key() != key or other.saved_at - self.saved_at > MERGE_SECONDS:
            return False
        self.take_new(other)
        self.saved_at = other.saved_at  # the window runs from the latest save, so steady typing stays one step
        return True


def push_applied(stack: QUndoStack, step: UndoStep) -> bool:
    """Apply ``step`` now and push it already done; a refusal is reported
    and nothing is pushed. True when the step was applied."""
    try:
        step.apply_first()
    except UserError as exc:
        step._report(str(exc))
        return False
    stack.push(step)
    step.settled()
    return True
