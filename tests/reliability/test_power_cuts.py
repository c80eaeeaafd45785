"""Power cuts at any point of a session of work (edits as the grid saves
them, the register, an import, a backup) lose no acknowledged edit or
backup, and leave a workspace that opens and passes ``check``, in both
journal modes; the same harness with synchronous weakened MUST show loss,
or it proves nothing.

Small sessions here (4 edits a phase); benchmarks/power_cuts.py runs the
larger counts and prints them.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Iterator

import pytest
from powercut_harness import Session, build_shim, cut, record

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def shim(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_shim(tmp_path_factory.mktemp("shim"))


@pytest.fixture
def run_dir(tmp_path: Path) -> Iterator[Path]:
    """On tmpfs where there is one: what survives a cut comes from the trace,
    not from the disk, and there the real fsyncs of the recorded run and of
    judging each image cost nothing."""
    shm = Path("/dev/shm")
    if not shm.is_dir():
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="powercut-", dir=shm))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _kinds(session: Session) -> set[str]:
    return {event.kind for event in session.events}


def _assert_nothing_lost(session: Session, *, strict_sample: int | None, torn_sample: int) -> None:
    strict = cut(session, model="strict", sample=strict_sample, seed=1)
    torn = cut(session, model="torn", sample=torn_sample, seed=2)
    for label, summary in (("strict", strict), ("torn", torn)):
        print(summary.line(f"{session.mode} {label}"))
        assert summary.acknowledged > 0, "no cut came after an acknowledged edit: the harness judged nothing"
        assert summary.lost == [], summary.lost[:3]
        assert summary.failed == [], summary.failed[:3]


def test_local_wal_full_loses_nothing_acknowledged(shim: Path, run_dir: Path) -> None:
    session = record(run_dir, shim, mode="local")
    # The recorder saw what it models: data syncs, a folder's sync (the WAL
    # made), renames (backup, audit head), and nothing it cannot replay.
    assert {"W", "S", "R", "M"} <= _kinds(session) and "X" not in _kinds(session)
    _assert_nothing_lost(session, strict_sample=None, torn_sample=20)


def test_share_delete_extra_loses_nothing_acknowledged(shim: Path, run_dir: Path) -> None:
    session = record(run_dir, shim, mode="share")
    assert "X" not in _kinds(session)
    _assert_nothing_lost(session, strict_sample=120, torn_sample=20)


@pytest.mark.parametrize(("mode", "synchronous"), [("local", "OFF"), ("share", "NORMAL")])
def test_negative_control_weaker_sync_shows_loss(shim: Path, run_dir: Path, mode: str, synchronous: str) -> None:
    session = record(run_dir, shim, mode=mode, synchronous=synchronous)
    summary = cut(session, model="strict", sample=80, seed=3)
    print(summary.line(f"{mode} synchronous={synchronous} strict"))
    assert "audit" in summary.lost_kinds, "with synchronous weakened no cut lost an edit: the harness cannot see loss"
