"""``decrypt PATH [--output OUT]``: a plain (unencrypted) copy of an
encrypted workspace; the encrypted file is left as it is."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("decrypt", help="make an unencrypted copy of an encrypted workspace")
    parser.add_argument("path", type=Path, help="the encrypted workspace file")
    parser.add_argument("--output", type=Path, help="where to write the copy (default: NAME.decrypted.sqlite beside it)")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.store.cipher_copy import decrypt_copy, default_target

    target = args.output or default_target(args.path, "decrypted")
    made = decrypt_copy(args.path, target)
    print(f"Unencrypted copy written to {made}. Anyone who can reach that file can read it: keep it somewhere private.")
    return 0
