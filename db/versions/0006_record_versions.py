"""A version number on every record, for several writers at once.

- ``<table>.row_version``: starts at 1 and goes up by one with every update. An
  update names the version it read (``WHERE id = ? AND row_version = ?``), so on
  a server with several people editing, a change made from a stale copy of
  a record matches nothing and is refused instead of overwriting the other
  person's (store/transaction.py). SQLite files carry it too: one set of
  models, and a file's records keep their versions when copied to a server.

Revision ID: 0006
Revises: 0005

"""
from typing import Sequence, Union

from alembic import op
from safeguard_desktop.store.pg_migrate import set_user_version

revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# Every table of a record (store/models/base.py: Record) at this revision.
RECORD_TABLES = (
    "action_updates", "actions", "agencies", "agenda_items", "assessment_answers", "attendance", "boards",
    "case_reviews", "groups", "import_reports", "meetings", "minutes", "people", "plan_entries", "plans",
    "review_periods", "seat_holdings", "seats", "standing_items",
)


def upgrade() -> None:
    # Raw ALTERs: SQLite adds a NOT NULL column with a constant default in
    # place, where Alembic's batch mode would rebuild every table.
    for table in RECORD_TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")
    set_user_version(6)


def downgrade() -> None:
    for table in RECORD_TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN row_version")
    set_user_version(5)
