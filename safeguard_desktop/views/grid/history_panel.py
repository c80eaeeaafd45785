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
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import counted, translate, word

KINDS = {
    "progress": QT_TRANSLATE_NOOP("Words", "Progress review"),
    "rag": QT_TRANSLATE_NOOP("Words", "RAG rating"),
    "status": QT_TRANSLATE_NOOP("Words", "Status"),
    "due": QT_TRANSLATE_NOOP("Words", "Target date"),
}


def local_time(at: str) -> str:
    """Stored UTC text as the user's local date and time."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%d %b %Y %H:%M")
    except ValueError:
        return at


def value_text(kind: str, value: str | None) -> str:
    if value is None:
        return translate("HistoryPanel", "(empty)")
    if kind == "rag" and value in RAG_COLOURS:
        return word(rag_label(value))
    if kind == "status":
        return word(ACTION_STATUSES.get(value, value))
    return value


def describe(row: HistoryRow) -> str:
    """Two lines for a narrow panel: when and who, then what changed."""
    meeting = translate("HistoryPanel", " · at {meeting}").format(meeting=row.meeting) if row.meeting else ""
    what = word(KINDS.get(row.kind, row.kind))
    old, new = value_text(row.kind, row.old_value), value_text(row.kind, row.new_value)
    if row.note == "undone":
        change = translate(
            "HistoryPanel", "Undone: {what} back to {new} (the change to {old} was taken back)"
        ).format(what=what, new=new, old=old)
    elif row.note == "redone":
        change = translate("HistoryPanel", "Redone: {what}: {old} → {new}").format(what=what, old=old, new=new)
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
        self.entries.setAccessibleName(self.tr("History of the selected row"))
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
            self.heading.setText(self.tr("<b>History</b><br>Choose an action to see its updates."))
        elif not rows:
            self.heading.setText(
                self.tr("<b>History of {label}</b><br>No progress, RAG or status changes yet.").format(label=label)
            )
        else:
            self.heading.setText(
                counted(self.tr("<b>History of {label}</b> (%n update(s))", "", len(rows)), len(rows)).format(
                    label=label
                )
            )

    def _add_last_year(self, action_id: int | None) -> None:
        """A row carried forward reads on into last year's: what it said then and its history."""
        origin = carried_from(self.workspace, action_id) if action_id is not None else None
        if origin is None:
            return
        number = f" {origin.number}" if origin.number else ""
        rag = f" · {word(rag_label(origin.rag))}" if origin.rag in RAG_COLOURS else ""
        self.entries.addItem(
            self.tr("Carried forward from {plan_title} (row{number}){rag}\n{progress}").format(
                plan_title=origin.plan_title,
                number=number,
                rag=rag,
                progress=origin.progress or self.tr("(no progress recorded)"),
            )
        )
        self.entries.addItems([describe(row) for row in action_history(self.workspace, origin.action_id)])

    def refresh(self) -> None:
        self.show_action(self.action_id, self._label)
