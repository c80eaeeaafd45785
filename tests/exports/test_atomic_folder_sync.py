"""An export is renamed into place and then its folder is synced, as a
backup is: a rename reaches the disk only with its folder, so without the
sync a power cut could take back a paper already reported as saved."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from safeguard_desktop.exports.atomic import atomic_path


def _record(monkeypatch) -> list[tuple[str, str]]:
    calls: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        mode = os.fstat(fd).st_mode
        calls.append(("fsync-folder" if stat.S_ISDIR(mode) else "fsync-file", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(source, target) -> None:
        real_replace(source, target)
        calls.append(("rename", str(target)))

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return calls


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads the synced paths from /proc (Linux)")
def test_the_folder_is_synced_after_the_rename(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "papers" / "plan.pdf"
    target.parent.mkdir()
    target.write_bytes(b"last quarter")
    calls = _record(monkeypatch)
    with atomic_path(target) as temp:
        temp.write_bytes(b"this quarter")
    assert target.read_bytes() == b"this quarter"
    kinds = [kind for kind, _ in calls]
    assert kinds == ["fsync-file", "rename", "fsync-folder"]
    assert calls[1][1] == str(target) and calls[2][1] == str(target.parent)


def test_a_folder_that_cannot_be_synced_still_gets_the_paper(tmp_path: Path, monkeypatch) -> None:
    # Some network shares refuse to sync a folder (EINVAL): the paper is there all the same.
    from safeguard_desktop.exports import atomic

    def refuse(folder: Path) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(atomic, "sync_folder", refuse)
    target = tmp_path / "plan.csv"
    with atomic_path(target) as temp:
        temp.write_bytes(b"a,b\r\n")
    assert target.read_bytes() == b"a,b\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.csv"]
