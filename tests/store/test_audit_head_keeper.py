"""The chain's head is written off the edit's path (store/audit_head.py,
HeadKeeper): at most once a second after commits, and at once on close, so
an autosave does not write and rename a file each time."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from safeguard_desktop.store import audit_head
from safeguard_desktop.store.ops.org import create_agency


def _last_entry(path: Path) -> tuple[int, str]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()


def _recorded(path: Path) -> tuple[int, str] | None:
    head = audit_head.recorded_head(path)
    return None if head is None else (head.last_id, head.hash)


def test_edits_leave_the_head_to_the_keeper_and_closing_writes_the_newest(workspace):
    path = workspace.path
    before = _recorded(path)
    for n in range(5):
        create_agency(workspace, name=f"Agency {n}")
    assert _recorded(path) == before, "no head file written on the edit's path"
    workspace.close()
    assert _recorded(path) == _last_entry(path)


def test_the_keeper_writes_the_newest_head_once_the_delay_passes(tmp_path: Path, user_home: Path):
    workspace_path = tmp_path / "board.sqlite"
    keeper = audit_head.HeadKeeper(workspace_path, delay=0.05)
    for n in range(1, 4):
        keeper.note(audit_head.ChainHead("uuid-1", n, f"hash-{n}"))
    deadline = time.monotonic() + 10
    while audit_head.recorded_head(workspace_path) is None and time.monotonic() < deadline:
        time.sleep(0.02)
    written = json.loads(audit_head.head_file(workspace_path).read_text())
    assert (written["last_id"], written["hash"]) == (3, "hash-3")
    keeper.note(audit_head.ChainHead("uuid-1", 4, "hash-4"))
    keeper.flush()
    assert audit_head.recorded_head(workspace_path) == audit_head.ChainHead("uuid-1", 4, "hash-4")


def test_an_edit_s_head_is_read_from_the_file_and_written_once_the_delay_passes(workspace):
    workspace._heads.delay = 0.05  # the keeper of this workspace, quicker than a second
    create_agency(workspace, name="Police")
    deadline = time.monotonic() + 10
    while _recorded(workspace.path) != _last_entry(workspace.path) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _recorded(workspace.path) == _last_entry(workspace.path)
