"""Telling a server's address from a file's path in a command's arguments,
without importing anything heavy (every command's parser is built at start)."""

from __future__ import annotations

from pathlib import Path

from safeguard_desktop.errors import UserError

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_server_address(text: object) -> bool:
    return isinstance(text, str) and "://" in text and text.split("://", 1)[0].lower() in SCHEMES


def target_argument(text: str) -> Path | str:
    """argparse's type for a command's workspace: a file's Path, or a
    server's address kept as typed (argparse's Path would fold
    "postgresql://h/db" to "postgresql:/h/db"); the address is checked when
    opened, so a bad one is one plain line, not a usage error."""
    return text if is_server_address(text) else Path(text)


def server_backups_refusal() -> UserError:
    return UserError("That is a workspace on a server: the program takes no backups of it. Its backups are the "
                     "database administrator's (pg_dump, and pg_restore to bring one back).")
