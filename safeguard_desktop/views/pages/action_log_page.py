"""The action log: every action from every meeting and every plan, filtered
in SQL, with each action's history and a way to record its review at a
meeting (the update is then recorded against that meeting)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.core.statuses import STATUS_LABELS
from safeguard_desktop.store.queries.action_log import KIND_WORDS, ActionLogFilter, action_history, action_log_ids
from safeguard_desktop.store.queries.meeting_list import meetings_to_review_at
from safeguard_desktop.store.queries.overview import list_agencies, list_groups, list_people
from safeguard_desktop.views.accessibility import add_labelled
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.dialogs.export_dialog import ExportFlow
from safeguard_desktop.views.meetings.action_log_model import (
    COL_DUE,
    COL_RAG,
    COL_SOURCE,
    COL_WHAT,
    STATUS_WORDS,
    ActionLogTableModel,
)
from safeguard_desktop.views.meetings.commands import run_review
from safeguard_desktop.views.meetings.meeting_choices import meeting_combo
from safeguard_desktop.views.widgets.empty_state import EmptyState
from safeguard_desktop.views.widgets.date_entry import DateEntry
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import counted, word
from safeguard_desktop.views.grid.history_panel import value_text

# What the Show box offers: the everyday three, then each status on its own.
SHOW = ((QT_TRANSLATE_NOOP("Words", "Open actions"), "open"), (QT_TRANSLATE_NOOP("Words", "Overdue"), "overdue"), (QT_TRANSLATE_NOOP("Words", "All actions"), "all"),
        *((label, f"status:{code}") for code, label in STATUS_LABELS.items()))
SOURCES = ((QT_TRANSLATE_NOOP("Words", "Meetings and plans"), None), (QT_TRANSLATE_NOOP("Words", "Meetings"), "meetings"), (QT_TRANSLATE_NOOP("Words", "Plans"), "plans"))
SEARCH_DELAY_MS = 250


def _value(kind: str, value: str | None) -> str:
    """A RAG rating or status in words, in the window's language; a date as stored."""
    return value_text(kind, value).replace("_", " ") if value else "–"


