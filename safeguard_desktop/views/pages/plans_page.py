"""The Plans page: the workspace's plans by year and kind, and the chosen
plan open in the action-plan grid beside its priorities and outcomes."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QSplitter, QStackedLayout, QTableView, QVBoxLayout, QWidget

from safeguard_desktop.store.queries.import_reports import StoredImportReport, import_reports
from safeguard_desktop.store.queries.overview import PlanSummary, list_plans
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.dialogs.import_report_dialog import ImportReportDialog
from safeguard_desktop.views.grid.plan_view import PlanView
from safeguard_desktop.views.widgets.empty_state import EmptyState
from safeguard_desktop.views.widgets.record_table_model import Column, RecordTableModel

LAST_PLAN_KEY = "plans/last_plan_uuid"

COLUMNS: tuple[Column[PlanSummary], ...] = (
    Column("Plan", lambda p: p.title),
    Column("Year", lambda p: p.financial_year),
)


class PlansPage(QWidget):
    title = "Plans"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plans: list[PlanSummary] = []
        self._reports: list[StoredImportReport] = []
        self.plan_list_model: RecordTableModel[PlanSummary] = RecordTableModel(COLUMNS, lambda p: p.id, self)
        self.plan_list = QTableView()
        self.plan_list.setModel(self.plan_list_model)
        self.plan_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plan_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_list.verticalHeader().setVisible(False)
        self.plan_list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.plan_list.setWordWrap(True)
        self.plan_view = PlanView(context)
        self.plan_list.selectionModel().currentRowChanged.connect(lambda current, _: self._open_row(current.row()))

        self.report_button = QPushButton("Import report…")
        self.report_button.setToolTip("What the import of this plan understood, row by row")
        self.report_button.clicked.connect(self.show_import_report)
        self.report_button.hide()
        plans_box = QWidget()
        plans_layout = QVBoxLayout(plans_box)
        plans_layout.setContentsMargins(0, 0, 0, 0)
        plans_layout.addWidget(self.plan_list)
        plans_layout.addWidget(self.report_button)

        side = QSplitter(Qt.Orientation.Vertical)
        for widget in (plans_box, self.plan_view.tree, self.plan_view.history):
            side.addWidget(widget)
        side.setSizes([130, 330, 300])
        side.setMinimumWidth(200)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(side)
        body.addWidget(self.plan_view)
        body.setStretchFactor(1, 1)
        body.setSizes([250, 1100])
        self._stack = QStackedLayout()
        self._stack.addWidget(body)
        self.empty_state = EmptyState("No plans yet", "File › Import a plan from Excel or Word, or File › New plan.")
        self._stack.addWidget(self.empty_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._stack)
        self.refresh()

    def refresh(self) -> None:
        open_uuid = next((p.uuid for p in self.plans if p.id == self.plan_view.plan_id), None)
        self.plans = list_plans(self.context.workspace)
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

    def _first_business_plan(self) -> int:
        return next((i for i, p in enumerate(self.plans) if p.kind == "business_plan"), 0)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.plans) and self.plans[row].id != self.plan_view.plan_id:
            self.plan_view.open_plan(self.plans[row].id)
            self.context.settings.set_value(LAST_PLAN_KEY, self.plans[row].uuid)
        self._reports = import_reports(self.context.workspace, self.plan_view.plan_id) \
            if self.plan_view.plan_id is not None else []
        self.report_button.setVisible(bool(self._reports))

    def show_import_report(self) -> None:
        if self._reports:
            ImportReportDialog(self._reports[0], self).exec()

    def flush(self) -> None:
        self.plan_view.flush()

    def prepare_shot(self) -> None:
        self.plan_view.grid.fit_visible_rows()
