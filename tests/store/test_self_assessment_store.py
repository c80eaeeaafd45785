"""Self-assessment periods: answers set and audited, the next period started
from the last, and two periods compared."""

from __future__ import annotations

import pytest
from self_assessment_fixtures import october_changes, small_assessment
from sqlalchemy import select

from safeguard_desktop.errors import UserError
from safeguard_desktop.store.models import AuditEntry
from safeguard_desktop.store.ops import self_assessments as ops
from safeguard_desktop.store.ops.plans import create_plan
from safeguard_desktop.store.queries import self_assessments as q
from safeguard_desktop.store.queries.overview import boards


def _lines(ws, plan_id, period_id):
    return {line.entry_id: line for line in q.assessment(ws, plan_id, period_id)}


def test_the_assessment_reads_areas_with_statements_and_numbered_questions_in_order(workspace):
    sa = small_assessment(workspace)
    lines = q.assessment(workspace, sa.plan_id, sa.period_id)
    assert [(l.kind, l.depth, l.number, l.title) for l in lines] == [
        ("area", 0, None, "Good Governance"),
        ("question", 1, "1", "Is there a strategic steer on whole authority safeguarding?"),
        ("question", 1, "2", "Are systematic processes in place to monitor and report on safeguarding?"),
        ("area", 0, None, "Safe Workforce"),
        ("question", 1, "8", "Are safe recruitment practices in place across all settings?"),
    ]
    first = lines[0]
    assert (first.body, first.evidence, first.analysis, first.score) == (
        "Safeguarding is everyone's responsibility.", "SAFE returns 100% for primary schools",
        "WASG meets bi-monthly", 3)
    assert (lines[2].evidence, lines[2].score) == (None, None)


def test_setting_an_answer_is_audited_and_creates_the_row_when_missing(workspace):
    sa = small_assessment(workspace)
    change = ops.set_answer(workspace, period_id=sa.period_id, entry_id=sa.reporting, field="analysis",
                            value="Reports go to Cabinet quarterly")
    assert change is not None and (change.field, change.old, change.new) == (
        "analysis", None, "Reports go to Cabinet quarterly")
    ops.set_answer(workspace, period_id=sa.period_id, entry_id=sa.governance, field="score", value=4)
    lines = _lines(workspace, sa.plan_id, sa.period_id)
    assert lines[sa.reporting].analysis == "Reports go to Cabinet quarterly"
    assert lines[sa.governance].score == 4
    with workspace.session() as s:
        audited = s.execute(select(AuditEntry.table_name, AuditEntry.field, AuditEntry.new_value)
                            .where(AuditEntry.table_name == "assessment_answers",
                                   AuditEntry.operation == "update")).all()
    assert ("assessment_answers", "score", "4") in audited
    # The same value again writes nothing.
    assert ops.set_answer(workspace, period_id=sa.period_id, entry_id=sa.governance, field="score", value=4) is None


@pytest.mark.parametrize("bad", [0, 7])
def test_a_score_outside_one_to_six_is_refused_in_words(workspace, bad):
    sa = small_assessment(workspace)
    with pytest.raises(UserError, match="1 to 6"):
        ops.set_answer(workspace, period_id=sa.period_id, entry_id=sa.governance, field="score", value=bad)


def test_an_entry_of_another_plan_is_refused(workspace):
    sa = small_assessment(workspace)
    other = small_assessment(workspace)
    with pytest.raises(UserError):
        ops.set_answer(workspace, period_id=sa.period_id, entry_id=other.governance, field="score", value=2)


def test_periods_belong_only_to_self_assessments(workspace):
    sa = small_assessment(workspace)
    plan = create_plan(workspace, board_id=boards(workspace)[0].id, title="Business plan", kind="business_plan")
    with pytest.raises(UserError, match="self-assessment"):
        ops.add_period(workspace, plan_id=plan, label="April 2017")
    with pytest.raises(UserError, match="already"):
        ops.add_period(workspace, plan_id=sa.plan_id, label="april 2017")


