"""Starting the window."""

from __future__ import annotations

import sys
from pathlib import Path

from safeguard_desktop import APP_NAME, __version__
from safeguard_desktop.paths import ui_dir


def make_application():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    style = ui_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def run_app(path: Path | None) -> int:
    """The window on ``path``, or on the last workspace, or the welcome screen."""
    app = make_application()
    from safeguard_desktop.views import settings as keys
    from safeguard_desktop.views.main_window import MainWindow

    window = MainWindow()
    if path is None:
        last = window.settings.get(keys.LAST_WORKSPACE)
        if last and Path(last).exists():
            window.open_path(Path(last))
    else:
        window.open_path(Path(path))
    window.show()
    return app.exec()
