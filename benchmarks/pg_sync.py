"""File ↔ server sync benchmark: the demo put on a throwaway server and kept
as a laptop's file, 500 edits on each, one sync; then a sync with nothing new.

    python benchmarks/pg_sync.py [--edits 500]

Starts the server the tests use (tests/postgres/postgres_server.py). Prints
its figures; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "postgres"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=500)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="pg-sync-bench-"))
    os.environ.setdefault("SAFEGUARD_DESKTOP_HOME", str(folder / "home"))
    os.environ.setdefault("SAFEGUARD_DESKTOP_USER", "Benchmark")
    from postgres_server import server_programs, start_server
    from server_copies import put_on_server
    from sqlalchemy import select

    from safeguard_desktop.demo.build import build_demo
    from safeguard_desktop.store.models import Action
    from safeguard_desktop.store.ops.plans import set_action_field
    from safeguard_desktop.store.pg_workspace import open_server_workspace
    from safeguard_desktop.store.sync.server_sync import sync_with_server
    from safeguard_desktop.store.workspace import open_workspace

    programs = server_programs()
    if programs is None:
        sys.exit("PostgreSQL's server programs are not installed (apt-get install postgresql)")
    server = start_server(programs)
    try:
        laptop = folder / "laptop.sqlite"
        build_demo(laptop)
        url = server.url(server.new_database())
        put_on_server(laptop, url)
        with open_workspace(laptop, backup_on_open=False) as ws, ws.session() as s:
            ids = list(s.scalars(select(Action.id).where(Action.deleted_at.is_(None))))
        rng = random.Random(14)
        for opener, words in ((lambda: open_server_workspace(url), "office"),
                              (lambda: open_workspace(laptop, backup_on_open=False), "laptop")):
            started = time.perf_counter()
            with opener() as ws:
                for n in range(args.edits):
                    field = rng.choice(("progress", "how", "lead", "measure"))
                    set_action_field(ws, rng.choice(ids), field, f"{words} edit {n}")
            print(f"{args.edits} edits on the {words}'s side: {time.perf_counter() - started:.1f} s")
        report = sync_with_server(laptop, url)
        print(f"sync: {report.seconds * 1000:.0f} ms ({report.a_to_b.applied} changes to the server, "
              f"{report.b_to_a.applied} to the file, {len(report.new_conflicts)} conflicts)")
        quiet = []
        for _ in range(5):
            again = sync_with_server(laptop, url)
            assert again.nothing_new
            quiet.append(again.seconds * 1000)
        print(f"sync with nothing new: median {statistics.median(quiet):.0f} ms (of 5)")
        print(json.dumps({"edits_each_side": args.edits, "sync_ms": round(report.seconds * 1000),
                          "noop_sync_median_ms": round(statistics.median(quiet)),
                          "applied": report.a_to_b.applied + report.b_to_a.applied,
                          "conflicts": len(report.new_conflicts)}))
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
