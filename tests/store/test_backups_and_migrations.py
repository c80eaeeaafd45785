"""Backups restore the same content; an older file is backed up and upgraded."""

from __future__ import annotations

import sqlite3

from older_workspace import FIRST, older_workspace

from safeguard_desktop.store import backups, migrations
from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.fileformat import SCHEMA_VERSION
from safeguard_desktop.store.models import Agency
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.ops.records import set_field
from safeguard_desktop.store.queries.overview import list_agencies
from safeguard_desktop.store.workspace import open_workspace, restore_backup


def _dump(path):
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'actions_fts%' ORDER BY name")]
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def test_backup_then_restore_gives_the_same_content_and_keeps_the_current_file(workspace):
    agency = create_agency(workspace, name="Bwrdd Iechyd Prifysgol (ŵ ŷ)")
    backup = backups.take_backup(workspace.path, reason="manual")
    set_field(workspace, Agency, agency, "name", "Changed after the backup")
    create_agency(workspace, name="Added after the backup")
    path = workspace.path
    workspace.close()
    expected = _dump(backup.path)
    kept = restore_backup(path, backup.path)
    assert kept is not None and [a[1] for a in _agency_names(kept)] == ["Added after the backup", "Changed after the backup"]
    restored = _dump(path)
    # The restore itself is audited: one more audit row, everything else identical.
    assert len(restored["audit"]) == len(expected["audit"]) + 1
    restored.pop("audit"), expected.pop("audit")
    assert restored == expected
    assert check_workspace(path) == []


def _agency_names(path):
    ws = open_workspace(path, read_only=True, backup_on_open=False)
    try:
        return list_agencies(ws)
    finally:
        ws.close()


def test_backups_rotate_and_are_listed_newest_first(workspace):
    for _ in range(backups.KEEP + 3):
        backups.take_backup(workspace.path, reason="timed")
    found = backups.list_backups(workspace.path)
    assert len(found) == backups.KEEP  # all on one day: the newest KEEP survive
    assert found == sorted(found, key=lambda b: b.taken_at, reverse=True)
    assert all(backups.is_good_backup(b.path) for b in found)


def test_a_workspace_at_the_first_revision_is_backed_up_and_upgraded(tmp_path):
    path = older_workspace(tmp_path / "old.sqlite")
    first = FIRST

    ws = open_workspace(path)
    try:
        with ws.engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.head_revision()
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
        assert [a[1] for a in list_agencies(ws)] == ["Heddlu Gwent Police"]
        create_agency(ws, name="Written after the upgrade")
    finally:
        ws.close()
    reasons = [b.reason for b in backups.list_backups(path)]
    if first != migrations.head_revision():
        assert f"before-upgrade-{first}" in reasons
    # The agency written above by hand has no audit entries, and check says so.
    assert [str(p) for p in check_workspace(path)] == [
        "audit: agencies record a-1 has no audit entries: it was added behind the program's back"]
