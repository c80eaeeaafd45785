"""The command line: ``safeguard-desktop [COMMAND] ...``.

Each command lives in its own module under ``commands/`` with ``register``
(adds its sub-parser) and ``run`` (does the work, returns an exit code);
this module only dispatches and turns errors into one clear line.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from types import ModuleType

from safeguard_desktop import APP_NAME, __version__, holiday_cache
from safeguard_desktop.errors import UserError
from safeguard_desktop.logs import log_file, setup_logging

# Order is the order of `--help`.
COMMANDS = ("open", "demo", "check", "backup", "restore", "shot", "attendance", "export", "import", "list",
            "encrypt", "decrypt", "sync")

EXIT_USER_ERROR = 2
EXIT_BUG = 70


def _command_module(name: str) -> ModuleType:
    return importlib.import_module(f"safeguard_desktop.commands.{name}_cmd")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="The secretariat's desk for safeguarding boards. With no command, opens the window "
                    "on the last workspace (or a welcome screen).",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        _command_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    setup_logging()
    args = build_parser().parse_args(argv)
    holiday_cache.install()  # bank holidays without loading `holidays` at every start (docs/ARCHITECTURE.md, "Start-up")
    from safeguard_desktop.exports.leftovers import clean_leftovers

    clean_leftovers()  # exports a killed program left half-written
    from safeguard_desktop.commands.passphrase_prompt import install as ask_passphrases_here

    ask_passphrases_here()  # an encrypted workspace's passphrase: terminal or SAFEGUARD_PASSPHRASE (the window asks its own way)
    try:
        if args.command is None:
            from safeguard_desktop.views.app import run_app

            return run_app(None)
        return int(_command_module(args.command).run(args) or 0)
    except UserError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(f"{APP_NAME}: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader stopped early (`list ... | head`): nothing wrong here
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit's flush cannot fail again
        return 141  # what a shell reports for a command ended by a closed pipe
    except Exception as exc:  # a bug: keep the traceback for the log, one line for the user
        logging.getLogger(__name__).exception("unexpected error in %s", args.command)
        print(f"{APP_NAME}: unexpected error ({type(exc).__name__}: {exc}). "
              f"This is a bug; details are in {log_file()}", file=sys.stderr)
        return EXIT_BUG
