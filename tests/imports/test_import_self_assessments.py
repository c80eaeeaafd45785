"""A hand-kept self-assessment imports as priority areas and their
questions, with each review period's evidence, analysis and score; a
workbook with one sheet per period is one self-assessment with those
periods. Checked answer by answer and report row by report row."""

from __future__ import annotations

from pathlib import Path

import pytest
from outline_plans import (
    ANALYSIS,
    EVIDENCE,
    EXPECTED_SCORES,
    GOVERNANCE,
    GOVERNANCE_STATEMENT,
    PERIODS,
    PREVENTION,
    QUESTIONS,
    SA_CSV_ANALYSIS_2,
    WORKFORCE,
    WORKFORCE_STATEMENT,
    build_self_assessment_csv,
    build_self_assessment_docx,
    build_self_assessment_xlsx,
    visible_paper,
)
from sqlalchemy import select

from safeguard_desktop.imports.plan_import import ImportResult, import_plan, preview_import
from safeguard_desktop.store.check import check_workspace
from safeguard_desktop.store.models import AssessmentAnswer, Plan, PlanEntry, ReviewPeriod
from safeguard_desktop.store.workspace import Workspace


def _stored(ws: Workspace, result: ImportResult) -> tuple[Plan, list[PlanEntry], list[ReviewPeriod],
                                                          dict[tuple[str, int], AssessmentAnswer]]:
    with ws.session() as s:
        plan = s.execute(select(Plan).where(Plan.id == result.plan_id)).scalar_one()
        entries = list(s.scalars(select(PlanEntry).where(PlanEntry.plan_id == result.plan_id)
                                 .order_by(PlanEntry.position)))
        periods = list(s.scalars(select(ReviewPeriod).where(ReviewPeriod.plan_id == result.plan_id)
                                 .order_by(ReviewPeriod.position)))
        labels = {p.id: p.label for p in periods}
        answers = {(labels[a.period_id], a.entry_id): a for a in s.scalars(
            select(AssessmentAnswer).where(AssessmentAnswer.period_id.in_(labels)))}
        s.expunge_all()
    return plan, entries, periods, answers


def test_one_sheet_per_period_is_one_self_assessment(tmp_path: Path, workspace: Workspace) -> None:
    preview = preview_import(build_self_assessment_xlsx(tmp_path / "sa.xlsx"))
    assert preview.understanding.shape == "self_assessment"
    result = import_plan(workspace, preview, "Whole authority safeguarding")
    plan, entries, periods, answers = _stored(workspace, result)
    assert plan.kind == "self_assessment"
    assert [p.label for p in periods] == list(PERIODS)
    assert periods[1].previous_period_id == periods[0].id  # so the comparison knows what to compare

    areas = [e for e in entries if e.kind == "area"]
    assert [(a.title, a.body, a.parent_id) for a in areas] == [
        (GOVERNANCE, GOVERNANCE_STATEMENT, None), (WORKFORCE, WORKFORCE_STATEMENT, None), (PREVENTION, None, None)]
    questions = [e for e in entries if e.kind == "question"]
    area_of = {a.id: a.title for a in areas}
    assert [(area_of[q.parent_id], q.number, q.title) for q in questions] == [
        (area, number, text) for area, items in QUESTIONS.items() for number, text in items]  # once, not per sheet

    by_number = {q.number: q for q in questions}
    for period in PERIODS:
        for number, question in by_number.items():
            answer = answers.get((period, question.id))
            assert (answer.evidence if answer else None) == EVIDENCE.get((period, number)), (period, number)
            assert (answer.analysis if answer else None) == ANALYSIS.get((period, number)), (period, number)
        governance = answers[(period, areas[0].id)]
        assert governance.score == EXPECTED_SCORES[period]["1"]  # merged over the area: the area's score
        assert answers[(period, by_number["9"].id)].score == EXPECTED_SCORES[period]["9"]
    assert answers[("April 2017", by_number["9"].id)].extra is None  # "4 - Good": the scale's own words

    rows = [r for r in result.report["rows"] if r["kind"] == "question"]
    assert len(rows) == 2 * len(by_number)
    number_of = {q.uuid: q.number for q in questions}
    for row in rows:
        number = number_of[row["entry"]]
        assert row["score"] == EXPECTED_SCORES[row["sheet"]][number], (row["sheet"], number)
        assert row["level"] == 2 and row["parent_row"] is not None
    assert result.report["shape"] == "self_assessment" and result.report["periods"] == list(PERIODS)
    assert check_workspace(workspace.path) == []


