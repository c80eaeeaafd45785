"""Running Alembic against a workspace file from inside the program.

Alembic is imported only to migrate or to list revisions: opening a file
whose schema is current reads its ``alembic_version`` row with plain SQL and
compares it to ``HEAD_REVISION`` (importing Alembic cost a fifth of a second
of every start; docs/ARCHITECTURE.md, "Start-up").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from safeguard_desktop.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in db/versions: raise it with every new revision
# (tests/test_startup_imports.py compares it with Alembic's head).
HEAD_REVISION = "0008"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "db/versions holds no revision"
    return head


def first_revision() -> str:
    from alembic.script import ScriptDirectory

    bases = ScriptDirectory.from_config(alembic_config()).get_bases()
    assert len(bases) == 1, "db/versions must have one first revision"
    return bases[0]


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    """The file's revision, as Alembic keeps it (one row; none before the first upgrade)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:  # branches: never made by this program, so not ours to call current
        raise ValueError(f"the workspace records {len(rows)} schema revisions at once: {', '.join(rows)}")
    return rows[0] if rows else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
