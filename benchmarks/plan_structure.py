"""Plan structure benchmark: outline steps on a plan with many rows.

    python benchmarks/plan_structure.py [--rows 20000] [--priorities 10] [--outcomes 5]

Builds a business plan of priorities and outcomes with the rows spread
over the outcomes, then times the steps the outline editor runs: adding a
priority, renaming it, moving an outcome (its rows move with it in plan
order), the undo of that move, moving a whole priority, and reading the
outline. The last line is one JSON object of the figures in ms.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any, Callable


def build(path: Path, rows: int, priorities: int, outcomes: int) -> tuple[Any, int, list[int], list[int]]:
    from safeguard_desktop.store.ops import plan_structure as ops
    from safeguard_desktop.store.ops.plans import add_actions, create_plan
    from safeguard_desktop.store.queries.overview import boards
    from safeguard_desktop.store.workspace import create_workspace

    ws = create_workspace(path, board_name="Benchmark Safeguarding Board")
    plan = create_plan(ws, board_id=boards(ws)[0].id, title="Business Plan 2024-25", financial_year="2024-25")
    tops, leaves = [], []
    for p in range(priorities):
        top, _ = ops.insert_entry(ws, plan, title=f"Priority {p + 1}: children and adults are safe")
        tops.append(top)
        for o in range(outcomes):
            leaves.append(ops.insert_entry(ws, plan, parent_id=top, title=f"Outcome {o + 1}")[0])
    add_actions(ws, [{"plan_id": plan, "entry_id": leaves[n * len(leaves) // rows], "want": f"Action {n}"}
                     for n in range(rows)], context="benchmark")
    return ws, plan, tops, leaves


def timed(step: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = step()
    return (time.perf_counter() - start) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--priorities", type=int, default=10)
    parser.add_argument("--outcomes", type=int, default=5)
    args = parser.parse_args()

    from safeguard_desktop.store.ops import plan_structure as ops
    from safeguard_desktop.store.queries.plan_outline import plan_outline

    with tempfile.TemporaryDirectory() as folder:
        ws, plan, tops, leaves = build(Path(folder) / "structure.sqlite", args.rows, args.priorities, args.outcomes)
        figures: dict[str, float] = {}
        figures["add_priority_ms"], _ = timed(lambda: ops.insert_entry(ws, plan, title="A new priority"))
        figures["rename_ms"], _ = timed(lambda: ops.rename_entry(ws, tops[0], title="Renamed"))
        figures["move_outcome_ms"], moved = timed(lambda: ops.move_entry(ws, leaves[0], 1))
        figures["undo_move_ms"], _ = timed(lambda: ops.revert(ws, moved, "undo"))
        figures["move_priority_ms"], _ = timed(lambda: ops.move_entry(ws, tops[-1], -1))
        figures["read_outline_ms"], _ = timed(lambda: plan_outline(ws, plan))
        ws.close()
    for name, value in figures.items():
        print(f"{name:>22}: {value:8.1f} ms ({args.rows} rows)")
    print(json.dumps({k: round(v, 1) for k, v in figures.items()} | {"rows": args.rows}))


if __name__ == "__main__":
    main()
