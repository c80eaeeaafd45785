"""A meeting room in the real window: a group with several meetings (so
there is a wrong one to write into), opened in the main window, and a
keyboard that sends keys to whatever has focus, as a person would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from meeting_builders import Setup, build_group
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from safeguard_desktop.store.ops import meetings as ops
from safeguard_desktop.store.workspace import Workspace
from safeguard_desktop.views.context import AppContext
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.meetings.register_widget import RegisterWidget
from safeguard_desktop.views.tasks import ImmediateTaskRunner
from safeguard_desktop.views.widgets.record_table_model import ID_ROLE


def build_room(ws: Workspace) -> tuple[Setup, list[int]]:
    """The group's meeting on 14 May 2024 and four others around it, each
    with an agenda: the minute-taker's meeting and the ones to miss."""
    setup = build_group(ws, seat_count=12, quorum=6)
    others = []
    for on in (date(2024, 1, 16), date(2024, 3, 12), date(2024, 7, 9), date(2024, 9, 10)):
        other = ops.schedule_meeting(ws, group_id=setup.group_id, on=on, start_time="10:00", place="County Hall")
        for title in ("Welcome and apologies", "Minutes of the last meeting", "Any other business"):
            ops.add_agenda_item(ws, meeting_id=other, title=title)
        others.append(other)
    return setup, others


def open_window(qtbot, where: Workspace | Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on a workspace (one built by the test is closed first: the window takes its lock)."""
    if isinstance(where, Workspace):
        where.close()
    path = where.path if isinstance(where, Workspace) else where
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_path(path)
    qtbot.wait(50)  # pages settle (some briefly show widgets of their own) before the window takes the keys
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def shown_register(qtbot, context: AppContext, meeting_id: int) -> RegisterWidget:  # type: ignore[no-untyped-def]
    """A register on its own, shown, with the keyboard on its first seat."""
    widget = RegisterWidget(context)
    qtbot.addWidget(widget)
    widget.set_meeting(meeting_id)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.table)
    return widget


def row_of(page, meeting_id: int) -> int:  # type: ignore[no-untyped-def]
    """The meeting's row in the Meetings page's list."""
    model = page.section.model
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == meeting_id)


def click_meeting(qtbot, page, meeting_id: int) -> None:  # type: ignore[no-untyped-def]
    table = page.section.table
    rect = table.visualRect(page.section.model.index(row_of(page, meeting_id), 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


class Keyboard:
    """Keys to the focus widget, whatever it is: a key that lands in the
    wrong place does there what it would do for a user."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    def type(self, text: str) -> None:
        for ch in text:  # ASCII only: non-ASCII keyClicks abort under the offscreen platform
            self.qtbot.keyClicks(QApplication.focusWidget(), ch)
