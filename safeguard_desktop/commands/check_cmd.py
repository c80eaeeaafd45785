"""``check PATH``: integrity and consistency; non-zero exit on a problem."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_PROBLEMS = 1


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("check", help="check a workspace's integrity and consistency")
    parser.add_argument("path", type=Path, help="the workspace file")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.store.check import check_workspace

    problems = check_workspace(args.path)
    if not problems:
        print(f"{args.path}: OK (integrity, foreign keys, audit trail, consistency)")
        return 0
    print(f"{args.path}: {len(problems)} problem(s) found", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    return EXIT_PROBLEMS