def test_the_next_period_starts_as_a_copy_of_the_last_and_is_linked_to_it(workspace):
    sa = small_assessment(workspace)
    new = ops.start_next_period(workspace, sa.plan_id)
    periods = q.periods(workspace, sa.plan_id)
    assert [(p.label, p.previous_id) for p in periods] == [("April 2017", None), ("October 2017", sa.period_id)]
    assert periods[1].id == new
    before, after = _lines(workspace, sa.plan_id, sa.period_id), _lines(workspace, sa.plan_id, new)
    assert {k: (v.evidence, v.analysis, v.score) for k, v in after.items()} == \
        {k: (v.evidence, v.analysis, v.score) for k, v in before.items()}
    # Editing the new period leaves the old one as it was.
    ops.set_answer(workspace, period_id=new, entry_id=sa.governance, field="score", value=5)
    assert _lines(workspace, sa.plan_id, sa.period_id)[sa.governance].score == 3


def test_removing_a_started_period_and_restoring_it_gives_the_same_period(workspace):
    sa = small_assessment(workspace)
    new = ops.start_next_period(workspace, sa.plan_id)
    ops.set_answer(workspace, period_id=new, entry_id=sa.workforce, field="score", value=4)
    ops.remove_period(workspace, new)
    assert [p.label for p in q.periods(workspace, sa.plan_id)] == ["April 2017"]
    ops.restore_period(workspace, new)
    assert [p.id for p in q.periods(workspace, sa.plan_id)] == [sa.period_id, new]
    assert _lines(workspace, sa.plan_id, new)[sa.workforce].score == 4


def test_renaming_a_period_keeps_labels_unique(workspace):
    sa = small_assessment(workspace)
    new = ops.start_next_period(workspace, sa.plan_id)
    ops.rename_period(workspace, new, "2017-18 H1")
    assert [p.label for p in q.periods(workspace, sa.plan_id)] == ["April 2017", "2017-18 H1"]
    with pytest.raises(UserError):
        ops.rename_period(workspace, new, "April 2017")
    with pytest.raises(UserError):
        ops.rename_period(workspace, new, "  ")


def test_the_comparison_gives_both_scores_the_change_and_what_evidence_changed(workspace):
    sa = small_assessment(workspace)
    new = october_changes(workspace, sa)
    ops.set_answer(workspace, period_id=new, entry_id=sa.reporting, field="score", value=3)
    comparison = q.compare(workspace, sa.plan_id, sa.period_id, new)
    assert (comparison.before.label, comparison.after.label) == ("April 2017", "October 2017")
    by_entry = {line.entry_id: line for line in comparison.lines}
    rows = {k: (v.before.score, v.after.score, v.change.word, v.change.colour, v.evidence_changed)
            for k, v in by_entry.items()}
    assert rows == {
        sa.governance: (3, 4, "Up", "green", False),
        sa.steer: (None, None, "Not scored", "grey", True),
        sa.reporting: (None, 3, "New", "blue", False),
        sa.workforce: (3, 2, "Down", "red", False),
        sa.recruitment: (2, 2, "Same", "grey", False),
    }
    steer = by_entry[sa.steer]
    assert (steer.before.evidence, steer.after.evidence) == (
        "Strategy agreed by Cabinet", "Strategy agreed by Cabinet and Council")
    assert [line.entry_id for line in comparison.lines] == [
        sa.governance, sa.steer, sa.reporting, sa.workforce, sa.recruitment]


def test_the_default_comparison_is_the_latest_period_with_the_one_it_follows(workspace):
    sa = small_assessment(workspace)
    assert q.latest_comparison(workspace, sa.plan_id).before is None
    new = ops.start_next_period(workspace, sa.plan_id)
    latest = q.latest_comparison(workspace, sa.plan_id)
    assert (latest.before.id, latest.after.id) == (sa.period_id, new)


def test_every_step_is_in_the_audit_trail_with_its_period(workspace):
    sa = small_assessment(workspace)
    new = ops.start_next_period(workspace, sa.plan_id)
    with workspace.session() as s:
        inserted = s.execute(select(AuditEntry.table_name).where(AuditEntry.operation == "insert")).scalars().all()
    assert inserted.count("review_periods") == 2
    # Four answers in the first period, copied into the second.
    assert inserted.count("assessment_answers") == 8
    assert new
