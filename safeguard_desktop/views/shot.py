"""Rendering the main window to a PNG without a display (README screenshots,
and looking at our own work)."""

from __future__ import annotations

import os
import sqlite3
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from safeguard_desktop.errors import UserError
from safeguard_desktop.views.i18n import translate


def take_shot(path: Path, out: Path, *, page: str = "due", size: tuple[int, int] = (1400, 860),
              language: str | None = None) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from safeguard_desktop.store.verify import verify_file
    from safeguard_desktop.store.workspace import open_workspace
    from safeguard_desktop.views.app import make_application
    from safeguard_desktop.views.main_window import PAGES, MainWindow
    from safeguard_desktop.views.tasks import ImmediateTaskRunner

    pages = [key for key, _ in PAGES]
    if page not in pages:
        raise UserError(translate("Shot", "No page {page!r}: choose one of {pages}.").format(
            page=page, pages=", ".join(pages)))

    from PySide6.QtCore import qInstallMessageHandler

    def quiet(_kind: object, _context: object, message: str) -> None:
        # The offscreen platform warns about window hints it cannot honour;
        # that says nothing about the picture, so only other messages show.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = make_application(language)
    window = MainWindow(tasks=ImmediateTaskRunner(), welcome=False)
    # Read-only: a screenshot must never change the workspace or take its lock.
    # Opened on its first read, as the window opens a file, and verified in
    # full on a second thread while the window is built and painted: no
    # picture is written of a damaged file.
    workspace = open_workspace(path, read_only=True, backup_on_open=False, strict=False)
    with ThreadPoolExecutor(max_workers=1) as pool:
        verified = pool.submit(verify_file, workspace.data_file)
        window.show_workspace(workspace, page)
        window.resize(*size)
        window.show()
        for _ in range(5):
            app.processEvents()
        prepare = getattr(window.pages[page], "prepare_shot", None)
        if callable(prepare):
            prepare()
            app.processEvents()
        try:
            problems = verified.result()
        except sqlite3.OperationalError as exc:  # busy or locked: not damage, but not checked either
            window.close()
            raise UserError(translate("Shot", "{path} could not be checked just now ({exc}); no picture was "
                                      "written. Close any other program using it and try again.").format(
                path=path, exc=exc)) from exc
    if problems:
        window.close()
        raise UserError(translate("Shot", "{path} is damaged ({status}); no picture was written. Open it in the "
                                  "window to be offered its newest good backup.").format(
            path=path, status="; ".join(str(p) for p in problems[:5])))
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        raise UserError(
            translate("Shot", "Could not write {out}: check the folder exists and you can write to it.").format(
                out=out
            )
        )
    window.close()
