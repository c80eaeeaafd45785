"""``attendance PATH --quarter 2024-25-Q1``: the attendance analysis as CSV or JSON.

The same table as the Attendance page, from the same query, so a board paper
and the screen never disagree.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from safeguard_desktop.store.pg_target import target_argument

if TYPE_CHECKING:
    from safeguard_desktop.store.queries.attendance import AttendanceAnalysis


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("attendance", help="the quarterly or yearly attendance analysis as CSV or JSON")
    parser.add_argument("path", type=target_argument,
                        help="the workspace file, or a server's address (postgresql://host/database)")
    period = parser.add_mutually_exclusive_group(required=True)
    period.add_argument("--quarter", help="a financial quarter, e.g. 2024-25-Q1 (Q1 is April-June)")
    period.add_argument("--year", help="a financial year, e.g. 2024-25")
    parser.add_argument("--group", help="only this group (its name); default every group")
    parser.add_argument("--deputy-counts", choices=("yes", "no"),
                        help="whether a nominated deputy counts as attended (default: the workspace's rule, "
                             "set on the Attendance page; yes unless changed there)")
    parser.add_argument("--format", choices=("csv", "json"), default="csv")
    parser.add_argument("-o", "--output", type=Path, help="write to this file instead of printing")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.core.attendance import AttendanceRule
    from safeguard_desktop.store.queries.attendance import attendance_analysis, parse_period
    from safeguard_desktop.store.pg_workspace import open_target

    period = parse_period(args.quarter, args.year)
    # No --deputy-counts: the workspace's own rule, as on the page and in its papers.
    rule = None if args.deputy_counts is None else AttendanceRule(args.deputy_counts == "yes")
    with open_target(args.path, read_only=True, backup_on_open=False) as ws:
        analysis = attendance_analysis(ws, period, group=args.group, rule=rule)
    text = as_json(analysis) if args.format == "json" else as_csv(analysis)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    _write_atomically(args.output, text)
    print(f"Attendance for {analysis.period_label} written to {args.output}", file=sys.stderr)
    return 0


def as_csv(analysis: AttendanceAnalysis) -> str:
    from safeguard_desktop.store.queries.attendance import COLUMNS

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in analysis.rows:
        values = row.as_dict()
        writer.writerow(["" if values[c] is None else values[c] for c in COLUMNS])
    return out.getvalue()


def as_json(analysis: AttendanceAnalysis) -> str:
    document = {
        "period": analysis.period, "period_label": analysis.period_label,
        "start": analysis.start.isoformat(), "end": analysis.end.isoformat(), "group": analysis.group,
        "deputy_counts_as_attended": analysis.rule.deputy_counts_as_attended, "rule": analysis.rule_text,
        "meetings": analysis.meetings, "cancelled_meetings": analysis.cancelled,
        "rows": [row.as_dict() for row in analysis.rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _write_atomically(path: Path, text: str) -> None:
    # A failed write never leaves half a file where the old one was; the
    # file (mkstemp) and any folder made for it are private.
    from safeguard_desktop.paths import make_folders

    make_folders(path.parent)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
