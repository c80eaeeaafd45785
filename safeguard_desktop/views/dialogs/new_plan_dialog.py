"""File › New plan: a new plan for a board and financial year, started from
its shape (its first heading ready to name) or from a copy of another plan's
structure, as one undo step. The window opens it at once."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from safeguard_desktop.core.quarters import FinancialYear, financial_year_of
from safeguard_desktop.errors import UserError
from safeguard_desktop.core.plan_shapes import shape_of
from safeguard_desktop.store.ops.plan_copies import (
    NextYear,
    create_plan_from,
    restore_next_year,
    start_next_year,
    withdraw_next_year,
)
from safeguard_desktop.store.ops.plans import set_plan_withdrawn
from safeguard_desktop.store.queries.overview import boards, list_plans
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.labels import PLAN_KINDS
from safeguard_desktop.views.i18n import counted, translate, word
from safeguard_desktop.views.undo import UndoStep, push_applied


class NewPlanDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan"))
        self.context = context
        this_year = financial_year_of(date.today())
        self.kind = QComboBox()
        for code, label in PLAN_KINDS.items():
            self.kind.addItem(word(label), code)
        self.year = QComboBox()
        self.year.setEditable(True)
        for offset in (-1, 0, 1, 2):
            self.year.addItem(FinancialYear(this_year.start_year + offset).label)
        self.year.setCurrentIndex(1)
        self.board = QComboBox()
        for board in boards(context.workspace):
            self.board.addItem(board.name, board.id)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Business Plan 2025-26"))
        self.start_from = QComboBox()
        self.start_from.addItem(self.tr("Its shape, with a first heading to name"), None)
        for plan in list_plans(context.workspace):
            year = f" ({plan.financial_year})" if plan.financial_year else ""
            self.start_from.addItem(
                self.tr("A copy of the structure of “{title}”{year}").format(title=plan.title, year=year),
                (plan.id, plan.kind),
            )
        self.start_from.currentIndexChanged.connect(self._source_chosen)
        self.shape_note = QLabel()
        self.shape_note.setWordWrap(True)
        self.kind.currentIndexChanged.connect(self._suggest_title)
        self.kind.currentIndexChanged.connect(self._describe_shape)
        self.year.currentTextChanged.connect(self._suggest_title)
        self._suggested = ""
        self._suggest_title()
        form = QFormLayout(self)
        if self.board.count() > 1:
            form.addRow(self.tr("Board"), self.board)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Financial year"), self.year)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Start from"), self.start_from)
        form.addRow("", self.shape_note)
        self._describe_shape()
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

    def _source_chosen(self) -> None:
        """A copied structure keeps its levels: the new plan takes its kind."""
        source = self.start_from.currentData()
        if source is not None and self.kind.findData(source[1]) >= 0:
            self.kind.setCurrentIndex(self.kind.findData(source[1]))

    def _describe_shape(self) -> None:
        shape = shape_of(self.kind.currentData() or "")
        levels = " → ".join(level.word.lower() + "s" for level in shape.levels)
        rows = f" → {shape.row_word.lower()}s" if shape.row_word else ""
        self.shape_note.setText(self.tr("Laid out as {levels}{rows}.").format(levels=levels, rows=rows))

    def copy_from(self) -> int | None:
        source = self.start_from.currentData()
        return source[0] if source is not None else None

    def accept(self) -> None:
        try:
            self.financial_year()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("New plan"), str(exc))
            return
        super().accept()

    def financial_year(self) -> str:
        text = self.year.currentText().strip()
        try:
            return FinancialYear.parse(text).label
        except ValueError:
            raise UserError(
                self.tr("“{text}” is not a financial year: write it as 2025-26.").format(text=text)
            ) from None

    def values(self) -> dict[str, object]:
        return {
            "board_id": self.board.currentData(),
            "kind": self.kind.currentData(),
            "title": self.title_edit.text().strip() or self._suggested,
            "financial_year": self.financial_year(),
        }


class _PlanCommand(UndoStep):
    """A whole plan made on the first redo, withdrawn by undo (soft delete)
    and brought back, the same plan with the same UUID, by later redos. A
    step the store refuses (read-only, disk full) is said and not kept."""

    def __init__(self, context: AppContext, text: str, refresh: Callable[[], None]) -> None:
        super().__init__(text, context.show_status)
        self._context = context
        self._refresh = refresh
        self._stamp: str | None = None

    def make(self) -> None:
        raise NotImplementedError

    def bring_back(self, stamp: str) -> None:
        raise NotImplementedError

    def withdraw(self) -> str | None:
        raise NotImplementedError

    def apply(self, first: bool) -> None:
        if first:
            self.make()
        else:
            self.bring_back(self._stamp or "")

    def revert(self) -> None:
        self._stamp = self.withdraw()

    def settled(self) -> None:
        self._refresh()


class NewPlanCommand(_PlanCommand):
    def __init__(
        self,
        context: AppContext,
        values: dict[str, object],
        refresh: Callable[[], None],
        copy_from: int | None = None,
    ) -> None:
        super().__init__(
            context, translate("NewPlanCommand", "New plan “{title}”").format(title=values["title"]), refresh
        )
        self._values = values
        self._copy_from = copy_from
        self.plan_id: int | None = None
        self.first_entry: int | None = None

    def make(self) -> None:
        self.plan_id, self.first_entry = create_plan_from(
            self._context.workspace, self._values, copy_from=self._copy_from, context=self.text()
        )

    def bring_back(self, stamp: str) -> None:
        assert self.plan_id is not None
        set_plan_withdrawn(self._context.workspace, self.plan_id, False, stamp, context="redo: new plan")

    def withdraw(self) -> str | None:
        assert self.plan_id is not None
        return set_plan_withdrawn(self._context.workspace, self.plan_id, True, context="undo: new plan")


def new_plan(context: AppContext, parent: QWidget, refresh: Callable[[], None]) -> tuple[int, int | None] | None:
    """The new plan's id and the entry to name first, or None when cancelled."""
    dialog = NewPlanDialog(context, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    command = NewPlanCommand(context, dialog.values(), refresh, dialog.copy_from())
    push_applied(context.undo_stack, command)
    return (command.plan_id, command.first_entry) if command.plan_id is not None else None


class NextYearCommand(_PlanCommand):
    """Start next year's plan from this one (open rows carried, linked to
    last year's); its undo also gives last year's rows back their statuses."""

    def __init__(self, context: AppContext, plan_id: int, refresh: Callable[[], None]) -> None:
        super().__init__(context, translate("NextYearCommand", "Start next year's plan"), refresh)
        self._source = plan_id
        self.step: NextYear | None = None

    def make(self) -> None:
        self.step = start_next_year(self._context.workspace, self._source, context=self.text())
        carried = len(self.step.carried)
        self._context.show_status(
            counted(
                translate(
                    "NextYear",
                    "Next year's plan started: %n open row(s) carried forward, each linked to last year's.",
                    None,
                    carried,
                ),
                carried,
            )
        )

    def bring_back(self, stamp: str) -> None:
        assert self.step is not None
        restore_next_year(self._context.workspace, self.step, stamp, context=f"Redo: {self.text()}")

    def withdraw(self) -> str | None:
        assert self.step is not None
        return withdraw_next_year(self._context.workspace, self.step, context=f"Undo: {self.text()}")
