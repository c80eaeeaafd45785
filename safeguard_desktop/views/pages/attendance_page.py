"""Attendance: who came to each meeting."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from safeguard_desktop.store.queries.overview import MeetingAttendance, list_meeting_attendance
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.widgets.list_page import ListSection
from safeguard_desktop.views.widgets.record_table_model import Column

COLUMNS: tuple[Column[MeetingAttendance], ...] = (
    Column("Date", lambda m: m.date.strftime("%d %b %Y")),
    Column("Group", lambda m: m.group),
    Column("Meeting", lambda m: m.status.capitalize()),
    Column("Present", lambda m: m.present),
    Column("By deputy", lambda m: m.deputy),
    Column("Apologies", lambda m: m.apologies),
    Column("Absent", lambda m: m.absent),
    Column("In attendance", lambda m: m.in_attendance),
)


class AttendancePage(QWidget):
    title = "Attendance"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.section = ListSection(
            "Attendance by meeting", COLUMNS, lambda m: m.meeting_id,
            "No meetings yet",
            "Once meetings are held and their registers taken, attendance is analysed here by quarter.",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.section)
        self.refresh()

    def refresh(self) -> None:
        self.section.set_rows(list_meeting_attendance(self.context.workspace))
