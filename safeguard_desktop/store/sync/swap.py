"""Both files or neither: the merge is made in copies beside the two files,
then the copies take their places under a small roll-forward journal.

Killed before the journal is on disk, the files are as they were (the next
sync removes the half-made copies); killed after, the next sync (either
file) finishes the swap from the journal, whose copies are complete and
synced. Either way, running the sync again is safe: it is idempotent.
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

from safeguard_desktop.store.backups import copy_database, sync_folder

JOURNAL = ".sync-journal"
STOP_ENV = "SAFEGUARD_SYNC_STOP_AT"  # tests: die (SIGKILL) at this step


def step(name: str) -> None:
    """A point a test may kill the sync at, to see the rule hold."""
    if os.environ.get(STOP_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + JOURNAL)


def copy_name(path: Path, tag: str) -> Path:
    return path.with_name(f".{path.name}.sync-{tag}.sqlite")


def prepare(path: Path, tag: str) -> Path:
    target = copy_name(path, tag)
    copy_database(path, target)
    return target


def sync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _write_journal(path: Path, pairs: list[tuple[Path, Path]]) -> None:
    data = json.dumps({"pairs": [[str(copy), str(live)] for copy, live in pairs]}).encode()
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(partial, path)
    sync_folder(path.parent)


def swap(pairs: list[tuple[Path, Path]]) -> None:
    """Put each merged copy in place of its live file."""
    journals = [journal_path(live) for _copy, live in pairs]
    for journal in journals:
        _write_journal(journal, pairs)
    step("journal")
    _finish(pairs, journals)


def _finish(pairs: list[tuple[Path, Path]], journals: list[Path]) -> None:
    for index, (copy, live) in enumerate(pairs):
        if copy.exists():
            os.replace(copy, live)
            # The live file's -wal was emptied before its copy was taken; no
            # page of the old file may be replayed onto the new one.
            for suffix in ("-wal", "-shm"):
                live.with_name(live.name + suffix).unlink(missing_ok=True)
            sync_folder(live.parent)
        step(f"swapped-{index}")
    for journal in journals:
        journal.unlink(missing_ok=True)
    for journal in journals:
        sync_folder(journal.parent)


def roll_forward(path: Path) -> bool:
    """Finish a swap a killed sync left half-done; remove copies a sync
    killed before its journal left behind. True when a swap was finished."""
    journal = journal_path(path)
    finished = False
    if journal.exists():
        try:
            pairs = [(Path(c), Path(l)) for c, l in json.loads(journal.read_text(encoding="utf-8"))["pairs"]]
        except (OSError, ValueError, KeyError, TypeError):
            pairs = []  # a journal not whole was never acted on: its copies are leftovers
        _finish(pairs, [journal] + [journal_path(live) for _c, live in pairs if live != path])
        finished = bool(pairs)
    for leftover in path.parent.glob(f".{path.name}.sync-*.sqlite*"):
        leftover.unlink(missing_ok=True)
    return finished
