"""Indexes that keep "What is due" quick on a decade of records (issue 13).

Over years most actions are completed, and the page wants the few that are
open: a partial index holds only the live, open, not-Blue actions, keyed by
the date they are due (target date, else the date read from "When?"). The
page's overdue and due-soon sections walk it in order and stop at their
first lines; its counts read only the open rows. The query's conditions
are written exactly as this index's, which is how SQLite knows it may use a
partial index (and it compares them as written, never a bound value).

Revision ID: 0008
Revises: 0007

"""
from typing import Sequence, Union

from alembic import op
from safeguard_desktop.store.pg_migrate import set_user_version

revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# The same words as store/queries/due.py's open actions (OPEN_STATUSES).
# "status || ''" keeps the planner off the older (status, target_date) index,
# which it would otherwise take and then sort every open action.
OPEN_ACTIONS = "deleted_at IS NULL AND status || '' IN ('open', 'carried_forward') AND coalesce(rag, '') != 'blue'"


def upgrade() -> None:
    op.execute(f"CREATE INDEX ix_actions_open_due ON actions (coalesce(target_date, when_date), id) "
               f"WHERE {OPEN_ACTIONS}")
    set_user_version(8)


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_actions_open_due")
    set_user_version(7)
