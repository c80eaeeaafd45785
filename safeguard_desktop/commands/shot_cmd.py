"""``shot PATH OUT.png``: the main window, rendered offscreen to a PNG."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from safeguard_desktop.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("shot", help="render the main window on a workspace to a PNG (no display needed)")
    parser.add_argument("path", type=Path, help="the workspace file")
    parser.add_argument("out", type=Path, help="the PNG to write")
    # Pages are checked when the window is built: naming them here would load Qt for every command.
    parser.add_argument("--page", default="due",
                        help="which page to show (due, the page a workspace opens on; plans, meetings, action-log, ...)")
    parser.add_argument("--size", default="1400x860",
                        help="window size, WIDTHxHEIGHT; a page that cannot shrink to it gives a wider picture")
    parser.add_argument("--language", choices=("en", "cy"),
                        help="the window's language: en (English) or cy (Cymraeg); by default as chosen in the "
                             "window's Edit › Language, else the computer's")


def window_size(text: str) -> tuple[int, int]:
    found = re.fullmatch(r"\s*(\d{3,5})\s*[xX×]\s*(\d{3,5})\s*", text)
    if not found:
        raise UserError(f"--size: write it as WIDTHxHEIGHT, e.g. 1280x720 (not {text!r}).")
    return int(found.group(1)), int(found.group(2))


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.views.shot import take_shot

    take_shot(args.path, args.out, page=args.page, size=window_size(args.size), language=args.language)
    print(f"Screenshot written to {args.out}", flush=True)  # benchmarks/startup.py times the start by this line
    return 0
