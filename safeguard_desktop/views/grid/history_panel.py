"""The side panel with the selected action's history: every progress
update, RAG change, status change and due-date change, who made it and when,
newest first. Boards use it to evidence challenge and progress.

An undo is not a fresh change: its entry says, dated, that the change was
taken back and what the value went back to; a redo says it was made again."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from safeguard_desktop.core.rag import RAG_COLOURS, rag_label
from safeguard_desktop.store.queries.action_log import HistoryRow, action_history
from safeguard_desktop.store.queries.plan_outline import carried_from
from safeguard_desktop.store.workspace import Workspace
from safeguard_desktop.views.labels import ACTION_STATUSES

KINDS = {"progress": "Progress review", "rag": "RAG rating", "status": "Status", "due": "Target date"}


def local_time(at: str) -> str:
    """Stored UTC text as the user's local date and time."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%d %b %Y %H:%M")
    except ValueError:
        return at


def value_text(kind: str, value: str | None) -> str:
    if value is None:
        return "(empty)"
    if kind == "rag" and value in RAG_COLOURS:
        return rag_label(value)
    if kind == "status":
        return ACTION_STATUSES.get(value, value)
    return value


def describe(row: HistoryRow) -> str:
    """Two lines for a narrow panel: when and who, then what changed."""
    meeting = f" · at {row.meeting}" if row.meeting else ""
    what = KINDS.get(row.kind, row.kind)
    old, new = value_text(row.kind, row.old_value), value_text(row.kind, row.new_value)
    if row.note == "undone":
        change = f"Undone: {what} back to {new} (the change to {old} was taken back)"
    elif row.note == "redone":
        change = f"Redone: {what}: {old} → {new}"
    else:
        change = f"{what}: {old} → {new}" + (f" ({row.note})" if row.note else "")
    return f"{local_time(row.at)} · {row.by}{meeting}\n{change}"


class HistoryPanel(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.action_id: int | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.entries = QListWidget()
        self.entries.setWordWrap(True)
        self.entries.setAlternatingRowColors(True)
        self.entries.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.entries, 1)
        self.show_action(None)

    def show_action(self, action_id: int | None, label: str = "") -> None:
        self.action_id = action_id
        self._label = label
        rows = action_history(self.workspace, action_id) if action_id is not None else []
        self.entries.clear()
        self.entries.addItems([describe(row) for row in rows])
        self._add_last_year(action_id)
        if action_id is None:
            self.heading.setText("<b>History</b><br>Choose an action to see its updates.")
        elif not rows:
            self.heading.setText(f"<b>History of {label}</b><br>No progress, RAG or status changes yet.")
        else:
            self.heading.setText(f"<b>History of {label}</b> ({len(rows)} update{'s' if len(rows) != 1 else ''})")

    def _add_last_year(self, action_id: int | None) -> None:
        """A row carried forward reads on into last year's: what it said then and its history."""
        origin = carried_from(self.workspace, action_id) if action_id is not None else None
        if origin is None:
            return
        number = f" {origin.number}" if origin.number else ""
        rag = f" · {rag_label(origin.rag)}" if origin.rag in RAG_COLOURS else ""
        self.entries.addItem(f"Carried forward from {origin.plan_title} (row{number}){rag}\n"
                             f"{origin.progress or '(no progress recorded)'}")
        self.entries.addItems([describe(row) for row in action_history(self.workspace, origin.action_id)])

    def refresh(self) -> None:
        self.show_action(self.action_id, self._label)
