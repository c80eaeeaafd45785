"""A seat "in attendance, not a member" is on the register and marked like
any other, but the quorum line neither counts it nor takes it as its
agency's presence."""

from __future__ import annotations

from meeting_builders import build_group
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from safeguard_desktop.store.ops import org
from safeguard_desktop.store.queries.meetings import register
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.register_widget import RegisterWidget
from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def test_the_register_shows_a_seat_in_attendance_and_quorum_ignores_it(qtbot, workspace):
    setup = build_group(workspace, seat_count=3, quorum=None)
    police = setup.agencies["police"]
    org.set_quorum_agencies(workspace, setup.group_id, [police])
    adviser = org.create_seat(workspace, group_id=setup.group_id, title="Police legal adviser", agency_id=police,
                              in_attendance=True)
    widget = RegisterWidget(AppContext(workspace, QUndoStack(), ImmediateTaskRunner(), Settings(), lambda t: None))
    qtbot.addWidget(widget)
    widget.set_meeting(setup.meeting_id)
    row = next(r for r, line in enumerate(widget.model.lines()) if line.seat_id == adviser)
    assert widget.model.index(row, 0).data() == "Police legal adviser (in attendance, not a member)"
    assert widget.quorum.voting_total == 1  # the one voting member; the adviser (voting by default) is not counted
    widget.table.setCurrentIndex(widget.model.index(row, widget.table.currentIndex().column()))
    qtbot.keyClick(widget.table, Qt.Key.Key_P)
    assert next(line for line in register(workspace, setup.meeting_id) if line.seat_id == adviser).status == "present"
    assert (widget.quorum.voting_present, widget.quorum.quorate) == (0, False)
    assert widget.quorum.missing_agencies == ("Constabulary",)  # the adviser does not make the police present
