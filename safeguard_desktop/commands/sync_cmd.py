"""``sync A B [--report R.json]``: bring two copies of one workspace up to
date with each other, both ways; conflicts are listed and left for the
window (File › Sync with…); the exit code says whether any remain."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

EXIT_CONFLICTS = 3


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("sync", help="bring two copies of a workspace together, field by field",
                            description="Brings two copies of one workspace up to date with each other. "
                            "A field changed differently on both is a conflict: both values are kept and "
                            f"listed; the exit code is {EXIT_CONFLICTS} while conflicts wait to be resolved "
                            "in the window (File › Sync with…).")
    parser.add_argument("a", type=Path, help="one copy (a workspace file)")
    parser.add_argument("b", type=Path, help="the other copy")
    parser.add_argument("--report", type=Path, metavar="R.json", help="also write what moved and the conflicts as JSON")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.store.sync.report import conflict_lines, open_conflict_rows
    from safeguard_desktop.store.sync.run import sync_files

    report = sync_files(args.a, args.b)
    a_name, b_name = args.a.name, args.b.name
    if report.nothing_new:
        print(f"{a_name} and {b_name} were already in step ({report.seconds:.2f} s).")
    else:
        print(f"Synced {a_name} and {b_name} in {report.seconds:.2f} s.")
        for source, target, moved in ((a_name, b_name, report.a_to_b), (b_name, a_name, report.b_to_a)):
            print(f"  {source} → {target}: {moved.applied} change(s) taken, {moved.held} held in conflict")
        if report.new_site:
            print(f"  {b_name} had been copied from {a_name} outside the program: it now has a site id of its own.")
        if report.resolutions_crossed:
            print(f"  {report.resolutions_crossed} resolved conflict(s) carried across")
    rows = open_conflict_rows(args.a)
    if rows:
        print(f"{len(rows)} conflict(s) wait to be resolved in the window (File › Sync with…):")
        for line in conflict_lines(rows, a_name, b_name):
            print(f"  {line}")
    else:
        print("No conflicts.")
    if args.report:
        data = report.as_json()
        data["open_conflicts"] = rows
        args.report.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    return EXIT_CONFLICTS if rows else 0
