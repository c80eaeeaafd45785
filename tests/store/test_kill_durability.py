"""An acknowledged edit survives the program being killed at any moment:
at least 200 SIGKILLs of a child making single-field edits, each printing
the edit it saw committed; after every kill the reopened workspace holds
every acknowledged edit, and check passes at the end."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import select

from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.models import Agency, AuditEntry
from safeguard_desktop.store.ops.org import create_agency
from safeguard_desktop.store.workspace import open_workspace

KILLS = 200

CHILD = textwrap.dedent("""
    import sys
    from safeguard_desktop.store.models import Agency
    from safeguard_desktop.store.ops.records import set_field
    from safeguard_desktop.store.workspace import open_workspace
    path, agency, start = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    ws = open_workspace(path, backup_on_open=False)
    assert not ws.read_only, ws.read_only_reason()
    n = start
    while True:
        set_field(ws, Agency, agency, "short_name", str(n))
        print(n, flush=True)  # printed only after the commit returned
        n += 1
""")


@pytest.mark.slow
def test_no_acknowledged_edit_is_lost_across_200_sigkills(workspace):
    agency = create_agency(workspace, name="Killed mid-edit", short_name="0")
    path = workspace.path
    workspace.close()
    rng = random.Random(20261123)
    next_value = 1
    acknowledged: list[int] = []
    for kill in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(agency), str(next_value)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wanted = rng.randint(1, 25)
        seen = []
        assert child.stdout is not None
        while len(seen) < wanted:
            line = child.stdout.readline()
            if not line:
                pytest.fail(f"child stopped on its own at kill {kill}: {child.stderr.read() if child.stderr else ''}")
            seen.append(int(line))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        acknowledged.extend(seen)
        ws = open_workspace(path, backup_on_open=False)
        try:
            assert not ws.read_only, f"stale lock not taken over after kill {kill}"
            with ws.session() as s:
                stored = int(s.get(Agency, agency).short_name)
        finally:
            ws.close()
        # The child may have committed more after its last print; never less.
        assert stored >= seen[-1], f"kill {kill}: acknowledged {seen[-1]} but the file holds {stored}"
        next_value = stored + 1
    assert len(acknowledged) >= KILLS
    ws = open_workspace(path, backup_on_open=False, read_only=True)
    try:
        with ws.session() as s:
            audited = {int(json.loads(v)) for v in s.scalars(
                select(AuditEntry.new_value).where(AuditEntry.field == "short_name")) if v}
    finally:
        ws.close()
    assert set(acknowledged) <= audited
    assert check_workspace(path) == []
