"""The window's side of encrypted workspaces: the passphrase dialog when an
encrypted file is opened, and File › Encrypt a copy…"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from safeguard_desktop.errors import UserError
from safeguard_desktop.store import encryption
from safeguard_desktop.store.cipher_copy import default_target, encrypt_copy
from safeguard_desktop.views.dialogs import passphrase_dialog

if TYPE_CHECKING:
    from safeguard_desktop.views.main_window import MainWindow

FILTER = "safeguard-desktop workspaces (*.sqlite);;All files (*)"


def install(window: MainWindow) -> None:
    """Ask for passphrases with a dialog over ``window``, and add the menu item."""
    before = encryption.current_asker()  # the command line's, when it started the window

    def ask(path: Path, wrong: bool) -> tuple[str, bool] | None:
        # Keys are asked for while opening, on the window's thread; a worker
        # reaching a file whose key is not held gives up rather than show a dialog.
        if threading.current_thread() is not threading.main_thread():
            return None
        if QGuiApplication.platformName() == "offscreen" and before is not None:
            return before(path, wrong)  # `shot`: no one could answer a dialog drawn off screen
        return passphrase_dialog.ask_to_open(window, path, wrong)

    encryption.set_asker(ask)
    window.encrypt_copy_action = window.add_file_action("&Encrypt a copy…", lambda: encrypt_a_copy(window))


def encrypt_a_copy(window: MainWindow) -> None:
    assert window.context is not None
    source = window.context.workspace.path
    if encryption.looks_encrypted(source):
        QMessageBox.information(window, "Encrypt a copy", f"{source.name} is already encrypted.")
        return
    name, _ = QFileDialog.getSaveFileName(window, "Encrypt a copy: where to save it",
                                          str(default_target(source, "encrypted")), FILTER)
    if not name:
        return
    target = Path(name)
    if target.exists():
        # The file dialog asked whether to replace it; an encrypted copy never replaces a file.
        QMessageBox.warning(window, "Encrypt a copy", f"{target.name} already exists: choose a new name.")
        return
    passphrase = passphrase_dialog.ask_new(window, target)
    if passphrase is None:
        return

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(window, "The encrypted copy was not made", str(exc) if isinstance(exc, UserError)
                            else f"Something went wrong ({type(exc).__name__}). {source.name} was not changed.")

    window.tasks.run("Encrypting a copy", lambda _p: encrypt_copy(source, target, passphrase),
                     lambda made: window.show_status(f"Encrypted copy saved to {made}; {source.name} is unchanged"),
                     failed, cancellable=False)
