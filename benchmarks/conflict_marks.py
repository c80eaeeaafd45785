"""Conflict marks benchmark: what reading the open sync conflicts adds to a
page load (the grid reads them once per reload, the action log once per
filter, the minutes editor once per meeting), after two copies of the demo
took 500 edits each and were synced.

    python benchmarks/conflict_marks.py [--edits 500]

Prints its figures; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sync import edited_copies  # benchmarks/sync.py, beside this file


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=500)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="marks-bench-"))
    os.environ.setdefault("SAFEGUARD_DESKTOP_HOME", str(folder / "home"))
    os.environ.setdefault("SAFEGUARD_DESKTOP_USER", "Benchmark")
    from sqlalchemy import select

    from safeguard_desktop.store.models import Plan
    from safeguard_desktop.store.queries.actions import action_ids
    from safeguard_desktop.store.sync.marks import record_conflicts
    from safeguard_desktop.store.sync.run import sync_files
    from safeguard_desktop.store.workspace import open_workspace

    try:
        office, laptop, _ids = edited_copies(folder, args.edits)  # the set-up benchmarks/sync.py times
        report = sync_files(office, laptop)
        with open_workspace(office, backup_on_open=False) as ws:
            with ws.session() as s:
                plans = list(s.scalars(select(Plan.id)))

            def best(work) -> float:
                times = []
                for _ in range(7):
                    started = time.perf_counter()
                    work()
                    times.append((time.perf_counter() - started) * 1000)
                return statistics.median(times)

            marked = sum(len(record_conflicts(ws, "actions", p)) for p in plans)
            grid_marks = max(best(lambda p=p: record_conflicts(ws, "actions", p)) for p in plans)
            grid_ids = max(best(lambda p=p: action_ids(ws, p, None)) for p in plans)
            log_marks = best(lambda: record_conflicts(ws, "actions"))
            minutes_marks = best(lambda: record_conflicts(ws, "minutes", key="agenda_item_id"))
        figures = {"conflicts": len(report.new_conflicts), "actions_marked": marked, "plans": len(plans),
                   "grid_marks_ms": round(grid_marks, 2), "grid_row_ids_ms": round(grid_ids, 2),
                   "action_log_marks_ms": round(log_marks, 2), "minutes_marks_ms": round(minutes_marks, 2)}
        print(f"{figures['conflicts']} conflicts; {marked} actions marked across {len(plans)} plans")
        print(f"grid reload: conflict marks {grid_marks:.2f} ms (the row ids alone {grid_ids:.2f} ms), "
              f"action log {log_marks:.2f} ms, minutes {minutes_marks:.2f} ms (medians of 7, slowest plan)")
        print(json.dumps(figures))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
