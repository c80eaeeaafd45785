"""One meeting: its heading and the life of its minutes, over three tabs
(agenda, register, minutes)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.queries import meetings as q
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.labels import MEETING_KINDS, label
from safeguard_desktop.views.meetings.agenda_editor import AgendaEditor
from safeguard_desktop.views.meetings.commands import run_edit
from safeguard_desktop.views.meetings.minutes_editor import MinutesEditor
from safeguard_desktop.views.meetings.register_widget import RegisterWidget

MINUTES_WORDS = {"draft": "Minutes: draft", "agreed": "Minutes: agreed as a true record", "locked": "Minutes: locked"}


class MeetingView(QWidget):
    changed = Signal()  # the meeting's summary (status, minutes) changed

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.info: q.MeetingInfo | None = None
        self.heading = QLabel()
        self.state = QLabel()
        self.held_button = QPushButton("Mark held")
        self.held_button.clicked.connect(self._toggle_held)
        self.agree_button = QPushButton("Agree minutes…")
        self.agree_button.clicked.connect(self.agree)
        self.lock_button = QPushButton("Lock minutes")
        self.lock_button.clicked.connect(self.lock)
        self.reopen_button = QPushButton("Re-open minutes…")
        self.reopen_button.clicked.connect(self.reopen)
        self.agenda = AgendaEditor(context)
        self.register = RegisterWidget(context)
        self.minutes = MinutesEditor(context)
        self.agenda.changed.connect(self._agenda_changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda, "&Agenda")
        self.tabs.addTab(self.register, "&Register")
        self.tabs.addTab(self.minutes, "M&inutes")
        self.heading.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.state)
        actions.addStretch(1)
        for button in (self.held_button, self.agree_button, self.lock_button, self.reopen_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)

    def set_meeting(self, meeting_id: int) -> None:
        self.meeting_id = None  # the tabs load themselves; no cross-updates while they do
        self.agenda.set_meeting(meeting_id)
        self.register.set_meeting(meeting_id)
        self.minutes.set_meeting(meeting_id)
        self.meeting_id = meeting_id
        self._show_state()

    def flush(self) -> None:
        """Save every edit still in hand on the three tabs."""
        self.agenda.flush()
        self.register.flush()
        self.minutes.flush()

    def refresh(self) -> None:
        if self.meeting_id is None:
            return
        self.agenda.refresh()
        self.register.refresh()
        self.minutes.reload()
        self._show_state()

    def _agenda_changed(self) -> None:
        # Items feed the register's late/early prompts and the minutes list.
        if self.meeting_id is not None:
            self.register.reload_agenda()
            self.minutes.reload()

    def _show_state(self) -> None:
        assert self.meeting_id is not None
        self.info = info = q.meeting_info(self.context.workspace, self.meeting_id)
        when = f"{info.start_time}, " if info.start_time else ""
        where = "online" if info.online and not info.place else (info.place or "place to be confirmed")
        self.heading.setText(f"<h2>{info.heading}</h2>{label(MEETING_KINDS, info.kind)} meeting, {when}{where}"
                             f"{' (cancelled)' if info.status == 'cancelled' else ''}")
        self.state.setText(MINUTES_WORDS.get(info.minutes_status, info.minutes_status))
        self.held_button.setText("Mark not held" if info.status == "held" else "Mark held")
        self.agree_button.setEnabled(info.minutes_status == "draft")
        self.lock_button.setEnabled(info.minutes_status == "agreed")
        self.reopen_button.setEnabled(info.minutes_status == "locked")

    def _after(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- the meeting's life ------------------------------------------------
    def _toggle_held(self) -> None:
        assert self.info is not None
        ws, meeting_id, old = self.context.workspace, self.info.id, self.info.status
        new = "scheduled" if old == "held" else "held"
        run_edit(self.context, f"Meeting {new}", lambda: ops.set_meeting_status(ws, meeting_id, new),
                 lambda: ops.set_meeting_status(ws, meeting_id, old), self._after)

    def agree(self) -> None:
        """Record at which later meeting's item these minutes were agreed."""
        assert self.info is not None
        ws, meeting_id = self.context.workspace, self.info.id
        choices: list[tuple[str, int]] = []
        for later_id, on in q.later_meetings(ws, meeting_id):
            for item in q.agenda(ws, later_id):
                if item.role == "previous_minutes" or "minutes" in item.title.casefold():
                    choices.append((f"{on:%d %b %Y}, item {item.label}", item.id))
        if not choices:
            self.context.show_status("Minutes are agreed at the group's next meeting: add a \"minutes of the last "
                                     "meeting\" item to its agenda first.")
            return
        text, ok = QInputDialog.getItem(self, "Agree minutes", "Agreed as a true record at:",
                                        [c[0] for c in choices], 0, False)
        if ok:
            self.agree_at(dict(choices)[text])

    def agree_at(self, item_id: int) -> None:
        ws, meeting_id = self.context.workspace, self.meeting_id
        assert meeting_id is not None
        run_edit(self.context, "Agree minutes", lambda: ops.agree_minutes(ws, meeting_id=meeting_id, at_item_id=item_id),
                 lambda: ops.withdraw_agreement(ws, meeting_id), self._after)

    def lock(self) -> None:
        ws, meeting_id = self.context.workspace, self.meeting_id
        assert meeting_id is not None
        # Undoing a lock is a re-opening, and is audited as one.
        run_edit(self.context, "Lock minutes", lambda: ops.lock_minutes(ws, meeting_id),
                 lambda: ops.reopen_minutes(ws, meeting_id, "undo of locking"), self._after)

    def reopen(self) -> None:
        reason, ok = QInputDialog.getText(self, "Re-open minutes",
                                          "Why are the minutes being re-opened? (kept in the audit trail)")
        if ok:
            self.reopen_with(reason)

    def reopen_with(self, reason: str) -> None:
        ws, meeting_id = self.context.workspace, self.meeting_id
        assert meeting_id is not None
        run_edit(self.context, "Re-open minutes", lambda: ops.reopen_minutes(ws, meeting_id, reason),
                 lambda: ops.lock_minutes(ws, meeting_id), self._after)
