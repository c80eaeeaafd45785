"""Review periods of a self-assessment, and what each period says.

A self-assessment is repeated every six months so that scores can be compared.
- ``review_periods``: one row per period of a self-assessment plan ("April
  2017", "2017-18 H1"), in ``position`` order, each linked to the period it
  follows (``previous_period_id``) so the comparison knows what to compare.
- ``assessment_answers``: the evidence, analysis and score (1-6) one period
  gives one entry of the plan (a priority area or a question); one row per
  period and entry.

Until now evidence, analysis and score sat on ``plan_entries`` with no period.
Each self-assessment that has any is given a first period holding them, and
the entry columns are cleared so the period is the one place they live.

Revision ID: 0004
Revises: 0003

"""
import uuid
from datetime import datetime, timezone
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op
from safeguard_desktop.store.pg_migrate import integer_key, set_user_version

revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _record() -> str:
    return (f"id {integer_key()} NOT NULL, uuid VARCHAR(36) NOT NULL, "
            "created_at VARCHAR(32) NOT NULL, updated_at VARCHAR(32) NOT NULL")


def upgrade() -> None:
    op.execute(
        "CREATE TABLE review_periods ("
        "plan_id INTEGER NOT NULL, label VARCHAR(60) NOT NULL, starts_on DATE, ends_on DATE, "
        "position FLOAT NOT NULL, previous_period_id INTEGER, "
        f"{_record()}, deleted_at VARCHAR(32), "
        "CONSTRAINT pk_review_periods PRIMARY KEY (id), "
        "CONSTRAINT uq_review_periods_uuid UNIQUE (uuid), "
        "CONSTRAINT fk_review_periods_plan_id_plans FOREIGN KEY(plan_id) REFERENCES plans (id), "
        "CONSTRAINT fk_review_periods_previous_period_id_review_periods "
        "FOREIGN KEY(previous_period_id) REFERENCES review_periods (id))")
    op.execute("CREATE INDEX ix_review_periods_plan_id ON review_periods (plan_id)")
    op.execute(
        "CREATE TABLE assessment_answers ("
        "period_id INTEGER NOT NULL, entry_id INTEGER NOT NULL, "
        "evidence TEXT, analysis TEXT, score INTEGER, "
        f"{_record()}, extra TEXT, "
        "CONSTRAINT pk_assessment_answers PRIMARY KEY (id), "
        "CONSTRAINT uq_assessment_answers_uuid UNIQUE (uuid), "
        "CONSTRAINT uq_assessment_answers_period_entry UNIQUE (period_id, entry_id), "
        "CONSTRAINT fk_assessment_answers_period_id_review_periods "
        "FOREIGN KEY(period_id) REFERENCES review_periods (id), "
        "CONSTRAINT fk_assessment_answers_entry_id_plan_entries "
        "FOREIGN KEY(entry_id) REFERENCES plan_entries (id))")
    op.execute("CREATE INDEX ix_assessment_answers_entry_id ON assessment_answers (entry_id)")
    _move_entry_answers_into_a_first_period()
    set_user_version(4)


def _move_entry_answers_into_a_first_period() -> None:
    conn = op.get_bind()
    now = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    plans = conn.execute(sa.text(
        "SELECT DISTINCT p.id, p.financial_year FROM plans p JOIN plan_entries e ON e.plan_id = p.id "
        "WHERE p.kind = 'self_assessment' AND (e.evidence IS NOT NULL OR e.analysis IS NOT NULL "
        "OR e.score IS NOT NULL) ORDER BY p.id")).all()
    for plan_id, year in plans:
        period_id = conn.execute(sa.text(
            "INSERT INTO review_periods (plan_id, label, position, uuid, created_at, updated_at) "
            "VALUES (:plan, :label, 1.0, :uuid, :now, :now) RETURNING id"),
            {"plan": plan_id, "label": year or "First period", "uuid": str(uuid.uuid4()), "now": now}).scalar_one()
        entries = conn.execute(sa.text(
            "SELECT id, evidence, analysis, score FROM plan_entries WHERE plan_id = :plan "
            "AND (evidence IS NOT NULL OR analysis IS NOT NULL OR score IS NOT NULL)"), {"plan": plan_id}).all()
        for entry_id, evidence, analysis, score in entries:
            conn.execute(sa.text(
                "INSERT INTO assessment_answers (period_id, entry_id, evidence, analysis, score, uuid, "
                "created_at, updated_at) VALUES (:period, :entry, :evidence, :analysis, :score, :uuid, :now, :now)"),
                {"period": period_id, "entry": entry_id, "evidence": evidence, "analysis": analysis,
                 "score": score, "uuid": str(uuid.uuid4()), "now": now})
        conn.execute(sa.text("UPDATE plan_entries SET evidence = NULL, analysis = NULL, score = NULL "
                             "WHERE plan_id = :plan"), {"plan": plan_id})


def downgrade() -> None:
    # Back onto the entries: the latest period's answers, as schema 3 held one set.
    op.execute(
        "UPDATE plan_entries SET (evidence, analysis, score) = ("
        "SELECT a.evidence, a.analysis, a.score FROM assessment_answers a "
        "JOIN review_periods r ON r.id = a.period_id "
        "WHERE a.entry_id = plan_entries.id AND r.deleted_at IS NULL ORDER BY r.position DESC LIMIT 1) "
        "WHERE id IN (SELECT entry_id FROM assessment_answers)")
    op.execute("DROP INDEX IF EXISTS ix_assessment_answers_entry_id")
    op.execute("DROP TABLE assessment_answers")
    op.execute("DROP INDEX IF EXISTS ix_review_periods_plan_id")
    op.execute("DROP TABLE review_periods")
    set_user_version(3)
