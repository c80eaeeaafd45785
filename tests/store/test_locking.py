"""The sidecar lock: a second program gets the workspace read-only and is
told who holds it; a lock left by a crashed program is taken over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap

import pytest

from safeguard_desktop.errors import ReadOnlyWorkspaceError
from safeguard_desktop.store.lock import lock_path
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.queries.overview import list_agencies
from safeguard_desktop.store.workspace import open_workspace

SECOND_PROGRAM = textwrap.dedent("""
    import json, sys
    from safeguard_desktop.store.workspace import open_workspace
    from safeguard_desktop.store.queries.overview import list_agencies
    ws = open_workspace(sys.argv[1])
    print(json.dumps({"read_only": ws.read_only, "reason": ws.read_only_reason(),
                      "agencies": [a[1] for a in list_agencies(ws)]}))
    ws.close()
""")


def test_a_second_process_opens_read_only_and_is_told_who_holds_it(workspace):
    create_agency(workspace, name="Wiltshire Council")
    result = subprocess.run([sys.executable, "-c", SECOND_PROGRAM, str(workspace.path)],
                            capture_output=True, text=True, timeout=60, check=True)
    seen = json.loads(result.stdout)
    assert seen["read_only"] is True
    assert f"on {socket.gethostname()} (process {os.getpid()})" in seen["reason"]
    assert "has it open for editing" in seen["reason"]
    assert seen["agencies"] == ["Wiltshire Council"]
    # The holder keeps writing while the other reads.
    create_agency(workspace, name="Wiltshire Police")
    assert [a[1] for a in list_agencies(workspace)] == ["Wiltshire Council", "Wiltshire Police"]


def test_a_read_only_workspace_refuses_writes_with_the_reason(workspace, tmp_path):
    info = json.loads(lock_path(workspace.path).read_text())
    assert info["pid"] == os.getpid()
    # Pretend another laptop holds it: its lock cannot be judged stale from here.
    workspace.close()
    lock_path(workspace.path).write_text(json.dumps({
        "user": "alex.example", "host": "another-laptop", "pid": 4242,
        "since": "2026-11-23T09:00:00+00:00", "program": "safeguard-desktop 0.1.0"}))
    second = open_workspace(workspace.path)
    try:
        assert second.read_only
        assert "alex.example on another-laptop" in second.read_only_reason()
        with pytest.raises(ReadOnlyWorkspaceError, match="alex.example"):
            create_agency(second, name="Anything")
    finally:
        second.close()
    assert lock_path(workspace.path).exists()  # never removes someone else's lock


def test_a_stale_lock_from_a_crashed_program_on_this_host_is_taken_over(workspace):
    path = workspace.path
    workspace.close()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(path).write_text(json.dumps({
        "user": "crashed", "host": socket.gethostname(), "pid": dead.pid,
        "since": "2026-11-20T09:00:00+00:00", "program": "safeguard-desktop 0.1.0"}))
    reopened = open_workspace(path)
    try:
        assert not reopened.read_only
        assert json.loads(lock_path(path).read_text())["pid"] == os.getpid()
        create_agency(reopened, name="Written after takeover")
    finally:
        reopened.close()
    assert not lock_path(path).exists()
