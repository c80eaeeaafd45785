"""Sync benchmark: two copies of the demo, 500 edits on each, one sync; then
a sync with nothing new.

    python benchmarks/sync.py [--edits 500]

Targets (issue 14): the sync within 1 s, the sync with nothing new within
100 ms. Prints its figures; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path


def edited_copies(folder: Path, edits: int) -> tuple[Path, Path, list[int]]:
    """Two copies of the demo ("office", "laptop") with ``edits`` random
    field edits of its actions on each, and the actions' ids."""
    from sqlalchemy import select

    from safeguard_desktop.demo.build import build_demo
    from safeguard_desktop.store.models import Action
    from safeguard_desktop.store.ops.plans import set_action_field
    from safeguard_desktop.store.workspace import open_workspace

    demo = folder / "demo.sqlite"
    build_demo(demo)
    office, laptop = folder / "office.sqlite", folder / "laptop.sqlite"
    shutil.copyfile(demo, office)
    shutil.copyfile(demo, laptop)
    with open_workspace(office, backup_on_open=False) as ws, ws.session() as s:
        ids = list(s.scalars(select(Action.id).where(Action.deleted_at.is_(None))))
    rng = random.Random(14)
    for path, words in ((office, "office"), (laptop, "laptop")):
        started = time.perf_counter()
        with open_workspace(path, backup_on_open=False) as ws:
            for n in range(edits):
                field = rng.choice(("progress", "how", "lead", "measure"))
                set_action_field(ws, rng.choice(ids), field, f"{words} edit {n}")
        print(f"{edits} edits on {path.name}: {time.perf_counter() - started:.1f} s")
    return office, laptop, ids


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=500)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    os.environ.setdefault("SAFEGUARD_DESKTOP_HOME", str(folder / "home"))
    os.environ.setdefault("SAFEGUARD_DESKTOP_USER", "Benchmark")
    from safeguard_desktop.store.sync.run import sync_files

    try:
        office, laptop, ids = edited_copies(folder, args.edits)
        report = sync_files(office, laptop)
        print(f"sync: {report.seconds * 1000:.0f} ms ({report.a_to_b.applied} changes one way, "
              f"{report.b_to_a.applied} the other, {len(report.new_conflicts)} conflicts; "
              f"{len(ids)} actions in the demo)")
        quiet = []
        for _ in range(5):
            again = sync_files(office, laptop)
            assert again.nothing_new
            quiet.append(again.seconds * 1000)
        print(f"sync with nothing new: median {statistics.median(quiet):.0f} ms (of 5)")
        print(json.dumps({"edits_each_side": args.edits, "sync_ms": round(report.seconds * 1000),
                          "noop_sync_median_ms": round(statistics.median(quiet)),
                          "applied": report.a_to_b.applied + report.b_to_a.applied,
                          "conflicts": len(report.new_conflicts),
                          "sync_target_ms": 1000, "noop_target_ms": 100}))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
