"""What the window shows while the workspace it was started on opens.

The window is put on screen first and the workspace opened once it has
painted: opening loads the store (SQLAlchemy and the models, two thirds of
a start) and reads the first page, and a user waiting on a blank desktop
for that cannot tell whether anything is happening (docs/ARCHITECTURE.md,
"Start-up").
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget


class OpeningNote(QLabel):
    """"Opening board.sqlite…", which calls ``then`` once it has been painted."""

    def __init__(self, name: str, then: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Opening {name}…").format(name=name))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("openingNote")
        self._then: Callable[[], None] | None = then

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        then, self._then = self._then, None
        if then is not None:
            # After this paint reaches the screen, not within it.
            QTimer.singleShot(0, then)
