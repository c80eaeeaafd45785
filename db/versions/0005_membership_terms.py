"""Membership kept by the secretariat: retiring records from a date, seats
"in attendance", and a group's duties for its terms of reference.

- ``seats.in_attendance``: the seat is at the table but not a member (the
  secretariat, an adviser): shown on the register, left out of attendance
  rates and quorum.
- ``seats.retired_on`` / ``agencies.retired_on``: the last day the seat or
  agency was in use. Meetings after it no longer expect the seat; earlier
  registers and figures are unchanged. (People already have ``left_on``,
  groups ``active_to``.)
- ``groups.duties``: the duties listed in the group's terms of reference,
  one a line, beside its purpose, cadence and quorum rule.

Revision ID: 0005
Revises: 0004

"""
from typing import Sequence, Union

from alembic import op
from safeguard_desktop.store.pg_migrate import false_default, set_user_version

revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute(f"ALTER TABLE seats ADD COLUMN in_attendance BOOLEAN NOT NULL DEFAULT {false_default()}")
    op.execute("ALTER TABLE seats ADD COLUMN retired_on DATE")
    op.execute("ALTER TABLE agencies ADD COLUMN retired_on DATE")
    op.execute("ALTER TABLE groups ADD COLUMN duties TEXT")
    set_user_version(5)


def downgrade() -> None:
    op.execute("ALTER TABLE groups DROP COLUMN duties")
    op.execute("ALTER TABLE agencies DROP COLUMN retired_on")
    op.execute("ALTER TABLE seats DROP COLUMN retired_on")
    op.execute("ALTER TABLE seats DROP COLUMN in_attendance")
    set_user_version(4)
