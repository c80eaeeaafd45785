"""``import PATH FILE --shape membership --group NAME [--from DATE]
[--report R.json]``: a group's seats and members from a membership list,
with no window. Part of the ``import`` command (not a command of its own)."""

from __future__ import annotations

import argparse
from datetime import date


def run_membership(args: argparse.Namespace) -> int:
    from safeguard_desktop.commands.import_cmd import write_report
    from safeguard_desktop.errors import UserError
    from safeguard_desktop.imports.membership import read_membership
    from safeguard_desktop.imports.membership_import import group_id_named, import_membership
    from safeguard_desktop.store.pg_workspace import open_target

    if not args.group:
        raise UserError("Say which group the members belong to: --group NAME.")
    try:
        from_date = date.fromisoformat(args.from_date) if args.from_date else None
    except ValueError:
        raise UserError(f"--from {args.from_date!r} is not a date: write it as 2024-04-01.") from None
    reading = read_membership(args.file)  # a bad file is refused before the workspace is opened
    with open_target(args.path) as workspace:
        if workspace.backup_failure:
            print(f"Warning: {workspace.backup_failure}")
        result = import_membership(workspace, reading, group_id_named(workspace, args.group), from_date=from_date)
    if args.report is not None:
        write_report(args.report, result.report)
    print(summary(result.report))
    for warning in result.report["warnings"]:
        print(f"  - {warning}")
    if args.report is not None:
        print(f"Report written to {args.report}")
    return 0


def summary(report: dict) -> str:
    counts = report["counts"]
    parts = [f"{counts.get('member', 0)} seats with members", f"{counts.get('vacant', 0)} vacant seats",
             f"{counts.get('deputy', 0)} deputies on their own rows"]
    matched = report["matched"]
    said = [f"{len(matched[kind])} {one if len(matched[kind]) == 1 else kind}"
            for kind, one in (("people", "person"), ("agencies", "agency"), ("seats", "seat")) if matched[kind]]
    tail = f"; matched, not duplicated: {', '.join(said)}" if said else ""
    return f"Imported the membership of {report['group']} from {report['source_file']}: {', '.join(parts)}{tail}."
