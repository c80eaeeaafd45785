"""``list PATH [plans|meetings|groups|reviews]`` names what a workspace holds in
the words --plan, --meeting and --group take; every "name a plan" error lists
the plans there are, in those words."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from export_fixtures import Papers

from safeguard_desktop.cli import EXIT_USER_ERROR, main


@pytest.fixture
def workspace_path(papers: Papers) -> Path:
    path = papers.ws.path
    papers.ws.close()
    return path


def test_list_plans_names_each_with_kind_year_and_rows(workspace_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", str(workspace_path), "plans"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Plans (3):"
    assert "  'Business plan 2024-25': business plan, 5 rows (1 red, 1 amber, 1 green, 1 blue), draft" in out
    assert "  'NISB work plan 2022-23': work plan, 2 rows (1 green), draft" in out
    assert any(line.startswith("  'Whole authority self-assessment 2017-18': self-assessment, 0 rows")
               for line in out)


def test_list_everything(workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", str(workspace_path)]) == 0
    out = capsys.readouterr().out
    for heading in ("Plans (3):", "Meetings (1):", "Groups (2):", "Case reviews (0):"):
        assert heading in out
    assert "2024-05-14 Quality Assurance Sub-group: ordinary, held" in out
    assert "'Quality Assurance Sub-group': sub group, 5 seats" in out


@pytest.mark.parametrize("plan", [None, "Business plan 2019-20"])
def test_naming_no_plan_or_a_wrong_one_lists_the_choices(plan: str | None, workspace_path: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    args = ["export", str(workspace_path), "--what", "work-plan", "-o", str(tmp_path / "w.pdf")]
    assert main(args + (["--plan", plan] if plan else [])) == EXIT_USER_ERROR
    said = capsys.readouterr().err
    assert "'Business plan 2024-25'" in said and "'NISB work plan 2022-23'" in said
    assert "'Whole authority self-assessment 2017-18'" in said
    assert not (tmp_path / "w.pdf").exists()


def test_list_reviews_says_which_clock_runs_and_how_it_stands(papers: Papers,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    from safeguard_desktop.store.ops.case_reviews import create_review
    from safeguard_desktop.store.queries.overview import boards

    known = date.today() - timedelta(days=60)  # notification (5 working days) long overdue
    create_review(papers.ws, board_id=boards(papers.ws)[0].id, kind="rapid_review", reference="RR 2026/09",
                  title="Child K", incident_on=known)
    path = papers.ws.path
    papers.ws.close()
    assert main(["list", str(path), "reviews"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Case reviews (1):"
    assert out[1].startswith(f"  RR 2026/09: Child K (Rapid review, open, confidential, known {known.isoformat()}, ")
    assert "Overdue by" in out[1]