@pytest.mark.parametrize("kind", ["csv", "docx"])
def test_several_questions_in_one_cell_share_the_areas_answers(kind: str, tmp_path: Path,
                                                               workspace: Workspace) -> None:
    build = build_self_assessment_csv if kind == "csv" else build_self_assessment_docx
    first = 3 if kind == "csv" else 2  # the first row under the header: a CSV record, a Word table row
    result = import_plan(workspace, preview_import(build(tmp_path / f"sa.{kind}")), "SA 2017")
    _, entries, periods, answers = _stored(workspace, result)
    assert [p.label for p in periods] == ["2016-17"]  # named by the year in the title
    areas = [e for e in entries if e.kind == "area"]
    questions = [e for e in entries if e.kind == "question"]
    assert [q.number for q in questions] == ["1", "2", "3", "4", "5", "6", "8", "9", "10"]
    assert [q.title for q in questions[:4]] == [text for _, text in QUESTIONS[GOVERNANCE]]
    governance = answers[("2016-17", areas[0].id)]
    assert (governance.score, governance.evidence) == (3, EVIDENCE[("April 2017", "1")])
    assert governance.analysis == f"{ANALYSIS[('April 2017', '2')]}\n{SA_CSV_ANALYSIS_2}"
    workforce = answers[("2016-17", areas[1].id)]
    assert (workforce.score, workforce.extra) == (2, '{"Our Score 1-6": "2 (provisional)"}')  # the words kept
    assert not any(key[1] in {q.id for q in questions} for key in answers)  # nothing per question

    rows = {r["row"]: r for r in result.report["rows"] if r["kind"] != "title"}
    assert [(rows[first + n]["kind"], rows[first + n]["level"], rows[first + n]["parent_row"] - first,
             rows[first + n]["score"]) for n in (0, 1, 2)] == [
        ("question", 2, 0, 3), ("question", 2, 0, 3), ("question", 2, 2, 2)]


def test_our_own_self_assessment_paper_reimports_from_what_is_visible(tmp_path: Path, workspace: Workspace) -> None:
    """The paper's visible sheet alone: areas as banners, the area's
    statement and answers on the row under it, the period named in the
    title, and the previous period's columns kept as extra columns."""
    from safeguard_desktop.store.workspace import open_workspace

    first = import_plan(workspace, preview_import(build_self_assessment_xlsx(tmp_path / "sa.xlsx")), "SA")
    workspace.close()
    paper = visible_paper(workspace.path, "self-assessment", "SA", tmp_path / "paper.xlsx")
    with open_workspace(workspace.path, backup_on_open=False) as ws:
        second = import_plan(ws, preview_import(paper), "SA again")
        assert second.report["periods"] == [PERIODS[-1]]

        def content(result: ImportResult) -> list[tuple]:
            _, entries, _, answers = _stored(ws, result)
            by_id = {e.id: e for e in entries}
            found = []
            for e in entries:
                answer = answers.get((PERIODS[-1], e.id))
                found.append((e.kind, e.number, e.title, e.body, by_id[e.parent_id].title if e.parent_id else None,
                              answer.evidence if answer else None, answer.analysis if answer else None,
                              answer.score if answer else None))
            return found

        assert content(second) == content(first)


def test_a_numbered_area_keeps_its_number_apart_from_its_title(tmp_path: Path) -> None:
    import csv

    path = tmp_path / "numbered.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["Priority", "Question", "Score (1-6)"],
                                      ["Priority area 3: A Preventative Approach", "12. Are we providing training?",
                                       "5"]])
    seen = preview_import(path).understanding
    assert [(e.kind, e.number, e.title) for e in seen.entries] == [
        ("area", "3", "A Preventative Approach"), ("question", "12", "Are we providing training?")]