class ActionLogPage(QWidget):

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ActionLogTableModel(context.workspace, self)
        self.show_combo = self._combo(SHOW)
        self.source_combo = self._combo(SOURCES)
        self.group_combo, self.agency_combo, self.owner_combo = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.group_combo, self.agency_combo, self.owner_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
            # Long agency names must not push the search box off the bar.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        # "Due by": any date unless one is typed or chosen.
        self.due_by = DateEntry(None, optional=True, blank_text=self.tr("any date"))
        self.due_by.setAccessibleName(self.tr("Due on or before"))
        self.due_by.changed.connect(lambda _d: self.apply_filter())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search what, how, lead, progress, owner"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the action log"))
        # Searched once typing pauses: a query per key would stutter on a long log.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        # Two rows: in one, the filters asked for 1,380 px, more than a 1280 px laptop has.
        bar, second = QHBoxLayout(), QHBoxLayout()
        for row, text, widget in ((bar, self.tr("Show"), self.show_combo), (bar, self.tr("From"), self.source_combo),
                                  (bar, self.tr("Group"), self.group_combo), (bar, self.tr("Agency"), self.agency_combo),
                                  (second, self.tr("Owner"), self.owner_combo), (second, self.tr("Due by"), self.due_by)):
            add_labelled(row, text, widget)
        bar.addStretch(1)
        self.search.setMinimumWidth(150)
        second.addWidget(self.search, 1)
        export = QPushButton(self.tr("Export…"))
        export.setToolTip(self.tr("The action log as a paper or spreadsheet, with the filters chosen here"))
        export.clicked.connect(self.export)
        second.addWidget(export)
        self.count = QLabel()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.setTabKeyNavigation(False)  # a read-only list: Tab leaves it, arrows walk it
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Narrow enough that Status and RAG show without scrolling at 1280 px;
        # a longer text is elided, whole in its tooltip, and the columns stretch.
        for column, width in ((COL_SOURCE, 190), (COL_WHAT, 320), (2, 180), (COL_DUE, 140), (4, 90), (COL_RAG, 70)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.no_match = QLabel(self.tr("No actions match these filters."))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels((self.tr("When"), self.tr("By"), self.tr("Change"), self.tr("At meeting")))
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAccessibleName(self.tr("History of the selected action"))
        self.history.setTabKeyNavigation(False)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.review_meeting, self.review_choices = meeting_combo(self.tr("Not at a meeting"))
        self.review_status = QComboBox()
        self.review_status.addItem(self.tr("(unchanged)"), None)
        for code, text in STATUS_WORDS.items():
            self.review_status.addItem(word(text), code)
        self.review_progress = QLineEdit()
        self.review_progress.setPlaceholderText(self.tr("Progress reported"))
        self.review_progress.returnPressed.connect(self.record_review)
        record = QPushButton(self.tr("Record update"))
        record.clicked.connect(self.record_review)
        review = QWidget()
        review.setMinimumWidth(340)  # room for a meeting's name in "Reviewed at"
        form = QFormLayout(review)
        form.addRow(QLabel(self.tr("<b>Review this action</b>")))
        form.addRow(self.tr("Reviewed at"), self.review_meeting)
        form.addRow(self.tr("Status"), self.review_status)
        form.addRow(self.tr("Progress"), self.review_progress)
        form.addRow(record)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("<b>History of the selected action</b>")))
        history_layout.addWidget(self.history)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(history_box)
        lower.addWidget(review)
        lower.setStretchFactor(0, 2)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(bar)
        upper_layout.addLayout(second)
        upper_layout.addWidget(self.count)
        # On the page before anything goes in: a widget put into a layout that is on no
        # page yet opens as a window of its own for a moment and takes the keyboard.
        table_stack = QStackedLayout()
        upper_layout.addLayout(table_stack, 1)
        table_stack.addWidget(self.table)
        table_stack.addWidget(self.no_match)
        self._table_stack = table_stack
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        content = QWidget()
        QVBoxLayout(content).addWidget(splitter)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(content)
        self._stack.addWidget(EmptyState(
            self.tr("No actions yet"),
            self.tr("Actions arising from meetings (added in a meeting's minutes) and the rows of your plans' action "
            "tables all gather here, to be reviewed at each meeting and sent out as the action log.")))
        self.refresh()

    def _combo(self, choices: tuple[tuple[str, str | None], ...]) -> QComboBox:
        combo = QComboBox()
        for text, code in choices:
            # A status on its own reads "Completed only"; the others are words marked above.
            shown = self.tr("{status} only").format(status=word(text)) if code and code.startswith("status:") \
                else word(text)
            combo.addItem(shown, code)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        return combo

    # -- loading -------------------------------------------------------
    def refresh(self) -> None:
        ws = self.context.workspace
        self._fill(self.group_combo, self.tr("All groups"), [(g.id, g.name) for g in list_groups(ws)])
        self._fill(self.agency_combo, self.tr("All agencies"), [(a[0], a[1]) for a in list_agencies(ws)])
        self._fill(self.owner_combo, self.tr("Anyone"), [(p.id, p.name) for p in list_people(ws)])
        keep = self.review_meeting.currentData()
        self.review_choices.set_meetings(meetings_to_review_at(ws))
        self.review_meeting.setCurrentIndex(0 if keep is None else max(0, self.review_meeting.findData(keep)))
        self.apply_filter()
        self._stack.setCurrentIndex(0 if self._any_actions() else 1)

    def _any_actions(self) -> bool:
        return bool(self.model.rowCount()) or bool(action_log_ids(self.context.workspace, ActionLogFilter()))

    @staticmethod
    def _fill(combo: QComboBox, everyone: str, choices: list[tuple[int, str]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for record_id, text in choices:
            combo.addItem(text, record_id)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def current_filter(self) -> ActionLogFilter:
        show = str(self.show_combo.currentData())
        return ActionLogFilter(
            open_only=show == "open", overdue_only=show == "overdue", source=self.source_combo.currentData(),
            group_id=self.group_combo.currentData(), agency_id=self.agency_combo.currentData(),
            owner_person_id=self.owner_combo.currentData(), text=self.search.text(),
            status=show.removeprefix("status:") if show.startswith("status:") else None,
            due_before=self.due_by.date(),
        )

    def export(self) -> None:
        """The export dialog for the log as filtered here: what is on screen
        is what goes on the paper, and the paper says which filter made it."""
        self.export_flow = ExportFlow(self.context, self, what="action-log", log_filter=self.current_filter())
        self.export_flow.dialog.open()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.load(self.current_filter())
        rows = self.model.rowCount()
        self.count.setText(counted(self.tr("%n action(s)", "", rows), rows))
        self._table_stack.setCurrentIndex(0 if rows else 1)
        if rows:
            self.table.selectRow(0)  # its history shows at once, below
        else:
            self._show_history(None)

    def show_record(self, action_id: int, _home_id: object = None) -> None:
        """Select one action, opened from another page: the filters are
        cleared first, so it is listed whatever was chosen before."""
        for combo in (self.show_combo, self.source_combo, self.group_combo, self.agency_combo, self.owner_combo):
            combo.blockSignals(True)
            # "All actions" to show: a completed action asked for must be listed too.
            combo.setCurrentIndex(combo.findData("all") if combo is self.show_combo else 0)
            combo.blockSignals(False)
        for widget in (self.search, self.due_by):
            widget.blockSignals(True)
        self.search.clear()
        self.due_by.set_date(None)
        for widget in (self.search, self.due_by):
            widget.blockSignals(False)
        self.apply_filter()
        row = self.model.row_of(action_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus()

    # -- history and review ------------------------------------------------
    def selected_action(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.action_id(rows[0].row()) if rows else None

    def _on_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_history(self.selected_action())

    def _show_history(self, action_id: int | None) -> None:
        rows = action_history(self.context.workspace, action_id) if action_id is not None else []
        self.history.setRowCount(len(rows))
        for r, h in enumerate(rows):
            # A progress note reads on its own; a RAG, status or date change reads as from → to.
            change = (self.tr("Progress: {text}").format(text=h.new_value or self.tr("(cleared)"))
                      if h.kind == "progress" else
                      f"{word(KIND_WORDS.get(h.kind, h.kind))}: {_value(h.kind, h.old_value)} → {_value(h.kind, h.new_value)}")
            for column, text in enumerate((h.at[:16].replace("T", " "), h.by, change, h.meeting or "")):
                self.history.setItem(r, column, QTableWidgetItem(text))
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(1)

    def record_review(self) -> None:
        action_id = self.selected_action()
        if action_id is None:
            self.context.show_status(self.tr("Choose an action in the log first."))
            return
        row = self.model.row_data(self.table.selectionModel().selectedRows()[0].row())
        status, progress = self.review_status.currentData(), self.review_progress.text().strip() or None
        if status is None and progress is None or row is None:
            self.context.show_status(self.tr("Choose a status or type the progress reported."))
            return
        def after() -> None:
            self.model.refresh_action(action_id)
            self._show_history(action_id)

        if run_review(self.context, self.tr("Review action"), action_id, meeting_id=self.review_meeting.currentData(),
                      status=status, progress=progress, refresh=after):
            self.review_progress.clear()
            self.review_status.setCurrentIndex(0)
