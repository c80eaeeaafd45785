"""A small self-assessment: two priority areas, three numbered questions, one
period with answers (helpers for the store, view and export tests)."""

from __future__ import annotations

from dataclasses import dataclass

from safeguard_desktop.store.ops.plans import add_entry, create_plan
from safeguard_desktop.store.ops.self_assessments import (
    Answer,
    add_period,
    record_answers,
    set_answer,
    start_next_period,
)
from safeguard_desktop.store.queries.overview import boards
from safeguard_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class SmallAssessment:
    plan_id: int
    period_id: int
    governance: int  # area
    workforce: int  # area
    steer: int  # question 1, under governance
    reporting: int  # question 2, under governance
    recruitment: int  # question 8, under workforce


def small_assessment(ws: Workspace) -> SmallAssessment:
    board = boards(ws)[0].id
    plan = create_plan(ws, board_id=board, title="Whole authority safeguarding", kind="self_assessment",
                       financial_year="2016-17")
    governance = add_entry(ws, plan_id=plan, kind="area", title="Good Governance",
                           body="Safeguarding is everyone's responsibility.")
    steer = add_entry(ws, plan_id=plan, kind="question", number="1", parent_id=governance,
                      title="Is there a strategic steer on whole authority safeguarding?")
    reporting = add_entry(ws, plan_id=plan, kind="question", number="2", parent_id=governance,
                          title="Are systematic processes in place to monitor and report on safeguarding?")
    workforce = add_entry(ws, plan_id=plan, kind="area", title="Safe Workforce",
                          body="Safe recruitment and HR practices are embedded.")
    recruitment = add_entry(ws, plan_id=plan, kind="question", number="8", parent_id=workforce,
                            title="Are safe recruitment practices in place across all settings?")
    period = add_period(ws, plan_id=plan, label="April 2017")
    record_answers(ws, period, [
        Answer(governance, evidence="SAFE returns 100% for primary schools", analysis="WASG meets bi-monthly",
               score=3),
        Answer(steer, evidence="Strategy agreed by Cabinet"),
        Answer(workforce, evidence="DBS exception reports", analysis="Good progress on safe recruitment", score=3),
        Answer(recruitment, evidence="Volunteering toolkit", score=2),
    ])
    return SmallAssessment(plan, period, governance, workforce, steer, reporting, recruitment)


def october_changes(ws: Workspace, sa: SmallAssessment) -> int:
    """October 2017, started from April: Good Governance up to 4, Safe
    Workforce down to 2, question 1's evidence rewritten. Returns its id."""
    new = start_next_period(ws, sa.plan_id)
    set_answer(ws, period_id=new, entry_id=sa.governance, field="score", value=4)
    set_answer(ws, period_id=new, entry_id=sa.workforce, field="score", value=2)
    set_answer(ws, period_id=new, entry_id=sa.steer, field="evidence", value="Strategy agreed by Cabinet and Council")
    return new
