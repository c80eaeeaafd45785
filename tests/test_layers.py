"""The arrows point one way (docs/ARCHITECTURE.md): only views/ (and the two
commands that open a window) may use Qt; store/, imports/, exports/ and the
demo builder run without it, so the command line needs no display."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "safeguard_desktop"
QT_FREE = ("core", "store", "imports", "exports", "demo")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_never_imports_qt_or_views(layer):
    offenders = {}
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        bad = {m for m in _imported_modules(path)
               if m.split(".")[0] in ("PySide6", "shiboken6") or m.startswith("safeguard_desktop.views")}
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert offenders == {}


def test_the_store_never_imports_imports_exports_or_the_demo():
    offenders = {}
    for path in sorted((PACKAGE / "store").rglob("*.py")):
        bad = {m for m in _imported_modules(path)
               if m.startswith(("safeguard_desktop.imports", "safeguard_desktop.exports", "safeguard_desktop.demo"))}
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert offenders == {}
