"""A copy kept aside (before a restore, a damaged file) never takes the name
of another, however close together they are made (issue 12, hole 8)."""

from __future__ import annotations

from datetime import datetime, timezone

from safeguard_desktop.store import backups
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.queries.overview import list_agencies
from safeguard_desktop.store.workspace import open_workspace, restore_backup


class _FrozenClock(datetime):
    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        return datetime(2026, 11, 23, 9, 0, 0, 123456, tzinfo=timezone.utc)


def test_names_made_in_the_same_microsecond_are_all_new_files(tmp_path, monkeypatch):
    workspace = tmp_path / "board.sqlite"
    monkeypatch.setattr(backups, "datetime", _FrozenClock)
    names = [backups.aside_path(workspace, "before-restore") for _ in range(20)]
    assert len(set(names)) == 20
    assert all(name.exists() and name.parent == tmp_path for name in names)
    assert all(name.name.startswith("board.before-restore-20261123T090000123456Z") for name in names)
    assert all(name.suffix == ".sqlite" for name in names)


def test_two_restores_in_the_same_second_keep_both_current_files(workspace, monkeypatch):
    create_agency(workspace, name="In the backup")
    backup = backups.take_backup(workspace.path, reason="manual")
    path = workspace.path
    workspace.close()
    # However slow the machine, both restores happen at the same moment.
    monkeypatch.setattr(backups, "datetime", _FrozenClock)
    monkeypatch.setattr("safeguard_desktop.store.workspace.datetime", _FrozenClock, raising=False)
    first = restore_backup(path, backup.path)
    with open_workspace(path, backup_on_open=False) as reopened:
        create_agency(reopened, name="Typed after the first restore, not yet backed up")
    second = restore_backup(path, backup.path)
    assert first is not None and second is not None and first != second
    with open_workspace(second, backup_on_open=False, read_only=True) as kept:
        assert "Typed after the first restore, not yet backed up" in [a[1] for a in list_agencies(kept)]
    assert first.exists()
