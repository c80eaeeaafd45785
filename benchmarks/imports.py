"""Import benchmark: a hand-kept action plan workbook (banners, repeated
headers, ditto marks, merged cells, RAG fills, date cells, Welsh text) read,
understood and written into a fresh workspace.

    python benchmarks/imports.py [--runs 3]

Prints its figures; the last line is one JSON object with
``import_100_rows_s`` and ``import_10k_rows_s`` (file to committed plan,
preview and write together), plus the split between reading the file
(``*_read_s``) and writing the plan (``*_write_s``). Medians of ``--runs``.
Target: 100 rows at most 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

HEADINGS = ["No.", "CAB", "What do we want to achieve?", "How are we going to do it?", "Who will lead?",
            "How will we know we have achieved our goal?", "When are we going to achieve this?",
            "Progress review", "RAG rating", "Notes"]
WANT = "Children and young people at risk of exploitation are identified early and kept safe in Cymru (ŵ, ŷ)"
HOW = ("Multi-agency audit of practice in each locality, with findings and an improvement plan reported to "
       "the quality assurance sub-group every quarter")
PROGRESS = "Two audits complete; the third is booked for March. Findings shared with partners at the sub-group."
WHEN = ("June 2014 Ongoing", "Quarterly throughout the year", "30th Sept 2014", "insert", "Bi annually")
RAGS = ("Red", "Amber", "Green", "Blue")
PER_PRIORITY = 50


def build_workbook(path: Path, rows: int) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.active
    sheet.append(["Anytown Safeguarding Children Board"])
    sheet.append(["Business Plan 2024/25 - Action Plan"])
    fill = PatternFill("solid", fgColor="FFC000")
    for n in range(rows):
        if n % PER_PRIORITY == 0:
            sheet.append([f"Priority {n // PER_PRIORITY + 1}: to be assured that children and adults are safe"])
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=10)
            sheet.append(HEADINGS)
        ditto = n % PER_PRIORITY and n % 4 == 1
        when: object = dt.date(2025, 3, 31) if n % 7 == 0 else WHEN[n % len(WHEN)]
        rag = None if n % 9 == 0 else RAGS[n % 4]
        sheet.append([f"{n // PER_PRIORITY + 1}.{n % PER_PRIORITY + 1}", "CAB"[n % 3], '"' if ditto else WANT, HOW,
                      "As above" if ditto else f"Head of service {n % 37}", "Audit findings improve", when,
                      PROGRESS, rag, "Discuss with the chair" if n % 11 == 0 else None])
        if rag is None:
            sheet.cell(sheet.max_row, 9).fill = fill  # the rating given only as a fill
    book.save(path)


def one_run(folder: Path, workbook: Path, run: int) -> tuple[float, float]:
    from safeguard_desktop.imports.plan_import import import_plan, preview_import
    from safeguard_desktop.store.workspace import create_workspace

    ws = create_workspace(folder / f"bench-{workbook.stem}-{run}.sqlite", board_name="Benchmark Board")
    try:
        started = time.perf_counter()
        preview = preview_import(workbook)
        read = time.perf_counter() - started
        import_plan(ws, preview, "Benchmark plan")
        total = time.perf_counter() - started
    finally:
        ws.close()
    return read, total


def measure(folder: Path, rows: int, runs: int) -> dict[str, float]:
    workbook = folder / f"plan-{rows}.xlsx"
    build_workbook(workbook, rows)
    timings = [one_run(folder, workbook, run) for run in range(runs)]
    read = statistics.median(t[0] for t in timings)
    total = statistics.median(t[1] for t in timings)
    label = "100" if rows == 100 else f"{rows // 1000}k"
    print(f"{rows:>6} rows ({workbook.stat().st_size / 1024:,.0f} KB): read and understood {read:.3f} s, "
          f"written {total - read:.3f} s, total {total:.3f} s")
    return {f"import_{label}_rows_s": round(total, 3), f"import_{label}_read_s": round(read, 3),
            f"import_{label}_write_s": round(total - read, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="safeguard-import-bench-") as folder:
        os.environ.setdefault("SAFEGUARD_DESKTOP_HOME", folder)  # keep backups and logs out of the user's folders
        results: dict[str, float] = {}
        for rows in (100, 10_000):
            results.update(measure(Path(folder), rows, args.runs))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
