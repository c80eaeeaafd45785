"""Links a plan's rows across years and levels, and a confidential flag on meetings.

- ``actions.parent_id``: a work plan's activities nest to any depth below a
  responsibility (Activity 1.2.1 under 1.2, 1.2.1.1 under 1.2.1); an activity
  is an action row (lead, due date, RAG, progress history like any action),
  and its parent activity is another action row of the same plan.
- ``actions.carried_from_id``: the row of last year's plan an open action was
  carried forward from, so its progress reads across years.
- ``plans.previous_plan_id``: the plan this one continues (2024-25 -> 2025-26).
- ``meetings.confidential``: a meeting named after a closed item (a rapid
  review of a named child) is withheld from public papers and calendars.

Revision ID: 0003
Revises: 0002

"""
from typing import Sequence, Union

from alembic import op
from safeguard_desktop.store.pg_migrate import false_default, set_user_version

revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # Raw ALTERs: SQLite adds a column with a REFERENCES clause in place when
    # its default is NULL, where Alembic would rebuild the table.
    op.execute("ALTER TABLE actions ADD COLUMN parent_id INTEGER REFERENCES actions (id)")
    op.execute("ALTER TABLE actions ADD COLUMN carried_from_id INTEGER REFERENCES actions (id)")
    op.execute("ALTER TABLE plans ADD COLUMN previous_plan_id INTEGER REFERENCES plans (id)")
    op.execute(f"ALTER TABLE meetings ADD COLUMN confidential BOOLEAN NOT NULL DEFAULT {false_default()}")
    op.execute("CREATE INDEX ix_actions_parent_id ON actions (parent_id)")
    op.execute("CREATE INDEX ix_actions_carried_from_id ON actions (carried_from_id)")
    op.execute("CREATE INDEX ix_plans_previous_plan_id ON plans (previous_plan_id)")
    set_user_version(3)


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_plans_previous_plan_id")
    op.execute("DROP INDEX IF EXISTS ix_actions_carried_from_id")
    op.execute("DROP INDEX IF EXISTS ix_actions_parent_id")
    op.execute("ALTER TABLE meetings DROP COLUMN confidential")
    op.execute("ALTER TABLE plans DROP COLUMN previous_plan_id")
    op.execute("ALTER TABLE actions DROP COLUMN carried_from_id")
    op.execute("ALTER TABLE actions DROP COLUMN parent_id")
    set_user_version(2)
