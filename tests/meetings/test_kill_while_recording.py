"""Kill -9 a process recording attendance and minutes, many times, at
random moments: every edit it acknowledged is in the reopened workspace,
and the workspace passes its check each time."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from kill_child import apply, edits, read_state
from meeting_builders import build_group

from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.workspace import open_workspace

KILLS = 60
SEED = 20240514
CHILD = Path(__file__).with_name("kill_child.py")


def _run_child(path: Path, meeting_id: int, seed: int, rng: random.Random) -> list[str]:
    """Start the child, kill it at a random moment, return the lines it
    finished printing (a line cut by the kill is not an acknowledgement)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(CHILD.parent), *sys.path])}
    child = subprocess.Popen([sys.executable, str(CHILD), str(path), str(meeting_id), str(seed)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for raw in child.stdout:
            if raw.endswith(b"\n"):
                lines.append(raw.decode().strip())
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if rng.random() < 0.1:
        time.sleep(rng.uniform(0.0, 0.8))  # sometimes while it is still starting up
    else:
        assert ready.wait(30), child.stderr.read().decode() if child.stderr else "child never got ready"
        time.sleep(rng.uniform(0.0, 0.5))
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    reader.join(10)
    assert child.returncode == -signal.SIGKILL, child.stderr.read().decode() if child.stderr else ""
    return lines


@pytest.mark.slow
def test_every_acknowledged_edit_survives_kill_9(workspace, tmp_path):
    setup = build_group(workspace, seat_count=12, quorum=6)
    path, meeting_id = workspace.path, setup.meeting_id
    workspace.close()
    rng = random.Random(SEED)
    acknowledged = unacknowledged_but_kept = 0
    for run in range(KILLS):
        with open_workspace(path, backup_on_open=False) as ws:
            before = read_state(ws, meeting_id)
        seed = SEED + run
        lines = _run_child(path, meeting_id, seed, rng)
        acked = len([line for line in lines if line != "ready"])
        # Replay: after k acknowledged edits the file holds edit k's state,
        # or edit k+1's if the kill fell between its commit and its print.
        states = [dict(before)]
        stream = edits(seed, dict(before))
        for _ in range(acked + 1):
            state = dict(states[-1])
            apply(state, next(stream))
            states.append(state)
        with open_workspace(path, backup_on_open=False) as ws:  # takes over the dead child's lock
            after = read_state(ws, meeting_id)
        assert after in (states[acked], states[acked + 1]), f"run {run}: acknowledged edits lost"
        unacknowledged_but_kept += after == states[acked + 1] and states[acked] != states[acked + 1]
        acknowledged += acked
        assert check_workspace(path) == [], f"run {run}"
    print(f"kill test: {KILLS} kills, {acknowledged} acknowledged edits, all present; "
          f"{unacknowledged_but_kept} kills fell between a commit and its acknowledgement")
    # The harness did real work between kills (a loaded machine acknowledges fewer edits a kill).
    assert acknowledged > KILLS * 2
