"""``demo PATH``: build the demo workspace from the reference documents."""

from __future__ import annotations

import argparse

from safeguard_desktop.store.pg_target import target_argument


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help="build a demo workspace to explore (never overwrites a file)")
    parser.add_argument("path", type=target_argument,
                        help="where to write the new workspace: a new file, or an empty database on a server "
                             "(postgresql://host/database)")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.demo.build import build_demo, fill_demo

    if isinstance(args.path, str):  # a server's address
        from safeguard_desktop.store.pg_workspace import create_server_workspace

        with create_server_workspace(args.path) as workspace:
            fill_demo(workspace)
    else:
        build_demo(args.path)
    print(f"Demo workspace written to {args.path}")
    return 0
