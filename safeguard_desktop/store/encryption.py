"""Encrypted workspaces: SQLCipher files, their keys, and connections to them.

An encrypted workspace is a SQLCipher 4 file: every page, the ``-wal`` and
the backups are encrypted, and the file starts with 16 random bytes (its
salt) instead of "SQLite format 3". The key is derived from the passphrase
and the salt exactly as SQLCipher derives it (PBKDF2-HMAC-SHA512, 256,000
rounds), once per file, and kept in this process's memory by salt, never on
disk. Backups and copies are written with the same key and salt, so the
passphrase opens them too, and this process finds their key by their salt
without asking again.

Code that reads a file with the ``sqlite3`` module calls ``connect`` here
instead: a plain file gets a ``sqlite3`` connection; an encrypted one a
SQLCipher connection whose errors are raised as the ``sqlite3`` errors the
callers already handle. The passphrase is asked for through one ``Asker``
that the window (a dialog) or the command line (getpass, or the environment
variable SAFEGUARD_PASSPHRASE) installs; store/ itself never prompts.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import quote

from safeguard_desktop.errors import UserError
from safeguard_desktop.paths import create_private_file

log = logging.getLogger(__name__)

SALT_BYTES = 16
KEY_BYTES = 32
# SQLCipher 4's defaults: a file made here opens in any SQLCipher 4 tool.
KDF_ROUNDS = 256_000
MIN_PASSPHRASE = 8
KEYRING_SERVICE = "safeguard-desktop"
_NOTE_NAME = "encryption.json"
_SQLITE_MAGIC = b"SQLite format 3\x00"
# How far to look for plain schema text before calling a file encrypted: a
# plain workspace whose first bytes were overwritten still shows its tables.
_PLAIN_SCAN_BYTES = 1 << 20

# (path, asked before and the passphrase was wrong) -> (passphrase, remember) or None to give up.
Asker = Callable[[Path, bool], "tuple[str, bool] | None"]


class PassphraseNeededError(UserError):
    """An encrypted file and no passphrase given: nothing was opened."""


class WrongPassphraseError(UserError):
    """The passphrase does not open the file; the file was not touched."""


def wrong_passphrase_message(path: Path) -> str:
    return (f"That passphrase does not open {path.name}. Check it (capital letters, spaces) and try again. "
            "The file was not changed.")


_lock = threading.Lock()
_keys: dict[bytes, bytes] = {}  # salt -> key
_asker: Asker | None = None


def set_asker(asker: Asker | None) -> None:
    global _asker
    _asker = asker


def current_asker() -> Asker | None:
    return _asker


def forget_keys() -> None:
    """Drop every key this process holds (tests; closing the program)."""
    with _lock:
        _keys.clear()


# -- telling files apart --------------------------------------------------
def _salt_of(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(SALT_BYTES)
    except OSError:
        return None
    return head if len(head) == SALT_BYTES else None


def looks_encrypted(path: Path) -> bool:
    """True when ``path`` is not a plain SQLite file and nothing in it reads
    as plain schema text: what a SQLCipher file looks like. A zeroed header
    (salt of zeros) or a plain file with a damaged first page is not."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
            if head == _SQLITE_MAGIC or not any(head):
                return False
            rest = handle.read(_PLAIN_SCAN_BYTES)
    except OSError:
        return False
    return len(head) + len(rest) >= 512 and b"CREATE TABLE" not in rest


def derive_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, KEY_BYTES)


def key_for(path: Path) -> bytes | None:
    """The key this process holds for ``path`` (found by its salt), or None."""
    salt = _salt_of(path)
    with _lock:
        return _keys.get(salt) if salt else None


def _uri(path: Path, mode: str = "ro") -> str:
    # Quoted: a "#" or "?" in a folder's name ("Board papers #2") would end
    # the file name inside a URI and open another file.
    return f"file:{quote(str(path))}?mode={mode}"


def _pragma_key(key: bytes, salt: bytes) -> str:
    # A raw key with its salt: no key derivation per connection (it costs a
    # third of a second), and a new file takes the same salt.
    return f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\""


