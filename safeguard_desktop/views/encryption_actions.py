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
from safeguard_desktop.views.dialogs import passphrase_dialog
from safeguard_desktop.views.i18n import translate, word
from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from safeguard_desktop.views.main_window import MainWindow

FILTER = QT_TRANSLATE_NOOP("Words", "safeguard-desktop workspaces (*.sqlite);;All files (*)")


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
    window.encrypt_copy_action = window.add_file_action(
        translate("EncryptionActions", "&Encrypt a copy…"), lambda: encrypt_a_copy(window)
    )


def encrypt_a_copy(window: MainWindow) -> None:
    # Imported when chosen: the copy's checks load the store's reads, which the window paints before.
    from safeguard_desktop.store.cipher_copy import default_target, encrypt_copy

    assert window.context is not None
    source = window.context.workspace.path
    if encryption.looks_encrypted(source):
        QMessageBox.information(
            window,
            translate("EncryptionActions", "Encrypt a copy"),
            translate("EncryptionActions", "{name} is already encrypted.").format(name=source.name),
        )
        return
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("EncryptionActions", "Encrypt a copy: where to save it"),
        str(default_target(source, "encrypted")),
        word(FILTER),
    )
    if not name:
        return
    target = Path(name)
    if target.exists():
        # The file dialog asked whether to replace it; an encrypted copy never replaces a file.
        QMessageBox.warning(
            window,
            translate("EncryptionActions", "Encrypt a copy"),
            translate("EncryptionActions", "{name} already exists: choose a new name.").format(name=target.name),
        )
        return
    passphrase = passphrase_dialog.ask_new(window, target)
    if passphrase is None:
        return

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(
            window,
            translate("EncryptionActions", "The encrypted copy was not made"),
            str(exc)
            if isinstance(exc, UserError)
            else translate("EncryptionActions", "Something went wrong ({kind}). {name} was not changed.").format(
                kind=type(exc).__name__, name=source.name
            ),
        )

    window.tasks.run(
        translate("EncryptionActions", "Encrypting a copy"),
        lambda _p: encrypt_copy(source, target, passphrase),
        lambda made: window.show_status(
            translate("EncryptionActions", "Encrypted copy saved to {made}; {name} is unchanged").format(
                made=made, name=source.name
            )
        ),
        failed,
        cancellable=False,
    )
