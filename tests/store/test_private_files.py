"""Safeguarding data is private to the user whatever the umask: files 0600,
folders 0700; and logs never hold a record's text (issue 12, hole 9)."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from safeguard_desktop import paths
from safeguard_desktop.exports.atomic import atomic_path
from safeguard_desktop import logs
from safeguard_desktop.store import backups
from safeguard_desktop.store.lock import lock_path
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.workspace import create_workspace

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; Windows keeps the user's own ACL")

SECRET = "Child K, placed with Mrs Example at 4 Private Row"


@pytest.fixture
def open_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_workspace_its_wal_and_shm_and_the_folder_made_for_it_are_private(tmp_path, open_umask):
    tmp_path.chmod(0o755)
    path = tmp_path / "new folder" / "board.sqlite"
    workspace = create_workspace(path, board_name="Test Board")
    try:
        create_agency(workspace, name=SECRET)
        assert _mode(path) == 0o600
        assert _mode(lock_path(path)) == 0o600
        for suffix in ("-wal", "-shm"):
            assert _mode(path.with_name(path.name + suffix)) == 0o600, suffix
    finally:
        workspace.close()
    assert _mode(path.parent) == 0o700
    assert _mode(tmp_path) == 0o755  # a folder the user already had is left as it was


def test_backups_and_every_per_user_folder_are_private(workspace, open_umask):
    backup = backups.take_backup(workspace.path, reason="manual")
    assert _mode(backup.path) == 0o600
    for folder in (backup.path.parent, paths.backups_dir(), paths.user_data_dir(), paths.log_dir(),
                   paths.settings_dir()):
        assert _mode(folder) == 0o700, folder


def test_a_folder_made_open_by_an_earlier_version_is_made_private(open_umask):
    folder = paths.log_dir()
    folder.chmod(0o755)
    assert _mode(paths.log_dir()) == 0o700


def test_a_new_export_is_private(tmp_path, open_umask):
    target = tmp_path / "paper.csv"
    with atomic_path(target) as temp:
        temp.write_bytes(b"new")
    assert _mode(target) == 0o600


def test_the_log_and_its_rotations_are_private_and_hold_no_record_text(tmp_path, open_umask):
    handler = logs.PrivateLogHandler(tmp_path / "app.log", maxBytes=400, backupCount=2)
    logger = logging.getLogger("test.private.log")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for _ in range(5):
            try:
                raise ValueError(f"UNIQUE constraint failed: [parameters: ('{SECRET}',)]")
            except ValueError:
                logger.exception("unexpected error in %s", "import")
    finally:
        logger.removeHandler(handler)
        handler.close()
    written = sorted(tmp_path.glob("app.log*"))
    assert len(written) >= 2
    text = "".join(log.read_text(encoding="utf-8") for log in written)
    assert "ValueError" in text and "unexpected error in import" in text and "Traceback" in text
    assert "Child K" not in text and "Private Row" not in text
    for log in written:
        assert _mode(log) == 0o600, log


def test_the_program_log_is_private(open_umask, monkeypatch):
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])  # as in a program just started
    logs.setup_logging()
    try:
        logging.getLogger("test.private").warning("written")
        assert _mode(logs.log_file()) == 0o600
    finally:
        for handler in root.handlers:
            handler.close()


def test_an_attendance_file_and_the_folder_made_for_it_are_private(workspace, tmp_path, open_umask):
    from safeguard_desktop.cli import main

    path = workspace.path
    workspace.close()
    out = tmp_path / "papers" / "attendance.csv"
    assert main(["attendance", str(path), "--year", "2024-25", "-o", str(out)]) == 0
    assert _mode(out) == 0o600 and _mode(out.parent) == 0o700


def test_a_file_system_that_keeps_no_modes_still_gets_its_workspace_backup_and_log(tmp_path, monkeypatch):
    # A FAT stick or some shares refuse chmod with EPERM.
    def refused(*_args, **_kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(paths.os, "chmod", refused)
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "fat home"))
    workspace = create_workspace(tmp_path / "stick" / "board.sqlite", board_name="Test Board")
    try:
        assert backups.take_backup(workspace.path, reason="manual").path.exists()
    finally:
        workspace.close()
    handler = logs.PrivateLogHandler(paths.log_dir() / "app.log")
    handler.close()
