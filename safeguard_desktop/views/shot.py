"""Rendering the main window to a PNG without a display (README screenshots,
and looking at our own work)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from safeguard_desktop.errors import UserError
from safeguard_desktop.views.i18n import translate


def take_shot(path: Path, out: Path, *, page: str = "plans", size: tuple[int, int] = (1400, 860),
              language: str | None = None) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
    window = MainWindow(tasks=ImmediateTaskRunner())
    # Read-only: a screenshot must never change the workspace or take its lock.
    window.show_workspace(open_workspace(path, read_only=True, backup_on_open=False))
    window.resize(*size)
    window.show_page(page)
    window.show()
    for _ in range(5):
        app.processEvents()
    prepare = getattr(window.pages[page], "prepare_shot", None)
    if callable(prepare):
        prepare()
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        raise UserError(
            translate("Shot", "Could not write {out}: check the folder exists and you can write to it.").format(
                out=out
            )
        )
    window.close()
