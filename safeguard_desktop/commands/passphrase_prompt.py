"""Passphrases on the command line: from SAFEGUARD_PASSPHRASE (scripts,
tests) or typed at a terminal without echo. Never a command-line argument:
those show in the process list and the shell's history."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from safeguard_desktop.store import encryption
from safeguard_desktop.store.encryption import PassphraseNeededError, WrongPassphraseError

ENV = "SAFEGUARD_PASSPHRASE"
TRIES = 3


def install() -> None:
    """Ask for an encrypted workspace's passphrase this way when one is needed."""
    tries: dict[Path, int] = {}

    def ask(path: Path, wrong: bool) -> tuple[str, bool] | None:
        given = os.environ.get(ENV)
        if given is not None:
            if wrong:
                raise WrongPassphraseError(f"{encryption.wrong_passphrase_message(path)} (It came from {ENV}.)")
            return given, False
        _need_terminal(path)
        if wrong:
            print(encryption.wrong_passphrase_message(path), file=sys.stderr)
        tries[path] = tries.get(path, 0) + 1
        if tries[path] > TRIES:
            raise WrongPassphraseError(encryption.wrong_passphrase_message(path))
        return getpass.getpass(f"Passphrase for {path.name}: "), False

    encryption.set_asker(ask)


def new_passphrase() -> str:
    """A passphrase for a new encrypted copy, typed twice to be sure of it."""
    given = os.environ.get(ENV)
    if given is not None:
        return given
    _need_terminal(None)
    first = getpass.getpass("New passphrase (at least 8 characters; if it is lost, so is the data): ")
    if getpass.getpass("The same passphrase again: ") != first:
        raise PassphraseNeededError("The two passphrases differ; nothing was written. Try again.")
    return first


def _need_terminal(path: Path | None) -> None:
    if not sys.stdin.isatty():
        what = f"{path} is encrypted: its passphrase" if path else "A passphrase"
        raise PassphraseNeededError(f"{what} is needed and there is no terminal to type it in. "
                                    f"Run this in a terminal, or set the environment variable {ENV}. "
                                    "Nothing was changed.")
