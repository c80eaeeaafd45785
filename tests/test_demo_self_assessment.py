"""The demo's self-assessment: the 2017 document's areas, questions and
baseline, and a second period whose comparison shows changes."""

from __future__ import annotations

from pathlib import Path

from safeguard_desktop.store.queries import self_assessments as q
from safeguard_desktop.store.queries.documents import find_plan
from safeguard_desktop.store.workspace import open_workspace

TITLE = "Six Months Performance Review of Whole Authority Safeguarding"


def test_the_demo_self_assessment_has_the_documents_baseline_and_a_second_period(demo_template: Path) -> None:
    with open_workspace(demo_template, read_only=True, backup_on_open=False) as ws:
        plan = find_plan(ws, TITLE)
        periods = q.periods(ws, plan)
        assert [p.label for p in periods] == ["2016-17 baseline", "2017-18 H1 (illustrative)"]
        assert periods[1].previous_id == periods[0].id
        baseline = q.assessment(ws, plan, periods[0].id)
        areas = [line for line in baseline if line.kind == "area"]
        assert [a.title.split(" –")[0] for a in areas] == [
            "Good Governance", "Safe Workforce", "A Preventative Approach", "Robust Protection", "Safe Services"]
        assert [a.score for a in areas] == [3, 3, 5, 3, 2]  # as the document scores them
        assert all(a.body and a.evidence and a.analysis for a in areas)
        assert areas[0].evidence.startswith("SAFE returns for council services for the implementation period")
        questions = [line for line in baseline if line.kind == "question"]
        assert len(questions) == 27 and "12. 14" in {line.number for line in questions}
        assert all(line.depth == 1 for line in questions)

        comparison = q.latest_comparison(ws, plan)
        changes = {line.title.split(" –")[0]: (line.change.word, line.evidence_changed)
                   for line in comparison.lines if line.kind == "area"}
        assert changes == {"Good Governance": ("Up", True), "Safe Workforce": ("Same", False),
                           "A Preventative Approach": ("Down", False), "Robust Protection": ("Up", True),
                           "Safe Services": ("Same", False)}
