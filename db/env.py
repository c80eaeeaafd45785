"""Alembic environment for workspace files.

The program runs migrations itself (safeguard_desktop.store.migrations) and
hands this environment an open connection; run from the command line,
``alembic -c db/alembic.ini -x path=WORKSPACE upgrade head`` works too.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, text

from safeguard_desktop.store.models import Base

config = context.config
target_metadata = Base.metadata
MIGRATION_LOCK_KEY = 0x5347444D  # "SGDM"


def run_migrations_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None and connection.dialect.name == "postgresql":
        # Two clients opening an older server workspace at once: one upgrades,
        # the other then finds it current (the lock is held to commit).
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    path = context.get_x_argument(as_dictionary=True).get("path")
    url = f"sqlite:///{path}" if path else config.get_main_option("sqlalchemy.url")
    engine = create_engine(url)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
