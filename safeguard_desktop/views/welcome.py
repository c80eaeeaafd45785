"""The welcome screen: no workspace is open yet."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from safeguard_desktop.store.pg_target import target_argument


class WelcomeWidget(QWidget):
    def __init__(self, recent: list[str], on_new: Callable[[], None], on_open: Callable[[], None],
                 on_demo: Callable[[], None], on_open_path: Callable[[Path], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("<h1>safeguard-desktop</h1>"
                       "<p>Plans, meetings, attendance, minutes and the action log of your safeguarding "
                       "board, kept on this computer. Every change is saved as you type.</p>"))
        title.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("New workspace…"), on_new), (self.tr("Open workspace…"), on_open),
                           (self.tr("Explore the demo workspace…"), on_demo)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent_list = QListWidget()
        for path in recent:
            item = QListWidgetItem(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent_list.addItem(item)
        # A recent server workspace is its address, kept as text (a Path would fold its '//').
        self.recent_list.itemActivated.connect(
            lambda item: on_open_path(target_argument(item.data(Qt.ItemDataRole.UserRole))))  # type: ignore[arg-type]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(title)
        layout.addLayout(buttons)
        if recent:
            layout.addWidget(QLabel(self.tr("<h3>Recent workspaces</h3>")))
            layout.addWidget(self.recent_list)
        else:
            layout.addStretch(1)
