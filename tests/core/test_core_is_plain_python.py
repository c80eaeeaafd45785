"""core/ holds the domain rules in plain Python (docs/ARCHITECTURE.md, "Conventions"): it must load
and run without Qt, an ORM or a database, so that the store, the importers,
the exporters and the command line can all use it, and its tests run alone."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import safeguard_desktop.core

CORE = Path(safeguard_desktop.core.__file__).parent
FORBIDDEN = ("PySide6", "sqlalchemy", "sqlite3", "shiboken6", "alembic")
# Pure-Python libraries a rule may stand on: the bank-holiday tables of the
# working-day clocks are maintained upstream rather than kept by hand.
PLAIN_LIBRARIES = frozenset({"holidays"})
MODULES = sorted(CORE.rglob("*.py"))


def imported_names(path: Path) -> list[str]:
    """Every module a file imports, top level or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
            "import_module",
            "__import__",
        ):
            names.extend(arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str))
    return names


def test_the_core_package_has_the_modules_the_rest_of_the_program_calls() -> None:
    names = {path.stem for path in MODULES}
    assert {
        "rag",
        "cab",
        "numbering",
        "quarters",
        "timescales",
        "working_days",
        "ditto",
        "attendance",
        "quorum",
    } <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_core_module_imports_qt_an_orm_or_a_database(path: Path) -> None:
    offending = [name for name in imported_names(path) if name.split(".")[0] in FORBIDDEN]
    assert offending == [], f"{path.name} imports {offending}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_core_modules_import_only_the_standard_library_and_core(path: Path) -> None:
    for name in imported_names(path):
        top = name.split(".")[0]
        if top == "safeguard_desktop":
            assert name.startswith("safeguard_desktop.core"), f"{path.name} reaches outside core: {name}"
        else:
            assert top in sys.stdlib_module_names or top in PLAIN_LIBRARIES or top == "__future__", \
                f"{path.name} imports {name}"


def test_the_checker_would_catch_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import sqlite3\nfrom PySide6.QtCore import QDate\n"
        "def later():\n    import sqlalchemy.orm\n    importlib.import_module('PySide6.QtGui')\n",
        encoding="utf-8",
    )
    found = [n for n in imported_names(sample) if n.split(".")[0] in FORBIDDEN]
    assert found == ["sqlite3", "PySide6.QtCore", "sqlalchemy.orm", "PySide6.QtGui"]


def module_name(path: Path) -> str:
    parts = path.relative_to(CORE.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_every_core_module_says_why_it_exists(path: Path) -> None:
    module = importlib.import_module(module_name(path))
    assert module.__doc__ and module.__doc__.strip(), f"{path.name} needs a docstring saying why it exists"


def test_loading_all_of_core_loads_no_qt_orm_or_database_indirectly() -> None:
    """The AST check sees direct imports; this one sees what they pull in."""
    names = [module_name(path) for path in MODULES]
    script = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
