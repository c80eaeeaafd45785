"""A version number on every record, for several writers at once.

- ``<table>.row_version``: starts at 1 and goes up by one with every update. An
  update names the version it read (``WHERE id = ? AND row_version = ?``), so on
  a server with several people editing, a change made from a stale copy of
  a record matches nothing and is refused instead of overwriting the other
  person's (store/transaction.py). SQLite files carry it too: one set of
  models, and a file's records keep their versions when copied to a server.
- On PostgreSQL, text columns lose their declared lengths (VARCHAR(n) to
  TEXT): SQLite never enforced them, so files hold longer values (an audit
  entry's identity of a setting, a long name) that a server must take too.

Revision ID: 0006
Revises: 0005

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op
from safeguard_desktop.store.pg_migrate import on_postgres, set_user_version

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
    if on_postgres():
        _text_without_lengths()
    set_user_version(6)


def _text_without_lengths() -> None:
    columns = op.get_bind().execute(sa.text(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND data_type = 'character varying' AND table_name != 'alembic_version' "
        "ORDER BY table_name, column_name")).all()
    for table, column in columns:
        op.execute(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE TEXT')


def downgrade() -> None:
    for table in RECORD_TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN row_version")
    set_user_version(5)
