"""Qt only: the window, its pages, table models, delegates, undo commands.

The layers below that the window reads and writes through are imported
here, before any module of this package imports PySide6: PySide6 reads the
source of every module imported after it (looking for ``from __feature__
import``), which cost a tenth of every start for these three hundred
modules (docs/ARCHITECTURE.md, "Start-up"). Only the start's speed depends
on this list: a module left out is still imported where it is used.
"""

from __future__ import annotations

import importlib
import pkgutil

_BEFORE_QT = ("safeguard_desktop.store.workspace", "safeguard_desktop.exports.papers",
              "safeguard_desktop.imports.plan_import")
_PACKAGES_BEFORE_QT = ("safeguard_desktop.store.queries", "safeguard_desktop.store.ops")


def _import_before_qt() -> None:
    for name in _BEFORE_QT:
        importlib.import_module(name)
    for package_name in _PACKAGES_BEFORE_QT:
        package = importlib.import_module(package_name)
        for module in pkgutil.iter_modules(package.__path__, f"{package_name}."):
            importlib.import_module(module.name)


_import_before_qt()
