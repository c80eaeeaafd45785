"""PostgreSQL benchmark: a workspace on a server started for the run.

    python benchmarks/postgres.py [--edits 300]

Starts a throwaway server (tests/postgres/postgres_server.py: initdb and
pg_ctl in a temporary folder, on a Unix socket, fsync off like the tests),
builds the demo on it, then measures: one field edit per transaction as the
window saves it (median, p99); how long another client's listener takes to
hear a commit (median, max); and two processes appending to one record at
once (stale writes refused and made again). The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import queue
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "postgres"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=300)
    args = parser.parse_args()
    import os

    os.environ.setdefault("SAFEGUARD_DESKTOP_HOME", tempfile.mkdtemp(prefix="sg-bench-home-"))
    from postgres_server import server_programs, start_server

    from safeguard_desktop.demo.build import fill_demo
    from safeguard_desktop.store.models import Action, Agency
    from safeguard_desktop.store.ops.org import create_agency
    from safeguard_desktop.store.ops.records import set_field
    from safeguard_desktop.store.pg_listen import ChangeListener
    from safeguard_desktop.store.pg_workspace import create_server_workspace, open_server_workspace

    programs = server_programs()
    if programs is None:
        sys.exit("PostgreSQL's server programs are not installed (apt-get install postgresql)")
    server = start_server(programs)
    try:
        url = server.url(server.new_database())
        started = time.perf_counter()
        with create_server_workspace(url) as ws:
            fill_demo(ws)
        demo_s = time.perf_counter() - started
        print(f"demo built on the server in {demo_s:.2f} s")

        with open_server_workspace(url) as ws, ws.session() as s:
            ids = [a.id for a in s.query(Action).limit(50)]
            timings = []
            for n in range(args.edits):
                t = time.perf_counter()
                set_field(ws, Action, ids[n % len(ids)], "progress", f"Progress note {n}")
                timings.append((time.perf_counter() - t) * 1000)
        timings.sort()
        edit_median, edit_p99 = statistics.median(timings), timings[int(len(timings) * 0.99) - 1]
        print(f"one field edit per transaction: median {edit_median:.2f} ms, p99 {edit_p99:.2f} ms")

        heard: queue.Queue[float] = queue.Queue()
        with open_server_workspace(url) as mine, open_server_workspace(url) as theirs:
            agency_id = create_agency(theirs, name="Benchmark Police", sector="police")
            listener = ChangeListener(mine.address, lambda _c: heard.put(time.perf_counter()),
                                      ignore_client=mine.client_id).start()
            delays = []
            try:
                for n in range(50):
                    t = time.perf_counter()
                    set_field(theirs, Agency, agency_id, "short_name", f"BP{n}")
                    delays.append((heard.get(timeout=10) - t) * 1000)
            finally:
                listener.stop()
        print(f"another client hears a commit: median {statistics.median(delays):.2f} ms, max {max(delays):.2f} ms "
              "(from the start of the edit)")

        with create_server_workspace(server.url(server.new_database())) as ws:
            target = create_agency(ws, name="Contended Police", sector="police")
            contended = str(ws.address)
        flag = Path(tempfile.mkdtemp()) / "start"
        writer = ROOT / "tests" / "postgres" / "concurrent_writer.py"
        procs = [subprocess.Popen([sys.executable, str(writer), contended, name, "50", str(target), str(flag)],
                                  stdout=subprocess.PIPE, text=True) for name in "ab"]
        t = time.perf_counter()
        flag.touch()
        refused = sum(json.loads(p.communicate()[0])["refused"] for p in procs)
        both_s = time.perf_counter() - t
        print(f"two processes, 50 appends each to one record: {refused} stale writes refused and made again, "
              f"{both_s:.2f} s")
    finally:
        server.stop()
    print(json.dumps({"demo_build_s": round(demo_s, 2), "edit_median_ms": round(edit_median, 2),
                      "edit_p99_ms": round(edit_p99, 2), "notify_median_ms": round(statistics.median(delays), 2),
                      "notify_max_ms": round(max(delays), 2), "contended_refused": refused,
                      "contended_s": round(both_s, 2)}))


if __name__ == "__main__":
    main()
