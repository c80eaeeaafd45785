"""A workspace from an older version is backed up before it is upgraded.
When that backup cannot be written (a full disk), the upgrade is refused
with one plain message, the file stays as it was, and the workspace can be
read meanwhile: opened read-only, it is read through an upgraded copy kept
in a temporary folder."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from full_disk_mount import full_disk, leftovers
from older_workspace import FIRST, HAS_OLDER, older_workspace

from safeguard_desktop.errors import UserError
from safeguard_desktop.store import backups, migrations
from safeguard_desktop.store.queries.overview import list_agencies
from safeguard_desktop.store.workspace import open_workspace

pytestmark = pytest.mark.skipif(not HAS_OLDER, reason="needs a revision to upgrade from")


@pytest.fixture
def old_workspace(tmp_path: Path) -> Path:
    return older_workspace(tmp_path / "old.sqlite")


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def test_an_upgrade_whose_backup_fails_is_refused_plainly_and_changes_nothing(old_workspace, user_home):
    with full_disk(user_home / "data" / "backups") as folder:
        with pytest.raises(UserError) as refused:
            open_workspace(old_workspace)
        assert leftovers(folder) == []
    said = str(refused.value)
    assert "older version" in said and "was not upgraded" in said
    assert "is full" in said and "Free some space" in said
    assert "read-only" in said  # what the user can do meanwhile
    assert _revision(old_workspace) == FIRST
    assert not old_workspace.with_name(old_workspace.name + ".lock").exists()
    # Once there is space, it is backed up and upgraded as usual.
    with open_workspace(old_workspace) as ws:
        assert [a[1] for a in list_agencies(ws)] == ["Heddlu Gwent Police"]
    assert _revision(old_workspace) == migrations.head_revision()
    assert f"before-upgrade-{FIRST}" in [b.reason for b in backups.list_backups(old_workspace)]


def test_an_older_workspace_opens_read_only_through_an_upgraded_copy(old_workspace, user_home, tmp_path,
                                                                    monkeypatch):
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    with full_disk(user_home / "data" / "backups"):
        with open_workspace(old_workspace, read_only=True, backup_on_open=False) as ws:
            assert ws.read_only
            assert [a[1] for a in list_agencies(ws)] == ["Heddlu Gwent Police"]
            assert "older version" in ws.read_only_reason()
            assert len(list(temporary.iterdir())) == 1  # the upgraded copy's folder
    assert list(temporary.iterdir()) == []  # gone with the workspace
    assert _revision(old_workspace) == FIRST  # the file itself is not upgraded
    assert backups.list_backups(old_workspace) == []
