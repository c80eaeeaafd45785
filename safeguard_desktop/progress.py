"""Progress and cancellation for long work, with no Qt in it: imports,
exports and checks report through this, and the window's worker turns it
into a progress bar with a Cancel button."""

from __future__ import annotations

import threading
from typing import Callable


class Cancelled(Exception):
    """The user pressed Cancel; the work stops and writes nothing."""


class Progress:
    def __init__(self, on_report: Callable[[int, int, str], None] | None = None) -> None:
        self._on_report = on_report
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Say how far the work has got; raises Cancelled if the user asked
        to stop, so every report is also a safe place to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._on_report is not None:
            self._on_report(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()
