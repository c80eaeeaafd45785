"""``safeguard-desktop import PATH FILE [--plan NAME] [--report REPORT.json]``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures import build_workbook
from hostile_files import decompression_bomb
from sqlalchemy import func, select

from safeguard_desktop.cli import EXIT_USER_ERROR, main
from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.models import Action, Plan
from safeguard_desktop.store.workspace import Workspace, open_workspace


def _plans(path: Path) -> list[tuple[str, int]]:
    with open_workspace(path, read_only=True, backup_on_open=False) as ws, ws.session() as s:
        return [(title, s.scalar(select(func.count(Action.id)).where(Action.plan_id == plan_id)))
                for plan_id, title in s.execute(select(Plan.id, Plan.title).order_by(Plan.id))]


def test_import_writes_a_plan_and_the_report(tmp_path: Path, workspace: Workspace,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    workspace.close()
    expected = build_workbook(tmp_path / "Business_plan_2014-15.xlsx")
    report = tmp_path / "report.json"
    assert main(["import", str(workspace.path), str(expected.path), "--report", str(tmp_path / "no" / "r.json")]) \
        == EXIT_USER_ERROR
    assert _plans(workspace.path) == []  # refused before anything was written
    capsys.readouterr()
    assert main(["import", str(workspace.path), str(expected.path), "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "Imported 'Business plan 2014-15' from Business_plan_2014-15.xlsx: 11 action rows" in out
    assert "ditto mark(s)" in out
    data = json.loads(report.read_text(encoding="utf-8"))
    assert len(data["rows"]) == len(expected.kinds)
    assert data["counts"]["action"] == 11 and data["counts"]["continuation"] == 1
    assert {"sheet", "row", "kind", "action", "into_row", "notes"} <= set(data["rows"][0])
    assert main(["import", str(workspace.path), str(expected.path), "--plan", "Second copy"]) == 0
    assert _plans(workspace.path) == [("Business plan 2014-15", 11), ("Second copy", 11)]
    assert check_workspace(workspace.path) == []


def test_a_bad_file_is_one_line_non_zero_and_nothing_written(tmp_path: Path, workspace: Workspace,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    workspace.close()
    bomb = decompression_bomb(tmp_path / "bomb.xlsx", tmp_path)
    report = tmp_path / "report.json"
    assert main(["import", str(workspace.path), str(bomb), "--report", str(report)]) == EXIT_USER_ERROR
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "decompression bomb" in captured.err
    assert _plans(workspace.path) == [] and not report.exists()


@pytest.mark.parametrize("shape, kind", [("auto", "work_plan"), ("work-plan", "work_plan"),
                                         ("business-plan", "business_plan")])
def test_shape_is_chosen_or_read_and_named(tmp_path: Path, workspace: Workspace, capsys: pytest.CaptureFixture[str],
                                           shape: str, kind: str) -> None:
    from outline_plans import build_work_plan_xlsx

    workspace.close()
    path = build_work_plan_xlsx(tmp_path / "NISB_work_plan.xlsx", numbered=True)
    report = tmp_path / "report.json"
    assert main(["import", str(workspace.path), str(path), "--shape", shape, "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert ("Read as a work plan." if kind == "work_plan" else "Read as a business plan.") in out
    assert json.loads(report.read_text(encoding="utf-8"))["shape"] == kind
    with open_workspace(workspace.path, read_only=True, backup_on_open=False) as ws, ws.session() as s:
        assert s.scalar(select(Plan.kind)) == kind
