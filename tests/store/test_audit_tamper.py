"""Tampering the hash chain alone cannot show: the trail cut short, emptied,
or rewritten with its later hashes recomputed, and a record changed behind
the program's back. The chain's head is kept outside the file (in the
per-user folder), and every field must equal its latest audit row."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

from safeguard_desktop.store.audit import GENESIS, entry_hash
from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.models import Agency
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.ops.records import set_field


def _run(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    # Into the file itself, as a tamperer with time would leave it (a -wal
    # left beside it is a finding of its own).
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _edited_workspace(workspace, agencies: int = 3, renames: int = 3) -> Path:
    ids = [create_agency(workspace, name=f"Agency {n}") for n in range(agencies)]
    for n in range(renames):
        set_field(workspace, Agency, ids[0], "name", f"Renamed {n}")
    path = workspace.path
    workspace.close()
    assert check_workspace(path) == []
    return path


def _areas_and_messages(path: Path) -> list[str]:
    return [str(p) for p in check_workspace(path)]


def test_the_head_is_kept_in_the_per_user_folder_privately(workspace, user_home):
    from safeguard_desktop.store import audit_head

    create_agency(workspace, name="Police")
    uuid = workspace.uuid
    workspace.close()  # written within a second of a change, and at once on close
    conn = sqlite3.connect(workspace.path)
    last_id, last_hash = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    head_file = audit_head.head_file(workspace.path)
    assert user_home in head_file.parents
    recorded = json.loads(head_file.read_text())
    assert (recorded["last_id"], recorded["hash"], recorded["workspace_uuid"]) == (last_id, last_hash, uuid)
    assert stat.S_IMODE(head_file.stat().st_mode) == 0o600


def test_removing_the_last_entry_and_undoing_its_change_is_found(workspace):
    path = _edited_workspace(workspace)
    # The last entry renamed "Renamed 1" to "Renamed 2": put the old name
    # back and remove the entry, so chain and fields agree with each other.
    _run(path, "UPDATE agencies SET name = 'Renamed 1' WHERE name = 'Renamed 2'",
         "DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)")
    problems = _areas_and_messages(path)
    assert problems and all(p.startswith("audit:") for p in problems)
    assert any("removed" in p for p in problems)


def test_removing_the_last_hundred_entries_is_found(workspace):
    path = _edited_workspace(workspace, agencies=120, renames=0)
    _run(path, "DELETE FROM agencies WHERE id > (SELECT max(id) - 100 FROM agencies)",
         "DELETE FROM audit WHERE id > (SELECT max(id) - 100 FROM audit)")
    assert any("removed" in p for p in _areas_and_messages(path))


def test_emptying_the_trail_and_the_records_is_found(workspace):
    path = _edited_workspace(workspace)
    tables = [r[0] for r in sqlite3.connect(path).execute("SELECT DISTINCT table_name FROM audit")]
    _run(path, "PRAGMA foreign_keys = OFF", *(f"DELETE FROM {t}" for t in tables if t != "settings"),
         "DELETE FROM audit")
    problems = _areas_and_messages(path)
    assert any("removed" in p for p in problems), problems


def test_a_row_rewritten_with_its_later_hashes_recomputed_is_found(workspace):
    path = _edited_workspace(workspace)
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM audit ORDER BY id")]
    target = next(r for r in rows if r["new_value"] == '"Renamed 0"')
    target["new_value"] = '"Someone else"'
    prev = GENESIS
    for row in rows:
        row["prev_hash"] = prev
        row["hash"] = prev = entry_hash(prev, row)
        conn.execute("UPDATE audit SET new_value = ?, prev_hash = ?, hash = ? WHERE id = ?",
                     (row["new_value"], row["prev_hash"], row["hash"], row["id"]))
    conn.commit()
    conn.close()
    problems = _areas_and_messages(path)
    assert any("rewritten" in p for p in problems), problems


def test_a_field_changed_directly_is_found_naming_table_and_field(demo_path):
    assert check_workspace(demo_path) == []
    _run(demo_path, "UPDATE meetings SET confidential = 0 WHERE confidential = 1")
    problems = _areas_and_messages(demo_path)
    assert any("meetings" in p and "confidential" in p for p in problems), problems


def test_a_record_added_directly_is_found(workspace):
    path = _edited_workspace(workspace)
    _run(path, "INSERT INTO agencies (uuid, name, sector, statutory_partner, created_at, updated_at) "
               "SELECT 'feedface-0000-0000-0000-000000000000', 'Ghost', sector, statutory_partner, created_at, "
               "updated_at FROM agencies LIMIT 1")
    problems = _areas_and_messages(path)
    assert any("agencies" in p and "no audit" in p for p in problems), problems


def test_a_restore_moves_the_head_so_the_restored_file_checks_clean(workspace):
    from safeguard_desktop.store import backups
    from safeguard_desktop.store.workspace import restore_backup

    create_agency(workspace, name="Before the backup")
    backup = backups.take_backup(workspace.path, reason="manual")
    create_agency(workspace, name="After the backup")
    path = workspace.path
    workspace.close()
    restore_backup(path, backup.path)
    assert check_workspace(path) == []
