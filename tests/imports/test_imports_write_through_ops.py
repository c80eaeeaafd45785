"""Imports and the demo builder write only through store operations
(issue 14): they never open a transaction, insert rows or name a model to
write, and what an import adds is published on the workspace's change feed
and returned as Changes, a record at a time."""

from __future__ import annotations

import ast
from pathlib import Path

from fixtures import build_workbook

from safeguard_desktop.imports.plan_import import import_plan, preview_import
from safeguard_desktop.store.change_feed import Touched
from safeguard_desktop.store.workspace import Workspace

PACKAGE = Path(__file__).resolve().parents[2] / "safeguard_desktop"
# Helpers of store.models that write nothing: a fresh UUID, the time now.
_HARMLESS = {"new_uuid", "utc_now"}


def _writes_of(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        where = f"{path.relative_to(PACKAGE)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Attribute) and node.attr in {"transaction", "insert_many"}:
            found.append(f"{where} .{node.attr}")
        elif isinstance(node, ast.Attribute) and node.attr in {"insert", "update", "delete"} \
                and isinstance(node.value, ast.Name | ast.Attribute) and "tx" in ast.unparse(node.value):
            found.append(f"{where} {ast.unparse(node)}")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("safeguard_desktop.store.models"):
            names = {alias.name for alias in node.names} - _HARMLESS
            if names:
                found.append(f"{where} imports {sorted(names)} from store.models")
        elif isinstance(node, ast.ImportFrom) and node.module == "safeguard_desktop.store.transaction" \
                and {alias.name for alias in node.names} - {"Change"}:
            found.append(f"{where} imports the transaction")
    return found


def test_imports_and_demo_write_only_through_store_operations() -> None:
    modules = sorted((PACKAGE / "imports").rglob("*.py")) + sorted((PACKAGE / "demo").rglob("*.py"))
    assert len(modules) > 20
    writes = [w for path in modules for w in _writes_of(path)]
    assert writes == [], "imports/ and demo/ must call store/ops, not write rows:\n" + "\n".join(writes)


def test_the_scan_finds_a_direct_write(tmp_path: Path) -> None:
    sample = PACKAGE / "imports" / "_sample_direct_write.py"
    try:
        sample.write_text("from safeguard_desktop.store.models import Plan, new_uuid\n"
                          "def f(ws):\n    with ws.transaction('x') as tx:\n        tx.insert(Plan, title='t')\n",
                          encoding="utf-8")
        assert len(_writes_of(sample)) == 3
    finally:
        sample.unlink()


def test_an_import_publishes_and_returns_what_it_added(tmp_path: Path, workspace: Workspace) -> None:
    expected = build_workbook(tmp_path / "plan.xlsx")
    heard: list[Touched] = []
    workspace.feed.subscribe(heard.append)
    result = import_plan(workspace, preview_import(expected.path), "Imported plan")

    assert len(heard) == 1
    assert {"plans", "plan_entries", "actions", "import_reports"} <= heard[0].tables
    assert ("plans", result.plan_id) in heard[0].records
    assert ("import_reports", result.report_id) in heard[0].records
    added = {(c.table, c.record_id): c for c in result.changes if c.field is None and c.old is None}
    for action_id in result.action_ids:
        assert added[("actions", action_id)].new["plan_id"] == result.plan_id
    for entry_id in result.entry_ids:
        assert added[("plan_entries", entry_id)].new["plan_id"] == result.plan_id
    assert len({c.record_uuid for c in result.changes if c.table == "actions"}) == len(result.action_ids)
