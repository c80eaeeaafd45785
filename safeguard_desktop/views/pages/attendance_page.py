"""The quarterly attendance analysis: per group, per agency and per seat,
for a financial quarter or year, with the counting rule stated on screen
and persistent non-attendance flagged for escalation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedLayout,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.core.attendance import AttendanceRule
from safeguard_desktop.core.quarters import FinancialYear, Quarter
from safeguard_desktop.store.ops.settings import set_workspace_setting
from safeguard_desktop.store.queries.attendance import (
    AttendanceAnalysis,
    MeetingSpan,
    attendance_analysis,
    meeting_span,
    parse_period,
)
from safeguard_desktop.store.queries.overview import list_groups
from safeguard_desktop.store.queries.settings import DEPUTY_COUNTS_AS_ATTENDED, NO, YES, deputy_counts_as_attended
from safeguard_desktop.views.accessibility import add_labelled
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.attendance_model import AttendanceTableModel
from safeguard_desktop.views.meetings.commands import run_edit
from safeguard_desktop.views.widgets.empty_state import EmptyState
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import counted

LEVELS = ((QT_TRANSLATE_NOOP("Words", "By group"), "group"), (QT_TRANSLATE_NOOP("Words", "By agency"), "agency"), (QT_TRANSLATE_NOOP("Words", "By seat"), "seat"))


class AttendancePage(QWidget):

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.analysis: AttendanceAnalysis | None = None
        self.period_combo = QComboBox()
        self.group_combo = QComboBox()
        # The rule is the workspace's, not this user's: every user, paper and
        # the command line count the same way. Changing it is an undoable edit.
        self.deputy_box = QCheckBox(self.tr("A nominated deputy counts as attended"))
        self.deputy_box.setToolTip(self.tr("This workspace's rule: it applies for everyone who opens it, "
                                   "in the exported papers and on the command line."))
        self.deputy_box.setEnabled(not context.read_only)
        self.deputy_box.toggled.connect(self._deputy_rule_changed)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.recalculate())
        self.group_combo.currentIndexChanged.connect(lambda _i: self.recalculate())
        bar = QHBoxLayout()
        for text, widget in ((self.tr("Period"), self.period_combo), (self.tr("Group"), self.group_combo)):
            add_labelled(bar, text, widget)
        bar.addWidget(self.deputy_box)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rule = QLabel()
        self.rule.setObjectName("attendanceRule")
        self.rule.setWordWrap(True)
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setObjectName("attendanceFlags")  # its colour is the style sheet's (ui/style.qss)
        self.tabs = QTabWidget()
        # Columns are fitted to a level's rows when its tab is shown: a
        # decade's seats are not measured for a page that opens on its groups.
        self._unsized: set[str] = set()
        self.tabs.currentChanged.connect(lambda _i: self._size_shown())
        self.models: dict[str, AttendanceTableModel] = {}
        self.tables: dict[str, QTableView] = {}
        for title, level in LEVELS:
            model = AttendanceTableModel(level, self)
            table = QTableView()
            table.setModel(model)
            table.setAccessibleName(title)
            table.setTabKeyNavigation(False)  # a read-only table: Tab leaves it, arrows walk it
            table.verticalHeader().setVisible(False)
            table.setAlternatingRowColors(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
            self.models[level], self.tables[level] = model, table
            self.tabs.addTab(table, title)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.rule)
        layout.addWidget(self.flags)
        layout.addWidget(self.tabs, 1)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(content)
        self._stack.addWidget(EmptyState(
            self.tr("No meetings to analyse yet"),
            self.tr("Once meetings are held and their registers taken (Meetings › Register), attendance is analysed "
            "here by financial quarter or year, per group, per agency and per seat.")))
        self.refresh()

    def refresh(self) -> None:
        ws = self.context.workspace
        self._read_rule()
        span = meeting_span(ws)
        self._stack.setCurrentIndex(0 if span else 1)
        if span is None:
            return
        self._fill_periods(span)
        keep = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("All groups"), None)
        for group in list_groups(ws):
            self.group_combo.addItem(group.name, group.id)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(keep)))
        self.group_combo.blockSignals(False)
        self.recalculate()

    def _fill_periods(self, span: MeetingSpan) -> None:
        """Every quarter and year from the first meeting to the last, newest
        first; the default is the quarter of the latest meeting held."""
        keep = self.period_combo.currentData()
        first, last = FinancialYear.containing(span.first), FinancialYear.containing(span.last)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        year = last
        while year >= first:
            self.period_combo.addItem(self.tr("Year {label}").format(label=year.label), year.label)
            for quarter in reversed(year.quarters()):
                self.period_combo.addItem(quarter.label, quarter.code)
            year = year.previous()
        default = keep if self.period_combo.findData(keep) >= 0 else Quarter.containing(span.latest_held).code
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(default)))
        self.period_combo.blockSignals(False)

    def _size_shown(self) -> None:
        level = LEVELS[self.tabs.currentIndex()][1]
        if level in self._unsized:
            self._unsized.discard(level)
            self.tables[level].resizeColumnsToContents()

    def _deputy_rule_changed(self, checked: bool) -> None:
        ws = self.context.workspace
        new, old = (YES if checked else NO), (NO if checked else YES)
        if not run_edit(self.context, self.tr("Deputies count as attended") if checked else self.tr("Deputies do not count as attended"),
                        lambda: set_workspace_setting(ws, DEPUTY_COUNTS_AS_ATTENDED, new),
                        lambda: set_workspace_setting(ws, DEPUTY_COUNTS_AS_ATTENDED, old), self._show_rule):
            self._show_rule()  # refused (read-only): the box goes back to the rule in force

    def _show_rule(self) -> None:
        self._read_rule()
        self.recalculate()

    def _read_rule(self) -> None:
        self.deputy_box.blockSignals(True)
        self.deputy_box.setChecked(deputy_counts_as_attended(self.context.workspace))
        self.deputy_box.blockSignals(False)

    def recalculate(self) -> None:
        code = self.period_combo.currentData()
        if not code:
            return
        period = parse_period(quarter=code) if "Q" in code else parse_period(year=code)
        rule = AttendanceRule(deputy_counts_as_attended=self.deputy_box.isChecked())
        self.analysis = analysis = attendance_analysis(self.context.workspace, period,
                                                       self.group_combo.currentData(), rule)
        for level, model in self.models.items():
            model.set_rows(analysis.level(level))
        self._unsized = set(self.models)
        self._size_shown()
        total = analysis.level("group")
        expected = sum(r.expected for r in total)
        attended = sum(r.attended for r in total)
        rate = f"{attended / expected:.0%}" if expected else self.tr("no rate")
        cancelled = self.tr(", {count} cancelled (not counted)").format(count=analysis.cancelled) \
            if analysis.cancelled else ""
        self.summary.setText(counted(self.tr("<b>{period}</b>: %n meeting(s) held", "", analysis.meetings), analysis.meetings).format(
            period=analysis.period_label) + cancelled + "; " + self.tr(
            "{attended} of {expected} seat places filled ({rate}).").format(
            attended=attended, expected=expected, rate=rate))
        self.rule.setText(self.tr("How the rate is counted: attended ÷ expected, where expected is every seat at every meeting held. {rule_text} Persistent non-attendance: three meetings in a row without the seat filled (apologies count as not filled).").format(rule_text=analysis.rule_text))
        flagged = analysis.flagged
        self.flags.setText("" if not flagged else self.tr("Persistent non-attendance, to escalate: ") + "; ".join(
            f"{r.seat} ({r.group}{', ' + r.holder if r.holder else ''})" for r in flagged))
        self.flags.setVisible(bool(flagged))
