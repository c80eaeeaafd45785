"""A schema 3 self-assessment keeps its evidence, analysis and scores: they
become its first review period."""

from __future__ import annotations

from sqlalchemy import create_engine, select

from safeguard_desktop.store import migrations
from safeguard_desktop.store.fileformat import APPLICATION_ID
from safeguard_desktop.store.models import AssessmentAnswer, PlanEntry, ReviewPeriod
from safeguard_desktop.store.workspace import open_workspace

_ROW = "uuid, created_at, updated_at"
_NOW = "'2020-01-01', '2020-01-01'"


def test_entry_answers_of_a_schema_3_self_assessment_become_its_first_period(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.upgrade(engine, "0003")
    with engine.begin() as conn:
        sql = conn.exec_driver_sql
        sql("INSERT INTO settings(key, value) VALUES ('workspace_uuid', 'old-one')")
        sql(f"INSERT INTO boards(id, name, kind, default_marking, {_ROW}) VALUES (1, 'Gwent', 'children', 'OFFICIAL', 'b', {_NOW})")
        sql(f"INSERT INTO plans(id, board_id, kind, title, financial_year, status, {_ROW}) "
            f"VALUES (1, 1, 'self_assessment', 'Whole authority', '2016-17', 'draft', 'p1', {_NOW}), "
            f"(2, 1, 'business_plan', 'Business plan', '2016-17', 'draft', 'p2', {_NOW})")
        sql(f"INSERT INTO plan_entries(id, plan_id, parent_id, kind, number, title, body, position, "
            f"evidence, analysis, score, {_ROW}) VALUES "
            f"(1, 1, NULL, 'area', NULL, 'Good Governance', 'Everyone''s responsibility', 1, "
            f"'SAFE returns', 'WASG meets bi-monthly', 3, 'e1', {_NOW}), "
            f"(2, 1, 1, 'question', '1', 'Is there a strategic steer?', NULL, 2, NULL, NULL, NULL, 'e2', {_NOW}), "
            f"(3, 2, NULL, 'priority', '1', 'Priority', NULL, 1, 'kept', NULL, NULL, 'e3', {_NOW})")
    engine.dispose()

    ws = open_workspace(path)
    try:
        with ws.session() as s:
            periods = s.scalars(select(ReviewPeriod)).all()
            assert [(p.plan_id, p.label, p.previous_period_id) for p in periods] == [(1, "2016-17", None)]
            answers = s.scalars(select(AssessmentAnswer)).all()
            assert [(a.period_id, a.entry_id, a.evidence, a.analysis, a.score) for a in answers] == [
                (periods[0].id, 1, "SAFE returns", "WASG meets bi-monthly", 3)]
            assert all(len(a.uuid) == 36 for a in answers)
            entries = {e.id: e for e in s.scalars(select(PlanEntry))}
            assert (entries[1].evidence, entries[1].analysis, entries[1].score) == (None, None, None)
            # Only self-assessments move: another plan's entry keeps its text.
            assert entries[3].evidence == "kept"
    finally:
        ws.close()
