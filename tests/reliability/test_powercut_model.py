"""The power-cut harness itself: the recorder sees a plain program's writes,
syncs and renames, refuses calls it cannot replay, and the replay keeps
exactly what each model says survives. If these fail, the power-cut tests
prove nothing."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from powercut_disk import SECTOR, Disk, UnmodelledTrace, read_trace
from powercut_harness import build_shim

PROGRAM = textwrap.dedent("""
    import ctypes, os, shutil, sys
    root = sys.argv[1]
    mark = ctypes.CDLL(None).cutshim_mark
    os.mkdir(f"{root}/d")
    with open(f"{root}/d/synced.tmp", "wb") as f:
        f.write(b"A" * 1000)
        f.flush()
        os.fsync(f.fileno())
    os.replace(f"{root}/d/synced.tmp", f"{root}/d/synced")
    for folder in (root, f"{root}/d"):
        fd = os.open(folder, os.O_RDONLY)
        os.fsync(fd)
        os.close(fd)
    mark(b"durable")
    with open(f"{root}/d/synced", "r+b") as f:
        f.seek(100)
        f.write(b"B" * 800)  # never synced
    os.rename(f"{root}/d/synced", f"{root}/d/moved")  # never synced either
    if len(sys.argv) > 2:
        shutil.copyfile(f"{root}/d/moved", f"{root}/d/copy")  # sendfile: not replayable
""")


def _run(tmp_path: Path, *extra: str) -> tuple[Path, Disk, list]:
    shim = build_shim(tmp_path)
    root = tmp_path / "root"
    root.mkdir()
    before = Disk(root)
    trace = tmp_path / "trace.bin"
    subprocess.run([sys.executable, "-c", PROGRAM, str(root), *extra], check=True,
                   env=dict(os.environ, LD_PRELOAD=str(shim), CUTSHIM_ROOT=str(root), CUTSHIM_TRACE=str(trace)))
    return root, before, read_trace(trace)


def test_strict_keeps_only_synced_bytes_and_synced_entries(tmp_path: Path) -> None:
    root, disk, events = _run(tmp_path)
    marked = next(i for i, e in enumerate(events) if e.kind == "M")
    for event in events[:marked]:
        disk.apply(event)
    at_mark = disk.image()
    assert at_mark.files == {f"{root}/d/synced": b"A" * 1000}
    for event in events[marked:]:
        disk.apply(event)
    # Written and renamed since, without a sync: the cut keeps the synced state.
    assert disk.image().files == at_mark.files
    assert (root / "d" / "moved").read_bytes()[100:900] == b"B" * 800  # what the live disk had


def test_torn_keeps_whole_sectors_of_unsynced_writes(tmp_path: Path) -> None:
    root, disk, events = _run(tmp_path)
    for event in events:
        disk.apply(event)
    seen = set()
    for seed in range(40):
        image = disk.image(random.Random(seed))
        content = next(iter(image.files.values()))
        assert len(image.files) == 1 and content[:100] == b"A" * 100
        # Bytes 100..900 span two sectors, [100, 512) and [512, 900): each is
        # all old or all new.
        pieces = [content[100:SECTOR], content[SECTOR:900]]
        assert all(set(piece) in ({ord("A")}, {ord("B")}) for piece in pieces)
        seen.add((next(iter(image.files)).rsplit("/", 1)[1], tuple(piece[:1] for piece in pieces)))
    assert {name for name, _ in seen} == {"synced", "moved"}, "the unsynced rename should sometimes survive"
    assert len({pieces for _, pieces in seen}) == 4, "the two sectors should survive in every combination"


def test_calls_it_cannot_replay_refuse_the_trace(tmp_path: Path) -> None:
    _root, disk, events = _run(tmp_path, "copy")
    assert any(e.kind == "X" for e in events)
    with pytest.raises(UnmodelledTrace):
        for event in events:
            disk.apply(event)
