"""The Meetings page: every group's meetings, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from safeguard_desktop.store.queries.overview import MeetingSummary, list_meetings
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.labels import MEETING_KINDS, label
from safeguard_desktop.views.widgets.list_page import ListSection
from safeguard_desktop.views.widgets.record_table_model import Column

COLUMNS: tuple[Column[MeetingSummary], ...] = (
    Column("Date", lambda m: m.date.strftime("%a %d %b %Y")),
    Column("Time", lambda m: m.start_time),
    Column("Group", lambda m: m.group),
    Column("Kind", lambda m: label(MEETING_KINDS, m.kind)),
    Column("Place", lambda m: "Online" if m.online and not m.place else m.place),
    Column("Status", lambda m: m.status.capitalize()),
    Column("Minutes", lambda m: m.minutes_status.capitalize()),
    Column("Agenda items", lambda m: m.items),
)


class MeetingsPage(QWidget):
    title = "Meetings"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.section = ListSection(
            "Meetings", COLUMNS, lambda m: m.id,
            "No meetings yet",
            "Set up your groups and their seats under People & agencies, then schedule "
            "the first meeting of a group here.",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.section)
        self.refresh()

    def refresh(self) -> None:
        self.section.set_rows(list_meetings(self.context.workspace))
