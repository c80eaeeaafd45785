"""Taking over a lock left behind, under races and reused process ids, and
locks that cannot be read (issue 12, hole 1)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timezone
from pathlib import Path

import psutil
import pytest

from safeguard_desktop.cli import EXIT_BUG, main
from safeguard_desktop.store.lock import WorkspaceLock, lock_path
from safeguard_desktop.store.workspace import open_workspace

# A process id no system hands out (above Linux's largest pid_max): dead.
DEAD_PID = 4_194_304 + 4242

# Each worker takes the lock when told "go", answers whether it got it, and
# lets it go when told "release": the two start from the same byte on their
# pipes, as close to the same instant as two programs can.
OPENER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from safeguard_desktop.store.lock import WorkspaceLock
    path = Path(sys.argv[1])
    for line in sys.stdin:
        lock = WorkspaceLock(path)
        got = lock.acquire() is None
        print("writable" if got else "read-only", flush=True)
        sys.stdin.readline()
        lock.release()
        print("released", flush=True)
""")


def _lock_json(path: Path, *, pid: int, since: datetime, host: str | None = None) -> None:
    lock_path(path).write_text(json.dumps({
        "user": "someone", "host": host or socket.gethostname(), "pid": pid,
        "since": since.isoformat(timespec="seconds"), "program": "safeguard-desktop 0.1.0"}))


@pytest.mark.slow
def test_two_programs_opening_together_over_a_stale_lock_are_never_both_writable(tmp_path):
    workspace = tmp_path / "board.sqlite"
    workspace.write_bytes(b"")
    workers = [subprocess.Popen([sys.executable, "-c", OPENER, str(workspace)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True) for _ in range(2)]
    rounds, both = 300, 0
    try:
        for _ in range(rounds):
            _lock_json(workspace, pid=DEAD_PID, since=datetime.now(timezone.utc))
            for worker in workers:
                worker.stdin.write("go\n")
            for worker in workers:
                worker.stdin.flush()
            answers = [worker.stdout.readline().strip() for worker in workers]
            assert set(answers) <= {"writable", "read-only"}, answers
            both += answers == ["writable", "writable"]
            assert "writable" in answers  # a stale lock never blocks both
            for worker in workers:
                worker.stdin.write("release\n")
                worker.stdin.flush()
            assert [worker.stdout.readline().strip() for worker in workers] == ["released", "released"]
    finally:
        for worker in workers:
            worker.stdin.close()
            worker.wait(timeout=30)
    assert both == 0, f"both programs were writable in {both} of {rounds} rounds"


def test_a_lock_written_before_the_last_boot_is_stale_though_its_process_id_lives_again(tmp_path):
    workspace = tmp_path / "board.sqlite"
    boot = datetime.fromtimestamp(psutil.boot_time(), timezone.utc)
    # Our parent is alive now: after a power cut and reboot, the id the lock
    # names may well belong to some other program.
    _lock_json(workspace, pid=os.getppid(), since=boot.replace(year=boot.year - 1))
    lock = WorkspaceLock(workspace)
    assert lock.acquire() is None
    assert json.loads(lock_path(workspace).read_text())["pid"] == os.getpid()
    lock.release()


def test_a_lock_whose_process_started_after_it_was_written_is_stale(tmp_path):
    workspace = tmp_path / "board.sqlite"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        started = psutil.Process(sleeper.pid).create_time()
        since = max(started - 60, psutil.boot_time() + 1)
        if started - since < 10:
            pytest.skip("the machine booted too recently to place a lock between boot and the process")
        _lock_json(workspace, pid=sleeper.pid, since=datetime.fromtimestamp(since, timezone.utc))
        lock = WorkspaceLock(workspace)
        assert lock.acquire() is None
        lock.release()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_live_process_that_wrote_the_lock_keeps_it(tmp_path):
    # As a program of an earlier version holds it: no OS lock, only the file.
    workspace = tmp_path / "board.sqlite"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        time.sleep(0.1)
        _lock_json(workspace, pid=sleeper.pid, since=datetime.now(timezone.utc))
        holder = WorkspaceLock(workspace).acquire()
        assert holder is not None and holder.pid == sleeper.pid
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_program_holding_the_os_lock_keeps_the_workspace_whatever_its_lock_file_says(tmp_path):
    workspace = tmp_path / "board.sqlite"
    first = WorkspaceLock(workspace)
    assert first.acquire() is None
    # Someone rewrites the file to name a dead process: the OS lock still rules.
    program = textwrap.dedent("""
        import json, sys
        from pathlib import Path
        from safeguard_desktop.store.lock import WorkspaceLock
        holder = WorkspaceLock(Path(sys.argv[1])).acquire()
        print(json.dumps(None if holder is None else holder.describe()))
    """)
    result = subprocess.run([sys.executable, "-c", program, str(workspace)], capture_output=True, text=True,
                            timeout=60, check=True)
    assert json.loads(result.stdout) is not None
    first.release()
    assert not lock_path(workspace).exists()


BAD_LOCKS = [
    b'{"user": "a", "host": "h", "pid": "1", "since": 5}',
    b'{"user": 1, "host": null, "pid": true, "since": "2026-11-20T09:00:00+00:00"}',
    b'[1, 2, 3]',
    b'"just a string"',
    b'{"pid": 12}',
    b'\xff\xfe not utf-8 \x00',
]


@pytest.mark.parametrize("content", BAD_LOCKS)
def test_a_lock_that_cannot_be_read_is_a_lock_of_unknown_holder(workspace, content):
    path = workspace.path
    workspace.close()
    lock_path(path).write_bytes(content)
    reopened = open_workspace(path, backup_on_open=False)
    try:
        assert reopened.read_only
        reason = reopened.read_only_reason()
        assert "cannot be read" in reason and str(lock_path(path)) in reason
    finally:
        reopened.close()
    assert lock_path(path).read_bytes() == content  # left for the user to judge


def test_import_over_a_lock_of_the_wrong_types_says_so_and_does_not_crash(workspace, tmp_path, capsys):
    path = workspace.path
    workspace.close()
    lock_path(path).write_bytes(BAD_LOCKS[0])
    plan = tmp_path / "plan.csv"
    plan.write_text("Ref,Action,Lead,Due\n1.1,Publish the plan,Chair,2026-03-31\n", encoding="utf-8")
    code = main(["import", str(path), str(plan)])
    assert code not in (0, EXIT_BUG)
    assert "cannot be read" in capsys.readouterr().err
