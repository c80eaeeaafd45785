"""The Plans page: the workspace's plans by year and kind."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from safeguard_desktop.store.queries.overview import PlanSummary, list_plans
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.labels import PLAN_KINDS, label
from safeguard_desktop.views.widgets.list_page import ListSection
from safeguard_desktop.views.widgets.record_table_model import Column

COLUMNS: tuple[Column[PlanSummary], ...] = (
    Column("Plan", lambda p: p.title),
    Column("Kind", lambda p: label(PLAN_KINDS, p.kind)),
    Column("Year", lambda p: p.financial_year),
    Column("Status", lambda p: p.status.capitalize()),
    Column("Actions", lambda p: p.actions),
    Column("Red", lambda p: p.red),
    Column("Amber", lambda p: p.amber),
    Column("Green", lambda p: p.green),
    Column("Blue (complete)", lambda p: p.blue),
)


class PlansPage(QWidget):
    title = "Plans"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.section = ListSection(
            "Plans", COLUMNS, lambda p: p.id,
            "No plans yet",
            "Bring in the plan you keep in Excel or Word with File › Import plan, "
            "or start a new business plan with File › New plan.",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.section)
        self.refresh()

    def refresh(self) -> None:
        self.section.set_rows(list_plans(self.context.workspace))
