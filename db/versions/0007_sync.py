"""Sync between copies of a workspace (issue 14, docs/SYNCING_COPIES.md).

- ``sync_site``: the file's own site id (made at the first sync).
- ``sync_peers``: per peer site, the last audit entry of each side when the
  two were last brought equal, so a sync with nothing new stops at once.
- ``sync_origins``: for each audit entry merged in from another copy, the
  hash of the entry where the change was first recorded (its identity in
  every copy) and that copy's site.
- ``sync_conflicts``: a field changed differently on two copies, kept with
  both values, who and when, until a person picks the result.

Revision ID: 0007
Revises: 0006

"""
from typing import Sequence, Union

from alembic import op
from safeguard_desktop.store.pg_migrate import set_user_version

revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("CREATE TABLE sync_site (key VARCHAR(40) NOT NULL PRIMARY KEY, value TEXT NOT NULL)")
    op.execute(
        "CREATE TABLE sync_peers (peer_site VARCHAR(36) NOT NULL PRIMARY KEY, peer_path TEXT, "
        "my_last_id INTEGER NOT NULL, my_last_hash VARCHAR(64) NOT NULL, "
        "peer_last_id INTEGER NOT NULL, peer_last_hash VARCHAR(64) NOT NULL, synced_at VARCHAR(32) NOT NULL)")
    op.execute("CREATE TABLE sync_origins (audit_id INTEGER NOT NULL PRIMARY KEY, "
               "origin VARCHAR(64) NOT NULL, site VARCHAR(36))")
    op.execute(
        "CREATE TABLE sync_conflicts (uuid VARCHAR(36) NOT NULL PRIMARY KEY, table_name VARCHAR(60) NOT NULL, "
        "record_uuid VARCHAR(200) NOT NULL, field VARCHAR(60) NOT NULL, "
        "left_site VARCHAR(36) NOT NULL, left_value TEXT, left_actor VARCHAR(200), left_at VARCHAR(32), "
        "right_site VARCHAR(36) NOT NULL, right_value TEXT, right_actor VARCHAR(200), right_at VARCHAR(32), "
        "found_at VARCHAR(32) NOT NULL, resolved_at VARCHAR(32), resolved_by VARCHAR(200), resolution TEXT)")
    op.execute("CREATE INDEX ix_sync_conflicts_record ON sync_conflicts (record_uuid)")
    op.execute("CREATE TABLE sync_aliases (table_name VARCHAR(60) NOT NULL, foreign_uuid VARCHAR(36) NOT NULL, "
               "local_uuid VARCHAR(36) NOT NULL, PRIMARY KEY (table_name, foreign_uuid))")
    set_user_version(7)


def downgrade() -> None:
    for table in ("sync_aliases", "sync_conflicts", "sync_origins", "sync_peers", "sync_site"):
        op.execute(f"DROP TABLE {table}")
    set_user_version(6)
