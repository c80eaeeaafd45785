"""Export benchmark: the action log as xlsx, the action plan as PDF, and
LibreOffice converting the same action plan's xlsx to PDF for comparison.

    python benchmarks/exports.py [--log-rows 10000] [--plan-rows 2000] [--runs 3]

Prints its figures; the last line is one JSON object with ``xlsx_10k_s``
(action log of 10,000 rows, gathered and written), ``pdf_2k_s`` (2,000-row
action plan PDF) and ``libreoffice_2k_s`` (LibreOffice headless converting
our 2,000-row action-plan xlsx to PDF, in the same run). Medians of
``--runs``. Targets: xlsx at most 3 s; our PDF faster than LibreOffice.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Callable

# Text of the length real plans carry (docs/SAFEGUARDING_BOARDS.md, "How real plans look"), with Welsh letters in it.
WANT = "Children and young people at risk of exploitation are identified early and kept safe in Cymru (ŵ, ŷ)"
HOW = ("Multi-agency audit of practice in each locality, with findings and an improvement plan reported to "
       "the quality assurance sub-group every quarter")
PROGRESS = "Two audits complete; the third is booked for March. Findings shared with partners at the sub-group."


def build(path: Path, plan_rows: int, log_rows: int) -> int:
    """A workspace with a plan of ``plan_rows`` actions under 20 priorities,
    and more plan actions beyond it so the log holds ``log_rows``."""
    from safeguard_desktop.store.models import Action, Plan, PlanEntry
    from safeguard_desktop.store.queries.overview import boards
    from safeguard_desktop.store.workspace import create_workspace

    ws = create_workspace(path, board_name="Benchmark Safeguarding Board")
    board_id = boards(ws)[0].id
    with ws.transaction("benchmark") as tx:
        plans = [tx.insert(Plan, board_id=board_id, title=title, financial_year="2024-25").id
                 for title in ("Business plan", "Review action plans")]
        priorities = [tx.insert(PlanEntry, plan_id=plans[0], kind="priority", number=str(p + 1), position=p,
                                title=f"Priority {p + 1}: to be assured that children and adults are safe").id
                      for p in range(20)]
        rows = []
        for n in range(log_rows):
            main = n < plan_rows
            rows.append({
                "plan_id": plans[0] if main else plans[1],
                "entry_id": priorities[n * 20 // plan_rows] if main else None,
                "position": float(n), "number": f"{n // 100 + 1}.{n % 100 + 1}", "cab": "CAB"[n % 3],
                "want": WANT, "how": HOW, "lead": f"Head of service {n % 37}", "measure": "Audit findings improve",
                "when_text": "Quarterly throughout the year", "progress": PROGRESS,
                "rag": ("red", "amber", "green", "blue", "none")[n % 5], "confidential": False, "status": "open",
            })
        tx.insert_many(Action, rows)
    ws.close()
    return plans[0]


def timed(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--log-rows", type=int, default=10_000)
    parser.add_argument("--plan-rows", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="safeguard-bench-exports-"))
    os.environ.setdefault("SAFEGUARD_DESKTOP_HOME", str(folder / "home"))
    from safeguard_desktop.exports import pdf_writer, xlsx_writer
    from safeguard_desktop.store.queries import documents
    from safeguard_desktop.store.workspace import open_workspace

    try:
        plan_id = build(folder / "bench.sqlite", args.plan_rows, args.log_rows)
        ws = open_workspace(folder / "bench.sqlite", read_only=True, backup_on_open=False)
        log_rows = len(documents.action_log(ws, public=False).rows)
        plan = documents.action_plan(ws, plan_id, public=False)
        plan_rows = sum(1 for _ in plan.actions)
        print(f"action log: {log_rows} rows; action plan: {plan_rows} rows")

        xlsx_s = timed(args.runs, lambda: xlsx_writer.write(documents.action_log(ws, public=False),
                                                            folder / "log.xlsx"))
        print(f"xlsx, action log of {log_rows} rows (gather + write): {xlsx_s:.2f} s")
        pdf_s = timed(args.runs, lambda: pdf_writer.write(documents.action_plan(ws, plan_id, public=False),
                                                          folder / "plan.pdf"))
        pages = subprocess.run(["pdfinfo", str(folder / "plan.pdf")], capture_output=True, text=True).stdout
        page_count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")
        print(f"pdf, action plan of {plan_rows} rows: {pdf_s:.2f} s, {page_count} pages")

        xlsx_writer.write(plan, folder / "plan.xlsx")
        soffice = shutil.which("soffice")
        libreoffice_s: float | None = None
        if soffice is None:
            print("LibreOffice (soffice) is not installed: no comparison")
        else:
            profile = folder / "lo-profile"

            def convert() -> None:
                subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                                "pdf", "--outdir", str(folder / "lo"), str(folder / "plan.xlsx")],
                               check=True, capture_output=True, timeout=600)

            convert()  # the first start builds the profile: not what a user waits for each time
            libreoffice_s = timed(args.runs, convert)
            print(f"LibreOffice headless, the same {plan_rows}-row xlsx to PDF: {libreoffice_s:.2f} s")
        ws.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps({
        "xlsx_10k_s": round(xlsx_s, 3), "pdf_2k_s": round(pdf_s, 3),
        "libreoffice_2k_s": None if libreoffice_s is None else round(libreoffice_s, 3),
        "log_rows": log_rows, "plan_rows": plan_rows,
    }))


if __name__ == "__main__":
    main()
