"""A sync on a disk that fills up leaves both files as they were (issue 14):
the merged copies are written beside the files before anything is swapped,
so running out of room is found before either file changes."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import Action
from safeguard_desktop.store.ops.plans import set_action_field
from safeguard_desktop.store.sync.run import sync_files
from tests.store.full_disk_mount import fill, leftovers
from tests.sync_fixtures import build_small, copy_pair, open_ws, problems, record_id


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("room_kb", [0, 64], ids=["no-room-for-the-locks", "no-room-for-the-merged-copies"])
def test_a_sync_that_runs_out_of_disk_leaves_both_files_as_they_were(tmp_path: Path, room_kb: int) -> None:
    if os.geteuid() != 0:
        pytest.skip("a full disk is made with a tmpfs mount, which needs root")
    small = build_small(tmp_path / "built")
    disk = tmp_path / "usb"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(disk)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        a, b = copy_pair(small, disk)
        for path, text in ((a, "Office: on track"), (b, "Laptop: delayed")):
            with open_ws(path) as ws:
                set_action_field(ws, record_id(ws, Action, small.actions[0]), "progress", text)
                with ws.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        before = {p.name: _digest(p) for p in (a, b)}
        fill(disk / ".filler")
        filler = disk / ".filler"
        os.truncate(filler, filler.stat().st_size - room_kb * 1024)  # room for the locks, not for the copies

        with pytest.raises(UserError) as refused:
            sync_files(a, b)

        message = str(refused.value)
        assert "space" in message.lower() or "full" in message.lower(), message
        assert {p.name: _digest(p) for p in (a, b)} == before
        assert [name for name in leftovers(disk) if not name.endswith(("-wal", "-shm"))] == ["laptop.sqlite",
                                                                                           "office.sqlite"]
        kept = tmp_path / "kept"
        kept.mkdir()
        for path in (a, b):
            shutil.copyfile(path, kept / path.name)
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=True)
    assert problems(kept / "office.sqlite") == [] and problems(kept / "laptop.sqlite") == []
