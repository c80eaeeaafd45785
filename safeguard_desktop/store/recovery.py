"""Files a crash leaves beside a workspace, and whether they may be used.

A rollback journal (network-share mode) holds the pages to put back after an
edit that was cut off; the main file alone already holds part of that edit.
Only a writable open rolls it back, so read-only paths (export, backup,
check, a second laptop's snapshot) must refuse rather than copy the file
alone.

A ``-wal`` file holds the newest edits (local mode). SQLite applies any
well-formed ``-wal`` beside the file, even one from another copy, replacing
records silently. Before a writable open the file is read with and without
its ``-wal`` (as copies, never the originals): a ``-wal`` that changes the
workspace's UUID, or rewrites audit entries rather than adding to them,
does not belong. The audit trail only ever grows, so the main file's last
entry must still be there, unchanged, once the ``-wal`` is applied.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from safeguard_desktop.errors import NeedsRecoveryError
from safeguard_desktop.store import encryption
from safeguard_desktop.store.lock import lock_path

# The first eight bytes of a rollback journal that still holds pages.
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
# A live writer's journal goes within one short transaction; a crashed
# writer's stays. Waited for only while someone holds the workspace.
LIVE_WRITER_WAIT_S = 3.0


def refuse_leftover_journal(path: Path) -> None:
    """Raise ``NeedsRecoveryError`` if a rollback journal left by a crash is
    beside ``path``."""
    journal = path.with_name(path.name + "-journal")
    deadline = time.monotonic() + (LIVE_WRITER_WAIT_S if lock_path(path).exists() else 0.0)
    while _holds_pages(journal):
        if time.monotonic() >= deadline:
            raise NeedsRecoveryError(
                f"{path} needs recovery: an edit was being written when the program or the computer stopped, "
                f"and its rollback journal ({journal.name}) is still beside it. The file alone would show that "
                "unfinished edit, so it was not read or copied. To recover: open it for editing in "
                "safeguard-desktop (from a computer that can write to its folder), which puts the file back as "
                "it was before that edit; then try again. Never copy or move the file without its journal.")
        time.sleep(0.1)


def _holds_pages(journal: Path) -> bool:
    try:
        with open(journal, "rb") as handle:
            return handle.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except FileNotFoundError:
        return False


def foreign_wal(path: Path) -> str | None:
    """Why the ``-wal`` beside ``path`` does not belong to it, or None when it
    does (or when there is none, or it cannot be told: SQLite's own
    recovery then decides, as it always did)."""
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return None
    with tempfile.TemporaryDirectory(prefix="safeguard-wal-") as folder:
        alone = Path(folder) / "alone.sqlite"
        shutil.copyfile(path, alone)
        applied = Path(folder) / "applied.sqlite"
        shutil.copyfile(path, applied)
        shutil.copyfile(wal, applied.with_name(applied.name + "-wal"))
        try:
            uuid, last = _identity(alone)
        except sqlite3.Error:
            return None  # e.g. a checkpoint cut short: only the -wal completes the file
        try:
            uuid_after, last_after = _identity(applied, at=last[0] if last else None)
        except sqlite3.Error:
            return "its -wal file does not fit it: it comes from another copy, or is damaged"
    if uuid_after != uuid:
        return "its -wal file belongs to another copy: it would replace the workspace's identity and records"
    if last is not None and last != last_after:
        return "its -wal file belongs to another copy of this workspace: it would rewrite the audit trail"
    return None


def _identity(copy: Path, at: int | None = None) -> tuple[str | None, tuple[int, str] | None]:
    """The workspace UUID and one audit entry (the last, or the one ``at``)."""
    conn = encryption.connect(copy)
    try:
        uuid = conn.execute("SELECT value FROM settings WHERE key = 'workspace_uuid'").fetchone()
        if at is None:
            entry = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        else:
            entry = conn.execute("SELECT id, hash FROM audit WHERE id = ?", (at,)).fetchone()
    finally:
        conn.close()
    return (uuid[0] if uuid else None), (tuple(entry) if entry else None)
