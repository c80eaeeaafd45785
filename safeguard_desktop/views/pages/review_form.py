"""One case review's fields, edited in place beside the list: each field is
saved when the cursor leaves it, as one audited, undoable step. Dates are
typed as 31/03/2026 (or 31 March 2026); a blank date means "not yet"."""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from safeguard_desktop.core.review_clocks import REVIEW_KINDS
from safeguard_desktop.core.timescales import DATE, understand_timescale
from safeguard_desktop.store.ops.case_reviews import REVIEW_STATUSES, set_review_fields
from safeguard_desktop.store.queries.case_reviews import ReviewRow
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.commands import run_edit
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import translate, word
from safeguard_desktop.views.state_words import state_text

REVIEW_STATUS_WORDS = {"open": QT_TRANSLATE_NOOP("Words", "Open"), "completed": QT_TRANSLATE_NOOP("Words", "Completed"),
                       "closed": QT_TRANSLATE_NOOP("Words", "Closed")}
# (field, label) in the order the clocks run.
DATES = (
    ("incident_on", QT_TRANSLATE_NOOP("Words", "Incident known")),
    ("notified_on", QT_TRANSLATE_NOOP("Words", "Notification made")),
    ("rapid_review_on", QT_TRANSLATE_NOOP("Words", "Rapid review held")),
    ("decision_on", QT_TRANSLATE_NOOP("Words", "Decision to review")),
    ("completed_on", QT_TRANSLATE_NOOP("Words", "Report completed")),
    ("published_on", QT_TRANSLATE_NOOP("Words", "Published")),
)
LABELS = {
    "reference": QT_TRANSLATE_NOOP("Words", "Reference"),
    "title": QT_TRANSLATE_NOOP("Words", "Title"),
    "kind": QT_TRANSLATE_NOOP("Words", "Kind"),
    "status": QT_TRANSLATE_NOOP("Words", "Status"),
    "confidential": QT_TRANSLATE_NOOP("Words", "Confidential"),
    "notes": QT_TRANSLATE_NOOP("Words", "Notes"),
    **dict(DATES),
}


def read_date(text: str) -> date | None:
    """A typed date; None for a blank; ValueError for anything else."""
    if not text.strip():
        return None
    understood = understand_timescale(text)
    if understood.kind != DATE or understood.date is None:
        raise ValueError(translate("ReviewForm", "“{text}” is not a date: type it as 31/03/2026.").format(text=text))
    return understood.date


class ReviewForm(QWidget):
    def __init__(self, context: AppContext, refresh: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._refresh = refresh
        self.review: ReviewRow | None = None
        self.reference = QLineEdit()
        self.title = QLineEdit()
        self.kind = QComboBox()
        for code, kind in REVIEW_KINDS.items():
            self.kind.addItem(word(kind), code)
        self.status = QComboBox()
        for code in REVIEW_STATUSES:
            self.status.addItem(word(REVIEW_STATUS_WORDS.get(code, code.capitalize())), code)
        self.confidential = QCheckBox(self.tr("Confidential (left out of public papers)"))
        self.dates = {field: QLineEdit() for field, _ in DATES}
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.installEventFilter(self)
        self.clocks = QLabel()
        self.clocks.setObjectName("reviewClocks")
        self.clocks.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(word(LABELS["reference"]), self.reference)
        form.addRow(word(LABELS["kind"]), self.kind)
        form.addRow(word(LABELS["title"]), self.title)
        form.addRow(self.tr("Clocks"), self.clocks)
        for field, label in DATES:
            self.dates[field].setPlaceholderText(self.tr("dd/mm/yyyy, or blank"))
            form.addRow(word(label), self.dates[field])
        form.addRow(word(LABELS["status"]), self.status)
        form.addRow("", self.confidential)
        form.addRow(word(LABELS["notes"]), self.notes)

        for field, edit in (("reference", self.reference), ("title", self.title)):
            edit.editingFinished.connect(lambda f=field, e=edit: self._save(f, e.text().strip() or None))
        for field, edit in self.dates.items():
            edit.editingFinished.connect(lambda f=field, e=edit: self._save_date(f, e))
        # "activated" and "clicked" come from the user only, never from filling the form.
        self.kind.activated.connect(lambda _i: self._save("kind", self.kind.currentData()))
        self.status.activated.connect(lambda _i: self._save("status", self.status.currentData()))
        self.confidential.clicked.connect(lambda on: self._save("confidential", bool(on)))
        self.set_review(None)

    def set_review(self, review: ReviewRow | None) -> None:
        self.review = review
        self.setEnabled(review is not None and not self.context.read_only)
        if review is None:
            for edit in (self.reference, self.title, *self.dates.values()):
                edit.clear()
            self.notes.clear()
            self.clocks.clear()
            return
        self.reference.setText(review.reference)
        self.title.setText(review.title or "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(review.kind)))
        self.status.setCurrentIndex(max(0, self.status.findData(review.status)))
        self.confidential.setChecked(review.confidential)
        for field, edit in self.dates.items():
            day = getattr(review, field)
            edit.setText(day.strftime("%d/%m/%Y") if day else "")
        if self.notes.toPlainText() != (review.notes or ""):
            self.notes.setPlainText(review.notes or "")
        self.clocks.setText(
            "<br>".join(
                f"<span style='background:{c.state.colour}'>&nbsp;{word(c.name)}: {state_text(c.summary)}&nbsp;</span>"
                for c in review.clocks
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Save the notes being typed (the page is left, the window closes)."""
        if self.review is not None:
            self._save("notes", self.notes.toPlainText().strip() or None)

    def _save_date(self, field: str, edit: QLineEdit) -> None:
        try:
            day = read_date(edit.text())
        except ValueError as exc:
            self.context.show_status(str(exc))
            old = getattr(self.review, field) if self.review else None
            edit.setText(old.strftime("%d/%m/%Y") if old else "")
            return
        self._save(field, day)

    def _save(self, field: str, value: Any) -> None:
        review = self.review
        if review is None or getattr(review, field) == value:
            return
        old = getattr(review, field)
        ws = self.context.workspace

        def write(v: Any) -> Callable[[], None]:
            return lambda: set_review_fields(ws, review.id, {field: v})

        if not run_edit(
            self.context,
            f"{review.reference}: {word(LABELS[field]).lower()}",
            write(value),
            write(old),
            self._refresh,
        ):
            self.set_review(review)  # refused: show what is stored
