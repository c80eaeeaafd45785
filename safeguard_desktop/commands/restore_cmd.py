"""``restore PATH BACKUP``: put a backup in place; the current file is kept."""

from __future__ import annotations

import argparse
from pathlib import Path

from safeguard_desktop.store.pg_target import target_argument


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("restore", help="restore a workspace from a backup (the current file is kept aside)")
    parser.add_argument("path", type=target_argument, help="the workspace file")
    parser.add_argument("backup", type=Path, nargs="?", help="the backup file (default: list the backups)")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.store.backups import list_backups
    from safeguard_desktop.store.workspace import restore_backup

    if isinstance(args.path, str):
        from safeguard_desktop.store.pg_target import server_backups_refusal

        raise server_backups_refusal()

    if args.backup is None:
        found = list_backups(args.path)
        if not found:
            print(f"No backups of {args.path} were found.")
            return 1
        for backup in found:
            print(f"{backup.label}\t{backup.path}")
        return 0
    kept = restore_backup(args.path, args.backup)
    print(f"Restored {args.path} from {args.backup}." + (f" The previous file was kept as {kept}." if kept else ""))
    return 0
