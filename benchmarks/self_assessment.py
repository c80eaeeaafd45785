"""Self-assessment benchmark: an import-sized period written at once, the
next period started from it, one score saved, and the page's two reads.

    python benchmarks/self_assessment.py [--areas 20] [--questions 400] [--periods 4]

Prints its figures; the last line is one JSON object (milliseconds).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any, Callable


def _ms(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return (time.perf_counter() - started) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--areas", type=int, default=20)
    parser.add_argument("--questions", type=int, default=400)
    parser.add_argument("--periods", type=int, default=4)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sa-bench-"))
    os.environ.setdefault("SAFEGUARD_DESKTOP_HOME", str(folder / "home"))

    from safeguard_desktop.store.models import PlanEntry
    from safeguard_desktop.store.ops import self_assessments as ops
    from safeguard_desktop.store.ops.plans import create_plan
    from safeguard_desktop.store.queries import self_assessments as q
    from safeguard_desktop.store.queries.overview import boards
    from safeguard_desktop.store.workspace import create_workspace

    ws = create_workspace(folder / "bench.sqlite", board_name="Benchmark Safeguarding Board")
    plan = create_plan(ws, board_id=boards(ws)[0].id, title="Self-assessment", kind="self_assessment")
    with ws.transaction("benchmark") as tx:
        areas = tx.insert_many(PlanEntry, [dict(plan_id=plan, kind="area", title=f"Priority area {n}",
                                                position=float(n)) for n in range(args.areas)])
        questions = tx.insert_many(PlanEntry, [
            dict(plan_id=plan, kind="question", parent_id=areas[n % args.areas], number=str(n + 1),
                 title=f"Are we assured that practice {n} keeps children and adults safe?",
                 position=float(args.areas + n)) for n in range(args.questions)])
    entries = areas + questions
    first = ops.add_period(ws, plan_id=plan, label="2016-17 H1")
    record_ms, _ = _ms(lambda: ops.record_answers(ws, first, [
        ops.Answer(e, "SAFE returns for council services " * 8, "The council has made good progress " * 6,
                   1 + e % 6) for e in entries]))
    starts = []
    for _ in range(args.periods - 1):
        took, latest = _ms(lambda: ops.start_next_period(ws, plan))
        starts.append(took)
    score_ms, _ = _ms(lambda: ops.set_answer(ws, period_id=latest, entry_id=questions[0], field="score", value=2))
    read_ms, _ = _ms(lambda: q.assessment(ws, plan, latest))
    compare_ms, _ = _ms(lambda: q.latest_comparison(ws, plan))
    ws.close()
    figures = {"answers": len(entries), "record_period_ms": round(record_ms),
               "start_next_period_median_ms": round(statistics.median(starts)), "one_score_ms": round(score_ms, 1),
               "read_period_ms": round(read_ms), "comparison_ms": round(compare_ms)}
    for key, value in figures.items():
        print(f"{key}: {value}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
