"""File › New plan: a new, empty plan for a board and financial year, as one
undo step."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMessageBox, QWidget

from safeguard_desktop.core.quarters import FinancialYear, financial_year_of
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.ops.plans import create_plan, set_plan_withdrawn
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.labels import PLAN_KINDS


class NewPlanDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New plan")
        self.context = context
        this_year = financial_year_of(date.today())
        self.kind = QComboBox()
        for code, label in PLAN_KINDS.items():
            self.kind.addItem(label, code)
        self.year = QComboBox()
        self.year.setEditable(True)
        for offset in (-1, 0, 1, 2):
            self.year.addItem(FinancialYear(this_year.start_year + offset).label)
        self.year.setCurrentIndex(1)
        self.board = QComboBox()
        for board in boards(context.workspace):
            self.board.addItem(board.name, board.id)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("e.g. Business Plan 2025-26")
        self.kind.currentIndexChanged.connect(self._suggest_title)
        self.year.currentTextChanged.connect(self._suggest_title)
        self._suggested = ""
        self._suggest_title()
        form = QFormLayout(self)
        if self.board.count() > 1:
            form.addRow("Board", self.board)
        form.addRow("Kind", self.kind)
        form.addRow("Financial year", self.year)
        form.addRow("Title", self.title_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _suggest_title(self) -> None:
        # Keep what the user typed; only replace our own suggestion.
        if self.title_edit.text() in ("", self._suggested):
            year = self.year.currentText().strip()
            try:
                year = FinancialYear.parse(year).label
            except ValueError:
                pass  # shown as typed; accept() says what is wrong with it
            self._suggested = f"{self.kind.currentText()} {year}".strip()
            self.title_edit.setText(self._suggested)

    def accept(self) -> None:
        try:
            self.financial_year()
        except UserError as exc:
            QMessageBox.warning(self, "New plan", str(exc))
            return
        super().accept()

    def financial_year(self) -> str:
        text = self.year.currentText().strip()
        try:
            return FinancialYear.parse(text).label
        except ValueError:
            raise UserError(f"“{text}” is not a financial year: write it as 2025-26.") from None

    def values(self) -> dict[str, object]:
        return {"board_id": self.board.currentData(), "kind": self.kind.currentData(),
                "title": self.title_edit.text().strip() or self._suggested,
                "financial_year": self.financial_year()}


class NewPlanCommand(QUndoCommand):
    """Creates the plan on first redo; undo withdraws it (soft delete), and
    redo after that restores the same plan, with the same UUID."""

    def __init__(self, context: AppContext, values: dict[str, object], refresh: Callable[[], None]) -> None:
        super().__init__(f"New plan “{values['title']}”")
        self._context = context
        self._values = values
        self._refresh = refresh
        self.plan_id: int | None = None
        self._stamp: str | None = None

    def redo(self) -> None:
        ws = self._context.workspace
        try:
            if self.plan_id is None:
                self.plan_id = create_plan(ws, **self._values)  # type: ignore[arg-type]
            else:
                set_plan_withdrawn(ws, self.plan_id, False, self._stamp, context="redo: new plan")
        except UserError as exc:  # read-only, disk full: no step to keep on the stack
            self.setObsolete(True)
            self._context.show_status(str(exc))
            return
        self._refresh()

    def undo(self) -> None:
        if self.plan_id is None:
            return
        try:
            self._stamp = set_plan_withdrawn(self._context.workspace, self.plan_id, True, context="undo: new plan")
        except UserError as exc:
            self.setObsolete(True)
            self._context.show_status(str(exc))
            return
        self._refresh()


def new_plan(context: AppContext, parent: QWidget, refresh: Callable[[], None]) -> int | None:
    dialog = NewPlanDialog(context, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    command = NewPlanCommand(context, dialog.values(), refresh)
    context.undo_stack.push(command)
    return command.plan_id
