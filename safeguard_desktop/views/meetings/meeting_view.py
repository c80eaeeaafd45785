"""One meeting: its heading and the life of its minutes, over three tabs
(agenda, register, minutes)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.queries import meetings as q
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.labels import MEETING_KINDS, label
from safeguard_desktop.views.meetings.agenda_editor import AgendaEditor
from safeguard_desktop.views.meetings.commands import run_edit
from safeguard_desktop.views.meetings.focus_ring import next_in
from safeguard_desktop.views.meetings.minutes_editor import MinutesEditor
from safeguard_desktop.views.meetings.minutes_headings_dialog import MinutesHeadingsDialog
from safeguard_desktop.views.meetings.register_widget import RegisterWidget
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.state_words import long_dates
from safeguard_desktop.views.i18n import word

MINUTES_WORDS = {
    "draft": QT_TRANSLATE_NOOP("Words", "Minutes: draft"),
    "agreed": QT_TRANSLATE_NOOP("Words", "Minutes: agreed as a true record"),
    "locked": QT_TRANSLATE_NOOP("Words", "Minutes: locked"),
}
LIVE_SHORTCUT = "Ctrl+Shift+R"
LIVE_STYLE = "QLabel { background: #b71c1c; color: white; padding: 6px; font-weight: bold; }"


class MeetingView(QWidget):
    changed = Signal()  # the meeting's summary (status, minutes) changed
    named = Signal(str)  # the meeting open, as the title bar names it ("" for none)
    live_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.info: q.MeetingInfo | None = None
        self.live = False
        self.heading = QLabel()
        self.heading.setObjectName("meetingHeading")
        self.heading.setWordWrap(True)
        self.live_banner = QLabel()
        self.live_banner.setObjectName("liveBanner")
        self.live_banner.setWordWrap(True)
        self.live_banner.setStyleSheet(LIVE_STYLE)
        self.live_banner.hide()
        self.state = QLabel()
        self.live_action = self._action(self.tr("&Start recording this meeting"), self.toggle_live, LIVE_SHORTCUT)
        self.held_action = self._action(self.tr("Mark &held"), self._toggle_held)
        self.agree_action = self._action(self.tr("&Agree minutes…"), self.agree)
        self.lock_action = self._action(self.tr("&Lock minutes"), self.lock)
        self.reopen_action = self._action(self.tr("Re-&open minutes…"), self.reopen)
        self.confidential_action = self._action(
            self.tr("&Confidential meeting (withheld from public papers)"), self._set_confidential
        )
        self.confidential_action.setCheckable(True)
        self.headings_action = self._action(self.tr("Minute &headings for this group…"), self.edit_headings)
        self.menu_actions = [
            self.live_action,
            self.held_action,
            self.confidential_action,
            self.agree_action,
            self.lock_action,
            self.reopen_action,
            self.headings_action,
        ]
        self.agenda = AgendaEditor(context)
        self.register = RegisterWidget(context)
        self.minutes = MinutesEditor(context)
        self.agenda.changed.connect(self._agenda_changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda, self.tr("&Agenda"))
        self.tabs.addTab(self.register, self.tr("&Register"))
        self.tabs.addTab(self.minutes, self.tr("M&inutes"))
        # Choosing a tab (click, Alt+letter, Ctrl+Tab) hands it the keyboard:
        # keys meant for the register never go to the meetings list.
        self.tabs.currentChanged.connect(lambda _i: self.focus_tab())
        self.tabs.tabBarClicked.connect(lambda _i: QTimer.singleShot(0, self.focus_tab))
        self.tabs.tabBar().installEventFilter(self)
        # Tabs change by Alt+letter, Ctrl+Tab or a click; a stray Tab never parks on the tab bar,
        # where arrows would flip tabs and shortcuts of the tab shown would not answer.
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        actions = QHBoxLayout()
        actions.addWidget(self.state, 1)
        self.state.setWordWrap(True)
        for action in (self.live_action, self.held_action, self.agree_action, self.lock_action, self.reopen_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.live_banner)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self._enable()

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def set_meeting(self, meeting_id: int) -> None:
        """Open a meeting. Only the page calls this, on a deliberate choice
        (click, Enter), and never while another meeting is being recorded."""
        assert not self.live or meeting_id == self.meeting_id, self.tr("a meeting being recorded is finished first")
        self.meeting_id = None  # the tabs load themselves; no cross-updates while they do
        self.agenda.set_meeting(meeting_id)
        self.register.set_meeting(meeting_id)
        self.minutes.set_meeting(meeting_id)
        self.meeting_id = meeting_id
        self._show_state()

    def focus_tab(self) -> None:
        """The keyboard to the tab shown: the register's current seat, the
        minutes' first part, the agenda's table."""
        if self.meeting_id is None:
            return
        tab = self.tabs.currentWidget()
        target = {self.register: self.register.table, self.agenda: self.agenda.table}.get(tab)
        if tab is self.minutes:
            target = self.minutes.first_field()
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Alt+R on the tab already shown changes no tab, yet means "the register, please".
        if watched is self.tabs.tabBar() and event.type() == QEvent.Type.Shortcut:
            QTimer.singleShot(0, self.focus_tab)
        return super().eventFilter(watched, event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        """While a meeting is being recorded, Tab walks this meeting's fields
        only: it never wanders into the meetings list or the navigation."""
        if not self.live:
            return super().focusNextPrevChild(next)
        target = next_in(self, forward=next)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

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
        where = "online" if info.online and not info.place else (info.place or self.tr("place to be confirmed"))
        marks = (self.tr(" (cancelled)") if info.status == "cancelled" else "") + (
            self.tr(" · confidential: withheld from public papers") if info.confidential else ""
        )
        self.heading.setText(
            self.tr("<h2>{heading}</h2>{label} meeting, {when}{where}{marks}").format(
                heading=long_dates(info.heading), label=label(MEETING_KINDS, info.kind), when=when, where=where, marks=marks
            )
        )
        self.heading.setToolTip(info.title or info.heading)
        self.state.setText(word(MINUTES_WORDS.get(info.minutes_status, info.minutes_status)))
        self.held_action.setText(self.tr("Mark not &held") if info.status == "held" else self.tr("Mark &held"))
        self.confidential_action.setChecked(info.confidential)
        self._show_live()
        self._enable()

    def _enable(self) -> None:
        info = self.info if self.meeting_id is not None else None
        status = info.minutes_status if info else None
        self.live_action.setEnabled(info is not None)
        self.held_action.setEnabled(info is not None)
        self.confidential_action.setEnabled(info is not None)
        self.headings_action.setEnabled(info is not None)
        self.agree_action.setEnabled(status == "draft")
        self.lock_action.setEnabled(status == "agreed")
        self.reopen_action.setEnabled(status == "locked")

    # -- recording ("live") --------------------------------------------------
    def toggle_live(self) -> None:
        if self.live:
            self.finish_live()
        elif self.meeting_id is not None:
            self.live = True
            self._show_live()
            self.live_changed.emit(True)
            self.context.show_status(
                self.tr("Recording {meeting}: marks and minutes go into this meeting only.").format(
                    meeting=self.info.short_name if self.info else ""
                )
            )

    def finish_live(self) -> None:
        """Stop recording: everything in hand is saved first."""
        if not self.live:
            return
        self.flush()
        self.live = False
        self._show_live()
        self.live_changed.emit(False)

    def _show_live(self) -> None:
        info = self.info if self.meeting_id is not None else None
        self.live_action.setText(
            self.tr("&Finish recording") if self.live else self.tr("&Start recording this meeting")
        )
        self.live_action.setToolTip(f"{self.live_action.text().replace('&', '')} ({LIVE_SHORTCUT})")
        self.live_banner.setText(
            self.tr(
                "Recording: {meeting}. Every mark and minute goes into this meeting; "
                "finish recording ({shortcut}) to change meeting."
            ).format(meeting=info.short_name, shortcut=LIVE_SHORTCUT)
            if info and self.live
            else ""
        )
        self.live_banner.setVisible(self.live)
        name = info.short_name if info else ""
        self.named.emit(self.tr("Recording: {name}").format(name=name) if self.live and name else name)

    def _after(self) -> None:
        self.refresh()
        self.changed.emit()

    def edit_headings(self) -> None:
        """The group's own words for the four parts of its minutes."""
        if self.info is None:
            return
        self.headings_dialog = MinutesHeadingsDialog(
            self.context, self.info.id, self.info.group_id, self.info.group, self._after, self
        )
        self.headings_dialog.open()

    # -- the meeting's life ------------------------------------------------
    def _toggle_held(self) -> None:
        assert self.info is not None
        ws, meeting_id, old = self.context.workspace, self.info.id, self.info.status
        new = "scheduled" if old == "held" else "held"
        run_edit(
            self.context,
            self.tr("Meeting {new}").format(new=new),
            lambda: ops.set_meeting_status(ws, meeting_id, new),
            lambda: ops.set_meeting_status(ws, meeting_id, old),
            self._after,
        )

    def agree(self) -> None:
        """Record at which later meeting's item these minutes were agreed."""
        assert self.info is not None
        ws, meeting_id = self.context.workspace, self.info.id
        choices: list[tuple[str, int]] = []
        for later_id, on in q.later_meetings(ws, meeting_id):
            for item in q.agenda(ws, later_id):
                if item.role == "previous_minutes" or "minutes" in item.title.casefold():
                    choices.append((self.tr("{on:%d %b %Y}, item {label}").format(on=on, label=item.label), item.id))
        if not choices:
            self.context.show_status(
                self.tr(
                    "Minutes are agreed at the group's next meeting: add a \"minutes of the last "
                    'meeting" item to its agenda first.'
                )
            )
            return
        text, ok = QInputDialog.getItem(
            self, self.tr("Agree minutes"), self.tr("Agreed as a true record at:"), [c[0] for c in choices], 0, False
        )
        if ok:
            self.agree_at(dict(choices)[text])

    def agree_at(self, item_id: int) -> None:
        ws, meeting_id = self.context.workspace, self.meeting_id
        assert meeting_id is not None
        run_edit(
            self.context,
            self.tr("Agree minutes"),
            lambda: ops.agree_minutes(ws, meeting_id=meeting_id, at_item_id=item_id),
            lambda: ops.withdraw_agreement(ws, meeting_id),
            self._after,
        )

    def _set_confidential(self, confidential: bool) -> None:
        ws, meeting_id = self.context.workspace, self.meeting_id
        assert meeting_id is not None
        if not run_edit(
            self.context,
            self.tr("Confidential meeting") if confidential else self.tr("Meeting not confidential"),
            lambda: ops.set_meeting_confidential(ws, meeting_id, confidential),
            lambda: ops.set_meeting_confidential(ws, meeting_id, not confidential),
            self._after,
        ):
            self._show_state()  # refused (read-only): the tick goes back to what the file says

    def lock(self) -> None:
        ws, meeting_id = self.context.workspace, self.meeting_id
        assert meeting_id is not None
        # Undoing a lock is a re-opening, and is audited as one.
        run_edit(
            self.context,
            self.tr("Lock minutes"),
            lambda: ops.lock_minutes(ws, meeting_id),
            lambda: ops.reopen_minutes(ws, meeting_id, "undo of locking"),
            self._after,
        )

    def reopen(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Re-open minutes"),
            self.tr("Why are the minutes being re-opened? (kept in the audit trail)"),
        )
        if ok:
            self.reopen_with(reason)

    def reopen_with(self, reason: str) -> None:
        ws, meeting_id = self.context.workspace, self.meeting_id
        assert meeting_id is not None
        run_edit(
            self.context,
            self.tr("Re-open minutes"),
            lambda: ops.reopen_minutes(ws, meeting_id, reason),
            lambda: ops.lock_minutes(ws, meeting_id),
            self._after,
        )
