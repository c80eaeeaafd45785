"""``encrypt PATH [--output OUT]``: an encrypted copy of a workspace.

The passphrase is typed twice at a terminal (or taken from
SAFEGUARD_PASSPHRASE); the copy is checked before it gets its name, which
is never one that exists; the original is left as it is.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    add_copy_command(sub, "encrypt", "make an encrypted copy of a workspace (asks for a passphrase)", "encrypted")


def add_copy_command(sub: argparse._SubParsersAction, name: str, summary: str, word: str) -> None:
    """``encrypt`` and ``decrypt`` take the same arguments."""
    parser = sub.add_parser(name, help=summary)
    parser.add_argument("path", type=Path, help="the workspace file")
    parser.add_argument("--output", type=Path, help=f"where to write the copy (default: NAME.{word}.sqlite beside it)")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.commands.passphrase_prompt import new_passphrase
    from safeguard_desktop.store.backups import folder_for
    from safeguard_desktop.store.cipher_copy import default_target, encrypt_copy

    target = args.output or default_target(args.path, "encrypted")
    made = encrypt_copy(args.path, target, new_passphrase())
    print(f"Encrypted copy written to {made}. {args.path} is unchanged and still readable, and so are its backups "
          f"in {folder_for(args.path)}: delete them yourself once you have opened the copy. Keep the passphrase "
          "safe: without it the copy cannot be read by anyone, you included.")
    return 0
