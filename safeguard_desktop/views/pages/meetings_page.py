"""The Meetings page: every group's meetings on the left, the chosen one on
the right with its agenda, register and minutes.

Opening a meeting is a deliberate act: a click, a double-click or Enter on
its row. Keys that only move the list's cursor (arrows, typing, Tab) never
change the meeting open beside it, and while a meeting is being recorded
the list asks before it lets the clerk go to another."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.store.models import Meeting
from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.ops import records
from safeguard_desktop.store.queries.overview import list_groups
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.commands import run_create
from safeguard_desktop.views.meetings.meeting_list_model import MeetingListModel
from safeguard_desktop.views.meetings.meeting_view import MeetingView
from safeguard_desktop.views.meetings.schedule_dialog import MeetingPlan, ScheduleDialog
from safeguard_desktop.views.widgets.empty_state import EmptyState
from safeguard_desktop.views.widgets.list_page import TableSection
from safeguard_desktop.views.widgets.record_table_model import ID_ROLE
from safeguard_desktop.views.i18n import translate

# The list's columns fit this many rows from its top, about a screenful:
# measuring every one of a decade's meetings took most of a second.
FITTED_ROWS = 40


def ask_to_switch(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, translate("MeetingsPage", "Meeting being recorded"), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class MeetingsPage(QWidget):
    subtitle_changed = Signal(str)  # the meeting open, for the title bar
    live_changed = Signal(bool)  # recording started or finished

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # Asked before leaving a meeting being recorded; tests answer it themselves.
        self.confirm_switch: Callable[[str], bool] = lambda question: ask_to_switch(self, question)
        self.group_filter = QComboBox()
        self.group_filter.setAccessibleName(self.tr("Show meetings of"))
        self.group_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        schedule = QPushButton(self.tr("Schedule meeting…"))
        schedule.clicked.connect(self.schedule)
        self.meetings = MeetingListModel(context.workspace)
        self.section = TableSection(
            self.tr("Meetings"), self.meetings,
            self.tr("No meetings yet"),
            self.tr("Set up your groups and their seats under People & agencies, then schedule "
            "the first meeting of a group with \"Schedule meeting…\"."),
        )
        self.section.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table = self.section.table
        table.horizontalHeader().setResizeContentsPrecision(FITTED_ROWS)
        table.setTabKeyNavigation(False)  # Tab leaves the list; it never walks its rows
        table.clicked.connect(self._on_chosen)
        table.activated.connect(self._on_chosen)  # Enter, or a double-click
        self.view = MeetingView(context)
        self.view.changed.connect(self._refresh_list)
        self.view.named.connect(self.subtitle_changed)
        self.view.live_changed.connect(self.live_changed)
        self.detail = QStackedWidget()
        self.detail.addWidget(
            EmptyState(
                self.tr("Choose a meeting"),
                self.tr("Pick a meeting on the left to build its agenda, take the register and write the minutes."),
            )
        )
        self.detail.addWidget(self.view)
        left = QWidget()
        left.setMinimumWidth(240)  # date and group readable while a meeting is open beside it
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.group_filter, 1)
        bar.addWidget(schedule)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.section, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    def refresh(self) -> None:
        ws = self.context.workspace
        chosen = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), None)
        for group in list_groups(ws):
            self.group_filter.addItem(group.name, group.id)
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(chosen)))
        self.group_filter.blockSignals(False)
        self._refresh_list()
        if self.view.meeting_id is not None:
            self.view.refresh()

    def _refresh_list(self) -> None:
        keep = self.view.meeting_id
        self.meetings.load(self.group_filter.currentData())
        self.section.rows_changed()
        if keep is not None:
            self._highlight(keep)

    def flush(self) -> None:
        """Save what is still in hand (the main window calls this before it
        closes or changes workspace): minutes waiting for their pause, an
        agenda cell being edited, an answer typed at the register's prompt."""
        self.view.flush()

    def menu_actions(self) -> list[QAction]:
        """The Meeting menu: recording, held, confidential, the minutes' life."""
        return self.view.menu_actions

    def show_record(self, meeting_id: int, _group_id: object = None) -> None:
        """Open a meeting from another page, whichever group was chosen here."""
        if self.group_filter.currentIndex() != 0:
            self.group_filter.setCurrentIndex(0)  # all groups: re-reads the list
        self.select(meeting_id)
        self.section.table.setFocus()

    def select(self, meeting_id: int) -> bool:
        """Open a meeting, as a click on its row does; returns whether it is open."""
        self._highlight(meeting_id)
        return self.open_meeting(meeting_id)

    def _highlight(self, meeting_id: int) -> None:
        row = self.meetings.row_of(meeting_id)
        if row is not None:
            self.section.table.selectRow(row)

    def _on_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_meeting(index.data(ID_ROLE))

    def open_meeting(self, meeting_id: int) -> bool:
        view = self.view
        if meeting_id != view.meeting_id:
            if view.live:
                assert view.info is not None
                if not self.confirm_switch(
                    self.tr("{short_name} is being recorded. Finish recording it and open the other meeting?").format(
                        short_name=view.info.short_name
                    )
                ):
                    self._highlight(view.info.id)
                    return False
                view.finish_live()
            view.flush()
            view.set_meeting(meeting_id)
        self.detail.setCurrentIndex(1)
        view.focus_tab()
        return True

    def prepare_shot(self) -> None:
        """For `shot --page meetings`: the register of the latest meeting held."""
        model = self.meetings
        held = next((m for m in map(model.record, range(model.rowCount())) if m and m.status == "held"), None)
        if held is not None and self.select(held.id):
            self.view.tabs.setCurrentWidget(self.view.register)

    def schedule(self) -> None:
        groups = list_groups(self.context.workspace)
        if not groups:
            self.context.show_status(self.tr("Add a group first, under People & agencies."))
            return
        dialog = ScheduleDialog(groups, self.group_filter.currentData(), self)
        if dialog.exec():
            self.schedule_plan(dialog.plan())

    def schedule_plan(self, plan: MeetingPlan) -> int | None:
        ws = self.context.workspace

        def create() -> int:
            meeting_id = ops.schedule_meeting(
                ws,
                group_id=plan.group_id,
                on=plan.on,
                kind=plan.kind,
                start_time=plan.start_time,
                end_time=plan.end_time,
                place=plan.place,
                online=plan.online,
            )
            if plan.standing_items:
                ops.start_agenda_from_standing_items(ws, meeting_id)
            return meeting_id

        created = run_create(
            self.context,
            self.tr("Schedule meeting on {on:%d %b %Y}").format(on=plan.on),
            create,
            lambda ids: records.restore_records(ws, Meeting, ids),
            lambda ids: records.delete_records(ws, Meeting, ids),
            self._refresh_list,
        )
        if not created:
            return None
        self.select(created[0])
        return created[0]
