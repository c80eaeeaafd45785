"""A one-line question under a table, answered by typing: "Deputy for
Chief constable:" or "Arrived at item:". It completes as you type, so a
known name is two or three letters and Enter."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget


class PromptLine(QLineEdit):
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class PromptBar(QWidget):
    """Shown when a question is asked, hidden when it is answered."""

    answered = Signal(str, str)  # purpose, text
    dismissed = Signal(str)  # purpose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.edit = PromptLine()
        self._choices = QStringListModel(self)
        completer = QCompleter(self._choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Inline: the rest of the best match is typed in, selected, so Enter
        # takes it and any further letter narrows it; no popup steals keys.
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.edit.setCompleter(completer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        self.purpose = ""
        self._asked_with = ""  # the text the question opened with: anything else was typed
        self.edit.returnPressed.connect(self._accept)
        self.edit.cancelled.connect(self._cancel)
        self.hide()

    def ask(self, purpose: str, question: str, choices: Sequence[str], text: str = "") -> None:
        """Ask a question. An open question whose answer was typed but not
        yet confirmed is answered first, so a new question never throws
        away what was typed for the last (a deputy's name, say)."""
        if self.asking and purpose == self.purpose:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)  # asked again: keep what is typed
            return
        self.flush()
        self.purpose = purpose
        self._asked_with = text
        self.label.setText(question)
        self._choices.setStringList(list(choices))
        self.edit.setText(text)
        self.edit.selectAll()
        self.show()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        """Answer the open question with what was typed, if anything was."""
        if self.asking and self.edit.text() != self._asked_with:
            self._accept()

    @property
    def asking(self) -> bool:
        return not self.isHidden()

    def _accept(self) -> None:
        purpose, text = self.purpose, self.edit.text().strip()
        self.hide()
        self.answered.emit(purpose, text)

    def _cancel(self) -> None:
        purpose = self.purpose
        self.hide()
        self.dismissed.emit(purpose)
