"""File ↔ server sync benchmark: the demo put on a throwaway server and kept
as a laptop's file, 500 edits on each, one sync; then a sync with nothing new.

    python benchmarks/pg_sync.py [--edits 500]

Starts the server the tests use (tests/postgres/postgres_server.py). Prints
its figures; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "postgres"))

from sync import edit_both_sides, time_syncs  # noqa: E402 (benchmarks/sync.py, beside this file)


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
        edit_both_sides(((lambda: open_server_workspace(url), "the office's side"),
                         (lambda: open_workspace(laptop, backup_on_open=False), "the laptop's side")), ids, args.edits)
        time_syncs(lambda: sync_with_server(laptop, url), args.edits, ("to the server", "to the file"))
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
