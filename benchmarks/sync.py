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
from typing import Any, Callable, Iterable


def edited_copies(folder: Path, edits: int) -> tuple[Path, Path, list[int]]:
    """Two copies of the demo ("office", "laptop") with ``edits`` random
    field edits of its actions on each, and the actions' ids."""
    from sqlalchemy import select

    from safeguard_desktop.demo.build import build_demo
    from safeguard_desktop.store.models import Action
    from safeguard_desktop.store.workspace import open_workspace

    demo = folder / "demo.sqlite"
    build_demo(demo)
    office, laptop = folder / "office.sqlite", folder / "laptop.sqlite"
    shutil.copyfile(demo, office)
    shutil.copyfile(demo, laptop)
    with open_workspace(office, backup_on_open=False) as ws, ws.session() as s:
        ids = list(s.scalars(select(Action.id).where(Action.deleted_at.is_(None))))
    edit_both_sides(((lambda: open_workspace(office, backup_on_open=False), office.name),
                     (lambda: open_workspace(laptop, backup_on_open=False), laptop.name)), ids, edits)
    return office, laptop, ids


def edit_both_sides(sides: Iterable[tuple[Callable[[], Any], str]], ids: list[int], edits: int) -> None:
    """``edits`` random field edits of the actions ``ids`` on each side (an
    opener of its workspace and its name), the same edits from run to run."""
    from safeguard_desktop.store.ops.plans import set_action_field

    rng = random.Random(14)
    for opener, name in sides:
        started = time.perf_counter()
        with opener() as ws:
            for n in range(edits):
                field = rng.choice(("progress", "how", "lead", "measure"))
                set_action_field(ws, rng.choice(ids), field, f"{name} edit {n}")
        print(f"{edits} edits on {name}: {time.perf_counter() - started:.1f} s")


def time_syncs(sync: Callable[[], Any], edits: int, ways: tuple[str, str], **figures: Any) -> None:
    """One sync after the edits, then five with nothing new; prints them,
    the last line one JSON object (with ``figures`` added)."""
    report = sync()
    print(f"sync: {report.seconds * 1000:.0f} ms ({report.a_to_b.applied} changes {ways[0]}, "
          f"{report.b_to_a.applied} {ways[1]}, {len(report.new_conflicts)} conflicts)")
    quiet = []
    for _ in range(5):
        again = sync()
        assert again.nothing_new
        quiet.append(again.seconds * 1000)
    print(f"sync with nothing new: median {statistics.median(quiet):.0f} ms (of 5)")
    print(json.dumps({"edits_each_side": edits, "sync_ms": round(report.seconds * 1000),
                      "noop_sync_median_ms": round(statistics.median(quiet)),
                      "applied": report.a_to_b.applied + report.b_to_a.applied,
                      "conflicts": len(report.new_conflicts), **figures}))


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
        print(f"{len(ids)} actions in the demo")
        time_syncs(lambda: sync_files(office, laptop), args.edits, ("one way", "the other"),
                   sync_target_ms=1000, noop_target_ms=100)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
