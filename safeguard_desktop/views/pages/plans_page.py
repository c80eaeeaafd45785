"""The Plans page: the workspace's plans by year and kind (a plan's years
listed together, newest first), and the chosen plan open in the
action-plan grid beside its outline editor."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QSplitter, QStackedLayout, QTableView, QVBoxLayout, QWidget

from safeguard_desktop.store.change_feed import Touched
from safeguard_desktop.store.queries.import_reports import StoredImportReport, import_reports
from safeguard_desktop.store.queries.plan_outline import ListedPlan, listed_plans
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.dialogs.import_report_dialog import ImportReportDialog
from safeguard_desktop.views.dialogs.new_plan_dialog import NextYearCommand
from safeguard_desktop.views.grid.outline_editor import OutlineEditor
from safeguard_desktop.views.grid.plan_view import PlanView
from safeguard_desktop.views.undo import push_applied
from safeguard_desktop.views.widgets.empty_state import EmptyState
from safeguard_desktop.views.widgets.record_table_model import Column, RecordTableModel
from PySide6.QtCore import QT_TRANSLATE_NOOP

LAST_PLAN_KEY = "plans/last_plan_uuid"

COLUMNS: tuple[Column[ListedPlan], ...] = (
    Column(QT_TRANSLATE_NOOP("Words", "Plan"), lambda p: p.title),
    Column(QT_TRANSLATE_NOOP("Words", "Year"), lambda p: p.financial_year),
)


class PlansPage(QWidget):

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plans: list[ListedPlan] = []
        self._reports: list[StoredImportReport] = []
        self.plan_list_model: RecordTableModel[ListedPlan] = RecordTableModel(COLUMNS, lambda p: p.id, self)
        self.plan_list = QTableView()
        self.plan_list.setModel(self.plan_list_model)
        self.plan_list.setAccessibleName(self.tr("Plans"))
        self.plan_list.setTabKeyNavigation(False)  # a read-only list: Tab leaves it, arrows walk it
        self.plan_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plan_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_list.verticalHeader().setVisible(False)
        self.plan_list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.plan_list.setWordWrap(True)
        self.plan_view = PlanView(context)
        self.plan_list.selectionModel().currentRowChanged.connect(lambda current, _: self._open_row(current.row()))

        self.report_button = QPushButton(self.tr("Import report…"))
        self.report_button.setToolTip(self.tr("What the import of this plan understood, row by row"))
        self.report_button.clicked.connect(self.show_import_report)
        self.report_button.hide()
        self.next_year_button = QPushButton(self.tr("Start next year's plan…"))
        self.next_year_button.setToolTip(self.tr("A copy of this plan for the next financial year, its open rows carried "
                                         "forward and linked to this year's"))
        self.next_year_button.clicked.connect(self.start_next_year)
        self.next_year_button.setEnabled(not context.read_only)
        self.outline = OutlineEditor(context, self.plan_view)
        plans_box = QWidget()
        plans_layout = QVBoxLayout(plans_box)
        plans_layout.setContentsMargins(0, 0, 0, 0)
        plans_layout.addWidget(self.plan_list)
        plans_layout.addWidget(self.next_year_button)
        plans_layout.addWidget(self.report_button)

        side = QSplitter(Qt.Orientation.Vertical)
        for widget in (plans_box, self.outline, self.plan_view.history):
            side.addWidget(widget)
        side.setSizes([130, 430, 200])
        side.setMinimumWidth(185)  # with the filter bar, within a 1280-pixel laptop in Welsh
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(side)
        body.addWidget(self.plan_view)
        body.setStretchFactor(1, 1)
        body.setSizes([340, 1100])
        # On the page before anything goes in: a widget put into a layout that is on no
        # page yet opens as a window of its own for a moment and takes the keyboard.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedLayout()
        layout.addLayout(self._stack)
        self._stack.addWidget(body)
        self.empty_state = EmptyState(self.tr("No plans yet"), self.tr("File › Import a plan from Excel or Word, or File › New plan."))
        self._stack.addWidget(self.empty_state)
        self.refresh()

    def refresh(self) -> None:
        open_uuid = next((p.uuid for p in self.plans if p.id == self.plan_view.plan_id), None)
        self.plans = in_succession(listed_plans(self.context.workspace))
        self.plan_list_model.set_rows(self.plans)
        self.plan_list.resizeRowsToContents()
        self._stack.setCurrentIndex(0 if self.plans else 1)
        if not self.plans:
            return
        wanted = open_uuid or self.context.settings.value(LAST_PLAN_KEY)
        row = next((i for i, p in enumerate(self.plans) if p.uuid == wanted), self._first_business_plan())
        if self.plans[row].id == self.plan_view.plan_id:
            self.plan_view.refresh()
        self.plan_list.selectionModel().setCurrentIndex(
            self.plan_list_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def follow(self, touched: Touched) -> None:
        """Changes from elsewhere: the list of plans when plans changed,
        else only the rows of the grid they touched."""
        if touched.touches(("plans",)):
            self.refresh()
        else:
            self.plan_view.follow(touched)

    def _first_business_plan(self) -> int:
        return next((i for i, p in enumerate(self.plans) if p.kind == "business_plan"), 0)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.plans) and self.plans[row].id != self.plan_view.plan_id:
            self.plan_view.open_plan(self.plans[row].id)
            self.context.settings.set_value(LAST_PLAN_KEY, self.plans[row].uuid)
        self._reports = import_reports(self.context.workspace, self.plan_view.plan_id) \
            if self.plan_view.plan_id is not None else []
        self.report_button.setVisible(bool(self._reports))

    def show_plan(self, plan_id: int, name_entry: int | None = None) -> None:
        """Open a plan (a new one: at once, so a paste lands in it), with the
        cursor on ``name_entry`` ready to type its name."""
        self.refresh()
        row = next((i for i, p in enumerate(self.plans) if p.id == plan_id), None)
        if row is None:
            return
        self.plan_list.selectionModel().setCurrentIndex(
            self.plan_list_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.outline.show_node(("entry", name_entry) if name_entry is not None else None, edit=name_entry is not None)

    def start_next_year(self) -> None:
        plan_id = self.plan_view.plan_id
        if plan_id is None:
            return
        command = NextYearCommand(self.context, plan_id, self.refresh)
        push_applied(self.context.undo_stack, command)
        if command.step is not None:
            self.show_plan(command.step.plan_id)

    def show_record(self, action_id: int | None, plan_id: object) -> None:
        """Open a plan with one of its rows selected, from another page (a
        line of "What is due", a review's action plan)."""
        self.show_plan(int(plan_id))  # type: ignore[call-overload]
        grid = self.plan_view.grid
        if action_id is not None:
            if not self.plan_view.filter_bar.current().is_empty:
                self.plan_view.filter_bar.clear()  # a filter must not hide the row asked for
            row = grid.grid_model.row_of(action_id)
            if row is not None:
                grid.select_rows([row], 0)
        grid.setFocus()

    def show_import_report(self) -> None:
        if self._reports:
            ImportReportDialog(self._reports[0], self).exec()

    def flush(self) -> None:
        self.plan_view.flush()

    def prepare_shot(self) -> None:
        self.plan_view.grid.fit_visible_rows()


def in_succession(plans: list[ListedPlan]) -> list[ListedPlan]:
    """The plans in their order, each followed at once by the years it
    continues (newest first), so a plan's years are listed together."""
    by_id = {p.id: p for p in plans}
    previous = {p.id: p.previous_id for p in plans if p.previous_id is not None}
    followed = set(previous.values())
    ordered: list[ListedPlan] = []
    for plan in plans:
        if plan.id in followed and any(by_id.get(later) for later, earlier in previous.items() if earlier == plan.id):
            continue  # listed under the plan that continues it
        chain = plan
        while chain is not None and chain not in ordered:
            ordered.append(chain)
            chain = by_id.get(previous.get(chain.id, -1))  # type: ignore[arg-type]
    ordered += [p for p in plans if p not in ordered]
    return ordered
