"""The strict verification of a workspace the window opened, in the
background.

The window opens a workspace on its first read alone
(``open_workspace(strict=False)``): a decade's file takes seconds to
verify in full, the window 150 ms to open. The full verification
(``store/verify.py``: integrity, foreign keys, UTF-8 text, the audit
chain) then runs on a worker. If it finds damage, the user is told at
once, as a strict open would have told them: the workspace is closed, the
file moved aside untouched (with any edits made meanwhile) and the newest
good backup offered. So a damaged file is never edited without the user
being told, only told a few seconds later.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from safeguard_desktop.views.i18n import translate

if TYPE_CHECKING:
    from safeguard_desktop.store.verify import Problem
    from safeguard_desktop.store.workspace import Workspace
    from safeguard_desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)

START_DELAY_MS = 300


def verify_in_background(window: MainWindow, workspace: Workspace,
                         on_verified: Callable[[Workspace], None] | None = None) -> None:
    """Verify ``workspace`` (opened with ``strict=False``) on a worker and
    act on what is found."""
    from safeguard_desktop.store.verify import verify_file  # loaded with the workspace it checks

    if workspace.verified:
        return
    source = workspace.data_file

    def done(problems: object) -> None:
        found: list[Problem] = problems  # type: ignore[assignment]
        if not found:
            workspace.verified = True
            if on_verified is not None:
                on_verified(workspace)
            return
        _damage_found(window, workspace, found)

    def failed(exc: BaseException) -> None:
        # Busy or locked is not damage: said, and tried again at the next open.
        log.warning("verification of %s after opening could not run: %s", workspace.path, exc)
        window.show_status(translate("OpenCheck", "The workspace could not be checked just now ({exc}); it is checked "
                                     "again next time.").format(exc=exc))

    def start() -> None:
        if not workspace.closed:
            window.tasks.run_quietly(lambda _p: verify_file(source), done, failed)

    # Once the window has painted: hashing the chain on a worker still
    # shares the interpreter with the painting.
    QTimer.singleShot(START_DELAY_MS, start)


def _damage_found(window: MainWindow, workspace: Workspace, problems: list[Problem]) -> None:
    status = "; ".join(str(p) for p in problems[:5])
    log.error("%s failed its verification after opening", workspace.path)
    still_open = window.context is not None and window.context.workspace is workspace
    if not still_open:
        # Closed meanwhile (perhaps open elsewhere now): told, left where it is.
        QMessageBox.critical(
            window,
            translate("OpenCheck", "The workspace is damaged"),
            translate(
                "OpenCheck",
                "{path} is damaged ({status}). It was closed before the check ended "
                "and was left as it is: open it again to be offered its newest good backup.",
            ).format(path=workspace.path, status=status),
        )
        return
    path: Path = workspace.path
    read_only = workspace.read_only
    window.show_welcome()  # flushes open editors and closes the file
    if read_only:
        QMessageBox.critical(
            window,
            translate("OpenCheck", "The workspace is damaged"),
            _found_after_open()
            + translate("OpenCheck", "{path} is damaged ({status}). It was left as it is.").format(
                path=path, status=status
            ),
        )
        return
    from safeguard_desktop.store.workspace import set_aside_damaged

    error = set_aside_damaged(path, status)
    error.args = (_found_after_open() + str(error),)
    window.actions_.offer_backup(path, error)


def _found_after_open() -> str:
    return translate("OpenCheck", "The check that runs after a workspace opens found damage, so it was closed. ")
