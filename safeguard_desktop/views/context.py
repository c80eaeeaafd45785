"""What every page needs from the window, handed over in one object instead
of pages reaching into the main window."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtGui import QUndoStack

from safeguard_desktop.views.settings import Settings
from safeguard_desktop.views.tasks import TaskRunner

if TYPE_CHECKING:
    from safeguard_desktop.store.workspace import Workspace
    from safeguard_desktop.views.change_stream import ChangeStream


@dataclass
class AppContext:
    workspace: Workspace
    undo_stack: QUndoStack
    tasks: TaskRunner
    settings: Settings
    show_status: Callable[[str], None]
    # What the workspace's commits touched, whoever made them (views/change_stream.py).
    changes: ChangeStream | None = None

    @property
    def read_only(self) -> bool:
        return self.workspace.read_only
