"""The quick answer for a sync with nothing new, in plain reads (a handful
of one-row queries: no engine, no statement to compile, no copy); a file's
through sqlite3, a server's through its own connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def file_facts(path: Path) -> dict[str, object] | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        if conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sync_peers'").fetchone()[0] == 0:
            return None
        return facts(conn)
    finally:
        conn.close()


def facts(conn: Any) -> dict[str, object]:
    """Site, last entry, peers' records and open conflicts, read through a
    DB-API connection (a file's sqlite3, or a server's psycopg)."""
    site = conn.execute("SELECT value FROM sync_site WHERE key = 'site_id'").fetchone()
    last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone() or (0, "")
    peers = {row[0]: row[1:] for row in conn.execute(
        "SELECT peer_site, my_last_id, my_last_hash, peer_last_id, peer_last_hash FROM sync_peers")}
    open_conflicts = {row[0] for row in conn.execute("SELECT uuid FROM sync_conflicts WHERE resolved_at IS NULL")}
    return {"site": site[0] if site else None, "last": tuple(last), "peers": peers, "open": open_conflicts}


def in_step(a_path: Path, b_path: Path) -> tuple[bool, int]:
    """Whether both trails end where both files recorded them at their last
    sync with each other, with the same conflicts open (a resolution made on
    one side still has to cross); and how many conflicts are open."""
    return same_facts(file_facts(a_path), file_facts(b_path))


def same_facts(a: dict[str, object] | None, b: dict[str, object] | None) -> tuple[bool, int]:
    """``in_step`` for two copies' facts, however read (a server's too)."""
    if a is None or b is None or not a["site"] or a["site"] == b["site"]:
        return False, 0
    mine = a["peers"].get(b["site"])  # type: ignore[union-attr]
    theirs = b["peers"].get(a["site"])  # type: ignore[union-attr]
    if not mine or not theirs:
        return False, 0
    same = ((mine[0], mine[1]) == a["last"] and (mine[2], mine[3]) == b["last"]
            and (theirs[0], theirs[2]) == (mine[2], mine[0]) and a["open"] == b["open"])
    return same, len(a["open"])  # type: ignore[arg-type]
