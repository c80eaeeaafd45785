"""One way to run long work (docs/ARCHITECTURE.md, "Conventions"): a function runs on a worker
thread with a progress dialog and Cancel; its result comes back to the UI
thread. Tests use ``ImmediateTaskRunner``, which runs the work at once."""

from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from safeguard_desktop.progress import Cancelled, Progress
from safeguard_desktop.views.i18n import translate

log = logging.getLogger(__name__)

Work = Callable[[Progress], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, work: Work, signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._progress = progress

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as exc:  # handed to the UI thread, which decides how to tell the user
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class TaskRunner:
    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent
        self._pool = QThreadPool.globalInstance()
        self._alive: list[_Signals] = []

    def run(self, title: str, work: Work, on_done: Done, on_error: Failed | None = None,
            cancellable: bool = True) -> Progress:
        dialog = QProgressDialog(title, translate("TaskRunner", "Cancel") if cancellable else "", 0, 0, self._parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick work never flashes a dialog
        if not cancellable:
            dialog.setCancelButton(None)
        signals = _Signals()
        progress = Progress(lambda d, t, text: signals.progress.emit(d, t, text))
        dialog.canceled.connect(progress.cancel)

        def update(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        def finish() -> None:
            dialog.reset()
            dialog.deleteLater()
            self._alive.remove(signals)

        def done(result: object) -> None:
            finish()
            on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background task %r failed", title, exc_info=exc)

        signals.progress.connect(update)
        signals.finished.connect(done)
        signals.failed.connect(failed)
        signals.cancelled.connect(finish)
        self._alive.append(signals)
        self._pool.start(_Job(work, signals, progress))
        return progress


    def run_quietly(self, work: Work, on_done: Done, on_error: Failed | None = None) -> None:
        """Background work the user did not ask for (timed backups): no
        dialog to interrupt typing; errors are reported to ``on_error``."""
        signals = _Signals()
        self._alive.append(signals)

        def done(result: object) -> None:
            self._alive.remove(signals)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._alive.remove(signals)
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background work failed", exc_info=exc)

        signals.finished.connect(done)
        signals.failed.connect(failed)
        self._pool.start(_Job(work, signals, Progress()))


class ImmediateTaskRunner(TaskRunner):
    """Runs the work at once on the calling thread: deterministic tests."""

    def run(self, title: str, work: Work, on_done: Done, on_error: Failed | None = None,
            cancellable: bool = True) -> Progress:
        progress = Progress()
        try:
            result = work(progress)
        except Cancelled:
            return progress
        except BaseException as exc:
            if on_error is None:
                raise
            on_error(exc)
            return progress
        on_done(result)
        return progress

    def run_quietly(self, work: Work, on_done: Done, on_error: Failed | None = None) -> None:
        self.run("", work, on_done, on_error)
