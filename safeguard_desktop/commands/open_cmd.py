"""``open PATH``: the window on that workspace."""

from __future__ import annotations

import argparse
from pathlib import Path

from safeguard_desktop.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("open", help="open the window on a workspace")
    parser.add_argument("path", type=Path, help="the workspace file (.sqlite)")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.store.encryption import looks_encrypted
    from safeguard_desktop.store.fileformat import read_header
    from safeguard_desktop.views.app import run_app

    # Refuse a missing or foreign file here, in one line, before any window.
    if not args.path.exists():
        raise UserError(f"There is no workspace at {args.path}. Check the name, or build one with "
                        f"'safeguard-desktop demo {args.path}'.")
    if not looks_encrypted(args.path):  # an encrypted file's header is read once the window has its passphrase
        read_header(args.path)

    return run_app(args.path)
