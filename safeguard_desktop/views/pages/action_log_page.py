"""The action log: every action from every meeting and plan."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from safeguard_desktop.store.queries.overview import ActionBrief, list_actions
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.widgets.list_page import ListSection
from safeguard_desktop.views.widgets.record_table_model import Column


def _due(action: ActionBrief) -> str:
    if action.due is None:
        return ""
    overdue = action.status == "open" and action.due < date.today()
    return action.due.strftime("%d %b %Y") + (" (overdue)" if overdue else "")


COLUMNS: tuple[Column[ActionBrief], ...] = (
    Column("Source", lambda a: a.source),
    Column("What", lambda a: a.what),
    Column("Who will lead?", lambda a: a.lead),
    Column("Due", _due),
    Column("Status", lambda a: a.status.replace("_", " ").capitalize()),
    Column("RAG", lambda a: (a.rag or "").capitalize()),
)


class ActionLogPage(QWidget):
    title = "Action log"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.section = ListSection(
            "Action log", COLUMNS, lambda a: a.id,
            "No actions yet",
            "Actions arising from meetings and the rows of your plans' action tables all gather here.",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.section)
        self.refresh()

    def refresh(self) -> None:
        self.section.set_rows(list_actions(self.context.workspace))
