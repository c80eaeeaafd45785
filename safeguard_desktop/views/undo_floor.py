"""Edit › Undo and Redo with a floor. While a meeting is being recorded,
Ctrl+Z takes back only what was done since recording started: never an
earlier step made elsewhere (another meeting's minutes, a plan's row) that
the minute-taker cannot see and would not know they had changed. Redo steps
left from before recording are kept out the same way. Finishing recording
lifts the floor, and the whole history can be undone again."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtCore import QT_TRANSLATE_NOOP
from safeguard_desktop.views.i18n import word

BLOCKED = QT_TRANSLATE_NOOP("Words", "Undo stops where recording started: finish recording to undo earlier changes.")


class FlooredUndo(QObject):
    def __init__(self, stack: QUndoStack, parent: QObject, tell: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.stack = stack
        self.tell = tell
        self.floor: int | None = None
        self._old_redo: set[int] = set()  # redo steps that predate the floor, by identity
        self.undo_action = QAction(self.tr("&Undo"), parent)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), parent)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(self.redo)
        for signal in (stack.indexChanged, stack.cleanChanged, stack.canUndoChanged, stack.canRedoChanged):
            signal.connect(lambda *_: self._update())
        self._update()

    def set_floor(self, on: bool) -> None:
        """Recording started (``on``) or finished."""
        self.floor = self.stack.index() if on else None
        self._old_redo = {id(self.stack.command(i)) for i in range(self.stack.index(), self.stack.count())} \
            if on else set()
        self._update()

    def can_undo(self) -> bool:
        return self.stack.canUndo() and (self.floor is None or self.stack.index() > self.floor)

    def can_redo(self) -> bool:
        return self.stack.canRedo() and id(self._next_redo()) not in self._old_redo

    def undo(self) -> None:
        if self.can_undo():
            self.stack.undo()
        elif self.stack.canUndo():
            self.tell(word(BLOCKED))

    def redo(self) -> None:
        if self.can_redo():
            self.stack.redo()

    def _next_redo(self) -> QUndoCommand | None:
        return self.stack.command(self.stack.index()) if self.stack.canRedo() else None

    def _update(self) -> None:
        self.floor = min(self.floor, self.stack.index()) if self.floor is not None else None
        # Left enabled at the floor, so that Ctrl+Z there says why nothing happens.
        self.undo_action.setEnabled(self.stack.canUndo())
        self.undo_action.setText(self.tr("&Undo {what}").format(what=self.stack.undoText()).strip() if self.can_undo()
                                 else self.tr("&Undo (stops where recording started)") if self.stack.canUndo()
                                 else self.tr("&Undo"))
        self.redo_action.setEnabled(self.can_redo())
        self.redo_action.setText(self.tr("&Redo {what}").format(what=self.stack.redoText()).strip() if self.can_redo()
                                 else self.tr("&Redo"))
