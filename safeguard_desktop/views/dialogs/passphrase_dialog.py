"""The passphrase of an encrypted workspace: asked when one is opened (with
"Remember on this computer"), or chosen, typed twice, for a new encrypted
copy. The text never leaves the dialog but to the caller; it is not logged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from safeguard_desktop.store import encryption
from safeguard_desktop.views.i18n import word
from PySide6.QtCore import QT_TRANSLATE_NOOP

MISMATCH = QT_TRANSLATE_NOOP("Words", "The two passphrases differ.")
TOO_SHORT_WORDS = QT_TRANSLATE_NOOP("Words", "Use at least {count} characters (a few words are easier to remember).")
TOO_SHORT = TOO_SHORT_WORDS.format(count=encryption.MIN_PASSPHRASE)  # in English
LOSS_WARNING = QT_TRANSLATE_NOOP("Words", "Without this passphrase nobody can read the encrypted copy, you included: "
                                 "there is no way to recover it. Write it down somewhere safe.")


class PassphraseDialog(QDialog):
    """``new=False``: one field and "Remember on this computer"; ``wrong``
    says the last try did not open the file. ``new=True``: the passphrase
    twice, OK only when they match and are long enough."""

    def __init__(self, parent: QWidget | None, path: Path, *, new: bool = False, wrong: bool = False) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("Choose a passphrase") if new else self.tr("Encrypted workspace"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = (self.tr("The encrypted copy {name} will open only with this passphrase.") if new
                 else self.tr("{name} is encrypted. Type its passphrase to open it.")).format(name=path.name)
        layout.addWidget(QLabel(intro, wordWrap=True))
        self.problem = QLabel(objectName="passphraseProblem", wordWrap=True)
        self.problem.setStyleSheet("color:#A4262C;")
        self.passphrase = self._field(layout, self.tr("&Passphrase:"))
        self.again: QLineEdit | None = None
        self.remember = QCheckBox(self.tr("&Remember on this computer (kept in the system's keyring)"))
        if new:
            self.again = self._field(layout, self.tr("The same passphrase &again:"))
            layout.addWidget(QLabel(word(LOSS_WARNING), wordWrap=True))
        else:
            layout.addWidget(self.remember)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if wrong:
            self.problem.setText(encryption.wrong_passphrase_message(path))
        self._update()

    def _field(self, layout: QVBoxLayout, label: str) -> QLineEdit:
        caption = QLabel(label)
        field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        caption.setBuddy(field)  # screen readers name the field; Alt+letter would reach it
        layout.addWidget(caption)
        field.textChanged.connect(self._update)
        layout.addWidget(field)
        return field

    def _update(self) -> None:
        text = self.passphrase.text()
        ok = bool(text)
        if self.new and self.again is not None:
            if text and len(text) < encryption.MIN_PASSPHRASE:
                self.problem.setText(word(TOO_SHORT_WORDS).format(count=encryption.MIN_PASSPHRASE))
                ok = False
            elif self.again.text() and self.again.text() != text:
                self.problem.setText(word(MISMATCH))
                ok = False
            else:
                self.problem.setText("")
                ok = ok and self.again.text() == text
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def answer(self) -> tuple[str, bool]:
        return self.passphrase.text(), self.remember.isChecked()

    def forget(self) -> None:
        """Empty the fields and go: a dialog kept by its parent window would
        otherwise hold the passphrase for as long as the window lives."""
        self.passphrase.clear()
        if self.again is not None:
            self.again.clear()
        self.deleteLater()


def ask_to_open(parent: QWidget | None, path: Path, wrong: bool) -> tuple[str, bool] | None:
    """The window's ``encryption.Asker``: (passphrase, remember), or None on Cancel."""
    dialog = PassphraseDialog(parent, path, wrong=wrong)
    answer = dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
    dialog.forget()
    return answer


def ask_new(parent: QWidget | None, path: Path) -> str | None:
    dialog = PassphraseDialog(parent, path, new=True)
    answer = dialog.answer()[0] if dialog.exec() == QDialog.DialogCode.Accepted else None
    dialog.forget()
    return answer
