"""Case reviews: rapid reviews, child safeguarding practice reviews, adult
practice reviews, safeguarding adults reviews and domestic homicide reviews,
each with its statutory clocks in words and colour. A review's
recommendations are its action plan, opened in the Plans grid."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from safeguard_desktop.core.review_clocks import NOTIFICATION, RAPID_REVIEW, REPORT
from safeguard_desktop.core.working_days import NATIONS
from safeguard_desktop.store.models import CaseReview, Plan
from safeguard_desktop.store.ops import case_reviews as ops
from safeguard_desktop.store.ops import records
from safeguard_desktop.store.queries.case_reviews import ReviewRow, list_reviews
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.queries.settings import board_nation
from safeguard_desktop.views.accessibility import add_labelled
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.commands import run_create, run_edit
from safeguard_desktop.views.pages.review_form import ReviewForm
from safeguard_desktop.views.widgets.list_page import ListSection
from safeguard_desktop.views.widgets.record_table_model import ID_ROLE, Column
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.labels import code_word
from safeguard_desktop.views.i18n import word
from safeguard_desktop.views.state_words import state_text


def _clock_column(header: str, name: str) -> Column[ReviewRow]:
    # "—": this kind of review does not run that clock.
    return Column(header, lambda r: state_text(c.summary) if (c := r.clock(name)) is not None else "—",
                  lambda r: c.state.colour if (c := r.clock(name)) is not None else None)


COLUMNS: tuple[Column[ReviewRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Words", "Reference"), lambda r: r.reference),
    Column(QT_TRANSLATE_NOOP("Words", "Kind"), lambda r: word(r.kind_label)),
    _clock_column(QT_TRANSLATE_NOOP("Words", "Notification"), NOTIFICATION),
    _clock_column(QT_TRANSLATE_NOOP("Words", "Rapid review"), RAPID_REVIEW),
    _clock_column(QT_TRANSLATE_NOOP("Words", "Report"), REPORT),
    Column(QT_TRANSLATE_NOOP("Words", "Known"), lambda r: r.incident_on.strftime("%d/%m/%Y") if r.incident_on else ""),
    Column(QT_TRANSLATE_NOOP("Words", "Status"), lambda r: code_word(r.status)),
    Column(QT_TRANSLATE_NOOP("Words", "Title"), lambda r: r.title),
)
# The clocks first and wrapped onto two lines, so all three show beside the form.
WIDTHS = (105, 125, 170, 170, 170, 85, 75)


class ReviewsPage(QWidget):
    # (page key, record id, the record's home): here, a plan to open
    open_requested = Signal(str, object, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.reviews: list[ReviewRow] = []
        self.section = ListSection(
            self.tr("Case reviews"), COLUMNS, lambda r: r.id, self.tr("No case reviews yet"),
            self.tr("Add a review when the board learns of a serious incident: its clocks start from that day."))
        self.section.table.setWordWrap(True)
        self.section.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.form = ReviewForm(context, self.refresh)
        self.add_button = QPushButton(self.tr("Add review"))
        self.add_button.clicked.connect(self.add_review)
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(self.open_action_plan)
        self.nation = QComboBox()
        for code, nation in NATIONS.items():
            self.nation.addItem(word(nation), code)
        self.nation.activated.connect(lambda _i: self.set_nation(self.nation.currentData()))
        for widget in (self.add_button, self.plan_button, self.nation):
            widget.setEnabled(not context.read_only)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.plan_button)
        bar.addStretch(1)
        add_labelled(bar, self.tr("Working days skip the bank holidays of"), self.nation)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.section)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([850, 360])
        rules = QLabel(self.tr("Notification is due 5 working days after the board learns of the incident; the rapid review "
                       "15 working days after notification; a local review's report about 6 months after the "
                       "decision to hold one (adult reviews run only that last clock)."))
        rules.setObjectName("reviewRules")
        rules.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(rules)
        self.refresh()

    # -- loading -------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current_id()
        ws = self.context.workspace
        self.nation.setCurrentIndex(max(0, self.nation.findData(board_nation(ws))))
        self.reviews = list_reviews(ws, self.today())
        self.section.set_rows(self.reviews)
        for column, width in enumerate(WIDTHS):
            self.section.table.setColumnWidth(column, width)
        self.section.table.resizeRowsToContents()
        if keep is not None and any(r.id == keep for r in self.reviews):
            self.select(keep)
        elif self.reviews and keep is None:
            self.select(self.reviews[0].id)
        self._show_current()

    def current_id(self) -> int | None:
        rows = self.section.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def current_review(self) -> ReviewRow | None:
        wanted = self.current_id()
        return next((r for r in self.reviews if r.id == wanted), None)

    def select(self, review_id: int) -> None:
        model = self.section.model
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == review_id:
                self.section.table.selectRow(row)
                return

    def show_record(self, review_id: int, _home_id: object = None) -> None:
        self.refresh()
        self.select(review_id)
        self.section.table.setFocus()

    def _on_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_current()

    def _show_current(self) -> None:
        # Notes being typed were saved when the cursor left them for the list.
        review = self.current_review()
        self.form.set_review(review)
        self.plan_button.setText(self.tr("Open action plan") if review and review.action_plan_id
                                 else self.tr("Create action plan"))
        self.plan_button.setEnabled(review is not None and (review.action_plan_id is not None
                                                             or not self.context.read_only))

    def flush(self) -> None:
        self.form.flush()

    # -- edits ---------------------------------------------------------
    def add_review(self) -> None:
        ws = self.context.workspace
        board = boards(ws)
        if not board:
            self.context.show_status(self.tr("Create a workspace with a board first."))
            return
        today = self.today()
        reference = self.tr("New review {today:%d/%m/%Y}").format(today=today)
        created = run_create(
            self.context, self.tr("Add case review"),
            lambda: ops.create_review(ws, board_id=board[0].id, kind="rapid_review", reference=reference,
                                      incident_on=today),
            lambda ids: records.restore_records(ws, CaseReview, ids),
            lambda ids: records.delete_records(ws, CaseReview, ids), self.refresh)
        if created:
            self.select(created[0])
            self.form.reference.setFocus()
            self.form.reference.selectAll()

    def open_action_plan(self) -> None:
        review = self.current_review()
        if review is None:
            return
        if review.action_plan_id is None:
            ws = self.context.workspace
            created = run_create(self.context, self.tr("{reference}: create action plan").format(reference=review.reference),
                                 lambda: ops.create_action_plan(ws, review.id, self.today()),
                                 lambda ids: records.restore_records(ws, Plan, ids),
                                 lambda ids: records.delete_records(ws, Plan, ids), self.refresh)
            if not created:
                return
            plan_id = created[0]
        else:
            plan_id = review.action_plan_id
        self.open_requested.emit("plans", None, plan_id)

    def set_nation(self, nation: str) -> None:
        ws = self.context.workspace
        old = board_nation(ws)
        if nation == old:
            return
        run_edit(self.context, self.tr("Bank holidays of {nation}").format(nation=word(NATIONS[nation])), lambda: ops.set_board_nation(ws, nation),
                 lambda: ops.set_board_nation(ws, old), self.refresh)
