"""``open PATH``: the window on that workspace."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("open", help="open the window on a workspace")
    parser.add_argument("path", type=Path, help="the workspace file (.sqlite)")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.views.app import run_app

    return run_app(args.path)
