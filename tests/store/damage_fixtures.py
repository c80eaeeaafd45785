"""Ways a workspace file gets damaged, for the damage tests (issue 12)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from safeguard_desktop.store.ops.org import create_agency, create_person
from safeguard_desktop.store.workspace import create_workspace

PRIVATE = "Jessamy Private-Record"


def workspace_with_records(path: Path, *, agencies: int = 3) -> Path:
    """A closed workspace holding a person named ``PRIVATE`` and some agencies."""
    ws = create_workspace(path, board_name="Board")
    create_person(ws, name=PRIVATE)
    for n in range(agencies):
        create_agency(ws, name=f"Agency {n} " + "x" * 200)
    ws.close()
    return path


def run_sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def stale_index(path: Path) -> None:
    """A person renamed behind the back of the index on names: the kind of
    damage ``quick_check`` passes and ``integrity_check`` finds."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        row = conn.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
                           "WHERE name = 'ix_people_name'").fetchone()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("DELETE FROM sqlite_master WHERE name = 'ix_people_name'")
    finally:
        conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("UPDATE people SET name = 'Renamed behind the index'")
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("INSERT INTO sqlite_master(type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, ?, ?)", row)
    finally:
        conn.close()


def hot_journal_copy(path: Path, target: Path) -> None:
    """``target`` (with its ``-journal``) as a crash in the middle of an edit
    on a share leaves it: the main file already holds the unacknowledged edit,
    the journal the pages to roll back."""
    run_sql(path, "PRAGMA journal_mode = DELETE")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA cache_size = 5")  # the edit spills into the main file before commit
        conn.execute("BEGIN")
        conn.execute("UPDATE agencies SET name = 'Unacknowledged ' || name")
        shutil.copyfile(path, target)
        shutil.copyfile(path.with_name(path.name + "-journal"), target.with_name(target.name + "-journal"))
        conn.execute("ROLLBACK")
    finally:
        conn.close()
