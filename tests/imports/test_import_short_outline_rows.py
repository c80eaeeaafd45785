"""A hand-kept work plan whose responsibility is short, with its paragraph
reference beside it ("para 246"), is a row of the plan, not a second header
row that remaps the columns and turns the activities under it into
continuations of the duty above (found on review of issue 10)."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from safeguard_desktop.imports.headings import is_header_row
from safeguard_desktop.imports.plan_import import ImportResult, import_plan, preview_import
from safeguard_desktop.imports.source import SourceCell, SourceRow
from safeguard_desktop.store.models import Action, PlanEntry
from safeguard_desktop.store.workspace import Workspace

ROWS = [
    ["Duty, responsibility or activity", "Para ref.", "Lead", "By when", "RAG"],
    ["Strategic Duty 1. To provide support and advice to Safeguarding Boards", "", "", "", ""],
    ["Specific responsibility 1: works alongside SABs and SCBs", "para 246", "", "", ""],
    ["  1. Members attend RSB meetings", "", "Chair", "Quarterly", "Green"],
    ["  2. Members meet Business Managers", "", "Vice chair", "July 2023", "Amber"],
]


def _import_csv(tmp_path: Path, workspace: Workspace, rows: list[list[str]]) -> ImportResult:
    path = tmp_path / "plan.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return import_plan(workspace, preview_import(path), "Plan")


def test_a_short_responsibility_with_its_para_ref_is_no_header(tmp_path: Path, workspace: Workspace) -> None:
    result = _import_csv(tmp_path, workspace, ROWS)
    kinds = {r["row"]: r["kind"] for r in result.report["rows"]}
    assert kinds == {1: "header", 2: "entry", 3: "entry", 4: "action", 5: "action"}
    assert {m["heading"]: m["field"] for m in result.report["mapping"]}["Lead"] == "lead"
    with workspace.session() as s:
        entries = s.scalars(select(PlanEntry).where(PlanEntry.plan_id == result.plan_id)
                            .order_by(PlanEntry.position)).all()
        assert [(e.kind, e.title, e.reference) for e in entries] == [
            ("duty", "To provide support and advice to Safeguarding Boards", None),
            ("responsibility", "works alongside SABs and SCBs", "para 246")]
        actions = s.scalars(select(Action).where(Action.plan_id == result.plan_id).order_by(Action.position)).all()
        assert [(a.want, a.lead, a.rag, a.entry_id) for a in actions] == [
            ("Members attend RSB meetings", "Chair", "green", entries[1].id),
            ("Members meet Business Managers", "Vice chair", "amber", entries[1].id)]


def test_a_paragraph_number_is_not_the_heading_para() -> None:
    def row(*texts: str) -> SourceRow:
        return SourceRow("wp", 1, {column: SourceCell(text) for column, text in enumerate(texts)})

    assert not is_header_row(row("Specific responsibility 1", "para 246"))
    assert is_header_row(row("Activity", "Para"))
    assert is_header_row(row("Activity", "Paragraph reference"))


def test_a_question_about_the_lead_with_its_evidence_is_no_header(tmp_path: Path, workspace: Workspace) -> None:
    """Two short cells that both say "lead" name one column of ours, not two:
    a row of the plan, not a header."""
    result = _import_csv(tmp_path, workspace, [
        ["Priority area", "Question", "Evidence", "Analysis", "Score (1-6)"],
        ["Good Governance", "", "", "", "3"],
        ["", "1. Is there a clear safeguarding lead?", "Named lead in post", "Well embedded", ""],
        ["", "2. Are policies up to date?", "Policy reviewed 2016", "Needs review", "Score: 4"],
    ])
    assert [(r["row"], r["kind"], r["parent_row"], r["score"]) for r in result.report["rows"]] == [
        (1, "header", None, None), (2, "entry", None, None), (3, "question", 2, 3), (4, "question", 2, 4)]
    with workspace.session() as s:
        titles = s.scalars(select(PlanEntry.title).where(PlanEntry.plan_id == result.plan_id)
                           .order_by(PlanEntry.position)).all()
    assert titles == ["Good Governance", "Is there a clear safeguarding lead?", "Are policies up to date?"]


def test_a_continued_line_under_a_question_carries_on_that_question(tmp_path: Path, workspace: Workspace) -> None:
    result = _import_csv(tmp_path, workspace, [
        ["Priority area", "Question", "Evidence", "Score (1-6)"],
        ["Safe Workforce", "", "", "4"],
        ["", "3. Are staff DBS checked?", "HR records", ""],
        ["", "(continued) including volunteers", "", ""],
    ])
    assert [(r["row"], r["kind"], r["into_row"]) for r in result.report["rows"]] == [
        (1, "header", None), (2, "entry", None), (3, "question", None), (4, "continuation", 3)]
    with workspace.session() as s:
        titles = s.scalars(select(PlanEntry.title).where(PlanEntry.plan_id == result.plan_id)
                           .order_by(PlanEntry.position)).all()
    assert titles == ["Safe Workforce", "Are staff DBS checked?\n(continued) including volunteers"]


def test_areas_written_in_the_question_column_above_numbered_questions(tmp_path: Path, workspace: Workspace) -> None:
    """One column "Priority area / Question": the unnumbered lines are the
    areas, the numbered ones their questions, each area's score its own."""
    result = _import_csv(tmp_path, workspace, [
        ["Priority area / Question", "Evidence", "Analysis", "Score (1-6)"],
        ["Good Governance", "", "", "3"],
        ["1. Is there a clear safeguarding lead?", "Named lead in post", "Well embedded", ""],
        ["2. Are policies up to date?", "Policy reviewed 2016", "Needs review", "Score: 4"],
        ["Safe Workforce", "", "", "4 - Good"],
        ["3. Are staff DBS checked?", "HR records", "All checked", ""],
    ])
    assert [(r["row"], r["kind"], r["level"], r["parent_row"], r["score"]) for r in result.report["rows"]] == [
        (1, "header", None, None, None), (2, "entry", 1, None, None), (3, "question", 2, 2, 3),
        (4, "question", 2, 2, 4), (5, "entry", 1, None, None), (6, "question", 2, 5, 4)]
    with workspace.session() as s:
        entries = s.scalars(select(PlanEntry).where(PlanEntry.plan_id == result.plan_id)
                            .order_by(PlanEntry.position)).all()
        assert [(e.kind, e.number, e.title) for e in entries] == [
            ("area", None, "Good Governance"), ("question", "1", "Is there a clear safeguarding lead?"),
            ("question", "2", "Are policies up to date?"), ("area", None, "Safe Workforce"),
            ("question", "3", "Are staff DBS checked?")]
