"""The meeting screens' table models, without a view: each passes Qt's
model tester and shows its headings (docs/ARCHITECTURE.md, "Conventions")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from safeguard_desktop.core.quarters import Quarter
from safeguard_desktop.store.ops import meeting_actions as acts
from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.queries import meetings as q
from safeguard_desktop.store.queries.attendance import attendance_analysis
from safeguard_desktop.views.meetings.action_log_model import ActionLogTableModel
from safeguard_desktop.views.meetings.agenda_model import AgendaTableModel
from safeguard_desktop.views.meetings.attendance_model import AttendanceTableModel
from safeguard_desktop.views.meetings.register_model import RegisterTableModel


def _headings(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_every_meeting_model_passes_the_model_tester(qtmodeltester, workspace, setup):
    ops.mark_attendance(workspace, meeting_id=setup.meeting_id, seat_id=setup.seats[0], status="present")
    acts.add_action_arising(workspace, agenda_item_id=setup.items[3], want="Share the audit",
                            target_date=date(2024, 9, 30))

    agenda = AgendaTableModel(lambda *a: True, lambda *a: True)
    agenda.set_rows(q.agenda(workspace, setup.meeting_id))
    register = RegisterTableModel()
    register.set_agenda(q.agenda(workspace, setup.meeting_id))
    register.set_lines(q.register(workspace, setup.meeting_id))
    log = ActionLogTableModel(workspace)
    log.load()
    seats = AttendanceTableModel("seat")
    seats.set_rows(attendance_analysis(workspace, Quarter.parse("2024-25-Q1")).level("seat"))

    for model in (agenda, register, log, seats):
        qtmodeltester.check(model)
    assert (agenda.rowCount(), register.rowCount(), log.rowCount(), seats.rowCount()) == (5, 20, 1, 20)
    assert _headings(agenda)[:2] == ["No.", "Item"]
    assert _headings(register)[3] == "Attendance"
    assert _headings(log)[-1] == "Latest update"
    assert _headings(seats)[:4] == ["Group", "Seat", "Agency", "Held by"]
    assert register.headerData(0, Qt.Orientation.Vertical) is None
