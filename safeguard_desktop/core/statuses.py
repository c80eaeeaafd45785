"""An action's status: the four values stored, the words shown for them,
and which of them still need chasing. One home, so the grid, the action log,
imports and every export say and count the same."""

from __future__ import annotations

from typing import Final

OPEN: Final = "open"
COMPLETED: Final = "completed"
CARRIED_FORWARD: Final = "carried_forward"
CLOSED_BY_BOARD: Final = "closed_by_board"

# In the order the grid and the review panel offer them.
STATUS_LABELS: Final = {
    OPEN: "Open",
    COMPLETED: "Completed",
    CARRIED_FORWARD: "Carried forward",
    CLOSED_BY_BOARD: "Closed by the board",
}
ACTION_STATUSES: Final = tuple(STATUS_LABELS)
# Carried forward is still outstanding: it is chased at the next meeting.
OPEN_STATUSES: Final = (OPEN, CARRIED_FORWARD)


def status_label(code: str | None) -> str:
    if not code:
        return ""
    return STATUS_LABELS.get(code, code.replace("_", " ").capitalize())
