"""``shot PATH OUT.png``: the main window, rendered offscreen to a PNG."""

from __future__ import annotations

import argparse
from pathlib import Path

PAGES = ("due", "plans", "self-assessments", "reviews", "meetings", "action-log", "attendance", "people")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("shot", help="render the main window on a workspace to a PNG (no display needed)")
    parser.add_argument("path", type=Path, help="the workspace file")
    parser.add_argument("out", type=Path, help="the PNG to write")
    parser.add_argument("--page", choices=PAGES, default="plans", help="which page to show")
    parser.add_argument("--size", default="1400x860", help="window size, WIDTHxHEIGHT")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.views.shot import take_shot

    width, _, height = args.size.partition("x")
    take_shot(args.path, args.out, page=args.page, size=(int(width), int(height)))
    print(f"Screenshot written to {args.out}")
    return 0
