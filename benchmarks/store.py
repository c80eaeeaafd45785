"""Store benchmark: autosave latency and opening a big workspace.

    python benchmarks/store.py [--rows 100000] [--edits 1000]

Prints its figures; the last line is one JSON object with at least
``autosave_median_ms``, ``autosave_p99_ms`` and ``open_ms``. Autosave is
measured as the program really saves: one field edit per transaction, with
its audit row (and, for RAG and progress, the action's history row).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path


def build(path: Path, rows: int) -> int:
    from safeguard_desktop.store.models import Action, Plan
    from safeguard_desktop.store.queries.overview import boards
    from safeguard_desktop.store.workspace import create_workspace

    ws = create_workspace(path, board_name="Benchmark Safeguarding Board")
    board_id = boards(ws)[0].id
    with ws.transaction("benchmark") as tx:
        plan = tx.insert(Plan, board_id=board_id, title="Business Plan 2024-25", kind="business_plan",
                         financial_year="2024-25")
        batch = []
        for n in range(rows):
            batch.append({
                "plan_id": plan.id, "position": float(n), "number": f"{n // 50 + 1}.{n % 50 + 1}",
                "cab": "CAB"[n % 3], "want": f"Outcome {n}: children and adults are safe in their communities",
                "how": "Multi-agency audit of practice, reported to the quality assurance sub-group",
                "lead": f"Lead officer {n % 97}", "measure": "Audit findings show improvement",
                "when_text": "Quarterly throughout the year", "progress": "On track",
                "rag": ("red", "amber", "green", "blue")[n % 4],
            })
            if len(batch) == 10_000:
                tx.insert_many(Action, batch)
                batch = []
        tx.insert_many(Action, batch)
        plan_id = plan.id
    ws.close()
    return plan_id


def autosave(path: Path, edits: int) -> list[float]:
    from sqlalchemy import select

    from safeguard_desktop.store.models import Action
    from safeguard_desktop.store.ops.plans import set_action_field
    from safeguard_desktop.store.workspace import open_workspace

    ws = open_workspace(path, backup_on_open=False)
    with ws.session() as s:
        ids = s.scalars(select(Action.id).order_by(Action.id).limit(edits)).all()
    timings = []
    fields = ("progress", "how", "rag", "lead")
    for n in range(edits):
        field = fields[n % len(fields)]
        value = ("red", "amber", "green")[n % 3] if field == "rag" else f"edit {n}"
        start = time.perf_counter()
        set_action_field(ws, ids[n % len(ids)], field, value)
        timings.append((time.perf_counter() - start) * 1000)
    ws.close()
    return timings


def open_time(path: Path, repeats: int = 5) -> tuple[float, float]:
    from safeguard_desktop.store.workspace import open_workspace

    opens, with_backup = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        open_workspace(path, backup_on_open=False).close()
        opens.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    open_workspace(path, backup_on_open=True).close()
    with_backup.append((time.perf_counter() - start) * 1000)
    return statistics.median(opens), with_backup[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--edits", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("SAFEGUARD_DESKTOP_HOME", folder)
        path = Path(folder) / "bench.sqlite"
        start = time.perf_counter()
        build(path, args.rows)
        build_s = time.perf_counter() - start
        print(f"built {args.rows} action rows with their audit rows in {build_s:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")
        timings = sorted(autosave(path, args.edits))
        median = statistics.median(timings)
        p99 = timings[int(len(timings) * 0.99) - 1]
        print(f"autosave: {args.edits} single-field edits, median {median:.2f} ms, p99 {p99:.2f} ms, "
              f"max {timings[-1]:.2f} ms (target: median <= 5 ms)")
        open_ms, open_backup_ms = open_time(path)
        print(f"open {args.rows}-row workspace: {open_ms:.0f} ms (median of 5); "
              f"with the backup on open: {open_backup_ms:.0f} ms")
        print(json.dumps({
            "rows": args.rows, "edits": args.edits, "build_s": round(build_s, 2),
            "autosave_median_ms": round(median, 3), "autosave_p99_ms": round(p99, 3),
            "autosave_max_ms": round(timings[-1], 3), "open_ms": round(open_ms, 1),
            "open_with_backup_ms": round(open_backup_ms, 1),
        }))


if __name__ == "__main__":
    main()
