"""``sync A B [--report R.json]``: bring two copies of one workspace up to
date with each other, both ways; either may be a server's address
(``postgresql://host/db``), so a laptop's file syncs with the server;
conflicts are listed and left for the window (File › Sync with…); the
exit code says whether any remain."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from safeguard_desktop.store.pg_target import target_argument

EXIT_CONFLICTS = 3


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("sync", help="bring two copies of a workspace together, field by field",
                            description="Brings two copies of one workspace up to date with each other. "
                            "A field changed differently on both is a conflict: both values are kept and "
                            f"listed; the exit code is {EXIT_CONFLICTS} while conflicts wait to be resolved "
                            "in the window (File › Sync with…).")
    parser.add_argument("a", type=target_argument,
                        help="one copy (a workspace file, or a server's postgresql:// address)")
    parser.add_argument("b", type=target_argument, help="the other copy (a file, or a server's address)")
    parser.add_argument("--report", type=Path, metavar="R.json", help="also write what moved and the conflicts as JSON")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.store.sync.report import conflict_lines, open_conflict_rows
    from safeguard_desktop.store.pg_target import is_server_address
    from safeguard_desktop.store.sync.server_sync import sync_targets

    report = sync_targets(args.a, args.b)
    a_name, b_name = _name(args.a), _name(args.b)
    if report.took_copy:
        print(f"Took a copy of the server's workspace into a new file ({report.seconds:.2f} s): work on it "
              "away from the network, then sync again.")
    elif report.nothing_new:
        print(f"{a_name} and {b_name} were already in step ({report.seconds:.2f} s).")
    else:
        print(f"Synced {a_name} and {b_name} in {report.seconds:.2f} s.")
        for source, target, moved in ((a_name, b_name, report.a_to_b), (b_name, a_name, report.b_to_a)):
            print(f"  {source} → {target}: {moved.applied} change(s) taken, {moved.held} held in conflict")
        if report.new_site:
            print(f"  {b_name} had been copied from {a_name} outside the program: it now has a site id of its own.")
        if report.resolutions_crossed:
            print(f"  {report.resolutions_crossed} resolved conflict(s) carried across")
    # Both copies hold the same conflicts: they are read from the file, "here" being its own values.
    here, there = (b_name, a_name) if is_server_address(args.a) else (a_name, b_name)
    rows = open_conflict_rows(args.b if is_server_address(args.a) else args.a)
    if rows:
        print(f"{len(rows)} conflict(s) wait to be resolved in the window (File › Sync with…):")
        for line in conflict_lines(rows, here, there):
            print(f"  {line}")
    else:
        print("No conflicts.")
    if args.report:
        data = report.as_json()
        data["open_conflicts"] = rows
        args.report.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    return EXIT_CONFLICTS if rows else 0


def _name(target: Path | str) -> str:
    if isinstance(target, Path):
        return target.name
    from safeguard_desktop.store.pg_address import parse_server_address

    return parse_server_address(target).name
