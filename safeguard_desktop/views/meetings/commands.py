"""Undo for the meeting screens: each command holds ids and old/new values
and calls store operations (docs/ARCHITECTURE.md, "Conventions"); it never touches widgets itself,
only tells the screen what to re-read.

An edit is applied first, outside the stack, so that a refusal (locked
minutes, a read-only workspace) reaches the user as a message and leaves no
command behind; the command then joins the stack already done (views/undo.py,
the base of every undo step, and its one merge rule).
"""

from __future__ import annotations

from typing import Any, Callable, Hashable, Sequence

from PySide6.QtGui import QUndoCommand

from safeguard_desktop.store.ops import meeting_actions as acts
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.undo import UndoStep, push_applied

Op = Callable[[], Any]
Refresh = Callable[[], None]

SEAT_STEP_ID = 5002


class OpCommand(UndoStep):
    def __init__(self, context: AppContext, text: str, do: Op, undo: Op, refresh: Refresh) -> None:
        super().__init__(text, context.show_status)
        self._context = context
        self._do = do
        self._undo = undo
        self._refresh = refresh

    def apply(self, first: bool) -> None:
        self._do()

    def revert(self) -> None:
        self._undo()

    def guarded(self, step: Callable[[], None]) -> bool:
        done = super().guarded(step)
        if not done:
            self._refresh()  # the record moved on: show it as it is now
        return done

    def settled(self) -> None:
        self._refresh()


def run_edit(context: AppContext, text: str, do: Op, undo: Op, refresh: Refresh,
             command: type[OpCommand] = OpCommand, **extra: Any) -> bool:
    """Apply ``do`` now; on success push its undo step and refresh. A user
    error is shown in the status bar and nothing is pushed."""
    return push_applied(context.undo_stack, command(context, text, do, undo, refresh, **extra))


def run_create(context: AppContext, text: str, create: Callable[[], int | Sequence[int]],
               restore: Callable[[list[int]], Any], remove: Callable[[list[int]], Any],
               refresh: Refresh) -> list[int] | None:
    """Create records as one undo step. The first run creates them; redo
    restores the very same rows (same ids, UUIDs, history and links) rather
    than making new ones; undo removes them. Returns their ids (filled in
    on success), or None when the creation was refused."""
    created: list[int] = []

    def do() -> None:
        if created:
            restore(created)
            return
        made = create()
        created.extend([made] if isinstance(made, int) else made)

    if not run_edit(context, text, do, lambda: remove(created), refresh):
        return None
    return created


def run_review(context: AppContext, text: str, action_id: int, *, meeting_id: int | None, status: str | None,
               progress: str | None, refresh: Refresh) -> bool:
    """Review an action (at a meeting, or at none) as one undo step. Undo
    writes back the state the review replaced, exactly; redo reviews again
    and keeps what it replaced this time."""
    ws = context.workspace
    before: list[acts.ActionState] = []

    def review() -> None:
        before[:] = [acts.review_action(ws, action_id, meeting_id=meeting_id, status=status, progress=progress)]

    return run_edit(context, text, review, lambda: acts.restore_action_state(ws, action_id, before[0]), refresh)


class MinuteTextCommand(OpCommand):
    """Typing into one part of one item's minutes. Consecutive saves of the
    same part merge, so undo takes back a burst of typing, not one letter."""

    def __init__(self, context: AppContext, text: str, do: Op, undo: Op, refresh: Refresh, *,
                 key: tuple[int, str], write: Callable[[str | None], Any], old: str | None,
                 new: str | None) -> None:
        super().__init__(context, text, do, undo, refresh)
        self.key = key
        self.old = old
        self.new = new
        self._write = write

    def merge_key(self) -> Hashable | None:
        return ("minutes", *self.key)

    def take_new(self, other: UndoStep) -> None:
        assert isinstance(other, MinuteTextCommand)
        self.new = other.new
        old = self.old
        self._do = lambda: self._write(self.new)
        self._undo = lambda: self._write(old)


class SeatStepCommand(OpCommand):
    """A mark on one seat that the next answer may finish: D and then the
    deputy's name are one undo step ("Deputy for Chief constable: J Okafor"),
    so one Ctrl+Z takes the seat back to what it was before D."""

    def __init__(self, context: AppContext, text: str, do: Op, undo: Op, refresh: Refresh, *,
                 seat: tuple[int, int], opens: bool) -> None:
        super().__init__(context, text, do, undo, refresh)
        self.seat = seat  # (meeting id, seat id)
        self.open = opens  # waiting for its answer

    def id(self) -> int:
        return SEAT_STEP_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, SeatStepCommand) and self.open and other.seat == self.seat):
            return False
        self._do = other._do
        self.setText(other.text())
        self.open = other.open
        return True
