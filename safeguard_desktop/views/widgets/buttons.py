"""A row of push buttons under a list, left-aligned, each calling its slot;
the row wraps onto a second line where the page is too narrow for it
(views/widgets/flow_layout.py)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QPushButton

from safeguard_desktop.views.widgets.flow_layout import FlowLayout


def button_row(*specs: tuple[str, Callable[[], None]]) -> FlowLayout:
    row = FlowLayout()
    for text, slot in specs:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
    return row
