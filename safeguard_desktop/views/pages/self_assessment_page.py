"""The Self-assessments page: one self-assessment at a time, one review
period at a time. Its priority areas with their statements and numbered
questions, the period's evidence, analysis and scores (edited in place,
saved at once, undoable); "Start the next period"; and the comparison of
the period with an earlier one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.core.self_assessment import SCORES, parse_score
from safeguard_desktop.store.queries import self_assessments as q
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.grid.delegates import LongTextDelegate
from safeguard_desktop.views.self_assessment import commands
from safeguard_desktop.views.self_assessment.assessment_model import (
    COL_ANALYSIS,
    COL_EVIDENCE,
    COL_SCORE,
    FIELDS,
    AssessmentTableModel,
)
from safeguard_desktop.views.self_assessment.area_delegate import AreaTextDelegate
from safeguard_desktop.views.self_assessment.comparison_model import ComparisonTableModel
from safeguard_desktop.views.widgets.empty_state import EmptyState
from safeguard_desktop.views.widgets.key_table import NO_CTRL, KeyTable

LAST_PLAN_KEY = "self_assessments/last_plan_uuid"
_DIGITS = {Qt.Key(Qt.Key.Key_0 + score): score for score in SCORES}


def _table(model: QAbstractItemModel, fixed: dict[int, int]) -> KeyTable:
    """Long text shares the width; ``fixed`` columns (numbers, scores,
    words) keep theirs."""
    table = KeyTable()
    table.setModel(model)
    table.setWordWrap(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    for column, width in fixed.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, width)
    table.setItemDelegateForColumn(1, AreaTextDelegate(table))
    return table


class SelfAssessmentPage(QWidget):

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plans: tuple[q.AssessmentPlan, ...] = ()
        self._unfitted: set[KeyTable] = set()  # rows to fit to their text once the table is on screen
        self.periods: tuple[q.Period, ...] = ()

        self.plan_box = QComboBox()
        self.plan_box.setMinimumWidth(320)
        self.period_box = QComboBox()
        self.period_box.setMinimumWidth(160)
        self.period_name = QLineEdit()
        self.period_name.setMinimumWidth(200)
        self.period_name.setPlaceholderText(self.tr("Name of this period"))
        self.period_name.setToolTip(self.tr("Rename the period: type and press Enter"))
        self.next_button = QPushButton(self.tr("&Start the next period"))
        self.next_button.setToolTip(self.tr("A new period six months on, starting from a copy of this one's answers"))
        bar = QHBoxLayout()
        for label, widget in ((self.tr("Se&lf-assessment:"), self.plan_box), (self.tr("&Period:"), self.period_box),
                              (self.tr("&Name:"), self.period_name)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addWidget(self.next_button)
        bar.addStretch(1)

        self.model = AssessmentTableModel(self._edit, self)
        self.assessment_view = _table(self.model, {0: 52, COL_SCORE: 120})
        self.assessment_view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                             | QAbstractItemView.EditTrigger.DoubleClicked
                                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.assessment_view.setAccessibleName(self.tr("Assessment: scores, evidence and analysis"))
        text_delegate = LongTextDelegate(self.assessment_view)
        for column in (COL_EVIDENCE, COL_ANALYSIS):
            self.assessment_view.setItemDelegateForColumn(column, text_delegate)
        text_delegate.closeEditor.connect(lambda *_: self._fit_rows())
        self.assessment_view.bind(set(_DIGITS), self._score_key, modifiers=NO_CTRL, while_editing=False)
        self.assessment_view.bind({Qt.Key.Key_Delete, Qt.Key.Key_Backspace}, self._clear_key, while_editing=False)

        self.compare_box = QComboBox()
        self.compare_note = QLabel()
        self.comparison_model = ComparisonTableModel(self)
        self.comparison_view = _table(self.comparison_model, {0: 52, 2: 120, 3: 120, 4: 190, 5: 84})
        self.comparison_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison_view.setAccessibleName(self.tr("Comparison with an earlier period"))
        self.comparison_view.setTabKeyNavigation(False)  # read-only: Tab leaves it
        # Room for a period's name to wrap onto a second and third line in the narrow score columns.
        self.comparison_view.horizontalHeader().setMinimumHeight(3 * self.fontMetrics().height() + 6)
        compare_bar = QHBoxLayout()
        caption = QLabel(self.tr("Compare &with:"))
        caption.setBuddy(self.compare_box)
        compare_bar.addWidget(caption)
        compare_bar.addWidget(self.compare_box)
        compare_bar.addWidget(self.compare_note, 1)
        comparison = QWidget()
        comparison_layout = QVBoxLayout(comparison)
        comparison_layout.addLayout(compare_bar)
        comparison_layout.addWidget(self.comparison_view)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.assessment_view, self.tr("&Assessment"))
        self.tabs.addTab(comparison, self.tr("&Comparison"))
        self.tabs.currentChanged.connect(lambda _i: self._fit_pending())

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(bar)
        body_layout.addWidget(self.tabs, 1)
        self.empty_state = EmptyState(self.tr("No self-assessments yet"),
                                      self.tr("File › New plan and choose Self-assessment, or File › Import one from Excel."))
        # On the page before anything goes in: a widget put into a layout that is on no
        # page yet opens as a window of its own for a moment and takes the keyboard.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedLayout()
        layout.addLayout(self._stack)
        self._stack.addWidget(body)
        self._stack.addWidget(self.empty_state)

        self.plan_box.currentIndexChanged.connect(lambda _: self._load_plan())
        self.period_box.currentIndexChanged.connect(lambda _: self._load_period())
        self.compare_box.currentIndexChanged.connect(lambda _: self._load_comparison())
        self.period_name.returnPressed.connect(self._rename)
        self.next_button.clicked.connect(self.start_next_period)
        for widget in (self.next_button, self.period_name):
            widget.setEnabled(not context.read_only)
        self.refresh()

    # -- what is shown -----------------------------------------------------
    @property
    def plan_id(self) -> int | None:
        return self.plan_box.currentData()

    @property
    def period_id(self) -> int | None:
        return self.period_box.currentData()

    def refresh(self) -> None:
        wanted = next((p.uuid for p in self.plans if p.id == self.plan_id), None) \
            or self.context.settings.value(LAST_PLAN_KEY)
        self.plans = q.self_assessment_plans(self.context.workspace)
        self._stack.setCurrentIndex(0 if self.plans else 1)
        self.plan_box.blockSignals(True)
        self.plan_box.clear()
        for plan in self.plans:
            year = f" {plan.financial_year}" if plan.financial_year and plan.financial_year not in plan.title else ""
            self.plan_box.addItem(f"{plan.title}{year}", plan.id)
        self.plan_box.setCurrentIndex(next((i for i, p in enumerate(self.plans) if p.uuid == wanted), 0))
        self.plan_box.blockSignals(False)
        self._load_plan()

    def _load_plan(self, period_id: int | None = None) -> None:
        """The plan's periods; ``period_id`` (else the one shown, else the
        latest) is shown."""
        plan = next((p for p in self.plans if p.id == self.plan_id), None)
        if plan is not None:
            self.context.settings.set_value(LAST_PLAN_KEY, plan.uuid)
        keep = period_id or self.period_id
        self.periods = q.periods(self.context.workspace, plan.id) if plan else ()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for period in self.periods:
            self.period_box.addItem(period.label, period.id)
        ids = [p.id for p in self.periods]
        self.period_box.setCurrentIndex(ids.index(keep) if keep in ids else len(ids) - 1)
        self.period_box.blockSignals(False)
        self.next_button.setEnabled(plan is not None and not self.context.read_only)
        self.next_button.setText(self.tr("&Start the next period") if self.periods else self.tr("&Start the first period"))
        self._load_period()

    def _load_period(self) -> None:
        period = self._period()
        self.period_name.setText(period.label if period else "")
        self.period_name.setCursorPosition(0)
        self.period_name.setEnabled(period is not None and not self.context.read_only)
        self.model.set_lines(q.assessment(self.context.workspace, self.plan_id, self.period_id)
                             if self.plan_id is not None else ())
        self._fit_rows()
        earlier = [p for p in self.periods if period is not None and p.id != period.id
                   and self.periods.index(p) < self.periods.index(period)]
        self.compare_box.blockSignals(True)
        self.compare_box.clear()
        for candidate in reversed(earlier):
            self.compare_box.addItem(candidate.label, candidate.id)
        previous = period.previous_id if period else None
        self.compare_box.setCurrentIndex(max(self.compare_box.findData(previous), 0))
        self.compare_box.blockSignals(False)
        self._load_comparison()

    def _load_comparison(self) -> None:
        if self.plan_id is None or self.period_id is None:
            self.comparison_model.set_comparison(None)
            self.compare_note.setText("")
            return
        self.comparison_model.set_comparison(
            q.compare(self.context.workspace, self.plan_id, self.compare_box.currentData(), self.period_id))
        self.compare_note.setText("" if self.compare_box.count() else
                                  self.tr("This is the first period: start the next period to compare with it."))
        self._fit(self.comparison_view)

    def _after_edit(self) -> None:
        """Re-read the period shown without disturbing an open editor."""
        if self.plan_id is not None:
            self.model.set_lines(q.assessment(self.context.workspace, self.plan_id, self.period_id))
            self._load_comparison()

    def _fit_rows(self) -> None:
        self._fit(self.assessment_view)

    def _fit(self, view: KeyTable) -> None:
        """Rows as tall as their wrapped text, measured once the table is on
        screen: off screen its columns do not have their width yet (a row
        came out 67 px for 39), and a tab not shown need not be measured."""
        if view.isVisible():
            self._unfitted.discard(view)
            view.resizeRowsToContents()
        else:
            self._unfitted.add(view)

    def _fit_pending(self) -> None:
        for view in list(self._unfitted):
            if view.isVisible():
                self._fit(view)

    def _period(self) -> q.Period | None:
        return next((p for p in self.periods if p.id == self.period_id), None)

    # -- edits -------------------------------------------------------------
    def _edit(self, entry_id: int, field: str, value: Any) -> bool:
        if self.context.read_only:
            self.context.show_status(self.context.workspace.read_only_reason())
            return False
        if self.period_id is None:
            self.context.show_status(self.tr("Start the first period (Alt+S) before answering: answers belong to a period."))
            return False
        if field == "score" and not isinstance(value, int) and value is not None:
            text = str(value)
            value = parse_score(text)
            if value is None and text.strip():
                self.context.show_status(self.tr("'{text}' is not a score: type a whole number from 1 to 6.").format(text=text))
                return False
        line = next(line for line in self.model_lines() if line.entry_id == entry_id)
        old = getattr(line, field)
        if value == old or (value in ("", None) and old is None):
            return False
        return commands.edit_answer(self.context, period_id=self.period_id, entry_id=entry_id, field=field,
                                    old=old, new=value, refresh=self._after_edit)

    def model_lines(self) -> list[q.AssessmentLine]:
        return [self.model.line(row) for row in range(self.model.rowCount())]

    def _score_key(self, key: Qt.Key) -> bool:
        index = self.assessment_view.currentIndex()
        if not index.isValid() or index.column() != COL_SCORE:
            return False
        self.model.setData(index, _DIGITS[key])
        return True

    def _clear_key(self, _key: Qt.Key) -> bool:
        index = self.assessment_view.currentIndex()
        if not index.isValid() or index.column() not in FIELDS:
            return False
        self.model.setData(index, None)
        return True

    def start_next_period(self) -> None:
        if self.plan_id is None:
            return
        created = commands.start_next_period(self.context, self.plan_id, self._load_plan)
        if created is not None:
            self._load_plan(created)
            self.tabs.setCurrentIndex(0)
            self.assessment_view.setFocus()
            self.context.show_status(self.tr("Started {currentText} from a copy of the period before.").format(currentText=self.period_box.currentText()))

    def _rename(self) -> None:
        period = self._period()
        new = " ".join(self.period_name.text().split())
        if period is None or new == period.label:
            return
        if not commands.rename_period(self.context, period.id, period.label, new, self._load_plan):
            self.period_name.setText(period.label)

    def showEvent(self, event: QShowEvent) -> None:
        # Not read again here: areas and questions edited on the Plans page
        # (the outline) mark this page stale, and the window reads a stale
        # page again as it comes on screen (views/change_stream.py).
        super().showEvent(event)
        self._fit_pending()

    def flush(self) -> None:
        """An evidence or analysis editor still open saves what it holds."""
        editor = self.assessment_view.focusWidget() if self.assessment_view.state() == \
            QAbstractItemView.State.EditingState else None
        if editor is not None:
            self.assessment_view.commitData(editor)

    def prepare_shot(self) -> None:
        self.assessment_view.resizeRowsToContents()
        self.comparison_view.resizeRowsToContents()
