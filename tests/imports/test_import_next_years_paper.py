"""Next year's plan, exported and imported back, comes back with its rows
and their confidential flags (found on review of issue 10: its links to
last year's records, by uuid, crashed the import with a TypeError)."""

from __future__ import annotations

from pathlib import Path

from round_trip_plans import business_plan
from sqlalchemy import func, select

from safeguard_desktop.exports.papers import ExportRequest, export
from safeguard_desktop.imports.plan_import import import_plan, preview_import
from safeguard_desktop.store.models import Action
from safeguard_desktop.store.ops.plan_copies import start_next_year
from safeguard_desktop.store.workspace import Workspace, create_workspace


def _live(ws: Workspace, plan_id: int) -> tuple[int, int]:
    with ws.session() as s:
        rows = select(Action).where(Action.plan_id == plan_id, Action.deleted_at.is_(None)).subquery()
        return (s.scalar(select(func.count()).select_from(rows)) or 0,
                s.scalar(select(func.count()).select_from(rows).where(rows.c.confidential.is_(True))) or 0)


def test_next_years_plan_round_trips_into_the_same_and_a_fresh_workspace(workspace: Workspace,
                                                                          tmp_path: Path) -> None:
    following = start_next_year(workspace, business_plan(workspace)).plan_id
    book = tmp_path / "next.xlsx"
    export(workspace, ExportRequest("action-plan", "xlsx", plan_id=following), book)
    fresh = create_workspace(tmp_path / "other.sqlite", board_name="Another Board")
    try:
        for target in (workspace, fresh):
            result = import_plan(target, preview_import(book), "Imported")
            assert _live(target, result.plan_id) == _live(workspace, following)
    finally:
        fresh.close()
    assert _live(workspace, following)[1] > 0  # the plan has confidential rows to carry
