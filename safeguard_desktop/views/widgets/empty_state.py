"""What a page shows when it has nothing yet: what this is and what to do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, title: str, advice: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(self.tr("<h2>{title}</h2>").format(title=title))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(advice)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setObjectName("emptyAdvice")
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(2)
