"""Sync conflicts, one at a time: both values with who and when, and the
user picks this copy's, the other copy's, or edits the result. Each choice
is one undoable, audited step (views/meetings/commands.run_edit); the next
sync carries it to the other copy (docs/SYNCING_COPIES.md)."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGridLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from safeguard_desktop.store.sync.describe import field_label, record_label, value_text
from safeguard_desktop.store.sync.resolve import ConflictView, open_conflicts, reopen, resolve
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.meetings.commands import run_edit


def _who(who: str | None, when: str | None) -> str:
    return f"{who}, {(when or '')[:16].replace('T', ' ')}" if who else "who and when not recorded"


def _editable(conflict: ConflictView) -> bool:
    """Prose and short text can be edited into a result; a deletion, a link
    or a number is picked from one side."""
    return conflict.field != "deleted_at" and not conflict.erased and all(
        v is None or isinstance(v, str) for v in (conflict.here, conflict.there))


class ConflictsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 on_change: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # Told after each choice and its undo: the pages showing the record
        # did not make the change, so they would not read it again themselves.
        self.on_change = on_change
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(900, 560)
        self.conflicts: list[ConflictView] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.currentRowChanged.connect(self._show)
        layout.addWidget(self.list, 1)
        grid = QGridLayout()
        self.here_label, self.there_label = QLabel(), QLabel()
        self.here_text, self.there_text = QPlainTextEdit(), QPlainTextEdit()
        for column, (label, text) in enumerate(
            ((self.here_label, self.here_text), (self.there_label, self.there_text))
        ):
            text.setReadOnly(True)
            label.setBuddy(text)
            grid.addWidget(label, 0, column)
            grid.addWidget(text, 1, column)
        self.result_label = QLabel(self.tr("&Result (edit it, then Use the result):"))
        self.result = QPlainTextEdit()
        self.result.setObjectName("conflictResult")
        self.result.setTabChangesFocus(True)
        self.result_label.setBuddy(self.result)
        grid.addWidget(self.result_label, 2, 0, 1, 2)
        grid.addWidget(self.result, 3, 0, 1, 2)
        layout.addLayout(grid, 2)
        buttons = QDialogButtonBox()
        self.keep_here = QPushButton(self.tr("Keep &this copy's"))
        self.take_there = QPushButton(self.tr("Take the &other copy's"))
        self.use_result = QPushButton(self.tr("&Use the result"))
        for button in (self.keep_here, self.take_there, self.use_result):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.keep_here.clicked.connect(lambda: self._pick("here"))
        self.take_there.clicked.connect(lambda: self._pick("there"))
        self.use_result.clicked.connect(lambda: self._pick("edited"))
        layout.addWidget(buttons)
        self.reload()

    # -- showing -------------------------------------------------------
    def reload(self) -> None:
        keep = self.list.currentRow()
        self.conflicts = open_conflicts(self.context.workspace)
        self.list.blockSignals(True)
        self.list.clear()
        with self.context.workspace.engine.connect() as conn:
            for conflict in self.conflicts:
                words = f"{record_label(conn, conflict.table, conflict.record_uuid)} — {field_label(conflict.field)}"
                QListWidgetItem(words, self.list)
        self.list.blockSignals(False)
        count = len(self.conflicts)
        self.summary.setText(
            self.tr("No conflicts wait: both copies agree.")
            if not count
            else self.tr(
                "%n field(s) were changed differently on the two copies. Nothing was overwritten: pick the value "
                "to keep for each. The next sync carries your choice to the other copy.",
                "",
                count,
            )
        )
        if count:
            self.list.setCurrentRow(min(max(keep, 0), count - 1))
            self._show(self.list.currentRow())
        else:
            self._show(-1)

    def _show(self, row: int) -> None:
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        for widget in (self.keep_here, self.take_there, self.here_text, self.there_text):
            widget.setEnabled(conflict is not None)
        if conflict is None:
            for text in (self.here_text, self.there_text, self.result):
                text.setPlainText("")
            self.result.setEnabled(False)
            self.use_result.setEnabled(False)
            return
        self.here_label.setText(self.tr("This copy (%1):").replace("%1", _who(conflict.here_who, conflict.here_when)))
        self.there_label.setText(
            self.tr("The other copy (%1):").replace("%1", _who(conflict.there_who, conflict.there_when))
        )
        self.here_text.setPlainText(value_text(conflict.field, conflict.here))
        self.there_text.setPlainText(value_text(conflict.field, conflict.there))
        editable = _editable(conflict)
        self.result.setEnabled(editable)
        self.use_result.setEnabled(editable)
        self.result.setPlainText(conflict.here or "" if editable else "")

    # -- resolving -----------------------------------------------------
    def _changed(self) -> None:
        self.reload()
        if self.on_change is not None:
            self.on_change()

    def _pick(self, how: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.conflicts) or self.context.read_only:
            return
        conflict = self.conflicts[row]
        value: Any = {"here": conflict.here, "there": conflict.there}.get(how)
        if how == "edited":
            value = self.result.toPlainText() or None
        ws, before = self.context.workspace, conflict.current
        words = self.tr("Resolve conflict: %1").replace("%1", field_label(conflict.field))
        run_edit(
            self.context,
            words,
            lambda: resolve(ws, conflict.uuid, value, how),
            lambda: reopen(ws, conflict.uuid, before),
            self._changed,
        )
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
