"""Menu items whose work lives in modules imported when first chosen.

The export, import and print dialogs bring in the papers, the readers of
plans and the store's writes: loading them for the menus' sake slowed every
start for items most starts never use (docs/ARCHITECTURE.md, "Start-up").
"""

from __future__ import annotations

import importlib
from typing import Callable


def on_demand(module: str, function: str, *args: object) -> Callable[[], object]:
    """A slot calling ``module.function(*args)``, importing the module the
    first time it runs (Python keeps it imported after that)."""

    def run(*_signal_args: object) -> object:
        return getattr(importlib.import_module(module), function)(*args)

    return run
