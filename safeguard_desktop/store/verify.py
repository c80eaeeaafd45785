"""Strict verification of a database file: SQLite's full ``integrity_check``,
its foreign keys, text that is valid UTF-8, and the audit chain.

``quick_check`` alone let damaged files open for editing and damaged copies
count as good backups (it does not compare indexes with their tables, nor
read the records' text). This is what opening, backing up and ``check`` all
rely on. Each field against its latest audit entry is compared by ``check``
only: that comparison is tamper evidence, and a false finding there must
not move a sound workspace aside. Findings never quote record text: a
damaged byte can sit in the middle of a child's name, and findings go to
the screen and the log.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy.orm import Session

from safeguard_desktop.store import encryption
from safeguard_desktop.store.audit import HASHED_FIELDS, entry_hash, verify_chain
from safeguard_desktop.store.engine import make_engine

# What SQLite says of a file that is damaged, as opposed to busy or locked.
DAMAGE_WORDS = ("not a database", "malformed", "corrupt")
# When damage reaches the schema's own text, even SQLite's error is unreadable.
UNREADABLE_REPORT = "SQLite's report on the file is itself unreadable: the file's schema is damaged"


@dataclass(frozen=True)
class Problem:
    area: str
    message: str

    def __str__(self) -> str:
        return f"{self.area}: {self.message}"


def verify_file(path: Path) -> list[Problem]:
    """Everything SQLite and the audit chain find wrong with ``path``; empty
    when sound. Raises ``sqlite3.OperationalError`` when the file cannot be
    read just now (locked, busy, a journal needing recovery): not damage."""
    problems = sqlite_problems(path)
    if problems:
        return problems  # the chain means nothing on a damaged file
    engine = make_engine(path, read_only=True, network=False)
    try:
        with Session(engine) as session:
            return [Problem("audit", f"entry {p.audit_id} {p.message}") for p in verify_chain(session)]
    finally:
        engine.dispose()


def first_read_problems(path: Path) -> list[Problem]:
    """What can be told at once, whatever the file's size: the schema reads
    and the newest audit entry holds its own hash. The window opens on this
    and verifies the file in full in the background (``verify_file``): a
    decade's file takes seconds, not the 150 ms the window has to open."""
    return _read_problems(path, _first_read)


def sqlite_problems(path: Path) -> list[Problem]:
    """What SQLite finds: integrity, foreign keys, undecodable text."""
    return _read_problems(path, _sqlite_findings)


def _read_problems(path: Path, read: Callable[[sqlite3.Connection], list[Problem]]) -> list[Problem]:
    """``read`` on a read-only connection; damage is a finding, a file that
    is merely busy or locked raises ``sqlite3.OperationalError``."""
    try:
        conn = encryption.connect(path, read_only=True)
    except sqlite3.Error as exc:
        return [Problem("file", f"cannot be opened: {exc}")]
    try:
        return read(conn)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and not any(w in str(exc) for w in DAMAGE_WORDS):
            raise
        return [Problem("integrity", str(exc))]
    except UnicodeDecodeError:
        return [Problem("integrity", UNREADABLE_REPORT)]
    finally:
        conn.close()


def _first_read(conn: sqlite3.Connection) -> list[Problem]:
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    last = conn.execute(f"SELECT id, prev_hash, hash, {', '.join(HASHED_FIELDS)} FROM audit "
                        "ORDER BY id DESC LIMIT 1").fetchone()
    if last is not None and entry_hash(last[1], dict(zip(HASHED_FIELDS, last[3:]))) != last[2]:
        return [Problem("audit", f"entry {last[0]} content does not match its hash (the entry was edited)")]
    return []


def _sqlite_findings(conn: sqlite3.Connection) -> list[Problem]:
    # SQLite's findings may name damaged schema text: read them leniently.
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        return [Problem("integrity", row) for row in rows[:20]]
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    problems = [Problem("foreign keys", f"{table} row {rowid} points at a missing {parent}")
                for table, rowid, parent, _ in fk[:20]]
    return problems + _undecodable_text(conn)


def _undecodable_text(conn: sqlite3.Connection) -> list[Problem]:
    # SQLite stores whatever bytes it is given; Python refuses text that is
    # not UTF-8 and quotes it in the error. Each table is read once in C; the
    # error's own message (which holds the text) is never kept.
    tables = [name for name, in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    conn.text_factory = str
    problems = []
    for table in tables:
        cursor = conn.execute(f'SELECT * FROM "{table}"')
        row_number = 0
        try:
            for row_number, _row in enumerate(cursor, start=1):
                pass
        except sqlite3.OperationalError as exc:
            if "decode" not in str(exc):
                raise
            problems.append(Problem(table, f"row {row_number + 1} holds text that is not valid UTF-8 (damaged bytes)"))
    return problems
