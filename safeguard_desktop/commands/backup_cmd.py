"""``backup PATH``: a backup now, into the rotating set."""

from __future__ import annotations

import argparse

from safeguard_desktop.store.pg_target import target_argument


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("backup", help="back up a workspace now")
    parser.add_argument("path", type=target_argument, help="the workspace file")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.store.backups import take_backup
    from safeguard_desktop.store.workspace import open_workspace

    if isinstance(args.path, str):
        from safeguard_desktop.store.pg_target import server_backups_refusal

        raise server_backups_refusal()

    # Opening checks the file first: a damaged file must not become a "backup".
    with open_workspace(args.path, read_only=True, backup_on_open=False):
        backup = take_backup(args.path, reason="manual")
    print(f"Backed up to {backup.path}")
    return 0
