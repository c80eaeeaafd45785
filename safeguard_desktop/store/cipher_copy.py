"""Encrypted and plain copies of a workspace (``encrypt`` / ``decrypt``,
File › Encrypt a copy…).

The copy is made by SQLCipher's ``sqlcipher_export`` (SQLite's backup API
cannot copy between a plain and an encrypted file) into a hidden file beside
the target, checked as ``check`` checks a file (integrity, foreign keys, the
audit chain), synced, and only then linked to its name, which must not exist:
nothing is ever overwritten, and the original is never changed.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from safeguard_desktop.errors import UserError
from safeguard_desktop.store import encryption
from safeguard_desktop.store.backups import sync_folder
from safeguard_desktop.store.fileformat import APPLICATION_ID, read_header
from safeguard_desktop.store.recovery import refuse_leftover_journal
from safeguard_desktop.store.verify import verify_file


def default_target(source: Path, word: str) -> Path:
    """``name.<word>.sqlite`` beside ``source`` (``word``: encrypted, decrypted)."""
    stem = source.stem.removesuffix(".encrypted").removesuffix(".decrypted")
    return source.with_name(f"{stem}.{word}{source.suffix or '.sqlite'}")


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < encryption.MIN_PASSPHRASE:
        raise UserError(f"The passphrase is too short: use at least {encryption.MIN_PASSPHRASE} characters "
                        "(a few words are easier to remember than symbols). Nothing was written.")


def encrypt_copy(source: Path, target: Path, passphrase: str) -> Path:
    """An encrypted copy of the plain workspace ``source`` at ``target``."""
    source, target = Path(source), Path(target)
    check_passphrase(passphrase)
    _check_source(source, target)
    if encryption.looks_encrypted(source):
        raise UserError(f"{source} is already encrypted. To change its passphrase, decrypt it, then encrypt the copy.")
    salt = os.urandom(encryption.SALT_BYTES)
    key = encryption.derive_key(passphrase, salt)
    attach_key = f"x'{key.hex()}{salt.hex()}'"
    return _export(source, target, attach_key, key_after=(salt, key))


def decrypt_copy(source: Path, target: Path) -> Path:
    """A plain copy of the encrypted workspace ``source`` at ``target`` (its
    passphrase is asked for if this process does not hold its key)."""
    source, target = Path(source), Path(target)
    _check_source(source, target)
    if not encryption.looks_encrypted(source):
        raise UserError(f"{source} is not encrypted: there is nothing to decrypt.")
    return _export(source, target, "", key_after=None)


def _check_source(source: Path, target: Path) -> None:
    if not source.is_file():
        raise UserError(f"There is no workspace at {source}. Check the name.")
    if target.exists():
        raise UserError(f"{target} already exists: choose another name with --output (nothing was overwritten).")
    if target.resolve() == source.resolve():
        raise UserError("Choose a different name from the workspace itself.")
    if read_header(source).application_id != APPLICATION_ID:
        raise UserError(f"{source} is not a safeguard-desktop workspace; nothing was written.")
    refuse_leftover_journal(source)


def _export(source: Path, target: Path, attach_key: str, key_after: tuple[bytes, bytes] | None) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)  # 0600
    os.close(handle)
    partial = Path(name)
    try:
        _write_export(source, partial, attach_key)
        if key_after is not None:
            encryption.register_key(*key_after)  # so the copy can be checked, and opened without asking again
        problems = verify_file(partial)
        if problems:
            raise UserError(f"The copy of {source.name} failed its check ({problems[0]}); it was not kept. "
                            f"Run 'safeguard-desktop check {source}'.")
        with open(partial, "rb") as handle_:
            os.fsync(handle_.fileno())
        _give_name(partial, target)
    except sqlite3.OperationalError as exc:
        raise UserError(f"The copy could not be written ({exc}); {source.name} is unchanged.") from exc
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
    sync_folder(target.parent)
    return target


def _give_name(partial: Path, target: Path) -> None:
    taken = UserError(f"{target} already exists: choose another name (nothing was overwritten).")
    try:
        os.link(partial, target)  # fails if the name was taken meanwhile: never overwrites
    except FileExistsError:
        raise taken from None
    except OSError:
        # FAT and exFAT (most USB sticks) have no hard links: a rename, after
        # looking, leaves only a moment in which another program could take the name.
        if target.exists():
            raise taken from None
        os.replace(partial, target)


def _write_export(source: Path, partial: Path, attach_key: str) -> None:
    # Only SQLCipher has sqlcipher_export: a plain source is read through it too, without a key.
    conn = encryption.connect(source, read_only=True, cipher=True)
    try:
        version, application = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("user_version", "application_id"))
        conn.execute("ATTACH DATABASE ? AS copy KEY ?", (str(partial), attach_key))
        conn.execute("SELECT sqlcipher_export('copy')")
        # sqlcipher_export copies the schema and the rows, not the header's marks.
        conn.execute(f"PRAGMA copy.user_version = {int(version)}")
        conn.execute(f"PRAGMA copy.application_id = {int(application)}")
        conn.execute("DETACH DATABASE copy")
    finally:
        conn.close()
