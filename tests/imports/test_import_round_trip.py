"""Import a hand-kept plan, export it to xlsx (exports/xlsx_writer.py), import
that export: the same plan comes back, priorities and action rows field by
field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest
from fixtures import ACTION_FIELDS, ExpectedPlan, build_document, build_workbook
from sqlalchemy import select

from safeguard_desktop.exports.papers import ExportRequest, export
from safeguard_desktop.imports.plan_import import import_plan, preview_import
from safeguard_desktop.store.models import Action, PlanEntry
from safeguard_desktop.store.workspace import Workspace


def _plan(ws: Workspace, plan_id: int) -> tuple[list[tuple[str | None, str]], list[dict[str, Any]]]:
    """The plan's priorities, and its actions in order with the priority
    each sits under (exports show outcomes' actions under their priority)."""
    with ws.session() as s:
        entries = {e.id: e for e in s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan_id))}
        actions = list(s.scalars(select(Action).where(Action.plan_id == plan_id).order_by(Action.position)))

    def top(entry_id: int | None) -> tuple[str | None, str] | None:
        if entry_id is None:
            return None
        entry = entries[entry_id]
        while entry.parent_id is not None:
            entry = entries[entry.parent_id]
        return entry.number, entry.title

    priorities = [(e.number, e.title) for e in sorted(entries.values(), key=lambda e: e.position)
                  if e.parent_id is None]
    rows = [{**{name: getattr(a, name) for name in ACTION_FIELDS}, "extra": json.loads(a.extra or "{}"),
             "priority": top(a.entry_id)} for a in actions]
    return priorities, rows


@pytest.mark.parametrize("build", [build_workbook, build_document], ids=["xlsx", "docx"])
def test_import_export_import_gives_the_same_plan(build: Callable[[Path], ExpectedPlan], tmp_path: Path,
                                                 workspace: Workspace) -> None:
    expected = build(tmp_path / ("plan.xlsx" if build is build_workbook else "plan.docx"))
    first = import_plan(workspace, preview_import(expected.path), "Business plan")
    exported = tmp_path / "exported.xlsx"
    export(workspace, ExportRequest("action-plan", "xlsx", plan_id=first.plan_id), exported)
    second = import_plan(workspace, preview_import(exported), "Business plan again")
    before, after = _plan(workspace, first.plan_id), _plan(workspace, second.plan_id)
    assert after[0] == before[0]
    assert len(after[1]) == len(before[1]) == len(expected.actions)
    for was, now in zip(*(plan[1] for plan in (before, after))):
        assert now == was
    assert second.counts["continuation"] == 0 and second.counts["note"] == 0
