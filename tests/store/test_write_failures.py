"""When SQLite cannot write, or the file is busy, the user is told plainly and
nothing is written, moved or lost."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import func, select, text

from safeguard_desktop.errors import UserError, WorkspaceClosedError, WriteFailedError
from safeguard_desktop.store.models import Agency, AuditEntry
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.workspace import open_workspace


def _counts(ws) -> tuple[int, int]:
    with ws.session() as s:
        return s.scalar(select(func.count(Agency.id))), s.scalar(select(func.count(AuditEntry.id)))


def test_a_full_disk_is_a_plain_message_and_nothing_of_the_change_is_written(workspace):
    create_agency(workspace, name="Council")
    before = _counts(workspace)
    with pytest.raises(WriteFailedError, match="disk is full") as caught:
        with workspace.transaction() as tx:
            pages = tx.session.execute(text("PRAGMA page_count")).scalar()
            tx.session.execute(text(f"PRAGMA max_page_count = {pages}"))  # this file may grow no more
            for n in range(200):
                tx.insert(Agency, name=f"Agency {n} " + "x" * 4000)
    assert "nothing of it was written" in str(caught.value)
    assert _counts(workspace) == before


def test_a_closed_workspace_refuses_writes_instead_of_reopening_the_file(workspace):
    path = workspace.path
    workspace.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(WorkspaceClosedError):
        create_agency(workspace, name="Written after closing")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_file_locked_by_another_program_is_not_taken_for_damaged(workspace):
    path = workspace.path
    workspace.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(UserError, match="cannot be opened just now") as caught:
            open_workspace(path, backup_on_open=False)
        assert "Nothing was changed" in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert path.exists()
    assert not list(path.parent.glob("*.damaged-*"))
    with open_workspace(path, backup_on_open=False) as ws:
        assert not ws.read_only
