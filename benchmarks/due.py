"""The "What is due" page's query on a big workspace.

    python benchmarks/due.py [--rows 20000] [--runs 5]

Prints its figures; the last line is one JSON object with ``due_ms`` (the
page: every section counted, the first 200 lines of each read) and
``count_ms`` (counts only). Rows are spread over ten plans with due dates a
year either side of today and updates over four months, so every action
section has thousands of rows to count and sort.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path


def build(path: Path, rows: int, today: date) -> object:
    from safeguard_desktop.store.models import Action, Plan
    from safeguard_desktop.store.queries.overview import boards
    from safeguard_desktop.store.workspace import create_workspace

    ws = create_workspace(path, board_name="Benchmark Safeguarding Board")
    board_id = boards(ws)[0].id
    plans = 10
    with ws.transaction("benchmark") as tx:
        for p in range(plans):
            plan = tx.insert(Plan, board_id=board_id, title=f"Plan {p}", kind="business_plan")
            tx.insert_many(Action, [{
                "plan_id": plan.id, "position": float(n), "number": str(n), "want": f"Row {n}",
                "target_date": today + timedelta(days=n % 730 - 365),
                "last_updated": today - timedelta(days=n % 120), "status": "open",
            } for n in range(rows // plans)])
    return ws


def timed(fn: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    from safeguard_desktop.store.queries.due import due_count, what_is_due

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        ws = build(Path(folder) / "due.sqlite", args.rows, today)
        due_ms = timed(lambda: what_is_due(ws, today), args.runs)  # type: ignore[arg-type]
        count_ms = timed(lambda: due_count(ws, today), args.runs)  # type: ignore[arg-type]
        counts = {s.key: s.count for s in what_is_due(ws, today).sections}  # type: ignore[arg-type]
        ws.close()  # type: ignore[attr-defined]
    print(f"{args.rows} actions: page {due_ms:.0f} ms, counts only {count_ms:.0f} ms; {counts}")
    print(json.dumps({"rows": args.rows, "due_ms": round(due_ms, 1), "count_ms": round(count_ms, 1)}))


if __name__ == "__main__":
    main()
