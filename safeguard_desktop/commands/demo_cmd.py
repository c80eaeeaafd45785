"""``demo PATH``: build the demo workspace from the reference documents."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help="build a demo workspace to explore (never overwrites a file)")
    parser.add_argument("path", type=Path, help="where to write the new workspace")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.demo.build import build_demo

    build_demo(args.path)
    print(f"Demo workspace written to {args.path}")
    return 0
