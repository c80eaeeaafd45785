"""``open PATH``: the window on that workspace."""

from __future__ import annotations

import argparse

from safeguard_desktop.errors import UserError
from safeguard_desktop.store.pg_target import target_argument


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("open", help="open the window on a workspace")
    parser.add_argument("path", type=target_argument,
                        help="the workspace file (.sqlite), or a server's address (postgresql://host/database: "
                             "an empty database gets a new, empty workspace)")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.store.encryption import looks_encrypted
    from safeguard_desktop.store.fileformat import read_header
    from safeguard_desktop.views.app import run_app

    if isinstance(args.path, str):  # a server's address: checked, and made a workspace if empty, before any window
        from safeguard_desktop.store.pg_workspace import prepare_server_workspace

        if prepare_server_workspace(args.path):
            print(f"Made a new, empty workspace in {args.path}")
        return run_app(args.path)
    # Refuse a missing or foreign file here, in one line, before any window.
    if not args.path.exists():
        raise UserError(f"There is no workspace at {args.path}. Check the name, or build one with "
                        f"'safeguard-desktop demo {args.path}'.")
    if not looks_encrypted(args.path):  # an encrypted file's header is read once the window has its passphrase
        read_header(args.path)

    return run_app(args.path)