def _cipher_connection(target: str, key: bytes, salt: bytes, *, uri: bool = False, **kwargs: Any) -> Any:
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(target, uri=uri, **kwargs)
    try:
        # A wrong key would otherwise print SQLCipher's own errors on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_pragma_key(key, salt))
    except BaseException:
        conn.close()
        raise
    return conn


def _opens_with(path: Path, key: bytes, salt: bytes) -> bool:
    from sqlcipher3 import dbapi2

    conn = _cipher_connection(_uri(path), key, salt, uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except dbapi2.DatabaseError:
        return False
    finally:
        conn.close()


def unlock(path: Path, passphrase: str, *, remember: bool = False) -> bool:
    """Whether ``passphrase`` opens ``path``; if so its key is kept for this
    process (and the passphrase in the system keyring when ``remember``).
    Reads the file only."""
    salt = _salt_of(path)
    if salt is None:
        return False
    key = derive_key(passphrase, salt)
    if not _opens_with(path, key, salt):
        return False
    with _lock:
        _keys[salt] = key
    if remember:
        remember_passphrase(path, passphrase)
    return True


def register_key(salt: bytes, key: bytes) -> None:
    """Hold ``key`` for files with ``salt`` (a copy just encrypted here)."""
    with _lock:
        _keys[salt] = key


def ensure_key(path: Path) -> bytes:
    """The key of the encrypted file ``path``: held already, remembered in the
    keyring, or asked for (again, while the answer is wrong)."""
    key = key_for(path)
    if key is not None:
        return key
    remembered = remembered_passphrase(path)
    if remembered is not None and unlock(path, remembered):
        return key_for(path)  # type: ignore[return-value]
    if _asker is None:
        raise PassphraseNeededError(
            f"{path} is an encrypted workspace: its passphrase is needed. In a terminal you are asked for it; "
            "scripts can set the environment variable SAFEGUARD_PASSPHRASE. Nothing was changed.")
    wrong = False
    while True:
        answer = _asker(path, wrong)
        if answer is None:
            raise PassphraseNeededError(f"{path} is encrypted and was not opened: no passphrase was given. "
                                        "Nothing was changed.")
        passphrase, remember = answer
        if unlock(path, passphrase, remember=remember):
            return key_for(path)  # type: ignore[return-value]
        wrong = True


# -- connections ------------------------------------------------------------
def connect(path: Path, *, read_only: bool = False, like: Path | None = None, cipher: bool = False,
            **kwargs: Any) -> Any:
    """A DB-API connection to ``path``, as ``sqlite3.connect`` gives one:
    plain for a plain file, SQLCipher for an encrypted one (asking for its
    key if need be). ``like``: a new file is encrypted as that file is.
    ``cipher``: through SQLCipher even for a plain file (for its functions)."""
    target = _uri(path) if read_only else str(path)
    source = Path(like) if like is not None else Path(path)
    if not looks_encrypted(source):
        if cipher:
            from sqlcipher3 import dbapi2

            return _Translating(dbapi2.connect(target, uri=read_only, **kwargs))
        return sqlite3.connect(target, uri=read_only, **kwargs)
    key = ensure_key(source)
    salt = _salt_of(source)
    assert salt is not None
    return _Translating(_cipher_connection(target, key, salt, uri=read_only, **kwargs))


def engine_options(path: Path, *, read_only: bool, timeout: float) -> dict[str, Any]:
    """Extra ``create_engine`` arguments: for an encrypted file SQLCipher's
    module, so SQLAlchemy wraps its errors as it wraps sqlite3's, and a
    creator that sets the key first; for a plain file read-only, a creator
    with the URI quoted (SQLAlchemy unquotes its URL's file name, and "#"
    then ends it); nothing for a plain file opened for writing."""
    if not looks_encrypted(path):
        if not read_only:
            return {}
        return {"creator": lambda: sqlite3.connect(_uri(path), uri=True, timeout=timeout, check_same_thread=False)}
    from sqlcipher3 import dbapi2

    key = ensure_key(path)
    salt = _salt_of(path)
    assert salt is not None
    target = _uri(path) if read_only else str(path)
    return {"module": dbapi2, "creator": lambda: _cipher_connection(
        target, key, salt, uri=read_only, timeout=timeout, check_same_thread=False)}


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of an encrypted file: its header is
    encrypted, so they are read through SQLCipher once the key is known.
    From the main file alone, as a plain file's are read from its bytes: a
    leftover journal is for the checks that follow to find, not a reason to
    call the file foreign."""
    key = ensure_key(path)
    salt = _salt_of(path)
    assert salt is not None
    conn = _Translating(_cipher_connection(_uri(path, "ro&immutable=1"), key, salt, uri=True))
    try:
        return (conn.execute("PRAGMA application_id").fetchone()[0],
                conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError:
        return (0, 0)
    finally:
        conn.close()


def _sqlite_error(exc: BaseException) -> BaseException:
    for cls in type(exc).__mro__:
        same = getattr(sqlite3, cls.__name__, None)
        if isinstance(same, type) and issubclass(same, sqlite3.Error):
            return same(*exc.args)
    return exc


def _translated(call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    from sqlcipher3 import dbapi2

    try:
        return call(*args, **kwargs)
    except dbapi2.Error as exc:
        raise _sqlite_error(exc) from exc


class _Translating:
    """A SQLCipher connection or cursor whose errors are ``sqlite3``'s, so
    callers written for the sqlite3 module handle them unchanged."""

    def __init__(self, inner: Any) -> None:
        object.__setattr__(self, "_inner", inner)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._inner, name)
        if not callable(value):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            args = tuple(a._inner if isinstance(a, _Translating) else a for a in args)
            kwargs = {k: (v._inner if isinstance(v, _Translating) else v) for k, v in kwargs.items()}
            result = _translated(value, *args, **kwargs)
            return _Translating(result) if type(result).__module__.startswith("sqlcipher3") else result
        return call

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._inner, name, value)

    def __iter__(self) -> Iterator[Any]:
        iterator = iter(self._inner)
        while True:
            try:
                yield _translated(next, iterator)
            except StopIteration:
                return

    def __enter__(self) -> _Translating:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.__exit__(*exc)


# -- remembering the passphrase (only when asked) ---------------------------
def _note(path: Path) -> Path:
    from safeguard_desktop.store.backups import folder_for

    return folder_for(Path(path)) / _NOTE_NAME


def _workspace_uuid(path: Path) -> str | None:
    conn = connect(path, read_only=True)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'workspace_uuid'").fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def remember_passphrase(path: Path, passphrase: str) -> bool:
    """Keep the passphrase in the system keyring under the workspace's UUID
    (the file itself holds it, readable once unlocked); the per-user folder
    notes which UUID the file at this path has. Returns whether it was kept."""
    import keyring

    uuid = _workspace_uuid(path)
    if not uuid:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, uuid, passphrase)
        note = _note(path)
        note.unlink(missing_ok=True)
        create_private_file(note)  # 0600 whatever the umask, like every per-user file
        note.write_text(json.dumps({"workspace_uuid": uuid}), encoding="utf-8")
    except Exception as exc:  # no keyring on this computer: the user is asked next time
        log.warning("passphrase not remembered: %s", type(exc).__name__)
        return False
    return True


def remembered_passphrase(path: Path) -> str | None:
    import keyring

    try:
        uuid = json.loads(_note(path).read_text(encoding="utf-8"))["workspace_uuid"]
        return keyring.get_password(KEYRING_SERVICE, uuid) if isinstance(uuid, str) else None
    except Exception:  # no note, no keyring, a locked keyring: ask instead
        return None


def forget_passphrase(path: Path) -> None:
    import keyring

    try:
        uuid = json.loads(_note(path).read_text(encoding="utf-8"))["workspace_uuid"]
        keyring.delete_password(KEYRING_SERVICE, uuid)
    except Exception:
        pass
    _note(path).unlink(missing_ok=True)
