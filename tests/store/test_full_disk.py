"""Full disks: one plain message, nothing left behind, and a backup that
cannot be written never stops the user's work (it says so; the next timed
backup tries again)."""

from __future__ import annotations

from pathlib import Path

import pytest
from full_disk_mount import full_disk, leftovers

from safeguard_desktop.cli import EXIT_USER_ERROR, main
from safeguard_desktop.errors import UserError
from safeguard_desktop.store import backups
from safeguard_desktop.store.models import Agency
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.ops.records import set_field
from safeguard_desktop.store.workspace import create_workspace, open_workspace


@pytest.fixture
def saved_workspace(tmp_path: Path) -> Path:
    path = tmp_path / "board.sqlite"
    with create_workspace(path, board_name="Test Board") as ws:
        for n in range(40):
            create_agency(ws, name=f"Agency {n} " + "x" * 2000)
    return path


@pytest.fixture
def full_backups(user_home: Path) -> Path:
    with full_disk(user_home / "data" / "backups") as folder:
        yield folder


def test_a_backup_to_a_full_disk_says_so_plainly_and_leaves_nothing(saved_workspace, full_backups):
    with pytest.raises(UserError, match="full") as raised:
        backups.take_backup(saved_workspace, reason="manual")
    assert "Free some space" in str(raised.value)
    assert leftovers(full_backups) == []


def test_the_backup_command_exits_as_a_user_error_with_one_line(saved_workspace, full_backups, capsys):
    assert main(["backup", str(saved_workspace)]) == EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert "full" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert leftovers(full_backups) == []


def test_a_failed_backup_on_open_does_not_stop_editing_and_is_told(saved_workspace, full_backups):
    with open_workspace(saved_workspace) as ws:
        assert not ws.read_only
        assert ws.backup_failure is not None and "full" in ws.backup_failure
        set_field(ws, Agency, 1, "name", "Edited while the backup disk is full")
    assert leftovers(full_backups) == []


def test_import_goes_ahead_when_its_backup_on_open_fails(saved_workspace, full_backups, tmp_path, capsys):
    csv = tmp_path / "plan.csv"
    csv.write_text("Action,Owner,RAG\nTrain staff,Ann,Green\n", encoding="utf-8")
    assert main(["import", str(saved_workspace), str(csv)]) == 0
    out = capsys.readouterr().out
    assert "backup" in out.lower() and "full" in out
    assert leftovers(full_backups) == []


def test_a_demo_on_a_full_disk_leaves_nothing_and_says_so(tmp_path, capsys):
    with full_disk(tmp_path / "disk") as disk:
        assert main(["demo", str(disk / "demo.sqlite")]) == EXIT_USER_ERROR
        err = capsys.readouterr().err
        assert "full" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
        assert leftovers(disk) == []


# zipfile's second failure, when the half-written ZipFile is collected, is an
# "unraisable" exception: pytest reports it as this warning, made an error here.
@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_an_xlsx_export_to_a_full_disk_says_so_once_and_leaves_nothing(demo_path, tmp_path, capfd):
    with full_disk(tmp_path / "disk") as disk:
        assert main(["export", str(demo_path), "--what", "action-log", "-o", str(disk / "log.xlsx")]) == EXIT_USER_ERROR
        err = capfd.readouterr().err
        assert "full" in err and "Exception ignored" not in err and len(err.strip().splitlines()) == 1
        assert leftovers(disk) == []
