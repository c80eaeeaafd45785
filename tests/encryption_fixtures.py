"""Encrypted workspaces for the encryption tests (issue 12): records whose
text must never appear in the files, and ways to look for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import text

from safeguard_desktop.store import encryption
from safeguard_desktop.store.cipher_copy import encrypt_copy
from safeguard_desktop.store.ops.case_reviews import create_review
from safeguard_desktop.store.ops.org import create_agency, create_person
from safeguard_desktop.store.workspace import create_workspace

PASSPHRASE = "purple otters at dawn"
# Record texts of several kinds, ASCII and not; none is a word SQLite or the schema uses.
SECRETS = ("Jessamy Quillfeather", "Northwick Lantern Trust", "CSPR-Zephyrine-0417", "Siân Llŷr-Ffôrd")
LATER_SECRET = "Ottoline Brackenridge"


def forms(text: str) -> list[bytes]:
    """Every way a record's text may sit in a file: UTF-8, UTF-16 either way,
    and JSON's escapes (the audit trail's values are JSON)."""
    escaped = json.dumps(text)[1:-1]
    return sorted({text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be"),
                   escaped.encode("utf-8")})


def leaks(path: Path, texts: tuple[str, ...] = SECRETS + (LATER_SECRET,)) -> list[str]:
    data = path.read_bytes()
    return [text for text in texts for form in forms(text) if form in data]


def plain_workspace(path: Path) -> Path:
    ws = create_workspace(path, board_name="Board")
    create_person(ws, name=SECRETS[0])
    create_agency(ws, name=SECRETS[1])
    with ws.session() as session:
        board_id = session.execute(text("SELECT id FROM boards")).scalar_one()
    create_review(ws, board_id=board_id, kind="sar", reference=SECRETS[2], title=SECRETS[3] + " review")
    create_person(ws, name=SECRETS[3])
    ws.close()
    return path


def encrypted_workspace(folder: Path) -> Path:
    """An encrypted copy of a workspace holding ``SECRETS``; its plain
    original is removed, and this process forgets the key."""
    plain = plain_workspace(folder / "plain.sqlite")
    made = encrypt_copy(plain, folder / "board.sqlite", PASSPHRASE)
    for suffix in ("", "-wal", "-shm"):
        plain.with_name(plain.name + suffix).unlink(missing_ok=True)
    encryption.forget_keys()
    return made


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@pytest.fixture(autouse=True)
def no_keys_no_asker() -> Iterator[None]:
    """Each test starts with no key held, no way to ask, and a keyring of its own."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    encryption.forget_keys()
    encryption.set_asker(None)
    yield
    encryption.forget_keys()
    encryption.set_asker(None)
    keyring.set_keyring(previous)
