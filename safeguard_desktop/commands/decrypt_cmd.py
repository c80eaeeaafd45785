"""``decrypt PATH [--output OUT]``: a plain (unencrypted) copy of an
encrypted workspace; the encrypted file is left as it is."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from safeguard_desktop.commands.encrypt_cmd import add_copy_command

    add_copy_command(sub, "decrypt", "make an unencrypted copy of an encrypted workspace", "decrypted")


def run(args: argparse.Namespace) -> int:
    from safeguard_desktop.store.cipher_copy import decrypt_copy, default_target

    target = args.output or default_target(args.path, "decrypted")
    made = decrypt_copy(args.path, target)
    print(f"Unencrypted copy written to {made}. Anyone who can reach that file can read it: keep it somewhere private.")
    return 0
