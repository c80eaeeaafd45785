"""``check PATH``: integrity and consistency; non-zero exit on a problem."""

from __future__ import annotations

import argparse
import sys

from safeguard_desktop.store.pg_target import target_argument

EXIT_PROBLEMS = 1


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("check", help="check a workspace's integrity and consistency")
    parser.add_argument("path", type=target_argument,
                        help="the workspace file, or a server's address (postgresql://host/database)")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.store.check import check_workspace

    if isinstance(args.path, str):  # a server's address: what fits a server (store/pg_check.py)
        from safeguard_desktop.store.pg_address import parse_server_address
        from safeguard_desktop.store.pg_check import check_server

        problems = check_server(parse_server_address(args.path))
        what = "audit trail, consistency"
    else:
        problems = check_workspace(args.path)
        what = "integrity, foreign keys, audit trail, consistency"
    if not problems:
        print(f"{args.path}: OK ({what})")
        return 0
    print(f"{args.path}: {len(problems)} problem(s) found", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    return EXIT_PROBLEMS
