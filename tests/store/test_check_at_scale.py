"""``check`` on a workspace with thousands of records in one table (a
decade of progress updates holds 100,000): every field is still compared
with its audit entry, past the batches the comparison reads them in."""

from __future__ import annotations

import sqlite3

from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.models import Agency


def test_check_passes_and_still_finds_a_change_past_the_first_thousand_records(workspace):
    with workspace.transaction("test") as tx:
        tx.insert_many(Agency, [{"name": f"Agency {n}"} for n in range(2_500)])
    path = workspace.path
    workspace.close()
    assert check_workspace(path) == []

    conn = sqlite3.connect(path)
    conn.execute("UPDATE agencies SET name = 'Changed behind its back' WHERE name = 'Agency 2222'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    problems = [str(p) for p in check_workspace(path)]
    assert len(problems) == 1 and "its name differs from its latest audit entry" in problems[0]
