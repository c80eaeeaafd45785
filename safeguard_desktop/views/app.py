"""Starting the window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from safeguard_desktop import APP_NAME, __version__
from safeguard_desktop.errors import UserError
from safeguard_desktop.store.pg_target import is_server_address, target_argument

NO_DISPLAY = ("there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). "
              "To see a workspace without one, render it to a picture: 'safeguard-desktop shot WORKSPACE "
              "OUT.png'; or run the window on a virtual display: 'xvfb-run safeguard-desktop'.")
UNREACHABLE_DISPLAY = ("the display {display} (DISPLAY) does not answer, so the window cannot open. To see a "
                       "workspace without one, render it to a picture: 'safeguard-desktop shot WORKSPACE "
                       "OUT.png'; or run the window on a virtual display: 'xvfb-run safeguard-desktop'.")


def check_display() -> None:
    """On Linux, Qt aborts (exit 134) with a page of plugin advice when
    there is no display; say so in one line instead. Windows and macOS
    always have one; QT_QPA_PLATFORM names a platform that needs none."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise UserError(NO_DISPLAY)
    if not os.environ.get("WAYLAND_DISPLAY") and not _x_display_answers():
        raise UserError(UNREACHABLE_DISPLAY.format(display=os.environ["DISPLAY"]))


def _x_display_answers() -> bool:
    """Whether the X server DISPLAY names can be reached, asked through
    libxcb (which Qt's own X plugin loads): a stale DISPLAY, as in an ssh
    session without X forwarding, otherwise ends in Qt's abort. Without
    libxcb nothing can be told: Qt is left to try."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("xcb")
    if name is None:
        return True
    try:
        xcb = ctypes.CDLL(name)
    except OSError:
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(None, None)
    if xcb.xcb_connection_has_error(connection) == 0:
        # Left open for the process's life: closing the only client makes an
        # Xvfb (xvfb-run) reset, and Qt connecting during the reset fails.
        return True
    xcb.xcb_disconnect(connection)
    return False


def make_application(language: str | None = None):  # type: ignore[no-untyped-def]
    """The application, speaking ``language`` (en, cy), else the one chosen
    in settings, else the computer's (docs/WELSH.md)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    from safeguard_desktop.views.i18n import install_language
    from safeguard_desktop.views.settings import LANGUAGE, Settings as LanguageSettings

    install_language(app, language or LanguageSettings().get(LANGUAGE))

    from safeguard_desktop.views.accessibility import apply_look, house_sheet
    from safeguard_desktop.views.settings import HIGH_CONTRAST, Settings

    apply_look(app, house_sheet(), Settings().get(HIGH_CONTRAST))
    return app


def error_reporter(window: object):  # type: ignore[no-untyped-def]
    """What happens to an exception that escapes a slot: a UserError is told
    to the user as it is; anything else is a bug, logged with its traceback
    and reported in one line, so the window stays up and nothing is hidden."""
    from PySide6.QtWidgets import QMessageBox

    from safeguard_desktop.errors import UserError
    from safeguard_desktop.logs import log_file

    def report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, UserError):
            QMessageBox.warning(window, APP_NAME, str(error))
            return
        logging.getLogger("safeguard_desktop").error("unexpected error", exc_info=(kind, error, trace))
        from safeguard_desktop.views.i18n import translate

        QMessageBox.critical(window, APP_NAME, translate("App", "Something went wrong ({kind}: {error}). This is a "
                                                         "bug; the details are in {log_file}.").format(
            kind=kind.__name__, error=error, log_file=log_file()))

    return report


def run_app(path: Path | str | None) -> int:
    """The window on ``path``, or on the last workspace, or the welcome screen."""
    check_display()
    app = make_application()
    from safeguard_desktop.views import settings as keys
    from safeguard_desktop.views.main_window import MainWindow
    from PySide6.QtCore import QThreadPool

    from safeguard_desktop.views.i18n import translate
    from safeguard_desktop.views.opening_note import OpeningNote

    window = MainWindow(welcome=False)  # not built only to be replaced by the workspace
    sys.excepthook = error_reporter(window)
    if path is None:
        last = window.settings.get(keys.LAST_WORKSPACE)
        if last and (is_server_address(last) or Path(last).exists()):
            path = target_argument(last)
    if path is None:
        window.show_welcome()
    else:
        target = path if isinstance(path, str) else Path(path)  # a str: a server's address

        def open_target() -> None:
            if not window.open_path(target):
                window.show_welcome()

        # On screen first, opened once painted (views/opening_note.py).
        # A server's address is not shown: it may hold a password.
        name = target.name if isinstance(target, Path) else translate("App", "the workspace on the server")
        window.setCentralWidget(OpeningNote(name, open_target))
        window.setWindowTitle(f"{name} — {APP_NAME}")
    window.show()
    code = app.exec()
    # A backup or check still running on a worker finishes before the window it reports to is gone.
    QThreadPool.globalInstance().waitForDone()
    return code
