"""A small form asked in a dialog: a few named fields, their answers back
as a dict. Used where a record needs three or four values at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from safeguard_desktop.views.widgets.date_entry import DateEntry


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"  # text | lines | choice | check | date
    choices: Sequence[tuple[str, Any]] = field(default_factory=tuple)  # (shown, value) for "choice"
    default: Any = None
    required: bool = False


class FormDialog(QDialog):
    def __init__(self, title: str, fields: Sequence[Field], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._fields = list(fields)
        self._widgets: dict[str, QWidget] = {}
        form = QFormLayout(self)
        for spec in self._fields:
            widget = self._make(spec)
            self._widgets[spec.key] = widget
            form.addRow(spec.label if spec.kind != "check" else "", widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    @staticmethod
    def _make(spec: Field) -> QWidget:
        if spec.kind == "choice":
            combo = QComboBox()
            for shown, value in spec.choices:
                combo.addItem(shown, value)
            combo.setCurrentIndex(max(0, combo.findData(spec.default)))
            return combo
        if spec.kind == "check":
            box = QCheckBox(spec.label)
            box.setChecked(bool(spec.default))
            return box
        if spec.kind == "date":
            return DateEntry(spec.default or date.today())
        if spec.kind == "lines":  # a list, one a line (a group's duties); Tab moves on
            lines = QPlainTextEdit(spec.default or "")
            lines.setTabChangesFocus(True)
            lines.setMinimumHeight(90)
            return lines
        line = QLineEdit(spec.default or "")
        return line

    def values(self) -> dict[str, Any]:
        answers: dict[str, Any] = {}
        for spec in self._fields:
            widget = self._widgets[spec.key]
            if isinstance(widget, QComboBox):
                answers[spec.key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                answers[spec.key] = widget.isChecked()
            elif isinstance(widget, DateEntry):
                answers[spec.key] = widget.date()
            elif isinstance(widget, QLineEdit):
                answers[spec.key] = widget.text().strip() or None
            elif isinstance(widget, QPlainTextEdit):
                answers[spec.key] = widget.toPlainText().strip() or None
        return answers

    def _accept(self) -> None:
        unread = [w for w in self._widgets.values() if isinstance(w, DateEntry) and not w.is_valid()]
        missing = [self._widgets[s.key] for s in self._fields if s.required and not self.values()[s.key]]
        if unread or missing:
            (unread + missing)[0].setFocus()  # a date that cannot be read is never taken as another
            return
        self.accept()


def ask(parent: QWidget | None, title: str, fields: Sequence[Field]) -> dict[str, Any] | None:
    dialog = FormDialog(title, fields, parent)
    return dialog.values() if dialog.exec() else None
