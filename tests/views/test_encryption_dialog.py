"""The window's side of encrypted workspaces (issue 12): the passphrase
dialog on open (wrong passphrase said, asked again; Remember only when
ticked) and File › Encrypt a copy… (the passphrase twice)."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from encryption_fixtures import (  # noqa: F401  (the fixture is autouse)
    PASSPHRASE,
    SECRETS,
    encrypted_workspace,
    leaks,
    no_keys_no_asker,
    plain_workspace,
)
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QLabel, QLineEdit

from safeguard_desktop.store import encryption
from safeguard_desktop.views.dialogs import passphrase_dialog
from safeguard_desktop.views.dialogs.passphrase_dialog import MISMATCH, TOO_SHORT, PassphraseDialog
from safeguard_desktop.views.main_window import MainWindow
from safeguard_desktop.views.tasks import ImmediateTaskRunner


def _ok(dialog: PassphraseDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_open_dialog_says_a_wrong_passphrase_and_remembers_only_when_ticked(qtbot, tmp_path):
    dialog = PassphraseDialog(None, tmp_path / "board.sqlite", wrong=True)
    qtbot.addWidget(dialog)
    assert "That passphrase does not open board.sqlite" in dialog.problem.text()
    assert not _ok(dialog)
    qtbot.keyClicks(dialog.passphrase, "typed words")
    assert _ok(dialog) and dialog.answer() == ("typed words", False)
    dialog.remember.click()
    assert dialog.answer() == ("typed words", True)
    assert "Remember on this computer" in dialog.remember.text().replace("&", "")
    dialog.grab().save(str(tmp_path / "open.png"))


def test_the_new_passphrase_dialog_wants_two_equal_long_enough_passphrases(qtbot, tmp_path):
    dialog = PassphraseDialog(None, tmp_path / "board.encrypted.sqlite", new=True)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isVisibleTo(dialog)
    assert any("no way to recover it" in label.text() for label in dialog.findChildren(QLabel))
    qtbot.keyClicks(dialog.passphrase, "short")
    assert dialog.problem.text() == TOO_SHORT and not _ok(dialog)
    qtbot.keyClicks(dialog.passphrase, " but long now")
    assert dialog.again is not None
    qtbot.keyClicks(dialog.again, "short but long")
    assert not _ok(dialog)  # half typed: no complaint yet, but not OK either
    qtbot.keyClicks(dialog.again, "er")
    assert dialog.problem.text() == MISMATCH and not _ok(dialog)
    dialog.again.setText("short but long now")
    assert dialog.problem.text() == "" and _ok(dialog)


@pytest.fixture
def typed(monkeypatch):  # type: ignore[no-untyped-def]
    """The passphrases 'typed' into each dialog shown, in turn; what each showed."""
    answers: list[tuple[str, bool]] = []
    shown: list[str] = []

    def exec_(dialog: PassphraseDialog) -> int:
        shown.append(dialog.problem.text())
        if not answers:
            return QDialog.DialogCode.Rejected
        text, remember = answers.pop(0)
        dialog.passphrase.setText(text)
        if dialog.again is not None:
            dialog.again.setText(text)
        dialog.remember.setChecked(remember)
        assert _ok(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PassphraseDialog, "exec", exec_)
    return answers, shown


def test_the_window_asks_again_after_a_wrong_passphrase_then_opens(qtbot, tmp_path, typed):
    path = encrypted_workspace(tmp_path)
    answers, shown = typed
    answers += [("a wrong guess", False), (PASSPHRASE, True)]
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert window.open_path(path)
    assert shown == ["", encryption.wrong_passphrase_message(path)]
    assert window.context is not None and not window.context.read_only
    uuid = window.context.workspace.uuid
    assert keyring.get_password(encryption.KEYRING_SERVICE, uuid) == PASSPHRASE  # ticked, so remembered
    # The dialogs are gone, and no field the window still holds keeps the passphrase.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert window.findChildren(PassphraseDialog) == []
    assert PASSPHRASE not in [field.text() for field in window.findChildren(QLineEdit)]
    window.show_welcome()


def test_cancel_leaves_the_window_on_the_welcome_screen_and_the_file_untouched(qtbot, tmp_path, typed, monkeypatch):
    path = encrypted_workspace(tmp_path)
    before = path.read_bytes()
    warnings: list[str] = []
    monkeypatch.setattr("safeguard_desktop.views.main_window.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert not window.open_path(path)
    assert window.context is None and path.read_bytes() == before
    assert len(warnings) == 1 and "no passphrase was given" in warnings[0]
    assert keyring.get_keyring().saved == {}  # type: ignore[attr-defined]


def test_file_encrypt_a_copy(qtbot, tmp_path, typed, monkeypatch):
    source = plain_workspace(tmp_path / "board.sqlite")
    target = tmp_path / "board.encrypted.sqlite"
    answers, _shown = typed
    answers.append((PASSPHRASE, False))
    suggested: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, start, _filter: suggested.append(start) or (str(target), ""))
    window = MainWindow(tasks=ImmediateTaskRunner())
    qtbot.addWidget(window)
    assert window.open_path(source)
    action = window.encrypt_copy_action
    assert action.isEnabled() and action.text() == "&Encrypt a copy…"
    assert action in window.file_menu.actions()
    action.trigger()
    assert suggested == [str(target)]
    assert target.exists() and leaks(target) == []
    assert "Encrypted copy saved" in window.statusBar().currentMessage()
    window.show_welcome()
    encryption.forget_keys()
    answers.append((PASSPHRASE, False))
    assert window.open_path(target)
    assert window.context is not None and window.context.workspace.path == Path(target)
    window.show_welcome()
