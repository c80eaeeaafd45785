"""A sync killed (SIGKILL) at each of its steps: both files stay as they
were, or both end fully synced once either is opened or synced again; a
second sync duplicates nothing (docs/SYNCING_COPIES.md, "Both files or neither")."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from safeguard_desktop.store.models import Action, AuditEntry
from safeguard_desktop.store.ops.plans import set_action_field
from safeguard_desktop.store.sync.run import sync_files
from safeguard_desktop.store.sync.swap import STOP_ENV
from safeguard_desktop.store.sync.tables import sync_origins
from tests.sync_fixtures import Small, build_small, copy_pair, open_ws, problems, record_id

STEPS = ("copied", "merged", "journal", "swapped-0", "swapped-1")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Small:
    return build_small(tmp_path_factory.mktemp("small"))


def state(path: Path, small: Small) -> tuple[object, object]:
    with open_ws(path) as ws, ws.session() as s:
        return tuple(s.scalar(select(Action.how).where(Action.uuid == u)) for u in small.actions[:2])  # type: ignore[return-value]


def origins(path: Path) -> Counter[str]:
    with open_ws(path) as ws, ws.engine.connect() as conn:
        hashes = dict(conn.execute(select(AuditEntry.id, AuditEntry.hash)).all())
        merged = dict(conn.execute(select(sync_origins.c.audit_id, sync_origins.c.origin)).all())
    return Counter(merged.get(i, h) for i, h in hashes.items())


@pytest.mark.slow
@pytest.mark.parametrize("step", STEPS)
def test_a_sync_killed_at_any_step_leaves_both_files_before_or_both_synced(small, tmp_path, step):
    a, b = copy_pair(small, tmp_path)
    with open_ws(a) as ws:
        set_action_field(ws, record_id(ws, Action, small.actions[0]), "how", "office")
    with open_ws(b) as ws:
        set_action_field(ws, record_id(ws, Action, small.actions[1]), "how", "laptop")
    child = subprocess.run([sys.executable, "-m", "safeguard_desktop", "sync", str(a), str(b)],
                           env={**os.environ, STOP_ENV: step}, capture_output=True, text=True, timeout=120)
    assert child.returncode == -9, child.stderr
    # Opening either file finishes a half-done swap before anything reads it.
    after = (state(a, small), state(b, small))
    assert after in ((("office", None), (None, "laptop")), (("office", "laptop"), ("office", "laptop")))
    assert after[0] == after[1] or step in ("copied", "merged")
    assert not list(tmp_path.glob(".*.sync-*"))  # no half-made copy is left behind
    sync_files(a, b)
    assert state(a, small) == state(b, small) == ("office", "laptop")
    for path in (a, b):
        assert problems(path) == []
        assert max(origins(path).values()) == 1  # every change once, none twice
    assert origins(a).keys() == origins(b).keys()
